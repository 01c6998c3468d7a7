//! `live-record-vod submit`: validates, signs, sends and prints the outcome.

use super::{CliError, EXIT_INVALID, EXIT_REFUSED, output, preset_input};
use crate::client::{Call, Client, ClientConfig, Endpoint};
use crate::credentials::{self, Credentials};
use crate::operation;
use crate::sandbox::identities;
use crate::signing::SignatureMethod;
use std::path::PathBuf;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// Arguments of `submit`.
#[derive(Debug, clap::Args)]
pub struct SubmitArgs {
    /// Preset file (JSON).
    #[arg(long, value_name = "FILE")]
    pub preset: Option<PathBuf>,
    /// Override a field, e.g. --set AppName=live (repeatable).
    #[arg(long = "set", value_name = "Name=Value")]
    pub overrides: Vec<String>,
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
pub async fn run(args: SubmitArgs) -> Result<u8, CliError> {
    let draft = preset_input::load(args.preset.as_deref(), &args.overrides)?;
    let checked = operation::check(&draft);
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
    let endpoint = match &args.endpoint {
        Some(url) => {
            Endpoint::custom(url).map_err(|e| CliError::invalid(format!("--endpoint: {e}")))?
        }
        None => Endpoint::for_region(request.region_id.as_deref()),
    };
    let creds = credentials_for(&endpoint)?;
    let call = Call {
        request: &request,
        key: creds.signing_key(),
        signature: args.signature.into(),
        endpoint: &endpoint,
    };
    if args.dry_run {
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
    let cancel = CancellationToken::new();
    let on_ctrl_c = cancel.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            on_ctrl_c.cancel();
        }
    });
    let result = client.send(&call, &cancel).await;
    if args.json {
        println!("{}", output::outcome_json(&result, &request, &endpoint));
    } else {
        print!("{}", output::outcome_text(&result, &request, &endpoint));
    }
    Ok(if result.outcome.is_success() {
        0
    } else {
        EXIT_REFUSED
    })
}

/// Credentials from the environment; against a local endpoint, the sandbox's demo key otherwise.
fn credentials_for(endpoint: &Endpoint) -> Result<Credentials, CliError> {
    if let Some(creds) = Credentials::from_env() {
        return Ok(creds);
    }
    if endpoint.is_loopback() {
        eprintln!("note: no credentials in the environment; using the sandbox's demo AccessKey");
        return Ok(Credentials::new(
            identities::DEMO_ACCESS_KEY_ID,
            identities::DEMO_ACCESS_KEY_SECRET,
            None,
        ));
    }
    Err(CliError::invalid(format!(
        "no credentials: set {} and {} (and {} for STS), or use --endpoint with a local sandbox",
        credentials::ENV_ACCESS_KEY_ID,
        credentials::ENV_ACCESS_KEY_SECRET,
        credentials::ENV_SECURITY_TOKEN
    )))
}
