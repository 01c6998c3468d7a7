//! Credentials: an AccessKey pair and optional STS token, with secrets that never print.

pub mod aliyun_cli;
pub mod book;
pub mod guard;
pub mod key_shape;
pub mod profile;
pub mod secret;
pub mod store;

pub use book::{ProfileBook, ProfileChange, ProfileError, ProfileMeta};
pub use guard::{Guard, ProfileKind};
pub use profile::{Profile, ProfileSource};
pub use secret::Secret;
pub use store::{SecretKind, SecretStore, StoreError};

use crate::signing::AccessKey;

/// Environment variable holding the AccessKey ID.
pub const ENV_ACCESS_KEY_ID: &str = "ALIBABA_CLOUD_ACCESS_KEY_ID";
/// Environment variable holding the AccessKey secret.
pub const ENV_ACCESS_KEY_SECRET: &str = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
/// Environment variable holding the STS security token.
pub const ENV_SECURITY_TOKEN: &str = "ALIBABA_CLOUD_SECURITY_TOKEN";

/// One identity to sign with. `Debug` shows the ID only.
#[derive(Debug, Clone)]
pub struct Credentials {
    /// AccessKey ID.
    pub access_key_id: String,
    /// AccessKey secret.
    pub access_key_secret: Secret,
    /// STS security token, for temporary credentials.
    pub security_token: Option<Secret>,
}

impl Credentials {
    /// Builds credentials, trimming pasted whitespace.
    pub fn new(id: &str, secret: &str, token: Option<&str>) -> Self {
        Credentials {
            access_key_id: id.trim().to_string(),
            access_key_secret: Secret::new(secret.trim()),
            security_token: token
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(Secret::new),
        }
    }

    /// The borrowed view signing needs.
    pub fn signing_key(&self) -> AccessKey<'_> {
        AccessKey {
            id: &self.access_key_id,
            secret: self.access_key_secret.expose(),
            security_token: self.security_token.as_ref().map(Secret::expose),
        }
    }

    /// Reads the standard environment variables; `None` unless both ID and secret are set.
    pub fn from_env() -> Option<Credentials> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`Credentials::from_env`], reading variables through `lookup`.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Option<Credentials> {
        let id = lookup(ENV_ACCESS_KEY_ID).filter(|v| !v.trim().is_empty())?;
        let secret = lookup(ENV_ACCESS_KEY_SECRET).filter(|v| !v.trim().is_empty())?;
        let token = lookup(ENV_SECURITY_TOKEN);
        Some(Credentials::new(&id, &secret, token.as_deref()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_secret_or_token() {
        let c = Credentials::new("LTAI-id", "very-secret-value", Some("sts-token-value"));
        let shown = format!("{c:?} {:?}", c.signing_key());
        assert!(shown.contains("LTAI-id"));
        assert!(!shown.contains("very-secret-value"), "{shown}");
        assert!(!shown.contains("sts-token-value"), "{shown}");
    }

    #[test]
    fn env_needs_id_and_secret() {
        let only_id = |n: &str| (n == ENV_ACCESS_KEY_ID).then(|| "id".to_string());
        assert!(Credentials::from_lookup(only_id).is_none());
        let both = |n: &str| match n {
            ENV_ACCESS_KEY_ID => Some(" id\n".to_string()),
            ENV_ACCESS_KEY_SECRET => Some("s".to_string()),
            _ => None,
        };
        let c = Credentials::from_lookup(both).expect("set");
        assert_eq!(c.access_key_id, "id");
        assert!(c.security_token.is_none());
    }
}
