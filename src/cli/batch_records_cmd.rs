//! `batch list`, `batch template` and `batch export`: what is recorded, and files to fill in
//! or to read.

use super::CliError;
use super::batch_cmd::{ExportArgs, ListArgs, TemplateArgs};
use crate::batch::{self, results};
use crate::storage::atomic_file::write_atomically;
use crate::storage::history_export::{ExportFormat, format_time};
use crate::storage::{BatchSummary, History};
use std::path::Path;
use std::sync::{Arc, Mutex};

fn open_history(data_dir: &Path) -> Result<Arc<Mutex<History>>, CliError> {
    History::open(data_dir)
        .map(|h| Arc::new(Mutex::new(h)))
        .map_err(|e| {
            CliError::refused(format!(
                "a batch needs the history to keep track of its rows: {e}"
            ))
        })
}

pub fn list(args: &ListArgs, data_dir: &Path) -> Result<u8, CliError> {
    let history = open_history(data_dir)?;
    let batches = history
        .lock()
        .map_err(|_| CliError::refused("the history is unavailable"))?
        .batches()
        .map_err(|e| CliError::refused(e.to_string()))?;
    if args.json {
        for b in &batches {
            println!("{}", serde_json::to_string(b).unwrap_or_default());
        }
    } else if batches.is_empty() {
        println!("No batches yet: `batch run FILE` sends one.");
    } else {
        for b in &batches {
            println!("{}", list_line(b));
        }
    }
    Ok(0)
}

fn list_line(b: &BatchSummary) -> String {
    let when = format_time(b.created_at_ms);
    let c = &b.counts;
    format!(
        "{:>4}  {when}  {:<11}  {:<28}  {} ok, {} failed, {} unknown, {} not sent, {} skipped of {}  ({})",
        b.id,
        b.state.as_str(),
        b.operation.action(),
        c.ok,
        c.failed,
        c.unknown,
        c.not_sent,
        c.skipped,
        c.total,
        b.source
    )
}

pub fn template(args: &TemplateArgs, data_dir: &Path) -> Result<u8, CliError> {
    let base = args.base.load(data_dir)?;
    let text = batch::template_csv(args.operation.into(), &base.draft);
    write_atomically(&args.to, text.as_bytes())
        .map_err(|e| CliError::refused(format!("{}: {e}", args.to.display())))?;
    println!(
        "Wrote {}: fill in one row per stream, then `batch check` it.",
        args.to.display()
    );
    Ok(0)
}

pub fn export(args: &ExportArgs, data_dir: &Path) -> Result<u8, CliError> {
    let history = open_history(data_dir)?;
    let rows = history
        .lock()
        .map_err(|_| CliError::refused("the history is unavailable"))?
        .batch_rows(args.id)
        .map_err(|e| CliError::refused(e.to_string()))?;
    if rows.is_empty() {
        return Err(CliError::invalid(format!(
            "there is no batch {}; `batch list` shows them",
            args.id
        )));
    }
    let json = args
        .to
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let format = if json {
        ExportFormat::Json
    } else {
        ExportFormat::Csv
    };
    let written = results::export(rows, format, args.failures, &args.to)
        .map_err(|e| CliError::refused(format!("{}: {e}", args.to.display())))?;
    println!("Wrote {written} rows to {}.", args.to.display());
    Ok(0)
}
