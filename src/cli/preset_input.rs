//! Reads the form for `validate` and `submit`: a preset file, then `--set Name=Value` overrides.

use super::CliError;
use crate::operation::preset_file::{self, MAX_PRESET_BYTES};
use crate::operation::{Field, FormDraft};
use std::io::Read;
use std::path::Path;

/// Loads `preset` (if given) and applies the `--set` overrides in order.
pub fn load(preset: Option<&Path>, overrides: &[String]) -> Result<FormDraft, CliError> {
    let mut draft = match preset {
        Some(path) => read_preset(path)?.fields,
        None => FormDraft::default(),
    };
    for item in overrides {
        let (name, value) = item.split_once('=').ok_or_else(|| {
            CliError::invalid(format!(
                "--set {item}: expected Name=Value, for example --set AppName=live"
            ))
        })?;
        let field = Field::from_api_name(name.trim()).ok_or_else(|| {
            CliError::invalid(format!(
                "--set {item}: unknown field \"{name}\"; the fields are: {}",
                Field::ALL.map(Field::api_name).join(", ")
            ))
        })?;
        draft.set(field, value);
    }
    Ok(draft)
}

/// Reads and parses a preset file, refusing huge files before reading them.
pub fn read_preset(path: &Path) -> Result<preset_file::PresetFile, CliError> {
    let shown = path.display();
    let file = std::fs::File::open(path)
        .map_err(|e| CliError::invalid(format!("cannot open preset {shown}: {e}")))?;
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_PRESET_BYTES).unwrap_or(u64::MAX) + 1;
    file.take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| CliError::invalid(format!("cannot read preset {shown}: {e}")))?;
    preset_file::parse(&bytes).map_err(|e| CliError::invalid(format!("preset {shown}: {e}")))
}
