//! `live-record-vod status`: is everything recording? Every config of every streaming domain
//! (or of the domains named) with its state, and the live streams no config covers, as a
//! table, JSON, or the Prometheus text format for a team's monitoring.

use super::CliError;
use super::call_args::SendArgs;
use super::output::{self, pad};
use crate::operation::recording_report;
use crate::operation::recording_state::State;
use crate::storage::account_cache::AccountCache;
use crate::t;
use crate::worker::overview::OverviewReading;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::Path;
use tokio_util::sync::CancellationToken;

/// Exit code when `--fail-on-problem` finds a config not recording or a gap.
pub const EXIT_PROBLEM: u8 = 3;

/// Arguments of `status`.
#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// Only this streaming domain (repeatable; default: every one of the account).
    #[arg(long = "domain", value_name = "DOMAIN")]
    pub domains: Vec<String>,
    /// Print one JSON object (the same as --format json).
    #[arg(long)]
    pub json: bool,
    /// How to print it.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Exit 3 when a config is not recording or a live stream is not recorded into VOD.
    #[arg(long)]
    pub fail_on_problem: bool,
    #[command(flatten)]
    pub send: SendArgs,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people.
    Table,
    /// One JSON object for scripts.
    Json,
    /// The Prometheus text format (node_exporter's textfile collector).
    Prometheus,
}

/// Runs `status`.
pub async fn run(args: StatusArgs, data_dir: &Path) -> Result<u8, CliError> {
    let like = args.send.account_order()?;
    let pipeline = args.send.pipeline(data_dir, true)?;
    let key = args
        .send
        .account_key(&pipeline, &like)
        .await
        .map_err(|e| CliError::refused(e.message()))?;
    let cache = AccountCache::new(data_dir);
    let bar = progress_bar();
    let shown = bar.clone();
    let progress = move |done: usize, total: usize| {
        shown.set_length(total as u64);
        shown.set_position(done as u64);
    };
    let reading = pipeline
        .read_overview(
            &like,
            (&cache, &key),
            &args.domains,
            &progress,
            &CancellationToken::new(),
        )
        .await;
    bar.finish_and_clear();
    for problem in &reading.problems {
        eprintln!(
            "{}",
            t!("cli-status-problem", problem = problem.to_string())
        );
    }
    let format = if args.json { Format::Json } else { args.format };
    match format {
        Format::Table => print!("{}", table(&reading)),
        Format::Json => {
            let doc = recording_report::as_json(
                &reading.overview,
                reading.checked_at,
                reading.domains,
                reading.calls,
            );
            println!("{doc}");
        }
        Format::Prometheus => print!(
            "{}",
            recording_report::prometheus(&reading.overview, reading.checked_at)
        ),
    }
    Ok(if args.fail_on_problem && reading.overview.has_problem() {
        EXIT_PROBLEM
    } else {
        0
    })
}

/// A bar on a terminal's standard error while the domains are read; hidden otherwise.
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    // i18n-exempt: indicatif's template
    if let Ok(style) = ProgressStyle::with_template("{msg} {bar:30.cyan/blue} {pos}/{len}") {
        bar.set_style(style.progress_chars("█▉▊▋▌▍▎▏ "));
    }
    bar.set_message(t!("cli-status-progress"));
    bar
}

/// The table for people: the gaps first, then every config, then a summary line.
fn table(reading: &OverviewReading) -> String {
    let o = &reading.overview;
    let mut out = String::new();
    for gap in &o.gaps {
        let s = &gap.stream;
        let path = format!("{}/{}/{}", s.domain, s.app, s.stream);
        let line = if gap.recorded_to_oss {
            t!("cli-status-gap-oss", stream = path)
        } else {
            t!("cli-status-gap", stream = path)
        };
        out.push_str(&output::printable(&line));
        out.push('\n');
    }
    if !o.gaps.is_empty() {
        out.push('\n');
    }
    let header = [
        (t!("cli-status-domain"), 28),
        (t!("cli-status-app-stream"), 24),
        (t!("cli-status-state"), 15),
        (t!("cli-status-last-recording"), 22),
        (t!("cli-status-group"), 20),
    ];
    for (title, width) in &header {
        out.push_str(&pad(title, *width));
    }
    out.push_str(&t!("cli-status-cycle"));
    out.push('\n');
    for c in &o.configs {
        let config = &c.config;
        let stream = match config.stream_name.as_str() {
            "" => format!("{}/*", config.app_name),
            s => format!("{}/{s}", config.app_name),
        };
        let last = c
            .last_recording
            .as_ref()
            .map_or_else(|| "-".to_string(), |r| r.end.clone());
        let cycle = config
            .cycle_duration
            .map_or_else(|| "-".to_string(), |s| format!("{s} s"));
        let cells = [
            &config.domain_name,
            &stream,
            &c.state.label(),
            &last,
            &config.vod_transcode_group_id,
        ];
        for (cell, (_, width)) in cells.iter().zip(&header) {
            out.push_str(&pad(cell, *width));
        }
        out.push_str(&cycle);
        out.push('\n');
        if c.state != State::Recording && c.state != State::Idle {
            out.push_str(&format!("    {}\n", output::printable(&c.reason)));
        }
    }
    out.push_str(&t!(
        "cli-status-summary",
        configs = o.configs.len(),
        domains = reading.domains,
        recording = o.count(State::Recording),
        not_recording = o.count(State::NotRecording),
        idle = o.count(State::Idle),
        unknown = o.count(State::Unknown),
        gaps = o.gaps.len()
    ));
    out.push('\n');
    out
}
