//! Profiles: a named identity to sign with and where its requests go. The sandbox profile is
//! always present; the environment profile exists when its variables are set.

use super::Credentials;
use crate::operation::catalog::Product;
use crate::t;
use crate::wire::Endpoint;

/// Name of the always-present sandbox profile.
pub const SANDBOX_PROFILE: &str = "sandbox";
/// Name of the read-only profile made from the environment variables.
pub const ENV_PROFILE: &str = "env";

/// Where a profile's credentials come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileSource {
    /// The local sandbox at this base URL, with its demo key.
    Sandbox { base_url: String },
    /// The standard environment variables (read-only).
    Environment,
    /// A saved profile: secrets in the keyring, with its default region.
    Keyring { region: Option<String> },
}

/// A profile: name, credentials (secrets redacted in `Debug`) and source.
#[derive(Debug, Clone)]
pub struct Profile {
    /// The profile's name.
    pub name: String,
    /// The credentials to sign with.
    pub credentials: Credentials,
    /// Where they come from.
    pub source: ProfileSource,
    /// Its kind, and whether it may change the account.
    pub guard: super::Guard,
}

impl Profile {
    /// The sandbox profile for a sandbox listening at `base_url`, signing with its demo key
    /// (given as data: credentials do not know the sandbox).
    pub fn sandbox(base_url: &str, demo_key: Credentials) -> Profile {
        Profile {
            name: SANDBOX_PROFILE.to_string(),
            credentials: demo_key,
            source: ProfileSource::Sandbox {
                base_url: base_url.to_string(),
            },
            guard: super::Guard::SANDBOX,
        }
    }

    /// The environment profile, when its variables are set.
    pub fn from_env() -> Option<Profile> {
        Credentials::from_env().map(|credentials| Profile {
            name: ENV_PROFILE.to_string(),
            credentials,
            source: ProfileSource::Environment,
            // The variables say nothing of the account: a test one, as an imported profile.
            guard: super::Guard::default(),
        })
    }

    /// Whether requests of this profile go to the local sandbox.
    pub fn is_sandbox(&self) -> bool {
        matches!(self.source, ProfileSource::Sandbox { .. })
    }

    /// Where a request for `region_id` goes with this profile.
    pub fn endpoint(&self, region_id: Option<&str>) -> Endpoint {
        self.endpoint_for(Product::Live, region_id)
    }

    /// Where calls of `product` for `region_id` go (the sandbox answers every product).
    pub fn endpoint_for(&self, product: Product, region_id: Option<&str>) -> Endpoint {
        match &self.source {
            ProfileSource::Sandbox { base_url } => {
                Endpoint::custom(base_url).unwrap_or_else(|_| Endpoint::service(product, region_id))
            }
            ProfileSource::Environment => Endpoint::service(product, region_id),
            ProfileSource::Keyring { region } => {
                Endpoint::service(product, region_id.or(region.as_deref()))
            }
        }
    }

    /// A one-line description for pickers.
    pub fn description(&self) -> String {
        match &self.source {
            ProfileSource::Sandbox { .. } if self.guard.kind == super::ProfileKind::Sandbox => {
                t!("m-profile-sandbox-demo-nothing-is-sent")
            }
            ProfileSource::Environment => t!(
                "m-profile-environment-variables-read-only",
                access_key_id = self.credentials.access_key_id
            ),
            ProfileSource::Keyring { .. } | ProfileSource::Sandbox { .. } => {
                format!("{} ({})", self.name, self.credentials.access_key_id)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sandbox_profile_goes_to_the_sandbox() {
        let p = Profile::sandbox(
            "http://127.0.0.1:4000",
            Credentials::new("LTAI5tDemo", "DemoSecret123", None),
        );
        assert!(p.is_sandbox());
        assert!(p.endpoint(Some("cn-beijing")).is_loopback());
        assert!(!format!("{p:?}").contains("DemoSecret123"));
    }
}
