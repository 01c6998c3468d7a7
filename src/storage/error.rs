//! What can go wrong with stored data, each case in words that say what to do.

use crate::atomic_file::FileError;
use std::path::PathBuf;

/// A storage failure. The program keeps running without the failed part; it never deletes data
/// to recover.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The database file is not a database or is damaged.
    #[error("{}", crate::t!("err-error-the-history-database-is-damaged", path = .path))]
    Damaged { path: PathBuf },
    /// Another program holds the database.
    #[error("{}", crate::t!("err-error-the-history-database-is-locked", path = .path))]
    Locked { path: PathBuf },
    /// The database was made by a newer version of this program.
    #[error("{}", crate::t!("err-error-the-history-database-was-made", path = .path, found = .found.to_string(), supported = .supported.to_string()))]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The data directory cannot be written.
    #[error("{}", crate::t!("err-error-cannot-write-to-the-folder", path = .path))]
    ReadOnly { path: PathBuf },
    /// A file cannot be read: its permissions do not allow it.
    #[error("{}", crate::t!("err-error-cannot-read-the-file", path = .path))]
    Unreadable { path: PathBuf },
    /// Not a regular file (a folder, a pipe, a device): it is not read, so nothing waits on it.
    #[error("{}", crate::t!("err-error-not-a-regular-file", path = .path))]
    NotAFile { path: PathBuf },
    /// The disk is full.
    #[error("{}", crate::t!("err-error-cannot-write-to-the-disk", path = .path))]
    Full { path: PathBuf },
    /// A schema migration failed.
    #[error("{}", crate::t!("err-error-could-not-upgrade-the-history", path = .path, version = .version.to_string(), source = .source.to_string()))]
    Migrate {
        path: PathBuf,
        version: i64,
        source: rusqlite::Error,
    },
    /// Any other database failure.
    #[error("{}", crate::t!("err-error-history-database", path = .path, source = .source.to_string()))]
    Database {
        path: PathBuf,
        source: rusqlite::Error,
    },
    /// A request the stored data cannot satisfy (e.g. no such batch), in words.
    #[error("{0}")]
    Invalid(String),
    /// A file could not be read or written.
    #[error("{}", crate::t!("err-storage-path-source", path = .path, source = .source.to_string()))]
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
        FileError::from_io(path, source).into()
    }

    /// Classifies an error reading the file at `path`: a permission problem is about reading
    /// it, not a read-only folder.
    pub fn from_read(path: &std::path::Path, source: std::io::Error) -> StorageError {
        match source.kind() {
            std::io::ErrorKind::PermissionDenied => StorageError::Unreadable {
                path: path.to_path_buf(),
            },
            _ => StorageError::Io {
                path: path.to_path_buf(),
                source,
            },
        }
    }

    /// Opens `path` for reading only when it is a regular file, with its size.
    pub fn open_regular(path: &std::path::Path) -> Result<(std::fs::File, u64), StorageError> {
        crate::atomic_file::open_regular(path).map_err(|e| match e {
            crate::atomic_file::OpenError::NotAFile => StorageError::NotAFile {
                path: path.to_path_buf(),
            },
            crate::atomic_file::OpenError::Io(e) => StorageError::from_read(path, e),
        })
    }
}

impl From<FileError> for StorageError {
    fn from(e: FileError) -> Self {
        match e {
            FileError::ReadOnly { path } => StorageError::ReadOnly { path },
            FileError::Full { path } => StorageError::Full { path },
            FileError::Io { path, source } => StorageError::Io { path, source },
        }
    }
}
