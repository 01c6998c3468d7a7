//! A batch's results as files: CSV (UTF-8 with a BOM, so that Excel opens it right) and JSON.

use crate::atomic_file::write_atomically;
use crate::operation::Field;
use crate::storage::history_export::ExportFormat;
use crate::storage::history_export::spreadsheet_safe;
use crate::storage::{BatchRow, StorageError};
use std::path::Path;

/// Writes `rows` (only the failures when `failures_only`) to `path` in `format`; returns how
/// many rows were written.
pub fn export(
    rows: Vec<BatchRow>,
    format: ExportFormat,
    failures_only: bool,
    path: &Path,
) -> Result<usize, StorageError> {
    let rows: Vec<BatchRow> = rows
        .into_iter()
        .filter(|r| !failures_only || r.state.is_failure())
        .collect();
    let text = match format {
        ExportFormat::Csv => to_csv(&rows),
        ExportFormat::Json => to_json(&rows),
    };
    write_atomically(path, text.as_bytes())?;
    Ok(rows.len())
}

/// The results as CSV: row, the stream's fields, outcome, RequestId, error code, explanation.
pub fn to_csv(rows: &[BatchRow]) -> String {
    let fields: Vec<Field> = Field::ALL
        .into_iter()
        .filter(|f| rows.iter().any(|r| r.fields.contains_key(f.api_name())))
        .collect();
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut header = vec!["Row"];
    header.extend(fields.iter().map(|f| f.api_name()));
    header.extend(["Outcome", "RequestId", "ErrorCode", "Explanation"]);
    let _ = writer.write_record(&header);
    for row in rows {
        let mut record = vec![row.row_no.to_string()];
        record.extend(
            fields
                .iter()
                .map(|f| row.fields.get(f.api_name()).cloned().unwrap_or_default()),
        );
        record.push(row.state.label().to_string());
        record.push(row.request_id.clone().unwrap_or_default());
        record.push(row.error_code.clone().unwrap_or_default());
        record.push(row.message.clone().unwrap_or_default());
        let _ = writer.write_record(
            record
                .iter()
                .map(|cell| spreadsheet_safe(cell).into_owned()),
        );
    }
    let body = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&body))
}

/// The results as a JSON array, one object per row.
pub fn to_json(rows: &[BatchRow]) -> String {
    let items: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            serde_json::json!({
                "row": r.row_no,
                "fields": r.fields,
                "outcome": r.state,
                "request_id": r.request_id,
                "code": r.error_code,
                "explanation": r.message,
            })
        })
        .collect();
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::RowState;

    #[test]
    fn csv_has_a_bom_and_one_line_per_row() {
        let rows = vec![BatchRow {
            row_no: 2,
            fields: [("StreamName".to_string(), "s,1".to_string())].into(),
            state: RowState::Failed,
            history_id: Some(1),
            request_id: Some("R".into()),
            error_code: Some("ConfigAlreadyExists".into()),
            message: Some("It exists.".into()),
        }];
        let csv = to_csv(&rows);
        assert!(csv.starts_with("\u{feff}Row,StreamName,Outcome"), "{csv}");
        assert!(
            csv.contains("2,\"s,1\",failed,R,ConfigAlreadyExists,It exists."),
            "{csv}"
        );
        assert!(to_json(&rows).contains("\"outcome\": \"failed\""));
    }
}
