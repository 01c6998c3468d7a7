//! Background work shared by the command line and the window. The window talks to the worker
//! only through plain-data messages: [`Command`]s in, [`Event`]s out. The worker owns the HTTP
//! client, the history database and the presets folder; the UI never waits on any of them.

mod account;
mod account_check;
mod batch_queue;
mod batch_rerun;
pub mod batch_run;
mod batch_service;
pub mod desired;
mod history_writer;
mod order;
pub mod overview;
pub mod pages;
pub mod pipeline;
mod profile_lookup;
mod profiles;
mod service;

pub use account::RegionUnknown;
pub use account_check::AccountCheck;
pub use pages::{AllPages, PagesEnd};
pub use pipeline::{CallOrder, CallReport, NotSent, Pipeline, Resolved, now_ms, read_only_refusal};
pub use profile_lookup::{resolve_profile, sandbox_profile};
pub use profiles::{SharedBook, check_identity};
pub use service::{WorkerConfig, WorkerHandle, spawn};

use crate::batch::BatchCheck;
use crate::client::identity::CallerIdentity;
use crate::credentials::{Profile, ProfileMeta, Secret};
use crate::i18n::Said;
use crate::operation::account_check::DomainFacts;
use crate::operation::account_facts::AccountFacts;
use crate::operation::desired_state::{DesiredFile, Plan};
use crate::operation::preset_file::PresetFile;
use crate::operation::{FormDraft, Operation};
use crate::storage::history_export::ExportFormat;
use crate::storage::{BatchRow, BatchSettings, BatchSummary};
use crate::storage::{HistoryEntry, HistoryQuery};
use batch_run::{BatchUpdate, RerunKind};
use std::path::PathBuf;
use std::sync::Arc;

/// Identifies one call from the window.
pub type JobId = u64;

/// Wakes the UI after an event was sent (the window's repaint request).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Empties the built-in sandbox's configs (a seam: the worker does not own the sandbox).
#[derive(Clone)]
pub struct SandboxReset(pub Arc<dyn Fn() -> std::io::Result<()> + Send + Sync>);

impl std::fmt::Debug for SandboxReset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SandboxReset")
    }
}

/// What the UI asks of the worker.
#[derive(Debug)]
pub enum Command {
    /// Resolve and send a call through the pipeline (recorded in the history).
    Call { id: JobId, order: Box<CallOrder> },
    /// Cancel a call in flight.
    Cancel(JobId),
    /// Fetch `limit` history entries matching `query` from `offset`, newest first.
    LoadHistory {
        generation: u64,
        query: HistoryQuery,
        offset: u64,
        limit: u64,
    },
    /// List the streaming domains seen in the history, most recent first.
    ListDomains,
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
    /// List or change the saved profiles (keyring work, off the async threads).
    Profiles(ProfileCommand),
    /// Check a profile with STS GetCallerIdentity (the sandbox's for sandbox profiles).
    TestProfile(Box<Profile>),
    /// Delete every config of the built-in sandbox.
    ResetSandbox,
    /// Batch work: check a file, send, steer, list, results, templates.
    Batch(BatchCommand),
    /// The account's facts for the pick lists: what the cache holds for the order's profile
    /// at once, then (as `read` says) fresh ones read with calls sent as `like` would be.
    Account {
        /// The profile's name, the cache's key.
        profile: String,
        /// How the calls are signed and where they go.
        like: Box<CallOrder>,
        /// When to read the account.
        read: ReadAccount,
    },
    /// Is everything recording: every config of the profile's account with its state, read
    /// with calls sent as `like` would be.
    Overview {
        /// The profile's name (the account cache's key).
        profile: String,
        /// How the calls are signed and where they go.
        like: Box<CallOrder>,
    },
    /// Plan a desired-state file against the account, signed and sent as `like` would be.
    PlanFile {
        /// The file.
        path: PathBuf,
        /// How the calls are signed and where they go.
        like: Box<CallOrder>,
    },
    /// Write the configs of the profile's streaming domains to a desired-state file.
    ExportFile {
        /// The file.
        path: PathBuf,
        /// The profile's name (the account cache's key).
        profile: String,
        /// How the calls are signed and where they go.
        like: Box<CallOrder>,
    },
    /// Add the form's config to a desired-state file (read, checked, written whole).
    AddToFile {
        /// The file.
        path: PathBuf,
        /// The config.
        draft: FormDraft,
    },
    /// Apply a plan the user saw (and confirmed) of a file.
    ApplyPlan {
        /// The file, read.
        file: Box<DesiredFile>,
        /// The plan shown.
        plan: Box<Plan>,
        /// How the calls are signed and where they go.
        like: Box<CallOrder>,
    },
    /// What the check against the account needs of one of its domains (its mapping, OSS
    /// recording configs and streams), read with calls sent as `like` would be.
    DomainFacts {
        /// The profile's name.
        profile: String,
        /// The domain, as the account names it.
        domain: String,
        /// An ingest domain (only its mapping is read).
        ingest: bool,
        /// How the calls are signed and where they go.
        like: Box<CallOrder>,
    },
}

/// When [`Command::Account`] reads the account instead of only showing the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadAccount {
    /// Never: the cache only (the sandbox, until asked).
    Never,
    /// When the cache is missing or older than [`ACCOUNT_STALE_AFTER_MS`].
    IfStale,
    /// Now (Refresh).
    Now,
}

/// Facts older than this are read again when a profile is chosen: 10 minutes.
pub const ACCOUNT_STALE_AFTER_MS: i64 = 10 * 60 * 1000;

/// What the window asks about batches.
#[derive(Debug)]
pub enum BatchCommand {
    /// Read and check a CSV file, its empty cells filled from `base`.
    Check {
        path: PathBuf,
        operation: Operation,
        base: FormDraft,
    },
    /// Record and send a checked batch read from the file at `source`.
    Start {
        checked: Box<BatchCheck>,
        source: PathBuf,
        preset_name: Option<String>,
        settings: BatchSettings,
        skip_invalid: bool,
    },
    /// Send a recorded batch's rows not yet done, or only its failed rows (those corrected
    /// with their new fields).
    Rerun {
        id: i64,
        kind: RerunKind,
        corrections: Vec<crate::batch::Correction>,
    },
    /// Read what a Retry failed of the batch would change: its file as it is now.
    ReviewRetry(i64),
    /// Send no new row until continued.
    Pause(i64),
    /// Send rows again after a pause.
    Continue(i64),
    /// Stop sending (rows in flight finish; the batch can be resumed).
    Cancel(i64),
    /// List the recorded batches.
    List,
    /// Load a batch's rows.
    Rows(i64),
    /// Write a batch's results to a file (CSV or JSON by `format`).
    Export {
        id: i64,
        format: ExportFormat,
        failures_only: bool,
        path: PathBuf,
    },
    /// Write a template CSV for `operation` from `base`.
    Template {
        operation: Operation,
        base: FormDraft,
        path: PathBuf,
    },
}

/// What the worker tells the window about batches.
#[derive(Debug)]
pub enum BatchEvent {
    /// A file was read and checked (or could not be read).
    Checked {
        path: PathBuf,
        result: Result<(Box<BatchCheck>, &'static str), Said>,
    },
    /// A running batch moved on.
    Update(BatchUpdate),
    /// The recorded batches, newest first.
    List(Vec<BatchSummary>),
    /// A batch's rows.
    Rows { id: i64, rows: Vec<BatchRow> },
    /// What a Retry failed of batch `id` would change: the file read (none: not known), and
    /// its corrections of the failed rows or why it could not be read.
    RetryReview {
        id: i64,
        path: Option<PathBuf>,
        corrections: Result<Vec<crate::batch::Correction>, Said>,
    },
}

/// A listing of, or change to, the saved profiles. Each is answered with the new list.
#[derive(Debug)]
pub enum ProfileCommand {
    /// Only list them.
    List,
    /// Add (`replace` false) or change a saved profile; secrets go to the keyring.
    Save {
        meta: ProfileMeta,
        secret: Secret,
        token: Option<Secret>,
        replace: bool,
    },
    /// Rename a saved profile (its keyring entries move).
    Rename { from: String, to: String },
    /// Remove a saved profile and its keyring entries.
    Remove(String),
    /// Make a profile the default.
    SetDefault(String),
    /// Import the AK and StsToken profiles of an aliyun CLI config file.
    ImportAliyunCli(PathBuf),
}

/// What the worker tells the UI.
#[derive(Debug)]
pub enum Event {
    /// A call was sent.
    Started(JobId),
    /// A call ended.
    Finished(JobId, Box<CallReport>),
    /// A page of history for a [`Command::LoadHistory`].
    HistoryPage {
        generation: u64,
        offset: u64,
        total: u64,
        rows: Vec<HistoryEntry>,
    },
    /// The streaming domains seen in the history, most recent first.
    Domains(Vec<String>),
    /// The history changed: pages shown are stale.
    HistoryChanged,
    /// The history cannot be used; submitting still works.
    HistoryUnavailable(Said),
    /// The saved presets, and the files that could not be read.
    Presets {
        presets: Vec<PresetFile>,
        problems: Vec<Said>,
    },
    /// A preset was saved under this name.
    PresetSaved(String),
    /// Something worked that the user should hear about (e.g. an export).
    Notice(Said),
    /// Something failed, in plain words.
    Problem(Said),
    /// A call could not be sent (bad fields, or its secret could not be read).
    NotSent(JobId, NotSent),
    /// The saved profiles, the default, and why the keyring cannot be used (if it cannot).
    Profiles {
        saved: Vec<ProfileMeta>,
        default: String,
        keyring_problem: Option<Said>,
    },
    /// About batches.
    Batch(BatchEvent),
    /// The account's facts for `profile`: from the cache (`fresh` false) or just read, with
    /// the lists that could not be read and why.
    Account {
        /// The profile they are of.
        profile: String,
        /// What is known.
        facts: Option<Box<AccountFacts>>,
        /// Just read (else from the cache).
        fresh: bool,
        /// The lists that could not be read.
        problems: Vec<Said>,
    },
    /// How far a [`Command::Overview`] is: `done` of `total` domains read.
    OverviewProgress {
        /// The profile.
        profile: String,
        /// Domains read.
        done: usize,
        /// Domains to read.
        total: usize,
    },
    /// The answer to a [`Command::Overview`].
    Overview {
        /// The profile it is of.
        profile: String,
        /// What was read and joined.
        reading: Box<overview::OverviewReading>,
    },
    /// The answer to a [`Command::PlanFile`].
    Planned(Result<Box<(DesiredFile, Plan)>, Said>),
    /// How far a [`Command::ApplyPlan`] is: `done` of `total` calls made.
    ApplyProgress {
        /// Calls made.
        done: usize,
        /// Calls to make.
        total: usize,
    },
    /// How a [`Command::ApplyPlan`], [`Command::ExportFile`] or [`Command::AddToFile`]
    /// ended, in words.
    Applied(Said),
    /// The answer to a [`Command::DomainFacts`], with the lists that could not be read.
    DomainFacts {
        /// The profile they are of.
        profile: String,
        /// What was read.
        facts: Box<DomainFacts>,
        /// The lists that could not be read.
        problems: Vec<Said>,
    },
    /// The answer to a [`Command::TestProfile`].
    ProfileTested {
        name: String,
        result: Result<CallerIdentity, Said>,
    },
}
