//! The answer of DescribeLiveRecordVodConfigs: a page of record-to-VOD configs, read
//! tolerantly (absent fields, numbers sent as strings, unknown extra fields).

use super::draft::FormDraft;
use super::field::Field;
use super::request::target_of;
use serde_json::Value;

/// One record-to-VOD config as the service describes it. Serialised with the API's names.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct RecordVodConfig {
    pub domain_name: String,
    pub app_name: String,
    /// Empty: the config applies to every stream of the app.
    pub stream_name: String,
    pub vod_transcode_group_id: String,
    pub cycle_duration: Option<i64>,
    pub auto_compose: String,
    pub compose_vod_transcode_group_id: String,
    pub storage_location: String,
    pub on_demand: Option<i64>,
    pub delay_time: Option<i64>,
    /// When it was created, UTC, ISO 8601.
    pub create_time: String,
    /// The fields the form has no field for (TranscodeTemplates, RecordFormatList, SpaceId,
    /// RecordContent, …), kept exactly as the service sent them: never dropped, and never sent
    /// back by an update, which changes only the fields it names.
    #[serde(flatten)]
    pub others: std::collections::BTreeMap<String, Value>,
}

/// The answer fields read into [`RecordVodConfig`]'s own fields.
const READ_FIELDS: [&str; 11] = [
    "DomainName",
    "AppName",
    "StreamName",
    "VodTranscodeGroupId",
    "CycleDuration",
    "AutoCompose",
    "ComposeVodTranscodeGroupId",
    "StorageLocation",
    "OnDemand",
    "DelayTime",
    "CreateTime",
];

/// The fields of a config that a request can carry, with where each is kept.
pub const CONFIG_FIELDS: [Field; 10] = [
    Field::DomainName,
    Field::AppName,
    Field::StreamName,
    Field::VodTranscodeGroupId,
    Field::CycleDuration,
    Field::AutoCompose,
    Field::ComposeVodTranscodeGroupId,
    Field::StorageLocation,
    Field::OnDemand,
    Field::DelayTime,
];

impl RecordVodConfig {
    /// The value of a request field, "" when unset.
    pub fn value(&self, field: Field) -> String {
        let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        match field {
            Field::DomainName => self.domain_name.clone(),
            Field::AppName => self.app_name.clone(),
            Field::StreamName => self.stream_name.clone(),
            Field::VodTranscodeGroupId => self.vod_transcode_group_id.clone(),
            Field::CycleDuration => number(self.cycle_duration),
            Field::AutoCompose => self.auto_compose.clone(),
            Field::ComposeVodTranscodeGroupId => self.compose_vod_transcode_group_id.clone(),
            Field::StorageLocation => self.storage_location.clone(),
            Field::OnDemand => number(self.on_demand),
            Field::DelayTime => number(self.delay_time),
            Field::RegionId | Field::PageNum | Field::PageSize => String::new(),
        }
    }

    /// The config as a form (for Edit, Add like this and Restore), in `region_id`.
    pub fn draft(&self, region_id: Option<&str>) -> FormDraft {
        let mut draft = FormDraft::default();
        if let Some(region) = region_id {
            draft.set(Field::RegionId, region);
        }
        for field in CONFIG_FIELDS {
            draft.set(field, self.value(field));
        }
        draft
    }

    /// "live.example.com/app/stream", `*` for every stream.
    pub fn target(&self) -> String {
        target_of(
            &self.domain_name,
            Some(&self.app_name),
            Some(&self.stream_name),
        )
    }
}

/// One page of a domain's configs.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ConfigPage {
    /// The page number, from 1.
    pub page_num: u64,
    /// Configs per page.
    pub page_size: u64,
    /// How many configs match, over all pages.
    pub total: u64,
    /// This page's configs.
    pub configs: Vec<RecordVodConfig>,
}

impl ConfigPage {
    /// Reads a DescribeLiveRecordVodConfigs answer; `None` when it is not one.
    pub fn parse(body: &str) -> Option<ConfigPage> {
        let v: Value = serde_json::from_str(body).ok()?;
        let list = v
            .get("LiveRecordVodConfigs")
            .and_then(|c| c.get("LiveRecordVodConfig"));
        let configs = match list {
            Some(Value::Array(items)) => items.iter().map(parse_config).collect(),
            Some(one @ Value::Object(_)) => vec![parse_config(one)],
            _ => Vec::new(),
        };
        let count = |key: &str| number(v.get(key)).and_then(|n| u64::try_from(n).ok());
        Some(ConfigPage {
            page_num: count("PageNum").unwrap_or(1),
            page_size: count("PageSize").unwrap_or(configs.len() as u64),
            total: count("Total").unwrap_or(configs.len() as u64),
            configs,
        })
    }

    /// How many pages there are.
    pub fn page_count(&self) -> u64 {
        self.total.div_ceil(self.page_size.max(1)).max(1)
    }
}

/// A number sent as a number or as a string.
fn number(v: Option<&Value>) -> Option<i64> {
    match v? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn parse_config(v: &Value) -> RecordVodConfig {
    RecordVodConfig {
        domain_name: text(v.get("DomainName")),
        app_name: text(v.get("AppName")),
        stream_name: text(v.get("StreamName")),
        vod_transcode_group_id: text(v.get("VodTranscodeGroupId")),
        cycle_duration: number(v.get("CycleDuration")),
        auto_compose: text(v.get("AutoCompose")),
        compose_vod_transcode_group_id: text(v.get("ComposeVodTranscodeGroupId")),
        storage_location: text(v.get("StorageLocation")),
        on_demand: number(v.get("OnDemand")),
        delay_time: number(v.get("DelayTime")),
        create_time: text(v.get("CreateTime")),
        others: v
            .as_object()
            .map(|fields| {
                fields
                    .iter()
                    .filter(|(name, _)| !READ_FIELDS.contains(&name.as_str()))
                    .map(|(name, value)| (name.clone(), value.clone()))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_sent_as_strings_and_ignores_extras() {
        let body = r#"{"RequestId":"r","PageNum":1,"PageSize":"10","Total":"2",
            "LiveRecordVodConfigs":{"LiveRecordVodConfig":[
              {"DomainName":"d.com","AppName":"a","StreamName":"s","CycleDuration":"3600",
               "OnDemand":0,"CreateTime":"2026-11-25T10:00:00Z","Unknown":true},
              {"DomainName":"d.com","AppName":"b"}]}}"#;
        let page = ConfigPage::parse(body).expect("page");
        assert_eq!((page.page_num, page.page_size, page.total), (1, 10, 2));
        assert_eq!(page.configs[0].cycle_duration, Some(3600));
        assert_eq!(page.configs[0].on_demand, Some(0));
        assert_eq!(page.configs[1].cycle_duration, None);
        assert_eq!(page.configs[1].target(), "d.com/b/*");
    }

    #[test]
    fn fields_the_form_lacks_are_kept_as_they_came() {
        let body = r#"{"LiveRecordVodConfigs":{"LiveRecordVodConfig":[
              {"DomainName":"d.com","AppName":"a","OnDemand":7,"TranscodeTemplates":"lld,lsd",
               "RecordFormatList":{"RecordFormat":[{"Format":"m3u8","SliceDuration":30}]}}]}}"#;
        let page = ConfigPage::parse(body).expect("page");
        let config = &page.configs[0];
        assert_eq!(config.on_demand, Some(7));
        assert_eq!(config.others["TranscodeTemplates"], "lld,lsd");
        assert_eq!(
            config.others["RecordFormatList"]["RecordFormat"][0]["SliceDuration"],
            30
        );
        assert!(!config.others.contains_key("DomainName"));
        let json = serde_json::to_value(config).expect("json");
        assert_eq!(json["TranscodeTemplates"], "lld,lsd", "{json}");
    }

    #[test]
    fn an_empty_answer_is_an_empty_page() {
        let page = ConfigPage::parse(r#"{"RequestId":"r"}"#).expect("page");
        assert!(page.configs.is_empty());
        assert_eq!(page.page_count(), 1);
        assert!(ConfigPage::parse("not json").is_none());
    }

    #[test]
    fn a_config_round_trips_through_a_draft() {
        let c = RecordVodConfig {
            domain_name: "d.com".into(),
            app_name: "a".into(),
            vod_transcode_group_id: "g".into(),
            cycle_duration: Some(600),
            ..Default::default()
        };
        let draft = c.draft(Some("cn-shanghai"));
        assert_eq!(draft.get(Field::CycleDuration), "600");
        assert_eq!(draft.get(Field::RegionId), "cn-shanghai");
        assert_eq!(draft.get(Field::StreamName), "");
    }
}
