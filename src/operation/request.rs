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
    /// The values by API name, only request fields of the operation.
    values: BTreeMap<&'static str, String>,
    /// The region the call goes to when the operation takes no RegionId (VOD calls).
    route_region: Option<String>,
}

impl Request {
    /// A request from values already checked against `operation`'s rules.
    pub(super) fn checked(
        operation: Operation,
        values: BTreeMap<&'static str, String>,
        route_region: Option<String>,
    ) -> Request {
        Request {
            operation,
            values,
            route_region,
        }
    }

    /// The operation.
    pub fn operation(&self) -> Operation {
        self.operation
    }

    /// The value of `field`, when set.
    pub fn get(&self, field: Field) -> Option<&str> {
        self.param(field.api_name())
    }

    /// The value of a request field by its API name, when set.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    /// Sets a whole-number request field of the operation (a page number or size) to `value`,
    /// when the description has that field and `value` is within its range; otherwise leaves
    /// the request as it is, and says so.
    pub fn set_number(&mut self, name: &str, value: u64) -> bool {
        let Some(param) = self.operation.spec().param(name) else {
            return false;
        };
        let in_range = param.kind.number_rule().is_some_and(|rule| {
            i64::try_from(value).is_ok_and(|v| v >= rule.min && rule.max.is_none_or(|max| v <= max))
        });
        if in_range {
            self.values.insert(param.name, value.to_string());
        }
        in_range
    }

    /// The streaming domain (every config operation requires it).
    pub fn domain_name(&self) -> &str {
        self.get(Field::DomainName).unwrap_or_default()
    }

    /// The region: its RegionId, else the region a VOD call is made in, when set.
    pub fn region_id(&self) -> Option<&str> {
        self.get(Field::RegionId).or(self.route_region.as_deref())
    }

    /// The API parameters to send, in the description's order, unset ones left out.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        self.operation
            .spec()
            .params
            .iter()
            .filter_map(|p| Some((p.name, self.values.get(p.name)?.clone())))
            .collect()
    }

    /// The values as a form draft (for the history and for loading back).
    pub fn draft(&self) -> FormDraft {
        let mut draft = FormDraft::default();
        if let Some(region) = self.region_id() {
            draft.set(Field::RegionId, region);
        }
        for (name, value) in &self.values {
            draft.set_param(name, value.clone());
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
            (Some(app), None) if self.operation.spec().changes_account => {
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
