//! `--help` in the current language: each command's and option's words come from the
//! `help-*` messages (the doc comments on the clap types are for readers of the code), and
//! the headings, the help and version flags and the `help` subcommand are translated too.

use crate::i18n::lookup;
use crate::t;
use clap::Command;

/// The command line's definition with every description in the current language.
pub fn localized(mut cmd: Command) -> Command {
    // Build first so that the generated help and version flags and the `help` subcommand
    // exist and can be described like the others.
    cmd.build();
    localize(cmd, "")
}

/// The message ID of a command's description: `help`, `help-configs-list`.
pub fn command_id(path: &str) -> String {
    if path.is_empty() {
        "help".to_string()
    } else {
        format!("help-{path}")
    }
}

/// An option's description: its command's own message, else the one it shares.
pub fn arg_help(path: &str, arg: &str) -> Option<String> {
    lookup(&format!("{}--{arg}", command_id(path))).or_else(|| lookup(&format!("help-arg-{arg}")))
}

fn localize(mut cmd: Command, path: &str) -> Command {
    let id = command_id(path);
    if let Some(about) = lookup(&id) {
        cmd = cmd.about(about).long_about(None);
    }
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (arg, positional) in args {
        let help = match arg.as_str() {
            "help" => Some(t!("help-flag")),
            "version" => Some(t!("help-version-flag")),
            _ => arg_help(path, &arg),
        };
        let heading = if positional {
            t!("help-heading-arguments")
        } else {
            t!("help-heading-options")
        };
        cmd = cmd.mut_arg(&arg, |a| {
            let a = a.help_heading(heading);
            match help {
                Some(help) => a.help(help).long_help(None),
                None => a,
            }
        });
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subcommands {
        let sub_path = if name == "help" {
            None
        } else if path.is_empty() {
            Some(name.clone())
        } else {
            Some(format!("{path}-{name}"))
        };
        cmd = cmd.mut_subcommand(&name, |s| match &sub_path {
            Some(p) => localize(s, p),
            None => s.about(t!("help-help")),
        });
    }
    let template = format!(
        // i18n-exempt: clap's template placeholders
        "{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
        t!("help-usage")
    );
    cmd.subcommand_help_heading(t!("help-heading-commands"))
        .help_template(template)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every command and option of the real command line, with its message path.
    fn every_description(cmd: &Command, path: &str, out: &mut Vec<(String, Option<String>)>) {
        out.push((command_id(path), lookup(&command_id(path))));
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if arg.get_help().is_some() {
                out.push((format!("{path} --{id}"), arg_help(path, id)));
            }
        }
        for sub in cmd.get_subcommands() {
            let p = if path.is_empty() {
                sub.get_name().to_string()
            } else {
                format!("{path}-{}", sub.get_name())
            };
            every_description(sub, &p, out);
        }
    }

    #[test]
    fn an_option_shared_by_name_says_what_it_does_in_each_command() {
        // `profile add --access-key-id` names the profile's key, not the sandbox's extra one;
        // `--region` is the profile's default, not "the profile's" region of a call.
        for (path, arg, said) in [
            ("profile-add", "access_key_id", "The profile's AccessKey ID"),
            ("profile-add", "region", "The profile's default region"),
            ("profile-edit", "access_key_id", "A new AccessKey ID"),
            ("profile-edit", "region", "A new default region"),
            ("sandbox", "access_key_id", "Also accept this AccessKey ID"),
        ] {
            let help = arg_help(path, arg).unwrap_or_default();
            assert!(help.starts_with(said), "{path} --{arg}: {help}");
        }
    }

    #[test]
    fn every_command_and_option_has_its_words() {
        let mut found = Vec::new();
        every_description(&super::super::Cli::command(), "", &mut found);
        let missing: Vec<&String> = found
            .iter()
            .filter(|(_, text)| text.is_none())
            .map(|(id, _)| id)
            .collect();
        assert!(missing.is_empty(), "no help message for {missing:?}");
        assert!(found.len() > 100);
    }
}
