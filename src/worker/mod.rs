//! Background work shared by the command line and the window. The window talks to the worker
//! only through plain-data messages: [`Command`]s in, [`Event`]s out. The worker owns the HTTP
//! client, the history database and the presets folder; the UI never waits on any of them.

pub mod jobs;
mod service;

pub use jobs::{SubmitJob, SubmitReport, submit};
pub use service::{WorkerConfig, WorkerHandle, spawn};

use crate::operation::preset_file::PresetFile;
use crate::storage::history_export::ExportFormat;
use crate::storage::{HistoryEntry, HistoryQuery};
use std::path::PathBuf;
use std::sync::Arc;

/// Identifies one submission from the window.
pub type JobId = u64;

/// Wakes the UI after an event was sent (the window's repaint request).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// What the UI asks of the worker.
#[derive(Debug)]
pub enum Command {
    /// Send a request (recorded in the history).
    Submit { id: JobId, job: Box<SubmitJob> },
    /// Cancel a submission in flight.
    Cancel(JobId),
    /// Fetch `limit` history entries matching `query` from `offset`, newest first.
    LoadHistory {
        generation: u64,
        query: HistoryQuery,
        offset: u64,
        limit: u64,
    },
    /// Delete these history entries.
    DeleteHistory(Vec<i64>),
    /// Delete every history entry.
    ClearHistory,
    /// Write the entries matching `query` to a file.
    ExportHistory {
        query: HistoryQuery,
        format: ExportFormat,
        path: PathBuf,
    },
    /// List the saved presets.
    ListPresets,
    /// Save a preset (replacing one of the same name only if `overwrite`).
    SavePreset { preset: PresetFile, overwrite: bool },
    /// Rename a preset.
    RenamePreset { from: String, to: String },
    /// Delete a preset.
    DeletePreset(String),
    /// Import the presets of a file.
    ImportPresets(PathBuf),
    /// Export presets to a file.
    ExportPresets { names: Vec<String>, path: PathBuf },
}

/// What the worker tells the UI.
#[derive(Debug)]
pub enum Event {
    /// A submission was sent.
    Started(JobId),
    /// A submission ended.
    Finished(JobId, Box<SubmitReport>),
    /// A page of history for a [`Command::LoadHistory`].
    HistoryPage {
        generation: u64,
        offset: u64,
        total: u64,
        rows: Vec<HistoryEntry>,
    },
    /// The history changed: pages shown are stale.
    HistoryChanged,
    /// The history cannot be used; submitting still works.
    HistoryUnavailable(String),
    /// The saved presets, and the files that could not be read.
    Presets {
        presets: Vec<PresetFile>,
        problems: Vec<String>,
    },
    /// A preset was saved under this name.
    PresetSaved(String),
    /// Something worked that the user should hear about (e.g. an export).
    Notice(String),
    /// Something failed, in plain words.
    Problem(String),
}
