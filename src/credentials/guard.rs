//! What a profile is for and what it may do: its kind (sandbox, test, production), said in
//! words and colour wherever a change is made, and whether it may change the account at all.

use crate::t;

/// What account a profile reaches.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum ProfileKind {
    /// The built-in sandbox: nothing reaches Alibaba Cloud.
    Sandbox,
    /// A test account (what an imported profile or one saved before kinds existed is).
    #[default]
    Test,
    /// A production account: every change is confirmed first.
    Production,
}

impl ProfileKind {
    /// Every kind, in the order pickers offer them.
    pub const ALL: [ProfileKind; 3] = [
        ProfileKind::Sandbox,
        ProfileKind::Test,
        ProfileKind::Production,
    ];

    /// The stable name (`sandbox`, `test`, `production`), as files and the command line say it.
    pub fn as_str(self) -> &'static str {
        match self {
            ProfileKind::Sandbox => "sandbox",
            ProfileKind::Test => "test",
            ProfileKind::Production => "production",
        }
    }

    /// Reads a stable name.
    pub fn parse(text: &str) -> Option<ProfileKind> {
        ProfileKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The kind in words.
    pub fn label(self) -> String {
        match self {
            ProfileKind::Sandbox => t!("kind-sandbox"),
            ProfileKind::Test => t!("kind-test"),
            ProfileKind::Production => t!("kind-production"),
        }
    }
}

/// A profile's guard: its kind, and whether it may change the account.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Guard {
    /// What account it reaches.
    pub kind: ProfileKind,
    /// Lists, looks, plans and copies as code, but changes nothing.
    pub read_only: bool,
}

impl Guard {
    /// The built-in sandbox's guard.
    pub const SANDBOX: Guard = Guard {
        kind: ProfileKind::Sandbox,
        read_only: false,
    };

    /// Whether a change needs a confirmation first.
    pub fn confirms_changes(self) -> bool {
        self.kind == ProfileKind::Production
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_read_back_and_a_missing_one_is_test() {
        for kind in ProfileKind::ALL {
            assert_eq!(ProfileKind::parse(kind.as_str()), Some(kind));
            let json = serde_json::to_string(&kind).expect("json");
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
        assert_eq!(ProfileKind::parse("prod"), None);
        assert_eq!(ProfileKind::default(), ProfileKind::Test);
        assert!(
            Guard {
                kind: ProfileKind::Production,
                read_only: false
            }
            .confirms_changes()
        );
        assert!(!Guard::SANDBOX.confirms_changes());
    }
}
