//! What every calling command (`submit`, `configs …`) takes besides its fields, and the one
//! function that hands an order to the worker's pipeline and prints the outcome.

use super::{CliError, EXIT_INVALID, EXIT_REFUSED, output};
use crate::client::ClientConfig;
use crate::codegen::{self, CodeInput, Language, Shell};
use crate::credentials::ProfileSource;
use crate::credentials::SecretStore;
use crate::operation::Checked;
use crate::operation::{FormDraft, Operation};
use crate::signing::SignatureMethod;
use crate::storage::account_cache::AccountCache;
use crate::t;
use crate::worker::{AccountCheck, CallOrder, CallReport, NotSent, Pipeline, Resolved};
use std::path::Path;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// Who signs the calls, where they go and how long each may take: what every sending
/// command takes (`submit`, `configs …`, `batch run`, `batch resume`).
#[derive(Debug, Clone, clap::Args)]
pub struct SendArgs {
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
}

/// A call's sending flags and its output.
#[derive(Debug, Clone, clap::Args)]
pub struct CallArgs {
    #[command(flatten)]
    pub send: SendArgs,
    /// Print the signed request without sending it (the security token masked).
    #[arg(long)]
    pub dry_run: bool,
    /// Change without asking: a production profile asks first, and needs this without a
    /// terminal.
    #[arg(long)]
    pub yes: bool,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    /// Print the request as code instead of sending it (nothing is sent; no secret is printed).
    #[arg(long, value_enum, value_name = "LANG")]
    pub print_as: Option<PrintAs>,
    /// The shell the `aliyun` command is quoted for (with --print-as aliyun).
    #[arg(long, value_enum, default_value_t = ShellArg::default())]
    pub shell: ShellArg,
    /// Set by a command's `--all`: printed code follows every page.
    #[arg(skip)]
    pub every_page: bool,
    /// Set by `submit` and `configs update` unless `--no-account-check`: an Add or an Update
    /// is checked against the account (with this cache) before it is sent.
    #[arg(skip)]
    pub account_check: Option<AccountCache>,
}

/// `--print-as` values.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PrintAs {
    /// The aliyun command line.
    Aliyun,
    /// Python (alibabacloud_live20161101).
    Python,
    /// Java (com.aliyun:live20161101).
    Java,
    /// Go (github.com/alibabacloud-go/live-20161101/v2).
    Go,
    /// Node.js / TypeScript (@alicloud/live20161101).
    Node,
}

/// `--shell` values.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ShellArg {
    /// sh, bash, zsh.
    Posix,
    /// PowerShell.
    Powershell,
    /// cmd.exe.
    Cmd,
}

impl Default for ShellArg {
    fn default() -> Self {
        match Shell::platform_default() {
            Shell::Posix => ShellArg::Posix,
            Shell::PowerShell => ShellArg::Powershell,
            Shell::Cmd => ShellArg::Cmd,
        }
    }
}

impl CallArgs {
    /// The language `--print-as` asks for.
    fn language(&self) -> Option<Language> {
        let shell = match self.shell {
            ShellArg::Posix => Shell::Posix,
            ShellArg::Powershell => Shell::PowerShell,
            ShellArg::Cmd => Shell::Cmd,
        };
        Some(match self.print_as? {
            PrintAs::Aliyun => Language::Aliyun(shell),
            PrintAs::Python => Language::Python,
            PrintAs::Java => Language::Java,
            PrintAs::Go => Language::Go,
            PrintAs::Node => Language::Node,
        })
    }
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

impl CallArgs {
    /// The order for `operation` with `fields` and the flags' profile, endpoint and signature;
    /// `Err(exit code)` when the fields cannot be sent (their findings are printed).
    pub fn order(
        &self,
        operation: Operation,
        fields: &FormDraft,
    ) -> Result<Result<CallOrder, u8>, CliError> {
        let mut order = match CallOrder::check(operation, fields) {
            Ok(order) => order,
            Err(e) => {
                return match not_sent(e, self)? {
                    Ran::NotSent(code) => Ok(Err(code)),
                    Ran::Sent(report) => Ok(Err(exit_code(&report))),
                };
            }
        };
        order.profile = self.send.profile.clone();
        order.endpoint = self.send.endpoint.clone();
        order.signature = self.send.signature.into();
        Ok(Ok(order))
    }

    /// The pipeline the window's worker also uses, over this data directory.
    pub fn pipeline(&self, data_dir: &Path) -> Result<Pipeline, CliError> {
        let recorded = !self.dry_run && self.print_as.is_none();
        self.send.pipeline(data_dir, recorded)
    }
}

impl SendArgs {
    /// The profile these flags name (`--profile`, `--endpoint`), with its guard.
    pub async fn profile(
        &self,
        pipeline: &Pipeline,
    ) -> Result<crate::credentials::Profile, NotSent> {
        pipeline
            .order_profile(self.profile.as_deref(), self.endpoint.as_deref())
            .await
    }

    /// How reads of the account are signed and sent, as these flags say (an order of
    /// DescribeLiveUserDomains, from which each list's own order is made).
    pub fn account_order(&self) -> Result<CallOrder, CliError> {
        let operation = Operation::from_action(
            crate::operation::catalog::live::DESCRIBE_LIVE_USER_DOMAINS.action,
        )
        .expect("DescribeLiveUserDomains is in the catalogue"); // i18n-exempt: a programming error
        let mut like = CallOrder::check(operation, &FormDraft::default())
            .map_err(|e| CliError::invalid(e.message()))?;
        self.apply(&mut like);
        Ok(like)
    }

    /// `order` signed and sent as these flags say: profile, endpoint, signature.
    pub fn apply(&self, order: &mut CallOrder) {
        order.profile = self.profile.clone();
        order.endpoint = self.endpoint.clone();
        order.signature = self.signature.into();
    }

    /// The account cache's key for `like`'s profile (the one the flags name, else the
    /// environment's or the default), and its endpoint.
    pub async fn account_key(
        &self,
        pipeline: &Pipeline,
        like: &CallOrder,
    ) -> Result<String, NotSent> {
        let resolved = pipeline.resolve(like).await?;
        Ok(AccountCache::key(
            &resolved.profile.name,
            like.endpoint.as_deref(),
        ))
    }

    /// The pipeline the window's worker also uses, over this data directory; `recorded`: warn
    /// when the history cannot record the calls.
    pub fn pipeline(&self, data_dir: &Path, recorded: bool) -> Result<Pipeline, CliError> {
        let client = ClientConfig {
            total_timeout: Duration::from_secs(self.timeout),
            max_retries: self.retries,
            ..ClientConfig::default()
        };
        let opened = Pipeline::open(data_dir, client, SecretStore::platform(), Vec::new())
            .map_err(|e| CliError::refused(e.to_string()))?;
        if let Some(e) = opened.history_problem.filter(|_| recorded) {
            eprintln!(
                "{}",
                t!(
                    "cli-call-args-warning-the-history-is-unavailable",
                    e = e.to_string()
                )
            );
        }
        Ok(opened.pipeline)
    }
}

/// What became of an order on the command line.
pub enum Ran {
    /// It was sent; this is the report.
    Sent(Box<CallReport>),
    /// Nothing was sent (a dry run, or bad input already reported); the exit code.
    NotSent(u8),
}

/// Sends `order` through the pipeline (or signs it only, for `--dry-run`). Findings and
/// refusals are printed here; the caller prints a sent call's report.
pub async fn run_order(
    order: &CallOrder,
    args: &CallArgs,
    pipeline: &Pipeline,
) -> Result<Ran, CliError> {
    let resolved = match pipeline.resolve(order).await {
        Ok(r) => r,
        Err(e) => return not_sent(e, args),
    };
    if !args.json && !resolved.checked.findings.is_empty() {
        eprint!("{}", output::findings_text(&resolved.checked));
    }
    if let Some(language) = args.language() {
        let saved = matches!(resolved.profile.source, ProfileSource::Keyring { .. });
        let input = CodeInput {
            every_page: args.every_page,
            ..CodeInput::new(
                &resolved.request,
                &resolved.endpoint.display_url(),
                saved.then_some(resolved.profile.name.as_str()),
            )
        };
        print!("{}", codegen::generate(language, &input));
        return Ok(Ran::NotSent(0));
    }
    if args.dry_run {
        let shown = resolved.prepared(order.signature);
        if args.json {
            println!("{}", output::prepared_json(&shown));
        } else {
            print!("{}", output::prepared_text(&shown));
        }
        return Ok(Ran::NotSent(0));
    }
    if order.operation().spec().changes_account {
        let what = t!(
            "cli-guard-what",
            operation = order.operation().verb(),
            target = order.request.draft().target()
        );
        if let Some(code) = super::guard::allow_change(&resolved.profile, args.yes, &what)? {
            return Ok(Ran::NotSent(code));
        }
    }
    if let Some(cache) = &args.account_check
        && let Some(code) = refused_by_the_account(order, &resolved, args, pipeline, cache).await?
    {
        return Ok(Ran::NotSent(code));
    }
    let cancel = CancellationToken::new();
    let on_ctrl_c = cancel.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            on_ctrl_c.cancel();
        }
    });
    let report = match pipeline.send(&resolved, order, &cancel).await {
        Ok(report) => report,
        Err(e) => return not_sent(e, args),
    };
    if let Some(problem) = &report.history_problem {
        eprintln!(
            "{}",
            t!(
                "cli-call-args-warning-this-call-could-not",
                problem = problem.to_string()
            )
        );
    }
    Ok(Ran::Sent(Box::new(report)))
}

/// Checks an Add or an Update against the account before it is sent: warnings are printed,
/// an error refuses it (recorded in the history as not sent, with the findings; exit 2).
async fn refused_by_the_account(
    order: &CallOrder,
    resolved: &Resolved,
    args: &CallArgs,
    pipeline: &Pipeline,
    cache: &AccountCache,
) -> Result<Option<u8>, CliError> {
    if !matches!(order.operation(), Operation::Add | Operation::Update) {
        return Ok(None);
    }
    let key = AccountCache::key(&resolved.profile.name, order.endpoint.as_deref());
    let check = pipeline
        .check_account(order, cache, &key, &CancellationToken::new())
        .await;
    output::print_account_problems(&check.problems);
    if !check.refuses() {
        if !args.json && !check.findings.is_empty() {
            let warnings = Checked {
                request: None,
                findings: check.findings,
                problems: Vec::new(),
            };
            eprint!("{}", output::findings_text(&warnings));
        }
        return Ok(None);
    }
    let why: Vec<String> = check
        .findings
        .iter()
        .filter(|f| f.is_error())
        .map(|f| format!("{}: {}", f.code.name(), f.message()))
        .collect();
    if let Err(e) = pipeline
        .record_not_sent(resolved, order, ACCOUNT_CHECK_CODE, why.join("\n"))
        .await
    {
        eprintln!("{}", t!("cli-call-args-warning-not-recorded", problem = e));
    }
    let mut checked = resolved.checked.clone();
    checked.add_account_findings(check.findings);
    match not_sent(NotSent::Invalid(checked), args)? {
        Ran::NotSent(code) => Ok(Some(code)),
        Ran::Sent(report) => Ok(Some(exit_code(&report))),
    }
}

/// The error code of a call the check against the account refused, in the history.
pub const ACCOUNT_CHECK_CODE: &str = "AccountCheckFailed"; // i18n-exempt: an error code

/// Runs the check against the account for `validate --check-account`: the fields as an order
/// of `operation`, sent (read-only calls) as `send` says.
pub async fn check_against_account(
    operation: Operation,
    draft: &FormDraft,
    send: &SendArgs,
    data_dir: &Path,
) -> Result<AccountCheck, CliError> {
    let mut order = match CallOrder::check(operation, draft) {
        Ok(order) => order,
        Err(e) => return Err(CliError::invalid(e.message())),
    };
    send.apply(&mut order);
    let pipeline = send.pipeline(data_dir, true)?;
    let key = send
        .account_key(&pipeline, &order)
        .await
        .map_err(|e| CliError::refused(e.message()))?;
    let cache = AccountCache::new(data_dir);
    Ok(pipeline
        .check_account(&order, &cache, &key, &CancellationToken::new())
        .await)
}

/// Reports why an order was not sent: its findings (exit 2), or the setup or credentials
/// problem as an error.
pub fn not_sent(e: NotSent, args: &CallArgs) -> Result<Ran, CliError> {
    match e {
        NotSent::Invalid(checked) => {
            if args.json {
                let doc = serde_json::json!({
                    "ok": false,
                    "code": "InvalidInput", // i18n-exempt: an error code
                    "explanation": t!("cli-call-args-the-request-has-errors-and"),
                    "findings": output::findings_json(&checked),
                });
                println!("{doc}");
            } else {
                eprint!("{}", output::findings_text(&checked));
            }
            Ok(Ran::NotSent(EXIT_INVALID))
        }
        NotSent::BadSetup(m) | NotSent::ReadOnly(m) => Err(CliError::invalid(m)),
        NotSent::Credentials(m) | NotSent::Unrecorded(m) => Err(CliError::refused(m)),
    }
}

/// Prints a sent call's outcome (JSON or text) and returns the exit code.
pub fn print_report(report: &CallReport, json: bool) -> u8 {
    if json {
        println!("{}", output::outcome_json(report));
    } else {
        print!("{}", output::outcome_text(report));
    }
    exit_code(report)
}

/// 0 on success, 1 when the service or the network said no.
pub fn exit_code(report: &CallReport) -> u8 {
    if report.result.outcome.is_success() {
        0
    } else {
        EXIT_REFUSED
    }
}
