//! `live-record-vod submit`: adds a config from a preset, through the worker's pipeline.

use super::call_args::{self, CallArgs, Ran};
use super::{CliError, preset_input};
use crate::operation::Operation;
use crate::operation::preset_file::PresetFile;
use crate::storage::PresetStore;
use crate::storage::account_cache::AccountCache;
use crate::t;
use std::path::Path;

/// Arguments of `submit`.
#[derive(Debug, clap::Args)]
pub struct SubmitArgs {
    #[command(flatten)]
    pub form: preset_input::FormArgs,
    #[command(flatten)]
    pub call: CallArgs,
    /// Send without checking against the account first (its domains, regions, template
    /// groups, OSS recording and streams).
    #[arg(long)]
    pub no_account_check: bool,
}

/// Runs `submit` (or `configs update`, with `operation` Update).
pub async fn run(args: SubmitArgs, data_dir: &Path, operation: Operation) -> Result<u8, CliError> {
    let form = args.form.load(data_dir)?;
    let mut args = args;
    if !args.no_account_check {
        args.call.account_check = Some(AccountCache::new(data_dir));
    }
    let mut order = match args.call.order(operation, &form.draft)? {
        Ok(order) => order,
        Err(code) => return Ok(code),
    };
    order.preset_name = form.preset_name.clone();
    let pipeline = args.call.pipeline(data_dir)?;
    let report = match call_args::run_order(&order, &args.call, &pipeline).await? {
        Ran::Sent(report) => report,
        Ran::NotSent(code) => return Ok(code),
    };
    remember_profile(data_dir, form.stored, &report.profile);
    Ok(call_args::print_report(&report, args.call.json))
}

/// A saved preset remembers the profile it was last used with.
fn remember_profile(data_dir: &Path, stored: Option<PresetFile>, profile: &str) {
    let Some(mut preset) = stored else { return };
    if preset.profile.as_deref() == Some(profile) {
        return;
    }
    preset.profile = Some(profile.to_string());
    if let Err(e) = PresetStore::new(data_dir).save(&preset, true) {
        eprintln!(
            "{}",
            t!(
                "cli-submit-warning-could-not-remember-the",
                e = e.to_string()
            )
        );
    }
}
