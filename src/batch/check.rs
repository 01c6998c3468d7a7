//! Checks every row of a batch with the form's rules, before anything is sent, and finds rows
//! that repeat another row's domain/app/stream.

use crate::operation::{Field, Finding, FormDraft, Operation, Request, Severity, check};
use crate::t;
use std::collections::HashMap;

/// One problem of one row.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowFinding {
    /// The field, by API name ("" for the whole row).
    pub field: &'static str,
    /// The stable code scripts read, e.g. `Required` or `DomainNotInAccount`.
    pub code: &'static str,
    /// Whether it blocks sending the row.
    pub error: bool,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl RowFinding {
    /// A field's finding as a row's.
    fn of(f: &Finding) -> RowFinding {
        RowFinding {
            field: f.field.api_name(),
            code: f.code.name(),
            error: f.severity == Severity::Error,
            message: f.message(),
        }
    }
}

/// A checked row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowCheck {
    /// Its number in the spreadsheet.
    pub row_no: u32,
    /// Its fields (base preset applied).
    pub draft: FormDraft,
    /// Its errors and warnings.
    pub findings: Vec<RowFinding>,
    /// The request, when the row has no error.
    pub request: Option<Request>,
}

impl RowCheck {
    /// Adds findings (the check against the account's); an error among them withdraws the
    /// row's request.
    pub fn add_findings(&mut self, findings: &[Finding]) {
        for f in findings {
            self.findings.push(RowFinding::of(f));
        }
        if self.has_error() {
            self.request = None;
        }
    }

    /// Whether the row has an error (and is not sent).
    pub fn has_error(&self) -> bool {
        self.findings.iter().any(|f| f.error)
    }

    /// The first error, in words (why a skipped row was skipped).
    pub fn first_error(&self) -> Option<String> {
        self.findings
            .iter()
            .find(|f| f.error)
            .map(|f| match f.field {
                "" => f.message.clone(),
                field => t!("m-check-field-message", field = field, message = f.message),
            })
    }
}

/// Every row checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchCheck {
    /// The operation they were checked for.
    pub operation: Operation,
    /// Each row, in file order.
    pub rows: Vec<RowCheck>,
}

impl BatchCheck {
    /// Rows with at least one error.
    pub fn error_rows(&self) -> usize {
        self.rows.iter().filter(|r| r.has_error()).count()
    }

    /// Rows with warnings only.
    pub fn warning_rows(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| !r.has_error() && !r.findings.is_empty())
            .count()
    }

    /// Rows that can be sent.
    pub fn sendable(&self) -> usize {
        self.rows.len() - self.error_rows()
    }
}

/// Checks each row for `operation`. A row that repeats an earlier row's domain, app and stream
/// is an error: the second call would fail or undo the first.
pub fn check_rows(operation: Operation, rows: Vec<(u32, FormDraft)>) -> BatchCheck {
    check_rows_after(operation, rows, &mut Seen::default())
}

/// The domain/app/stream of the rows checked so far, for the repeats of a file checked a part
/// at a time: 128-bit digests, so a million rows cost 32 MB, not their names.
#[derive(Debug, Default)]
pub struct Seen(HashMap<u128, u32>);

impl Seen {
    /// The earlier row with the same domain, app and stream; else remembers this one.
    fn first(&mut self, draft: &FormDraft, row_no: u32) -> Option<u32> {
        use std::hash::{Hash, Hasher};
        let key = (
            draft.trimmed(Field::DomainName).to_ascii_lowercase(),
            draft.trimmed(Field::AppName),
            draft.trimmed(Field::StreamName),
        );
        let half = |salt: u8| {
            let mut h = std::hash::DefaultHasher::new();
            salt.hash(&mut h);
            key.hash(&mut h);
            h.finish()
        };
        let digest = (u128::from(half(1)) << 64) | u128::from(half(2));
        match self.0.get(&digest) {
            Some(first) => Some(*first),
            None => {
                self.0.insert(digest, row_no);
                None
            }
        }
    }
}

/// Checks rows that follow the rows `seen` already holds (a file checked a part at a time).
pub fn check_rows_after(
    operation: Operation,
    rows: Vec<(u32, FormDraft)>,
    seen: &mut Seen,
) -> BatchCheck {
    let rows = rows
        .into_iter()
        .map(|(row_no, draft)| {
            let checked = check(operation, &draft);
            let mut findings: Vec<RowFinding> =
                checked.findings.iter().map(RowFinding::of).collect();
            if let Some(first) = seen.first(&draft, row_no) {
                findings.push(RowFinding {
                    field: "",
                    code: "RepeatsRow",
                    error: true,
                    message: t!("m-check-repeats-row-the-same-domain", first = first),
                });
            }
            let request = if findings.iter().any(|f| f.error) {
                None
            } else {
                checked.request
            };
            RowCheck {
                row_no,
                draft,
                findings,
                request,
            }
        })
        .collect();
    BatchCheck { operation, rows }
}

/// A file's check kept small: the counts and why each row with an error is skipped; the rows
/// themselves are handed back part by part (to print) and not kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckTally {
    /// The operation they were checked for.
    pub operation: Operation,
    /// Every row.
    pub total: usize,
    /// Rows with at least one error.
    pub error_rows: usize,
    /// Rows with warnings only.
    pub warning_rows: usize,
    /// Why each row with an error is skipped, by row number; rows with the same reason share
    /// its words (a million rows missing one field cost their numbers, not a million copies).
    pub skipped: HashMap<u32, std::sync::Arc<str>>,
    reasons: std::collections::HashSet<std::sync::Arc<str>>,
}

impl CheckTally {
    /// An empty tally for `operation`.
    pub fn new(operation: Operation) -> CheckTally {
        CheckTally {
            operation,
            total: 0,
            error_rows: 0,
            warning_rows: 0,
            skipped: HashMap::new(),
            reasons: std::collections::HashSet::new(),
        }
    }

    /// Counts a checked part of the file; returns its rows with findings.
    pub fn add(&mut self, part: BatchCheck) -> Vec<RowCheck> {
        self.total += part.rows.len();
        let problems: Vec<RowCheck> = part
            .rows
            .into_iter()
            .filter(|row| !row.findings.is_empty())
            .collect();
        for row in &problems {
            if let Some(why) = row.first_error() {
                self.error_rows += 1;
                let why: std::sync::Arc<str> = match self.reasons.get(why.as_str()) {
                    Some(known) => std::sync::Arc::clone(known),
                    None => {
                        let new: std::sync::Arc<str> = why.into();
                        self.reasons.insert(std::sync::Arc::clone(&new));
                        new
                    }
                };
                self.skipped.insert(row.row_no, why);
            } else {
                self.warning_rows += 1;
            }
        }
        problems
    }

    /// Rows that can be sent.
    pub fn sendable(&self) -> usize {
        self.total - self.error_rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(stream: &str) -> FormDraft {
        FormDraft::example().with(Field::StreamName, stream)
    }

    #[test]
    fn repeats_and_errors_are_found_per_row() {
        let checked = check_rows(
            Operation::Add,
            vec![
                (2, row("a")),
                (3, row("b")),
                (4, row("a")),
                (5, row("bad stream")),
            ],
        );
        assert_eq!(checked.error_rows(), 2);
        assert!(
            checked.rows[2].findings[0]
                .message
                .contains("repeats row 2")
        );
        assert_eq!(checked.rows[3].findings[0].field, "StreamName");
        assert!(checked.rows[0].request.is_some());
        assert!(checked.rows[2].request.is_none());
        assert_eq!(checked.sendable(), 2);
    }
}
