//! A call's parameters as the account handlers read them, checked against the operation's
//! description as the service checks them: required fields, whole numbers in range, choices.

use super::reply::ApiError;
use crate::operation::catalog::{Description, Kind, Paging};
use crate::operation::configs::RecordVodConfig;
use crate::wire::TIME_FORMAT;
use std::collections::BTreeMap;

/// What one handler needs to answer one call.
pub struct Call<'a> {
    /// The operation.
    pub description: &'static Description,
    /// Its parameters, decoded.
    pub params: &'a BTreeMap<String, String>,
    /// The answer's RequestId.
    pub request_id: &'a str,
    /// The region a VOD call was sent to.
    pub vod_region: &'a str,
    /// Sandbox time now (the simulation's clock).
    pub now: chrono::DateTime<chrono::Utc>,
    /// The streams and the clock.
    pub simulation: &'a super::streams::Simulation,
    /// The record-to-VOD configs of the account as they are now.
    pub configs: &'a [RecordVodConfig],
}

impl Call<'_> {
    /// The trimmed value of a parameter; empty ones are absent.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.params
            .get(name)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// A time parameter, when set and in the API's format.
    pub fn time(&self, name: &str) -> Option<chrono::DateTime<chrono::Utc>> {
        self.get(name)
            .and_then(|v| chrono::NaiveDateTime::parse_from_str(v, TIME_FORMAT).ok())
            .map(|t| t.and_utc())
    }

    /// Checks every parameter against the description: `MissingParameter` for a required one
    /// left out, `InvalidParameter` for a number out of range or a value not among the choices.
    pub fn check(&self) -> Result<(), ApiError> {
        for param in self.description.params {
            let Some(value) = self.get(param.name) else {
                if param.required {
                    return Err(missing(param.name));
                }
                continue;
            };
            let valid = match param.kind {
                Kind::Text => true,
                Kind::Integer(rule) => value
                    .parse::<i64>()
                    .is_ok_and(|n| n >= rule.min && rule.max.is_none_or(|max| n <= max)),
                Kind::Choice { values, .. } => values.contains(&value),
                Kind::Time => chrono::NaiveDateTime::parse_from_str(value, TIME_FORMAT).is_ok(),
            };
            if !valid {
                return Err(invalid(param.name));
            }
        }
        Ok(())
    }

    /// The page asked for and its size (defaults from the description), for a paged answer.
    pub fn page(&self) -> (usize, usize) {
        let Paging::Pages { page, size, .. } = self.description.paging else {
            return (1, usize::MAX);
        };
        let number = |name: &str| -> Option<usize> {
            let default = self
                .description
                .param(name)
                .and_then(|p| p.kind.number_rule())
                .and_then(|r| r.default);
            self.get(name)
                .and_then(|v| v.parse().ok())
                .or_else(|| default.and_then(|d| usize::try_from(d).ok()))
        };
        (number(page).unwrap_or(1).max(1), number(size).unwrap_or(10))
    }

    /// One page of `items`, with the number of pages they make.
    pub fn paged<T: Clone>(&self, items: &[T]) -> (Vec<T>, usize) {
        let (page, size) = self.page();
        let size = size.max(1);
        let skip = (page - 1).saturating_mul(size);
        let pages = items.len().div_ceil(size);
        (items.iter().skip(skip).take(size).cloned().collect(), pages)
    }
}

/// `MissingParameter` for `name`.
pub fn missing(name: &str) -> ApiError {
    ApiError::new(
        400,
        "MissingParameter",
        format!(
            "The input parameter \"{name}\" that is mandatory for processing this request is not supplied."
        ),
    )
}

/// `InvalidParameter` for `name`.
pub fn invalid(name: &str) -> ApiError {
    ApiError::new(
        400,
        "InvalidParameter",
        format!("Specified parameter {name} is not valid."),
    )
}

/// A time in the API's format.
pub fn time(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format(TIME_FORMAT).to_string()
}

/// `InvalidDomain.NotFound`, as the service says it for a domain outside the account.
pub fn domain_not_found() -> ApiError {
    ApiError::new(
        404,
        crate::operation::catalog::live::DOMAIN_NOT_FOUND,
        "The domain provided does not exist in our records.",
    )
}
