//! `live-record-vod profile …`: named profiles whose secrets live in the OS keyring.

use super::output::printable;
use super::{CliError, EXIT_REFUSED};
use crate::client::{Client, ClientConfig, Endpoint};
use crate::credentials::aliyun_cli;
use crate::credentials::key_shape::{access_key_id_warning, access_key_secret_warning};
use crate::credentials::profile::{ENV_PROFILE, SANDBOX_PROFILE};
use crate::credentials::{
    Profile, ProfileBook, ProfileChange, ProfileKind, ProfileMeta, Secret, SecretStore,
};
use crate::t;
use crate::worker::check_identity;
use crate::worker::resolve_profile;
use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};

/// Arguments of `profile`.
#[derive(Debug, clap::Args)]
pub struct ProfileArgs {
    #[command(subcommand)]
    action: ProfileAction,
}

#[derive(Debug, clap::Subcommand)]
enum ProfileAction {
    /// List the profiles (built-in and saved) and which is the default.
    List,
    /// Add a profile; the secret (then, with --sts, the token) is read from standard input.
    Add {
        name: String,
        #[arg(long, value_name = "ID")]
        access_key_id: String,
        #[arg(long, value_name = "REGION")]
        region: Option<String>,
        /// Also read an STS security token.
        #[arg(long)]
        sts: bool,
        /// What account it reaches (asked on a terminal; needed without one).
        #[arg(long, value_enum, value_name = "KIND")]
        kind: Option<KindArg>,
        /// It may list, look and plan, but change nothing.
        #[arg(long)]
        read_only: bool,
    },
    /// Change a profile; the secret (then, with --sts, the token) is read from standard input.
    Edit {
        name: String,
        #[arg(long, value_name = "ID")]
        access_key_id: Option<String>,
        #[arg(long, value_name = "REGION")]
        region: Option<String>,
        /// Also read an STS security token (without it, a stored token is removed).
        #[arg(long)]
        sts: bool,
        /// What account it reaches.
        #[arg(long, value_enum, value_name = "KIND")]
        kind: Option<KindArg>,
        /// It may change nothing (`--read-only false` allows changes again).
        #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
        read_only: Option<bool>,
    },
    /// Rename a profile (its keyring entries move with it).
    Rename { name: String, new_name: String },
    /// Remove a profile and its keyring entries.
    Remove { name: String },
    /// Make a profile the default for `submit`.
    Default { name: String },
    /// Check a profile's credentials with STS GetCallerIdentity.
    Test {
        name: String,
        /// Ask this endpoint instead of STS (a local sandbox).
        #[arg(long, value_name = "URL")]
        endpoint: Option<String>,
    },
    /// Import AK and StsToken profiles of the aliyun command line (~/.aliyun/config.json).
    ImportAliyunCli {
        path: Option<PathBuf>,
        /// Import only these profiles (repeatable).
        #[arg(long = "only", value_name = "NAME")]
        only: Vec<String>,
    },
}

/// The kinds a saved profile can be (the sandbox is built in).
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum KindArg {
    /// A test account.
    Test,
    /// A production account: changes are confirmed first.
    Production,
}

impl From<KindArg> for ProfileKind {
    fn from(k: KindArg) -> ProfileKind {
        match k {
            KindArg::Test => ProfileKind::Test,
            KindArg::Production => ProfileKind::Production,
        }
    }
}

/// The kind of a new profile: as given, else asked on a terminal, else refused.
fn kind_of_new(kind: Option<KindArg>) -> Result<ProfileKind, CliError> {
    if let Some(kind) = kind {
        return Ok(kind.into());
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::invalid(t!("cli-profile-say-the-kind")));
    }
    eprint!("{}", t!("cli-profile-ask-the-kind"));
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::invalid(e.to_string()))?;
    // i18n-exempt: the answers a user may type, in either language
    match line.trim().to_lowercase().as_str() {
        // i18n-exempt: the answers a user may type, in either language
        "t" | "test" | "测试" => Ok(ProfileKind::Test),
        // i18n-exempt: the answers a user may type, in either language
        "p" | "production" | "生产" => Ok(ProfileKind::Production),
        _ => Err(CliError::invalid(t!("cli-profile-say-the-kind"))),
    }
}

fn refused(e: impl std::fmt::Display) -> CliError {
    CliError::refused(e.to_string())
}

/// Opens the saved profiles with the platform keyring.
pub fn open_book(data_dir: &Path) -> Result<ProfileBook, CliError> {
    ProfileBook::open(data_dir, SecretStore::platform()).map_err(refused)
}

/// Runs `profile`.
pub async fn run(args: ProfileArgs, data_dir: &Path) -> Result<u8, CliError> {
    let mut book = open_book(data_dir)?;
    match args.action {
        ProfileAction::List => {
            let default = book.default_name().to_string();
            let mark = |n: &str| if n == default { "* " } else { "  " };
            println!(
                "{}",
                t!(
                    "cli-profile-built-in-sandbox-demo-key",
                    mark = mark(SANDBOX_PROFILE),
                    profile = SANDBOX_PROFILE
                )
            );
            if let Some(env) = Profile::from_env() {
                println!(
                    "{}",
                    t!(
                        "cli-profile-from-the-environment-read-only",
                        mark = mark(ENV_PROFILE),
                        profile = ENV_PROFILE,
                        access_key_id = printable(&env.credentials.access_key_id)
                    )
                );
            }
            for p in book.list() {
                let region = p
                    .region
                    .as_deref()
                    .map(|r| t!("cli-profile-region", r = r))
                    .unwrap_or_default();
                let sts = if p.sts {
                    t!("cli-profile-sts")
                } else {
                    String::new()
                };
                let guard = p.guard();
                let read_only = if guard.read_only {
                    t!("cli-profile-read-only-mark")
                } else {
                    String::new()
                };
                println!(
                    "{}",
                    t!(
                        "cli-profile-secret-in-the-keyring",
                        mark = mark(&p.name),
                        p = printable(&p.name),
                        access_key_id = printable(&p.access_key_id),
                        region = region,
                        sts = sts,
                        kind = guard.kind.label(),
                        read_only = read_only
                    )
                );
            }
            if let Err(e) = book.secrets().status() {
                eprintln!("{}", t!("cli-profile-warning", e = e.to_string()));
            }
        }
        ProfileAction::Add {
            name,
            access_key_id,
            region,
            sts,
            kind,
            read_only,
        } => {
            warn_shapes(Some(&access_key_id), None);
            book.secrets().status().map_err(refused)?;
            // Asked (or refused) before the secret is read.
            let kind = kind_of_new(kind)?;
            let (secret, token) = read_secrets(sts)?;
            warn_shapes(None, Some(&secret));
            let meta = ProfileMeta {
                name: name.clone(),
                access_key_id,
                region,
                sts,
                account_id: None,
                kind: Some(kind),
                read_only,
            };
            book.add(meta, &secret, token.as_ref())
                .map_err(|e| CliError::invalid(e.to_string()))?;
            println!(
                "{}",
                t!(
                    "cli-profile-added-profile-its-secret-is",
                    name = name.trim()
                )
            );
        }
        ProfileAction::Edit {
            name,
            access_key_id,
            region,
            sts,
            kind,
            read_only,
        } => {
            let kind = kind.map(ProfileKind::from);
            // Only the kind or read-only changes: the secret stays as it is, nothing is read.
            let guard_only = (kind.is_some() || read_only.is_some())
                && access_key_id.is_none()
                && region.is_none()
                && !sts;
            if guard_only {
                let change = ProfileChange {
                    kind,
                    read_only,
                    ..ProfileChange::default()
                };
                book.edit(&name, change)
                    .map_err(|e| CliError::invalid(e.to_string()))?;
                println!("{}", t!("cli-profile-updated-profile", name = name.trim()));
                return Ok(0);
            }
            if let Some(id) = &access_key_id {
                warn_shapes(Some(id), None);
            }
            book.secrets().status().map_err(refused)?;
            let (secret, token) = read_secrets(sts)?;
            warn_shapes(None, Some(&secret));
            let change = ProfileChange {
                access_key_id,
                region,
                secret: Some(&secret),
                token: Some(token.as_ref()),
                kind,
                read_only,
            };
            book.edit(&name, change)
                .map_err(|e| CliError::invalid(e.to_string()))?;
            println!("{}", t!("cli-profile-updated-profile", name = name.trim()));
        }
        ProfileAction::Rename { name, new_name } => {
            book.rename(&name, &new_name)
                .map_err(|e| CliError::invalid(e.to_string()))?;
            println!(
                "{}",
                t!(
                    "cli-profile-renamed-profile-to",
                    name = name.trim(),
                    new_name = new_name.trim()
                )
            );
        }
        ProfileAction::Remove { name } => {
            book.remove(&name)
                .map_err(|e| CliError::invalid(e.to_string()))?;
            println!(
                "{}",
                t!(
                    "cli-profile-removed-profile-and-its-keyring",
                    name = name.trim()
                )
            );
        }
        ProfileAction::Default { name } => {
            book.set_default(&name)
                .map_err(|e| CliError::invalid(e.to_string()))?;
            println!(
                "{}",
                t!("cli-profile-is-now-the-default-profile", name = name.trim())
            );
        }
        ProfileAction::Test { name, endpoint } => {
            let endpoint = match endpoint {
                Some(url) => Some(Endpoint::custom(&url).map_err(|e| {
                    CliError::invalid(t!("m-pipeline-endpoint", e = e.to_string()))
                })?),
                None => None,
            };
            let profile = resolve_profile(Some(&name), endpoint.as_ref(), &[], Ok(&book)).map_err(
                |e| match e {
                    crate::worker::NotSent::Credentials(m) => CliError::refused(m),
                    other => CliError::invalid(other.message()),
                },
            )?;
            let client = Client::new(ClientConfig::default()).map_err(refused)?;
            match check_identity(&client, &profile, endpoint.as_ref()).await {
                Ok(id) => {
                    if let Err(e) = book.remember_account(&profile.name, &id.account_id) {
                        eprintln!(
                            "{}",
                            t!(
                                "cli-profile-warning-could-not-remember-the",
                                e = e.to_string()
                            )
                        );
                    }
                    println!(
                        "{}",
                        t!("cli-profile-ok-profile-works", profile = profile.name)
                    );
                    println!(
                        "{}",
                        t!("cli-profile-account-id", account_id = id.account_id)
                    );
                    println!(
                        "{}",
                        t!("cli-profile-identity", identity_type = id.identity_type)
                    );
                    println!("{}", t!("cli-profile-arn", arn = id.arn));
                }
                Err(outcome) => {
                    let explained = outcome.explain(&Default::default());
                    let code = outcome.error_code().unwrap_or_default();
                    match explained {
                        Some(e) => eprintln!(
                            "{}",
                            t!(
                                "cli-profile-failed-n-n-next-step",
                                title = e.title,
                                code = code,
                                explanation = e.explanation,
                                next_step = e.next_step
                            )
                        ),
                        None => eprintln!("{}", t!("cli-profile-failed", code = code)),
                    }
                    return Ok(EXIT_REFUSED);
                }
            }
        }
        ProfileAction::ImportAliyunCli { path, only } => {
            let path = path
                .or_else(aliyun_cli::default_path)
                .ok_or_else(|| CliError::invalid(t!("cli-profile-no-home-directory-give-the")))?;
            let config = aliyun_cli::read(&path).map_err(CliError::invalid)?;
            book.secrets().status().map_err(refused)?;
            let (imported, skipped) = book.import_cli(&config, &only);
            for name in &imported {
                println!("{}", t!("cli-profile-imported", name = name));
            }
            for (name, why) in &skipped {
                eprintln!("{}", t!("cli-profile-skipped", name = name, why = why));
            }
            if !imported.is_empty() {
                println!(
                    "{}",
                    t!(
                        "cli-profile-note-these-secrets-also-sit",
                        path = path.display()
                    )
                );
            }
        }
    }
    Ok(0)
}

fn warn_shapes(id: Option<&str>, secret: Option<&Secret>) {
    if let Some(w) = id.and_then(access_key_id_warning) {
        eprintln!("{}", t!("cli-profile-warning-2", w = w));
    }
    if let Some(w) = secret.and_then(|s| access_key_secret_warning(s.expose())) {
        eprintln!("{}", t!("cli-profile-warning-2", w = w));
    }
}

/// Reads the secret, then (with `sts`) the token: without echo on a terminal, a line each
/// from a pipe. Pasted whitespace and newlines are trimmed.
fn read_secrets(sts: bool) -> Result<(Secret, Option<Secret>), CliError> {
    let terminal = std::io::stdin().is_terminal();
    let mut lines = std::io::stdin().lock().lines();
    let mut read = |what: &str| -> Result<Secret, CliError> {
        let value = if terminal {
            rpassword::prompt_password(t!("cli-profile-prompt", what = what)).map_err(|e| {
                CliError::invalid(t!("cli-profile-could-not-read", e = e.to_string()))
            })?
        } else {
            match lines.next() {
                Some(Ok(line)) => line,
                _ => {
                    return Err(CliError::invalid(t!(
                        "cli-profile-expected-on-standard-input",
                        what = what
                    )));
                }
            }
        };
        let value = value.trim().to_string();
        if value.is_empty() {
            return Err(CliError::invalid(t!("cli-profile-is-empty", what = what)));
        }
        Ok(Secret::new(value))
    };
    let secret = read(&t!("cli-profile-accesskey-secret"))?;
    let token = if sts {
        Some(read(&t!("cli-profile-sts-security-token"))?)
    } else {
        None
    };
    Ok((secret, token))
}
