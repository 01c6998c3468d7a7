//! `live-record-vod preset list|show|import|export|delete`: the saved presets the window uses.

use super::CliError;
use super::output::printable;
use crate::operation::preset_file;
use crate::storage::PresetStore;
use crate::storage::presets::PresetError;
use crate::t;
use std::path::{Path, PathBuf};

/// Arguments of `preset`.
#[derive(Debug, clap::Args)]
pub struct PresetArgs {
    #[command(subcommand)]
    action: PresetAction,
}

#[derive(Debug, clap::Subcommand)]
enum PresetAction {
    /// List the saved presets.
    List,
    /// Print one preset as JSON (the preset file format).
    Show { name: String },
    /// Import preset files (one preset or a bundle each); a taken name gets " (2)".
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Export presets to one file (several make a bundle).
    Export {
        #[arg(required = true)]
        names: Vec<String>,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Delete a preset.
    Delete { name: String },
}

fn invalid(e: PresetError) -> CliError {
    CliError::invalid(e.to_string())
}

/// Runs `preset`.
pub fn run(args: &PresetArgs, data_dir: &Path) -> Result<u8, CliError> {
    let store = PresetStore::new(data_dir);
    match &args.action {
        PresetAction::List => {
            let (presets, problems) = store.list();
            for p in &presets {
                let profile = p
                    .profile
                    .as_deref()
                    .map(|n| t!("cli-preset-last-used-with-profile", n = printable(n)))
                    .unwrap_or_default();
                println!("{}{profile}", printable(&p.name));
            }
            if presets.is_empty() {
                eprintln!(
                    "{}",
                    t!("cli-preset-no-presets-yet-in", dir = store.dir().display())
                );
            }
            for problem in problems {
                eprintln!(
                    "{}",
                    t!(
                        "cli-preset-warning-skipped-unreadable-preset",
                        problem = problem.to_string()
                    )
                );
            }
        }
        PresetAction::Show { name } => {
            let preset = store.load(name).map_err(invalid)?;
            println!("{}", preset_file::to_json(&preset));
        }
        PresetAction::Import { files } => {
            for file in files {
                let report = store.import(file).map_err(invalid)?;
                for (original, saved) in report.imported {
                    if original == saved {
                        println!("{}", t!("cli-preset-imported", saved = saved));
                    } else {
                        println!(
                            "{}",
                            t!(
                                "cli-preset-imported-as-the-name-was",
                                original = original,
                                saved = saved
                            )
                        );
                    }
                }
            }
        }
        PresetAction::Export { names, to } => {
            let count = store.export(names, to).map_err(invalid)?;
            println!(
                "{}",
                t!(
                    "cli-preset-exported-preset-s-to",
                    count = count,
                    to = to.display()
                )
            );
        }
        PresetAction::Delete { name } => {
            store.delete(name).map_err(invalid)?;
            println!("{}", t!("cli-preset-deleted", name = name.trim()));
        }
    }
    Ok(0)
}
