//! `live-record-vod sandbox`: runs the local simulator in the foreground until Ctrl-C.

use super::CliError;
use crate::sandbox::{self, Faults, Identity, SandboxConfig, identities, world};
use crate::t;
use std::net::SocketAddr;
use std::time::Duration;

/// Arguments of `sandbox`.
#[derive(Debug, clap::Args)]
pub struct SandboxArgs {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:0", value_name = "ADDR")]
    pub listen: SocketAddr,
    /// Also accept this AccessKey ID (with --access-key-secret).
    #[arg(long, requires = "access_key_secret", value_name = "ID")]
    pub access_key_id: Option<String>,
    /// The secret for --access-key-id.
    #[arg(long, requires = "access_key_id", value_name = "SECRET")]
    pub access_key_secret: Option<String>,
    /// Require this STS security token with --access-key-id.
    #[arg(long, requires = "access_key_id", value_name = "TOKEN")]
    pub security_token: Option<String>,
    /// Fault: wait this long before each answer.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub latency_ms: u64,
    /// Fault: answer every call with HTTP 500 (InternalError) or 503 (ServiceUnavailable).
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(["500", "503"]), value_name = "STATUS")]
    pub fail_status: Option<String>,
    /// Fault: answer Throttling.User beyond this many calls per minute.
    #[arg(long, value_name = "N")]
    pub throttle_per_minute: Option<u32>,
    /// Fault: close each connection instead of answering.
    #[arg(long)]
    pub drop_connections: bool,
    /// Fault: answer with a body that is not JSON.
    #[arg(long)]
    pub malformed_body: bool,
    /// Fault: claim a million items in every paged answer.
    #[arg(long)]
    pub inflated_total: bool,
    /// Keep the configs in this file between runs (default: in memory only).
    #[arg(long, value_name = "FILE")]
    pub state: Option<std::path::PathBuf>,
    /// Append one JSON line per call received to this file: what a script really sent.
    #[arg(long, value_name = "FILE")]
    pub call_log: Option<std::path::PathBuf>,
    /// Push a simulated stream from the start (repeatable): a config that covers it records it
    /// every CycleDuration of sandbox time.
    #[arg(long, value_name = "DOMAIN/APP/STREAM")]
    pub live: Vec<String>,
    /// Give the account N generated streaming domains (channel-01.example.com, …) instead of 48,
    /// to try a large account.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=10_000))]
    pub channel_domains: Option<u32>,
    /// Run sandbox time N times faster (a 300 s cycle gives a recording every 300/N seconds).
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub time_scale: u32,
}

/// Runs the sandbox until Ctrl-C.
pub async fn run(args: SandboxArgs) -> Result<u8, CliError> {
    if let Some(n) = args.channel_domains {
        crate::sandbox::account::set_generated_domains(n as usize);
    }
    let mut config = SandboxConfig {
        listen: args.listen,
        state_file: args.state.clone(),
        time_scale: args.time_scale,
        live: args.live.clone(),
        call_log: args.call_log.clone(),
        ..SandboxConfig::default()
    };
    if let (Some(id), Some(secret)) = (&args.access_key_id, &args.access_key_secret) {
        config.identities.insert(
            0,
            Identity::custom(id, secret, args.security_token.as_deref()),
        );
    }
    config.faults = Faults {
        latency: Duration::from_millis(args.latency_ms),
        http_status: args.fail_status.as_deref().and_then(|s| s.parse().ok()),
        throttle_per_minute: args.throttle_per_minute,
        drop_connection: args.drop_connections,
        malformed_body: args.malformed_body,
        inflated_total: args.inflated_total,
    };
    let running = sandbox::start(config).await.map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidData | std::io::ErrorKind::InvalidInput => {
            CliError::invalid(e.to_string())
        }
        _ => CliError::invalid(t!(
            "cli-sandbox-cannot-listen-on",
            listen = args.listen,
            e = e.to_string()
        )),
    })?;
    println!("{}", running.base_url());
    if let Some(id) = &args.access_key_id {
        let token_note = if args.security_token.is_some() {
            t!("cli-sandbox-and-security-token")
        } else {
            String::new()
        };
        println!(
            "{}",
            t!(
                "cli-sandbox-accepts-accesskey-id-with-the",
                id = id,
                token_note = token_note
            )
        );
    }
    println!(
        "{}",
        t!(
            "cli-sandbox-demo-accesskey-id",
            id = identities::DEMO_ACCESS_KEY_ID
        )
    );
    println!(
        "{}",
        t!(
            "cli-sandbox-demo-accesskey-secret",
            secret = identities::DEMO_ACCESS_KEY_SECRET
        )
    );
    println!(
        "{}",
        t!(
            "cli-sandbox-demo-sts-id-secret-token",
            id = identities::DEMO_STS_ACCESS_KEY_ID,
            secret = identities::DEMO_STS_ACCESS_KEY_SECRET,
            token = identities::DEMO_SECURITY_TOKEN
        )
    );
    for line in world::describe() {
        println!("{}", t!("cli-sandbox-world", line = line));
    }
    match &args.state {
        Some(path) => println!(
            "{}",
            t!(
                "cli-sandbox-state-configs-are-kept-in",
                path = path.display()
            )
        ),
        None => println!("{}", t!("cli-sandbox-state-configs-are-kept-in-2")),
    }
    println!(
        "{}",
        t!("cli-sandbox-sandbox-answers-are-simulated-nothing")
    );
    if !args.listen.ip().is_loopback() {
        eprintln!(
            "{}",
            t!(
                "cli-sandbox-warning-listening-on-reachable-from",
                listen = args.listen
            )
        );
    }
    tokio::signal::ctrl_c().await.ok();
    running.stop().await;
    Ok(0)
}
