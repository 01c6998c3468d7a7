//! Where the program keeps its data on disk: presets as files, history in SQLite.

use crate::t;
pub mod account_cache;
pub mod batches;
pub mod db;
pub mod error;
pub mod history;
pub mod history_export;
pub mod history_query;
mod history_read;
mod history_write;
pub mod paths;
pub mod presets;
pub mod rate_log;
pub mod session_lock;

pub use batches::{
    BatchLink, BatchRow, BatchSettings, BatchState, BatchSummary, NewBatch, NewRow, RowCounts,
    RowState,
};
pub use error::StorageError;

/// Said when the history's lock was poisoned by an earlier failure in this process.
pub fn history_lost() -> String {
    t!("m-mod-the-history-is-unavailable-after")
}
pub use history::{Completion, History, HistoryEntry, NewEntry, OutcomeKind, Write};
pub use history_query::HistoryQuery;
pub use presets::PresetStore;
