//! An operation of the catalogue as a small `Copy` handle: the four record-to-VOD config
//! operations the form edits are named constants, every other operation is found by its
//! action. Its words come from message IDs derived from the action.

use super::catalog::{self, Description, live};
use super::field::Field;
use std::fmt;

pub use super::catalog::RamResource;
pub use super::catalog::live::CONFIG_NOT_FOUND;

/// The ApsaraVideo Live API version of the record-to-VOD operations.
pub const API_VERSION: &str = catalog::Product::Live.version();

/// An operation of the catalogue. The four config operations have names:
/// [`Operation::Add`], [`Operation::Describe`], [`Operation::Update`], [`Operation::Delete`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation(&'static Description);

#[allow(non_upper_case_globals)]
impl Operation {
    /// AddLiveRecordVodConfig.
    pub const Add: Operation = Operation(&live::ADD_LIVE_RECORD_VOD_CONFIG);
    /// DescribeLiveRecordVodConfigs.
    pub const Describe: Operation = Operation(&live::DESCRIBE_LIVE_RECORD_VOD_CONFIGS);
    /// UpdateLiveRecordVodConfig.
    pub const Update: Operation = Operation(&live::UPDATE_LIVE_RECORD_VOD_CONFIG);
    /// DeleteLiveRecordVodConfig.
    pub const Delete: Operation = Operation(&live::DELETE_LIVE_RECORD_VOD_CONFIG);

    /// The config operations the form, the batch and the Configs view offer.
    pub const ALL: [Operation; 4] = [
        Operation::Add,
        Operation::Describe,
        Operation::Update,
        Operation::Delete,
    ];

    /// Every operation of the catalogue.
    pub fn every() -> impl Iterator<Item = Operation> {
        catalog::all().map(Operation)
    }

    /// The operation's description.
    pub fn spec(self) -> &'static Description {
        self.0
    }

    /// Whether it is one of the four config operations the form edits.
    pub fn is_config(self) -> bool {
        Operation::ALL.contains(&self)
    }

    fn words(self, what: &str, args: &[(&str, String)]) -> String {
        let id = format!("{}-{what}", self.0.message_stem());
        crate::i18n::lookup_args(&id, args).unwrap_or_else(|| self.0.action.to_string())
    }

    /// A short verb for buttons and lists: Add, List, Update, Delete, List domains.
    pub fn verb(self) -> String {
        self.words("verb", &[])
    }

    /// One line of what it does (for `call --list`).
    pub fn summary(self) -> String {
        self.words("summary", &[])
    }

    /// What the window says while the call is in flight: "Adding live.example.com/live/s1".
    pub fn in_progress(self, target: &str) -> String {
        self.words("in-progress", &[("target", target.to_string())])
    }

    /// The sentence after a success, for `target` in `region`.
    pub fn success_sentence(self, target: &str, region: &str) -> String {
        self.words(
            "success",
            &[
                ("target", target.to_string()),
                ("region", region.to_string()),
            ],
        )
    }

    /// The message IDs its words need, in every language.
    pub fn message_ids(self) -> [String; 4] {
        ["verb", "summary", "in-progress", "success"]
            .map(|what| format!("{}-{what}", self.0.message_stem()))
    }

    /// The API action.
    pub fn action(self) -> &'static str {
        self.0.action
    }

    /// The operation of an API action name.
    pub fn from_action(action: &str) -> Option<Operation> {
        catalog::find(action).map(Operation)
    }

    /// Whether the operation takes `field`.
    pub fn takes(self, field: Field) -> bool {
        self.0.param(field.api_name()).is_some()
    }

    /// Whether the operation requires `field`.
    pub fn requires(self, field: Field) -> bool {
        self.0.param(field.api_name()).is_some_and(|p| p.required)
    }

    /// The form fields the operation takes, in order (request fields the form has no field for
    /// are left out).
    pub fn fields(self) -> impl Iterator<Item = Field> {
        self.0
            .params
            .iter()
            .filter_map(|p| Field::from_api_name(p.name))
    }
}

impl Default for Operation {
    fn default() -> Self {
        Operation::Add
    }
}

impl std::hash::Hash for Operation {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.action.hash(state);
    }
}

impl PartialOrd for Operation {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Operation {
    /// Catalogue order (the config operations first, as the form lists them).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let position = |op: &Operation| catalog::all().position(|d| d == op.0);
        position(self).cmp(&position(other))
    }
}

impl serde::Serialize for Operation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.action())
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.action())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_round_trip() {
        for op in Operation::every() {
            assert_eq!(Operation::from_action(op.action()), Some(op));
        }
        assert!(Operation::Add.is_config());
        let domains = Operation::from_action("DescribeLiveUserDomains").expect("catalogued");
        assert!(!domains.is_config());
        assert!(Operation::Add < domains);
    }

    #[test]
    fn update_cannot_change_storage() {
        assert!(Operation::Add.takes(Field::StorageLocation));
        assert!(!Operation::Update.takes(Field::StorageLocation));
        assert!(Operation::Update.takes(Field::DelayTime));
        assert!(!Operation::Update.requires(Field::VodTranscodeGroupId));
    }

    #[test]
    fn ram_resources() {
        assert_eq!(RamResource::Any.arn(Some("1"), Some("d")), "*");
        assert_eq!(
            RamResource::Domain.arn(Some("42"), Some("live.example.com")),
            "acs:cdn:*:42:domain/live.example.com"
        );
        assert_eq!(RamResource::Domain.arn(None, None), "acs:cdn:*:*:domain/*");
    }
}
