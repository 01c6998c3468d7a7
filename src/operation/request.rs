//! The typed request: only built from a draft that passed validation.

use super::field::Field;

/// A valid AddLiveRecordVodConfig request. Build it with [`super::check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Region ID; `None` lets the service use its default.
    pub region_id: Option<String>,
    /// Streaming domain, lower case.
    pub domain_name: String,
    /// App name.
    pub app_name: String,
    /// Stream name; `None` applies the config to every stream of the app.
    pub stream_name: Option<String>,
    /// VOD transcoding template group ID.
    pub vod_transcode_group_id: String,
    /// Recording cycle in seconds; `None` means the service default (3600).
    pub cycle_duration_secs: Option<u32>,
    /// Merge the cycle files into one video after the stream ends.
    pub auto_compose: bool,
    /// Storage address.
    pub storage_location: Option<String>,
    /// Transcoding group of the composed video; set exactly when `auto_compose` is.
    pub compose_vod_transcode_group_id: Option<String>,
    /// On-demand recording flag (0 or 1).
    pub on_demand: Option<u8>,
}

impl Request {
    /// The API parameters to send, in reference-page order, unset ones left out.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::with_capacity(10);
        let mut push = |field: Field, value: Option<String>| {
            if let Some(v) = value {
                out.push((field.api_name(), v));
            }
        };
        push(Field::RegionId, self.region_id.clone());
        push(Field::DomainName, Some(self.domain_name.clone()));
        push(Field::AppName, Some(self.app_name.clone()));
        push(Field::StreamName, self.stream_name.clone());
        push(
            Field::VodTranscodeGroupId,
            Some(self.vod_transcode_group_id.clone()),
        );
        push(
            Field::CycleDuration,
            self.cycle_duration_secs.map(|s| s.to_string()),
        );
        push(
            Field::AutoCompose,
            self.auto_compose
                .then(|| super::rules::AUTO_COMPOSE_ON.to_string()),
        );
        push(Field::StorageLocation, self.storage_location.clone());
        push(
            Field::ComposeVodTranscodeGroupId,
            self.compose_vod_transcode_group_id.clone(),
        );
        push(Field::OnDemand, self.on_demand.map(|v| v.to_string()));
        out
    }

    /// "live.example.com/app/stream" (or ".../app/*" for every stream): what is being configured.
    pub fn target(&self) -> String {
        format!(
            "{}/{}/{}",
            self.domain_name,
            self.app_name,
            self.stream_name.as_deref().unwrap_or("*")
        )
    }
}
