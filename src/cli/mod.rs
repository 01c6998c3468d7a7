//! The command line: `sandbox`, `validate`, `submit`, `configs`, `batch` and the stores, for
//! power users, scripts and tests.
//! Exit codes: 0 success, 1 the service or network said no, 2 invalid input.

mod batch_cmd;
mod batch_load;
mod batch_records_cmd;
mod call_args;
mod call_cmd;
mod completions_cmd;
mod configs_cmd;
mod desired_cmd;
mod guard;
mod help_text;
mod history_cmd;
mod operation_arg;
mod output;
mod preset_cmd;
mod preset_input;
mod profile_cmd;
mod sandbox_cmd;
mod status_cmd;
mod submit_cmd;
mod validate_cmd;

use crate::i18n::{self, Language};
use crate::t;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit code when the service or the network said no.
pub const EXIT_REFUSED: u8 = 1;
/// Exit code for invalid input.
pub const EXIT_INVALID: u8 = 2;

/// Configure ApsaraVideo Live recording to VOD: add, list, update and delete configs.
#[derive(Debug, Parser)]
#[command(name = "live-record-vod", version = crate::VERSION, about, long_about = None)]
pub struct Cli {
    /// Directory for everything the program stores.
    #[arg(long, global = true, env = crate::storage::paths::DATA_DIR_ENV, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The language of messages and of the window: zh-CN or en (default: LC_ALL, LC_MESSAGES
    /// or LANG, else the OS language).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<Language>,
    /// Without a command, the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the local sandbox in the foreground (its URL is the first line of output).
    Sandbox(sandbox_cmd::SandboxArgs),
    /// Check a preset: print each error and warning; exit 0 if it could be sent, 2 if not.
    Validate(validate_cmd::ValidateArgs),
    /// Add a config (AddLiveRecordVodConfig): validate, sign, send, print the outcome. It is
    /// recorded in the history.
    Submit(submit_cmd::SubmitArgs),
    /// See, change and delete a domain's record-to-VOD configs.
    Configs(configs_cmd::ConfigsArgs),
    /// Write the configs of the account's streaming domains (or those named) to a TOML file
    /// that plan and apply read.
    Export(desired_cmd::ExportArgs),
    /// What apply would change to make the account match a TOML file (--detailed-exitcode:
    /// exit 3 when it differs).
    Plan(desired_cmd::PlanCmdArgs),
    /// Make the account match a TOML file: plan, ask, send each change (recorded).
    Apply(desired_cmd::ApplyArgs),
    /// Is everything recording? Every config of the account with its state (recording,
    /// not-recording, idle, unknown) and the live streams no config covers.
    Status(status_cmd::StatusArgs),
    /// Many calls from a spreadsheet (CSV): check, send at the service's limit, resume.
    Batch(batch_cmd::BatchArgs),
    /// Any operation of ApsaraVideo Live or VOD by its action, with --set Name=Value fields
    /// (`call --list` lists them).
    Call(call_cmd::CallCmdArgs),
    /// The saved presets (shared with the window).
    Preset(preset_cmd::PresetArgs),
    /// The history of submissions: search, filter, export.
    History(history_cmd::HistoryArgs),
    /// Named profiles; their secrets live in the OS keyring.
    Profile(profile_cmd::ProfileArgs),
    /// Print the shell completion script (bash, zsh, fish, elvish, powershell); the package
    /// installs bash's, zsh's and fish's.
    Completions(completions_cmd::CompletionsArgs),
    /// Print the manual page (roff; `live-record-vod man | man -l -`).
    Man,
}

/// The command tree with its help in the chosen language: what `--help`, the completions and
/// the manual page show.
fn command_tree() -> clap::Command {
    help_text::localized(Cli::command())
}

/// An error the command line reports, with the exit code it maps to.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CliError {
    /// Exit code.
    pub exit_code: u8,
    /// What went wrong, in plain words.
    pub message: String,
}

impl CliError {
    /// Invalid input (exit 2).
    pub fn invalid(message: impl Into<String>) -> Self {
        CliError {
            exit_code: EXIT_INVALID,
            message: message.into(),
        }
    }

    /// The service or network refused (exit 1).
    pub fn refused(message: impl Into<String>) -> Self {
        CliError {
            exit_code: EXIT_REFUSED,
            message: message.into(),
        }
    }
}

/// Parses the process arguments and runs the command.
pub fn main() -> ExitCode {
    // `--lang` decides the language of `--help` and of parse errors too, so it is read before
    // clap parses the arguments (clap still checks its value).
    i18n::set_language(lang_argument().unwrap_or_else(Language::from_environment));
    let parsed = command_tree()
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            e.print().ok();
            return if e.use_stderr() {
                ExitCode::from(EXIT_INVALID)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    // JSON is for scripts: its words stay English whatever the language, like its codes.
    if std::env::args().any(|a| a == "--json") {
        i18n::set_language(Language::En);
    }
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("{}", t!("cli-error", message = e.to_string()));
            ExitCode::from(e.exit_code)
        }
    }
}

/// The value of `--lang` among the process arguments (`--lang zh-CN` or `--lang=zh-CN`).
fn lang_argument() -> Option<Language> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().enumerate().find_map(|(i, a)| {
        let value = match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1)?.as_str(),
            Some(rest) => rest.strip_prefix('=')?,
            None => return None,
        };
        Language::parse(value)
    })
}

/// Runs a parsed command (or opens the window); returns the exit code.
pub fn run(cli: Cli) -> Result<u8, CliError> {
    match &cli.command {
        Some(Command::Completions(args)) => return completions_cmd::completions(args),
        Some(Command::Man) => return completions_cmd::man(),
        _ => {}
    }
    let data_dir = crate::storage::paths::data_dir(cli.data_dir);
    let Some(command) = cli.command else {
        return crate::app::run_gui(data_dir, cli.lang)
            .map(|()| 0)
            .map_err(|e| CliError::refused(format!("{e:#}")));
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| CliError::refused(t!("cli-runtime-failed", error = e.to_string())))?;
    match command {
        Command::Sandbox(args) => runtime.block_on(sandbox_cmd::run(args)),
        Command::Validate(args) => runtime.block_on(validate_cmd::run(&args, &data_dir)),
        Command::Submit(args) => runtime.block_on(submit_cmd::run(
            args,
            &data_dir,
            crate::operation::Operation::Add,
        )),
        Command::Configs(args) => runtime.block_on(configs_cmd::run(args, &data_dir)),
        Command::Status(args) => runtime.block_on(status_cmd::run(args, &data_dir)),
        Command::Export(args) => runtime.block_on(desired_cmd::export(args, &data_dir)),
        Command::Plan(args) => runtime.block_on(desired_cmd::plan(args, &data_dir)),
        Command::Apply(args) => runtime.block_on(desired_cmd::apply(args, &data_dir)),
        Command::Batch(args) => runtime.block_on(batch_cmd::run(args, &data_dir)),
        Command::Call(args) => runtime.block_on(call_cmd::run(args, &data_dir)),
        Command::Preset(args) => preset_cmd::run(&args, &data_dir),
        Command::History(args) => history_cmd::run(&args, &data_dir),
        Command::Profile(args) => runtime.block_on(profile_cmd::run(args, &data_dir)),
        Command::Completions(args) => completions_cmd::completions(&args),
        Command::Man => completions_cmd::man(),
    }
}
