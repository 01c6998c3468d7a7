//! The sandbox's fixed world and the record-to-VOD business rules, with state: add, list,
//! update and delete configs, checked in the order the service checks them.

use super::account::{self, DomainType};
use super::reply::ApiError;
use crate::operation::configs::RecordVodConfig;
use crate::operation::spec::CONFIG_NOT_FOUND;
use crate::operation::{Field, regions, rules};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// The "no transcoding" group, accepted in every region.
pub const NO_TRANSCODE_GROUP: &str = "VOD_NO_TRANSCODE";
/// Storage locations that exist in the sandbox, all in cn-shanghai.
pub const STORAGE_LOCATIONS: [&str; 1] = ["outin-sandbox.oss-cn-shanghai.aliyuncs.com"];
/// A domain/app that already has a general (OSS) recording config.
pub const COMMON_RECORD_CONFIG: (&str, &str) = ("recorded.sandbox.example.com", "live");
/// A domain for which the sandbox simulates a backend failure.
pub const INTERNAL_ERROR_DOMAIN: &str = "internal-error.sandbox.example.com";
/// A domain that is not in the sandbox's account (InvalidDomain.NotFound).
pub const MISSING_DOMAIN: &str = "missing.sandbox.example.com";

/// The lines describing the world, printed by `live-record-vod sandbox` and in the README.
pub fn describe() -> Vec<String> {
    use crate::t;
    let named: Vec<String> = account::domains()
        .iter()
        .filter(|d| d.kind == DomainType::Streaming && !d.name.starts_with("channel-"))
        .map(|d| format!("{} ({}, {})", d.name, d.region, d.status))
        .collect();
    let live: Vec<String> = account::STREAMS
        .iter()
        .filter(|(_, _, _, live)| *live)
        .map(|(domain, app, stream, _)| format!("{domain}/{app}/{stream}"))
        .collect();
    vec![
        t!(
            "world-domains",
            domains = named.join(", "),
            generated = account::generated_domains()
        ),
        t!(
            "world-ingest",
            ingest = account::INGEST_DOMAIN,
            domain = account::MAIN_DOMAIN
        ),
        t!(
            "world-no-vod",
            domain = account::NO_VOD_DOMAIN,
            region = account::domain(account::NO_VOD_DOMAIN).map_or("", |d| d.region)
        ),
        t!("world-streams", streams = live.join(", ")),
        t!("world-regions", region = regions::DEFAULT_REGION),
        t!("world-groups", groups = group_list()),
        t!("world-storage", locations = STORAGE_LOCATIONS.join(", ")),
        t!(
            "world-general-config",
            domain = COMMON_RECORD_CONFIG.0,
            app = COMMON_RECORD_CONFIG.1
        ),
        t!("world-internal-error", domain = INTERNAL_ERROR_DOMAIN),
        t!("world-missing-domain", domain = MISSING_DOMAIN),
        t!("world-missing-token"),
        t!("world-config-exists"),
        t!("world-config-not-found", code = CONFIG_NOT_FOUND),
    ]
}

/// "cn-shanghai: VOD_NO_TRANSCODE, sandbox-group; cn-beijing: …".
fn group_list() -> String {
    account::VOD_REGIONS
        .iter()
        .map(|(region, groups)| {
            let ids: Vec<&str> = groups.iter().map(|g| g.id).collect();
            format!("{region}: {}", ids.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

type Key = (String, String, String);

/// The record-to-VOD configs of the sandbox's account.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct World {
    configs: Vec<RecordVodConfig>,
}

/// The request's parameters, trimmed, empty ones absent.
struct Params<'a>(&'a BTreeMap<String, String>);

impl<'a> Params<'a> {
    fn get(&self, field: Field) -> Option<&'a str> {
        self.0
            .get(field.api_name())
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn required(&self, field: Field) -> Result<&'a str, ApiError> {
        self.get(field).ok_or_else(|| {
            let k = field.api_name();
            ApiError::new(400, "MissingParameter", format!("The input parameter \"{k}\" that is mandatory for processing this request is not supplied."))
        })
    }

    fn key(&self) -> Result<Key, ApiError> {
        let domain = self.domain()?;
        let app = self.required(Field::AppName)?.to_string();
        let stream = self.get(Field::StreamName).unwrap_or_default().to_string();
        Ok((domain, app, stream))
    }

    /// The streaming domain, lower case, checked against the world's special domains.
    fn domain(&self) -> Result<String, ApiError> {
        let domain = self.required(Field::DomainName)?.to_ascii_lowercase();
        match domain.as_str() {
            INTERNAL_ERROR_DOMAIN => Err(ApiError::new(
                500,
                "InternalError",
                "The request processing has failed due to backend service exception.",
            )),
            _ => match account::domain(&domain) {
                None => Err(ApiError::new(
                    400,
                    "InvalidDomain.NotFound",
                    "The domain provided does not belong to you.",
                )),
                Some(d) if d.kind == DomainType::Ingest => Err(ApiError::new(
                    403,
                    "IllegalOperation",
                    "Illegal domain operate is not permitted.",
                )),
                Some(_) => Ok(domain),
            },
        }
    }

    /// The region of the streaming domain's live center (after [`Params::domain`]).
    fn domain_region(&self) -> &'static str {
        self.get(Field::DomainName)
            .and_then(account::domain)
            .map_or(regions::DEFAULT_REGION, |d| d.region)
    }

    /// A whole number within the field's rule, or InvalidParameter.
    fn number(&self, field: Field) -> Result<Option<i64>, ApiError> {
        let Some(text) = self.get(field) else {
            return Ok(None);
        };
        let rule = field.number_rule();
        match (text.parse::<i64>(), rule) {
            (Ok(n), Some(r)) if n >= r.min && r.max.is_none_or(|max| n <= max) => Ok(Some(n)),
            _ => Err(ApiError::new(
                400,
                "InvalidParameter",
                format!("Specified parameter {} is not valid.", field.api_name()),
            )),
        }
    }
}

impl World {
    /// The configs, oldest first.
    pub fn configs(&self) -> &[RecordVodConfig] {
        &self.configs
    }

    /// How many configs exist.
    pub fn config_count(&self) -> usize {
        self.configs.len()
    }

    fn position(&self, key: &Key) -> Option<usize> {
        self.configs
            .iter()
            .position(|c| c.stream_name == key.2 && c.app_name == key.1 && c.domain_name == key.0)
    }

    /// Applies AddLiveRecordVodConfig with `params`; `now` is its CreateTime.
    pub fn add_config(
        &mut self,
        params: &BTreeMap<String, String>,
        now: &str,
    ) -> Result<(), ApiError> {
        let p = Params(params);
        let (domain, app, stream) = p.key()?;
        let group = p.required(Field::VodTranscodeGroupId)?.to_string();
        let region = p.get(Field::RegionId).unwrap_or(regions::DEFAULT_REGION);
        let cycle = p.number(Field::CycleDuration)?;
        let on_demand = on_demand(&p)?;
        let (auto_compose, compose_group) = compose_pair(&p)?;
        let storage = match p.get(Field::StorageLocation) {
            Some(location) => check_storage(&location.to_ascii_lowercase(), region)?,
            None => String::new(),
        };
        check_groups(p.domain_region(), [Some(group.as_str()), compose_group])?;
        if (domain.as_str(), app.as_str()) == COMMON_RECORD_CONFIG {
            return Err(ApiError::new(
                400,
                "CommomLiveRcordConfigExisted",
                "Commom liverecord config has already exist.",
            ));
        }
        let key = (domain, app, stream);
        if self.position(&key).is_some() {
            return Err(ApiError::new(
                400,
                "ConfigAlreadyExists",
                "Config has already exist.",
            ));
        }
        let (domain_name, app_name, stream_name) = key;
        self.configs.push(RecordVodConfig {
            domain_name,
            app_name,
            stream_name,
            vod_transcode_group_id: group,
            cycle_duration: Some(cycle.unwrap_or(3_600)),
            auto_compose: auto_compose.unwrap_or_default().to_string(),
            compose_vod_transcode_group_id: compose_group.unwrap_or_default().to_string(),
            storage_location: storage,
            on_demand: Some(on_demand.unwrap_or(0)),
            delay_time: None,
            create_time: now.to_string(),
            others: console_fields(params),
        });
        Ok(())
    }

    /// Applies UpdateLiveRecordVodConfig: changes only the fields given.
    pub fn update_config(&mut self, params: &BTreeMap<String, String>) -> Result<(), ApiError> {
        let p = Params(params);
        let key = p.key()?;
        let cycle = p.number(Field::CycleDuration)?;
        let delay = p.number(Field::DelayTime)?;
        let on_demand = on_demand(&p)?;
        let (auto_compose, compose_group) = compose_pair(&p)?;
        let group = p.get(Field::VodTranscodeGroupId);
        check_groups(p.domain_region(), [group, compose_group])?;
        let index = self.position(&key).ok_or_else(not_found)?;
        let Some(config) = self.configs.get_mut(index) else {
            return Err(not_found());
        };
        if let Some(group) = group {
            config.vod_transcode_group_id = group.to_string();
        }
        if cycle.is_some() {
            config.cycle_duration = cycle;
        }
        if delay.is_some() {
            config.delay_time = delay;
        }
        if on_demand.is_some() {
            config.on_demand = on_demand;
        }
        if let (Some(on), Some(group)) = (auto_compose, compose_group) {
            config.auto_compose = on.to_string();
            config.compose_vod_transcode_group_id = group.to_string();
        }
        Ok(())
    }

    /// Applies DeleteLiveRecordVodConfig.
    pub fn delete_config(&mut self, params: &BTreeMap<String, String>) -> Result<(), ApiError> {
        let key = Params(params).key()?;
        let index = self.position(&key).ok_or_else(not_found)?;
        self.configs.remove(index);
        Ok(())
    }

    /// Answers DescribeLiveRecordVodConfigs: one page of the domain's configs, oldest first.
    pub fn describe_configs(
        &self,
        params: &BTreeMap<String, String>,
        request_id: &str,
    ) -> Result<Value, ApiError> {
        let p = Params(params);
        let domain = p.domain()?;
        let page_num = p.number(Field::PageNum)?.unwrap_or(1);
        let page_size = p.number(Field::PageSize)?.unwrap_or(10);
        let (app, stream) = (p.get(Field::AppName), p.get(Field::StreamName));
        let matching: Vec<&RecordVodConfig> = self
            .configs
            .iter()
            .filter(|c| c.domain_name == domain)
            .filter(|c| app.is_none_or(|a| c.app_name == a))
            .filter(|c| stream.is_none_or(|s| c.stream_name == s))
            .collect();
        let skip = usize::try_from((page_num - 1).saturating_mul(page_size)).unwrap_or(usize::MAX);
        let take = usize::try_from(page_size).unwrap_or(0);
        let page: Vec<&RecordVodConfig> = matching.iter().skip(skip).take(take).copied().collect();
        Ok(json!({
            "RequestId": request_id,
            "PageNum": page_num,
            "PageSize": page_size,
            // The service sends Total as a string.
            "Total": matching.len().to_string(),
            "LiveRecordVodConfigs": { "LiveRecordVodConfig": page },
            "Sandbox": true,
        }))
    }
}

/// The Add fields the program's form does not offer but the console and the SDKs send
/// (TranscodeTemplates.N, RecordFormat.N.*, SpaceId, RecordContent), as Describe answers them:
/// TranscodeTemplates as one string, RecordFormat as RecordFormatList.RecordFormat[].
fn console_fields(params: &BTreeMap<String, String>) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    let templates: Vec<&str> = params
        .iter()
        .filter(|(k, _)| k.starts_with("TranscodeTemplates."))
        .map(|(_, v)| v.as_str())
        .collect();
    if !templates.is_empty() {
        out.insert("TranscodeTemplates".into(), json!(templates.join(",")));
    }
    let mut formats: BTreeMap<u32, serde_json::Map<String, Value>> = BTreeMap::new();
    for (key, value) in params {
        let Some((n, field)) = key
            .strip_prefix("RecordFormat.")
            .and_then(|rest| rest.split_once('.'))
        else {
            continue;
        };
        let Ok(n) = n.parse::<u32>() else { continue };
        let value = value
            .parse::<i64>()
            .map_or_else(|_| json!(value), |n| json!(n));
        formats
            .entry(n)
            .or_default()
            .insert(field.to_string(), value);
    }
    if !formats.is_empty() {
        let list: Vec<Value> = formats.into_values().map(Value::Object).collect();
        out.insert("RecordFormatList".into(), json!({ "RecordFormat": list }));
    }
    for name in ["SpaceId", "RecordContent"] {
        if let Some(value) = params.get(name).filter(|v| !v.trim().is_empty()) {
            out.insert(name.to_string(), json!(value));
        }
    }
    out
}

fn not_found() -> ApiError {
    ApiError::new(
        404,
        CONFIG_NOT_FOUND,
        "The specified config does not exist.",
    )
}

fn on_demand(p: &Params<'_>) -> Result<Option<i64>, ApiError> {
    match p.get(Field::OnDemand) {
        None => Ok(None),
        Some("0") => Ok(Some(0)),
        Some(mode @ ("1" | "2" | "7")) => Ok(mode.parse().ok()),
        Some(_) => Err(ApiError::new(
            400,
            "InvalidParameter",
            "Specified parameter OnDemand is not valid.",
        )),
    }
}

/// AutoCompose and its group: both empty or both set, AutoCompose only ON.
fn compose_pair<'a>(p: &Params<'a>) -> Result<(Option<&'a str>, Option<&'a str>), ApiError> {
    let auto_compose = p.get(Field::AutoCompose);
    if auto_compose.is_some_and(|v| v != rules::AUTO_COMPOSE_ON) {
        return Err(ApiError::new(
            400,
            "InvalidAutoCompose.Malformed",
            "Specified parameter AutoCompose is not valid.",
        ));
    }
    let compose_group = p.get(Field::ComposeVodTranscodeGroupId);
    if auto_compose.is_some() != compose_group.is_some() {
        return Err(ApiError::new(
            400,
            "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
            "Specified parameter AutoCompose and ComposeVodTranscodeGroupId is not valid, must both empty or input",
        ));
    }
    Ok((auto_compose, compose_group))
}

fn check_storage(location: &str, region: &str) -> Result<String, ApiError> {
    if rules::storage_region(location).is_some_and(|r| r != region) {
        return Err(ApiError::new(
            403,
            "InvalidRegion.Conflict",
            "Specified parameter StorageLocation and Region is not match",
        ));
    }
    if !STORAGE_LOCATIONS.contains(&location) {
        return Err(ApiError::new(
            404,
            "InvalidStorage.NotFound",
            "Specified parameter StorageLocation is not exist",
        ));
    }
    Ok(location.to_string())
}

/// Each group must be the no-transcoding one or exist in the domain's region.
fn check_groups(region: &str, ids: [Option<&str>; 2]) -> Result<(), ApiError> {
    let exists = |id: &str| {
        id == NO_TRANSCODE_GROUP
            || account::template_groups(region)
                .iter()
                .any(|group| group.id == id)
    };
    if ids.into_iter().flatten().any(|id| !exists(id)) {
        return Err(ApiError::new(
            404,
            "InvalidTemplateGroupId.NotFound",
            "Specified parameter vodTranscodeGroupId or composeVodTranscodeGroupId is not exist",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-11-25T10:00:00Z";

    fn params(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        let mut base: BTreeMap<String, String> = [
            ("RegionId", "cn-shanghai"),
            ("DomainName", "live.example.com"),
            ("AppName", "app"),
            ("VodTranscodeGroupId", "VOD_NO_TRANSCODE"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        for (k, v) in pairs {
            base.insert(k.to_string(), v.to_string());
        }
        base
    }

    fn code(pairs: &[(&str, &str)]) -> &'static str {
        World::default()
            .add_config(&params(pairs), NOW)
            .map(|_| "ok")
            .unwrap_or_else(|e| e.code)
    }

    #[test]
    fn every_documented_error_is_reachable() {
        assert_eq!(code(&[]), "ok");
        assert_eq!(
            code(&[("DomainName", INTERNAL_ERROR_DOMAIN)]),
            "InternalError"
        );
        assert_eq!(
            code(&[("AutoCompose", "on")]),
            "InvalidAutoCompose.Malformed"
        );
        assert_eq!(
            code(&[("AutoCompose", "ON")]),
            "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed"
        );
        assert_eq!(
            code(&[("StorageLocation", "x.oss-cn-beijing.aliyuncs.com")]),
            "InvalidRegion.Conflict"
        );
        assert_eq!(
            code(&[("StorageLocation", "nope.oss-cn-shanghai.aliyuncs.com")]),
            "InvalidStorage.NotFound"
        );
        assert_eq!(
            code(&[("VodTranscodeGroupId", "missing")]),
            "InvalidTemplateGroupId.NotFound"
        );
        assert_eq!(
            code(&[
                ("DomainName", COMMON_RECORD_CONFIG.0),
                ("AppName", COMMON_RECORD_CONFIG.1)
            ]),
            "CommomLiveRcordConfigExisted"
        );
        assert_eq!(code(&[("AppName", "")]), "MissingParameter");
        assert_eq!(
            code(&[("DomainName", MISSING_DOMAIN)]),
            "InvalidDomain.NotFound"
        );
        assert_eq!(code(&[("CycleDuration", "299")]), "InvalidParameter");
    }

    #[test]
    fn same_target_twice_is_config_already_exists() {
        let mut w = World::default();
        let p = params(&[("StreamName", "s")]);
        assert!(w.add_config(&p, NOW).is_ok());
        assert_eq!(
            w.add_config(&p, NOW).map_err(|e| e.code),
            Err("ConfigAlreadyExists")
        );
        assert!(
            w.add_config(&params(&[("StreamName", "other")]), NOW)
                .is_ok()
        );
        assert_eq!(w.config_count(), 2);
    }

    #[test]
    fn valid_storage_and_compose_succeed() {
        assert_eq!(
            code(&[
                ("StorageLocation", STORAGE_LOCATIONS[0]),
                ("AutoCompose", "ON"),
                ("ComposeVodTranscodeGroupId", "sandbox-group"),
                ("CycleDuration", "300"),
            ]),
            "ok"
        );
    }

    #[test]
    fn add_list_update_delete() {
        let mut w = World::default();
        w.add_config(&params(&[("StreamName", "s")]), NOW)
            .expect("added");
        let listed = w.describe_configs(&params(&[]), "r").expect("listed");
        assert_eq!(listed["Total"], "1");
        let config = &listed["LiveRecordVodConfigs"]["LiveRecordVodConfig"][0];
        assert_eq!(config["CycleDuration"], 3600);
        assert_eq!(config["CreateTime"], NOW);

        w.update_config(&params(&[("StreamName", "s"), ("CycleDuration", "600")]))
            .expect("updated");
        let listed = w.describe_configs(&params(&[]), "r").expect("listed");
        assert_eq!(
            listed["LiveRecordVodConfigs"]["LiveRecordVodConfig"][0]["CycleDuration"],
            600
        );
        assert_eq!(
            w.update_config(&params(&[("StreamName", "x")]))
                .map_err(|e| e.code),
            Err(CONFIG_NOT_FOUND)
        );
        w.delete_config(&params(&[("StreamName", "s")]))
            .expect("deleted");
        assert_eq!(w.config_count(), 0);
        assert_eq!(
            w.delete_config(&params(&[("StreamName", "s")]))
                .map_err(|e| e.code),
            Err(CONFIG_NOT_FOUND)
        );
    }

    #[test]
    fn describe_pages_and_checks_its_parameters() {
        let mut w = World::default();
        for i in 0..12 {
            w.add_config(&params(&[("StreamName", &format!("s{i}"))]), NOW)
                .expect("added");
        }
        let page2 = w
            .describe_configs(&params(&[("PageNum", "2"), ("PageSize", "5")]), "r")
            .expect("page");
        let items = page2["LiveRecordVodConfigs"]["LiveRecordVodConfig"]
            .as_array()
            .expect("array");
        assert_eq!(items.len(), 5);
        assert_eq!(items[0]["StreamName"], "s5");
        assert_eq!(page2["Total"], "12");
        let too_big = w.describe_configs(&params(&[("PageSize", "101")]), "r");
        assert_eq!(too_big.map_err(|e| e.code), Err("InvalidParameter"));
        let mut no_domain = params(&[]);
        no_domain.remove("DomainName");
        assert_eq!(
            w.describe_configs(&no_domain, "r").map_err(|e| e.code),
            Err("MissingParameter")
        );
    }
}
