//! A lock file held for the life of each process that writes history, so that a later start can
//! tell a request still in flight in another process from one whose process died mid-request.

use super::error::StorageError;
use std::fs::File;
use std::path::{Path, PathBuf};

/// Folder of lock files inside the data directory.
const SESSIONS_DIR: &str = "sessions";

/// This process's session: an ID written into pending history entries, and its held lock.
#[derive(Debug)]
pub struct SessionLock {
    id: String,
    path: PathBuf,
    _file: File,
}

impl SessionLock {
    /// Creates and locks a new session file under `data_dir`.
    pub fn acquire(data_dir: &Path) -> Result<SessionLock, StorageError> {
        let dir = data_dir.join(SESSIONS_DIR);
        std::fs::create_dir_all(&dir).map_err(|e| StorageError::from_io(&dir, e))?;
        let id = hex::encode(rand::random::<[u8; 12]>());
        let path = dir.join(format!("{id}.lock"));
        let file = File::create(&path).map_err(|e| StorageError::from_io(&path, e))?;
        file.try_lock()
            .map_err(|e| StorageError::from_io(&path, std::io::Error::other(e.to_string())))?;
        Ok(SessionLock {
            id,
            path,
            _file: file,
        })
    }

    /// The session ID.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Whether the process that owned session `id` has ended (its lock is free or gone).
    /// Frees the lock file of an ended session.
    pub fn has_ended(data_dir: &Path, id: &str) -> bool {
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_hexdigit()) {
            return true;
        }
        let path = data_dir.join(SESSIONS_DIR).join(format!("{id}.lock"));
        let Ok(file) = File::open(&path) else {
            return true;
        };
        if file.try_lock().is_ok() {
            drop(file);
            std::fs::remove_file(&path).ok();
            return true;
        }
        false
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        std::fs::remove_file(&self.path).ok();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_session_has_not_ended_and_dropped_one_has() {
        let dir = tempfile::tempdir().expect("tempdir");
        let lock = SessionLock::acquire(dir.path()).expect("lock");
        let id = lock.id().to_string();
        assert!(!SessionLock::has_ended(dir.path(), &id));
        drop(lock);
        assert!(SessionLock::has_ended(dir.path(), &id));
        assert!(SessionLock::has_ended(dir.path(), "../etc/passwd"));
    }
}
