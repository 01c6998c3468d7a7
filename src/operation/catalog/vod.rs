//! The ApsaraVideo VOD (2017-03-21) operations: the transcoding template groups a config
//! names, and the videos that recording produced. Request fields and answer shapes follow the
//! official SDK's models (`alibabacloud_vod20170321` 3.12.1). VOD has its own endpoints, and
//! a call is made in the streaming domain's region.

use super::{Description, Kind, Method, Paging, Param, Product, RamResource, Rate};

/// The template group does not exist in this region.
pub const TEMPLATE_GROUP_NOT_FOUND: &str = "InvalidTemplateGroupId.NotFound";

/// VOD is not activated in the region called (the sandbox's assumption of the code; see the
/// README).
pub const VOD_NOT_ACTIVATED: &str = "Forbidden.ServiceNotActivated";

/// ListTranscodeTemplateGroup: the region's transcoding template groups (one bare list, not
/// paged; at most 20 per account).
pub const LIST_TRANSCODE_TEMPLATE_GROUP: Description = Description {
    action: "ListTranscodeTemplateGroup",
    product: Product::Vod,
    method: Method::Post,
    params: &[Param::optional("AppId", Kind::Text)],
    paging: Paging::None,
    list_path: &["TranscodeTemplateGroupList"],
    ram_action: "vod:ListTranscodeTemplateGroup",
    ram_resource: RamResource::Any,
    error_codes: &[VOD_NOT_ACTIVATED],
    changes_account: false,
    rate: Rate::PerSecond(15),
    short_name: None,
};

/// GetTranscodeTemplateGroup: one template group and its templates (to check an ID).
pub const GET_TRANSCODE_TEMPLATE_GROUP: Description = Description {
    action: "GetTranscodeTemplateGroup",
    product: Product::Vod,
    method: Method::Post,
    params: &[Param::required("TranscodeTemplateGroupId", Kind::Text)],
    paging: Paging::None,
    list_path: &[],
    ram_action: "vod:GetTranscodeTemplateGroup",
    ram_resource: RamResource::Any,
    error_codes: &[TEMPLATE_GROUP_NOT_FOUND, VOD_NOT_ACTIVATED],
    changes_account: false,
    rate: Rate::PerSecond(15),
    short_name: None,
};

/// ListLiveRecordVideo: the videos live-to-VOD recording produced, newest first by default
/// (the service returns at most the first 5,000 matches).
pub const LIST_LIVE_RECORD_VIDEO: Description = Description {
    action: "ListLiveRecordVideo",
    product: Product::Vod,
    method: Method::Post,
    params: &[
        Param::optional("DomainName", Kind::Text),
        Param::optional("AppName", Kind::Text),
        Param::optional("StreamName", Kind::Text),
        Param::optional("StartTime", Kind::Time),
        Param::optional("EndTime", Kind::Time),
        Param::optional(
            "SortBy",
            Kind::choice(&["CreationTime:Desc", "CreationTime:Asc"]),
        ),
        Param::optional("PageNo", Kind::integer(1, 100_000, Some(1))),
        Param::optional("PageSize", Kind::integer(1, 100, Some(10))),
    ],
    paging: Paging::Pages {
        page: "PageNo",
        size: "PageSize",
        max_size: 100,
        total: "Total",
    },
    list_path: &["LiveRecordVideoList", "LiveRecordVideo"],
    ram_action: "vod:ListLiveRecordVideo",
    ram_resource: RamResource::Any,
    error_codes: &[VOD_NOT_ACTIVATED],
    changes_account: false,
    rate: Rate::PerSecond(20),
    short_name: None,
};

/// Every VOD operation of the catalogue.
pub const ALL: &[&Description] = &[
    &LIST_TRANSCODE_TEMPLATE_GROUP,
    &GET_TRANSCODE_TEMPLATE_GROUP,
    &LIST_LIVE_RECORD_VIDEO,
];
