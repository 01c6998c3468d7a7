# English messages of Live Record to VOD. Every message ID lives here (the fallback language);
# zh-CN/live_record_vod.ftl has the same IDs. Terms: see assets/i18n/GLOSSARY.md.

## Languages

lang-unknown = Unknown language "{ $given }". Use zh-CN or en.

## Fields (labels, help, placeholders)

field-region-id-label = Region
field-domain-name-label = Streaming domain
field-app-name-label = App name
field-stream-name-label = Stream name
field-vod-transcode-group-id-label = VOD transcoding group ID
field-cycle-duration-label = Cycle duration (s)
field-auto-compose-label = Auto compose
field-storage-location-label = Storage location
field-compose-vod-transcode-group-id-label = Compose transcoding group ID
field-on-demand-label = On-demand recording
field-delay-time-label = Delay time (s)
field-page-num-label = Page
field-page-size-label = Page size
field-region-id-help = The region ID, for example cn-shanghai.
field-domain-name-help = The streaming domain. ApsaraVideo VOD must be activated in the same region as the live center of the streaming domain.
field-app-name-help = The AppName of the live stream. View AppNames on the Stream Management page.
field-stream-name-help = The name of the stream. Leave empty to record every stream of the app.
field-vod-transcode-group-id-help = The ID of the ApsaraVideo VOD transcoding template group, for example VOD_NO_TRANSCODE.
field-cycle-duration-help = The recording duration for each file, in seconds: 300 to 21600. The default is 3600.
field-auto-compose-help = When ON, the files of a cyclical recording are merged into one video after the stream ends. Needs a compose transcoding group.
field-storage-location-help = The storage address, for example xxxx.oss-cn-shanghai.aliyuncs.com. Its region must match the Region.
field-compose-vod-transcode-group-id-help = The transcoding template group used for the single composed video. Needed when Auto compose is ON.
field-on-demand-help = 0 (default): off. 1 is not supported for recording to VOD and is generally not used.
field-delay-time-help = How long to wait after the stream stops before the recording ends, in seconds: 15 to 21600.
field-page-num-help = Which page of configs to show, from 1.
field-page-size-help = How many configs a page holds: 5 to 100. The default is 10.
field-region-id-hint = cn-shanghai
field-domain-name-hint = live.example.com
field-app-name-hint = live
field-stream-name-hint = empty: every stream of the app
field-vod-transcode-group-id-hint = VOD_NO_TRANSCODE
field-cycle-duration-hint = 3600
field-storage-location-hint = empty: the default storage
field-compose-vod-transcode-group-id-hint = a VOD transcoding group ID
field-delay-time-hint = empty: the service default
field-page-num-hint = 1
field-page-size-hint = 10
field-auto-compose-hint = { "" }

## Shared pieces

list-separator = {", "}
duration-hours = { $n } h
duration-minutes = { $n } min
duration-seconds = { $n } s
duration-separator = {" "}

## Validation findings ($label is the field's label)

finding-required = { $label } is required. Fill it in to continue.
finding-contains-whitespace = { $label } cannot contain spaces. Remove the spaces.
finding-contains-slash = { $label } cannot contain "/". Enter just the name, without slashes.
finding-control-character = { $label } contains an invisible control character. Retype the value instead of pasting it.
finding-too-long = { $label } is too long: { $actual } characters, at most { $max } allowed. Shorten it.
finding-url-unsafe-character = { $label } contains "{ $character }", which breaks stream addresses. Use letters, digits, "-" and "_".
finding-region-shape = { $label } does not look like a region ID. Pick one from the list, or type an ID such as cn-shanghai.
finding-region-unknown = { $label } is not a region this program knows. Check the spelling; you can still send if it is a new region.
finding-finance-region = { $label } is an Alibaba Finance Cloud region; Finance Cloud accounts do not support recording to VOD. Use a region of a standard account.
finding-domain-part = domain "{ $value }"
finding-app-part = app "{ $value }"
finding-stream-part = stream "{ $value }"
finding-domain-is-url = This is a stream address, not a domain. Keep just the host name: { $parts }.
finding-domain-shape = { $label } must be a host name such as live.example.com: letters, digits, "-" and dots, no port or path.
finding-domain-not-ascii = { $label } has non-ASCII characters. Enter the domain in its xn-- (punycode) form, as shown in the console.
finding-not-whole-seconds = { $label } must be a whole number of seconds, for example { $example } for { $duration }.
finding-not-whole-number = { $label } must be a whole number, for example 10.
finding-out-of-range = { $label } is out of range; { $given } is not accepted.
finding-outside-range = { $label } must be at least { $min } and at most { $max }; { $given } is outside that range.
finding-too-small = { $label } must be at least { $min }; { $given } is too small.
finding-auto-compose-value = { $label } must be ON or empty, not "{ $given }". Write ON in capitals to turn it on, or leave it empty to turn it off.
finding-auto-compose-without-group = { $label } is required when Auto compose is ON. Enter a group ID, or turn Auto compose off.
finding-group-without-auto-compose = { $label } must be ON when a compose transcoding group ID is set. Turn Auto compose on, or clear the group ID.
finding-storage-shape = { $label } must be a storage host name such as xxxx.oss-cn-shanghai.aliyuncs.com, without http:// or a path.
finding-storage-region-conflict = { $label } is in { $storage_region } but the region is { $region }; the service refuses this. Use storage in { $region }, or set the region to { $storage_region }.
finding-storage-region-unknown = The region of this { $label } could not be read from the address. Make sure it is in the same region as the request.
finding-storage-region-unset = { $label } is in { $storage_region } but no region is set. Set the region to { $storage_region } so they match.
finding-on-demand-value = { $label } must be 0 (off) or 1, not "{ $given }". Leave it empty or use 0.
finding-on-demand-unsupported = { $label } = 1 is not supported for recording to VOD; recordings may not be made. Use 0 unless support told you otherwise.

## Regions (as the console names them)

region-cn-shanghai = China (Shanghai)
region-cn-beijing = China (Beijing)
region-cn-hangzhou = China (Hangzhou)
region-cn-shenzhen = China (Shenzhen)
region-cn-qingdao = China (Qingdao)
region-cn-zhangjiakou = China (Zhangjiakou)
region-cn-huhehaote = China (Hohhot)
region-cn-wulanchabu = China (Ulanqab)
region-cn-chengdu = China (Chengdu)
region-cn-hongkong = China (Hong Kong)
region-ap-southeast-1 = Singapore
region-ap-southeast-2 = Australia (Sydney)
region-ap-southeast-3 = Malaysia (Kuala Lumpur)
region-ap-southeast-5 = Indonesia (Jakarta)
region-ap-northeast-1 = Japan (Tokyo)
region-ap-south-1 = India (Mumbai)
region-eu-central-1 = Germany (Frankfurt)
region-eu-west-1 = UK (London)
region-us-west-1 = US (Silicon Valley)
region-us-east-1 = US (Virginia)
region-me-east-1 = UAE (Dubai)
region-me-central-1 = Saudi Arabia (Riyadh)
region-cn-wuhan = China (Wuhan - Local Region)
region-cn-fujian = China (Fuzhou - Local Region)

## Error catalog: one message per error code, with .title, .explanation and .next-step
## ($action, $domain and $region come from the call)

err-ConfigAlreadyExists =
    .title = A recording config already exists
    .explanation = { $domain } already has a record-to-VOD config for this app and stream, so nothing was changed.
    .next-step = Nothing to do if the existing config is what you want. To change it, show the existing config and update it instead, or use a different stream name.
err-InvalidConfig-NotFound =
    .title = There is no such recording config
    .explanation = { $domain } has no record-to-VOD config for this app and stream, so there was nothing to change or delete.
    .next-step = List the domain's configs to see which exist; check the app and stream names (an empty stream name means the config for every stream of the app).
err-CommomLiveRcordConfigExisted =
    .title = A general recording config already exists
    .explanation = { $domain } already has a general live recording config for this app (recording to OSS), and it conflicts with recording to VOD.
    .next-step = Remove the existing recording config for this app in the ApsaraVideo Live console (Feature Management > Recording), then try again.
err-InvalidAutoCompose-Malformed =
    .title = Auto compose has a wrong value
    .explanation = The service only accepts ON for Auto compose, or no value at all.
    .next-step = Set Auto compose to ON, or leave it empty to turn it off.
err-InvalidAutoComposeAndComposeVodTranscodeGroupId-Malformed =
    .title = Auto compose and its group must go together
    .explanation = Auto compose and the compose transcoding group ID must both be set or both be empty.
    .next-step = Either turn Auto compose on and enter a compose transcoding group ID, or clear both.
err-InternalError =
    .title = The service had an internal error
    .explanation = ApsaraVideo Live failed while processing the request. This is a problem on Alibaba Cloud's side, not in your input.
    .next-step = Wait a minute and try again. If it keeps happening, open a ticket with Alibaba Cloud and quote the RequestId.
err-InvalidRegion-Conflict =
    .title = Storage and region do not match
    .explanation = The storage location is in a different region from the request's region ({ $region }).
    .next-step = Use a storage location in the same region as the request, or change the region to the storage's region.
err-InvalidStorage-NotFound =
    .title = Storage location not found
    .explanation = The service does not know the storage location you entered in { $region }.
    .next-step = Check the storage address in the ApsaraVideo VOD console (Configuration Management > Media Asset Management > Storage) and copy it exactly.
err-InvalidTemplateGroupId-NotFound =
    .title = Transcoding template group not found
    .explanation = The VOD transcoding group ID, or the compose transcoding group ID, does not exist in { $region }.
    .next-step = Copy the group ID from the ApsaraVideo VOD console (Configuration Management > Media Processing > Transcoding Template Groups), or use VOD_NO_TRANSCODE.
err-MissingParameter =
    .title = A required field is missing
    .explanation = The service did not receive a field it needs.
    .next-step = Fill in every required field (domain, app name, VOD transcoding group ID) and try again.
err-InvalidParameter =
    .title = A field has a value the service does not accept
    .explanation = One of the fields has a value in a form the service rejects.
    .next-step = Check the message below for the field's name, correct it, and try again.
err-InvalidAccessKeyId-NotFound =
    .title = AccessKey ID not recognised
    .explanation = Alibaba Cloud does not know this AccessKey ID. It may be mistyped, deleted, or from another site (China vs. international).
    .next-step = Copy the AccessKey ID again from the RAM console (AccessKey management) and update your profile.
err-InvalidAccessKeyId-Inactive =
    .title = AccessKey is disabled
    .explanation = This AccessKey exists but has been disabled in the RAM console.
    .next-step = Enable the AccessKey in the RAM console, or create a new one and update your profile.
err-SignatureDoesNotMatch =
    .title = AccessKey secret does not match
    .explanation = The service computed a different signature. Usually the secret was mistyped or belongs to another key; sometimes a proxy or gateway between you and Alibaba Cloud rewrote the request (its query, headers or host) after it was signed.
    .next-step = Copy the AccessKey secret again (without spaces) and update your profile; if you lost it, create a new AccessKey. If the secret is right, compare the service's string to sign with ours below, and send without the proxy or gateway.
err-IncompleteSignature =
    .title = The request's signature is incomplete
    .explanation = The signature information sent with the request was missing or malformed.
    .next-step = Try again. If it keeps happening with the V3 signature, switch the signature method to V1 in the advanced settings and report the problem.
err-InvalidTimeStamp-Expired =
    .title = Your computer's clock is off
    .explanation = The request's time differs from Alibaba Cloud's by more than 15 minutes, so it was refused as stale.
    .next-step = Set your computer's clock to update automatically (network time), then try again.
err-InvalidTimeStamp-Format =
    .title = The request's time is malformed
    .explanation = The service could not read the time sent with the request.
    .next-step = Try again. If it keeps happening, check your computer's clock and time zone settings.
err-SignatureNonceUsed =
    .title = The request was sent twice
    .explanation = The service saw this exact request before (its one-time number was reused), so it refused the copy.
    .next-step = Submit again: each new submission gets a fresh one-time number. Check the history to see if the earlier one succeeded.
err-InvalidSecurityToken-Expired =
    .title = Temporary credentials expired
    .explanation = The STS security token of this profile has expired.
    .next-step = Get a new STS token (AccessKey ID, secret and token together) and update the profile.
err-InvalidSecurityToken-Malformed =
    .title = Security token not valid
    .explanation = The STS security token is malformed or does not belong to this AccessKey ID.
    .next-step = Copy the AccessKey ID, secret and security token again, all three from the same AssumeRole answer.
err-InvalidSecurityToken-MismatchWithAccessKey =
    .title = Security token belongs to another key
    .explanation = The STS security token was issued with a different AccessKey ID.
    .next-step = Copy the AccessKey ID, secret and security token again, all three from the same AssumeRole answer.
err-Throttling =
    .title = Too many requests
    .explanation = The service is limiting how fast requests are accepted right now.
    .next-step = Wait a minute and try again. The limit is 1,000 calls per minute per account.
err-Throttling-User =
    .title = Too many requests from your account
    .explanation = Your account sent more than 1,000 calls per minute to this operation, so the service paused accepting them.
    .next-step = Wait a minute and try again. Other programs using the same account count toward the limit too.
err-Throttling-Api =
    .title = The operation is busy
    .explanation = Too many calls to this operation across Alibaba Cloud right now.
    .next-step = Wait a minute and try again.
err-InvalidDomain-NotFound =
    .title = The streaming domain was not found
    .explanation = { $domain } is not a streaming domain of this account, or it is not in { $region }.
    .next-step = Check the domain's spelling, that it was added in the ApsaraVideo Live console (Domain Names), and that the region matches the domain's live center.
err-IllegalOperation =
    .title = The service refused this operation
    .explanation = The service does not allow this operation on { $domain } in its current state, for example while the domain is being configured, disabled or locked.
    .next-step = Check the domain's status in the ApsaraVideo Live console; if it is offline or being configured, wait until it is online, then try again.
err-MissingSecurityToken =
    .title = The STS security token is missing
    .explanation = This AccessKey ID is a temporary (STS) one, and those need their security token with every request. The token is part of the credentials, not a form field.
    .next-step = Edit the profile and paste the security token that came with this STS AccessKey (or set ALIBABA_CLOUD_SECURITY_TOKEN); if it has expired, get new STS credentials.
err-InvalidIdentity-ServiceDisabled =
    .title = The account cannot use this service
    .explanation = Alibaba Cloud has disabled ApsaraVideo Live for this account, for example for an overdue payment or an unfinished real-name verification.
    .next-step = Sign in to the Alibaba Cloud console as the account owner, settle any overdue bill and complete the verification, then try again.
err-Forbidden-RiskControl =
    .title = Stopped by Alibaba Cloud's risk control
    .explanation = Alibaba Cloud's risk control blocked this request from this account or network.
    .next-step = Try again later from your usual network; if it keeps happening, open a ticket with Alibaba Cloud support and give the RequestId.
err-InvalidApi-NotFound =
    .title = The service does not know this API
    .explanation = The endpoint did not recognise the operation; the request may have gone to the wrong product or region endpoint.
    .next-step = Check the region and any custom endpoint: it should be an ApsaraVideo Live endpoint such as live.aliyuncs.com.
err-InvalidSignatureMethod =
    .title = The signature method is not accepted
    .explanation = The service does not accept the signature method this request used.
    .next-step = Switch the signature method (Advanced) to V3 (ACS3-HMAC-SHA256), the recommended one, and send again.
err-UnsupportedHTTPMethod =
    .title = The HTTP method is not accepted
    .explanation = The service refused the request's HTTP method; a proxy or gateway may have changed it.
    .next-step = Send without the proxy or gateway, or ask its administrator to pass POST requests through unchanged.
err-ServiceUnavailable =
    .title = The service is unavailable
    .explanation = ApsaraVideo Live is temporarily unavailable.
    .next-step = Wait a few minutes and try again. Check the Alibaba Cloud status page if it lasts.
err-InvalidAction-NotFound =
    .title = Operation not found at this endpoint
    .explanation = The endpoint does not offer AddLiveRecordVodConfig. The endpoint or region may be wrong.
    .next-step = Check the region, and the custom endpoint if you set one.
err-InvalidVersion =
    .title = API version not supported
    .explanation = The endpoint does not support API version 2016-11-01.
    .next-step = Check the custom endpoint; it should be an ApsaraVideo Live endpoint.
err-Forbidden-AccountNotActivated =
    .title = ApsaraVideo Live is not activated
    .explanation = This account has not activated ApsaraVideo Live, or the live-to-VOD feature is not available to it (Finance Cloud accounts do not support it).
    .next-step = Activate ApsaraVideo Live and ApsaraVideo VOD in the console, in the region of your streaming domain.
err-Forbidden-RAM =
    .title = Permission needed
    .explanation = Your RAM user or role is not allowed to call { $action } for { $domain }.
err-NoPermission =
    .title = Permission needed
    .explanation = Your RAM user or role is not allowed to call { $action } for { $domain }.
err-Forbidden-NoPermission =
    .title = Permission needed
    .explanation = Your RAM user or role is not allowed to call { $action } for { $domain }.
err-Forbidden =
    .title = Permission needed
    .explanation = The service refused the call for this identity on { $domain }.
err-permission-next-step = Ask your Alibaba Cloud administrator to attach the RAM policy below to your RAM user or role, then try again.
err-the-domain = The domain
err-the-region = the request's region
err-unknown-title = The service answered { $code }
err-unknown-no-explanation = This program has no explanation for this error code.
err-service-said = The service said: { $message }
err-unknown-next-step = Open the recommended link for Alibaba Cloud's diagnosis of this error, or look up the code in the ApsaraVideo Live error center.
err-after-uncertain-attempt = An earlier attempt of this request timed out or lost its connection; it may well have succeeded, which would explain this answer. { $explanation }
err-after-uncertain-attempt-next-step = Most likely nothing is left to do: the earlier attempt probably created the config. Check the config in the ApsaraVideo Live console.
err-one-line = { $title }. { $explanation } { $next_step }

## Network failures, unreadable answers, cancelling

net-dns-title = Could not find the server
net-dns-explanation = The endpoint's name could not be looked up. The computer may be offline, or a custom endpoint is misspelled.
net-dns-next-step = Check your internet connection and the endpoint, then try again.
net-tls-title = Secure connection failed
net-tls-explanation = The secure (HTTPS) connection to the endpoint could not be set up. A proxy or firewall may be intercepting it, or the computer's date is wrong.
net-tls-next-step = Check the computer's date and any proxy or firewall, then try again.
net-connect-timeout-title = Could not reach the server
net-connect-timeout-explanation = No connection could be made to the endpoint in time.
net-connect-timeout-next-step = Check your internet connection, proxy and firewall, then try again.
net-timeout-title = No answer in time
net-timeout-explanation = The server did not answer before the timeout. The request may or may not have been carried out.
net-timeout-next-step = Check the history or the console before retrying. If you retry and get "config already exists", the first attempt worked.
net-refused-title = Connection refused
net-refused-explanation = Nothing accepts connections at the endpoint's address. If it is the sandbox, it is not running.
net-refused-next-step = Start the sandbox or check the endpoint address, then try again.
net-dropped-title = Connection lost
net-dropped-explanation = The connection closed before the answer was complete. The request may or may not have been carried out.
net-dropped-next-step = Check the history or the console, then try again.
net-other-title = Network error
net-other-explanation = The request could not be sent because of a network problem.
net-other-next-step = Check your connection and try again.
unreadable-title = Unreadable answer
unreadable-explanation = The server answered (HTTP { $status }) but not in the form ApsaraVideo Live uses. A proxy, captive portal or wrong endpoint may be in the way.
unreadable-next-step = Open the raw response to see what came back, check the endpoint, and try again.
cancelled-title = Cancelled
cancelled-explanation = You cancelled the request. If it had already reached the service, it may still have been carried out.
cancelled-next-step = Submit again when ready; an answer of "config already exists" means the cancelled one went through.

## Window: commands, submit bar, top bar, theme

cmd-submit = Submit
cmd-cancel = Cancel
cmd-save = Save
submit-update = Update
submit-copy-as-code = Copy as code…
submit-this-request-as-an-aliyun = This request as an aliyun command or official SDK code
submit-fix-errors = { $count ->
    [one] Fix 1 error above to submit.
   *[other] Fix { $count } errors above to submit.
}
submit-sending-the-window-stays-usable = Sending… the window stays usable; Cancel is on the right.
submit-ready-with-warnings = { $count ->
    [one] Ready, with 1 warning. Ctrl+Enter also submits.
   *[other] Ready, with { $count } warnings. Ctrl+Enter also submits.
}
submit-ready-ctrl-enter-also-submits = Ready. Ctrl+Enter also submits.
submit-light-or-dark = Light or dark
submit-theme = Theme
submit-ready = Ready.
submit-dismiss = Dismiss
top-live-record-to-vod = Live Record to VOD
top-profile = Profile
top-profiles = Profiles…
top-about = About
top-form = Form
top-configs = Configs
top-batch = Batch
top-sandbox-nothing-is-sent-to = Sandbox — nothing is sent to Alibaba Cloud
top-answers-are-simulated-on-this = Answers are simulated on this computer, and its configs are kept between runs. Pick a real profile at the top to configure Alibaba Cloud.
top-alibaba-cloud-requests-really-change = Alibaba Cloud — requests really change your configuration ({ $region })
top-reset-sandbox = Reset sandbox…
top-delete-every-config-in-the = Delete every config in the sandbox
top-requests-go-to = Requests go to { $endpoint } with profile "{ $profile }" ({ $key_id }).
style-error = { "Error: " }
style-warning = { "Warning: " }
state-like-the-system = Like the system
state-light = Light
state-dark = Dark
state-welcome-the-example-preset-is = Welcome! The example preset is loaded: press Submit to try it in the sandbox.
state-saved-the-preset = Saved the preset "{ $name }".
ui-result = Result

## Window: form, presets, result

form-where-the-stream-is = Where the stream is
form-how-it-is-recorded = How it is recorded
form-auto-compose = Auto compose
form-advanced = Advanced
form-what-to-do = What to do
form-add-a-new-config = Add a new config
form-update-an-existing-config = Update an existing config
form-update-changes-the-config-of = Update changes the config of this domain, app and stream. Fields left empty keep their current values.
form-storage-cannot-be-changed-by = Storage cannot be changed by an update: delete the config and add it again with the new storage.
form-choose-region = Choose region…
form-search-regions = Search regions
form-type-part-of-a-name = Type part of a name or ID, e.g. Singapore or ap-
form-merge-the-recorded-files-into = Merge the recorded files into one video after the stream ends.
form-off-0-the-default = Off (0, the default)
form-on-1-not-supported-for = On (1, not supported for VOD)
form-signature-method = Signature method
form-v3-acs3-hmac-sha256-recommended = V3 (ACS3-HMAC-SHA256, recommended)
form-v1-hmac-sha1-the-older = V1 (HMAC-SHA1, the older method)
form-timeout-s = Timeout (s)
form-give-up-on-an-attempt = Give up on an attempt after this many seconds.
presets-preset = Preset
presets-none = (none)
presets-no-presets-yet-use-save = No presets yet: use Save as…
presets-unsaved-changes = unsaved changes
presets-save-as = Save as…
presets-rename = Rename…
presets-delete = Delete…
presets-import-presets = Import presets…
presets-export-presets = Export presets…
presets-this-preset = This preset…
presets-all-presets = All presets…
presets-rename-preset = Rename preset
presets-save-as-a-new-preset = Save as a new preset
presets-preset-name = Preset name
presets-a-preset-with-this-name = A preset with this name exists.
presets-rename-2 = Rename
presets-replace-it = Replace it
presets-save-preset = Save preset
presets-cancel = Cancel
presets-delete-the-preset = Delete the preset "{ $name }"?
presets-the-form-keeps-its-contents = The form keeps its contents; only the saved preset is deleted.
presets-delete-preset = Delete preset
presets-keep-it = Keep it
presets-discard-your-changes = Discard your changes?
presets-discard-and-load = Discard and load
presets-keep-editing = Keep editing
result-fill-in-the-form-and = Fill in the form and press Submit. The answer appears here.
result-not-sent = Not sent
result-open-profiles-to-check-the = Open Profiles… to check the profile, or pick another one.
result-deleted-by-mistake-select-its = Deleted by mistake? Select its history entry and press Restore.
result-requestid = RequestId: { $request_id }
result-copy-requestid = Copy RequestId
result-requestid-2 = RequestId: { $id }
result-open-alibaba-cloud-s-diagnosis = Open Alibaba Cloud's diagnosis in the browser
result-show-the-existing-config = Show the existing config
result-update-it-instead = Update it instead
result-the-ram-policy-that-grants = The RAM policy that grants this call:
result-copy-policy = Copy policy
result-not-recorded-in-the-history = Not recorded in the history: { $problem }
result-why-the-signature-failed = Why the signature failed
result-raw-response = Raw response
result-no-response-body = (no response body)
form-split-the-url = Split the URL: use { $parts }
form-per-file = = { $duration } per file
form-per-file-default = = { $duration } (default) per file
form-other-value = "{ $value }"
form-required = required
presets-unreadable-files = { $count ->
    [one] 1 unreadable preset file
   *[other] { $count } unreadable preset files
}
presets-discard-explained = The form has changes that are not saved in the preset. Loading "{ $name }" replaces them.
result-in-flight = { $target }… { $seconds } s
result-sandbox-note = { " — sandbox, not a real result" }
result-success = Success{ $note }
result-configs-found = { $count ->
    [one] 1 config found.
   *[other] { $count } configs found.
}
result-error-code = Error code { $code }
result-error-code-http = Error code { $code }, HTTP { $status }
result-what-to-do = What to do: { $next_step }
result-footer = Sent to { $endpoint } · took { $ms } ms · { $attempts ->
    [one] 1 attempt
   *[other] { $attempts } attempts
}
