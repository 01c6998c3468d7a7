# Live Record to VOD 的简体中文消息。消息 ID 与 en/live_record_vod.ftl 一一对应。
# 术语遵循阿里云视频直播控制台与文档：见 assets/i18n/GLOSSARY.md。

## Languages

lang-unknown = 未知语言“{ $given }”。请使用 zh-CN 或 en。

## Fields (labels, help, placeholders)

field-region-id-label = 地域
field-domain-name-label = 播流域名
field-app-name-label = 应用名称
field-stream-name-label = 流名称
field-vod-transcode-group-id-label = 点播转码模板组 ID
field-cycle-duration-label = 录制周期（秒）
field-auto-compose-label = 自动合成
field-storage-location-label = 存储地址
field-compose-vod-transcode-group-id-label = 合成转码模板组 ID
field-on-demand-label = 按需录制
field-delay-time-label = 断流等待时长（秒）
field-page-num-label = 页码
field-page-size-label = 每页条数
field-region-id-help = 地域 ID，例如 cn-shanghai。
field-domain-name-help = 播流域名。需要在播流域名直播中心所在的地域开通视频点播。
field-app-name-help = 直播流所属的应用名称（AppName）。可在流管理页面查看。
field-stream-name-help = 直播流名称。留空表示录制该应用下的所有流。
field-vod-transcode-group-id-help = 视频点播转码模板组 ID，例如 VOD_NO_TRANSCODE。
field-cycle-duration-help = 每个录制文件的周期时长，单位为秒：300～21600。默认为 3600。
field-auto-compose-help = 开启（ON）后，流结束时会把周期录制的文件合成为一个视频。需要填写合成转码模板组。
field-storage-location-help = 存储地址，例如 xxxx.oss-cn-shanghai.aliyuncs.com。其地域必须与所选地域一致。
field-compose-vod-transcode-group-id-help = 合成后的单个视频所用的转码模板组。开启自动合成时必填。
field-on-demand-help = 0（默认）：不开启。1 不支持录制到点播，一般不使用。
field-delay-time-help = 断流后等待多久才结束录制，单位为秒：15～21600。
field-page-num-help = 显示第几页的配置，从 1 开始。
field-page-size-help = 每页显示的配置条数：5～100。默认为 10。
field-region-id-hint = cn-shanghai
field-domain-name-hint = live.example.com
field-app-name-hint = live
field-stream-name-hint = 留空：录制该应用的所有流
field-vod-transcode-group-id-hint = VOD_NO_TRANSCODE
field-cycle-duration-hint = 3600
field-storage-location-hint = 留空：使用默认存储
field-compose-vod-transcode-group-id-hint = 点播转码模板组 ID
field-delay-time-hint = 留空：使用服务默认值
field-page-num-hint = 1
field-page-size-hint = 10
field-auto-compose-hint = { "" }

## Shared pieces

list-separator = {"，"}
duration-hours = { $n } 小时
duration-minutes = { $n } 分钟
duration-seconds = { $n } 秒
duration-separator = {" "}

## Validation findings ($label is the field's label)

finding-required = { $label }为必填项。请填写后继续。
finding-contains-whitespace = { $label }不能包含空格。请删除空格。
finding-contains-slash = { $label }不能包含“/”。只填写名称，不要带斜杠。
finding-control-character = { $label }包含不可见的控制字符。请重新输入，不要粘贴。
finding-too-long = { $label }太长：共 { $actual } 个字符，最多 { $max } 个。请缩短。
finding-url-unsafe-character = { $label }包含“{ $character }”，会破坏推流/播流地址。请只用字母、数字、“-”和“_”。
finding-region-shape = { $label }不像地域 ID。请从列表中选择，或输入 cn-shanghai 这样的 ID。
finding-region-unknown = 本程序不认识该{ $label }。请检查拼写；如果是新开放的地域，仍可发送。
finding-finance-region = { $label }是阿里金融云地域；金融云账号不支持录制到点播。请使用标准账号的地域。
finding-domain-part = 域名“{ $value }”
finding-app-part = 应用“{ $value }”
finding-stream-part = 流“{ $value }”
finding-domain-is-url = 这是流地址，不是域名。只保留主机名：{ $parts }。
finding-domain-shape = { $label }必须是 live.example.com 这样的主机名：字母、数字、“-”和点，不带端口或路径。
finding-domain-not-ascii = { $label }含有非 ASCII 字符。请按控制台显示的 xn--（Punycode）形式填写域名。
finding-not-whole-seconds = { $label }必须是整数秒，例如 { $example } 表示 { $duration }。
finding-not-whole-number = { $label }必须是整数，例如 10。
finding-out-of-range = { $label }超出范围；不接受 { $given }。
finding-outside-range = { $label }必须在 { $min } 到 { $max } 之间；{ $given } 超出了范围。
finding-too-small = { $label }不能小于 { $min }；{ $given } 太小。
finding-auto-compose-value = { $label }只能为 ON 或留空，不能是“{ $given }”。开启请填大写的 ON，关闭请留空。
finding-auto-compose-without-group = 自动合成为 ON 时，{ $label }为必填项。请填写模板组 ID，或关闭自动合成。
finding-group-without-auto-compose = 填写了合成转码模板组 ID 时，{ $label }必须为 ON。请开启自动合成，或清空模板组 ID。
finding-storage-shape = { $label }必须是 xxxx.oss-cn-shanghai.aliyuncs.com 这样的存储主机名，不带 http:// 或路径。
finding-storage-region-conflict = { $label }位于 { $storage_region }，但地域是 { $region }；服务会拒绝。请使用 { $region } 的存储，或把地域改为 { $storage_region }。
finding-storage-region-unknown = 无法从地址中读出{ $label }所在的地域。请确认它与请求的地域相同。
finding-storage-region-unset = { $label }位于 { $storage_region }，但还没有选择地域。请把地域设为 { $storage_region }，使两者一致。
finding-on-demand-value = { $label }只能为 0（关闭）或 1，不能是“{ $given }”。请留空或填 0。
finding-on-demand-unsupported = { $label } = 1 不支持录制到点播，可能不会生成录制。除非技术支持另有说明，请使用 0。
