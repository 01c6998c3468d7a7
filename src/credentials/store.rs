//! The secret store: the operating system's keyring (Secret Service, Keychain, Credential
//! Manager) through the `keyring` crate, or any keyring-core store (the in-memory mock in
//! tests). Every call has a deadline, so a missing or locked keyring never hangs the program,
//! and nothing ever falls back to writing secrets to disk.

use super::Secret;
use crate::t;
use keyring_core::{CredentialStore, Entry};
use std::sync::Arc;
use std::time::Duration;

/// Service name under which secrets are stored.
pub const SERVICE: &str = "live-record-vod";
/// Longest wait for the keyring, e.g. while it is locked or starting.
pub const STORE_DEADLINE: Duration = Duration::from_secs(5);

/// Which secret of a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    /// The AccessKey secret.
    AccessKeySecret,
    /// The STS security token.
    SecurityToken,
}

impl SecretKind {
    fn suffix(self) -> &'static str {
        match self {
            SecretKind::AccessKeySecret => "access-key-secret",
            SecretKind::SecurityToken => "security-token",
        }
    }
}

/// Why the keyring could not be used, in words that say how to fix it.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum StoreError {
    /// There is no keyring on this system (or no session to reach it).
    #[error("{0}")]
    Unavailable(String),
    /// The keyring did not answer in time (it may be locked and waiting for a password).
    #[error("{}", crate::t!("err-store-timeout", seconds = STORE_DEADLINE.as_secs()))]
    Timeout,
    /// The keyring refused or failed.
    #[error("{}", crate::t!("err-store-the-keyring-refused", value = .0.to_string()))]
    Failed(String),
}

/// The plain-words explanation of a missing keyring on this platform.
pub fn unavailable_help() -> String {
    if cfg!(target_os = "linux") {
        t!("m-store-no-keyring-is-available-saved")
    } else {
        t!("m-store-the-system-keyring-is-not")
    }
}

/// Where secrets go.
#[derive(Clone)]
pub struct SecretStore {
    /// `None`: the platform's keyring (through `keyring::Entry`).
    store: Option<Arc<CredentialStore>>,
}

impl std::fmt::Debug for SecretStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self.store {
            Some(_) => "SecretStore(custom)",
            None => "SecretStore(platform)",
        })
    }
}

enum AnyEntry {
    Platform(keyring::Entry),
    Core(Entry),
}

impl SecretStore {
    /// The operating system's keyring.
    pub fn platform() -> SecretStore {
        SecretStore { store: None }
    }

    /// An in-memory store (keyring-core's mock), for tests.
    pub fn in_memory() -> SecretStore {
        let store: Arc<CredentialStore> = match keyring_core::mock::Store::new() {
            Ok(s) => s,
            Err(_) => return SecretStore::platform(),
        };
        SecretStore { store: Some(store) }
    }

    /// Whether the store can be used, checked within the deadline.
    pub fn status(&self) -> Result<(), StoreError> {
        if self.store.is_some() {
            return Ok(());
        }
        with_deadline(|| match keyring::Entry::store_status() {
            Ok(()) => Ok(()),
            Err(_) => Err(StoreError::Unavailable(unavailable_help())),
        })
    }

    fn entry(&self, profile: &str, kind: SecretKind) -> Result<AnyEntry, StoreError> {
        let user = format!("{profile}:{}", kind.suffix());
        match &self.store {
            Some(store) => Entry::new_in_store(store, SERVICE, &user)
                .map(AnyEntry::Core)
                .map_err(classify),
            None => keyring::Entry::new(SERVICE, &user)
                .map(AnyEntry::Platform)
                .map_err(classify),
        }
    }

    /// Reads a secret; `None` when there is none.
    pub fn get(&self, profile: &str, kind: SecretKind) -> Result<Option<Secret>, StoreError> {
        let this = self.clone();
        let profile = profile.to_string();
        with_deadline(move || {
            let read = match this.entry(&profile, kind)? {
                AnyEntry::Platform(e) => e.get_password(),
                AnyEntry::Core(e) => e.get_password(),
            };
            match read {
                Ok(p) => Ok(Some(Secret::new(&p))),
                Err(keyring_core::Error::NoEntry) => Ok(None),
                Err(e) => Err(classify(e)),
            }
        })
    }

    /// Stores a secret, replacing any earlier one.
    pub fn set(&self, profile: &str, kind: SecretKind, secret: &Secret) -> Result<(), StoreError> {
        let this = self.clone();
        let profile = profile.to_string();
        let secret = secret.clone();
        with_deadline(move || {
            let written = match this.entry(&profile, kind)? {
                AnyEntry::Platform(e) => e.set_password(secret.expose()),
                AnyEntry::Core(e) => e.set_password(secret.expose()),
            };
            written.map_err(classify)
        })
    }

    /// Deletes a secret; a missing one is not an error.
    pub fn delete(&self, profile: &str, kind: SecretKind) -> Result<(), StoreError> {
        let this = self.clone();
        let profile = profile.to_string();
        with_deadline(move || {
            let deleted = match this.entry(&profile, kind)? {
                AnyEntry::Platform(e) => e.delete_credential(),
                AnyEntry::Core(e) => e.delete_credential(),
            };
            match deleted {
                Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
                Err(e) => Err(classify(e)),
            }
        })
    }
}

/// Turns a keyring error into words; never includes a secret (errors carry none).
fn classify(e: keyring_core::Error) -> StoreError {
    match e {
        keyring_core::Error::NoDefaultStore => StoreError::Unavailable(unavailable_help()),
        keyring_core::Error::NoStorageAccess(inner) => StoreError::Failed(t!(
            "m-store-the-keyring-is-locked-or",
            inner = inner.to_string()
        )),
        other => StoreError::Failed(other.to_string()),
    }
}

/// Runs `f` on its own thread and gives up after [`STORE_DEADLINE`].
fn with_deadline<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        tx.send(f()).ok();
    });
    rx.recv_timeout(STORE_DEADLINE)
        .unwrap_or(Err(StoreError::Timeout))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_round_trip_and_delete() {
        let store = SecretStore::in_memory();
        let kind = SecretKind::AccessKeySecret;
        assert_eq!(store.get("p", kind).map(|s| s.is_some()), Ok(false));
        store.set("p", kind, &Secret::new("s3cret")).expect("set");
        let got = store.get("p", kind).expect("get").expect("some");
        assert_eq!(got.expose(), "s3cret");
        store.delete("p", kind).expect("delete");
        assert_eq!(store.get("p", kind).map(|s| s.is_some()), Ok(false));
        store.delete("p", kind).expect("deleting twice is fine");
    }
}
