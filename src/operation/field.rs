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

pub use super::catalog::NumberRule;
use super::catalog::{Kind, Param};

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
    pub const fn api_name(self) -> &'static str {
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
    pub fn label(self) -> String {
        match self {
            Field::RegionId => crate::t!("field-region-id-label"),
            Field::DomainName => crate::t!("field-domain-name-label"),
            Field::AppName => crate::t!("field-app-name-label"),
            Field::StreamName => crate::t!("field-stream-name-label"),
            Field::VodTranscodeGroupId => crate::t!("field-vod-transcode-group-id-label"),
            Field::CycleDuration => crate::t!("field-cycle-duration-label"),
            Field::AutoCompose => crate::t!("field-auto-compose-label"),
            Field::StorageLocation => crate::t!("field-storage-location-label"),
            Field::ComposeVodTranscodeGroupId => {
                crate::t!("field-compose-vod-transcode-group-id-label")
            }
            Field::OnDemand => crate::t!("field-on-demand-label"),
            Field::DelayTime => crate::t!("field-delay-time-label"),
            Field::PageNum => crate::t!("field-page-num-label"),
            Field::PageSize => crate::t!("field-page-size-label"),
        }
    }

    /// The help text from the reference pages.
    pub fn help(self) -> String {
        match self {
            Field::RegionId => crate::t!("field-region-id-help"),
            Field::DomainName => crate::t!("field-domain-name-help"),
            Field::AppName => crate::t!("field-app-name-help"),
            Field::StreamName => crate::t!("field-stream-name-help"),
            Field::VodTranscodeGroupId => crate::t!("field-vod-transcode-group-id-help"),
            Field::CycleDuration => crate::t!("field-cycle-duration-help"),
            Field::AutoCompose => crate::t!("field-auto-compose-help"),
            Field::StorageLocation => crate::t!("field-storage-location-help"),
            Field::ComposeVodTranscodeGroupId => {
                crate::t!("field-compose-vod-transcode-group-id-help")
            }
            Field::OnDemand => crate::t!("field-on-demand-help"),
            Field::DelayTime => crate::t!("field-delay-time-help"),
            Field::PageNum => crate::t!("field-page-num-help"),
            Field::PageSize => crate::t!("field-page-size-help"),
        }
    }

    /// Placeholder text shown in an empty field.
    pub fn hint(self) -> String {
        match self {
            Field::RegionId => crate::t!("field-region-id-hint"),
            Field::DomainName => crate::t!("field-domain-name-hint"),
            Field::AppName => crate::t!("field-app-name-hint"),
            Field::StreamName => crate::t!("field-stream-name-hint"),
            Field::VodTranscodeGroupId => crate::t!("field-vod-transcode-group-id-hint"),
            Field::CycleDuration => crate::t!("field-cycle-duration-hint"),
            Field::StorageLocation => crate::t!("field-storage-location-hint"),
            Field::ComposeVodTranscodeGroupId => {
                crate::t!("field-compose-vod-transcode-group-id-hint")
            }
            Field::DelayTime => crate::t!("field-delay-time-hint"),
            Field::PageNum => crate::t!("field-page-num-hint"),
            Field::PageSize => crate::t!("field-page-size-hint"),
            Field::AutoCompose | Field::OnDemand => crate::t!("field-auto-compose-hint"),
        }
    }

    /// What values the field takes, the same in every operation that takes it.
    pub const fn kind(self) -> Kind {
        const fn seconds(min: i64, default: Option<i64>) -> Kind {
            Kind::Integer(NumberRule {
                min,
                max: Some(21_600),
                default,
                seconds: true,
            })
        }
        match self {
            Field::CycleDuration => seconds(300, Some(3_600)),
            Field::DelayTime => seconds(15, None),
            Field::PageNum => Kind::Integer(NumberRule {
                min: 1,
                max: None,
                default: Some(1),
                seconds: false,
            }),
            Field::PageSize => Kind::integer(5, 100, Some(10)),
            // 0 automatic, 1 on demand by HTTP callback, 2 by ingest parameter, 7 manual.
            Field::OnDemand => Kind::Choice {
                values: &["0", "1", "2", "7"],
                numeric: true,
            },
            Field::AutoCompose => Kind::choice(&["ON", "OFF"]),
            _ => Kind::Text,
        }
    }

    /// The field as an operation's request field (for the catalogue's descriptions).
    pub const fn param(self, required: bool) -> Param {
        Param {
            name: self.api_name(),
            kind: self.kind(),
            required,
        }
    }

    /// The range and default of a whole-number field; `None` for other fields.
    pub fn number_rule(self) -> Option<NumberRule> {
        self.kind().number_rule()
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
