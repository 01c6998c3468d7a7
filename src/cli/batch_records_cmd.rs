//! `batch list`, `batch template` and `batch export`: what is recorded, and files to fill in
//! or to read.

use super::CliError;
use super::batch_cmd::{ExportArgs, ListArgs, TemplateArgs};
use crate::atomic_file::write_atomically;
use crate::batch::{self, results};
use crate::storage::history_export::{ExportFormat, format_time};
use crate::storage::paths::check_export_target;
use crate::storage::{BatchSummary, History};
use crate::t;
use std::path::Path;
use std::sync::{Arc, Mutex};

fn open_history(data_dir: &Path) -> Result<Arc<Mutex<History>>, CliError> {
    History::open(data_dir)
        .map(|h| Arc::new(Mutex::new(h)))
        .map_err(|e| {
            CliError::refused(t!(
                "cli-batch-records-a-batch-needs-the-history",
                e = e.to_string()
            ))
        })
}

pub fn list(args: &ListArgs, data_dir: &Path) -> Result<u8, CliError> {
    let history = open_history(data_dir)?;
    let batches = history
        .lock()
        .map_err(|_| CliError::refused(t!("cli-batch-records-the-history-is-unavailable")))?
        .batches()
        .map_err(|e| CliError::refused(e.to_string()))?;
    if args.json {
        for b in &batches {
            println!("{}", serde_json::to_string(b).unwrap_or_default());
        }
    } else if batches.is_empty() {
        println!("{}", t!("cli-batch-records-no-batches-yet-batch-run"));
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
    t!(
        "cli-batch-list-line",
        id = format!("{:>4}", b.id),
        when = when,
        state = super::output::pad(&b.state.label(), 11),
        action = format!("{:<28}", b.operation.action()),
        ok = c.ok,
        failed = c.failed,
        unknown = c.unknown,
        not_sent = c.not_sent,
        skipped = c.skipped,
        total = c.total,
        source = b.source.as_str()
    )
}

pub fn template(args: &TemplateArgs, data_dir: &Path) -> Result<u8, CliError> {
    let base = args.base.load(data_dir)?;
    let text = batch::template_csv(args.operation, &base.draft);
    if args.to.as_os_str() == "-" {
        print!("{text}");
        return Ok(0);
    }
    check_export_target(&args.to, data_dir).map_err(|e| CliError::invalid(e.to_string()))?;
    write_atomically(&args.to, text.as_bytes())
        .map_err(|e| CliError::refused(format!("{}: {e}", args.to.display())))?;
    println!(
        "{}",
        t!(
            "cli-batch-records-wrote-fill-in-one-row",
            to = args.to.display()
        )
    );
    Ok(0)
}

pub fn export(args: &ExportArgs, data_dir: &Path) -> Result<u8, CliError> {
    let history = open_history(data_dir)?;
    let rows = history
        .lock()
        .map_err(|_| CliError::refused(t!("cli-batch-records-the-history-is-unavailable")))?
        .batch_rows(args.id)
        .map_err(|e| CliError::refused(e.to_string()))?;
    if rows.is_empty() {
        return Err(CliError::invalid(t!(
            "m-batch-run-there-is-no-batch-batch",
            id = args.id
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
    if args.to.as_os_str() == "-" {
        let rows: Vec<_> = rows
            .into_iter()
            .filter(|r| !args.failures || r.state.is_failure())
            .collect();
        print!("{}", results::to_csv(&rows));
        return Ok(0);
    }
    check_export_target(&args.to, data_dir).map_err(|e| CliError::invalid(e.to_string()))?;
    let written = results::export(rows, format, args.failures, &args.to)
        .map_err(|e| CliError::refused(format!("{}: {e}", args.to.display())))?;
    println!(
        "{}",
        t!(
            "cli-batch-records-wrote-rows-to",
            written = written,
            to = args.to.display()
        )
    );
    Ok(0)
}
