//! The command line's guard before a change: a read-only profile refuses it (exit 2, nothing
//! sent), and a production profile asks on a terminal and needs `--yes` without one.

use super::{CliError, EXIT_INVALID};
use crate::credentials::{Profile, ProfileKind};
use crate::t;
use crate::worker::read_only_refusal;
use std::io::{BufRead, IsTerminal, Write};

/// Refuses any change with a read-only profile (exit 2): said before anything is read or sent.
pub fn refuse_read_only(profile: &Profile) -> Result<(), CliError> {
    if profile.guard.read_only {
        return Err(CliError::invalid(read_only_refusal(&profile.name).text()));
    }
    Ok(())
}

/// Whether `what` (a change, in words) may be sent with `profile`: `Ok(None)` to go on,
/// `Ok(Some(code))` when the user said no, `Err` when it is refused. `yes`: the user said yes
/// already (`--yes`, or a confirmation of the command's own).
pub fn allow_change(profile: &Profile, yes: bool, what: &str) -> Result<Option<u8>, CliError> {
    refuse_read_only(profile)?;
    if yes || profile.guard.kind != ProfileKind::Production {
        return Ok(None);
    }
    let account = profile.credentials.access_key_id.as_str();
    if !std::io::stdin().is_terminal() {
        return Err(CliError::invalid(t!(
            "cli-guard-production-needs-yes",
            profile = profile.name.as_str(),
            account = account,
            what = what
        )));
    }
    eprint!(
        "{}",
        t!(
            "cli-guard-production-ask",
            profile = profile.name.as_str(),
            account = account,
            what = what
        )
    );
    std::io::stderr().flush().ok();
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer).ok();
    // i18n-exempt: the answers a user may type, in either language
    if matches!(answer.trim().to_lowercase().as_str(), "y" | "yes" | "是") {
        Ok(None)
    } else {
        eprintln!("{}", t!("cli-guard-not-sent"));
        Ok(Some(EXIT_INVALID))
    }
}
