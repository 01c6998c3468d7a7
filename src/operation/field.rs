//! The request parameters of AddLiveRecordVodConfig, named exactly as the API names them.

use std::fmt;

/// One request parameter of the operation.
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
}

impl Field {
    /// Every field, in the order the reference page lists them.
    pub const ALL: [Field; 10] = [
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
        }
    }

    /// Whether the API requires the field.
    pub fn required(self) -> bool {
        matches!(
            self,
            Field::DomainName | Field::AppName | Field::VodTranscodeGroupId
        )
    }

    /// The help text from the reference page.
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
}
