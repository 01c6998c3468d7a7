//! The identities the sandbox accepts: demo keys, and keys that trigger each credential error.

/// The demo AccessKey ID every newcomer can use.
pub const DEMO_ACCESS_KEY_ID: &str = "LTAI5tSandboxDemoKey0001";
/// The demo AccessKey secret (it only works against the sandbox).
pub const DEMO_ACCESS_KEY_SECRET: &str = "SandboxDemoSecret000000000001";
/// The demo STS AccessKey ID.
pub const DEMO_STS_ACCESS_KEY_ID: &str = "STS.SandboxDemoStsKey0001";
/// The demo STS AccessKey secret.
pub const DEMO_STS_ACCESS_KEY_SECRET: &str = "SandboxDemoStsSecret00000001";
/// The demo STS security token.
pub const DEMO_SECURITY_TOKEN: &str = "SandboxDemoSecurityToken0001";

/// How the sandbox treats a key after its signature checks out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyState {
    /// Allowed to call.
    Active,
    /// Disabled: `InvalidAccessKeyId.Inactive`.
    Inactive,
    /// Lacks the RAM permission: `Forbidden.RAM`.
    NoPermission,
    /// STS token expired: `InvalidSecurityToken.Expired`.
    TokenExpired,
}

/// A key the sandbox knows.
#[derive(Clone, PartialEq, Eq)]
pub struct Identity {
    /// AccessKey ID.
    pub access_key_id: String,
    /// AccessKey secret.
    pub access_key_secret: String,
    /// The STS token this key needs, if it is an STS key.
    pub security_token: Option<String>,
    /// What happens after the signature is verified.
    pub state: KeyState,
    /// The name shown by GetCallerIdentity.
    pub display_name: String,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("access_key_id", &self.access_key_id)
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

impl Identity {
    fn demo(id: &str, secret: &str, token: Option<&str>, state: KeyState, name: &str) -> Self {
        Identity {
            access_key_id: id.to_string(),
            access_key_secret: secret.to_string(),
            security_token: token.map(str::to_string),
            state,
            display_name: name.to_string(),
        }
    }

    /// A key given on the command line; active.
    pub fn custom(id: &str, secret: &str, token: Option<&str>) -> Self {
        Self::demo(id, secret, token, KeyState::Active, "sandbox-user")
    }
}

/// The keys the sandbox accepts by default, with the credential error each one triggers.
pub fn default_identities() -> Vec<Identity> {
    vec![
        Identity::demo(
            DEMO_ACCESS_KEY_ID,
            DEMO_ACCESS_KEY_SECRET,
            None,
            KeyState::Active,
            "sandbox-user",
        ),
        Identity::demo(
            DEMO_STS_ACCESS_KEY_ID,
            DEMO_STS_ACCESS_KEY_SECRET,
            Some(DEMO_SECURITY_TOKEN),
            KeyState::Active,
            "sandbox-role",
        ),
        Identity::demo(
            "LTAI5tSandboxInactive001",
            DEMO_ACCESS_KEY_SECRET,
            None,
            KeyState::Inactive,
            "sandbox-disabled",
        ),
        Identity::demo(
            "LTAI5tSandboxNoPermit001",
            DEMO_ACCESS_KEY_SECRET,
            None,
            KeyState::NoPermission,
            "sandbox-no-permission",
        ),
        Identity::demo(
            "STS.SandboxExpiredKey0001",
            DEMO_STS_ACCESS_KEY_SECRET,
            Some(DEMO_SECURITY_TOKEN),
            KeyState::TokenExpired,
            "sandbox-expired-role",
        ),
    ]
}
