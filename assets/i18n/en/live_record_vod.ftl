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
field-on-demand-help = 0 (default): off. 1, 2 and 7 start recording on demand (by HTTP callback, by an ingest parameter, by hand); on-demand recording is not supported for recording to VOD and is generally not used.
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
finding-control-character = { $label } contains a line break, a tab or another invisible control character. Retype the value instead of pasting it.
finding-too-long = { $label } is too long: { $actual } characters, at most { $max } allowed. Shorten it.
finding-formula-start = { $label } starts with "{ $character }": no stream or group is named so, and a spreadsheet would run it as a formula. Use letters, digits, "-" and "_".
finding-url-unsafe-character = { $label } contains "{ $character }", which breaks stream addresses. Use letters, digits, "-" and "_".
finding-look-alike-character = { $label } contains an invisible or look-alike character ({ $code }, character { $position }) that no stream really has. Retype the value instead of pasting it.
finding-region-shape = { $label } does not look like a region ID. Pick one from the list, or type an ID such as cn-shanghai.
finding-region-unknown = { $label } is not a region this program knows. Check the spelling; you can still send if it is a new region.
finding-finance-region = { $label } is an Alibaba Finance Cloud region; Finance Cloud accounts do not support recording to VOD. Use a region of a standard account.
finding-domain-part = domain "{ $value }"
finding-app-part = app "{ $value }"
finding-stream-part = stream "{ $value }"
finding-domain-is-url = This is a stream address, not a domain. Keep just the host name: { $parts }.
finding-domain-shape = { $label } must be a host name such as live.example.com: letters, digits, "-" and dots, no port or path.
finding-domain-not-ascii = { $label } has non-ASCII characters. Enter the domain in its xn-- (punycode) form, as shown in the console.
finding-not-whole-seconds = { $label } must be a whole number of seconds or a duration, for example { $example } or { $duration }.
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
finding-on-demand-value = { $label } must be 0 (off), or 1, 2 or 7 (on demand), not "{ $given }". Leave it empty or use 0.
finding-on-demand-unsupported = { $label } other than 0 (on demand) is not supported for recording to VOD; recordings may not be made. Use 0 unless support told you otherwise.

## The check against the account (before sending)

check-domain-not-in-account = The account has no domain "{ $domain }". Check the spelling, or choose a domain from the list.
check-domain-not-in-account-closest = The account has no domain "{ $domain }". Did you mean { $closest }?
check-domain-is-ingest = "{ $domain }" is an ingest domain (where encoders push); a record-to-VOD config belongs on the streaming domain it feeds. Choose a streaming domain.
check-domain-is-ingest-feeds = "{ $domain }" is an ingest domain (where encoders push); use { $feeds }, the streaming domain it feeds.
check-domain-offline = The domain "{ $domain }" is { $status }, not online: nothing is recorded until it is started again in the Live console.
check-region-mismatch = The region is { $region } but the domain's live center is in { $domain_region }; recordings are stored in the domain's region. Set the region to { $domain_region }.
check-template-group-not-found = The template group "{ $group }" is not one of { $region }, the domain's region; the service would refuse it. Groups there: { $groups }.
check-vod-not-activated = VOD is not activated in { $region }, the domain's region, so nothing would be recorded (the service accepts the config anyway). Activate VOD in { $region } first, or record on a domain in a region where VOD is active.
check-oss-record-conflict-app = The app "{ $app }" already records to OSS (a general recording config); a stream cannot record to both. Delete the OSS recording config in the Live console, or choose another app.
check-oss-record-conflict-stream = The stream { $app }/{ $stream } already records to OSS (a general recording config); a stream cannot record to both. Delete the OSS recording config in the Live console, or choose another stream.
check-never-pushed = Nothing named "{ $name }" was live or pushed in the last { $days } days; a typo is likely. Check it against what the encoder pushes.
check-never-pushed-closest = Nothing named "{ $name }" was live or pushed in the last { $days } days; a typo is likely. Pushed lately: { $closest }.

## Is everything recording? (the overview and `status`)

state-recording = Recording
state-not-recording = Not recording
state-idle = Idle
state-unknown = Unknown
state-idle-last = Nothing it covers is live. Last recording ended { $end }.
state-idle-never = Nothing it covers is live, and VOD holds no recording of it.
state-recording-reason = A stream it covers is live and recordings arrive every { $cycle } s (or its first cycle is not over yet).
state-cause-no-vod = A stream it covers is live but nothing is recorded: VOD is not activated in { $region }, the domain's region. Activate VOD there, or record on a domain in a region where VOD is active.
state-cause-pushed-before = A stream it covers is live but no recording came within { $cycle } s and the 3-minute grace. The stream was pushed before the config existed: a config applies to pushes that start after it, so stop the stream for 3 minutes and push it again.
state-cause-likely = A stream it covers is live but no recording came within { $cycle } s and the 3-minute grace. Likely causes: the template group was deleted, the storage location is gone, or VOD is not activated in the domain's region. Check them in the VOD console.
overview-not-a-streaming-domain = { $domain } is not a streaming domain of this account, so it was left out.
overview-domain-not-read = { $domain } could not be read: { $why }
top-overview = Overview
top-plan = Plan
plan-title = Configs in a file
plan-explained = Compare the account with a desired-state file (TOML, as `live-record-vod export` writes it), see what applying it would change, and apply it.
plan-file = Desired-state file (TOML)
plan-compare = Compare with the account
plan-applying = Applying: { $done } of { $total } calls
plan-reading = Reading the file and the account…
plan-summary = { $changes } change(s), { $deletes } config(s) deleted, { $unchanged } unchanged.
plan-ask = Apply { $changes } change(s)? { $deletes } config(s) will be deleted.
plan-apply = Apply…
plan-apply-explained = Sends each change (each call recorded in the history); the account is read again first, and nothing is sent if it changed since this plan.
plan-apply-yes = Apply
plan-apply-no = Cancel
plan-field = { $name }: { $before } → { $after }
plan-applied-with-failure = Applied { $applied } of { $total } change(s); one failed (see the history).
plan-added-to-file = Added { $config } to { $path }. Compare it with the account to see the plan.
plan-export = Export the account to this file
plan-export-explained = Writes the configs of every streaming domain of the account to the file, as `live-record-vod export` does.
plan-replace-file = { $path } exists. Replace it with the account's configs?
plan-replace-yes = Replace
submit-add-to-file = Add to a file
submit-add-to-file-explained = Adds this config to the desired-state file of the Plan tab instead of sending it, so that the change can be reviewed and applied with the others.
submit-add-to-file-no-file = Name a desired-state file in the Plan tab first.
overview-title = Is everything recording?
overview-no-configs = The account has no record-to-VOD config on its streaming domains yet.
overview-not-read-yet = Not read yet.
overview-reading = Reading the account: { $done } of { $total } domains…
overview-read-ago = Read { $age } ago: { $domains } streaming domains, { $calls } calls.
overview-refresh = Refresh
overview-every = Every
overview-gaps = Live now, not recorded into VOD: { $count }
overview-gap-oss = { $stream } (a general recording config records it to OSS)
overview-problems-only = Problems only
overview-domain = Domain
overview-state = State
overview-all = All
overview-search = Search
overview-search-hint = domain, app, stream or group
overview-col-domain = Domain
overview-col-app-stream = App / stream
overview-col-state = State
overview-col-last-recording = Last recording ended
overview-col-group = Template group
overview-col-cycle = Cycle
overview-every-stream = { $app } (every stream)
overview-live-yes = A stream it covers is live now.
overview-live-no = Nothing it covers is live now.
overview-last-recording = Recording { $video }: { $start } to { $end }
overview-no-recording = VOD holds no recording of it among the newest read.
overview-edit = Edit
overview-add-like-this = Add like this
overview-delete = Delete…
overview-delete-sure = Delete this config? Streams it covers stop being recorded into VOD.
overview-delete-yes = Delete
overview-delete-no = Cancel

## Desired state (export, plan, apply)

desired-unreadable = Line { $line }: the file is not valid TOML: { $error }
desired-unknown-field = Line { $line }: "{ $name }" is not a field of a record-to-VOD config (the fields are the API's names, as in presets: DomainName, AppName, StreamName, VodTranscodeGroupId, CycleDuration, ...).
desired-not-text = Line { $line }: { $name } must be text or a whole number.
desired-domain-not-managed = Line { $line }: { $config } is on a domain the file does not list in `domains`; add the domain there, or remove the config.
desired-rule = Line { $line }, { $config }: { $message }
desired-twice = Line { $line }: { $config } is already in the file at line { $first }; keep one.
desired-header = # Record-to-VOD configs, as `live-record-vod export` wrote them. `live-record-vod plan FILE`
    # shows what `apply` would change; apply deletes the configs of the listed domains that
    # this file lacks, and never touches other domains.

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

## Error catalog: per error code, err-<code>-title, -explanation and -next-step (dots in the
## code become dashes)
## ($action, $domain and $region come from the call)

err-ConfigAlreadyExists-title = A recording config already exists
err-ConfigAlreadyExists-explanation = { $domain } already has a record-to-VOD config for this app and stream, so nothing was changed.
err-ConfigAlreadyExists-next-step = Nothing to do if the existing config is what you want. To change it, show the existing config and update it instead, or use a different stream name.
err-InvalidConfig-NotFound-title = There is no such recording config
err-InvalidConfig-NotFound-explanation = { $domain } has no record-to-VOD config for this app and stream, so there was nothing to change or delete.
err-InvalidConfig-NotFound-next-step = List the domain's configs to see which exist; check the app and stream names (an empty stream name means the config for every stream of the app).
err-CommomLiveRcordConfigExisted-title = A general recording config already exists
err-CommomLiveRcordConfigExisted-explanation = { $domain } already has a general live recording config for this app (recording to OSS), and it conflicts with recording to VOD.
err-CommomLiveRcordConfigExisted-next-step = Remove the existing recording config for this app in the ApsaraVideo Live console (Feature Management > Recording), then try again.
err-InvalidAutoCompose-Malformed-title = Auto compose has a wrong value
err-InvalidAutoCompose-Malformed-explanation = The service only accepts ON for Auto compose, or no value at all.
err-InvalidAutoCompose-Malformed-next-step = Set Auto compose to ON, or leave it empty to turn it off.
err-InvalidAutoComposeAndComposeVodTranscodeGroupId-Malformed-title = Auto compose and its group must go together
err-InvalidAutoComposeAndComposeVodTranscodeGroupId-Malformed-explanation = Auto compose and the compose transcoding group ID must both be set or both be empty.
err-InvalidAutoComposeAndComposeVodTranscodeGroupId-Malformed-next-step = Either turn Auto compose on and enter a compose transcoding group ID, or clear both.
err-InternalError-title = The service had an internal error
err-InternalError-explanation = ApsaraVideo Live failed while processing the request. This is a problem on Alibaba Cloud's side, not in your input.
err-InternalError-next-step = Wait a minute and try again. If it keeps happening, open a ticket with Alibaba Cloud and quote the RequestId.
err-InvalidRegion-Conflict-title = Storage and region do not match
err-InvalidRegion-Conflict-explanation = The storage location is in a different region from the request's region ({ $region }).
err-InvalidRegion-Conflict-next-step = Use a storage location in the same region as the request, or change the region to the storage's region.
err-InvalidStorage-NotFound-title = Storage location not found
err-InvalidStorage-NotFound-explanation = The service does not know the storage location you entered in { $region }.
err-InvalidStorage-NotFound-next-step = Check the storage address in the ApsaraVideo VOD console (Configuration Management > Media Asset Management > Storage) and copy it exactly.
err-InvalidTemplateGroupId-NotFound-title = Transcoding template group not found
err-InvalidTemplateGroupId-NotFound-explanation = The VOD transcoding group ID, or the compose transcoding group ID, does not exist in { $region }.
err-InvalidTemplateGroupId-NotFound-next-step = Copy the group ID from the ApsaraVideo VOD console (Configuration Management > Media Processing > Transcoding Template Groups), or use VOD_NO_TRANSCODE.
err-MissingParameter-title = A required field is missing
err-MissingParameter-explanation = The service did not receive a field it needs.
err-MissingParameter-next-step = Fill in every required field (domain, app name, VOD transcoding group ID) and try again.
err-InvalidParameter-title = A field has a value the service does not accept
err-InvalidParameter-explanation = One of the fields has a value in a form the service rejects.
err-InvalidParameter-next-step = Check the message below for the field's name, correct it, and try again.
err-InvalidAccessKeyId-NotFound-title = AccessKey ID not recognised
err-InvalidAccessKeyId-NotFound-explanation = Alibaba Cloud does not know this AccessKey ID. It may be mistyped, deleted, or from another site (China vs. international).
err-InvalidAccessKeyId-NotFound-next-step = Copy the AccessKey ID again from the RAM console (AccessKey management) and update your profile.
err-InvalidAccessKeyId-Inactive-title = AccessKey is disabled
err-InvalidAccessKeyId-Inactive-explanation = This AccessKey exists but has been disabled in the RAM console.
err-InvalidAccessKeyId-Inactive-next-step = Enable the AccessKey in the RAM console, or create a new one and update your profile.
err-SignatureDoesNotMatch-title = AccessKey secret does not match
err-SignatureDoesNotMatch-explanation = The service computed a different signature. Usually the secret was mistyped or belongs to another key; sometimes a proxy or gateway between you and Alibaba Cloud rewrote the request (its query, headers or host) after it was signed.
err-SignatureDoesNotMatch-next-step = Copy the AccessKey secret again (without spaces) and update your profile; if you lost it, create a new AccessKey. If the secret is right, compare the service's string to sign with ours below, and send without the proxy or gateway.
err-IncompleteSignature-title = The request's signature is incomplete
err-IncompleteSignature-explanation = The signature information sent with the request was missing or malformed.
err-IncompleteSignature-next-step = Try again. If it keeps happening with the V3 signature, switch the signature method to V1 in the advanced settings and report the problem.
err-InvalidTimeStamp-Expired-title = Your computer's clock is off
err-InvalidTimeStamp-Expired-explanation = The request's time differs from Alibaba Cloud's by more than 15 minutes, so it was refused as stale.
err-InvalidTimeStamp-Expired-next-step = Set your computer's clock to update automatically (network time), then try again.
err-InvalidTimeStamp-Format-title = The request's time is malformed
err-InvalidTimeStamp-Format-explanation = The service could not read the time sent with the request.
err-InvalidTimeStamp-Format-next-step = Try again. If it keeps happening, check your computer's clock and time zone settings.
err-SignatureNonceUsed-title = The request was sent twice
err-SignatureNonceUsed-explanation = The service saw this exact request before (its one-time number was reused), so it refused the copy.
err-SignatureNonceUsed-next-step = Submit again: each new submission gets a fresh one-time number. Check the history to see if the earlier one succeeded.
err-InvalidSecurityToken-Expired-title = Temporary credentials expired
err-InvalidSecurityToken-Expired-explanation = The STS security token of this profile has expired.
err-InvalidSecurityToken-Expired-next-step = Get a new STS token (AccessKey ID, secret and token together) and update the profile.
err-InvalidSecurityToken-Malformed-title = Security token not valid
err-InvalidSecurityToken-Malformed-explanation = The STS security token is malformed or does not belong to this AccessKey ID.
err-InvalidSecurityToken-Malformed-next-step = Copy the AccessKey ID, secret and security token again, all three from the same AssumeRole answer.
err-InvalidSecurityToken-MismatchWithAccessKey-title = Security token belongs to another key
err-InvalidSecurityToken-MismatchWithAccessKey-explanation = The STS security token was issued with a different AccessKey ID.
err-InvalidSecurityToken-MismatchWithAccessKey-next-step = Copy the AccessKey ID, secret and security token again, all three from the same AssumeRole answer.
err-Throttling-title = Too many requests
err-Throttling-explanation = The service is limiting how fast requests are accepted right now.
err-Throttling-next-step = Wait a minute and try again. The limit is 1,000 calls per minute per account.
err-Throttling-User-title = Too many requests from your account
err-Throttling-User-explanation = Your account sent more than 1,000 calls per minute to this operation, so the service paused accepting them.
err-Throttling-User-next-step = Wait a minute and try again. Other programs using the same account count toward the limit too.
err-Throttling-Api-title = The operation is busy
err-Throttling-Api-explanation = Too many calls to this operation across Alibaba Cloud right now.
err-Throttling-Api-next-step = Wait a minute and try again.
err-InvalidDomain-NotFound-title = The streaming domain was not found
err-InvalidDomain-NotFound-explanation = { $domain } is not a streaming domain of this account, or it is not in { $region }.
err-InvalidDomain-NotFound-next-step = Check the domain's spelling, that it was added in the ApsaraVideo Live console (Domain Names), and that the region matches the domain's live center.
err-IllegalOperation-title = The service refused this operation
err-IllegalOperation-explanation = The service does not allow this operation on { $domain } in its current state, for example while the domain is being configured, disabled or locked.
err-IllegalOperation-next-step = Check the domain's status in the ApsaraVideo Live console; if it is offline or being configured, wait until it is online, then try again.
err-MissingSecurityToken-title = The STS security token is missing
err-MissingSecurityToken-explanation = This AccessKey ID is a temporary (STS) one, and those need their security token with every request. The token is part of the credentials, not a form field.
err-MissingSecurityToken-next-step = Edit the profile and paste the security token that came with this STS AccessKey (or set ALIBABA_CLOUD_SECURITY_TOKEN); if it has expired, get new STS credentials.
err-InvalidIdentity-ServiceDisabled-title = The account cannot use this service
err-InvalidIdentity-ServiceDisabled-explanation = Alibaba Cloud has disabled ApsaraVideo Live for this account, for example for an overdue payment or an unfinished real-name verification.
err-InvalidIdentity-ServiceDisabled-next-step = Sign in to the Alibaba Cloud console as the account owner, settle any overdue bill and complete the verification, then try again.
err-Forbidden-RiskControl-title = Stopped by Alibaba Cloud's risk control
err-Forbidden-RiskControl-explanation = Alibaba Cloud's risk control blocked this request from this account or network.
err-Forbidden-RiskControl-next-step = Try again later from your usual network; if it keeps happening, open a ticket with Alibaba Cloud support and give the RequestId.
err-InvalidApi-NotFound-title = The service does not know this API
err-InvalidApi-NotFound-explanation = The endpoint did not recognise the operation; the request may have gone to the wrong product or region endpoint.
err-InvalidApi-NotFound-next-step = Check the region and any custom endpoint: it should be an ApsaraVideo Live endpoint such as live.aliyuncs.com.
err-InvalidSignatureMethod-title = The signature method is not accepted
err-InvalidSignatureMethod-explanation = The service does not accept the signature method this request used.
err-InvalidSignatureMethod-next-step = Switch the signature method (Advanced) to V3 (ACS3-HMAC-SHA256), the recommended one, and send again.
err-UnsupportedHTTPMethod-title = The HTTP method is not accepted
err-UnsupportedHTTPMethod-explanation = The service refused the request's HTTP method; a proxy or gateway may have changed it.
err-UnsupportedHTTPMethod-next-step = Send without the proxy or gateway, or ask its administrator to pass POST requests through unchanged.
err-ServiceUnavailable-title = The service is unavailable
err-ServiceUnavailable-explanation = ApsaraVideo Live is temporarily unavailable.
err-ServiceUnavailable-next-step = Wait a few minutes and try again. Check the Alibaba Cloud status page if it lasts.
err-InvalidAction-NotFound-title = Operation not found at this endpoint
err-InvalidAction-NotFound-explanation = The endpoint does not offer AddLiveRecordVodConfig. The endpoint or region may be wrong.
err-InvalidAction-NotFound-next-step = Check the region, and the custom endpoint if you set one.
err-InvalidVersion-title = API version not supported
err-InvalidVersion-explanation = The endpoint does not support API version 2016-11-01.
err-InvalidVersion-next-step = Check the custom endpoint; it should be an ApsaraVideo Live endpoint.
err-Forbidden-AccountNotActivated-title = ApsaraVideo Live is not activated
err-Forbidden-AccountNotActivated-explanation = This account has not activated ApsaraVideo Live, or the live-to-VOD feature is not available to it (Finance Cloud accounts do not support it).
err-Forbidden-AccountNotActivated-next-step = Activate ApsaraVideo Live and ApsaraVideo VOD in the console, in the region of your streaming domain.
err-Forbidden-ServiceNotActivated-title = ApsaraVideo VOD is not activated in this region
err-Forbidden-ServiceNotActivated-explanation = VOD is not activated in { $region }, so it has no transcoding template groups there and recordings of streaming domains in { $region } are never stored in VOD.
err-Forbidden-ServiceNotActivated-next-step = Activate ApsaraVideo VOD in { $region } (the region of the streaming domain's live center) in the VOD console, then try again.
err-Forbidden-RAM-title = Permission needed
err-Forbidden-RAM-explanation = Your RAM user or role is not allowed to call { $action } for { $domain }.
err-NoPermission-title = Permission needed
err-NoPermission-explanation = Your RAM user or role is not allowed to call { $action } for { $domain }.
err-Forbidden-NoPermission-title = Permission needed
err-Forbidden-NoPermission-explanation = Your RAM user or role is not allowed to call { $action } for { $domain }.
err-Forbidden-title = Permission needed
err-Forbidden-explanation = The service refused the call for this identity on { $domain }.
err-permission-next-step = Ask your Alibaba Cloud administrator to attach the RAM policy below to your RAM user or role, then try again.
err-the-domain = The domain
err-this-account = this account
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
net-tls-explanation = The secure (HTTPS) connection to the endpoint could not be set up. A proxy or firewall may be intercepting it, the computer's date may be wrong, or the endpoint does not speak HTTPS (an http:// address typed as https://). Nothing was sent.
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

cmd-go-to-form = Go to the form
cmd-submit = Submit
cmd-cancel = Cancel
cmd-save = Save
submit-update = Update
submit-copy-as-code = Copy as code…
submit-this-request-as-an-aliyun = This request as an aliyun command or official SDK code
submit-fix-errors-in = { $count ->
    [one] Fix { $field } above to submit.
   *[other] Fix { $count } errors above to submit, first { $field }.
}
submit-fix-errors-show = Show it
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
top-simulate-a-live-stream = Simulate a live stream…
top-simulate-explained = Push a simulated stream to the sandbox: a config that covers it records it every cycle, and the Overview shows it.
top-simulate-stream = Stream (domain/app/stream)
top-simulate-start = Start
top-simulate-live = Live: { $stream }
top-simulate-stop = Stop
top-delete-every-config-in-the = Delete every config in the sandbox
top-band-account = account { $account }, key { $key_id }
top-production-band = PRODUCTION ACCOUNT — profile "{ $profile }" ({ $key_id })
top-test-band = Test account — profile "{ $profile }" ({ $key_id })
top-production-asks = Every change is confirmed first.
top-read-only = Read-only: you can list, look, plan and copy as code; nothing can be changed.
guard-confirm-title = Change the PRODUCTION account?
guard-confirm-account = Profile "{ $profile }" ({ $key_id }) reaches a production account.
guard-confirm-call = { $operation } { $target }
guard-confirm-batch = Send this batch's rows to the production account.
guard-confirm-batch-rows = Send { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    } of this batch to the production account.
guard-confirm-apply = Apply { $changes ->
        [one] 1 change
       *[other] { $changes } changes
    } of the plan ({ $deletes } delete or replace).
guard-confirm-later-streams = A change reaches only streams started after it: a live stream must stop for 3 minutes and be pushed again.
guard-confirm-type = To confirm, type the domain's name: { $domain }
guard-confirm-type-first = Type the domain's name above first.
guard-confirm-yes = Change production
guard-confirm-no = Cancel
guard-read-only-reason = The profile "{ $profile }" is read-only: it changes nothing. Choose another profile, or clear read-only in Profiles….
top-requests-go-to = Requests go to { $endpoint } with profile "{ $profile }" ({ $key_id }).
style-error = { "Error: " }
style-warning = { "Warning: " }
state-like-the-system = Like the system
state-light = Light
state-dark = Dark
state-welcome-real-account = Welcome! The example preset is loaded. The profile in use reaches a real account: pick "Sandbox" at the top to try it without changing anything.
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
result-deleted-by-mistake = Deleted by mistake?
result-restore-it = Restore it
result-restore-it-explained = Add the deleted config again, with the settings it had
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

## Window: history, configs, dialogs

history-any-time = Any time
history-last-24-hours = Last 24 hours
history-last-7-days = Last 7 days
history-last-30-days = Last 30 days
history-history = History
history-the-history-is-unavailable = The history is unavailable: { $reason }
history-submitting-still-works-submissions-are = Submitting still works; submissions are not recorded until this is fixed.
history-loading = Loading…
history-no-entries-match-these-filters = No entries match these filters.
history-no-submissions-yet-each-one = No submissions yet. Each one you send is recorded here.
history-1-entry = 1 entry
history-entries-newest-first = { $n } entries, newest first
history-search-history = Search history
history-domain-app-stream-requestid-or = domain, app, stream, RequestId or error code
history-all-outcomes = All outcomes
history-outcome = Outcome
history-sandbox-and-cloud = Sandbox and cloud
history-sandbox-only = Sandbox only
history-alibaba-cloud-only = Alibaba Cloud only
history-where = Where
history-when = When
history-profile = Profile
history-kind = Kind
history-all-kinds = All kinds
history-all-profiles = All profiles
history-export-history = Export history…
history-as-csv-spreadsheets = As CSV (spreadsheets)…
history-as-json = As JSON…
history-clear-all = Clear all…
history-select-an-entry-to-see = Select an entry to see its details.
history-load-into-form = Load into form
history-retry = Retry
history-send-the-same-request-again = Send the same request again
history-restore = Restore
history-add-the-deleted-config-again = Add the deleted config again, as it was
history-copy-as-code = Copy as code…
history-this-request-as-an-aliyun = This request as an aliyun command or SDK code
history-delete-entry = Delete entry
history-operation = Operation
history-sent-to = Sent to
history-sandbox = { " (sandbox)" }
history-preset = Preset
history-batch = Batch
history-requestid = RequestId
history-error-code = Error code
history-http-status = HTTP status
history-took = Took
history-ms = { $d } ms
history-entry-damaged = damaged in the history file, shown as well as it could be read
history-the-deleted-config = The deleted config:
history-clear-the-whole-history = Clear the whole history?
history-every-entry-will-be-deleted = Every entry will be deleted. This cannot be undone. Export it first if you may need it.
history-delete-every-entry = Delete every entry
history-keep-the-history = Keep the history
history-success = Success
history-failed = Failed
history-outcome-unknown = Outcome unknown
history-show = Show
history-changes-only = Changes
history-every-call = Every call
history-changes-only-explained = Adds, updates and deletes. Every call also shows the reads: lists, the check against the account, the overview.
history-not-sent = Not sent
history-in-progress = In progress
history-successes = Successes
history-failures = Failures
configs-the-answer-could-not-be = The answer could not be read as a list of configs.
configs-record-to-vod-configs-of = Record-to-VOD configs of a domain
configs-see-what-is-configured-then = See what is configured, then edit, delete or copy a config.
configs-streaming-domain = Streaming domain
configs-recent-domains = Recent domains
configs-list-configs = List configs
configs-type-a-domain-and-press = Type a domain and press List configs.
configs-select-a-config-to-edit = Select a config to edit, delete or copy it.
configs-edit = Edit
configs-load-it-into-the-form = Load it into the form and update it
configs-delete-config = Delete config…
configs-stop-recording-into-vod-for = Stop recording into VOD for it
configs-add-like-this = Add like this
configs-copy-it-into-the-form = Copy it into the form for a new config
configs-app-stream = App / stream
configs-transcoding-group = Transcoding group
configs-cycle = Cycle
configs-auto-compose = Auto compose
configs-created-utc = Created (UTC)
configs-delete-this-recording-config = Delete this recording config?
configs-every-stream = { "* (every stream)" }
configs-delete-config-2 = Delete config
configs-keep-it = Keep it
dialogs-about-live-record-to-vod = About Live Record to VOD
dialogs-live-record-to-vod-icon = Live Record to VOD icon
dialogs-sets-up-apsaravideo-live-recording = Sets up ApsaraVideo Live recording to ApsaraVideo VOD: add, list, update and delete record-to-VOD configs (API 2016-11-01).
dialogs-the-operation-s-reference-page = The operation's reference page
dialogs-apsaravideo-live-console = ApsaraVideo Live console
dialogs-chinese-text-uses-noto-sans = Chinese text uses Noto Sans SC (SIL Open Font License).
dialogs-quit-while-a-batch-is = Quit while a batch is sending?
dialogs-the-batch-stops-now-its = The batch stops now. Its rows are recorded: the next start shows it as interrupted, and Resume sends the rows not yet done.
dialogs-quit-and-stop-the-batch = Quit and stop the batch
dialogs-keep-sending = Keep sending
dialogs-quit-without-saving = Quit without saving?
dialogs-the-form-has-changes-that = The form has changes that are not saved in the preset.
dialogs-quit-without-saving-2 = Quit without saving
dialogs-keep-editing = Keep editing
dialogs-reset-the-sandbox = Reset the sandbox?
dialogs-every-config-in-the-sandbox = Every config in the sandbox is deleted. Nothing on Alibaba Cloud changes.
dialogs-reset-sandbox = Reset sandbox
dialogs-keep-its-configs = Keep its configs
history-batch-row = batch { $batch }, row { $row }
configs-listing = Listing the configs of { $domain }…
configs-loaded-of = Loaded { $loaded } of { $total } configs of { $domain }…
configs-count-of = { $count ->
    [0] { $domain } has no record-to-VOD configs.
    [one] 1 config of { $domain }.
   *[other] { $count } configs of { $domain }.
}
configs-compose-off = off
configs-compose-on = on ({ $group })
configs-delete-what = Domain { $domain }, app { $app }, stream { $stream }.
configs-recording-stops = Recording of { $target } into VOD stops for streams pushed from now on (a stream that is live now keeps recording until it stops for 3 minutes). You can restore it from the history.
dialogs-version = Version { $version }

## Window: profiles, files, actions, code, batch; operations and states

profiles-profiles = Profiles
profiles-saved-profiles-are-unavailable = Saved profiles are unavailable: { $problem }
profiles-secrets-are-kept-in-your = Secrets are kept in your system's keyring, never in a file.
profiles-sts = , STS
profiles-add-profile = Add profile…
profiles-import-from-the-aliyun-command = Import from the aliyun command line
profiles-config-file = Config file
profiles-import = Import
profiles-discard-this-profile = Discard this profile?
profiles-what-you-typed-for-the = What you typed for the profile (its secret included) is not saved.
profiles-discard = Discard
profiles-keep-typing = Keep typing
profiles-test = Test { $name }
profiles-make-the-default = Make { $name } the default
profiles-edit = Edit { $name }
profiles-rename = Rename { $name }
profiles-remove = Remove { $name }
profiles-rename-2 = Rename "{ $from }"
profiles-new-profile-name = New profile name
profiles-rename-profile = Rename profile
profiles-edit-profile = Edit profile
profiles-add-a-profile = Add a profile
profiles-profile-name = Profile name
profiles-accesskey-id = AccessKey ID
profiles-ltai = LTAI…
profiles-accesskey-secret = AccessKey secret
profiles-sts-security-token-optional = STS security token (optional)
profiles-default-region-optional = Default region (optional)
profiles-kind-question = This profile reaches:
profiles-kind-why = The window shows the kind in a coloured band; with a production profile every change is confirmed first.
profiles-read-only = Read-only: list, look, plan and copy as code, but change nothing
profiles-read-only-why = Every button that would change the account is disabled, and the command line refuses changes.
profiles-save-needs = Fill in the name, the AccessKey pair, and say whether it is a test or a production account.
profiles-show-secret = Show secret
profiles-warning = Warning: { $w }
profiles-save-profile = Save profile
file-import-presets = Import presets
file-export-presets = Export presets
file-export-history = Export history
file-open-a-batch-file-csv = Open a batch file (CSV)
file-save-a-batch-template = Save a batch template
file-export-batch-results = Export batch results
file-files = Files
file-no-file-dialog-is-available = No file dialog is available here. Type the full path of the file:
file-file-path = File path
file-ok = OK
actions-the-form-has-errors-fix = The form has errors: fix the fields marked in red, then submit.
actions-the-request-has-errors-fix = The request has errors: fix them, then copy it as code.
actions-loaded-the-config-into-the = Loaded the config into the form: change what you need and press Update.
actions-copied-the-config-into-the = Copied the config into the form for a new one: change the app or stream, then Submit.
actions-the-form-now-updates-the = The form now updates the existing config: press Update to send it.
actions-loaded-the-history-entry-into = Loaded the history entry into the form.
code-copy-as-code = Copy as code
code-language = Format
code-shell = Shell
code-copy = Copy
code-copied = Copied to the clipboard (no secret is included).
code-no-secret-is-included-the = No secret is included: the code reads credentials from the environment or the profile.
batch-resume = Resume
batch-send-the-rows-not-yet = Send the rows not yet done; rows whose outcome is unknown are checked with the service first
batch-show-rows = Show rows
batch-batch-from-a-spreadsheet = Batch from a spreadsheet
batch-one-row-per-stream-the = One row per stream. The first row names the fields, e.g. DomainName, AppName, StreamName, CycleDuration. Save from Excel as CSV (UTF-8 or the default on Chinese Windows).
batch-operation = Operation
batch-fill-empty-cells-from-the = Fill empty cells from the form
batch-a-cell-left-empty-takes = A cell left empty takes the form's value (the base preset); a filled cell wins
batch-open-csv = Open CSV…
batch-csv-file = CSV file
batch-check = Check
batch-template = Template…
batch-write-a-csv-file-to = Write a CSV file to fill in, with the form's values as the first row
batch-reading-and-checking-every-row = Reading and checking every row…
batch-this-file-cannot-be-used = This file cannot be used: { $problem }
batch-ready-to-send = ready to send
batch-show-rows-without-problems-too = Show rows without problems too
batch-skip-the-rows-with-errors = Skip the rows with errors ({ $errors })
batch-when-a-row-fails = When a row fails:
batch-on-error-continue = continue
batch-on-error-stop = stop
batch-fix-the-rows-with-errors = Fix the rows with errors, or choose to skip them
batch-batch-is-done-every-row = Batch { $id } is done: every row sent succeeded.
batch-batch-is-done-with-failures = Batch { $id } is done, with failures: see them with "Failures only", fix them and use Retry failed below.
batch-batch-stopped-unrecorded = Batch { $id } stopped: the history could not record a row (is the disk full?), and no row is sent unrecorded. Free some space, then Resume below sends the rest, each row once.
batch-batch-stopped-at-the-first = Batch { $id } stopped at the first failure; Resume below sends the rows not yet sent.
batch-batch-was-cancelled-resume-below = Batch { $id } was cancelled; Resume below sends the rows not yet sent.
batch-starting = Starting…
batch-resume-sending = Resume sending
batch-pause = Pause
batch-stopping-after-the-rows-in = Stopping after the rows in flight…
batch-results-of-batch = Results of batch { $id }
batch-failures-only = Failures only
batch-export-csv = Export CSV…
batch-export-json = Export JSON…
batch-no-failures = No failures.
batch-no-rows-yet = No rows yet.
batch-earlier-batches = Earlier batches
batch-show = Show
batch-retry-failed = Retry failed
batch-table-row = Row
batch-table-stream = Domain/app/stream
batch-table-field = Field
batch-table-problem = Problem
batch-table-app-stream = App / stream
batch-table-outcome = Outcome
batch-table-requestid-error = RequestId / error
batch-table-explanation = Explanation
batch-op-add-configs = Add configs
batch-op-update-configs = Update configs
batch-op-delete-configs = Delete configs
batch-op-list-configs = List configs
profiles-works = Works: account { $account }, { $identity } ({ $arn })
batch-interrupted = Batch { $id } ({ $source }) was interrupted: { $ok } done, { $failed } failed, { $unknown } outcome unknown, { $not_sent } not sent.
batch-check-summary = { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    } ({ $encoding }) to { $operation }: { $sendable } can be sent, { $errors } with errors, { $warnings } with warnings only.
batch-start = Start: send { $count ->
        [one] 1 row
       *[other] { $count } rows
    }
batch-sent-summary = { $done ->
        [one] 1 row
       *[other] { $done } rows
    } sent in { $elapsed }: { $ok } succeeded, { $failed } failed.
batch-sending = Sending batch { $id }
batch-limit = At most { $limit } calls a minute, the service's limit.
batch-earlier-line = { $id } · { $source } · { $operation } · { $state }: { $ok } done, { $failed } failed, { $unknown } unknown, { $not_sent } not sent
batch-skipped-count = , { $count } skipped
batch-totals = Batch { $id } in all: { $ok } done, { $failed } failed, { $unknown } unknown, { $not_sent } not sent, { $skipped } skipped.
batch-retry-title = Retry the failed rows of batch { $id }
batch-retry-from = Read again from { $path }:
batch-retry-no-file = The batch does not say which file it came from: the failed rows are sent as they were.
batch-retry-unreadable = { $path } could not be read ({ $why }): the failed rows are sent as they were.
batch-retry-no-change = The file gives the failed rows no new value: they are sent as they were. Fix them in the file and look again.
batch-retry-row = Row { $row } ({ $target }):
batch-retry-send = { $count ->
        [one] Send 1 failed row again
       *[other] Send { $count } failed rows again
    }
batch-retry-look-again = Look at the file again
batch-retry-cancel = Cancel
cli-batch-no-correction = { $path } gives the failed rows no new value: they are sent as they were.
cli-batch-correction = Row { $row } ({ $target }) is sent as the file gives it now:
row-state-waiting = not sent
row-state-skipped = skipped
row-state-sending = sending
row-state-ok = done
row-state-failed = failed
row-state-unknown = outcome unknown
batch-state-running = running
batch-state-interrupted = interrupted
batch-state-stopped = stopped
batch-state-cancelled = cancelled
batch-state-done = done
progress-summary = { $done }/{ $total } done · { $ok } ok · { $failed } failed · { $rate }/min
progress-time-left = { " · about " }{ $left }{ " left" }
progress-throttled = { " · slowed down " }{ $count }{ " times by throttling" }
op-add-live-record-vod-config-verb = Add
op-add-live-record-vod-config-summary = Add a record-to-VOD config: store a domain/app/stream's recordings in VOD
op-add-live-record-vod-config-in-progress = Adding { $target }
op-add-live-record-vod-config-success = Recordings of { $target } will be stored in VOD in { $region }. This applies to streams pushed from now on: a stream that is live now must stop for 3 minutes and be pushed again.
op-describe-live-record-vod-configs-verb = List
op-describe-live-record-vod-configs-summary = List a streaming domain's record-to-VOD configs
op-describe-live-record-vod-configs-in-progress = Listing { $target }
op-describe-live-record-vod-configs-success = Listed the record-to-VOD configs of { $target } in { $region }.
op-update-live-record-vod-config-verb = Update
op-update-live-record-vod-config-summary = Change a record-to-VOD config (not its storage location)
op-update-live-record-vod-config-in-progress = Updating { $target }
op-update-live-record-vod-config-success = The record-to-VOD config of { $target } was updated in { $region }. The change applies to streams pushed from now on: a stream that is live now must stop for 3 minutes and be pushed again.
op-delete-live-record-vod-config-verb = Delete
op-delete-live-record-vod-config-summary = Delete a record-to-VOD config: stop recording a domain/app/stream into VOD
op-delete-live-record-vod-config-in-progress = Deleting { $target }
op-delete-live-record-vod-config-success = Recording of { $target } into VOD has stopped: its config was deleted in { $region }. A stream that is live now keeps recording until it stops for 3 minutes.
op-describe-live-user-domains-verb = List domains
op-describe-live-user-domains-summary = The account's streaming and ingest domains, with their status and region
op-describe-live-user-domains-in-progress = Listing the account's domains
op-describe-live-user-domains-success = Listed the account's domains.
op-describe-live-domain-detail-verb = Domain details
op-describe-live-domain-detail-summary = One domain's type, status and region
op-describe-live-domain-detail-in-progress = Reading the details of { $target }
op-describe-live-domain-detail-success = Read the details of { $target }.
op-describe-live-domain-mapping-verb = Domain mapping
op-describe-live-domain-mapping-summary = Which ingest domain feeds which streaming domain
op-describe-live-domain-mapping-in-progress = Reading the mapping of { $target }
op-describe-live-domain-mapping-success = Read the domains mapped to { $target }.
op-describe-live-streams-online-list-verb = Live streams
op-describe-live-streams-online-list-summary = The streams being pushed to a domain now
op-describe-live-streams-online-list-in-progress = Listing the live streams of { $target }
op-describe-live-streams-online-list-success = Listed the streams being pushed to { $target } now.
op-describe-live-streams-publish-list-verb = Ingest history
op-describe-live-streams-publish-list-summary = The streams pushed to a domain in a time range (at most 30 days)
op-describe-live-streams-publish-list-in-progress = Listing the ingest history of { $target }
op-describe-live-streams-publish-list-success = Listed the streams pushed to { $target }.
op-describe-live-record-config-verb = OSS recording
op-describe-live-record-config-summary = A domain's general (OSS) recording configs
op-describe-live-record-config-in-progress = Listing the OSS recording configs of { $target }
op-describe-live-record-config-success = Listed the OSS recording configs of { $target }.
op-list-transcode-template-group-verb = Template groups
op-list-transcode-template-group-summary = The VOD transcoding template groups of a region
op-list-transcode-template-group-in-progress = Listing the transcoding template groups
op-list-transcode-template-group-success = Listed the transcoding template groups in { $region }.
op-get-transcode-template-group-verb = Template group
op-get-transcode-template-group-summary = One VOD transcoding template group and its templates
op-get-transcode-template-group-in-progress = Reading a transcoding template group
op-get-transcode-template-group-success = Read the transcoding template group in { $region }.
op-list-live-record-video-verb = Recorded videos
op-list-live-record-video-summary = The videos that live-to-VOD recording produced, newest first
op-list-live-record-video-in-progress = Listing the recorded videos
op-list-live-record-video-success = Listed the recorded videos in { $region }.
op-every-stream-of = every stream of { $target }
op-default-region = the default region
batch-table-ok = ok
app-window-failed = could not open the window: { $error }
app-sandbox-state-damaged = The sandbox runs without its saved configs for now, leaving their file as it is: { $reason }. Or press Reset sandbox to replace it with an empty one.
status-language = Language

## Command line

cli-error = error: { $message }
cli-runtime-failed = could not start the async runtime: { $error }
cli-output-failed = could not write the output: { $error }

## Command line output

cli-out-error = error
cli-out-n = { $tag } { $api_name }: { $message }
cli-out-fix-set-domainname = { "        " }fix: --set DomainName={ $host }
cli-out-set-appname = { " " }--set AppName={ $app }
cli-out-set-streamname = { " " }--set StreamName={ $stream }
cli-out-ok-the-request-can-be = OK: the request can be sent.
cli-out-ok-with-warning-s-the = OK with { $w } warning(s): the request can be sent.
cli-out-error-s-warning-s-the = { $e } error(s), { $w } warning(s): the request cannot be sent until the errors are fixed.
cli-out-local-sandbox-or-test-server = { $endpoint_url } (local sandbox or test server: nothing is sent to Alibaba Cloud)
cli-out-alibaba-cloud-region = { $endpoint_url } (Alibaba Cloud, region { $region })
cli-out-sandbox-not-a-real-result = { " " }{ "[" }SANDBOX: not a real result]
cli-out-success-n = Success{ $sandbox_note }: { $success_sentence }
cli-out-requestid-n = { "  " }RequestId: { $request_id }
cli-out-http = , HTTP { $s }
cli-out-failed-n = Failed{ $sandbox_note }: { $title } ({ $code }{ $status })
cli-out-n-next-step-n = 
    { "  " }{ $explanation }
    { "  " }Next step: { $next_step }
cli-out-service-message-n = { "  " }Service message: { $message }
cli-out-n-2 = { "    " }{ $line }
cli-out-requestid-n-2 = { "  " }RequestId: { $id }
cli-out-more-help-n = { "  " }More help: { $link }
cli-out-ram-policy-you-need-n = { "  " }RAM policy you need:
cli-out-endpoint-n = { "  " }Endpoint: { $destination }
cli-out-took-ms-attempt-s-n = { "  " }Took { $elapsed_ms } ms ({ $attempts } attempt(s))
cli-out-n-4 = { $name }: { $value }
cli-sandbox-cannot-listen-on = cannot listen on { $listen }: { $e }
cli-sandbox-and-security-token = { " " }and security token
cli-sandbox-accepts-accesskey-id-with-the = accepts AccessKey ID { $id } with the secret you gave{ $token_note }
cli-sandbox-demo-accesskey-id = demo AccessKey ID: { $id }
cli-sandbox-demo-accesskey-secret = demo AccessKey secret: { $secret }
cli-sandbox-demo-sts-id-secret-token = demo STS: ID { $id } secret { $secret } token { $token }
cli-sandbox-world = world: { $line }
cli-sandbox-state-configs-are-kept-in = state: configs are kept in { $path }
cli-sandbox-state-configs-are-kept-in-2 = state: configs are kept in memory until the sandbox stops
cli-sandbox-sandbox-answers-are-simulated-nothing = SANDBOX: answers are simulated; nothing is sent to Alibaba Cloud. Ctrl-C stops it.
cli-sandbox-warning-listening-on-reachable-from = warning: listening on { $listen }, reachable from other computers
cli-preset-last-used-with-profile = { "  " }(last used with profile { $n })
cli-preset-no-presets-yet-in = no presets yet in { $dir }
cli-preset-warning-skipped-unreadable-preset = warning: skipped unreadable preset: { $problem }
cli-preset-imported = imported "{ $saved }"
cli-preset-imported-as-the-name-was = imported "{ $original }" as "{ $saved }" (the name was taken)
cli-preset-exported-preset-s-to = exported { $count } preset(s) to { $to }
cli-preset-deleted = deleted "{ $name }"
cli-batch-warning-row-has-more-cells = warning: row { $row } has more cells than the header; the extra cells are ignored
cli-batch-row = row { $row_no }: { $kind }: { $field }{ $sep }{ $message }
cli-batch-rows-can-be-sent-with = { $count ->
        [one] 1 row
       *[other] { $count } rows
    }: { $sendable } can be sent, { $errors } with errors, { $warning_rows } with warnings only.
cli-batch-a-batch-needs-the-history = a batch needs the history to keep track of its rows
cli-batch-error-row-s-have-errors = error: { $errors } row(s) have errors and nothing was sent; fix them, or pass --skip-invalid to send the others
cli-batch-skipped-as-asked = { $errors ->
    [one] 1 row with errors was skipped, as --skip-invalid asks.
   *[other] { $errors } rows with errors were skipped, as --skip-invalid asks.
}
cli-batch-nstopping-after-the-rows-in = 
    { "" }
    Stopping after the rows in flight (Ctrl-C again to stop at once)…
cli-batch-batch-sending-rows = Batch { $batch_id }: sending { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    }.
cli-batch-row-failed = row { $row }: failed: { $code } { $message }
cli-batch-batch-is-done-every-row = Batch { $batch_id } is done: every row succeeded.
cli-batch-batch-is-done-with-failures = Batch { $batch_id } is done with failures; `batch export { $batch_id } --failures --to FILE` lists them, fix them in the file and `batch resume { $batch_id } --retry-failed --from FILE` sends them as corrected (without --from: as they were).
cli-batch-batch-batch-resume-sends-the = Batch { $batch_id } { $state }; `batch resume { $batch_id }` sends the rows not yet done.
cli-batch-records-a-batch-needs-the-history = a batch needs the history to keep track of its rows: { $e }
cli-batch-records-the-history-is-unavailable = the history is unavailable
cli-batch-records-no-batches-yet-batch-run = No batches yet: `batch run FILE` sends one.
cli-batch-records-wrote-fill-in-one-row = Wrote { $to }: fill in one row per stream, then `batch check` it.
cli-batch-records-wrote-rows-to = Wrote { $written ->
        [one] 1 row
       *[other] { $written } rows
    } to { $to }.
cli-configs-page-of = { " " }(page { $page_num } of { $page_count })
cli-configs-config-s = { $total } config(s){ $page_info }
cli-configs-app = APP
cli-configs-stream = STREAM
cli-configs-transcode-group = TRANSCODE GROUP
cli-configs-cycle-s = CYCLE (S)
cli-configs-compose = COMPOSE
cli-configs-created = CREATED
cli-configs-error-deleting-stops-recording-into = error: deleting { $target } stops recording into VOD for it; pass --yes to confirm (nothing was sent)
cli-configs-delete-the-record-to-vod = Delete the record-to-VOD config of { $target }? Recording into VOD stops for streams pushed from now on. [y/N]{ " " }
cli-configs-not-deleted = Not deleted.
cli-profile-built-in-sandbox-demo-key = { $mark }{ $profile }  (built-in sandbox demo key; nothing is sent to Alibaba Cloud)
cli-profile-from-the-environment-read-only = { $mark }{ $profile }  ({ $access_key_id } from the environment, read-only)
cli-profile-region = , region { $r }
cli-profile-sts = , STS
cli-guard-production-needs-yes = "{ $profile }" is a production profile (AccessKey { $account }): { $what } changes the production account. Without a terminal to ask on, add --yes to send it. Nothing was sent.
cli-guard-production-ask = PRODUCTION account, profile "{ $profile }" (AccessKey { $account }): { $what }. A change reaches only streams started after it. Send it? [y/N]{" "}
cli-guard-what = { $operation } { $target }
cli-guard-apply = apply { $changes ->
        [one] 1 change
       *[other] { $changes } changes
    } of the plan above
cli-guard-not-sent = Nothing was sent.
cli-guard-send-batch = send { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    } of batch { $id }
cli-profile-read-only-mark = , read-only
cli-profile-say-the-kind = Say what account this profile reaches: --kind test or --kind production (a production profile asks before every change).
cli-profile-ask-the-kind = Is this a test or a production account? A production profile asks before every change. [test/production]:{" "}
kind-sandbox = Sandbox
kind-test = Test account
kind-production = Production account
cli-profile-secret-in-the-keyring = { $mark }{ $p }  ({ $kind }{ $read_only }: { $access_key_id }{ $region }{ $sts }, secret in the keyring)
cli-profile-warning = warning: { $e }
cli-profile-added-profile-its-secret-is = added profile "{ $name }"; its secret is in the keyring
cli-profile-updated-profile = updated profile "{ $name }"
cli-profile-renamed-profile-to = renamed profile "{ $name }" to "{ $new_name }"
cli-profile-removed-profile-and-its-keyring = removed profile "{ $name }" and its keyring entries
cli-profile-is-now-the-default-profile = "{ $name }" is now the default profile
cli-profile-warning-could-not-remember-the = warning: could not remember the account ID: { $e }
cli-profile-ok-profile-works = OK: profile "{ $profile }" works
cli-profile-account-id = { "  " }account ID: { $account_id }
cli-profile-identity = { "  " }identity:   { $identity_type }
cli-profile-arn = { "  " }ARN:        { $arn }
cli-profile-failed-n-n-next-step = 
    Failed: { $title } ({ $code })
    { "  " }{ $explanation }
    { "  " }Next step: { $next_step }
cli-profile-failed = Failed ({ $code })
cli-profile-no-home-directory-give-the = no home directory; give the config file's path
cli-profile-imported = imported "{ $name }"
cli-profile-skipped = skipped "{ $name }": { $why }
cli-profile-note-these-secrets-also-sit = note: these secrets also sit in plain text in { $path }; once you no longer use the aliyun command line with them, remove them from that file
cli-profile-warning-2 = warning: { $w }
cli-profile-could-not-read = could not read: { $e }
cli-profile-expected-on-standard-input = { $what } expected on standard input
cli-profile-is-empty = { $what } is empty
cli-profile-accesskey-secret = AccessKey secret
cli-profile-sts-security-token = STS security token
cli-profile-prompt = { $what }:{ " " }
cli-history-exported-entries-to = exported { $count ->
        [one] 1 entry
       *[other] { $count } entries
    } to { $to }
cli-history-no-matching-history-entries = no matching history entries
cli-call-args-warning-the-history-is-unavailable = warning: the history is unavailable, so this call is not recorded: { $e }
cli-call-args-the-request-has-errors-and = The request has errors and was not sent.
cli-call-args-warning-this-call-could-not = warning: this call could not be recorded in the history: { $problem }
cli-preset-input-preset = preset { $path }: { $source }
cli-preset-input-cannot-open-preset = cannot open preset: { $other }
cli-preset-input-set-expected-name-value-for = --set { $item }: expected Name=Value, for example --set AppName=live
cli-preset-input-set-unknown-field-the-fields = --set { $item }: unknown field "{ $name }"; the fields are: { $map }
cli-submit-warning-could-not-remember-the = warning: could not remember the profile in the preset: { $e }
cli-out-warning = warning
cli-batch-stopped-unrecorded = stopped because the history could not record a row (is the disk full?), and no row was sent unrecorded; free some space first
cli-batch-stopped-at-first-failure = stopped at the first failure
cli-batch-was-cancelled = was cancelled
cli-batch-was-interrupted = was interrupted
place-sandbox = sandbox
place-production = PRODUCTION
place-cloud = cloud
cli-history-line = { $id } { $when }  { $outcome } { $target }  [{ $place }, profile { $profile }]  { $detail }  { $took }
cli-batch-list-line = { $id }  { $when }  { $state }  { $action }  { $ok } ok, { $failed } failed, { $unknown } unknown, { $not_sent } not sent, { $skipped } skipped of { $total }  ({ $source })
err-profile-not-found = there is no profile named "{ $name }"

## Errors of files, profiles, the keyring, endpoints and storage

err-book-a-profile-named-already-exists = a profile named "{ $value }" already exists
err-book-is-a-built-in-profile = "{ $value }" is a built-in profile and cannot be changed; choose another name
err-book-a-region-is-not-shaped = "{ $region }" is not a region ID such as cn-shanghai: it would become part of the service's address. Check the region.
err-book-a-profile-name-must-be = a profile name must be 1 to 64 letters, digits, '-', '_' or '.'
err-book-the-keyring-holds-no-secret = the keyring holds no secret for profile "{ $value }"; enter it again with `live-record-vod profile edit { $value }`
err-book-is-damaged-it-was-left = { $path } is damaged ({ $reason }); it was left untouched. Fix or move it away
err-store-the-keyring-refused = the keyring refused: { $value }
err-preset-file-the-file-is-bytes-larger = the file is { $size_bytes } bytes, larger than the { $max_bytes } bytes a preset can be; is it really a preset?
err-preset-file-the-file-is-not-utf = the file is not UTF-8 text (invalid byte at position { $position }); save it as UTF-8
err-preset-file-the-file-is-not-valid = the file is not valid JSON (line { $line }, column { $column }): { $reason }
err-preset-file-the-file-must-hold-a = the file must hold a JSON object like {"{"}"name": "...", "fields": {"{"}...{"}"}{"}"}
err-preset-file-preset-of-the-bundle = preset { $index } of the bundle: { $source }
err-preset-file-the-bundle-holds-no-presets = the bundle holds no presets
err-preset-file-the-file-has-no-fields = the file has no "fields" object
err-preset-file-unknown-key-at-the-top = unknown key "{ $key }" at the top level; expected "name", "fields" and optionally "format" and "profile"
err-preset-file-unknown-field-the-fields-are = unknown field "{ $name }"; the fields are: { $known }
err-preset-file-must-be = "{ $key }" must be { $expected }
err-preset-file-the-file-uses-preset-format = the file uses preset format { $found }, made by a newer version of this program (this one reads format { $format_version }); update the program
err-presets-there-is-no-preset-named = there is no preset named "{ $value }"
err-presets-a-preset-named-already-exists = a preset named "{ $value }" already exists; choose another name
err-presets-a-preset-name-must-be = a preset name must be 1 to { $max_name_chars } characters, without line breaks
err-error-the-history-database-is-damaged = the history database { $path } is damaged or is not a database; it was left untouched. Move it away (or restore a backup) and restart to begin a new history
err-error-the-history-database-is-locked = the history database { $path } is locked by another program; close other copies of Live Record to VOD and try again
err-error-the-history-database-was-made = the history database { $path } was made by a newer version of this program (schema { $found }, this one knows up to { $supported }); update the program. It was left untouched
err-error-cannot-write-to-the-folder = cannot write to { $path }: the folder is read-only; check its permissions or choose another --data-dir
err-error-cannot-read-the-file = cannot read { $path }: its permissions do not allow this user to read it
err-error-not-a-regular-file = { $path } is not a regular file (a folder, a pipe or a device), so it was not read
err-error-cannot-write-to-the-disk = cannot write to { $path }: the disk is full; free some space and try again
err-error-could-not-upgrade-the-history = could not upgrade the history database { $path } to schema { $version }: { $source }
err-error-history-database = history database { $path }: { $source }
err-storage-path-source = { $path }: { $source }
err-export-own-file = { $path } is one of this program's own files (its history, profiles, sandbox state or presets): choose another file to export to.
err-export-no-such-folder = The folder { $path } does not exist: create it first, or choose another.
err-endpoint-is-not-a-valid-url = "{ $value }" is not a valid URL; use the form https://host or http://127.0.0.1:PORT
err-endpoint-the-endpoint-must-start-with = the endpoint must start with https:// (or http:// for a local sandbox), not { $value }://
err-endpoint-plain-http-is-only-allowed = plain http:// is only allowed for this computer (127.0.0.1, ::1 or localhost); use https:// for { $value }
err-endpoint-the-endpoint-must-not-have = the endpoint must not have a path, query or user name: use just scheme://host[:port]
err-send-could-not-set-up-the = could not set up the HTTPS client: { $value }
err-input-cannot-read = cannot read { $path }: { $reason }
err-input-not-a-regular-file = it is not a regular file (a folder, a pipe or a device)
err-input-the-file-is-not-text = the file is not text in UTF-8 or GBK/GB18030 (at byte { $offset }); in Excel, save it as "CSV UTF-8"
err-input-mixed-encodings = line { $line } is in another encoding than the rest of the file (UTF-8), so its names would be garbled; save the whole file again as UTF-8 (in Excel: "CSV UTF-8") and check that line
err-input-the-file-is-empty-its = the file is empty: its first row must name the fields, e.g. DomainName,AppName,StreamName
err-input-cut-cell = { $start }… ({ $chars } characters)
err-input-column-of-the-header-is = column { $column } of the header, "{ $name }", is not a field name; use the API names: { $known }
err-input-the-header-names-twice-columns = the header names { $field } twice (columns { $first } and { $second }); keep one
err-input-row = row { $row }: { $reason }
err-input-the-file-has-a-header = the file has a header but no rows to send

## Messages from the worker, storage, credentials and files

m-batch-run-row-s-have-errors-fix = { $errors } row(s) have errors; fix them, or choose to skip the rows with errors
m-batch-run-no-row-can-be-sent = no row can be sent: every row has errors
m-batch-run-there-is-no-batch-batch = there is no batch { $id }; `batch list` shows them
m-batch-run-batch-has-no-row-left = batch { $id } has no row left to send
m-batch-run-batch-has-no-failed-row = batch { $id } has no failed row
m-batch-run-a-batch-needs-the-history = a batch needs the history to keep track of its rows, and the history is unavailable
m-batch-run-the-batch-has-no-row = the batch has no row to send
m-batch-run-already-in-place-the-call = Already in place: the call sent before the interruption had taken effect, so it was not sent again.
m-batch-run-not-carried-out-sent-again = Not carried out: a check of the service found the change was not made, so the row was sent again.
m-pipeline-the-request-has-error-s = The request has { $error_count } error(s) and was not sent.
m-pipeline-the-profiles-are-unavailable-after = the profiles are unavailable after an earlier failure
m-pipeline-reading-the-keyring-failed = reading the keyring failed
m-pipeline-endpoint = --endpoint: { $e }
m-pipeline-read-only = The profile "{ $profile }" is read-only: it can list, look, plan and copy as code, but changes nothing. Nothing was sent. To change the account, use another profile or clear read-only in Profiles… (`profile edit { $profile } --read-only false`).
m-pipeline-not-sent-unrecorded = Not sent: the history could not record this call first ({ $problem }). A call is sent only once it is recorded, so nothing was sent and nothing is lost; free some disk space or close other copies of the program, then try again.
m-pipeline-refused-by-the-check = Not sent: the check against the account found an error, so the call was not sent. Fix what it says, or send with --no-account-check if the account's lists are wrong.
m-profiles-the-check-failed = the check failed
m-profiles-saved-the-profile-its-secret = Saved the profile "{ $name }"; its secret is in the keyring.
m-profiles-removed-the-profile-and-its = Removed the profile "{ $name }" and its keyring entries.
m-profiles-renamed-the-profile-to = Renamed the profile "{ $from }" to "{ $to }".
m-profiles-skipped-one = "{ $name }": { $why }
m-profiles-nothing-was-imported = Nothing was imported. { $problems }
m-profiles-imported-their-secrets-also-sit = Imported { $names }. Their secrets also sit in plain text in { $path }; remove them there once you no longer need them.
m-profiles-skipped = { " " }Skipped: { $problems }
m-profile-lookup-the-sandbox-profile-sends-to = the sandbox profile sends to a local sandbox: start one with `live-record-vod sandbox` and pass its URL with --endpoint; for Alibaba Cloud, add a profile (`profile add`) or set { $id_var } and { $secret_var }
m-profile-lookup-profile-env-needs-and-to = profile env needs { $id_var } and { $secret_var } to be set
m-batch-service-batches-need-the-history-to = Batches need the history to keep track of their rows, and the history is unavailable.
m-batch-service-the-batch-was-not-started = The batch was not started: { $e }.
m-batch-service-nothing-was-sent = Nothing was sent: { $e }.
m-batch-service-exported-rows-to = Exported { $n ->
        [one] 1 row
       *[other] { $n } rows
    } to { $path }
m-batch-service-could-not-export-to = Could not export to { $path }: { $e }
m-batch-service-wrote-the-template = Wrote the template
m-batch-service-batch-could-not-be-sent = Batch { $id } could not be sent: { $e }.
m-batch-service-done-path = { $done } { $path }
m-batch-service-could-not-write = Could not write { $path }: { $e }
m-service-the-sandbox-was-reset-it = The sandbox was reset: it has no configs now.
m-service-the-sandbox-could-not-be = The sandbox could not be reset: { $e }
m-service-there-is-no-built-in = There is no built-in sandbox to reset.
m-service-exported-entries-to = Exported { $count ->
        [one] 1 entry
       *[other] { $count } entries
    } to { $path }
m-service-as = "{ $original }" as "{ $saved }"
m-service-imported = Imported { $names }
m-service-nothing-was-imported = Nothing was imported: { $e }
m-service-exported-preset-s-to = Exported { $n } preset(s) to { $path }
m-mod-the-history-is-unavailable-after = the history is unavailable after an earlier failure; restart the program
m-input-the-row-has-a-different = the row has a different number of cells
m-input-the-row-cannot-be-read = the row cannot be read as CSV (is a quote left open?)
m-check-field-message = { $field }: { $message }
m-check-repeats-row-the-same-domain = repeats row { $first }: the same domain, app and stream. Keep one of the two rows.
m-key-shape-the-accesskey-id-is-empty = the AccessKey ID is empty
m-key-shape-does-not-look-like-an = "{ $id }" does not look like an AccessKey ID: those start with LTAI (or STS. for temporary keys). Check that you copied the ID, not the secret
m-key-shape-does-not-look-like-an-2 = "{ $id }" does not look like an AccessKey ID: after the prefix it should be letters and digits only
m-key-shape-the-accesskey-secret-is-empty = the AccessKey secret is empty
m-key-shape-the-secret-starts-with-ltai = the secret starts with LTAI, like an AccessKey ID: check that you pasted the secret, not the ID
m-key-shape-the-secret-contains-spaces-or = the secret contains spaces or line breaks inside it; paste it again
m-key-shape-the-secret-is-characters-long = the secret is { $chars } characters long; AccessKey secrets are usually 30
m-profile-sandbox-demo-nothing-is-sent = Sandbox (demo, nothing is sent)
m-profile-environment-variables-read-only = Environment variables ({ $access_key_id }, read-only)
m-store-no-keyring-is-available-saved = no keyring is available: saved profiles need a Secret Service (for example GNOME Keyring or KWallet) in a desktop session. Install and start one (`apt-get install gnome-keyring`, then log in again), or use the sandbox profile or the ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variables
m-store-the-system-keyring-is-not = the system keyring is not available; saved profiles cannot be used. The sandbox profile and the ALIBABA_CLOUD_* environment variables still work
m-store-the-keyring-is-locked-or = the keyring is locked or refused access ({ $inner }); unlock it and try again
m-aliyun-cli-cannot-open = cannot open { $path }: { $e }
m-aliyun-cli-cannot-read = cannot read { $path }: { $e }
m-aliyun-cli-is-not-an-aliyun-cli = { $path } is not an aliyun CLI configuration (line { $line }, column { $column })
m-aliyun-cli-mode-is-not-supported-only = mode { $other } is not supported (only AK and StsToken)
m-aliyun-cli-it-has-no-accesskey-id = it has no AccessKey ID or secret
m-aliyun-cli-sts-without-token = it is an StsToken profile without its security token (the service refuses an STS key alone); add it with `profile add --sts`
m-signature-diff-the-strings-to-sign-are = The strings to sign are the same, so the request arrived as it was sent: the AccessKey secret is what differs.
m-signature-diff-the-strings-to-sign-differ = The strings to sign differ from character { $i } on: the request was changed on its way (a proxy or gateway), or the two sides encode it differently.
m-signature-diff-service-nours-n = 
    service: { $service }
    ours:    { $ours }
m-preset-file-a-list-of-presets = a list of presets
m-preset-file-a-whole-number-such-as = a whole number such as 1
m-preset-file-an-object-of-field-names = an object of field names and values
m-preset-file-a-number-or-text = a number or text
err-store-timeout = the keyring did not answer within { $seconds } seconds; it may be locked. Unlock it (log in to the desktop, or run `gnome-keyring-daemon --unlock`) and try again
m-preset-file-text = text
outcome-pending = in progress
outcome-ok = success
outcome-error = failed
outcome-unknown = outcome unknown
outcome-not-sent = not sent
outcome-unknown-explanation = The program stopped before the answer came, so nobody knows whether the call was carried out. List the domain's configs to see, or send it again: for an add, an answer of ConfigAlreadyExists means the first attempt worked.
batch-claimed-elsewhere = batch { $id } is being sent by another running copy of the program
profiles-default = default
profiles-name-hint = work

## Command line help (--help): each command, then the options they share, then the ones
## with a meaning of their own

help = Desktop program and command line for ApsaraVideo Live record-to-VOD configs, with a built-in sandbox
help-sandbox = Run the local sandbox in the foreground (its URL is the first line of output)
help-validate = Check a preset: print each error and warning; exit 0 if it could be sent, 2 if not
help-submit = Add a config (AddLiveRecordVodConfig): validate, sign, send, print the outcome. It is recorded in the history
help-configs = See, change and delete a domain's record-to-VOD configs
help-configs-list = List a domain's configs (DescribeLiveRecordVodConfigs), a page at a time or --all
help-configs-update = Change a config (UpdateLiveRecordVodConfig) from a preset and --set overrides
help-configs-delete = Delete a config (DeleteLiveRecordVodConfig): recording into VOD stops for it
help-batch = Many calls from a spreadsheet (CSV): check, send at the service's limit, resume
help-batch-check = Check every row of a CSV file; print each error and warning by row number. Exit 2 if any row has an error
help-batch-run = Check, then send every row (recorded in the history as it goes). Exit 0 only when every row succeeded
help-batch-resume = Send the rows of an interrupted, stopped or cancelled batch that are not done yet
help-batch-list = The recorded batches, newest first, with their state and counts
help-batch-template = Write a CSV template to fill in, from a preset
help-batch-export = Write a batch's results (row, fields, outcome, RequestId, error) to a CSV or JSON file
help-preset = The saved presets (shared with the window)
help-preset-list = List the saved presets
help-preset-show = Print one preset as JSON (the preset file format)
help-preset-import = Import preset files (one preset or a bundle each); a taken name gets " (2)"
help-preset-export = Export presets to one file (several make a bundle)
help-preset-delete = Delete a preset
help-history = The history of submissions: search, filter, export
help-history-export = Write the matching entries (all by default) to a CSV or JSON file
help-profile = Named profiles; their secrets live in the OS keyring
help-profile-list = List the profiles (built-in and saved) and which is the default
help-profile-add = Add a profile; the secret (then, with --sts, the token) is read from standard input
help-profile-edit = Change a profile; the secret (then, with --sts, the token) is read from standard input
help-profile-rename = Rename a profile (its keyring entries move with it)
help-profile-remove = Remove a profile and its keyring entries
help-profile-default = Make a profile the default for `submit`
help-profile-test = Check a profile's credentials with STS GetCallerIdentity
help-profile-import-aliyun-cli = Import AK and StsToken profiles of the aliyun command line (~/.aliyun/config.json)
help-completions = Print the shell completion script (bash, zsh, fish, elvish, powershell); the package installs bash's, zsh's and fish's
help-completions--shell = The shell to complete for
help-man = Print the manual page (roff; `live-record-vod man | man -l -`)

help-arg-data_dir = Directory for everything the program stores
help-arg-lang = The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)
help-arg-listen = Address to listen on; port 0 picks a free port
help-arg-access_key_id = Also accept this AccessKey ID (with --access-key-secret)
help-arg-access_key_secret = The secret for --access-key-id
help-arg-security_token = Require this STS security token with --access-key-id
help-arg-latency_ms = Fault: wait this long before each answer
help-arg-fail_status = Fault: answer every call with HTTP 500 (InternalError) or 503 (ServiceUnavailable)
help-arg-throttle_per_minute = Fault: answer Throttling.User beyond this many calls per minute
help-arg-drop_connections = Fault: close each connection instead of answering
help-arg-malformed_body = Fault: answer with a body that is not JSON
help-arg-inflated_total = Fault: claim a million items in every paged answer (Total, TotalCount, TotalNum)
help-arg-state = Keep the configs in this file between runs (default: in memory only)
help-arg-preset = Preset file (JSON)
help-arg-preset_name = A saved preset, by name (see `preset list`)
help-arg-overrides = Override a field, e.g. --set AppName=live (repeatable)
help-arg-operation = The operation of every row
help-arg-json = Print one JSON object instead of text
cli-out-account-not-checked = Not checked against the account: { $problem }
cli-call-args-warning-not-recorded = Warning: the history could not record that this call was refused ({ $problem }).
help-arg-profile = The credentials profile (default: the environment's when set, else the default profile)
help-arg-endpoint = Send to this endpoint instead of the region's (http:// only for this computer)
help-arg-signature = Signature method
help-arg-timeout = Give up on an attempt after this many seconds
help-arg-retries = Extra attempts after throttling, a 503, a timeout or a lost connection
help-arg-dry_run = Print the signed request without sending it (the security token masked)
help-arg-check_account = Also check against the account (its domains, regions, template groups, OSS recording and streams), with read-only calls as the profile and endpoint say
help-arg-no_account_check = Send without checking against the account first (its domains, regions, template groups, OSS recording and streams)
help-arg-print_as = Print the request as code instead of sending it (nothing is sent; no secret is printed)
help-arg-shell = The shell the `aliyun` command is quoted for (with --print-as aliyun)
help-arg-domain = The streaming domain
help-arg-app = The app name
help-arg-stream = The stream name (empty: the config for every stream of the app)
help-arg-region = The region (default: the profile's)
help-arg-page = The page, from 1
help-arg-page_size = Configs per page, 5 to 100
help-arg-all = Follow the pages and list every config
help-arg-yes = Change without asking: a production profile asks first, and needs this without a terminal
help-configs-delete--yes = Delete without asking (needed without a terminal; a production profile asks too)
help-arg-file = The CSV file: a header row of API field names (DomainName,AppName,StreamName,...), then one row per call. UTF-8 (with or without BOM) or GBK
help-arg-continue_on_error = Keep going after a row fails (default: stop at the first failure)
help-arg-skip_invalid = Send the rows without errors and skip the others (default: send nothing if any row has an error)
help-arg-id = The batch (see `batch list`)
help-batch-resume--from = With --retry-failed: send each failed row as this file (the batch's file, corrected) gives it now, matched by domain/app/stream, else by row number; each change is printed first
help-profile-add--kind = What account it reaches: test, or production (every change is confirmed first); asked on a terminal, needed without one
help-profile-add--read_only = Read-only: list, look and plan, but change nothing
help-profile-edit--kind = What account it reaches: test or production
help-profile-edit--read_only = Read-only (--read-only false allows changes again)
help-sandbox--call_log = Append one JSON line per call received to this file: what a script really sent
help-arg-kind = Only calls of profiles of this kind
help-arg-retry_failed = Send only the rows that failed, again
help-arg-to = The file to write
help-arg-failures = Only the rows that failed or whose outcome is unknown
help-arg-search = Find text in domain, app, stream, RequestId or error code
help-arg-outcome = Only this outcome
help-arg-limit = Show at most this many entries, newest first
help-arg-format = File format
help-arg-sts = Also read an STS security token
help-arg-only = Import only these profiles (repeatable)

help-validate--operation = The operation to check the fields for
help-sandbox--channel_domains = Give the account N generated streaming domains (channel-01.example.com, …) instead of 48, to try a large account
help-sandbox--live = Push a simulated stream from the start (repeatable): a config that covers it records it every CycleDuration of sandbox time
help-sandbox--time_scale = Run sandbox time N times faster (a 300 s cycle gives a recording every 300/N seconds)
help-export = Write the configs of the account's streaming domains (or those named) to a TOML file that plan and apply read
help-export--to = Where to write the file
help-export--domains = Only this streaming domain (repeatable; default: every one of the account)
help-plan = What apply would change to make the account match a TOML file (--detailed-exitcode: exit 3 when it differs)
help-plan--detailed_exitcode = Exit 3 when changes are pending (0 when the account matches the file)
help-apply = Make the account match a TOML file: plan, ask, send each change (each call recorded)
help-apply--yes = Apply without asking (needed without a terminal)
help-apply--continue_on_error = Keep going after a change fails (default: stop at the first failure)
help-plan--file = The desired-state file (TOML)
help-apply--file = The desired-state file (TOML)
help-arg-rename_domain = Read the file's domain OLD as NEW (repeatable): copies a domain's setup to another
cli-desired-not-read = The configs of { $domain } could not be read: { $why }
cli-desired-left-out = Left out of the file (so apply never touches it): { $problem }
cli-desired-exported = Wrote { $configs } config(s) of { $domains } domain(s) to { $path }.
cli-desired-no-storage = { $count } config(s) have no StorageLocation in the service's answer (they record to the default storage); the file leaves it out for them.
cli-desired-rename-shape = --rename-domain takes OLD=NEW, not "{ $given }".
cli-desired-none = (none)
cli-desired-add = + add
cli-desired-update = ~ update
cli-desired-delete = - delete
cli-desired-replace = -/+ replace
cli-desired-replace-why = (Update cannot change the storage location: the config is deleted and added again, so recording of live streams restarts.)
cli-desired-summary = Plan: { $changes } change(s), { $deletes } config(s) deleted, { $unchanged } unchanged.
cli-desired-live-streams = A change reaches only streams started after it: a live stream must stop for 3 minutes to pick it up.
cli-desired-needs-yes = Error: apply changes the account; without a terminal to ask on, add --yes. Nothing was sent.
cli-desired-ask = Apply { $changes } change(s)? { $deletes } config(s) will be deleted. [y/N]{" "}
cli-desired-not-applied = Not applied; nothing was sent.
cli-desired-changed-meanwhile = The account changed since the plan was shown; nothing was sent. Run plan again and check it.
cli-desired-applied = Applied { $applied } of { $total } change(s).
help-status = Is everything recording? Every config of the account with its state (recording, not-recording, idle, unknown) and the live streams no config covers
help-status--domains = Only this streaming domain (repeatable; default: every one of the account)
help-status--format = How to print it: table, json, or prometheus (the text format of node_exporter's textfile collector)
help-status--fail_on_problem = Exit 3 when a config is not recording or a live stream is not recorded into VOD
help-status--json = Print one JSON object (the same as --format json)
cli-status-problem = Not read: { $problem }
cli-status-progress = Reading the account's domains
cli-status-gap = Live now, not recorded into VOD: { $stream }
cli-status-gap-oss = Live now, not recorded into VOD (a general recording config records it to OSS): { $stream }
cli-status-domain = DOMAIN
cli-status-app-stream = APP/STREAM
cli-status-state = STATE
cli-status-last-recording = LAST RECORDING
cli-status-group = TEMPLATE GROUP
cli-status-cycle = CYCLE
cli-status-summary = { $configs } config(s) on { $domains } domain(s): { $recording } recording, { $not_recording } not recording, { $idle } idle, { $unknown } unknown; { $gaps } live stream(s) not recorded into VOD.
help-batch-template--operation = The operation the template is for
help-batch-check--json = Print JSON instead of text
help-batch-run--json = Print JSON instead of text
help-batch-resume--json = Print one JSON object per line instead of text
help-batch-list--json = Print one JSON object per batch and line
help-history--json = Print JSON instead of text
help-history--profile = Only this profile
help-history-export--profile = Only this profile
help-profile-test--endpoint = Ask this endpoint instead of STS (a local sandbox)
help-profile-add--access_key_id = The profile's AccessKey ID (its secret is read from standard input)
help-profile-add--region = The profile's default region, e.g. cn-shanghai
help-profile-edit--access_key_id = A new AccessKey ID for the profile
help-profile-edit--region = A new default region for the profile, e.g. cn-beijing (empty: none)
help-batch-template--to = Where to write it
help-batch-export--to = Where to write (a name ending in .json writes JSON, anything else CSV)
help-profile-edit--sts = Also read an STS security token (without it, a stored token is removed)

help-usage = Usage:{ " " }
help-heading-commands = Commands
help-heading-options = Options
help-heading-arguments = Arguments
help-flag = Print help
help-version-flag = Print version
help-help = Print this message or the help of the given subcommand(s)
example-preset-name = Example (sandbox)

## The sandbox's world (live-record-vod sandbox)

world-domains = streaming domains: { $domains }, and { $generated } more (channel-NN.example.com, cn-shanghai)
world-ingest = ingest domain { $ingest } feeds { $domain }
world-no-vod = domain { $domain } is in { $region }, where VOD is not activated: configs can be added, nothing is recorded
world-streams = live now: { $streams }
world-regions = regions: every listed ApsaraVideo Live region; storage only in { $region }
world-groups = VOD transcoding template groups: { $groups }
world-storage = storage locations: { $locations }
world-general-config = existing general recording config: domain { $domain } app { $app } (CommomLiveRcordConfigExisted)
world-internal-error = domain { $domain } answers InternalError
world-missing-domain = domain { $domain } answers InvalidDomain.NotFound (not in this account)
world-missing-token = an STS AccessKey ID without its security token answers MissingSecurityToken
world-config-exists = the same DomainName/AppName/StreamName twice answers ConfigAlreadyExists
world-config-not-found = update or delete of a config that does not exist answers { $code } (assumption)

## Checks every operation of the catalogue gets from its description
param-required = { $name } is required.
param-not-whole-number = { $name } must be a whole number, such as 10.
param-out-of-range = { $name } must be from { $min } to { $max }.
param-too-small = { $name } must be { $min } or more.
param-not-a-choice = { $name } must be one of: { $values }.
param-not-a-time = { $name } must be a UTC time such as 2026-12-01T08:00:00Z.
param-control-character = { $name } contains a line break, tab or other control character: remove it.

## `call`: any operation of the catalogue
call-unknown-action = { $action } is not an operation this program knows. `call --list` lists them.
call-unknown-action-near = { $action } is not an operation this program knows; did you mean { $near }? `call --list` lists them.
call-unknown-field = { $name } is not a field of { $action }. Its fields: { $fields }.
call-unknown-field-near = { $name } is not a field of { $action }; did you mean { $near }?
call-set-needs-value = --set { $set } needs a value: write it as Name=Value.
call-pages-read = Read { $items ->
    [one] 1 item
   *[other] { $items } items
} in { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}.
call-pages-empty = The service announced more items than it gave: page { $pages } came back empty. The list above may be incomplete.
call-pages-repeated = Page { $pages } repeated the page before it, so reading stopped there. The list above may be incomplete.
call-pages-capped = Stopped after { $pages } pages, although the service announced more. The list above is incomplete.
call-pages-unreadable = The service's answer was not JSON, so the pages could not be followed.
help-call = Any operation of ApsaraVideo Live or VOD by its action, with --set Name=Value fields; `call --list` lists them. Recorded in the history like every call
help-call--action = The operation: its action (DescribeLiveUserDomains) or command-line name (describe-live-user-domains)
help-call--list = Print every operation with its product and what it does
help-call--fields = A request field, e.g. --set DomainName=live.example.com (repeatable)
help-call--all = Follow the pages and print one answer whose list holds every item
help-call--region = The region the call is made in (a VOD call goes to that region's VOD endpoint)
account-the-answer-could-not-be-read = the answer could not be read
account-permission-with-policy = { $reason } The RAM policy to attach: { $policy }
pick-reading-the-account = Reading the account's domains and template groups…
pick-domains-as-of = { $count ->
    [one] 1 streaming domain as of { $age } ago
   *[other] { $count } streaming domains as of { $age } ago
}
pick-not-read-yet = The account's domains are not read yet.
pick-refresh = Refresh
pick-read-the-account = Read the account
pick-refresh-explained = Read the account's domains (DescribeLiveUserDomains) and the template groups of their regions (ListTranscodeTemplateGroup) again; each call is recorded in the history.
pick-could-not-read = Could not read a list, so type the value: { $problem }
pick-choose-domain = Choose a domain…
pick-choose-domain-explained = The account's streaming domains; what you typed filters them. Picking one also sets the region.
pick-domain-line = { $domain }  ·  { $region }  ·  { $status }
pick-choose-group = Choose a group…
pick-choose-app = Choose an app…
pick-choose-stream = Choose a stream…
pick-choose-stream-explained = The names the domain's streams were pushed under lately (live now or in the ingest history of the last 7 days). You can also type one.
pick-choose-storage = Choose a storage location…
pick-choose-storage-explained = The storage locations this domain's configs already use. VOD has no API that lists storage addresses: for another one, copy it from the Storage page of the VOD console, or leave the field empty for the default storage.
form-every-stream-of-the-app = Empty: every stream of the app "{ $app }" is recorded.
pick-choose-group-explained = The transcoding template groups of VOD in { $region }, by name.
pick-no-transcoding = No transcoding ({ $id })
pick-group-line = { $name }  ·  { $id }
pick-group-named = Template group "{ $name }"
pick-region-without-vod = VOD is not activated in { $region } for this account: a config on a domain there is accepted but records nothing. Activate VOD there, or record on a domain in another region.
pick-domain-no-vod = {"  ·  "}no VOD here: records nothing
