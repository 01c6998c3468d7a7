//! The checks every operation of the catalogue gets from its description alone: required
//! fields, whole numbers in range, one of the choices, times in the API's format. (The four
//! config operations have the form's richer rules in `validate`.)

use super::catalog::{Description, Kind};
use super::draft::FormDraft;
use crate::t;
use std::collections::BTreeMap;

/// What is wrong with one request field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamProblemCode {
    /// Required and empty.
    Required,
    /// Not a whole number.
    NotWholeNumber,
    /// A whole number outside `min..=max`.
    OutOfRange { min: i64, max: Option<i64> },
    /// Not one of the accepted values.
    NotAChoice { values: &'static [&'static str] },
    /// Not a time such as `2026-12-01T08:00:00Z`.
    NotATime,
    /// Holds a control character (a newline, a tab).
    ControlCharacter,
}

/// A problem with one request field of an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamProblem {
    /// The field's API name.
    pub name: &'static str,
    /// What is wrong.
    pub code: ParamProblemCode,
}

impl ParamProblem {
    /// The stable code scripts read (`--json`), the same as the form's findings use.
    pub fn code_name(&self) -> &'static str {
        match self.code {
            ParamProblemCode::Required => "Required",
            ParamProblemCode::NotWholeNumber => "NotWholeNumber",
            ParamProblemCode::OutOfRange { .. } => "OutOfRange",
            ParamProblemCode::NotAChoice { .. } => "NotAChoice",
            ParamProblemCode::NotATime => "NotATime",
            ParamProblemCode::ControlCharacter => "ControlCharacter",
        }
    }

    /// In plain words, with how to fix it.
    pub fn message(&self) -> String {
        match &self.code {
            ParamProblemCode::Required => t!("param-required", name = self.name),
            ParamProblemCode::NotWholeNumber => t!("param-not-whole-number", name = self.name),
            ParamProblemCode::OutOfRange { min, max } => match max {
                Some(max) => t!(
                    "param-out-of-range",
                    name = self.name,
                    min = *min,
                    max = *max
                ),
                None => t!("param-too-small", name = self.name, min = *min),
            },
            ParamProblemCode::NotAChoice { values } => {
                t!(
                    "param-not-a-choice",
                    name = self.name,
                    values = values.join(", ")
                )
            }
            ParamProblemCode::NotATime => t!("param-not-a-time", name = self.name),
            ParamProblemCode::ControlCharacter => t!("param-control-character", name = self.name),
        }
    }
}

/// The values of `draft` that `description` takes, trimmed and checked. Empty values are left
/// out.
pub fn check_params(
    description: &'static Description,
    draft: &FormDraft,
) -> Result<BTreeMap<&'static str, String>, Vec<ParamProblem>> {
    let mut values = BTreeMap::new();
    let mut problems = Vec::new();
    for param in description.params {
        let value = draft.param(param.name).trim();
        let problem = |code| ParamProblem {
            name: param.name,
            code,
        };
        if value.is_empty() {
            if param.required {
                problems.push(problem(ParamProblemCode::Required));
            }
            continue;
        }
        if value.chars().any(char::is_control) {
            problems.push(problem(ParamProblemCode::ControlCharacter));
            continue;
        }
        let checked = match param.kind {
            Kind::Text => Ok(value.to_string()),
            Kind::Integer(rule) => match value.parse::<i64>() {
                Err(_) => Err(ParamProblemCode::NotWholeNumber),
                Ok(n) if n < rule.min || rule.max.is_some_and(|max| n > max) => {
                    Err(ParamProblemCode::OutOfRange {
                        min: rule.min,
                        max: rule.max,
                    })
                }
                Ok(n) => Ok(n.to_string()),
            },
            Kind::Choice {
                values: choices, ..
            } => choices
                .iter()
                .find(|c| c.eq_ignore_ascii_case(value))
                .map(|c| c.to_string())
                .ok_or(ParamProblemCode::NotAChoice { values: choices }),
            Kind::Time => chrono::NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%SZ")
                .map(|_| value.to_string())
                .map_err(|_| ParamProblemCode::NotATime),
        };
        match checked {
            Ok(v) => {
                values.insert(param.name, v);
            }
            Err(code) => problems.push(problem(code)),
        }
    }
    if problems.is_empty() {
        Ok(values)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::catalog;

    fn problems(action: &str, pairs: &[(&str, &str)]) -> Vec<ParamProblemCode> {
        let mut draft = FormDraft::default();
        for (name, value) in pairs {
            draft.set_param(name, *value);
        }
        let d = catalog::find(action).expect("catalogued");
        match check_params(d, &draft) {
            Ok(_) => Vec::new(),
            Err(p) => p.into_iter().map(|p| p.code).collect(),
        }
    }

    #[test]
    fn each_kind_is_checked_from_the_description() {
        let domains = "DescribeLiveUserDomains";
        assert_eq!(problems(domains, &[]), vec![]);
        assert_eq!(
            problems(domains, &[("PageSize", "51")]),
            vec![ParamProblemCode::OutOfRange {
                min: 1,
                max: Some(50)
            }]
        );
        assert_eq!(
            problems(domains, &[("PageSize", "ten")]),
            vec![ParamProblemCode::NotWholeNumber]
        );
        assert!(matches!(
            problems(domains, &[("LiveDomainType", "video")])[..],
            [ParamProblemCode::NotAChoice { .. }]
        ));
        let history = "DescribeLiveStreamsPublishList";
        assert_eq!(
            problems(history, &[("DomainName", "live.example.com")]),
            vec![ParamProblemCode::Required, ParamProblemCode::Required]
        );
        assert_eq!(
            problems(
                history,
                &[
                    ("DomainName", "live.example.com"),
                    ("StartTime", "yesterday"),
                    ("EndTime", "2026-12-01T08:00:00Z")
                ]
            ),
            vec![ParamProblemCode::NotATime]
        );
    }

    #[test]
    fn a_choice_is_written_as_the_api_spells_it() {
        let mut draft = FormDraft::default();
        draft.set_param("LiveDomainType", "LIVEVIDEO");
        let d = catalog::find("DescribeLiveUserDomains").expect("catalogued");
        let values = check_params(d, &draft).expect("valid");
        assert_eq!(
            values.get("LiveDomainType").map(String::as_str),
            Some("liveVideo")
        );
    }
}
