//! Finding the profile an order names: built-in ones (the window's sandbox, the environment's)
//! first, then the saved ones, whose secrets are read from the keyring.

use super::pipeline::NotSent;
use crate::client::Endpoint;
use crate::credentials::profile::{ENV_PROFILE, SANDBOX_PROFILE};
use crate::credentials::{
    ENV_ACCESS_KEY_ID, ENV_ACCESS_KEY_SECRET, Profile, ProfileBook, ProfileError,
};
use crate::i18n::Said;

/// The profile `name` names (blocking: a saved profile's secrets are read from the keyring).
/// `None`: the environment's when set, else the book's default. The `sandbox` profile sends to
/// a loopback `endpoint` when given; otherwise `built_in` profiles are matched by name first.
pub fn resolve_profile(
    name: Option<&str>,
    endpoint: Option<&Endpoint>,
    built_in: &[Profile],
    book: Result<&ProfileBook, NotSent>,
) -> Result<Profile, NotSent> {
    let name = match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => n.to_string(),
        None if Profile::from_env().is_some() => ENV_PROFILE.to_string(),
        None => book
            .as_ref()
            .map(|b| b.default_name().to_string())
            .unwrap_or_else(|_| SANDBOX_PROFILE.to_string()),
    };
    if name == SANDBOX_PROFILE
        && let Some(e) = endpoint.filter(|e| e.is_loopback())
    {
        return Ok(sandbox_profile(&e.display_url()));
    }
    if let Some(p) = built_in.iter().find(|p| p.name == name) {
        return Ok(p.clone());
    }
    match name.as_str() {
        SANDBOX_PROFILE => Err(NotSent::BadSetup(crate::said!(
            "m-profile-lookup-the-sandbox-profile-sends-to",
            id_var = ENV_ACCESS_KEY_ID,
            secret_var = ENV_ACCESS_KEY_SECRET
        ))),
        ENV_PROFILE => Profile::from_env().ok_or_else(|| {
            NotSent::BadSetup(crate::said!(
                "m-profile-lookup-profile-env-needs-and-to",
                id_var = ENV_ACCESS_KEY_ID,
                secret_var = ENV_ACCESS_KEY_SECRET
            ))
        }),
        saved => book?.load(saved).map_err(|e| match e {
            ProfileError::NotFound(_) => NotSent::BadSetup(Said::of(e)),
            other => NotSent::Credentials(Said::of(other)),
        }),
    }
}

/// The sandbox profile for the sandbox at `base_url`, with the sandbox's demo key.
pub fn sandbox_profile(base_url: &str) -> Profile {
    let demo_key = crate::credentials::Credentials::new(
        crate::sandbox::DEMO_ACCESS_KEY_ID,
        crate::sandbox::DEMO_ACCESS_KEY_SECRET,
        None,
    );
    Profile::sandbox(base_url, demo_key)
}
