//! One description per operation: its action, version, fields and their needs, RAM action and
//! resource, documented error codes and how its success is said. Signing, the client,
//! validation, the error catalog, RAM policies, the history and the sandbox read these.

use super::field::Field;
use std::fmt;

/// The ApsaraVideo Live API version of every record-to-VOD operation.
pub const API_VERSION: &str = "2016-11-01";

/// The record-to-VOD operations this program calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Operation {
    /// AddLiveRecordVodConfig.
    #[default]
    Add,
    /// DescribeLiveRecordVodConfigs.
    Describe,
    /// UpdateLiveRecordVodConfig.
    Update,
    /// DeleteLiveRecordVodConfig.
    Delete,
}

/// A field an operation takes, and whether it must be set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldUse {
    /// The field.
    pub field: Field,
    /// Whether the API requires it for this operation.
    pub required: bool,
}

const fn required(field: Field) -> FieldUse {
    FieldUse {
        field,
        required: true,
    }
}

const fn optional(field: Field) -> FieldUse {
    FieldUse {
        field,
        required: false,
    }
}

/// What a RAM policy for the operation grants access to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RamResource {
    /// `acs:cdn:*:{accountId}:domain/{DomainName}`.
    Domain,
    /// `*`.
    Any,
}

impl RamResource {
    /// The resource ARN; an unknown account or domain becomes `*`.
    pub fn arn(self, account_id: Option<&str>, domain_name: Option<&str>) -> String {
        match self {
            RamResource::Any => "*".to_string(),
            RamResource::Domain => {
                let account = account_id.filter(|a| !a.is_empty()).unwrap_or("*");
                let domain = domain_name.filter(|d| !d.is_empty()).unwrap_or("*");
                format!("acs:cdn:*:{account}:domain/{domain}")
            }
        }
    }
}

/// Everything the program knows about one operation.
#[derive(Debug)]
pub struct OperationSpec {
    /// Which operation.
    pub operation: Operation,
    /// The API action, e.g. `AddLiveRecordVodConfig`.
    pub action: &'static str,
    /// The API version.
    pub version: &'static str,
    /// The fields it takes, in reference-page order.
    pub fields: &'static [FieldUse],
    /// The RAM action a user needs.
    pub ram_action: &'static str,
    /// What the RAM action applies to.
    pub ram_resource: RamResource,
    /// The error codes its reference page documents (besides the platform's).
    pub error_codes: &'static [&'static str],
    /// Whether it changes the service's configuration.
    pub changes_config: bool,
}

/// "Config does not exist" for an update or delete (the sandbox's assumption; see the README).
pub const CONFIG_NOT_FOUND: &str = "InvalidConfig.NotFound";

const ADD: OperationSpec = OperationSpec {
    operation: Operation::Add,
    action: "AddLiveRecordVodConfig",
    version: API_VERSION,
    fields: &[
        optional(Field::RegionId),
        required(Field::DomainName),
        required(Field::AppName),
        optional(Field::StreamName),
        required(Field::VodTranscodeGroupId),
        optional(Field::CycleDuration),
        optional(Field::AutoCompose),
        optional(Field::StorageLocation),
        optional(Field::ComposeVodTranscodeGroupId),
        optional(Field::OnDemand),
    ],
    ram_action: "live:AddLiveRecordVodConfig",
    ram_resource: RamResource::Domain,
    error_codes: &[
        "ConfigAlreadyExists",
        "CommomLiveRcordConfigExisted",
        "InvalidAutoCompose.Malformed",
        "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
        "InternalError",
        "InvalidRegion.Conflict",
        "InvalidStorage.NotFound",
        "InvalidTemplateGroupId.NotFound",
    ],
    changes_config: true,
};

const DESCRIBE: OperationSpec = OperationSpec {
    operation: Operation::Describe,
    action: "DescribeLiveRecordVodConfigs",
    version: API_VERSION,
    fields: &[
        optional(Field::RegionId),
        required(Field::DomainName),
        optional(Field::AppName),
        optional(Field::StreamName),
        optional(Field::PageNum),
        optional(Field::PageSize),
    ],
    ram_action: "live:DescribeLiveRecordVodConfigs",
    ram_resource: RamResource::Any,
    error_codes: &["MissingParameter", "InternalError"],
    changes_config: false,
};

const UPDATE: OperationSpec = OperationSpec {
    operation: Operation::Update,
    action: "UpdateLiveRecordVodConfig",
    version: API_VERSION,
    fields: &[
        optional(Field::RegionId),
        required(Field::DomainName),
        required(Field::AppName),
        optional(Field::StreamName),
        optional(Field::VodTranscodeGroupId),
        optional(Field::CycleDuration),
        optional(Field::AutoCompose),
        optional(Field::ComposeVodTranscodeGroupId),
        optional(Field::OnDemand),
        optional(Field::DelayTime),
    ],
    ram_action: "live:UpdateLiveRecordVodConfig",
    ram_resource: RamResource::Domain,
    error_codes: &[
        CONFIG_NOT_FOUND,
        "InvalidAutoCompose.Malformed",
        "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
        "InvalidTemplateGroupId.NotFound",
        "InternalError",
    ],
    changes_config: true,
};

const DELETE: OperationSpec = OperationSpec {
    operation: Operation::Delete,
    action: "DeleteLiveRecordVodConfig",
    version: API_VERSION,
    fields: &[
        optional(Field::RegionId),
        required(Field::DomainName),
        required(Field::AppName),
        optional(Field::StreamName),
    ],
    ram_action: "live:DeleteLiveRecordVodConfig",
    ram_resource: RamResource::Domain,
    error_codes: &[CONFIG_NOT_FOUND, "InternalError"],
    changes_config: true,
};

impl Operation {
    /// Every operation.
    pub const ALL: [Operation; 4] = [
        Operation::Add,
        Operation::Describe,
        Operation::Update,
        Operation::Delete,
    ];

    /// The operation's description.
    pub fn spec(self) -> &'static OperationSpec {
        match self {
            Operation::Add => &ADD,
            Operation::Describe => &DESCRIBE,
            Operation::Update => &UPDATE,
            Operation::Delete => &DELETE,
        }
    }

    /// A short verb for buttons and lists: Add, List, Update, Delete.
    pub fn verb(self) -> String {
        match self {
            Operation::Add => crate::t!("op-add"),
            Operation::Describe => crate::t!("op-list"),
            Operation::Update => crate::t!("op-update"),
            Operation::Delete => crate::t!("op-delete"),
        }
    }

    /// What the window says while the call is in flight: "Adding live.example.com/live/s1".
    pub fn in_progress(self, target: &str) -> String {
        match self {
            Operation::Add => crate::t!("op-adding", target = target),
            Operation::Describe => crate::t!("op-listing", target = target),
            Operation::Update => crate::t!("op-updating", target = target),
            Operation::Delete => crate::t!("op-deleting", target = target),
        }
    }

    /// The sentence after a success, for `target` in `region`.
    pub fn success_sentence(self, target: &str, region: &str) -> String {
        match self {
            Operation::Add => crate::t!("op-add-success", target = target, region = region),
            Operation::Describe => {
                crate::t!("op-list-success", target = target, region = region)
            }
            Operation::Update => {
                crate::t!("op-update-success", target = target, region = region)
            }
            Operation::Delete => {
                crate::t!("op-delete-success", target = target, region = region)
            }
        }
    }

    /// The API action.
    pub fn action(self) -> &'static str {
        self.spec().action
    }

    /// The operation of an API action name.
    pub fn from_action(action: &str) -> Option<Operation> {
        Operation::ALL.into_iter().find(|o| o.action() == action)
    }

    /// Whether the operation takes `field`.
    pub fn takes(self, field: Field) -> bool {
        self.spec().fields.iter().any(|u| u.field == field)
    }

    /// Whether the operation requires `field`.
    pub fn requires(self, field: Field) -> bool {
        self.spec()
            .fields
            .iter()
            .any(|u| u.field == field && u.required)
    }

    /// The fields the operation takes, in order.
    pub fn fields(self) -> impl Iterator<Item = Field> {
        self.spec().fields.iter().map(|u| u.field)
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
        for op in Operation::ALL {
            assert_eq!(Operation::from_action(op.action()), Some(op));
            assert_eq!(op.spec().operation, op);
        }
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
