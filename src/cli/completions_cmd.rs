//! `live-record-vod completions SHELL` and `live-record-vod man`: shell completions and the
//! manual page, made from the same command tree as `--help` (the package installs both).

use super::CliError;
use crate::t;
use std::io::Write;

/// Arguments of `completions`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// The program's name as a shell and `man` know it.
const NAME: &str = "live-record-vod";

/// Prints the completion script for `args.shell`.
pub fn completions(args: &CompletionsArgs) -> Result<u8, CliError> {
    let mut tree = super::command_tree();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut tree, NAME, &mut out);
    print(&out)
}

/// Prints the manual page (roff), for `man -l -` or `/usr/share/man/man1`.
pub fn man() -> Result<u8, CliError> {
    // The version without the commit, so the page changes only when the program does.
    let tree = super::command_tree().version(env!("CARGO_PKG_VERSION")); // i18n-exempt: a variable
    let mut out = Vec::new();
    clap_mangen::Man::new(tree)
        .render(&mut out)
        .map_err(|e| CliError::refused(t!("cli-output-failed", error = e.to_string())))?;
    print(&out)
}

fn print(bytes: &[u8]) -> Result<u8, CliError> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| CliError::refused(t!("cli-output-failed", error = e.to_string())))?;
    Ok(0)
}
