//! `live-record-vod configs list|update|delete`: see, change and remove a domain's
//! record-to-VOD configs, through the same pipeline as `submit` and the window.

use super::call_args::{self, CallArgs, Ran};
use super::call_cmd;
use super::submit_cmd::{self, SubmitArgs};
use super::{CliError, EXIT_INVALID};
use crate::operation::configs::{ConfigPage, RecordVodConfig};
use crate::operation::{Field, FormDraft, Operation};
use crate::t;
use crate::worker::PagesEnd;
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use tokio_util::sync::CancellationToken;

/// Arguments of `configs`.
#[derive(Debug, clap::Args)]
pub struct ConfigsArgs {
    #[command(subcommand)]
    action: ConfigsAction,
}

#[derive(Debug, clap::Subcommand)]
enum ConfigsAction {
    /// List a domain's configs (DescribeLiveRecordVodConfigs), a page at a time or --all.
    List(ListArgs),
    /// Change a config (UpdateLiveRecordVodConfig) from a preset and --set overrides.
    Update(SubmitArgs),
    /// Delete a config (DeleteLiveRecordVodConfig): recording into VOD stops for it.
    Delete(DeleteArgs),
}

/// The config a list or delete is about.
#[derive(Debug, clap::Args)]
struct Target {
    /// The streaming domain.
    #[arg(long, value_name = "DOMAIN")]
    domain: String,
    /// The app name.
    #[arg(long, value_name = "APP")]
    app: Option<String>,
    /// The stream name (empty: the config for every stream of the app).
    #[arg(long, value_name = "STREAM")]
    stream: Option<String>,
    /// The region (default: the profile's).
    #[arg(long, value_name = "REGION")]
    region: Option<String>,
}

impl Target {
    fn draft(&self) -> FormDraft {
        let mut draft = FormDraft::default().with(Field::DomainName, self.domain.as_str());
        for (field, value) in [
            (Field::AppName, &self.app),
            (Field::StreamName, &self.stream),
            (Field::RegionId, &self.region),
        ] {
            if let Some(v) = value {
                draft.set(field, v.as_str());
            }
        }
        draft
    }
}

#[derive(Debug, clap::Args)]
struct ListArgs {
    #[command(flatten)]
    target: Target,
    /// The page, from 1.
    #[arg(long, value_name = "N", default_value_t = 1)]
    page: u64,
    /// Configs per page, 5 to 100.
    #[arg(long, value_name = "N", default_value_t = 10)]
    page_size: u64,
    /// Follow the pages and list every config.
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    call: CallArgs,
}

#[derive(Debug, clap::Args)]
struct DeleteArgs {
    #[command(flatten)]
    target: Target,
    #[command(flatten)]
    call: CallArgs,
}

/// Runs `configs …`.
pub async fn run(args: ConfigsArgs, data_dir: &Path) -> Result<u8, CliError> {
    match args.action {
        ConfigsAction::List(list) => run_list(list, data_dir).await,
        ConfigsAction::Update(update) => submit_cmd::run(update, data_dir, Operation::Update).await,
        ConfigsAction::Delete(delete) => run_delete(delete, data_dir).await,
    }
}

async fn run_list(mut args: ListArgs, data_dir: &Path) -> Result<u8, CliError> {
    args.call.every_page = args.all;
    let pipeline = args.call.pipeline(data_dir)?;
    let mut fields = args.target.draft();
    fields.set(Field::PageNum, args.page.to_string());
    fields.set(Field::PageSize, args.page_size.to_string());
    let order = match args.call.order(Operation::Describe, &fields)? {
        Ok(order) => order,
        Err(code) => return Ok(code),
    };
    let sends = !args.call.dry_run && args.call.print_as.is_none();
    if !(args.all && sends) {
        let report = match call_args::run_order(&order, &args.call, &pipeline).await? {
            Ran::Sent(report) => report,
            Ran::NotSent(code) => return Ok(code),
        };
        let Some(page) = report.page.clone() else {
            return Ok(call_args::print_report(&report, args.call.json));
        };
        print_configs(
            &page.configs,
            page.total,
            &page_info(&page, false),
            args.call.json,
        );
        return Ok(0);
    }
    let all = match pipeline.call_all(&order, &CancellationToken::new()).await {
        Ok(all) => all,
        Err(e) => {
            return match call_args::not_sent(e, &args.call)? {
                Ran::NotSent(code) => Ok(code),
                Ran::Sent(report) => Ok(call_args::print_report(&report, args.call.json)),
            };
        }
    };
    let Some(page) = ConfigPage::parse(&all.answer.to_string())
        .filter(|_| !matches!(all.end, PagesEnd::Failed | PagesEnd::Unreadable))
    else {
        return Ok(call_args::print_report(&all.last, args.call.json));
    };
    print_configs(&page.configs, page.total, "", args.call.json);
    if let Some(note) = call_cmd::pages_note(&all) {
        eprintln!("{note}");
        return Ok(super::EXIT_REFUSED);
    }
    Ok(0)
}

fn print_configs(configs: &[RecordVodConfig], total: u64, page_info: &str, json: bool) {
    if json {
        println!(
            "{}",
            serde_json::json!({ "ok": true, "total": total, "configs": configs })
        );
    } else {
        print_table(configs, total, page_info);
    }
}

fn page_info(page: &ConfigPage, all: bool) -> String {
    if all {
        String::new()
    } else {
        t!(
            "cli-configs-page-of",
            page_num = page.page_num,
            page_count = page.page_count()
        )
    }
}

fn print_table(configs: &[RecordVodConfig], total: u64, page_info: &str) {
    println!(
        "{}",
        t!("cli-configs-config-s", total = total, page_info = page_info)
    );
    if configs.is_empty() {
        return;
    }
    let rows: Vec<[String; 6]> = configs
        .iter()
        .map(|c| {
            [
                c.app_name.clone(),
                if c.stream_name.is_empty() {
                    "*".into()
                } else {
                    c.stream_name.clone()
                },
                c.vod_transcode_group_id.clone(),
                c.cycle_duration.map(|n| n.to_string()).unwrap_or_default(),
                c.auto_compose.clone(),
                c.create_time.clone(),
            ]
        })
        .collect();
    let header = [
        t!("cli-configs-app"),
        t!("cli-configs-stream"),
        t!("cli-configs-transcode-group"),
        t!("cli-configs-cycle-s"),
        t!("cli-configs-compose"),
        t!("cli-configs-created"),
    ];
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| super::output::display_width(c))
                .chain(header.get(i).map(|h| super::output::display_width(h)))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| super::output::pad(c, *w))
            .collect();
        println!("{}", padded.join("  ").trim_end());
    };
    line(header.iter().map(String::as_str).collect());
    for row in &rows {
        line(row.iter().map(String::as_str).collect());
    }
}

async fn run_delete(args: DeleteArgs, data_dir: &Path) -> Result<u8, CliError> {
    let order = match args.call.order(Operation::Delete, &args.target.draft())? {
        Ok(order) => order,
        Err(code) => return Ok(code),
    };
    let pipeline = args.call.pipeline(data_dir)?;
    // A production profile's own question (naming the account) asks instead of this one.
    let production = args
        .call
        .send
        .profile(&pipeline)
        .await
        .is_ok_and(|p| p.guard.confirms_changes());
    if !production && !args.call.yes && !args.call.dry_run && args.call.print_as.is_none() {
        let target = crate::operation::request::target_of(
            &args.target.domain,
            Some(args.target.app.as_deref().unwrap_or_default()),
            args.target.stream.as_deref(),
        );
        if !std::io::stdin().is_terminal() {
            eprintln!(
                "{}",
                t!(
                    "cli-configs-error-deleting-stops-recording-into",
                    target = target
                )
            );
            return Ok(EXIT_INVALID);
        }
        eprint!(
            "{}",
            t!("cli-configs-delete-the-record-to-vod", target = target)
        );
        std::io::stderr().flush().ok();
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer).ok();
        // i18n-exempt: the answers a user may type, in either language
        if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes" | "是") {
            eprintln!("{}", t!("cli-configs-not-deleted"));
            return Ok(EXIT_INVALID);
        }
    }
    match call_args::run_order(&order, &args.call, &pipeline).await? {
        Ran::Sent(report) => Ok(call_args::print_report(&report, args.call.json)),
        Ran::NotSent(code) => Ok(code),
    }
}
