//! `live-record-vod history [filters]` and `history export`: the record of every submission.

use super::CliError;
use super::output::{pad, printable};
use crate::credentials::ProfileKind;
use crate::storage::history_export::{self, ExportFormat, format_time};
use crate::storage::paths::check_export_target;
use crate::storage::{History, HistoryEntry, HistoryQuery, OutcomeKind};
use crate::t;
use std::path::{Path, PathBuf};

/// Arguments of `history`.
#[derive(Debug, clap::Args)]
pub struct HistoryArgs {
    #[command(subcommand)]
    action: Option<HistoryAction>,
    #[command(flatten)]
    filter: FilterArgs,
    /// Show at most this many entries, newest first.
    #[arg(long, default_value_t = 20)]
    limit: u64,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, clap::Subcommand)]
enum HistoryAction {
    /// Write the matching entries (all by default) to a CSV or JSON file.
    Export {
        /// File format.
        #[arg(long, value_enum)]
        format: FormatArg,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
        #[command(flatten)]
        filter: FilterArgs,
    },
}

#[derive(Debug, Clone, clap::Args)]
struct FilterArgs {
    /// Find text in domain, app, stream, RequestId or error code.
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    /// Only this outcome.
    #[arg(long, value_enum)]
    outcome: Option<OutcomeArg>,
    /// Only this profile.
    #[arg(long, value_name = "NAME")]
    profile: Option<String>,
    /// Only calls of profiles of this kind.
    #[arg(long, value_enum)]
    kind: Option<KindFilter>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum KindFilter {
    Sandbox,
    Test,
    Production,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum OutcomeArg {
    Ok,
    Error,
    Unknown,
    Pending,
    NotSent,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Csv,
    Json,
}

impl FilterArgs {
    fn query(&self) -> HistoryQuery {
        HistoryQuery {
            search: self.search.clone().unwrap_or_default(),
            outcome: self.outcome.map(|o| match o {
                OutcomeArg::Ok => OutcomeKind::Ok,
                OutcomeArg::Error => OutcomeKind::Error,
                OutcomeArg::Unknown => OutcomeKind::Unknown,
                OutcomeArg::Pending => OutcomeKind::Pending,
                OutcomeArg::NotSent => OutcomeKind::NotSent,
            }),
            profile: self.profile.clone(),
            kind: self.kind.map(|k| match k {
                KindFilter::Sandbox => ProfileKind::Sandbox,
                KindFilter::Test => ProfileKind::Test,
                KindFilter::Production => ProfileKind::Production,
            }),
            ..HistoryQuery::default()
        }
    }
}

/// Runs `history`.
pub fn run(args: &HistoryArgs, data_dir: &Path) -> Result<u8, CliError> {
    let history = History::open(data_dir).map_err(|e| CliError::refused(e.to_string()))?;
    let storage = |e: crate::storage::StorageError| CliError::refused(e.to_string());
    match &args.action {
        Some(HistoryAction::Export { format, to, filter }) => {
            let query = filter.query();
            let total = history.count(&query).map_err(storage)?;
            let entries = history.page(&query, 0, total).map_err(storage)?;
            let format = match format {
                FormatArg::Csv => ExportFormat::Csv,
                FormatArg::Json => ExportFormat::Json,
            };
            if to.as_os_str() == "-" {
                let text = match format {
                    ExportFormat::Csv => history_export::to_csv(&entries),
                    ExportFormat::Json => history_export::to_json(&entries),
                };
                print!("{text}");
                return Ok(0);
            }
            check_export_target(to, data_dir).map_err(|e| CliError::invalid(e.to_string()))?;
            history_export::export(&entries, format, to).map_err(storage)?;
            println!(
                "{}",
                t!(
                    "cli-history-exported-entries-to",
                    count = entries.len(),
                    to = to.display()
                )
            );
        }
        None => {
            let query = args.filter.query();
            let entries = history.page(&query, 0, args.limit).map_err(storage)?;
            if args.json {
                println!("{}", history_export::to_json(&entries));
            } else if entries.is_empty() {
                eprintln!("{}", t!("cli-history-no-matching-history-entries"));
            } else {
                for e in &entries {
                    println!("{}", line(e));
                }
            }
        }
    }
    Ok(0)
}

fn line(e: &HistoryEntry) -> String {
    let target = e.summary();
    let mut detail = match e.outcome {
        OutcomeKind::Ok => e.request_id.clone().unwrap_or_default(),
        _ => e.error_code.clone().unwrap_or_default(),
    };
    if e.damaged {
        detail.push_str(&format!(" ({})", t!("history-entry-damaged")));
    }
    let place = e.place();
    let took = e
        .duration_ms
        .map(|d| t!("history-ms", d = d))
        .unwrap_or_default();
    t!(
        "cli-history-line",
        id = pad(&format!("#{}", e.id), 7),
        when = format_time(e.started_at_ms),
        outcome = pad(&e.outcome.label(), 15),
        target = printable(&target),
        place = place,
        profile = printable(&e.profile),
        detail = printable(&detail),
        took = took
    )
}
