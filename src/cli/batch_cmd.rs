//! `live-record-vod batch`: check a spreadsheet's rows, send them at the service's limit,
//! resume an interrupted batch, list batches, write a template and export results.

use super::batch_load::{Loaded, load};
use super::call_args::SendArgs;
use super::operation_arg;
use super::{CliError, EXIT_INVALID, EXIT_REFUSED, preset_input};
use crate::batch;
use crate::operation::Operation;
use crate::storage::{BatchSettings, BatchState, History};
use crate::t;
use crate::worker::Pipeline;
use crate::worker::batch_run::{self, BatchControl, BatchJob, BatchUpdate, RerunError, RerunKind};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Arguments of `batch`.
#[derive(Debug, clap::Args)]
pub struct BatchArgs {
    #[command(subcommand)]
    pub command: BatchCommand,
}

/// The batch subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum BatchCommand {
    /// Check every row of a CSV file; print each error and warning by row number. Exit 2 if
    /// any row has an error.
    Check(CheckArgs),
    /// Check, then send every row (recorded in the history as it goes). Exit 0 only when every
    /// row succeeded.
    Run(RunArgs),
    /// Send the rows of an interrupted, stopped or cancelled batch that are not done yet.
    Resume(ResumeArgs),
    /// The recorded batches, newest first, with their state and counts.
    List(ListArgs),
    /// Write a CSV template to fill in, from a preset.
    Template(TemplateArgs),
    /// Write a batch's results (row, fields, outcome, RequestId, error) to a CSV or JSON file.
    Export(ExportArgs),
}

/// The file, its base preset and the operation.
#[derive(Debug, clap::Args)]
pub struct FileArgs {
    /// The CSV file: a header row of API field names (DomainName,AppName,StreamName,...),
    /// then one row per call. UTF-8 (with or without BOM) or GBK.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub base: preset_input::FormArgs,
    /// The operation of every row.
    #[arg(long, value_parser = operation_arg::parser(true), default_value = "add")]
    pub operation: Operation,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Do not check the rows against the account (its domains, regions, template groups, OSS
    /// recording and streams) first.
    #[arg(long)]
    pub no_account_check: bool,
}

/// Arguments of `batch check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub file: FileArgs,
    #[command(flatten)]
    pub send: SendArgs,
}

/// Arguments of `batch run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub file: FileArgs,
    #[command(flatten)]
    pub send: SendArgs,
    /// Keep going after a row fails (default: stop at the first failure).
    #[arg(long)]
    pub continue_on_error: bool,
    /// Send the rows without errors and skip the others (default: send nothing if any row has
    /// an error).
    #[arg(long)]
    pub skip_invalid: bool,
    /// Send without asking: a production profile asks first, and needs this without a
    /// terminal.
    #[arg(long)]
    pub yes: bool,
}

/// Arguments of `batch resume`.
#[derive(Debug, clap::Args)]
pub struct ResumeArgs {
    /// The batch (see `batch list`).
    #[arg(value_name = "ID")]
    pub id: i64,
    /// Send only the rows that failed, again.
    #[arg(long)]
    pub retry_failed: bool,
    /// With --retry-failed: send each failed row as this file (the batch's file, corrected)
    /// gives it now, matched by domain/app/stream, else by row number; each change is printed
    /// first.
    #[arg(long, value_name = "FILE", requires = "retry_failed")]
    pub from: Option<std::path::PathBuf>,
    /// Send without asking: a production profile asks first, and needs this without a
    /// terminal.
    #[arg(long)]
    pub yes: bool,
    #[command(flatten)]
    pub send: SendArgs,
    /// Print one JSON object per line instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `batch list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Print one JSON object per batch and line.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `batch template`.
#[derive(Debug, clap::Args)]
pub struct TemplateArgs {
    #[command(flatten)]
    pub base: preset_input::FormArgs,
    /// The operation the template is for.
    #[arg(long, value_parser = operation_arg::parser(true), default_value = "add")]
    pub operation: Operation,
    /// Where to write it.
    #[arg(long, value_name = "FILE")]
    pub to: PathBuf,
}

/// Arguments of `batch export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The batch (see `batch list`).
    #[arg(value_name = "ID")]
    pub id: i64,
    /// Where to write (a name ending in .json writes JSON, anything else CSV).
    #[arg(long, value_name = "FILE")]
    pub to: PathBuf,
    /// Only the rows that failed or whose outcome is unknown.
    #[arg(long)]
    pub failures: bool,
}

/// Runs a `batch` subcommand.
pub async fn run(args: BatchArgs, data_dir: &Path) -> Result<u8, CliError> {
    match args.command {
        BatchCommand::Check(a) => check(&a, data_dir).await,
        BatchCommand::Run(a) => run_file(a, data_dir).await,
        BatchCommand::Resume(a) => resume(a, data_dir).await,
        BatchCommand::List(a) => super::batch_records_cmd::list(&a, data_dir),
        BatchCommand::Template(a) => super::batch_records_cmd::template(&a, data_dir),
        BatchCommand::Export(a) => super::batch_records_cmd::export(&a, data_dir),
    }
}

/// Reads and checks the file over its base preset, then (unless `--no-account-check`) against
/// the account the rows would be sent to.
async fn check(args: &CheckArgs, data_dir: &Path) -> Result<u8, CliError> {
    let loaded = load(&args.file, &args.send, data_dir, args.file.json).await?;
    let checked = &loaded.tally;
    let args = &args.file;
    let errors = checked.error_rows;
    if !args.json {
        println!(
            "{}",
            t!(
                "cli-batch-rows-can-be-sent-with",
                count = checked.total,
                sendable = checked.sendable(),
                errors = errors,
                warning_rows = checked.warning_rows
            )
        );
    }
    Ok(if errors > 0 { EXIT_INVALID } else { 0 })
}

fn pipeline_with(
    send: &SendArgs,
    data_dir: &Path,
) -> Result<(Pipeline, Arc<Mutex<History>>), CliError> {
    let pipeline = send.pipeline(data_dir, true)?;
    let history = pipeline
        .history()
        .cloned()
        .ok_or_else(|| CliError::refused(t!("cli-batch-a-batch-needs-the-history")))?;
    Ok((pipeline, history))
}

/// The profile's guard before a batch sends `rows` rows (of batch `id`, for a resume).
async fn guard(
    pipeline: &Pipeline,
    send: &SendArgs,
    yes: bool,
    rows: usize,
    id: Option<i64>,
) -> Result<Option<u8>, CliError> {
    // A profile that cannot be read is said when the batch starts.
    let Ok(profile) = send.profile(pipeline).await else {
        return Ok(None);
    };
    let what = t!("cli-guard-send-batch", rows = rows, id = id.unwrap_or(0));
    super::guard::allow_change(&profile, yes, &what)
}

async fn run_file(args: RunArgs, data_dir: &Path) -> Result<u8, CliError> {
    let (pipeline, history) = pipeline_with(&args.send, data_dir)?;
    // A read-only profile is refused before the account is read for the check.
    if let Ok(profile) = args.send.profile(&pipeline).await {
        super::guard::refuse_read_only(&profile)?;
    }
    // With --json, standard output carries only the batch's lines; findings go to stderr.
    let loaded = load(&args.file, &args.send, data_dir, false).await?;
    let checked = &loaded.tally;
    let json = args.file.json;
    let errors = checked.error_rows;
    if errors > 0 && !args.skip_invalid {
        eprintln!(
            "{}",
            t!("cli-batch-error-row-s-have-errors", errors = errors)
        );
        return Ok(EXIT_INVALID);
    }
    if let Some(code) = guard(&pipeline, &args.send, args.yes, checked.sendable(), None).await? {
        return Ok(code);
    }
    let settings = BatchSettings {
        profile: args.send.profile.clone(),
        endpoint: args.send.endpoint.clone(),
        signature: crate::signing::SignatureMethod::from(args.send.signature)
            .as_str()
            .to_string(),
        timeout_secs: Some(args.send.timeout),
        continue_on_error: args.continue_on_error,
    };
    if checked.sendable() == 0 {
        return Err(CliError::invalid(t!("m-batch-run-no-row-can-be-sent")));
    }
    // The rows are recorded as the file is read again: never all of them held at once.
    let Loaded {
        file,
        base,
        tally,
        preset_name,
    } = &loaded;
    let rows = file.rows().filter_map(Result::ok).map(|(row_no, cells)| {
        let skipped = tally.skipped.get(&row_no).map(|why| why.to_string());
        (row_no, file.draft(base, cells), skipped)
    });
    let job = batch_run::record(
        &history,
        tally.operation,
        &args.file.file,
        preset_name.clone(),
        settings,
        rows,
        tally.sendable(),
    )
    .map_err(CliError::invalid)?;
    let code = send(&pipeline, job, json).await?;
    // The rows with errors were skipped because the user asked: every row sent succeeding is
    // a success, said with the count left out.
    if errors > 0 && code == 0 {
        eprintln!("{}", t!("cli-batch-skipped-as-asked", errors = errors));
    }
    Ok(code)
}

async fn resume(args: ResumeArgs, data_dir: &Path) -> Result<u8, CliError> {
    let (pipeline, history) = pipeline_with(&args.send, data_dir)?;
    let kind = if args.retry_failed {
        RerunKind::RetryFailed
    } else {
        RerunKind::Resume
    };
    let rows = batch_run::rows_to_send(&history, args.id, kind);
    if let Some(code) = guard(&pipeline, &args.send, args.yes, rows, Some(args.id)).await? {
        return Ok(code);
    }
    let corrections = match &args.from {
        Some(path) => corrections_from(&history, args.id, path)?,
        None => Vec::new(),
    };
    let mut job = match batch_run::rerun(&history, args.id, kind, &corrections, Some(data_dir)) {
        Ok(job) => job,
        // Nothing left to send is not invalid input: `batch run … || batch resume …` after a
        // crash succeeds when every row is done.
        Err(RerunError::NothingLeft(said)) => {
            println!("{said}");
            return Ok(0);
        }
        Err(RerunError::Refused(why)) => return Err(CliError::invalid(why)),
    };
    // Flags given now win over the ones the batch was started with.
    if args.send.profile.is_some() {
        job.settings.profile = args.send.profile.clone();
    }
    if args.send.endpoint.is_some() {
        job.settings.endpoint = args.send.endpoint.clone();
    }
    let before = job.before;
    let code = send(&pipeline, job, args.json).await?;
    // Rows skipped with --skip-invalid were left out on purpose; failures were not.
    let earlier_failures = before.failed > 0 && !args.retry_failed;
    Ok(if earlier_failures && code == 0 {
        EXIT_REFUSED
    } else {
        code
    })
}

/// The corrections `path` gives the failed rows of batch `id`, each printed.
fn corrections_from(
    history: &Arc<Mutex<History>>,
    id: i64,
    path: &Path,
) -> Result<Vec<batch::Correction>, CliError> {
    let (_, read) =
        batch_run::retry_corrections(history, id, Some(path)).map_err(CliError::invalid)?;
    let corrections = read.map_err(|e| CliError::invalid(e.to_string()))?;
    if corrections.is_empty() {
        println!(
            "{}",
            t!("cli-batch-no-correction", path = path.display().to_string())
        );
    }
    for c in &corrections {
        println!(
            "{}",
            t!(
                "cli-batch-correction",
                row = c.row_no,
                target = c.target.as_str()
            )
        );
        for (field, before, after) in &c.changes {
            // i18n-exempt: API name: before → after
            println!("  {}: {before} → {after}", field.api_name());
        }
    }
    Ok(corrections)
}

/// Sends a job with a progress bar (or JSON lines); Ctrl-C stops sending new rows, a second
/// Ctrl-C cancels the calls in flight. Returns the exit code.
async fn send(pipeline: &Pipeline, job: BatchJob, json: bool) -> Result<u8, CliError> {
    let batch_id = job.batch_id;
    let control = BatchControl::default();
    let on_ctrl_c = control.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            on_ctrl_c.cancel();
            eprintln!("{}", t!("cli-batch-nstopping-after-the-rows-in"));
            if tokio::signal::ctrl_c().await.is_ok() {
                on_ctrl_c.abort();
            }
        }
    });
    let bar = progress_bar(json);
    let mut all_ok = true;
    let mut stopped_unrecorded = false;
    let state = batch_run::run(pipeline, job, &control, |update| match update {
        BatchUpdate::Started { batch_id, rows } => {
            bar.set_length(rows);
            if json {
                println!("{}", serde_json::json!({"batch": batch_id, "rows": rows}));
            } else {
                say(
                    &bar,
                    t!(
                        "cli-batch-batch-sending-rows",
                        batch_id = batch_id,
                        rows = rows
                    ),
                );
            }
        }
        BatchUpdate::Row {
            batch_id,
            done,
            progress,
        } => {
            all_ok &= done.ok;
            if json {
                let doc = serde_json::json!({
                    "batch": batch_id, "row": done.row, "ok": done.ok,
                    "code": done.code, "request_id": done.request_id,
                });
                println!("{doc}");
            } else if !done.ok {
                say(
                    &bar,
                    t!(
                        "cli-batch-row-failed",
                        row = done.row,
                        code = done.code.as_deref().unwrap_or(""),
                        message = done.message
                    ),
                );
            }
            bar.set_position(progress.done);
            bar.set_message(progress.summary());
        }
        BatchUpdate::Finished {
            progress,
            counts,
            unrecorded,
            ..
        } => {
            stopped_unrecorded = unrecorded;
            bar.finish_and_clear();
            if !json {
                println!("{}", progress.summary());
                // A later run's figures alone hide the rows done before it.
                println!("{}", counts.totals(batch_id));
            }
        }
    })
    .await
    .map_err(CliError::refused)?;
    if !json {
        match state {
            BatchState::Done if all_ok => {
                println!(
                    "{}",
                    t!("cli-batch-batch-is-done-every-row", batch_id = batch_id)
                )
            }
            BatchState::Done => println!(
                "{}",
                t!("cli-batch-batch-is-done-with-failures", batch_id = batch_id)
            ),
            other => println!(
                "{}",
                t!(
                    "cli-batch-batch-batch-resume-sends-the",
                    batch_id = batch_id,
                    state = match other {
                        BatchState::Stopped if stopped_unrecorded => {
                            t!("cli-batch-stopped-unrecorded")
                        }
                        BatchState::Stopped => t!("cli-batch-stopped-at-first-failure"),
                        BatchState::Cancelled => t!("cli-batch-was-cancelled"),
                        _ => t!("cli-batch-was-interrupted"),
                    }
                )
            ),
        }
    }
    Ok(match state {
        BatchState::Done if all_ok => 0,
        // Stopped by the user (Ctrl-C): the shell's code for an interrupt, not "the service
        // said no".
        BatchState::Cancelled => EXIT_INTERRUPTED,
        _ => EXIT_REFUSED,
    })
}

/// Exit code when the user interrupted a batch (Ctrl-C), as shells report SIGINT.
const EXIT_INTERRUPTED: u8 = 130;

/// A line above the progress bar; without a terminal (the bar hidden) on standard error, where
/// a script's log keeps it.
fn say(bar: &ProgressBar, line: String) {
    if bar.is_hidden() {
        eprintln!("{line}");
    } else {
        bar.println(line);
    }
}

fn progress_bar(json: bool) -> ProgressBar {
    if json || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    // i18n-exempt: indicatif's template
    if let Ok(style) = ProgressStyle::with_template("{bar:30.cyan/blue} {msg}") {
        bar.set_style(style.progress_chars("█▉▊▋▌▍▎▏ "));
    }
    bar
}
