//! Reads the form for `validate` and `submit`: a preset file or a saved preset, then
//! `--set Name=Value` overrides.

use super::CliError;
use crate::operation::preset_file::PresetFile;
use crate::operation::{Field, FormDraft};
use crate::storage::PresetStore;
use crate::storage::presets::{PresetError, read_file};
use crate::t;
use std::path::{Path, PathBuf};

/// Where the form comes from: shared by `validate` and `submit`.
#[derive(Debug, clap::Args)]
pub struct FormArgs {
    /// Preset file (JSON).
    #[arg(long, value_name = "FILE", conflicts_with = "preset_name")]
    pub preset: Option<PathBuf>,
    /// A saved preset, by name (see `preset list`).
    #[arg(long, value_name = "NAME")]
    pub preset_name: Option<String>,
    /// Override a field, e.g. --set AppName=live (repeatable).
    #[arg(long = "set", value_name = "Name=Value")]
    pub overrides: Vec<String>,
}

/// The form to send and the preset it came from.
#[derive(Debug)]
pub struct LoadedForm {
    /// The fields, overrides applied.
    pub draft: FormDraft,
    /// The preset's name, for the history.
    pub preset_name: Option<String>,
    /// The saved preset, when it came from the store (to remember the profile used).
    pub stored: Option<PresetFile>,
}

impl FormArgs {
    /// Loads the preset (file or saved) and applies the `--set` overrides in order.
    pub fn load(&self, data_dir: &Path) -> Result<LoadedForm, CliError> {
        let (preset, stored) = match (&self.preset, &self.preset_name) {
            (Some(path), _) => {
                let p = read_file(path).map_err(|e| match e {
                    PresetError::File { path, source } => CliError::invalid(t!(
                        "cli-preset-input-preset",
                        path = path.display(),
                        source = source.to_string()
                    )),
                    other => CliError::invalid(t!(
                        "cli-preset-input-cannot-open-preset",
                        other = other.to_string()
                    )),
                })?;
                (Some(p), false)
            }
            (None, Some(name)) => {
                let p = PresetStore::new(data_dir)
                    .load(name)
                    .map_err(|e| CliError::invalid(e.to_string()))?;
                (Some(p), true)
            }
            (None, None) => (None, false),
        };
        let mut draft = preset
            .as_ref()
            .map(|p| p.fields.clone())
            .unwrap_or_default();
        apply_overrides(&mut draft, &self.overrides)?;
        Ok(LoadedForm {
            draft,
            preset_name: preset.as_ref().map(|p| p.name.clone()),
            stored: if stored { preset } else { None },
        })
    }
}

/// Applies `--set Name=Value` overrides in order.
pub fn apply_overrides(draft: &mut FormDraft, overrides: &[String]) -> Result<(), CliError> {
    for item in overrides {
        let (name, value) = item.split_once('=').ok_or_else(|| {
            CliError::invalid(t!(
                "cli-preset-input-set-expected-name-value-for",
                item = item
            ))
        })?;
        let field = Field::from_api_name(name.trim()).ok_or_else(|| {
            CliError::invalid(t!(
                "cli-preset-input-set-unknown-field-the-fields",
                item = item,
                name = name,
                map = Field::ALL.map(Field::api_name).join(", ")
            ))
        })?;
        draft.set(field, value);
    }
    Ok(())
}
