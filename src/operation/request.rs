//! The typed request: an operation with its checked, normalised values. Only built by
//! [`super::check`] from a draft that passed validation.

use super::draft::FormDraft;
use super::field::Field;
use super::spec::Operation;
use std::collections::BTreeMap;

/// A valid request of one operation. Build it with [`super::check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    operation: Operation,
    values: BTreeMap<Field, String>,
}

impl Request {
    /// A request from values already checked against `operation`'s rules.
    pub(super) fn checked(operation: Operation, values: BTreeMap<Field, String>) -> Request {
        Request { operation, values }
    }

    /// The operation.
    pub fn operation(&self) -> Operation {
        self.operation
    }

    /// The value of `field`, when set.
    pub fn get(&self, field: Field) -> Option<&str> {
        self.values.get(&field).map(String::as_str)
    }

    /// The streaming domain (every operation requires it).
    pub fn domain_name(&self) -> &str {
        self.get(Field::DomainName).unwrap_or_default()
    }

    /// The region, when set.
    pub fn region_id(&self) -> Option<&str> {
        self.get(Field::RegionId)
    }

    /// The API parameters to send, in reference-page order, unset ones left out.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        self.operation
            .fields()
            .filter_map(|f| Some((f.api_name(), self.values.get(&f)?.clone())))
            .collect()
    }

    /// The values as a form draft (for the history and for loading back).
    pub fn draft(&self) -> FormDraft {
        let mut draft = FormDraft::default();
        for (field, value) in &self.values {
            draft.set(*field, value.clone());
        }
        draft
    }

    /// "live.example.com/app/stream" (or ".../app/*" for every stream): what is concerned.
    pub fn target(&self) -> String {
        target_of(
            self.domain_name(),
            self.get(Field::AppName),
            self.get(Field::StreamName),
        )
    }

    /// The success sentence of the operation, filled in.
    pub fn success_sentence(&self) -> String {
        let target = match (self.get(Field::AppName), self.get(Field::StreamName)) {
            (Some(app), None) if self.operation != Operation::Describe => {
                crate::t!(
                    "op-every-stream-of",
                    target = format!("{}/{app}", self.domain_name())
                )
            }
            _ => self.target(),
        };
        let region = self
            .region_id()
            .map_or_else(|| crate::t!("op-default-region"), str::to_string);
        self.operation.success_sentence(&target, &region)
    }
}

/// "domain/app/stream" with `*` for an unset stream; just "domain" (or "domain/app") when
/// nothing narrower is given and no app is set.
pub fn target_of(domain: &str, app: Option<&str>, stream: Option<&str>) -> String {
    match (
        app.filter(|a| !a.is_empty()),
        stream.filter(|s| !s.is_empty()),
    ) {
        (None, None) => domain.to_string(),
        (app, stream) => format!("{domain}/{}/{}", app.unwrap_or("*"), stream.unwrap_or("*")),
    }
}
