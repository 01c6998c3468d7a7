//! The Batch view: open a CSV file, see every row's problems before anything is sent, start,
//! follow the progress (pause, resume, cancel), read and export the results, and pick up
//! earlier batches (resume an interrupted one, retry the failed rows).

use crate::t;
mod draw;
mod retry;
mod tables;

use crate::batch::{BatchCheck, Progress};
use crate::operation::Operation;
use crate::storage::{BatchRow, BatchState, BatchSummary, RowState};
use crate::worker::batch_run::{BatchUpdate, RerunKind, RowDone};
use std::path::PathBuf;

/// What the user asked of the Batch view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchAction {
    /// Choose a CSV file with the file dialog.
    ChooseFile,
    /// Read and check this file for this operation.
    Check(PathBuf, Operation),
    /// Write a template for this operation (asks where).
    Template(Operation),
    /// Record and send the checked rows.
    Start {
        skip_invalid: bool,
        continue_on_error: bool,
    },
    /// Send the rows of a batch not yet done, or only its failed rows (those corrected with
    /// their new fields).
    Rerun(i64, RerunKind, Vec<crate::batch::Correction>),
    /// Read the batch's file again to see what a Retry failed would change.
    ReviewRetry(i64),
    /// Pause, continue or cancel a running batch.
    Pause(i64),
    /// Continue after a pause.
    Continue(i64),
    /// Stop sending new rows.
    Cancel(i64),
    /// Show a recorded batch's results.
    Show(i64),
    /// Export the shown batch's results (asks where); `true`: JSON.
    Export { id: i64, json: bool },
}

/// A running batch as the view follows it.
#[derive(Debug, Clone)]
struct Running {
    id: i64,
    progress: Option<Progress>,
    paused: bool,
    cancelling: bool,
}

/// The Batch view's state.
#[derive(Debug)]
pub struct BatchView {
    path: String,
    operation: Operation,
    fill_from_form: bool,
    checking: bool,
    check: Option<(PathBuf, Box<BatchCheck>, &'static str)>,
    check_problem: Option<crate::i18n::Said>,
    show_all_rows: bool,
    skip_invalid: bool,
    continue_on_error: bool,
    running: Option<Running>,
    finished: Option<(i64, BatchState, Progress, crate::storage::RowCounts)>,
    retry: Option<retry::RetryReview>,
    /// The finished run stopped because the history could not record a row.
    stopped_unrecorded: bool,
    shown: Option<i64>,
    results: Vec<BatchRow>,
    failures_only: bool,
    batches: Vec<BatchSummary>,
}

impl Default for BatchView {
    fn default() -> Self {
        BatchView {
            path: String::new(),
            operation: Operation::Add,
            fill_from_form: true,
            checking: false,
            check: None,
            check_problem: None,
            show_all_rows: false,
            skip_invalid: false,
            continue_on_error: true,
            running: None,
            finished: None,
            retry: None,
            stopped_unrecorded: false,
            shown: None,
            results: Vec::new(),
            failures_only: false,
            batches: Vec::new(),
        }
    }
}

/// The operations a batch sends: the config operations that change the account.
fn operations() -> impl Iterator<Item = Operation> {
    Operation::ALL
        .into_iter()
        .filter(|op| op.spec().changes_account)
}

fn operation_label(op: Operation) -> String {
    match op {
        Operation::Add => t!("batch-op-add-configs"),
        Operation::Update => t!("batch-op-update-configs"),
        Operation::Delete => t!("batch-op-delete-configs"),
        Operation::Describe => t!("batch-op-list-configs"),
        _ => op.verb(),
    }
}

impl BatchView {
    /// Whether the results table shows failures only (exports follow it).
    pub fn failures_only(&self) -> bool {
        self.failures_only
    }

    /// Whether empty cells take the form's values.
    pub fn fills_from_form(&self) -> bool {
        self.fill_from_form
    }

    /// A file was chosen: check it.
    pub fn file_chosen(&mut self, path: PathBuf) -> BatchAction {
        self.path = path.display().to_string();
        self.checking = true;
        BatchAction::Check(path, self.operation)
    }

    /// The checked rows, to start them.
    pub fn checked(&self) -> Option<(&BatchCheck, PathBuf)> {
        let (path, check, _) = self.check.as_ref()?;
        Some((check, path.clone()))
    }

    /// A file was read and checked.
    pub fn on_checked(
        &mut self,
        path: PathBuf,
        result: Result<(Box<BatchCheck>, &'static str), crate::i18n::Said>,
    ) {
        self.checking = false;
        match result {
            Ok((check, encoding)) => {
                self.skip_invalid = false;
                self.check = Some((path, check, encoding));
                self.check_problem = None;
            }
            Err(e) => {
                self.check = None;
                self.check_problem = Some(e);
            }
        }
    }

    /// How many rows `action` would send (Start, Resume, Retry failed), when known.
    pub fn rows_sent_by(&self, action: &BatchAction) -> Option<u64> {
        match action {
            BatchAction::Start { .. } => self.check.as_ref().map(|(_, c, _)| c.sendable() as u64),
            BatchAction::Rerun(id, kind, _) => {
                let batch = self.batches.iter().find(|b| b.id == *id)?;
                Some(kind.rows_of(&batch.counts))
            }
            _ => None,
        }
    }

    /// The recorded batches.
    pub fn on_list(&mut self, batches: Vec<BatchSummary>) {
        self.batches = batches;
    }

    /// A batch's rows were loaded.
    pub fn on_rows(&mut self, id: i64, rows: Vec<BatchRow>) {
        if self.shown == Some(id) {
            self.results = rows;
        }
    }

    /// Shows this batch's results from now on.
    pub fn show(&mut self, id: i64) {
        if self.shown != Some(id) {
            self.results.clear();
        }
        self.shown = Some(id);
    }

    /// A running batch moved on; returns a batch whose rows and the list should be reloaded.
    pub fn on_update(&mut self, update: BatchUpdate) -> Option<i64> {
        match update {
            BatchUpdate::Started { batch_id, .. } => {
                self.running = Some(Running {
                    id: batch_id,
                    progress: None,
                    paused: false,
                    cancelling: false,
                });
                self.show(batch_id);
                self.check = None;
                Some(batch_id)
            }
            BatchUpdate::Row {
                batch_id,
                done,
                progress,
            } => {
                if let Some(r) = self.running.as_mut().filter(|r| r.id == batch_id) {
                    r.progress = Some(*progress);
                }
                if self.shown == Some(batch_id) {
                    self.apply_row(&done);
                }
                None
            }
            BatchUpdate::Finished {
                batch_id,
                state,
                progress,
                counts,
                unrecorded,
            } => {
                if self.running.as_ref().is_some_and(|r| r.id == batch_id) {
                    self.running = None;
                }
                self.finished = Some((batch_id, state, *progress, counts));
                self.stopped_unrecorded = unrecorded;
                Some(batch_id)
            }
        }
    }

    fn apply_row(&mut self, done: &RowDone) {
        if let Some(row) = self.results.iter_mut().find(|r| r.row_no == done.row) {
            row.state = if done.ok {
                RowState::Ok
            } else {
                RowState::Failed
            };
            row.error_code.clone_from(&done.code);
            row.request_id.clone_from(&done.request_id);
            row.message = Some(done.message.clone());
        }
    }

    /// Whether a batch is being sent.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }
}
