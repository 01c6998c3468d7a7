//! Named profiles: the non-secret parts (name, AccessKey ID, region, the default) in
//! `profiles.json` under the data directory; the secret and STS token in the keyring.

use super::profile::{ENV_PROFILE, Profile, ProfileSource, SANDBOX_PROFILE};
use super::store::{SecretKind, SecretStore, StoreError};
use super::{Credentials, Guard, ProfileKind, Secret};
use crate::atomic_file::{FileError, write_atomically};
use std::path::{Path, PathBuf};

/// File of the profiles' non-secret parts.
pub const PROFILES_FILE: &str = "profiles.json";

/// What `ProfileBook::edit` changes: each `None` part is left as it is.
#[derive(Debug, Default)]
pub struct ProfileChange<'a> {
    /// A new AccessKey ID.
    pub access_key_id: Option<String>,
    /// A new default region ("" for none).
    pub region: Option<String>,
    /// A new AccessKey secret.
    pub secret: Option<&'a Secret>,
    /// A new STS token (`Some(None)` removes it).
    pub token: Option<Option<&'a Secret>>,
    /// A new kind.
    pub kind: Option<ProfileKind>,
    /// Read-only or not.
    pub read_only: Option<bool>,
}

/// The non-secret part of a saved profile.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProfileMeta {
    /// The profile's name.
    pub name: String,
    /// AccessKey ID (not a secret).
    pub access_key_id: String,
    /// Default region for this profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Whether an STS security token is stored with it.
    #[serde(default)]
    pub sts: bool,
    /// The account ID found by the last credentials check (fills RAM policies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// What account it reaches; none (saved before kinds existed): a test one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ProfileKind>,
    /// It may list, look and plan, but change nothing.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub read_only: bool,
}

impl ProfileMeta {
    /// Its guard (a missing kind is a test account's).
    pub fn guard(&self) -> Guard {
        Guard {
            kind: self.kind.unwrap_or_default(),
            read_only: self.read_only,
        }
    }
}

#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
struct ProfilesFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    default: Option<String>,
    #[serde(default)]
    profiles: Vec<ProfileMeta>,
}

/// Why a profile operation failed.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// No saved profile has this name.
    #[error("{}", crate::t!("err-profile-not-found", name = .0.to_string()))]
    NotFound(String),
    /// The name is taken.
    #[error("{}", crate::t!("err-book-a-profile-named-already-exists", value = .0.to_string()))]
    Exists(String),
    /// The name belongs to a built-in profile.
    #[error("{}", crate::t!("err-book-is-a-built-in-profile", value = .0.to_string()))]
    Reserved(String),
    /// The region is not shaped like a region ID (it would become part of a host name).
    #[error("{}", crate::t!("err-book-a-region-is-not-shaped", region = .0.to_string()))]
    BadRegion(String),
    /// The name cannot be used.
    #[error("{}", crate::t!("err-book-a-profile-name-must-be"))]
    InvalidName,
    /// The keyring has no secret for a saved profile.
    #[error("{}", crate::t!("err-book-the-keyring-holds-no-secret", value = .0.to_string()))]
    MissingSecret(String),
    /// The keyring could not be used.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// `profiles.json` could not be read or written.
    #[error(transparent)]
    File(#[from] FileError),
    /// `profiles.json` is not readable.
    #[error("{}", crate::t!("err-book-is-damaged-it-was-left", path = .path, reason = .reason.to_string()))]
    Damaged { path: PathBuf, reason: String },
}

/// The saved profiles and the keyring holding their secrets.
#[derive(Debug)]
pub struct ProfileBook {
    path: PathBuf,
    secrets: SecretStore,
    file: ProfilesFile,
}

/// A profile's region, checked where it enters (it becomes part of the endpoint's host name):
/// `None` when empty.
fn valid_region(region: Option<String>) -> Result<Option<String>, ProfileError> {
    let Some(region) = region
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty())
    else {
        return Ok(None);
    };
    if crate::operation::regions::has_region_shape(&region) {
        Ok(Some(region))
    } else {
        Err(ProfileError::BadRegion(region))
    }
}

fn valid_name(name: &str) -> Result<String, ProfileError> {
    let name = name.trim();
    if name == SANDBOX_PROFILE || name == ENV_PROFILE {
        return Err(ProfileError::Reserved(name.to_string()));
    }
    let ok = (1..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(name.to_string())
    } else {
        Err(ProfileError::InvalidName)
    }
}

impl ProfileBook {
    /// Reads the profiles of `data_dir` (none yet is fine).
    pub fn open(data_dir: &Path, secrets: SecretStore) -> Result<ProfileBook, ProfileError> {
        let path = data_dir.join(PROFILES_FILE);
        let file = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| ProfileError::Damaged {
                path: path.clone(),
                reason: e.to_string(),
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => ProfilesFile::default(),
            Err(e) => return Err(FileError::from_io(&path, e).into()),
        };
        Ok(ProfileBook {
            path,
            secrets,
            file,
        })
    }

    /// The keyring in use.
    pub fn secrets(&self) -> &SecretStore {
        &self.secrets
    }

    /// The saved profiles.
    pub fn list(&self) -> &[ProfileMeta] {
        &self.file.profiles
    }

    /// The default profile's name (the sandbox when none was chosen).
    pub fn default_name(&self) -> &str {
        self.file.default.as_deref().unwrap_or(SANDBOX_PROFILE)
    }

    fn find(&self, name: &str) -> Option<&ProfileMeta> {
        self.file.profiles.iter().find(|p| p.name == name.trim())
    }

    fn save(&self) -> Result<(), ProfileError> {
        let text = serde_json::to_string_pretty(&self.file).unwrap_or_default();
        write_atomically(&self.path, text.as_bytes())?;
        Ok(())
    }

    /// Adds a profile: secrets to the keyring first, then the file.
    pub fn add(
        &mut self,
        meta: ProfileMeta,
        secret: &Secret,
        token: Option<&Secret>,
    ) -> Result<(), ProfileError> {
        let name = valid_name(&meta.name)?;
        let region = valid_region(meta.region)?;
        if self.find(&name).is_some() {
            return Err(ProfileError::Exists(name));
        }
        self.secrets
            .set(&name, SecretKind::AccessKeySecret, secret)?;
        match token {
            Some(t) => self.secrets.set(&name, SecretKind::SecurityToken, t)?,
            None => self.secrets.delete(&name, SecretKind::SecurityToken)?,
        }
        self.file.profiles.push(ProfileMeta {
            name,
            access_key_id: meta.access_key_id.trim().to_string(),
            region,
            sts: token.is_some(),
            account_id: None,
            kind: Some(meta.kind.unwrap_or_default()),
            read_only: meta.read_only,
        });
        self.save()
    }

    /// Changes a profile; a `None` part is left as it is.
    pub fn edit(&mut self, name: &str, change: ProfileChange<'_>) -> Result<(), ProfileError> {
        let Some(index) = self
            .file
            .profiles
            .iter()
            .position(|p| p.name == name.trim())
        else {
            return Err(ProfileError::NotFound(name.trim().to_string()));
        };
        let ProfileChange {
            access_key_id,
            region,
            secret,
            token,
            kind,
            read_only,
        } = change;
        let name = name.trim().to_string();
        let region = region.map(|r| valid_region(Some(r))).transpose()?;
        if let Some(secret) = secret {
            self.secrets
                .set(&name, SecretKind::AccessKeySecret, secret)?;
        }
        if let Some(token) = token {
            match token {
                Some(t) => self.secrets.set(&name, SecretKind::SecurityToken, t)?,
                None => self.secrets.delete(&name, SecretKind::SecurityToken)?,
            }
        }
        if let Some(meta) = self.file.profiles.get_mut(index) {
            if let Some(id) = access_key_id {
                meta.access_key_id = id.trim().to_string();
            }
            if let Some(region) = region {
                meta.region = region;
            }
            if let Some(token) = token {
                meta.sts = token.is_some();
            }
            if let Some(kind) = kind {
                meta.kind = Some(kind);
            }
            if let Some(read_only) = read_only {
                meta.read_only = read_only;
            }
        }
        self.save()
    }

    /// Removes a profile and its keyring entries.
    pub fn remove(&mut self, name: &str) -> Result<(), ProfileError> {
        let name = name.trim();
        if self.find(name).is_none() {
            return Err(ProfileError::NotFound(name.to_string()));
        }
        self.secrets.delete(name, SecretKind::AccessKeySecret)?;
        self.secrets.delete(name, SecretKind::SecurityToken)?;
        self.file.profiles.retain(|p| p.name != name);
        if self.file.default.as_deref() == Some(name) {
            self.file.default = None;
        }
        self.save()
    }

    /// Renames a profile, moving its keyring entries (new ones are written before old ones go).
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), ProfileError> {
        let from = from.trim().to_string();
        let to = valid_name(to)?;
        if self.find(&to).is_some() {
            return Err(ProfileError::Exists(to));
        }
        let Some(index) = self.file.profiles.iter().position(|p| p.name == from) else {
            return Err(ProfileError::NotFound(from));
        };
        for kind in [SecretKind::AccessKeySecret, SecretKind::SecurityToken] {
            if let Some(secret) = self.secrets.get(&from, kind)? {
                self.secrets.set(&to, kind, &secret)?;
            }
        }
        if let Some(meta) = self.file.profiles.get_mut(index) {
            meta.name = to.clone();
        }
        if self.file.default.as_deref() == Some(from.as_str()) {
            self.file.default = Some(to);
        }
        self.save()?;
        self.secrets.delete(&from, SecretKind::AccessKeySecret)?;
        self.secrets.delete(&from, SecretKind::SecurityToken)?;
        Ok(())
    }

    /// Remembers the account ID a credentials check found for a saved profile.
    pub fn remember_account(&mut self, name: &str, account_id: &str) -> Result<(), ProfileError> {
        let Some(meta) = self
            .file
            .profiles
            .iter_mut()
            .find(|p| p.name == name.trim())
        else {
            return Ok(());
        };
        if meta.account_id.as_deref() == Some(account_id) {
            return Ok(());
        }
        meta.account_id = Some(account_id.to_string()).filter(|a| !a.is_empty());
        self.save()
    }

    /// The account ID remembered for a saved profile.
    pub fn account_id(&self, name: &str) -> Option<String> {
        self.find(name).and_then(|m| m.account_id.clone())
    }

    /// Imports the aliyun CLI profiles named in `only` (all when empty) into the keyring.
    /// Returns the names imported and, for the others, why not.
    pub fn import_cli(
        &mut self,
        config: &super::aliyun_cli::CliConfig,
        only: &[String],
    ) -> (Vec<String>, Vec<(String, String)>) {
        let mut imported = Vec::new();
        let mut skipped = config.skipped.clone();
        for p in config
            .profiles
            .iter()
            .filter(|p| only.is_empty() || only.contains(&p.name))
        {
            let meta = ProfileMeta {
                name: p.name.clone(),
                access_key_id: p.access_key_id.clone(),
                region: p.region.clone(),
                sts: p.security_token.is_some(),
                account_id: None,
                // An imported profile is a test account's until the user says otherwise.
                kind: Some(ProfileKind::Test),
                read_only: false,
            };
            match self.add(meta, &p.access_key_secret, p.security_token.as_ref()) {
                Ok(()) => imported.push(p.name.clone()),
                Err(e) => skipped.push((p.name.clone(), e.to_string())),
            }
        }
        (imported, skipped)
    }

    /// Makes `name` the default (a saved profile, `sandbox` or `env`).
    pub fn set_default(&mut self, name: &str) -> Result<(), ProfileError> {
        let name = name.trim();
        let known = name == SANDBOX_PROFILE || name == ENV_PROFILE || self.find(name).is_some();
        if !known {
            return Err(ProfileError::NotFound(name.to_string()));
        }
        self.file.default = Some(name.to_string());
        self.save()
    }

    /// A saved profile with its secrets read from the keyring.
    pub fn load(&self, name: &str) -> Result<Profile, ProfileError> {
        let meta = self
            .find(name)
            .ok_or_else(|| ProfileError::NotFound(name.trim().to_string()))?;
        let secret = self
            .secrets
            .get(&meta.name, SecretKind::AccessKeySecret)?
            .ok_or_else(|| ProfileError::MissingSecret(meta.name.clone()))?;
        let token = if meta.sts {
            self.secrets.get(&meta.name, SecretKind::SecurityToken)?
        } else {
            None
        };
        Ok(Profile {
            name: meta.name.clone(),
            credentials: Credentials {
                access_key_id: meta.access_key_id.clone(),
                access_key_secret: secret,
                security_token: token,
            },
            source: ProfileSource::Keyring {
                region: meta.region.clone(),
            },
            guard: meta.guard(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(name: &str) -> ProfileMeta {
        ProfileMeta {
            name: name.into(),
            access_key_id: "LTAI5tTestKey000001".into(),
            region: Some("cn-beijing".into()),
            sts: false,
            account_id: None,
            kind: None,
            read_only: false,
        }
    }

    #[test]
    fn a_region_that_is_not_a_region_id_is_refused_where_it_enters() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut book = ProfileBook::open(dir.path(), SecretStore::in_memory()).expect("book");
        let secret = Secret::new("s3cret".to_string());
        let meta = |region: &str| ProfileMeta {
            name: "work".into(),
            access_key_id: "LTAI5tExampleExample01".into(),
            region: Some(region.into()),
            sts: false,
            account_id: None,
            kind: Some(ProfileKind::Test),
            read_only: false,
        };
        assert!(matches!(
            book.add(meta("evil.example.net/"), &secret, None),
            Err(ProfileError::BadRegion(_))
        ));
        book.add(meta("cn-beijing"), &secret, None)
            .expect("a region");
        assert!(matches!(
            book.edit(
                "work",
                ProfileChange {
                    region: Some("a b".into()),
                    ..ProfileChange::default()
                }
            ),
            Err(ProfileError::BadRegion(_))
        ));
        assert_eq!(book.list()[0].region.as_deref(), Some("cn-beijing"));
    }

    #[test]
    fn a_kind_and_read_only_are_kept_and_a_profile_without_a_kind_is_a_test_one() {
        let dir = tempfile::tempdir().expect("tempdir");
        let secrets = SecretStore::in_memory();
        let mut book = ProfileBook::open(dir.path(), secrets.clone()).expect("open");
        let s = Secret::new("secret-value-123456789012345");
        book.add(meta("old"), &s, None).expect("add");
        assert_eq!(
            book.load("old").expect("load").guard.kind,
            ProfileKind::Test
        );
        let mut prod = meta("prod");
        prod.kind = Some(ProfileKind::Production);
        prod.read_only = true;
        book.add(prod, &s, None).expect("add");
        let book = ProfileBook::open(dir.path(), secrets.clone()).expect("reopen");
        let guard = book.load("prod").expect("load").guard;
        assert_eq!(guard.kind, ProfileKind::Production);
        assert!(guard.read_only);
        let mut book = book;
        book.edit(
            "prod",
            ProfileChange {
                read_only: Some(false),
                ..ProfileChange::default()
            },
        )
        .expect("edit");
        assert!(!book.load("prod").expect("load").guard.read_only);
        assert_eq!(
            book.load("prod").expect("load").guard.kind,
            ProfileKind::Production
        );
        // A file written before kinds existed reads as test, not read-only.
        let old: ProfileMeta =
            serde_json::from_str(r#"{"name":"x","access_key_id":"LTAI5tTestKey000001"}"#)
                .expect("old file");
        assert_eq!(old.guard(), Guard::default());
    }

    #[test]
    fn add_load_default_remove() {
        let dir = tempfile::tempdir().expect("tempdir");
        let secrets = SecretStore::in_memory();
        let mut book = ProfileBook::open(dir.path(), secrets.clone()).expect("open");
        book.add(
            meta("work"),
            &Secret::new("secret-value-123456789012345"),
            None,
        )
        .expect("add");
        book.set_default("work").expect("default");
        let book = ProfileBook::open(dir.path(), secrets.clone()).expect("reopen");
        assert_eq!(book.default_name(), "work");
        let p = book.load("work").expect("load");
        assert_eq!(
            p.credentials.access_key_secret.expose(),
            "secret-value-123456789012345"
        );
        let on_disk = std::fs::read_to_string(dir.path().join(PROFILES_FILE)).expect("file");
        assert!(!on_disk.contains("secret-value"), "{on_disk}");
        let mut book = book;
        book.rename("work", "office").expect("rename");
        assert_eq!(book.default_name(), "office");
        assert!(book.load("office").is_ok());
        assert!(matches!(
            secrets.get("work", SecretKind::AccessKeySecret),
            Ok(None)
        ));
        book.remove("office").expect("remove");
        assert_eq!(book.default_name(), SANDBOX_PROFILE);
        assert!(matches!(
            secrets.get("work", SecretKind::AccessKeySecret),
            Ok(None)
        ));
    }

    #[test]
    fn reserved_and_bad_names_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut book = ProfileBook::open(dir.path(), SecretStore::in_memory()).expect("open");
        let s = Secret::new("x");
        assert!(matches!(
            book.add(meta("sandbox"), &s, None),
            Err(ProfileError::Reserved(_))
        ));
        assert!(matches!(
            book.add(meta("a b"), &s, None),
            Err(ProfileError::InvalidName)
        ));
        book.add(meta("a"), &s, None).expect("add");
        assert!(matches!(
            book.add(meta("a"), &s, None),
            Err(ProfileError::Exists(_))
        ));
    }
}
