//! The request parameters of the record-to-VOD operations, named exactly as the API names them,
//! with everything about a field that does not depend on the operation: label, help, hint and
//! its number rule. Each is written once, here.

use std::fmt;

/// One request parameter of the record-to-VOD operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    RegionId,
    DomainName,
    AppName,
    StreamName,
    VodTranscodeGroupId,
    CycleDuration,
    AutoCompose,
    StorageLocation,
    ComposeVodTranscodeGroupId,
    OnDemand,
    DelayTime,
    PageNum,
    PageSize,
}

/// A whole-number field's range and default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberRule {
    /// Smallest accepted value.
    pub min: i64,
    /// Largest accepted value, if bounded.
    pub max: Option<i64>,
    /// What the service uses when the field is left empty.
    pub default: Option<i64>,
    /// Whether the number is a duration in seconds (shown also as hours and minutes).
    pub seconds: bool,
}

impl Field {
    /// Every field, in the order the reference pages list them.
    pub const ALL: [Field; 13] = [
        Field::RegionId,
        Field::DomainName,
        Field::AppName,
        Field::StreamName,
        Field::VodTranscodeGroupId,
        Field::CycleDuration,
        Field::AutoCompose,
        Field::StorageLocation,
        Field::ComposeVodTranscodeGroupId,
        Field::OnDemand,
        Field::DelayTime,
        Field::PageNum,
        Field::PageSize,
    ];

    /// The parameter name as the API spells it.
    pub fn api_name(self) -> &'static str {
        match self {
            Field::RegionId => "RegionId",
            Field::DomainName => "DomainName",
            Field::AppName => "AppName",
            Field::StreamName => "StreamName",
            Field::VodTranscodeGroupId => "VodTranscodeGroupId",
            Field::CycleDuration => "CycleDuration",
            Field::AutoCompose => "AutoCompose",
            Field::StorageLocation => "StorageLocation",
            Field::ComposeVodTranscodeGroupId => "ComposeVodTranscodeGroupId",
            Field::OnDemand => "OnDemand",
            Field::DelayTime => "DelayTime",
            Field::PageNum => "PageNum",
            Field::PageSize => "PageSize",
        }
    }

    /// A short human label for forms and messages.
    pub fn label(self) -> &'static str {
        match self {
            Field::RegionId => "Region",
            Field::DomainName => "Streaming domain",
            Field::AppName => "App name",
            Field::StreamName => "Stream name",
            Field::VodTranscodeGroupId => "VOD transcoding group ID",
            Field::CycleDuration => "Cycle duration (s)",
            Field::AutoCompose => "Auto compose",
            Field::StorageLocation => "Storage location",
            Field::ComposeVodTranscodeGroupId => "Compose transcoding group ID",
            Field::OnDemand => "On-demand recording",
            Field::DelayTime => "Delay time (s)",
            Field::PageNum => "Page",
            Field::PageSize => "Page size",
        }
    }

    /// The help text from the reference pages.
    pub fn help(self) -> &'static str {
        match self {
            Field::RegionId => "The region ID, for example cn-shanghai.",
            Field::DomainName => {
                "The streaming domain. ApsaraVideo VOD must be activated in the same region as the live center of the streaming domain."
            }
            Field::AppName => {
                "The AppName of the live stream. View AppNames on the Stream Management page."
            }
            Field::StreamName => {
                "The name of the stream. Leave empty to record every stream of the app."
            }
            Field::VodTranscodeGroupId => {
                "The ID of the ApsaraVideo VOD transcoding template group, for example VOD_NO_TRANSCODE."
            }
            Field::CycleDuration => {
                "The recording duration for each file, in seconds: 300 to 21600. The default is 3600."
            }
            Field::AutoCompose => {
                "When ON, the files of a cyclical recording are merged into one video after the stream ends. Needs a compose transcoding group."
            }
            Field::StorageLocation => {
                "The storage address, for example xxxx.oss-cn-shanghai.aliyuncs.com. Its region must match the Region."
            }
            Field::ComposeVodTranscodeGroupId => {
                "The transcoding template group used for the single composed video. Needed when Auto compose is ON."
            }
            Field::OnDemand => {
                "0 (default): off. 1 is not supported for recording to VOD and is generally not used."
            }
            Field::DelayTime => {
                "How long to wait after the stream stops before the recording ends, in seconds: 15 to 21600."
            }
            Field::PageNum => "Which page of configs to show, from 1.",
            Field::PageSize => "How many configs a page holds: 5 to 100. The default is 10.",
        }
    }

    /// Placeholder text shown in an empty field.
    pub fn hint(self) -> &'static str {
        match self {
            Field::RegionId => "cn-shanghai",
            Field::DomainName => "live.example.com",
            Field::AppName => "live",
            Field::StreamName => "empty: every stream of the app",
            Field::VodTranscodeGroupId => "VOD_NO_TRANSCODE",
            Field::CycleDuration => "3600",
            Field::StorageLocation => "empty: the default storage",
            Field::ComposeVodTranscodeGroupId => "a VOD transcoding group ID",
            Field::DelayTime => "empty: the service default",
            Field::PageNum => "1",
            Field::PageSize => "10",
            Field::AutoCompose | Field::OnDemand => "",
        }
    }

    /// The range and default of a whole-number field; `None` for text fields.
    pub fn number_rule(self) -> Option<NumberRule> {
        let rule = |min, max, default, seconds| {
            Some(NumberRule {
                min,
                max,
                default,
                seconds,
            })
        };
        match self {
            Field::CycleDuration => rule(300, Some(21_600), Some(3_600), true),
            Field::DelayTime => rule(15, Some(21_600), None, true),
            Field::PageNum => rule(1, None, Some(1), false),
            Field::PageSize => rule(5, Some(100), Some(10), false),
            _ => None,
        }
    }

    /// Looks a field up by its API name, ignoring ASCII case.
    pub fn from_api_name(name: &str) -> Option<Field> {
        Field::ALL
            .into_iter()
            .find(|f| f.api_name().eq_ignore_ascii_case(name))
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.api_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_names_round_trip() {
        for field in Field::ALL {
            assert_eq!(Field::from_api_name(field.api_name()), Some(field));
        }
        assert_eq!(Field::from_api_name("domainname"), Some(Field::DomainName));
        assert_eq!(Field::from_api_name("Domain"), None);
    }

    #[test]
    fn number_rules_match_the_reference_pages() {
        let cycle = Field::CycleDuration.number_rule().expect("number");
        assert_eq!(
            (cycle.min, cycle.max, cycle.default),
            (300, Some(21_600), Some(3_600))
        );
        let size = Field::PageSize.number_rule().expect("number");
        assert_eq!((size.min, size.max, size.default), (5, Some(100), Some(10)));
        assert!(Field::AppName.number_rule().is_none());
    }
}
