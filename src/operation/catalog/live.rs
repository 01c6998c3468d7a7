//! The ApsaraVideo Live (2016-11-01) operations: the four record-to-VOD config operations the
//! form edits, and the reads that tell what the account has. Request fields and answer shapes
//! follow the official SDK's models (`alibabacloud_live20161101` 3.0.2).

use super::{Description, Kind, Method, Paging, Param, Product, RamResource, Rate};
use crate::operation::field::Field;

/// "Config does not exist" for an update or delete (the sandbox's assumption; see the README).
pub const CONFIG_NOT_FOUND: &str = "InvalidConfig.NotFound";

/// The domain is not one of the account's (or has not finished being added).
pub const DOMAIN_NOT_FOUND: &str = "InvalidDomain.NotFound";

const REGION: Param = Field::RegionId.param(false);
const TEXT: Kind = Kind::Text;
const QUERY_TYPE: Kind = Kind::choice(&["fuzzy", "strict"]);
const PAGE_NUMBER: Kind = Kind::integer(1, 100_000, Some(1));
const STREAM_PAGE_SIZE: Kind = Kind::integer(1, 3_000, Some(2_000));

/// AddLiveRecordVodConfig: record a domain/app/stream into VOD.
pub const ADD_LIVE_RECORD_VOD_CONFIG: Description = Description {
    action: "AddLiveRecordVodConfig",
    product: Product::Live,
    method: Method::Post,
    params: &[
        REGION,
        Field::DomainName.param(true),
        Field::AppName.param(true),
        Field::StreamName.param(false),
        Field::VodTranscodeGroupId.param(true),
        Field::CycleDuration.param(false),
        Field::AutoCompose.param(false),
        Field::StorageLocation.param(false),
        Field::ComposeVodTranscodeGroupId.param(false),
        Field::OnDemand.param(false),
    ],
    paging: Paging::None,
    list_path: &[],
    ram_action: "live:AddLiveRecordVodConfig",
    ram_resource: RamResource::Domain,
    error_codes: &[
        "ConfigAlreadyExists",
        "CommomLiveRcordConfigExisted",
        "InvalidAutoCompose.Malformed",
        "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
        "InternalError",
        "InvalidRegion.Conflict",
        "InvalidStorage.NotFound",
        "InvalidTemplateGroupId.NotFound",
    ],
    changes_account: true,
    rate: Rate::PerMinute(1_000),
    short_name: Some("add"),
};

/// DescribeLiveRecordVodConfigs: a domain's record-to-VOD configs, paged.
pub const DESCRIBE_LIVE_RECORD_VOD_CONFIGS: Description = Description {
    action: "DescribeLiveRecordVodConfigs",
    product: Product::Live,
    method: Method::Post,
    params: &[
        REGION,
        Field::DomainName.param(true),
        Field::AppName.param(false),
        Field::StreamName.param(false),
        Field::PageNum.param(false),
        Field::PageSize.param(false),
    ],
    // `Total` is a string in this answer.
    paging: Paging::Pages {
        page: "PageNum",
        size: "PageSize",
        max_size: 100,
        total: "Total",
    },
    list_path: &["LiveRecordVodConfigs", "LiveRecordVodConfig"],
    ram_action: "live:DescribeLiveRecordVodConfigs",
    ram_resource: RamResource::Any,
    error_codes: &["MissingParameter", "InternalError"],
    changes_account: false,
    rate: Rate::PerMinute(1_000),
    short_name: Some("list"),
};

/// UpdateLiveRecordVodConfig: change a config (not its storage location).
pub const UPDATE_LIVE_RECORD_VOD_CONFIG: Description = Description {
    action: "UpdateLiveRecordVodConfig",
    product: Product::Live,
    method: Method::Post,
    params: &[
        REGION,
        Field::DomainName.param(true),
        Field::AppName.param(true),
        Field::StreamName.param(false),
        Field::VodTranscodeGroupId.param(false),
        Field::CycleDuration.param(false),
        Field::AutoCompose.param(false),
        Field::ComposeVodTranscodeGroupId.param(false),
        Field::OnDemand.param(false),
        Field::DelayTime.param(false),
    ],
    paging: Paging::None,
    list_path: &[],
    ram_action: "live:UpdateLiveRecordVodConfig",
    ram_resource: RamResource::Domain,
    error_codes: &[
        CONFIG_NOT_FOUND,
        "InvalidAutoCompose.Malformed",
        "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
        "InvalidTemplateGroupId.NotFound",
        "InternalError",
    ],
    changes_account: true,
    rate: Rate::PerMinute(1_000),
    short_name: Some("update"),
};

/// DeleteLiveRecordVodConfig: stop recording a domain/app/stream into VOD.
pub const DELETE_LIVE_RECORD_VOD_CONFIG: Description = Description {
    action: "DeleteLiveRecordVodConfig",
    product: Product::Live,
    method: Method::Post,
    params: &[
        REGION,
        Field::DomainName.param(true),
        Field::AppName.param(true),
        Field::StreamName.param(false),
    ],
    paging: Paging::None,
    list_path: &[],
    ram_action: "live:DeleteLiveRecordVodConfig",
    ram_resource: RamResource::Domain,
    error_codes: &[CONFIG_NOT_FOUND, "InternalError"],
    changes_account: true,
    rate: Rate::PerMinute(1_000),
    short_name: Some("delete"),
};

/// DescribeLiveUserDomains: the account's streaming (`liveVideo`) and ingest (`liveEdge`)
/// domains, with status and region.
pub const DESCRIBE_LIVE_USER_DOMAINS: Description = Description {
    action: "DescribeLiveUserDomains",
    product: Product::Live,
    method: Method::Post,
    params: &[
        Param::optional("LiveDomainType", Kind::choice(&["liveVideo", "liveEdge"])),
        Param::optional("DomainName", TEXT),
        Param::optional(
            "DomainSearchType",
            Kind::choice(&["fuzzy_match", "pre_match", "suf_match", "full_match"]),
        ),
        Param::optional(
            "DomainStatus",
            Kind::choice(&["online", "offline", "configuring"]),
        ),
        Param::optional("RegionName", TEXT),
        Param::optional("ResourceGroupId", TEXT),
        Param::optional("PageNumber", PAGE_NUMBER),
        Param::optional("PageSize", Kind::integer(1, 50, Some(20))),
    ],
    paging: Paging::Pages {
        page: "PageNumber",
        size: "PageSize",
        max_size: 50,
        total: "TotalCount",
    },
    list_path: &["Domains", "PageData"],
    ram_action: "live:DescribeLiveUserDomains",
    ram_resource: RamResource::Any,
    error_codes: &[],
    changes_account: false,
    rate: Rate::PerSecond(100),
    short_name: None,
};

/// DescribeLiveDomainDetail: one domain's type, status and region.
pub const DESCRIBE_LIVE_DOMAIN_DETAIL: Description = Description {
    action: "DescribeLiveDomainDetail",
    product: Product::Live,
    method: Method::Post,
    params: &[Param::required("DomainName", TEXT)],
    paging: Paging::None,
    list_path: &[],
    ram_action: "live:DescribeLiveDomainDetail",
    ram_resource: RamResource::Any,
    error_codes: &[DOMAIN_NOT_FOUND],
    changes_account: false,
    rate: Rate::PerSecond(50),
    short_name: None,
};

/// DescribeLiveDomainMapping (GET): which ingest domain feeds which streaming domain.
pub const DESCRIBE_LIVE_DOMAIN_MAPPING: Description = Description {
    action: "DescribeLiveDomainMapping",
    product: Product::Live,
    method: Method::Get,
    params: &[REGION, Param::required("DomainName", TEXT)],
    paging: Paging::None,
    list_path: &["LiveDomainModels", "LiveDomainModel"],
    ram_action: "live:DescribeLiveDomainMapping",
    ram_resource: RamResource::Any,
    error_codes: &[DOMAIN_NOT_FOUND],
    changes_account: false,
    rate: Rate::PerMinute(500),
    short_name: None,
};

/// DescribeLiveStreamsOnlineList: the streams being pushed to a domain now.
pub const DESCRIBE_LIVE_STREAMS_ONLINE_LIST: Description = Description {
    action: "DescribeLiveStreamsOnlineList",
    product: Product::Live,
    method: Method::Post,
    params: &[
        REGION,
        Param::required("DomainName", TEXT),
        Param::optional("AppName", TEXT),
        Param::optional("StreamName", TEXT),
        Param::optional("QueryType", QUERY_TYPE),
        Param::optional("StreamType", Kind::choice(&["all", "raw", "trans"])),
        Param::optional("OnlyStream", Kind::choice(&["yes", "no"])),
        Param::optional("PageNum", PAGE_NUMBER),
        Param::optional("PageSize", STREAM_PAGE_SIZE),
    ],
    paging: Paging::Pages {
        page: "PageNum",
        size: "PageSize",
        max_size: 3_000,
        total: "TotalNum",
    },
    list_path: &["OnlineInfo", "LiveStreamOnlineInfo"],
    ram_action: "live:DescribeLiveStreamsOnlineList",
    ram_resource: RamResource::Any,
    error_codes: &[DOMAIN_NOT_FOUND],
    changes_account: false,
    rate: Rate::PerMinute(10_000),
    short_name: None,
};

/// DescribeLiveStreamsPublishList: the ingest history of a domain (past apps and streams),
/// at most 30 days at a time. The request pages with `PageNumber`, the answer says `PageNum`.
pub const DESCRIBE_LIVE_STREAMS_PUBLISH_LIST: Description = Description {
    action: "DescribeLiveStreamsPublishList",
    product: Product::Live,
    method: Method::Post,
    params: &[
        REGION,
        Param::required("DomainName", TEXT),
        Param::required("StartTime", Kind::Time),
        Param::required("EndTime", Kind::Time),
        Param::optional("AppName", TEXT),
        Param::optional("StreamName", TEXT),
        Param::optional("QueryType", QUERY_TYPE),
        Param::optional("StreamType", Kind::choice(&["all", "trans"])),
        Param::optional(
            "OrderBy",
            Kind::choice(&[
                "stream_name_desc",
                "stream_name_asc",
                "publish_time_desc",
                "publish_time_asc",
            ]),
        ),
        Param::optional("PageNumber", PAGE_NUMBER),
        Param::optional("PageSize", STREAM_PAGE_SIZE),
    ],
    paging: Paging::Pages {
        page: "PageNumber",
        size: "PageSize",
        max_size: 3_000,
        total: "TotalNum",
    },
    list_path: &["PublishInfo", "LiveStreamPublishInfo"],
    ram_action: "live:DescribeLiveStreamsPublishList",
    ram_resource: RamResource::Any,
    error_codes: &[DOMAIN_NOT_FOUND],
    changes_account: false,
    rate: Rate::PerSecond(3),
    short_name: None,
};

/// DescribeLiveRecordConfig: a domain's general (OSS) recording configs; an app/stream cannot
/// record to both OSS and VOD.
pub const DESCRIBE_LIVE_RECORD_CONFIG: Description = Description {
    action: "DescribeLiveRecordConfig",
    product: Product::Live,
    method: Method::Post,
    params: &[
        Param::required("DomainName", TEXT),
        Param::optional("AppName", TEXT),
        Param::optional("StreamName", TEXT),
        Param::optional("PageNum", PAGE_NUMBER),
        Param::optional("PageSize", Kind::integer(5, 500, Some(10))),
        Param::optional("Order", Kind::choice(&["asc", "desc"])),
    ],
    paging: Paging::Pages {
        page: "PageNum",
        size: "PageSize",
        max_size: 500,
        total: "TotalNum",
    },
    list_path: &["LiveAppRecordList", "LiveAppRecord"],
    ram_action: "live:DescribeLiveRecordConfig",
    ram_resource: RamResource::Any,
    error_codes: &[DOMAIN_NOT_FOUND],
    changes_account: false,
    rate: Rate::PerMinute(1_000),
    short_name: None,
};

/// Every Live operation of the catalogue.
pub const ALL: &[&Description] = &[
    &ADD_LIVE_RECORD_VOD_CONFIG,
    &DESCRIBE_LIVE_RECORD_VOD_CONFIGS,
    &UPDATE_LIVE_RECORD_VOD_CONFIG,
    &DELETE_LIVE_RECORD_VOD_CONFIG,
    &DESCRIBE_LIVE_USER_DOMAINS,
    &DESCRIBE_LIVE_DOMAIN_DETAIL,
    &DESCRIBE_LIVE_DOMAIN_MAPPING,
    &DESCRIBE_LIVE_STREAMS_ONLINE_LIST,
    &DESCRIBE_LIVE_STREAMS_PUBLISH_LIST,
    &DESCRIBE_LIVE_RECORD_CONFIG,
];
