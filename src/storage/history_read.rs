//! Reading a stored history row back: tolerantly, so that one damaged row (a value of the
//! wrong type) is shown marked as damaged instead of making the whole history unreadable.

use super::batches::BatchLink;
use super::history::{HistoryEntry, OutcomeKind};
use crate::credentials::ProfileKind;
use crate::operation::Operation;
use rusqlite::Row;
use std::collections::BTreeMap;

/// The columns [`read_entry`] reads, in its order.
pub(super) const COLUMNS: &str = "id, started_at_ms, finished_at_ms, profile, endpoint_url, sandbox, \
    preset_name, signature, fields_json, outcome, request_id, http_status, error_code, \
    error_message, explanation, duration_ms, operation, deleted_json, batch_id, batch_row, \
    profile_kind";

/// Reads one row, tolerating a damaged one: a value of the wrong type (say, a BLOB where text
/// belongs) is read as well as it can be and the entry is marked damaged, so one bad row does
/// not make the whole history unreadable.
pub(super) fn read_entry(row: &Row<'_>) -> rusqlite::Result<HistoryEntry> {
    use rusqlite::types::ValueRef;
    let damaged = std::cell::Cell::new(false);
    let text = |i: usize| -> Option<String> {
        match row.get_ref(i) {
            Ok(ValueRef::Text(t)) => Some(String::from_utf8_lossy(t).into_owned()),
            Ok(ValueRef::Null) => None,
            Ok(ValueRef::Blob(b)) => {
                damaged.set(true);
                Some(String::from_utf8_lossy(b).into_owned())
            }
            Ok(ValueRef::Integer(n)) => Some(n.to_string()),
            Ok(ValueRef::Real(x)) => Some(x.to_string()),
            Err(_) => {
                damaged.set(true);
                None
            }
        }
    };
    let number = |i: usize| -> Option<i64> {
        match row.get_ref(i) {
            Ok(ValueRef::Integer(n)) => Some(n),
            Ok(ValueRef::Null) => None,
            _ => {
                damaged.set(true);
                None
            }
        }
    };
    let fields_json = text(8).unwrap_or_default();
    let fields = serde_json::from_str(&fields_json).unwrap_or_else(|_| {
        damaged.set(true);
        BTreeMap::new()
    });
    let entry = HistoryEntry {
        id: row.get(0)?,
        started_at_ms: number(1).unwrap_or_default(),
        finished_at_ms: number(2),
        profile: text(3).unwrap_or_default(),
        endpoint_url: text(4).unwrap_or_default(),
        sandbox: number(5).is_some_and(|n| n != 0),
        profile_kind: text(20).and_then(|k| ProfileKind::parse(&k)),
        preset_name: text(6),
        signature: text(7).unwrap_or_default(),
        fields,
        outcome: text(9)
            .and_then(|o| OutcomeKind::parse(&o))
            .unwrap_or(OutcomeKind::Unknown),
        request_id: text(10),
        http_status: number(11).and_then(|s| u16::try_from(s).ok()),
        error_code: text(12),
        error_message: text(13),
        explanation: text(14),
        duration_ms: number(15).and_then(|d| u64::try_from(d).ok()),
        operation: text(16)
            .and_then(|a| Operation::from_action(&a))
            .unwrap_or_default(),
        deleted: text(17).and_then(|json| serde_json::from_str(&json).ok()),
        batch: match (number(18), number(19).and_then(|n| u32::try_from(n).ok())) {
            (Some(batch_id), Some(row_no)) => Some(BatchLink { batch_id, row_no }),
            _ => None,
        },
        damaged: false,
    };
    Ok(HistoryEntry {
        damaged: damaged.get(),
        ..entry
    })
}
