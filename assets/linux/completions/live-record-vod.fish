# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_live_record_vod_global_optspecs
    string join \n data-dir= lang= h/help V/version
end

function __fish_live_record_vod_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_live_record_vod_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_live_record_vod_using_subcommand
    set -l cmd (__fish_live_record_vod_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -s V -l version -d 'Print version'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "sandbox" -d 'Run the local sandbox in the foreground (its URL is the first line of output)'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "validate" -d 'Check a preset: print each error and warning; exit 0 if it could be sent, 2 if not'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "submit" -d 'Add a config (AddLiveRecordVodConfig): validate, sign, send, print the outcome. It is recorded in the history'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "configs" -d 'See, change and delete a domain\'s record-to-VOD configs'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "export" -d 'Write the configs of the account\'s streaming domains (or those named) to a TOML file that plan and apply read'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "plan" -d 'What apply would change to make the account match a TOML file (--detailed-exitcode: exit 3 when it differs)'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "apply" -d 'Make the account match a TOML file: plan, ask, send each change (each call recorded)'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "status" -d 'Is everything recording? Every config of the account with its state (recording, not-recording, idle, unknown) and the live streams no config covers'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "batch" -d 'Many calls from a spreadsheet (CSV): check, send at the service\'s limit, resume'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "call" -d 'Any operation of ApsaraVideo Live or VOD by its action, with --set Name=Value fields; `call --list` lists them. Recorded in the history like every call'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "preset" -d 'The saved presets (shared with the window)'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "history" -d 'The history of submissions: search, filter, export'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "profile" -d 'Named profiles; their secrets live in the OS keyring'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "completions" -d 'Print the shell completion script (bash, zsh, fish, elvish, powershell); the package installs bash\'s, zsh\'s and fish\'s'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "man" -d 'Print the manual page (roff; `live-record-vod man | man -l -`)'
complete -c live-record-vod -n "__fish_live_record_vod_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l listen -d 'Address to listen on; port 0 picks a free port' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l access-key-id -d 'Also accept this AccessKey ID (with --access-key-secret)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l access-key-secret -d 'The secret for --access-key-id' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l security-token -d 'Require this STS security token with --access-key-id' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l latency-ms -d 'Fault: wait this long before each answer' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l fail-status -d 'Fault: answer every call with HTTP 500 (InternalError) or 503 (ServiceUnavailable)' -r -f -a "500\t''
503\t''"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l throttle-per-minute -d 'Fault: answer Throttling.User beyond this many calls per minute' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l state -d 'Keep the configs in this file between runs (default: in memory only)' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l call-log -d 'Append one JSON line per call received to this file: what a script really sent' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l live -d 'Push a simulated stream from the start (repeatable): a config that covers it records it every CycleDuration of sandbox time' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l channel-domains -d 'Give the account N generated streaming domains (channel-01.example.com, …) instead of 48, to try a large account' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l time-scale -d 'Run sandbox time N times faster (a 300 s cycle gives a recording every 300/N seconds)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l drop-connections -d 'Fault: close each connection instead of answering'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l malformed-body -d 'Fault: answer with a body that is not JSON'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -l inflated-total -d 'Fault: claim a million items in every paged answer (Total, TotalCount, TotalNum)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand sandbox" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l preset -d 'Preset file (JSON)' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l preset-name -d 'A saved preset, by name (see `preset list`)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l set -d 'Override a field, e.g. --set AppName=live (repeatable)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l operation -d 'The operation to check the fields for' -r -f -a "add\t'AddLiveRecordVodConfig'
list\t'DescribeLiveRecordVodConfigs'
update\t'UpdateLiveRecordVodConfig'
delete\t'DeleteLiveRecordVodConfig'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l check-account -d 'Also check against the account (its domains, regions, template groups, OSS recording and streams), with read-only calls as the profile and endpoint say'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -l json -d 'Print one JSON object instead of text'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand validate" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l preset -d 'Preset file (JSON)' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l preset-name -d 'A saved preset, by name (see `preset list`)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l set -d 'Override a field, e.g. --set AppName=live (repeatable)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l print-as -d 'Print the request as code instead of sending it (nothing is sent; no secret is printed)' -r -f -a "aliyun\t'The aliyun command line'
python\t'Python (alibabacloud_live20161101)'
java\t'Java (com.aliyun:live20161101)'
go\t'Go (github.com/alibabacloud-go/live-20161101/v2)'
node\t'Node.js / TypeScript (@alicloud/live20161101)'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l shell -d 'The shell the `aliyun` command is quoted for (with --print-as aliyun)' -r -f -a "posix\t'sh, bash, zsh'
powershell\t'PowerShell'
cmd\t'cmd.exe'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l dry-run -d 'Print the signed request without sending it (the security token masked)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l yes -d 'Change without asking: a production profile asks first, and needs this without a terminal'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l json -d 'Print one JSON object instead of text'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -l no-account-check -d 'Send without checking against the account first (its domains, regions, template groups, OSS recording and streams)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand submit" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and not __fish_seen_subcommand_from list update delete help" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and not __fish_seen_subcommand_from list update delete help" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and not __fish_seen_subcommand_from list update delete help" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and not __fish_seen_subcommand_from list update delete help" -f -a "list" -d 'List a domain\'s configs (DescribeLiveRecordVodConfigs), a page at a time or --all'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and not __fish_seen_subcommand_from list update delete help" -f -a "update" -d 'Change a config (UpdateLiveRecordVodConfig) from a preset and --set overrides'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and not __fish_seen_subcommand_from list update delete help" -f -a "delete" -d 'Delete a config (DeleteLiveRecordVodConfig): recording into VOD stops for it'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and not __fish_seen_subcommand_from list update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l domain -d 'The streaming domain' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l app -d 'The app name' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l stream -d 'The stream name (empty: the config for every stream of the app)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l region -d 'The region (default: the profile\'s)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l page -d 'The page, from 1' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l page-size -d 'Configs per page, 5 to 100' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l print-as -d 'Print the request as code instead of sending it (nothing is sent; no secret is printed)' -r -f -a "aliyun\t'The aliyun command line'
python\t'Python (alibabacloud_live20161101)'
java\t'Java (com.aliyun:live20161101)'
go\t'Go (github.com/alibabacloud-go/live-20161101/v2)'
node\t'Node.js / TypeScript (@alicloud/live20161101)'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l shell -d 'The shell the `aliyun` command is quoted for (with --print-as aliyun)' -r -f -a "posix\t'sh, bash, zsh'
powershell\t'PowerShell'
cmd\t'cmd.exe'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l all -d 'Follow the pages and list every config'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the signed request without sending it (the security token masked)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l yes -d 'Change without asking: a production profile asks first, and needs this without a terminal'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON object instead of text'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l preset -d 'Preset file (JSON)' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l preset-name -d 'A saved preset, by name (see `preset list`)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l set -d 'Override a field, e.g. --set AppName=live (repeatable)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l print-as -d 'Print the request as code instead of sending it (nothing is sent; no secret is printed)' -r -f -a "aliyun\t'The aliyun command line'
python\t'Python (alibabacloud_live20161101)'
java\t'Java (com.aliyun:live20161101)'
go\t'Go (github.com/alibabacloud-go/live-20161101/v2)'
node\t'Node.js / TypeScript (@alicloud/live20161101)'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l shell -d 'The shell the `aliyun` command is quoted for (with --print-as aliyun)' -r -f -a "posix\t'sh, bash, zsh'
powershell\t'PowerShell'
cmd\t'cmd.exe'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the signed request without sending it (the security token masked)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l yes -d 'Change without asking: a production profile asks first, and needs this without a terminal'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l json -d 'Print one JSON object instead of text'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -l no-account-check -d 'Send without checking against the account first (its domains, regions, template groups, OSS recording and streams)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l domain -d 'The streaming domain' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l app -d 'The app name' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l stream -d 'The stream name (empty: the config for every stream of the app)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l region -d 'The region (default: the profile\'s)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l print-as -d 'Print the request as code instead of sending it (nothing is sent; no secret is printed)' -r -f -a "aliyun\t'The aliyun command line'
python\t'Python (alibabacloud_live20161101)'
java\t'Java (com.aliyun:live20161101)'
go\t'Go (github.com/alibabacloud-go/live-20161101/v2)'
node\t'Node.js / TypeScript (@alicloud/live20161101)'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l shell -d 'The shell the `aliyun` command is quoted for (with --print-as aliyun)' -r -f -a "posix\t'sh, bash, zsh'
powershell\t'PowerShell'
cmd\t'cmd.exe'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the signed request without sending it (the security token masked)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l yes -d 'Delete without asking (needed without a terminal; a production profile asks too)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -l json -d 'Print one JSON object instead of text'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a domain\'s configs (DescribeLiveRecordVodConfigs), a page at a time or --all'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a config (UpdateLiveRecordVodConfig) from a preset and --set overrides'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a config (DeleteLiveRecordVodConfig): recording into VOD stops for it'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand configs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand export" -l to -d 'Where to write the file' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand export" -l domain -d 'Only this streaming domain (repeatable; default: every one of the account)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand export" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand export" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand export" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand export" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand export" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand export" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand export" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand export" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand plan" -l rename-domain -d 'Read the file\'s domain OLD as NEW (repeatable): copies a domain\'s setup to another' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand plan" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand plan" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand plan" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand plan" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand plan" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand plan" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand plan" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand plan" -l json -d 'Print one JSON object instead of text'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand plan" -l detailed-exitcode -d 'Exit 3 when changes are pending (0 when the account matches the file)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand plan" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand apply" -l rename-domain -d 'Read the file\'s domain OLD as NEW (repeatable): copies a domain\'s setup to another' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand apply" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand apply" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand apply" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand apply" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand apply" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand apply" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand apply" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand apply" -l json -d 'Print one JSON object instead of text'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand apply" -l yes -d 'Apply without asking (needed without a terminal)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand apply" -l continue-on-error -d 'Keep going after a change fails (default: stop at the first failure)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand apply" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand status" -l domain -d 'Only this streaming domain (repeatable; default: every one of the account)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand status" -l format -d 'How to print it: table, json, or prometheus (the text format of node_exporter\'s textfile collector)' -r -f -a "table\t'A table for people'
json\t'One JSON object for scripts'
prometheus\t'The Prometheus text format (node_exporter\'s textfile collector)'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand status" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand status" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand status" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand status" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand status" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand status" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand status" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand status" -l json -d 'Print one JSON object (the same as --format json)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand status" -l fail-on-problem -d 'Exit 3 when a config is not recording or a live stream is not recorded into VOD'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand status" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and not __fish_seen_subcommand_from check run resume list template export help" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and not __fish_seen_subcommand_from check run resume list template export help" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and not __fish_seen_subcommand_from check run resume list template export help" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and not __fish_seen_subcommand_from check run resume list template export help" -f -a "check" -d 'Check every row of a CSV file; print each error and warning by row number. Exit 2 if any row has an error'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and not __fish_seen_subcommand_from check run resume list template export help" -f -a "run" -d 'Check, then send every row (recorded in the history as it goes). Exit 0 only when every row succeeded'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and not __fish_seen_subcommand_from check run resume list template export help" -f -a "resume" -d 'Send the rows of an interrupted, stopped or cancelled batch that are not done yet'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and not __fish_seen_subcommand_from check run resume list template export help" -f -a "list" -d 'The recorded batches, newest first, with their state and counts'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and not __fish_seen_subcommand_from check run resume list template export help" -f -a "template" -d 'Write a CSV template to fill in, from a preset'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and not __fish_seen_subcommand_from check run resume list template export help" -f -a "export" -d 'Write a batch\'s results (row, fields, outcome, RequestId, error) to a CSV or JSON file'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and not __fish_seen_subcommand_from check run resume list template export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l preset -d 'Preset file (JSON)' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l preset-name -d 'A saved preset, by name (see `preset list`)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l set -d 'Override a field, e.g. --set AppName=live (repeatable)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l operation -d 'The operation of every row' -r -f -a "add\t'AddLiveRecordVodConfig'
update\t'UpdateLiveRecordVodConfig'
delete\t'DeleteLiveRecordVodConfig'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l json -d 'Print JSON instead of text'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -l no-account-check -d 'Send without checking against the account first (its domains, regions, template groups, OSS recording and streams)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l preset -d 'Preset file (JSON)' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l preset-name -d 'A saved preset, by name (see `preset list`)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l set -d 'Override a field, e.g. --set AppName=live (repeatable)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l operation -d 'The operation of every row' -r -f -a "add\t'AddLiveRecordVodConfig'
update\t'UpdateLiveRecordVodConfig'
delete\t'DeleteLiveRecordVodConfig'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l json -d 'Print JSON instead of text'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l no-account-check -d 'Send without checking against the account first (its domains, regions, template groups, OSS recording and streams)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l continue-on-error -d 'Keep going after a row fails (default: stop at the first failure)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l skip-invalid -d 'Send the rows without errors and skip the others (default: send nothing if any row has an error)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -l yes -d 'Change without asking: a production profile asks first, and needs this without a terminal'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from resume" -l from -d 'With --retry-failed: send each failed row as this file (the batch\'s file, corrected) gives it now, matched by domain/app/stream, else by row number; each change is printed first' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from resume" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from resume" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from resume" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from resume" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from resume" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from resume" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from resume" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from resume" -l retry-failed -d 'Send only the rows that failed, again'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from resume" -l yes -d 'Change without asking: a production profile asks first, and needs this without a terminal'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from resume" -l json -d 'Print one JSON object per line instead of text'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from list" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON object per batch and line'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from template" -l preset -d 'Preset file (JSON)' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from template" -l preset-name -d 'A saved preset, by name (see `preset list`)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from template" -l set -d 'Override a field, e.g. --set AppName=live (repeatable)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from template" -l operation -d 'The operation the template is for' -r -f -a "add\t'AddLiveRecordVodConfig'
update\t'UpdateLiveRecordVodConfig'
delete\t'DeleteLiveRecordVodConfig'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from template" -l to -d 'Where to write it' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from template" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from template" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from template" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from export" -l to -d 'Where to write (a name ending in .json writes JSON, anything else CSV)' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from export" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from export" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from export" -l failures -d 'Only the rows that failed or whose outcome is unknown'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check every row of a CSV file; print each error and warning by row number. Exit 2 if any row has an error'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "run" -d 'Check, then send every row (recorded in the history as it goes). Exit 0 only when every row succeeded'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Send the rows of an interrupted, stopped or cancelled batch that are not done yet'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "list" -d 'The recorded batches, newest first, with their state and counts'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "template" -d 'Write a CSV template to fill in, from a preset'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a batch\'s results (row, fields, outcome, RequestId, error) to a CSV or JSON file'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l set -d 'A request field, e.g. --set DomainName=live.example.com (repeatable)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l region -d 'The region the call is made in (a VOD call goes to that region\'s VOD endpoint)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l profile -d 'The credentials profile (default: the environment\'s when set, else the default profile)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l endpoint -d 'Send to this endpoint instead of the region\'s (http:// only for this computer)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l signature -d 'Signature method' -r -f -a "v3\t'ACS3-HMAC-SHA256 (default)'
v1\t'RPC HMAC-SHA1'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l timeout -d 'Give up on an attempt after this many seconds' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l retries -d 'Extra attempts after throttling, a 503, a timeout or a lost connection' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l print-as -d 'Print the request as code instead of sending it (nothing is sent; no secret is printed)' -r -f -a "aliyun\t'The aliyun command line'
python\t'Python (alibabacloud_live20161101)'
java\t'Java (com.aliyun:live20161101)'
go\t'Go (github.com/alibabacloud-go/live-20161101/v2)'
node\t'Node.js / TypeScript (@alicloud/live20161101)'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l shell -d 'The shell the `aliyun` command is quoted for (with --print-as aliyun)' -r -f -a "posix\t'sh, bash, zsh'
powershell\t'PowerShell'
cmd\t'cmd.exe'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l list -d 'Print every operation with its product and what it does'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l all -d 'Follow the pages and print one answer whose list holds every item'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l dry-run -d 'Print the signed request without sending it (the security token masked)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l yes -d 'Change without asking: a production profile asks first, and needs this without a terminal'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -l json -d 'Print one JSON object instead of text'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand call" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and not __fish_seen_subcommand_from list show import export delete help" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and not __fish_seen_subcommand_from list show import export delete help" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and not __fish_seen_subcommand_from list show import export delete help" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and not __fish_seen_subcommand_from list show import export delete help" -f -a "list" -d 'List the saved presets'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and not __fish_seen_subcommand_from list show import export delete help" -f -a "show" -d 'Print one preset as JSON (the preset file format)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and not __fish_seen_subcommand_from list show import export delete help" -f -a "import" -d 'Import preset files (one preset or a bundle each); a taken name gets " (2)"'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and not __fish_seen_subcommand_from list show import export delete help" -f -a "export" -d 'Export presets to one file (several make a bundle)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and not __fish_seen_subcommand_from list show import export delete help" -f -a "delete" -d 'Delete a preset'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and not __fish_seen_subcommand_from list show import export delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from list" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from show" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from show" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from import" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from import" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from export" -l to -d 'The file to write' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from export" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from export" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from delete" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from delete" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the saved presets'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print one preset as JSON (the preset file format)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import preset files (one preset or a bundle each); a taken name gets " (2)"'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export presets to one file (several make a bundle)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a preset'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand preset; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and not __fish_seen_subcommand_from export help" -l search -d 'Find text in domain, app, stream, RequestId or error code' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and not __fish_seen_subcommand_from export help" -l outcome -d 'Only this outcome' -r -f -a "ok\t''
error\t''
unknown\t''
pending\t''
not-sent\t''"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and not __fish_seen_subcommand_from export help" -l profile -d 'Only this profile' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and not __fish_seen_subcommand_from export help" -l kind -d 'Only calls of profiles of this kind' -r -f -a "sandbox\t''
test\t''
production\t''"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and not __fish_seen_subcommand_from export help" -l limit -d 'Show at most this many entries, newest first' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and not __fish_seen_subcommand_from export help" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and not __fish_seen_subcommand_from export help" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and not __fish_seen_subcommand_from export help" -l json -d 'Print JSON instead of text'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write the matching entries (all by default) to a CSV or JSON file'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and __fish_seen_subcommand_from export" -l format -d 'File format' -r -f -a "csv\t''
json\t''"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and __fish_seen_subcommand_from export" -l to -d 'The file to write' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and __fish_seen_subcommand_from export" -l search -d 'Find text in domain, app, stream, RequestId or error code' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and __fish_seen_subcommand_from export" -l outcome -d 'Only this outcome' -r -f -a "ok\t''
error\t''
unknown\t''
pending\t''
not-sent\t''"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and __fish_seen_subcommand_from export" -l profile -d 'Only this profile' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and __fish_seen_subcommand_from export" -l kind -d 'Only calls of profiles of this kind' -r -f -a "sandbox\t''
test\t''
production\t''"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and __fish_seen_subcommand_from export" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and __fish_seen_subcommand_from export" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the matching entries (all by default) to a CSV or JSON file'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and not __fish_seen_subcommand_from list add edit rename remove default test import-aliyun-cli help" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and not __fish_seen_subcommand_from list add edit rename remove default test import-aliyun-cli help" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and not __fish_seen_subcommand_from list add edit rename remove default test import-aliyun-cli help" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and not __fish_seen_subcommand_from list add edit rename remove default test import-aliyun-cli help" -f -a "list" -d 'List the profiles (built-in and saved) and which is the default'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and not __fish_seen_subcommand_from list add edit rename remove default test import-aliyun-cli help" -f -a "add" -d 'Add a profile; the secret (then, with --sts, the token) is read from standard input'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and not __fish_seen_subcommand_from list add edit rename remove default test import-aliyun-cli help" -f -a "edit" -d 'Change a profile; the secret (then, with --sts, the token) is read from standard input'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and not __fish_seen_subcommand_from list add edit rename remove default test import-aliyun-cli help" -f -a "rename" -d 'Rename a profile (its keyring entries move with it)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and not __fish_seen_subcommand_from list add edit rename remove default test import-aliyun-cli help" -f -a "remove" -d 'Remove a profile and its keyring entries'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and not __fish_seen_subcommand_from list add edit rename remove default test import-aliyun-cli help" -f -a "default" -d 'Make a profile the default for `submit`'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and not __fish_seen_subcommand_from list add edit rename remove default test import-aliyun-cli help" -f -a "test" -d 'Check a profile\'s credentials with STS GetCallerIdentity'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and not __fish_seen_subcommand_from list add edit rename remove default test import-aliyun-cli help" -f -a "import-aliyun-cli" -d 'Import AK and StsToken profiles of the aliyun command line (~/.aliyun/config.json)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and not __fish_seen_subcommand_from list add edit rename remove default test import-aliyun-cli help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from list" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from list" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from add" -l access-key-id -d 'The profile\'s AccessKey ID (its secret is read from standard input)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from add" -l region -d 'The profile\'s default region, e.g. cn-shanghai' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from add" -l kind -d 'What account it reaches: test, or production (every change is confirmed first); asked on a terminal, needed without one' -r -f -a "test\t'A test account'
production\t'A production account: changes are confirmed first'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from add" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from add" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from add" -l sts -d 'Also read an STS security token'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from add" -l read-only -d 'Read-only: list, look and plan, but change nothing'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from edit" -l access-key-id -d 'A new AccessKey ID for the profile' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from edit" -l region -d 'A new default region for the profile, e.g. cn-beijing (empty: none)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from edit" -l kind -d 'What account it reaches: test or production' -r -f -a "test\t'A test account'
production\t'A production account: changes are confirmed first'"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from edit" -l read-only -d 'Read-only (--read-only false allows changes again)' -r -f -a "true\t''
false\t''"
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from edit" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from edit" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from edit" -l sts -d 'Also read an STS security token (without it, a stored token is removed)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from rename" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from rename" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from remove" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from remove" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from default" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from default" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from default" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from test" -l endpoint -d 'Ask this endpoint instead of STS (a local sandbox)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from test" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from test" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from import-aliyun-cli" -l only -d 'Import only these profiles (repeatable)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from import-aliyun-cli" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from import-aliyun-cli" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from import-aliyun-cli" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles (built-in and saved) and which is the default'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a profile; the secret (then, with --sts, the token) is read from standard input'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a profile; the secret (then, with --sts, the token) is read from standard input'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a profile (its keyring entries move with it)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile and its keyring entries'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "default" -d 'Make a profile the default for `submit`'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "test" -d 'Check a profile\'s credentials with STS GetCallerIdentity'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "import-aliyun-cli" -d 'Import AK and StsToken profiles of the aliyun command line (~/.aliyun/config.json)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand completions" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand completions" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand completions" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand man" -l data-dir -d 'Directory for everything the program stores' -r -F
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand man" -l lang -d 'The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES or LANG, else the OS language)' -r
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand man" -s h -l help -d 'Print help'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "sandbox" -d 'Run the local sandbox in the foreground (its URL is the first line of output)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "validate" -d 'Check a preset: print each error and warning; exit 0 if it could be sent, 2 if not'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "submit" -d 'Add a config (AddLiveRecordVodConfig): validate, sign, send, print the outcome. It is recorded in the history'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "configs" -d 'See, change and delete a domain\'s record-to-VOD configs'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "export" -d 'Write the configs of the account\'s streaming domains (or those named) to a TOML file that plan and apply read'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "plan" -d 'What apply would change to make the account match a TOML file (--detailed-exitcode: exit 3 when it differs)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "apply" -d 'Make the account match a TOML file: plan, ask, send each change (recorded)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "status" -d 'Is everything recording? Every config of the account with its state (recording, not-recording, idle, unknown) and the live streams no config covers'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "batch" -d 'Many calls from a spreadsheet (CSV): check, send at the service\'s limit, resume'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "call" -d 'Any operation of ApsaraVideo Live or VOD by its action, with --set Name=Value fields (`call --list` lists them)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "preset" -d 'The saved presets (shared with the window)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "history" -d 'The history of submissions: search, filter, export'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "profile" -d 'Named profiles; their secrets live in the OS keyring'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "completions" -d 'Print the shell completion script (bash, zsh, fish, elvish, powershell); the package installs bash\'s, zsh\'s and fish\'s'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "man" -d 'Print the manual page (roff; `live-record-vod man | man -l -`)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and not __fish_seen_subcommand_from sandbox validate submit configs export plan apply status batch call preset history profile completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from configs" -f -a "list" -d 'List a domain\'s configs (DescribeLiveRecordVodConfigs), a page at a time or --all'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from configs" -f -a "update" -d 'Change a config (UpdateLiveRecordVodConfig) from a preset and --set overrides'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from configs" -f -a "delete" -d 'Delete a config (DeleteLiveRecordVodConfig): recording into VOD stops for it'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from batch" -f -a "check" -d 'Check every row of a CSV file; print each error and warning by row number. Exit 2 if any row has an error'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from batch" -f -a "run" -d 'Check, then send every row (recorded in the history as it goes). Exit 0 only when every row succeeded'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from batch" -f -a "resume" -d 'Send the rows of an interrupted, stopped or cancelled batch that are not done yet'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from batch" -f -a "list" -d 'The recorded batches, newest first, with their state and counts'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from batch" -f -a "template" -d 'Write a CSV template to fill in, from a preset'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from batch" -f -a "export" -d 'Write a batch\'s results (row, fields, outcome, RequestId, error) to a CSV or JSON file'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from preset" -f -a "list" -d 'List the saved presets'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from preset" -f -a "show" -d 'Print one preset as JSON (the preset file format)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from preset" -f -a "import" -d 'Import preset files (one preset or a bundle each); a taken name gets " (2)"'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from preset" -f -a "export" -d 'Export presets to one file (several make a bundle)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from preset" -f -a "delete" -d 'Delete a preset'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from history" -f -a "export" -d 'Write the matching entries (all by default) to a CSV or JSON file'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles (built-in and saved) and which is the default'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add a profile; the secret (then, with --sts, the token) is read from standard input'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "edit" -d 'Change a profile; the secret (then, with --sts, the token) is read from standard input'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "rename" -d 'Rename a profile (its keyring entries move with it)'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile and its keyring entries'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "default" -d 'Make a profile the default for `submit`'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "test" -d 'Check a profile\'s credentials with STS GetCallerIdentity'
complete -c live-record-vod -n "__fish_live_record_vod_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "import-aliyun-cli" -d 'Import AK and StsToken profiles of the aliyun command line (~/.aliyun/config.json)'
