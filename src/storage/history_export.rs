//! History export to CSV (for spreadsheets) and JSON (for scripts), written atomically.

use super::error::StorageError;
use super::history::HistoryEntry;
use crate::atomic_file::write_atomically;
use crate::operation::Field;
use chrono::{DateTime, SecondsFormat, Utc};
use std::path::Path;

/// Export file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Comma-separated values, one row per entry, one column per request field.
    Csv,
    /// A JSON array of entries.
    Json,
}

/// Formats a Unix-milliseconds time as RFC 3339 UTC, e.g. `2026-11-25T10:22:32.000Z`.
pub fn format_time(ms: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(SecondsFormat::Millis, true))
        .unwrap_or_default()
}

/// A cell as a spreadsheet should see it: one that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return is prefixed with `'`, so that Excel shows it as text instead of running it
/// as a formula (OWASP's rule against CSV injection).
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// The entries as CSV text (cells made safe for spreadsheets).
pub fn to_csv(entries: &[HistoryEntry]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<&str> = vec![
        "id",
        "started_at",
        "profile",
        "profile_kind",
        "endpoint",
        "sandbox",
        "preset",
        "signature",
    ];
    header.extend(Field::ALL.map(Field::api_name));
    header.extend([
        "outcome",
        "request_id",
        "http_status",
        "error_code",
        "error_message",
        "explanation",
        "duration_ms",
    ]);
    w.write_record(&header).ok();
    for e in entries {
        let mut row: Vec<String> = vec![
            e.id.to_string(),
            format_time(e.started_at_ms),
            e.profile.clone(),
            e.profile_kind
                .map(|k| k.as_str().to_string())
                .unwrap_or_default(),
            e.endpoint_url.clone(),
            e.sandbox.to_string(),
            e.preset_name.clone().unwrap_or_default(),
            e.signature.clone(),
        ];
        row.extend(Field::ALL.map(|f| e.field(f).to_string()));
        row.extend([
            e.outcome.as_str().to_string(),
            e.request_id.clone().unwrap_or_default(),
            e.http_status.map(|s| s.to_string()).unwrap_or_default(),
            e.error_code.clone().unwrap_or_default(),
            e.error_message.clone().unwrap_or_default(),
            e.explanation.clone().unwrap_or_default(),
            e.duration_ms.map(|d| d.to_string()).unwrap_or_default(),
        ]);
        w.write_record(row.iter().map(|cell| spreadsheet_safe(cell).into_owned()))
            .ok();
    }
    w.into_inner()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default()
}

/// The entries as a pretty JSON array, with readable start times.
pub fn to_json(entries: &[HistoryEntry]) -> String {
    let values: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| {
            let mut v = serde_json::to_value(e).unwrap_or_default();
            if let serde_json::Value::Object(map) = &mut v {
                map.insert(
                    "started_at".into(),
                    serde_json::Value::String(format_time(e.started_at_ms)),
                );
            }
            v
        })
        .collect();
    serde_json::to_string_pretty(&values).unwrap_or_else(|_| "[]".into())
}

/// Writes `entries` to `path` in `format`, replacing the file only once it is complete.
pub fn export(
    entries: &[HistoryEntry],
    format: ExportFormat,
    path: &Path,
) -> Result<(), StorageError> {
    let text = match format {
        ExportFormat::Csv => to_csv(entries),
        ExportFormat::Json => to_json(entries),
    };
    Ok(write_atomically(path, text.as_bytes())?)
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn cells_a_spreadsheet_would_run_are_kept_as_text() {
        for formula in ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(spreadsheet_safe(formula), format!("'{formula}"));
        }
        for plain in ["live.example.com", "a=b", "", "SANDBOX-1"] {
            assert_eq!(spreadsheet_safe(plain), plain);
        }
    }
}
