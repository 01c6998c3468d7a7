//! What validation found about a field: data, with one plain-language wording each.

use super::field::Field;
use super::rules::describe_duration;

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

    /// What is wrong and how to fix it, in plain words.
    pub fn message(&self) -> String {
        let label = self.field.label();
        match &self.code {
            FindingCode::Required => format!("{label} is required. Fill it in to continue."),
            FindingCode::ContainsWhitespace => {
                format!("{label} cannot contain spaces. Remove the spaces.")
            }
            FindingCode::ContainsSlash => {
                format!("{label} cannot contain \"/\". Enter just the name, without slashes.")
            }
            FindingCode::ControlCharacter => format!(
                "{label} contains an invisible control character. Retype the value instead of pasting it."
            ),
            FindingCode::TooLong {
                max_chars,
                actual_chars,
            } => format!(
                "{label} is too long: {actual_chars} characters, at most {max_chars} allowed. Shorten it."
            ),
            FindingCode::UrlUnsafeCharacter { character } => format!(
                "{label} contains \"{character}\", which breaks stream addresses. Use letters, digits, \"-\" and \"_\"."
            ),
            FindingCode::RegionShape => format!(
                "{label} does not look like a region ID. Pick one from the list, or type an ID such as cn-shanghai."
            ),
            FindingCode::RegionUnknown => format!(
                "{label} is not a region this program knows. Check the spelling; you can still send if it is a new region."
            ),
            FindingCode::FinanceRegion => format!(
                "{label} is an Alibaba Finance Cloud region; Finance Cloud accounts do not support recording to VOD. Use a region of a standard account."
            ),
            FindingCode::DomainIsUrl { host, app, stream } => {
                let mut parts = vec![format!("domain \"{host}\"")];
                if let Some(app) = app {
                    parts.push(format!("app \"{app}\""));
                }
                if let Some(stream) = stream {
                    parts.push(format!("stream \"{stream}\""));
                }
                format!(
                    "This is a stream address, not a domain. Keep just the host name: {}.",
                    parts.join(", ")
                )
            }
            FindingCode::DomainShape => format!(
                "{label} must be a host name such as live.example.com: letters, digits, \"-\" and dots, no port or path."
            ),
            FindingCode::DomainNotAscii => format!(
                "{label} has non-ASCII characters. Enter the domain in its xn-- (punycode) form, as shown in the console."
            ),
            FindingCode::NotWholeNumber => match self.field.number_rule() {
                Some(rule) if rule.seconds => format!(
                    "{label} must be a whole number of seconds, for example {} for {}.",
                    rule.default.unwrap_or(rule.min),
                    describe_duration(rule.default.unwrap_or(rule.min))
                ),
                _ => format!("{label} must be a whole number, for example 10."),
            },
            FindingCode::OutOfRange { given } => {
                let Some(rule) = self.field.number_rule() else {
                    return format!("{label} is out of range; {given} is not accepted.");
                };
                let show = |n: i64| {
                    if rule.seconds {
                        format!("{n} ({})", describe_duration(n))
                    } else {
                        n.to_string()
                    }
                };
                match rule.max {
                    Some(max) => format!(
                        "{label} must be at least {} and at most {}; {given} is outside that range.",
                        show(rule.min),
                        show(max)
                    ),
                    None => format!(
                        "{label} must be at least {}; {given} is too small.",
                        show(rule.min)
                    ),
                }
            }
            FindingCode::AutoComposeValue { given } => format!(
                "{label} must be ON or empty, not \"{given}\". Write ON in capitals to turn it on, or leave it empty to turn it off."
            ),
            FindingCode::AutoComposeWithoutGroup => format!(
                "{label} is required when Auto compose is ON. Enter a group ID, or turn Auto compose off."
            ),
            FindingCode::GroupWithoutAutoCompose => format!(
                "{label} must be ON when a compose transcoding group ID is set. Turn Auto compose on, or clear the group ID."
            ),
            FindingCode::StorageShape => format!(
                "{label} must be a storage host name such as xxxx.oss-cn-shanghai.aliyuncs.com, without http:// or a path."
            ),
            FindingCode::StorageRegionConflict {
                storage_region,
                region,
            } => format!(
                "{label} is in {storage_region} but the region is {region}; the service refuses this. Use storage in {region}, or set the region to {storage_region}."
            ),
            FindingCode::StorageRegionUnknown => format!(
                "The region of this {} could not be read from the address. Make sure it is in the same region as the request.",
                label.to_lowercase()
            ),
            FindingCode::StorageRegionUnset { storage_region } => format!(
                "{label} is in {storage_region} but no region is set. Set the region to {storage_region} so they match."
            ),
            FindingCode::OnDemandValue { given } => {
                format!("{label} must be 0 (off) or 1, not \"{given}\". Leave it empty or use 0.")
            }
            FindingCode::OnDemandUnsupported => format!(
                "{label} = 1 is not supported for recording to VOD; recordings may not be made. Use 0 unless support told you otherwise."
            ),
        }
    }
}
