//! Writes a file all at once: to a temporary file beside it, flushed, then renamed over the
//! target, so a crash leaves either the old file or the new one, never half of one. A leaf:
//! profiles, the sandbox and storage all use it, and it uses none of them.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a file could not be read or written, in words that say what to do.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The folder cannot be written.
    #[error("{}", crate::t!("err-error-cannot-write-to-the-folder", path = .path))]
    ReadOnly { path: PathBuf },
    /// The disk is full.
    #[error("{}", crate::t!("err-error-cannot-write-to-the-disk", path = .path))]
    Full { path: PathBuf },
    /// Any other failure.
    #[error("{}", crate::t!("err-storage-path-source", path = .path, source = .source.to_string()))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl FileError {
    /// Classifies an I/O error on the file at `path`.
    pub fn from_io(path: &Path, source: std::io::Error) -> FileError {
        let path = path.to_path_buf();
        match source.kind() {
            std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied => {
                FileError::ReadOnly { path }
            }
            std::io::ErrorKind::StorageFull => FileError::Full { path },
            _ => FileError::Io { path, source },
        }
    }
}

/// Why a file to read was not opened.
#[derive(Debug)]
pub enum OpenError {
    /// A folder, a pipe or a device: not opened, since opening a pipe waits for a writer.
    NotAFile,
    /// It could not be opened.
    Io(std::io::Error),
}

/// Opens `path` for reading when it is a regular file, with its size.
pub fn open_regular(path: &Path) -> Result<(std::fs::File, u64), OpenError> {
    let meta = std::fs::metadata(path).map_err(OpenError::Io)?;
    if !meta.is_file() {
        return Err(OpenError::NotAFile);
    }
    let file = std::fs::File::open(path).map_err(OpenError::Io)?;
    Ok((file, meta.len()))
}

/// Replaces `path` with `bytes` atomically, creating its folder if needed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| FileError::from_io(dir, e))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .tempfile_in(dir)
        .map_err(|e| FileError::from_io(dir, e))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| FileError::from_io(path, e))?;
    tmp.persist(path)
        .map_err(|e| FileError::from_io(path, e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_file_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.json");
        write_atomically(&path, b"old").expect("write");
        write_atomically(&path, b"new content").expect("write");
        assert_eq!(std::fs::read(&path).expect("read"), b"new content");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.json")]);
    }

    #[test]
    fn failed_write_keeps_old_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.json");
        write_atomically(&path, b"old").expect("write");
        // A target that is a directory cannot be replaced: the write fails, nothing is lost.
        let blocked = dir.path().join("blocked");
        std::fs::create_dir(&blocked).expect("mkdir");
        std::fs::write(blocked.join("x"), b"x").expect("fill");
        assert!(write_atomically(&blocked, b"new").is_err());
        assert_eq!(std::fs::read(&path).expect("read"), b"old");
    }
}
