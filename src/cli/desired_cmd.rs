//! `export`, `plan` and `apply`: the record-to-VOD configs of a set of domains kept in a TOML
//! file that Git can diff. `plan` says what `apply` would change (and, with
//! `--detailed-exitcode`, whether the account drifted from the file); `apply` asks, plans again,
//! and sends every change through the pipeline, each call recorded. A crash or Ctrl-C leaves
//! the account part way: `apply` again plans from what the account now holds, so nothing is
//! sent twice.

use super::call_args::SendArgs;
use super::{CliError, EXIT_INVALID, EXIT_REFUSED, output};
use crate::operation::desired_state::{self, Action, DesiredFile, Plan};
use crate::storage::account_cache::AccountCache;
use crate::t;
use crate::worker::desired::DesiredProblem;
use crate::worker::{CallOrder, Pipeline};
use serde_json::json;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use tokio_util::sync::CancellationToken;

/// Exit code of `plan --detailed-exitcode` when the account differs from the file.
pub const EXIT_CHANGES: u8 = 3;

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Where to write the file.
    #[arg(long, value_name = "FILE")]
    pub to: PathBuf,
    /// Only this streaming domain (repeatable; default: every one of the account).
    #[arg(long = "domain", value_name = "DOMAIN")]
    pub domains: Vec<String>,
    #[command(flatten)]
    pub send: SendArgs,
}

/// Arguments of `plan` and `apply`.
#[derive(Debug, clap::Args)]
pub struct PlanArgs {
    /// The desired-state file (TOML).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Read the file's domain OLD as NEW (repeatable): copies a domain's setup to another.
    #[arg(long, value_name = "OLD=NEW")]
    pub rename_domain: Vec<String>,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub send: SendArgs,
}

/// Arguments of `plan`.
#[derive(Debug, clap::Args)]
pub struct PlanCmdArgs {
    #[command(flatten)]
    pub plan: PlanArgs,
    /// Exit 3 when changes are pending (0 when the account matches the file).
    #[arg(long)]
    pub detailed_exitcode: bool,
}

/// Arguments of `apply`.
#[derive(Debug, clap::Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub plan: PlanArgs,
    /// Apply without asking (needed without a terminal).
    #[arg(long)]
    pub yes: bool,
    /// Keep going after a change fails (default: stop at the first failure).
    #[arg(long)]
    pub continue_on_error: bool,
}

/// A problem of the file or the account, as the command line says it.
fn cli_error(problem: DesiredProblem, file: &Path) -> CliError {
    match problem {
        DesiredProblem::File(problems) => {
            CliError::invalid(format!("{}: {}", file.display(), problems.join("\n")))
        }
        DesiredProblem::Account(why) => CliError::refused(why),
        DesiredProblem::ChangedMeanwhile => CliError::refused(t!("cli-desired-changed-meanwhile")),
    }
}

/// Runs `export`.
pub async fn export(args: ExportArgs, data_dir: &Path) -> Result<u8, CliError> {
    let like = args.send.account_order()?;
    let pipeline = args.send.pipeline(data_dir, true)?;
    let domains = if args.domains.is_empty() {
        let key = args
            .send
            .account_key(&pipeline, &like)
            .await
            .map_err(|e| CliError::refused(e.message()))?;
        let cache = AccountCache::new(data_dir);
        let (facts, problems, _) = pipeline
            .cached_account_facts(&cache, &key, &like, &CancellationToken::new())
            .await;
        output::print_account_problems(&problems);
        facts
            .streaming_domains()
            .iter()
            .map(|d| d.name.clone())
            .collect()
    } else {
        args.domains.clone()
    };
    let (domains, configs, problems) = pipeline
        .export_configs(&like, &domains, &CancellationToken::new())
        .await;
    for problem in &problems {
        eprintln!("{}", t!("cli-desired-left-out", problem = problem.as_str()));
    }
    let text = desired_state::export(&domains, &configs);
    crate::atomic_file::write_atomically(&args.to, text.as_bytes())
        .map_err(|e| CliError::refused(e.to_string()))?;
    let without_storage = configs
        .iter()
        .filter(|c| c.storage_location.is_empty())
        .count();
    println!(
        "{}",
        t!(
            "cli-desired-exported",
            configs = configs.len(),
            domains = domains.len(),
            path = args.to.display().to_string()
        )
    );
    if without_storage > 0 {
        println!("{}", t!("cli-desired-no-storage", count = without_storage));
    }
    Ok(0)
}

/// Reads the file (exit 2 naming each problem's line) and the account, and plans.
async fn load_and_plan(
    args: &PlanArgs,
    pipeline: &Pipeline,
    like: &CallOrder,
) -> Result<(DesiredFile, Plan), CliError> {
    let text = std::fs::read_to_string(&args.file)
        .map_err(|e| CliError::invalid(format!("{}: {e}", args.file.display())))?;
    let mut rename = Vec::new();
    for pair in &args.rename_domain {
        let Some((old, new)) = pair.split_once('=') else {
            return Err(CliError::invalid(t!(
                "cli-desired-rename-shape",
                given = pair.as_str()
            )));
        };
        rename.push((old.trim().to_string(), new.trim().to_string()));
    }
    pipeline
        .plan_file(&text, &rename, like, &CancellationToken::new())
        .await
        .map_err(|p| cli_error(p, &args.file))
}

/// The plan for people: one line per change, the fields below, and what a change does to live
/// streams.
fn plan_text(plan: &Plan) -> String {
    let mut out = String::new();
    for c in &plan.changes {
        let (domain, app, stream) = c.target();
        let target = crate::operation::request::target_of(&domain, Some(&app), Some(&stream));
        let verb = match c.action {
            Action::Add => t!("cli-desired-add"),
            Action::Update => t!("cli-desired-update"),
            Action::Delete => t!("cli-desired-delete"),
            Action::Replace => t!("cli-desired-replace"),
        };
        out.push_str(&output::printable(&format!("{verb} {target}"))); // i18n-exempt: a layout
        out.push('\n');
        for (name, before, after) in &c.fields {
            let before = if before.is_empty() {
                t!("cli-desired-none")
            } else {
                before.clone()
            };
            // i18n-exempt: layouts of an API field name and its values
            let line = match c.action {
                Action::Add => format!("    {name} = {after}"), // i18n-exempt: a layout
                _ => format!("    {name}: {before} → {after}"), // i18n-exempt: a layout
            };
            out.push_str(&output::printable(&line));
            out.push('\n');
        }
        if c.action == Action::Replace {
            out.push_str(&format!("    {}\n", t!("cli-desired-replace-why")));
        }
    }
    out.push_str(&t!(
        "cli-desired-summary",
        changes = plan.changes.len(),
        deletes = plan.deletes(),
        unchanged = plan.unchanged
    ));
    out.push('\n');
    if !plan.changes.is_empty() {
        out.push_str(&t!("cli-desired-live-streams"));
        out.push('\n');
    }
    out
}

/// Runs `plan`.
pub async fn plan(args: PlanCmdArgs, data_dir: &Path) -> Result<u8, CliError> {
    let like = args.plan.send.account_order()?;
    let pipeline = args.plan.send.pipeline(data_dir, true)?;
    let (_, plan) = load_and_plan(&args.plan, &pipeline, &like).await?;
    if args.plan.json {
        println!("{}", desired_state::plan_json(&plan));
    } else {
        print!("{}", plan_text(&plan));
    }
    Ok(if args.detailed_exitcode && !plan.changes.is_empty() {
        EXIT_CHANGES
    } else {
        0
    })
}

/// Asks on a terminal whether to apply; `Err(exit code)` when not confirmed.
fn confirmed(plan: &Plan, yes: bool) -> Result<(), u8> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        eprintln!("{}", t!("cli-desired-needs-yes"));
        return Err(EXIT_INVALID);
    }
    eprint!(
        "{}",
        t!(
            "cli-desired-ask",
            changes = plan.changes.len(),
            deletes = plan.deletes()
        )
    );
    std::io::stderr().flush().ok();
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer).ok();
    // i18n-exempt: the answers a user may type, in either language
    if matches!(answer.trim().to_lowercase().as_str(), "y" | "yes" | "是") {
        Ok(())
    } else {
        eprintln!("{}", t!("cli-desired-not-applied"));
        Err(EXIT_INVALID)
    }
}

/// Runs `apply`.
pub async fn apply(args: ApplyArgs, data_dir: &Path) -> Result<u8, CliError> {
    let like = args.plan.send.account_order()?;
    let pipeline = args.plan.send.pipeline(data_dir, true)?;
    let profile = args.plan.send.profile(&pipeline).await.ok();
    // A read-only profile is refused before the account is read (plan is what it may do).
    if let Some(profile) = &profile {
        super::guard::refuse_read_only(profile)?;
    }
    let (file, shown) = load_and_plan(&args.plan, &pipeline, &like).await?;
    if !args.plan.json {
        print!("{}", plan_text(&shown));
    }
    if shown.changes.is_empty() {
        if args.plan.json {
            println!(
                "{}",
                json!({"ok": true, "applied": 0, "plan": desired_state::plan_json(&shown)})
            );
        }
        return Ok(0);
    }
    // A read-only profile refuses before the question; a production one asks its own, naming
    // the production account, instead of the plain one.
    let mut yes = args.yes;
    if let Some(profile) = &profile {
        let what = t!("cli-guard-apply", changes = shown.changes.len());
        if let Some(code) = super::guard::allow_change(profile, yes, &what)? {
            return Ok(code);
        }
        yes |= profile.guard.confirms_changes();
    }
    if let Err(code) = confirmed(&shown, yes) {
        return Ok(code);
    }
    // The account may have changed while the question was open: what is sent is what was shown.
    let json_out = args.plan.json;
    let print = move |report: &crate::worker::CallReport, _done: usize| {
        if !json_out {
            print!("{}", output::outcome_text(report));
        }
    };
    let done = match pipeline
        .apply_plan(
            &file,
            &shown,
            &like,
            args.continue_on_error,
            &print,
            &CancellationToken::new(),
        )
        .await
    {
        Ok(done) => done,
        Err(DesiredProblem::ChangedMeanwhile) => {
            eprintln!("{}", t!("cli-desired-changed-meanwhile"));
            return Ok(EXIT_REFUSED);
        }
        Err(problem) => return Err(cli_error(problem, &args.plan.file)),
    };
    let (applied, failed) = (done.applied, done.failed);
    if args.plan.json {
        println!(
            "{}",
            json!({"ok": failed == 0, "applied": applied, "failed": failed, "plan": desired_state::plan_json(&shown)})
        );
    } else {
        println!(
            "{}",
            t!(
                "cli-desired-applied",
                applied = applied,
                total = shown.changes.len()
            )
        );
    }
    Ok(if failed == 0 { 0 } else { EXIT_REFUSED })
}
