//! `live-record-vod submit`: validates, signs, sends and prints the outcome.

use super::profile_cmd::resolve as resolve_profile;
use super::{CliError, EXIT_INVALID, EXIT_REFUSED, output, preset_input};
use crate::client::{Call, Client, ClientConfig, Endpoint};
use crate::operation;
use crate::operation::preset_file::PresetFile;
use crate::signing::SignatureMethod;
use crate::storage::{History, PresetStore};
use crate::worker::{self, SubmitJob};
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// Arguments of `submit`.
#[derive(Debug, clap::Args)]
pub struct SubmitArgs {
    #[command(flatten)]
    pub form: preset_input::FormArgs,
    /// The credentials profile (default: the environment's when set, else the default profile).
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Send to this endpoint instead of the region's (http:// only for this computer).
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// Signature method.
    #[arg(long, value_enum, default_value_t = SignatureArg::V3)]
    pub signature: SignatureArg,
    /// Give up on an attempt after this many seconds.
    #[arg(long, default_value_t = 30, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
    /// Extra attempts after throttling, a 503, a timeout or a lost connection.
    #[arg(long, default_value_t = 2, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=5))]
    pub retries: u32,
    /// Print the signed request without sending it (the security token masked).
    #[arg(long)]
    pub dry_run: bool,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `--signature` values.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum SignatureArg {
    /// ACS3-HMAC-SHA256 (default).
    V3,
    /// RPC HMAC-SHA1.
    V1,
}

impl From<SignatureArg> for SignatureMethod {
    fn from(a: SignatureArg) -> Self {
        match a {
            SignatureArg::V3 => SignatureMethod::V3,
            SignatureArg::V1 => SignatureMethod::V1,
        }
    }
}

/// Runs `submit`.
pub async fn run(args: SubmitArgs, data_dir: &Path) -> Result<u8, CliError> {
    let form = args.form.load(data_dir)?;
    let draft = &form.draft;
    let checked = operation::check(draft);
    let Some(request) = checked.request.clone() else {
        if args.json {
            let doc = serde_json::json!({
                "ok": false,
                "code": "InvalidInput",
                "explanation": "The request has errors and was not sent.",
                "findings": output::findings_json(&checked),
            });
            println!("{doc}");
        } else {
            eprint!("{}", output::findings_text(&checked));
        }
        return Ok(EXIT_INVALID);
    };
    if !args.json && !checked.findings.is_empty() {
        eprint!("{}", output::findings_text(&checked));
    }
    let custom = match &args.endpoint {
        Some(url) => {
            Some(Endpoint::custom(url).map_err(|e| CliError::invalid(format!("--endpoint: {e}")))?)
        }
        None => None,
    };
    let chosen = resolve_profile(args.profile.as_deref(), data_dir, custom.as_ref())?;
    let endpoint = custom.unwrap_or_else(|| chosen.endpoint(request.region_id.as_deref()));
    let profile = chosen.name.clone();
    let creds = chosen.credentials;
    if args.dry_run {
        let call = Call {
            request: &request,
            key: creds.signing_key(),
            signature: args.signature.into(),
            endpoint: &endpoint,
            timeout: None,
        };
        let token = creds.security_token.as_ref().map(|t| t.expose());
        let shown = Client::prepare(&call).redacted(token);
        if args.json {
            println!("{}", output::prepared_json(&shown));
        } else {
            print!("{}", output::prepared_text(&shown));
        }
        return Ok(0);
    }
    let client = Client::new(ClientConfig {
        total_timeout: Duration::from_secs(args.timeout),
        max_retries: args.retries,
        ..ClientConfig::default()
    })
    .map_err(|e| CliError::refused(e.to_string()))?;
    let history = match History::open(data_dir) {
        Ok(h) => Some(Mutex::new(h)),
        Err(e) => {
            eprintln!(
                "warning: the history is unavailable, so this submission is not recorded: {e}"
            );
            None
        }
    };
    let cancel = CancellationToken::new();
    let on_ctrl_c = cancel.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            on_ctrl_c.cancel();
        }
    });
    let job = SubmitJob {
        request: request.clone(),
        credentials: creds,
        profile: profile.clone(),
        preset_name: form.preset_name.clone(),
        signature: args.signature.into(),
        endpoint: endpoint.clone(),
        timeout: None,
        account_id: super::profile_cmd::open_book(data_dir)
            .ok()
            .and_then(|b| b.account_id(&profile)),
    };
    let report = worker::submit(&client, history.as_ref(), &job, &cancel).await;
    if let Some(problem) = &report.history_problem {
        eprintln!("warning: this submission could not be recorded in the history: {problem}");
    }
    remember_profile(data_dir, form.stored, &profile);
    let result = &report.result;
    if args.json {
        let mut doc = output::outcome_json(result, &request, &endpoint, job.account_id.as_deref());
        doc["history_id"] = serde_json::json!(report.history_id);
        doc["profile"] = serde_json::json!(profile);
        println!("{doc}");
    } else {
        print!(
            "{}",
            output::outcome_text(result, &request, &endpoint, job.account_id.as_deref())
        );
    }
    Ok(if result.outcome.is_success() {
        0
    } else {
        EXIT_REFUSED
    })
}

/// A saved preset remembers the profile it was last used with.
fn remember_profile(data_dir: &Path, stored: Option<PresetFile>, profile: &str) {
    let Some(mut preset) = stored else { return };
    if preset.profile.as_deref() == Some(profile) {
        return;
    }
    preset.profile = Some(profile.to_string());
    if let Err(e) = PresetStore::new(data_dir).save(&preset, true) {
        eprintln!("warning: could not remember the profile in the preset: {e}");
    }
}
