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
