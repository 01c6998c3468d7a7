//! `live-record-vod validate`: prints each error and warning of a preset.

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
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Runs `validate`; exit 0 when the request could be sent, 2 when not.
pub fn run(args: &ValidateArgs, data_dir: &Path) -> Result<u8, CliError> {
    let draft = args.form.load(data_dir)?.draft;
    let checked = operation::check(args.operation, &draft);
    if args.json {
        let doc = serde_json::json!({
            "ok": checked.request.is_some(),
            "findings": output::findings_json(&checked),
        });
        println!("{doc}");
    } else {
        print!("{}", output::findings_text(&checked));
    }
    Ok(if checked.request.is_some() {
        0
    } else {
        EXIT_INVALID
    })
}
