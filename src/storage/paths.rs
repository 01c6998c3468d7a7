//! The data directory: `--data-dir`, else `LIVE_RECORD_VOD_DATA_DIR`, else the platform's.

use std::path::PathBuf;

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
