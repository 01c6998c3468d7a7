//! Saved presets: one JSON file each under `<data dir>/presets/`, written atomically.
//! Import and export go through the same file format, so colleagues can share them.

use super::error::StorageError;
use crate::atomic_file::write_atomically;
use crate::operation::preset_file::{self, MAX_PRESET_BYTES, PresetFile, PresetFileError};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Folder of presets inside the data directory.
pub const PRESETS_DIR: &str = "presets";
/// Longest preset name, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// Why a preset operation failed.
#[derive(Debug, thiserror::Error)]
pub enum PresetError {
    /// No preset has this name.
    #[error("{}", crate::t!("err-presets-there-is-no-preset-named", value = .0.to_string()))]
    NotFound(String),
    /// A preset with this name exists already.
    #[error("{}", crate::t!("err-presets-a-preset-named-already-exists", value = .0.to_string()))]
    Exists(String),
    /// The name cannot be used.
    #[error("{}", crate::t!("err-presets-a-preset-name-must-be", max_name_chars = MAX_NAME_CHARS))]
    InvalidName,
    /// A preset file could not be read.
    #[error("{}", crate::t!("err-storage-path-source", path = .path, source = .source.to_string()))]
    File {
        path: PathBuf,
        source: PresetFileError,
    },
    /// The disk said no.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// What an import did: the presets saved (with the name each got) and those left out.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// (name in the file, name saved as). They differ when the name was taken.
    pub imported: Vec<(String, String)>,
}

/// The presets folder.
#[derive(Debug, Clone)]
pub struct PresetStore {
    dir: PathBuf,
}

impl PresetStore {
    /// The presets of the data directory `data_dir` (the folder is created on first save).
    pub fn new(data_dir: &Path) -> PresetStore {
        PresetStore {
            dir: data_dir.join(PRESETS_DIR),
        }
    }

    /// The folder holding the preset files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file a preset of this name is stored in: a readable stem plus a hash of the name,
    /// so any name (Chinese, punctuation) maps to one safe file name.
    pub fn file_for(&self, name: &str) -> PathBuf {
        let readable: String = name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .take(40)
            .collect();
        let hash = hex::encode(&Sha256::digest(name.as_bytes())[..4]);
        self.dir.join(format!("{readable}-{hash}.json"))
    }

    /// Every readable preset, sorted by name, and the files that could not be read.
    pub fn list(&self) -> (Vec<PresetFile>, Vec<PresetError>) {
        let mut presets = Vec::new();
        let mut problems = Vec::new();
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return (presets, problems);
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let is_json = path.extension().is_some_and(|e| e == "json");
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            if !is_json || hidden {
                continue;
            }
            match read_file(&path) {
                Ok(p) => presets.push(p),
                Err(e) => problems.push(e),
            }
        }
        presets.sort_by_key(|p| p.name.to_lowercase());
        (presets, problems)
    }

    /// Whether a preset of this name exists.
    pub fn exists(&self, name: &str) -> bool {
        self.file_for(name.trim()).is_file()
    }

    /// Loads the preset named `name`.
    pub fn load(&self, name: &str) -> Result<PresetFile, PresetError> {
        let path = self.file_for(name.trim());
        if !path.is_file() {
            return Err(PresetError::NotFound(name.trim().to_string()));
        }
        read_file(&path)
    }

    /// Saves `preset` under its name, replacing a preset of that name only if `overwrite`.
    pub fn save(&self, preset: &PresetFile, overwrite: bool) -> Result<(), PresetError> {
        let name = valid_name(&preset.name)?;
        let path = self.file_for(&name);
        if !overwrite && path.exists() {
            return Err(PresetError::Exists(name));
        }
        let stored = PresetFile {
            name,
            ..preset.clone()
        };
        write_atomically(&path, preset_file::to_json(&stored).as_bytes())
            .map_err(StorageError::from)?;
        Ok(())
    }

    /// Renames a preset. The new file is complete before the old one is removed.
    pub fn rename(&self, from: &str, to: &str) -> Result<(), PresetError> {
        let mut preset = self.load(from)?;
        let to = valid_name(to)?;
        if to == preset.name {
            return Ok(());
        }
        preset.name = to;
        self.save(&preset, false)?;
        std::fs::remove_file(self.file_for(from.trim()))
            .map_err(|e| StorageError::from_io(&self.file_for(from.trim()), e))?;
        Ok(())
    }

    /// Copies a preset under a new name.
    pub fn duplicate(&self, from: &str, to: &str) -> Result<(), PresetError> {
        let mut preset = self.load(from)?;
        preset.name = valid_name(to)?;
        self.save(&preset, false)
    }

    /// Deletes a preset.
    pub fn delete(&self, name: &str) -> Result<(), PresetError> {
        let path = self.file_for(name.trim());
        if !path.is_file() {
            return Err(PresetError::NotFound(name.trim().to_string()));
        }
        std::fs::remove_file(&path).map_err(|e| StorageError::from_io(&path, e))?;
        Ok(())
    }

    /// A name like `base` that no preset has yet: `base`, `base (2)`, `base (3)`…
    pub fn free_name(&self, base: &str) -> String {
        let base = base.trim();
        let base = if base.is_empty() { "Imported" } else { base };
        if !self.exists(base) {
            return base.to_string();
        }
        (2..)
            .map(|n| format!("{base} ({n})"))
            .find(|candidate| !self.exists(candidate))
            .unwrap_or_else(|| base.to_string())
    }

    /// Imports every preset of a file (one preset or a bundle). A name already taken gets a
    /// free variant, so nothing is overwritten. Nothing is saved if any preset is unreadable.
    pub fn import(&self, path: &Path) -> Result<ImportReport, PresetError> {
        let presets = read_many(path)?;
        let mut report = ImportReport::default();
        for preset in presets {
            let original = if preset.name.is_empty() {
                file_stem(path)
            } else {
                preset.name.clone()
            };
            let name = self.free_name(&original);
            self.save(
                &PresetFile {
                    name: name.clone(),
                    ..preset
                },
                false,
            )?;
            report.imported.push((original, name));
        }
        Ok(report)
    }

    /// Exports the named presets to `path`: one preset as a plain preset file, several as a
    /// bundle.
    pub fn export(&self, names: &[String], path: &Path) -> Result<usize, PresetError> {
        let presets = names
            .iter()
            .map(|n| self.load(n))
            .collect::<Result<Vec<_>, _>>()?;
        let text = match presets.as_slice() {
            [one] => preset_file::to_json(one),
            many => preset_file::bundle_to_json(many),
        };
        write_atomically(path, text.as_bytes()).map_err(StorageError::from)?;
        Ok(presets.len())
    }
}

fn valid_name(name: &str) -> Result<String, PresetError> {
    let name = name.trim();
    let count = name.chars().count();
    if count == 0 || count > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(PresetError::InvalidName);
    }
    Ok(name.to_string())
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads a file's bytes, refusing huge files before reading them whole.
fn read_capped(path: &Path) -> Result<Vec<u8>, PresetError> {
    let (file, size) = StorageError::open_regular(path)?;
    let limit = u64::try_from(MAX_PRESET_BYTES).unwrap_or(u64::MAX);
    if size > limit {
        return Err(PresetError::File {
            path: path.to_path_buf(),
            source: PresetFileError::TooLarge {
                size_bytes: usize::try_from(size).unwrap_or(usize::MAX),
                max_bytes: MAX_PRESET_BYTES,
            },
        });
    }
    let mut bytes = Vec::new();
    // Capped still: the file may grow while it is read.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| StorageError::from_read(path, e))?;
    Ok(bytes)
}

/// Reads one preset file; a preset without a name takes the file's name.
pub fn read_file(path: &Path) -> Result<PresetFile, PresetError> {
    let bytes = read_capped(path)?;
    let mut preset = preset_file::parse(&bytes).map_err(|source| PresetError::File {
        path: path.to_path_buf(),
        source,
    })?;
    if preset.name.is_empty() {
        preset.name = file_stem(path);
    }
    Ok(preset)
}

/// Reads a file holding one preset or a bundle.
pub fn read_many(path: &Path) -> Result<Vec<PresetFile>, PresetError> {
    let bytes = read_capped(path)?;
    preset_file::parse_many(&bytes).map_err(|source| PresetError::File {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::{Field, FormDraft};

    fn preset(name: &str) -> PresetFile {
        PresetFile {
            name: name.into(),
            fields: FormDraft::example(),
            profile: Some("sandbox".into()),
        }
    }

    fn store() -> (tempfile::TempDir, PresetStore) {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = PresetStore::new(dir.path());
        (dir, store)
    }

    #[test]
    fn save_load_round_trip_with_chinese_name() {
        let (_d, s) = store();
        s.save(&preset("上海 直播/app"), false).expect("save");
        assert_eq!(
            s.load("上海 直播/app").expect("load"),
            preset("上海 直播/app")
        );
    }

    #[test]
    fn save_refuses_to_overwrite_unless_asked() {
        let (_d, s) = store();
        s.save(&preset("a"), false).expect("save");
        assert!(matches!(
            s.save(&preset("a"), false),
            Err(PresetError::Exists(_))
        ));
        let changed = PresetFile {
            fields: FormDraft::example().with(Field::AppName, "other"),
            ..preset("a")
        };
        s.save(&changed, true).expect("overwrite");
        assert_eq!(
            s.load("a").expect("load").fields.get(Field::AppName),
            "other"
        );
    }

    #[test]
    fn rename_duplicate_delete() {
        let (_d, s) = store();
        s.save(&preset("a"), false).expect("save");
        s.rename("a", "b").expect("rename");
        assert!(!s.exists("a") && s.exists("b"));
        s.duplicate("b", "c").expect("dup");
        assert!(matches!(s.rename("b", "c"), Err(PresetError::Exists(_))));
        s.delete("b").expect("delete");
        let names: Vec<_> = s.list().0.into_iter().map(|p| p.name).collect();
        assert_eq!(names, vec!["c"]);
        assert!(matches!(s.delete("b"), Err(PresetError::NotFound(_))));
    }

    #[test]
    fn bad_names_are_refused() {
        let (_d, s) = store();
        for name in ["", "   ", "a\nb", &"x".repeat(101)] {
            assert!(matches!(
                s.save(&preset(name), false),
                Err(PresetError::InvalidName)
            ));
        }
    }

    #[test]
    fn import_renames_on_clash_and_loses_nothing() {
        let (d, s) = store();
        s.save(&preset("a"), false).expect("save");
        let file = d.path().join("shared.json");
        std::fs::write(
            &file,
            preset_file::bundle_to_json(&[preset("a"), preset("b")]),
        )
        .expect("write");
        let report = s.import(&file).expect("import");
        assert_eq!(
            report.imported,
            vec![("a".into(), "a (2)".into()), ("b".into(), "b".into())]
        );
        assert_eq!(s.list().0.len(), 3);
    }

    #[test]
    fn broken_import_saves_nothing() {
        let (d, s) = store();
        let file = d.path().join("broken.json");
        std::fs::write(
            &file,
            br#"{"presets":[{"fields":{}},{"fields":{"Nope":"1"}}]}"#,
        )
        .expect("write");
        let err = s.import(&file).expect_err("broken");
        assert!(err.to_string().contains("preset 2 of the bundle"), "{err}");
        assert!(s.list().0.is_empty());
    }

    #[test]
    fn export_one_and_many() {
        let (d, s) = store();
        s.save(&preset("a"), false).expect("save");
        s.save(&preset("b"), false).expect("save");
        let one = d.path().join("one.json");
        s.export(&["a".into()], &one).expect("export");
        assert_eq!(read_file(&one).expect("read").name, "a");
        let both = d.path().join("both.json");
        assert_eq!(
            s.export(&["a".into(), "b".into()], &both).expect("export"),
            2
        );
        assert_eq!(read_many(&both).expect("read").len(), 2);
    }

    #[test]
    fn unreadable_file_is_reported_not_fatal() {
        let (_d, s) = store();
        s.save(&preset("good"), false).expect("save");
        std::fs::write(s.dir().join("bad.json"), b"{not json").expect("write");
        let (presets, problems) = s.list();
        assert_eq!(presets.len(), 1);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].to_string().contains("bad.json"));
    }
}
