//! Reads the profiles of an `aliyun` command-line configuration (`~/.aliyun/config.json`),
//! modes AK and StsToken, so they can be moved into the keyring.

use super::Secret;
use crate::t;
use std::path::{Path, PathBuf};

/// Largest config file read.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// One importable profile of the aliyun CLI.
#[derive(Debug, Clone)]
pub struct CliProfile {
    /// The profile's name there.
    pub name: String,
    /// AccessKey ID.
    pub access_key_id: String,
    /// AccessKey secret.
    pub access_key_secret: Secret,
    /// STS token (mode StsToken).
    pub security_token: Option<Secret>,
    /// Region.
    pub region: Option<String>,
}

/// What reading the config found: importable profiles, and the ones skipped with why.
#[derive(Debug, Default)]
pub struct CliConfig {
    /// AK and StsToken profiles.
    pub profiles: Vec<CliProfile>,
    /// (name, reason) of profiles that cannot be imported.
    pub skipped: Vec<(String, String)>,
}

/// The default config path, `~/.aliyun/config.json`.
pub fn default_path() -> Option<PathBuf> {
    dirs::home_dir().map(|h| h.join(".aliyun").join("config.json"))
}

#[derive(serde::Deserialize)]
struct RawConfig {
    #[serde(default)]
    profiles: Vec<RawProfile>,
}

#[derive(serde::Deserialize)]
struct RawProfile {
    #[serde(default)]
    name: String,
    #[serde(default)]
    mode: String,
    #[serde(default)]
    access_key_id: String,
    #[serde(default)]
    access_key_secret: String,
    #[serde(default)]
    sts_token: String,
    #[serde(default)]
    region_id: String,
}

/// Reads the config at `path`. Errors never contain a secret.
pub fn read(path: &Path) -> Result<CliConfig, String> {
    use std::io::Read;
    let file = std::fs::File::open(path)
        .map_err(|e| t!("m-aliyun-cli-cannot-open", path = path.display(), e = e))?;
    let mut bytes = Vec::new();
    file.take(MAX_CONFIG_BYTES)
        .read_to_end(&mut bytes)
        .map_err(|e| t!("m-aliyun-cli-cannot-read", path = path.display(), e = e))?;
    let raw: RawConfig = serde_json::from_slice(&bytes).map_err(|e| {
        t!(
            "m-aliyun-cli-is-not-an-aliyun-cli",
            path = path.display(),
            line = e.line(),
            column = e.column()
        )
    })?;
    let mut config = CliConfig::default();
    for p in raw.profiles {
        let sts = match p.mode.as_str() {
            "AK" => false,
            "StsToken" => true,
            other => {
                config.skipped.push((
                    p.name,
                    t!("m-aliyun-cli-mode-is-not-supported-only", other = other),
                ));
                continue;
            }
        };
        if p.access_key_id.trim().is_empty() || p.access_key_secret.trim().is_empty() {
            config
                .skipped
                .push((p.name, t!("m-aliyun-cli-it-has-no-accesskey-id")));
            continue;
        }
        // An STS key without its token is refused by the service; imported as a plain AK
        // profile it would fail at every call with a confusing answer.
        if sts && p.sts_token.trim().is_empty() {
            config
                .skipped
                .push((p.name, t!("m-aliyun-cli-sts-without-token")));
            continue;
        }
        config.profiles.push(CliProfile {
            name: p.name,
            access_key_id: p.access_key_id.trim().to_string(),
            access_key_secret: Secret::new(p.access_key_secret.trim()),
            security_token: sts.then(|| Secret::new(p.sts_token.trim())),
            region: Some(p.region_id.trim().to_string()).filter(|r| !r.is_empty()),
        });
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ak_and_sts_and_skips_others() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("config.json");
        std::fs::write(
            &path,
            r#"{"current":"default","profiles":[
              {"name":"default","mode":"AK","access_key_id":"LTAI5tAAAA0000000001","access_key_secret":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","region_id":"cn-hangzhou"},
              {"name":"tmp","mode":"StsToken","access_key_id":"STS.BBBB00000001","access_key_secret":"bbbb","sts_token":"tok","region_id":""},
              {"name":"role","mode":"RamRoleArn","access_key_id":"x","access_key_secret":"y"},
              {"name":"half","mode":"StsToken","access_key_id":"STS.CCCC00000001","access_key_secret":"cccc","sts_token":" "}]}"#,
        )
        .expect("write");
        let c = read(&path).expect("read");
        assert_eq!(c.profiles.len(), 2);
        assert_eq!(c.profiles[0].region.as_deref(), Some("cn-hangzhou"));
        assert!(c.profiles[1].security_token.is_some());
        assert_eq!(c.skipped.len(), 2);
        assert_eq!(
            c.skipped[1].0, "half",
            "an STS profile without its token is not imported"
        );
        assert!(c.skipped[1].1.contains("token"), "{}", c.skipped[1].1);
        let err = read(&dir.path().join("none.json")).expect_err("missing");
        assert!(err.contains("cannot open"));
    }
}
