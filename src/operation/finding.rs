//! What validation found about a field: data, with one plain-language wording each.

use super::account_check::AccountCode;
use super::field::Field;
use super::rules::describe_duration;
use crate::t;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The server may still accept the request; sending is allowed.
    Warning,
    /// The request would be refused; sending is blocked.
    Error,
}

/// What is wrong, with the data needed to say it and to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingCode {
    Required,
    ContainsWhitespace,
    ContainsSlash,
    ControlCharacter,
    TooLong {
        max_chars: usize,
        actual_chars: usize,
    },
    UrlUnsafeCharacter {
        character: char,
    },
    /// Starts with `=`, `+` or `@`: no stream or group is named so, and a spreadsheet runs it.
    FormulaStart {
        character: char,
    },
    LookAlikeCharacter {
        character: char,
        position: usize,
    },
    RegionShape,
    RegionUnknown,
    FinanceRegion,
    DomainIsUrl {
        host: String,
        app: Option<String>,
        stream: Option<String>,
    },
    DomainShape,
    DomainNotAscii,
    NotWholeNumber,
    OutOfRange {
        given: i64,
    },
    AutoComposeValue {
        given: String,
    },
    AutoComposeWithoutGroup,
    GroupWithoutAutoCompose,
    StorageShape,
    StorageRegionConflict {
        storage_region: String,
        region: String,
    },
    StorageRegionUnknown,
    StorageRegionUnset {
        storage_region: String,
    },
    OnDemandValue {
        given: String,
    },
    OnDemandUnsupported,
    /// What the account's lists say (the check before sending).
    Account(AccountCode),
}

impl FindingCode {
    /// The stable code scripts read (`--json`), e.g. `Required` or `DomainNotInAccount`.
    pub fn name(&self) -> &'static str {
        match self {
            FindingCode::Required => "Required",
            FindingCode::ContainsWhitespace => "ContainsWhitespace",
            FindingCode::ContainsSlash => "ContainsSlash",
            FindingCode::ControlCharacter => "ControlCharacter",
            FindingCode::TooLong { .. } => "TooLong",
            FindingCode::UrlUnsafeCharacter { .. } => "UrlUnsafeCharacter",
            FindingCode::FormulaStart { .. } => "FormulaStart",
            FindingCode::LookAlikeCharacter { .. } => "LookAlikeCharacter",
            FindingCode::RegionShape => "RegionShape",
            FindingCode::RegionUnknown => "RegionUnknown",
            FindingCode::FinanceRegion => "FinanceRegion",
            FindingCode::DomainIsUrl { .. } => "DomainIsUrl",
            FindingCode::DomainShape => "DomainShape",
            FindingCode::DomainNotAscii => "DomainNotAscii",
            FindingCode::NotWholeNumber => "NotWholeNumber",
            FindingCode::OutOfRange { .. } => "OutOfRange",
            FindingCode::AutoComposeValue { .. } => "AutoComposeValue",
            FindingCode::AutoComposeWithoutGroup => "AutoComposeWithoutGroup",
            FindingCode::GroupWithoutAutoCompose => "GroupWithoutAutoCompose",
            FindingCode::StorageShape => "StorageShape",
            FindingCode::StorageRegionConflict { .. } => "StorageRegionConflict",
            FindingCode::StorageRegionUnknown => "StorageRegionUnknown",
            FindingCode::StorageRegionUnset { .. } => "StorageRegionUnset",
            FindingCode::OnDemandValue { .. } => "OnDemandValue",
            FindingCode::OnDemandUnsupported => "OnDemandUnsupported",
            FindingCode::Account(code) => code.name(),
        }
    }
}

/// One thing validation found about one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The field the finding is about.
    pub field: Field,
    /// Error (blocks sending) or warning (does not).
    pub severity: Severity,
    /// What was found.
    pub code: FindingCode,
}

impl Finding {
    /// An error finding.
    pub fn error(field: Field, code: FindingCode) -> Self {
        Finding {
            field,
            severity: Severity::Error,
            code,
        }
    }

    /// A warning finding.
    pub fn warning(field: Field, code: FindingCode) -> Self {
        Finding {
            field,
            severity: Severity::Warning,
            code,
        }
    }

    /// Whether this finding blocks sending.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// What is wrong and how to fix it, in plain words, in the current language.
    pub fn message(&self) -> String {
        let label = self.field.label();
        let label = label.as_str();
        match &self.code {
            FindingCode::Required => t!("finding-required", label = label),
            FindingCode::ContainsWhitespace => t!("finding-contains-whitespace", label = label),
            FindingCode::ContainsSlash => t!("finding-contains-slash", label = label),
            FindingCode::ControlCharacter => t!("finding-control-character", label = label),
            FindingCode::TooLong {
                max_chars,
                actual_chars,
            } => t!(
                "finding-too-long",
                label = label,
                actual = *actual_chars,
                max = *max_chars
            ),
            FindingCode::UrlUnsafeCharacter { character } => t!(
                "finding-url-unsafe-character",
                label = label,
                character = character.to_string()
            ),
            FindingCode::FormulaStart { character } => t!(
                "finding-formula-start",
                label = label,
                character = character.to_string()
            ),
            FindingCode::LookAlikeCharacter {
                character,
                position,
            } => t!(
                "finding-look-alike-character",
                label = label,
                code = format!("U+{:04X}", u32::from(*character)),
                position = *position
            ),
            FindingCode::RegionShape => t!("finding-region-shape", label = label),
            FindingCode::RegionUnknown => t!("finding-region-unknown", label = label),
            FindingCode::FinanceRegion => t!("finding-finance-region", label = label),
            FindingCode::DomainIsUrl { host, app, stream } => t!(
                "finding-domain-is-url",
                parts = url_parts(host, app.as_deref(), stream.as_deref())
            ),
            FindingCode::DomainShape => t!("finding-domain-shape", label = label),
            FindingCode::DomainNotAscii => t!("finding-domain-not-ascii", label = label),
            FindingCode::NotWholeNumber => match self.field.number_rule() {
                Some(rule) if rule.seconds => {
                    let example = rule.default.unwrap_or(rule.min);
                    t!(
                        "finding-not-whole-seconds",
                        label = label,
                        example = example,
                        duration = describe_duration(example)
                    )
                }
                _ => t!("finding-not-whole-number", label = label),
            },
            FindingCode::OutOfRange { given } => {
                let given = *given;
                let Some(rule) = self.field.number_rule() else {
                    return t!("finding-out-of-range", label = label, given = given);
                };
                let show = |n: i64| {
                    if rule.seconds {
                        format!("{n} ({})", describe_duration(n))
                    } else {
                        n.to_string()
                    }
                };
                match rule.max {
                    Some(max) => t!(
                        "finding-outside-range",
                        label = label,
                        min = show(rule.min),
                        max = show(max),
                        given = given
                    ),
                    None => t!(
                        "finding-too-small",
                        label = label,
                        min = show(rule.min),
                        given = given
                    ),
                }
            }
            FindingCode::AutoComposeValue { given } => {
                t!(
                    "finding-auto-compose-value",
                    label = label,
                    given = given.as_str()
                )
            }
            FindingCode::AutoComposeWithoutGroup => {
                t!("finding-auto-compose-without-group", label = label)
            }
            FindingCode::GroupWithoutAutoCompose => {
                t!("finding-group-without-auto-compose", label = label)
            }
            FindingCode::StorageShape => t!("finding-storage-shape", label = label),
            FindingCode::StorageRegionConflict {
                storage_region,
                region,
            } => t!(
                "finding-storage-region-conflict",
                label = label,
                storage_region = storage_region.as_str(),
                region = region.as_str()
            ),
            FindingCode::StorageRegionUnknown => {
                t!("finding-storage-region-unknown", label = label)
            }
            FindingCode::StorageRegionUnset { storage_region } => t!(
                "finding-storage-region-unset",
                label = label,
                storage_region = storage_region.as_str()
            ),
            FindingCode::OnDemandValue { given } => {
                t!(
                    "finding-on-demand-value",
                    label = label,
                    given = given.as_str()
                )
            }
            FindingCode::OnDemandUnsupported => t!("finding-on-demand-unsupported", label = label),
            FindingCode::Account(code) => code.message(),
        }
    }
}

/// The parts of a stream address in words: `domain "a.com", app "live", stream "s1"`.
pub fn url_parts(host: &str, app: Option<&str>, stream: Option<&str>) -> String {
    let mut parts = vec![t!("finding-domain-part", value = host)];
    if let Some(app) = app {
        parts.push(t!("finding-app-part", value = app));
    }
    if let Some(stream) = stream {
        parts.push(t!("finding-stream-part", value = stream));
    }
    parts.join(&t!("list-separator"))
}
