//! `live-record-vod validate`: prints each error and warning of a preset, and with
//! `--check-account` what the account it would be sent to says about it.

use super::call_args::{SendArgs, check_against_account};
use super::{CliError, EXIT_INVALID, output, preset_input};
use crate::operation::{self, Operation};
use std::path::Path;

/// Arguments of `validate`.
#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub form: preset_input::FormArgs,
    /// The operation to check the fields for.
    #[arg(long, value_parser = super::operation_arg::parser(false), default_value = "add")]
    pub operation: Operation,
    /// Also check against the account (its domains, regions, template groups, OSS recording
    /// and streams): read-only calls with the profile and endpoint given.
    #[arg(long)]
    pub check_account: bool,
    #[command(flatten)]
    pub send: SendArgs,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Runs `validate`; exit 0 when the request could be sent, 2 when not.
pub async fn run(args: &ValidateArgs, data_dir: &Path) -> Result<u8, CliError> {
    let draft = args.form.load(data_dir)?.draft;
    let mut checked = operation::check(args.operation, &draft);
    let mut account = None;
    if args.check_account && checked.request.is_some() {
        let check = check_against_account(args.operation, &draft, &args.send, data_dir).await?;
        checked.add_account_findings(check.findings.clone());
        account = Some(check);
    }
    if args.json {
        let mut doc = serde_json::json!({
            "ok": checked.request.is_some(),
            "findings": output::findings_json(&checked),
        });
        if let Some(check) = &account {
            doc["account_calls"] = check.calls.into();
            doc["account_problems"] = check.problems.iter().map(ToString::to_string).collect();
        }
        println!("{doc}");
    } else {
        if let Some(check) = &account {
            output::print_account_problems(&check.problems);
        }
        print!("{}", output::findings_text(&checked));
    }
    Ok(if checked.request.is_some() {
        0
    } else {
        EXIT_INVALID
    })
}
