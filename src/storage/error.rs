//! What can go wrong with stored data, each case in words that say what to do.

use std::path::PathBuf;

/// A storage failure. The program keeps running without the failed part; it never deletes data
/// to recover.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The database file is not a database or is damaged.
    #[error(
        "the history database {path} is damaged or is not a database; it was left untouched. Move it away (or restore a backup) and restart to begin a new history"
    )]
    Damaged { path: PathBuf },
    /// Another program holds the database.
    #[error(
        "the history database {path} is locked by another program; close other copies of Live Record to VOD and try again"
    )]
    Locked { path: PathBuf },
    /// The database was made by a newer version of this program.
    #[error(
        "the history database {path} was made by a newer version of this program (schema {found}, this one knows up to {supported}); update the program. It was left untouched"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The data directory cannot be written.
    #[error(
        "cannot write to {path}: the folder is read-only; check its permissions or choose another --data-dir"
    )]
    ReadOnly { path: PathBuf },
    /// The disk is full.
    #[error("cannot write to {path}: the disk is full; free some space and try again")]
    Full { path: PathBuf },
    /// A schema migration failed.
    #[error("could not upgrade the history database {path} to schema {version}: {source}")]
    Migrate {
        path: PathBuf,
        version: i64,
        source: rusqlite::Error,
    },
    /// Any other database failure.
    #[error("history database {path}: {source}")]
    Database {
        path: PathBuf,
        source: rusqlite::Error,
    },
    /// A request the stored data cannot satisfy (e.g. no such batch), in words.
    #[error("{0}")]
    Invalid(String),
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl StorageError {
    /// Classifies a SQLite error on the database at `path`.
    pub fn from_sqlite(path: &std::path::Path, source: rusqlite::Error) -> StorageError {
        use rusqlite::ErrorCode;
        let path = path.to_path_buf();
        match source.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                StorageError::Damaged { path }
            }
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                StorageError::Locked { path }
            }
            Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
                StorageError::ReadOnly { path }
            }
            Some(ErrorCode::DiskFull) => StorageError::Full { path },
            _ => StorageError::Database { path, source },
        }
    }

    /// Classifies an I/O error on the file at `path`.
    pub fn from_io(path: &std::path::Path, source: std::io::Error) -> StorageError {
        let path = path.to_path_buf();
        match source.kind() {
            std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied => {
                StorageError::ReadOnly { path }
            }
            std::io::ErrorKind::StorageFull => StorageError::Full { path },
            _ => StorageError::Io { path, source },
        }
    }
}
