//! What was read of each profile's account, kept so the form's pick lists show at once and
//! work offline: `account-cache/<profile>.json` in the data directory (no secret: names, IDs
//! and regions only).

use super::error::StorageError;
use crate::atomic_file::write_atomically;
use crate::operation::account_check::DomainFacts;
use crate::operation::account_facts::AccountFacts;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The folder of the cache files under the data directory.
pub const CACHE_DIR: &str = "account-cache";

/// The cached account facts, one file per profile.
#[derive(Debug, Clone)]
pub struct AccountCache {
    dir: PathBuf,
}

impl AccountCache {
    /// The cache under `data_dir`.
    pub fn new(data_dir: &Path) -> AccountCache {
        AccountCache {
            dir: data_dir.join(CACHE_DIR),
        }
    }

    /// The cache's key for a profile, and the endpoint when a call names one (the sandbox's
    /// account is not the cloud's).
    pub fn key(profile: &str, endpoint: Option<&str>) -> String {
        match endpoint {
            Some(url) => format!("{profile} {url}"),
            None => profile.to_string(),
        }
    }

    /// A profile's file: named by a hash of the profile's name, which may hold any character.
    fn path(&self, profile: &str) -> PathBuf {
        let digest = Sha256::digest(profile.as_bytes());
        self.dir
            .join(format!("{}.json", hex::encode(&digest[..12])))
    }

    /// What was last read for `profile`; `None` when nothing was, or the file is unreadable
    /// (it is then only a cache: the next read replaces it).
    pub fn load(&self, profile: &str) -> Option<AccountFacts> {
        let path = self.path(profile);
        let (file, size) = crate::atomic_file::open_regular(&path).ok()?;
        if size > 16 << 20 {
            return None;
        }
        serde_json::from_reader(std::io::BufReader::new(file)).ok()
    }

    /// Adds what was read of one domain to `profile`'s cached facts (nothing when the account
    /// itself was never read: the details belong to that read).
    pub fn keep_details(&self, profile: &str, details: &DomainFacts) -> Result<(), StorageError> {
        let Some(mut facts) = self.load(profile) else {
            return Ok(());
        };
        facts
            .details
            .insert(details.domain.to_lowercase(), details.clone());
        self.save(profile, &facts)
    }

    /// Keeps `facts` as what was last read for `profile`.
    pub fn save(&self, profile: &str, facts: &AccountFacts) -> Result<(), StorageError> {
        let bytes =
            serde_json::to_vec_pretty(facts).map_err(|e| StorageError::Invalid(e.to_string()))?;
        write_atomically(&self.path(profile), &bytes).map_err(StorageError::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::account_facts::{AccountDomain, TemplateGroup};

    #[test]
    fn each_profile_keeps_its_own_facts_and_a_damaged_file_is_no_cache() {
        let dir = tempfile::tempdir().expect("tempdir");
        let cache = AccountCache::new(dir.path());
        assert_eq!(cache.load("prod"), None);
        let facts = AccountFacts {
            fetched_at_ms: 42,
            domains: Some(vec![AccountDomain {
                name: "live.example.com".into(),
                streaming: true,
                status: "online".into(),
                region: "cn-shanghai".into(),
            }]),
            groups: [(
                "cn-shanghai".to_string(),
                vec![TemplateGroup {
                    id: "g".into(),
                    name: "HD".into(),
                }],
            )]
            .into(),
            without_vod: vec!["ap-southeast-1".into()],
            details: Default::default(),
        };
        cache.save("prod/../../etc", &facts).expect("save");
        assert_eq!(cache.load("prod/../../etc"), Some(facts.clone()));

        // What the check reads of a domain joins the profile's facts; none without them.
        let details = DomainFacts {
            domain: "Live.example.com".into(),
            streams: Some(vec![("live".into(), "cam1".into())]),
            ..DomainFacts::default()
        };
        cache
            .keep_details("prod/../../etc", &details)
            .expect("keep");
        let kept = cache.load("prod/../../etc").expect("facts");
        assert_eq!(kept.details.get("live.example.com"), Some(&details));
        cache
            .keep_details("never-read", &details)
            .expect("nothing to join");
        assert_eq!(cache.load("never-read"), None);
        assert_eq!(
            cache.load("test"),
            None,
            "another profile's facts are its own"
        );
        let file = std::fs::read_dir(dir.path().join(CACHE_DIR))
            .expect("dir")
            .next()
            .expect("one file")
            .expect("entry")
            .path();
        std::fs::write(&file, b"{ damaged").expect("damage");
        assert_eq!(cache.load("prod/../../etc"), None);
    }
}
