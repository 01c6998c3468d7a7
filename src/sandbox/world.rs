//! The sandbox's fixed world and the operation's business rules, with state.

use super::reply::ApiError;
use crate::operation::{regions, rules};
use std::collections::{BTreeMap, HashSet};

/// VOD transcoding template groups that exist in the sandbox.
pub const TEMPLATE_GROUPS: [&str; 2] = ["VOD_NO_TRANSCODE", "sandbox-group"];
/// Storage locations that exist in the sandbox, all in cn-shanghai.
pub const STORAGE_LOCATIONS: [&str; 1] = ["outin-sandbox.oss-cn-shanghai.aliyuncs.com"];
/// A domain/app that already has a general (OSS) recording config.
pub const COMMON_RECORD_CONFIG: (&str, &str) = ("recorded.sandbox.example.com", "live");
/// A domain for which the sandbox simulates a backend failure.
pub const INTERNAL_ERROR_DOMAIN: &str = "internal-error.sandbox.example.com";

/// The lines describing the world, printed by `live-record-vod sandbox` and in the README.
pub fn describe() -> Vec<String> {
    vec![
        format!(
            "regions: every listed ApsaraVideo Live region; storage only in {}",
            regions::DEFAULT_REGION
        ),
        format!(
            "VOD transcoding template groups: {}",
            TEMPLATE_GROUPS.join(", ")
        ),
        format!("storage locations: {}", STORAGE_LOCATIONS.join(", ")),
        format!(
            "existing general recording config: domain {} app {} (CommomLiveRcordConfigExisted)",
            COMMON_RECORD_CONFIG.0, COMMON_RECORD_CONFIG.1
        ),
        format!("domain {INTERNAL_ERROR_DOMAIN} answers InternalError"),
        "the same DomainName/AppName/StreamName twice answers ConfigAlreadyExists".to_string(),
    ]
}

/// The record-to-VOD configs added so far.
#[derive(Debug, Default)]
pub struct World {
    configs: HashSet<(String, String, String)>,
}

impl World {
    /// How many configs were added.
    pub fn config_count(&self) -> usize {
        self.configs.len()
    }

    /// Applies AddLiveRecordVodConfig with `params`, in the order the service checks them.
    pub fn add_config(&mut self, params: &BTreeMap<String, String>) -> Result<(), ApiError> {
        let get = |k: &str| params.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
        let required = |k: &str| {
            get(k).ok_or_else(|| {
                ApiError::new(400, "MissingParameter", format!("The input parameter \"{k}\" that is mandatory for processing this request is not supplied."))
            })
        };
        let domain = required("DomainName")?.to_ascii_lowercase();
        let app = required("AppName")?.to_string();
        let group = required("VodTranscodeGroupId")?.to_string();
        let stream = get("StreamName").unwrap_or_default().to_string();
        let region = get("RegionId").unwrap_or(regions::DEFAULT_REGION);

        if domain == INTERNAL_ERROR_DOMAIN {
            return Err(ApiError::new(
                500,
                "InternalError",
                "The request processing has failed due to backend service exception.",
            ));
        }
        if let Some(cycle) = get("CycleDuration") {
            let valid = cycle
                .parse::<i64>()
                .is_ok_and(|c| (rules::CYCLE_MIN_SECS..=rules::CYCLE_MAX_SECS).contains(&c));
            if !valid {
                return Err(ApiError::new(
                    400,
                    "InvalidParameter",
                    "Specified parameter CycleDuration is not valid.",
                ));
            }
        }
        if get("OnDemand").is_some_and(|v| v != "0" && v != "1") {
            return Err(ApiError::new(
                400,
                "InvalidParameter",
                "Specified parameter OnDemand is not valid.",
            ));
        }
        let auto_compose = get("AutoCompose");
        if auto_compose.is_some_and(|v| v != rules::AUTO_COMPOSE_ON) {
            return Err(ApiError::new(
                400,
                "InvalidAutoCompose.Malformed",
                "Specified parameter AutoCompose is not valid.",
            ));
        }
        let compose_group = get("ComposeVodTranscodeGroupId");
        if auto_compose.is_some() != compose_group.is_some() {
            return Err(ApiError::new(
                400,
                "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
                "Specified parameter AutoCompose and ComposeVodTranscodeGroupId is not valid, must both empty or input",
            ));
        }
        if let Some(location) = get("StorageLocation") {
            let location = location.to_ascii_lowercase();
            let storage_region = rules::storage_region(&location);
            if storage_region.is_some_and(|r| r != region) {
                return Err(ApiError::new(
                    403,
                    "InvalidRegion.Conflict",
                    "Specified parameter StorageLocation and Region is not match",
                ));
            }
            if !STORAGE_LOCATIONS.contains(&location.as_str()) {
                return Err(ApiError::new(
                    404,
                    "InvalidStorage.NotFound",
                    "Specified parameter StorageLocation is not exist",
                ));
            }
        }
        for id in [Some(group.as_str()), compose_group].into_iter().flatten() {
            if !TEMPLATE_GROUPS.contains(&id) {
                return Err(ApiError::new(
                    404,
                    "InvalidTemplateGroupId.NotFound",
                    "Specified parameter vodTranscodeGroupId or composeVodTranscodeGroupId is not exist",
                ));
            }
        }
        if (domain.as_str(), app.as_str()) == COMMON_RECORD_CONFIG {
            return Err(ApiError::new(
                400,
                "CommomLiveRcordConfigExisted",
                "Commom liverecord config has already exist.",
            ));
        }
        if !self.configs.insert((domain, app, stream)) {
            return Err(ApiError::new(
                400,
                "ConfigAlreadyExists",
                "Config has already exist.",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            .add_config(&params(pairs))
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
    }

    #[test]
    fn same_target_twice_is_config_already_exists() {
        let mut w = World::default();
        let p = params(&[("StreamName", "s")]);
        assert!(w.add_config(&p).is_ok());
        assert_eq!(
            w.add_config(&p).map_err(|e| e.code),
            Err("ConfigAlreadyExists")
        );
        assert!(w.add_config(&params(&[("StreamName", "other")])).is_ok());
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
}
