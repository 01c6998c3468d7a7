//! The data directory: `--data-dir`, else `LIVE_RECORD_VOD_DATA_DIR`, else the platform's.

use super::error::StorageError;
use std::path::{Path, PathBuf};

/// The window's sandbox keeps its configs here, in the data directory.
pub const SANDBOX_STATE_FILE: &str = "sandbox-state.json";

/// Environment variable overriding the data directory.
pub const DATA_DIR_ENV: &str = "LIVE_RECORD_VOD_DATA_DIR";

/// The data directory: the explicit one, else the platform's data dir + `live-record-vod`.
pub fn data_dir(explicit: Option<PathBuf>) -> PathBuf {
    explicit.unwrap_or_else(|| {
        dirs::data_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("live-record-vod")
    })
}

/// The files of the data directory the program itself keeps (and no export may replace).
const OWN_FILES: [&str; 8] = [
    super::db::DB_FILE,
    "history.sqlite3-wal",
    "history.sqlite3-shm",
    super::rate_log::RATE_FILE,
    "rate-limit.sqlite3-wal",
    "rate-limit.sqlite3-shm",
    crate::credentials::book::PROFILES_FILE,
    SANDBOX_STATE_FILE,
];

/// The folders of the data directory whose files are the program's own.
const OWN_FOLDERS: [&str; 2] = ["presets", "sessions"];

/// Checks where an export is about to be written: never over one of the program's own files
/// (its history, profiles, sandbox state or presets), and only into a folder that exists.
pub fn check_export_target(to: &Path, data_dir: &Path) -> Result<(), StorageError> {
    let folder = match to.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(folder) = folder.canonicalize() else {
        return Err(StorageError::Invalid(crate::t!(
            "err-export-no-such-folder",
            path = folder
        )));
    };
    let data_dir = data_dir
        .canonicalize()
        .unwrap_or_else(|_| data_dir.to_path_buf());
    let name = to
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let own = folder == data_dir && OWN_FILES.contains(&name.as_str())
        || OWN_FOLDERS
            .iter()
            .any(|own| folder.starts_with(data_dir.join(own)));
    if own {
        return Err(StorageError::Invalid(crate::t!(
            "err-export-own-file",
            path = to
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_never_replaces_the_programs_own_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("presets")).expect("presets");
        for own in [
            "history.sqlite3",
            "profiles.json",
            "sandbox-state.json",
            "presets/a.json",
        ] {
            assert!(
                check_export_target(&dir.path().join(own), dir.path()).is_err(),
                "{own}"
            );
        }
        assert!(check_export_target(&dir.path().join("export.csv"), dir.path()).is_ok());
        let missing = dir.path().join("no-such-folder").join("export.csv");
        assert!(check_export_target(&missing, dir.path()).is_err());
    }
}
