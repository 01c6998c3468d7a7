//! Running a recorded batch again: Resume (the rows not yet done) and Retry failed (the failed
//! rows, as the corrected file gives them), and what a retry would change.

use super::batch_queue::Pick;
use super::batch_run::{BatchJob, lock};
use crate::batch::Correction;
use crate::operation::FormDraft;
use crate::storage::{BatchLink, History, RowCounts, RowState};
use crate::t;
use std::sync::{Arc, Mutex};

/// Which rows a later run of a recorded batch sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RerunKind {
    /// The rows not yet done: not sent, and outcome unknown (checked with the service first).
    Resume,
    /// Only the rows that failed.
    RetryFailed,
}

impl RerunKind {
    /// How many of a batch's rows, counted by state, this run sends.
    pub fn rows_of(self, c: &RowCounts) -> u64 {
        match self {
            RerunKind::Resume => c.not_sent + c.unknown,
            RerunKind::RetryFailed => c.failed,
        }
    }
}

/// Why a batch is not resumed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RerunError {
    /// Every row is done already (or none failed, for a retry): nothing to do, not an error.
    #[error("{0}")]
    NothingLeft(String),
    /// The batch cannot be resumed, in words.
    #[error("{0}")]
    Refused(String),
}

/// The job that resumes (or retries the failed rows of) batch `id`, which is claimed for this
/// program. `data_dir` lets the claim see whether another running program holds the batch.
/// A retry sends each failed row that `corrections` names with its corrected fields, recorded
/// with the row first.
pub fn rerun(
    history: &Arc<Mutex<History>>,
    id: i64,
    kind: RerunKind,
    corrections: &[Correction],
    data_dir: Option<&std::path::Path>,
) -> Result<BatchJob, RerunError> {
    let history = lock(history).map_err(RerunError::Refused)?;
    let refused = |e: crate::storage::StorageError| RerunError::Refused(e.to_string());
    let summary = history
        .batch(id)
        .map_err(refused)?
        .ok_or_else(|| RerunError::Refused(t!("m-batch-run-there-is-no-batch-batch", id = id)))?;
    let pick = match kind {
        RerunKind::Resume => Pick::NotDone,
        RerunKind::RetryFailed => Pick::Failed,
    };
    let count = usize::try_from(kind.rows_of(&summary.counts)).unwrap_or(usize::MAX);
    if count == 0 {
        return Err(RerunError::NothingLeft(match kind {
            RerunKind::Resume => t!("m-batch-run-batch-has-no-row-left", id = id),
            RerunKind::RetryFailed => t!("m-batch-run-batch-has-no-failed-row", id = id),
        }));
    }
    history.claim_batch(id, data_dir).map_err(refused)?;
    // A failed row is sent again as corrected, if it is: the correction is recorded first.
    if kind == RerunKind::RetryFailed {
        for c in corrections {
            let link = BatchLink {
                batch_id: id,
                row_no: c.row_no,
            };
            history.correct_row(link, &c.draft).map_err(refused)?;
        }
    }
    Ok(BatchJob {
        batch_id: id,
        operation: summary.operation,
        settings: summary.settings,
        preset_name: summary.preset_name,
        pick,
        count,
        before: summary.counts,
    })
}

/// How many rows a rerun of batch `id` would send (0 when it cannot be read).
pub fn rows_to_send(history: &Arc<Mutex<History>>, id: i64, kind: RerunKind) -> usize {
    let Ok(history) = lock(history) else {
        return 0;
    };
    history.batch(id).ok().flatten().map_or(0, |b| {
        usize::try_from(kind.rows_of(&b.counts)).unwrap_or(usize::MAX)
    })
}

/// The corrections a file gives, or why it could not be read.
pub type CorrectionsRead = Result<Vec<Correction>, crate::batch::InputError>;

/// What a Retry failed of batch `id` would change: its failed rows matched to the file they
/// came from as it is now (or `path`, another file). The file's path, and the corrections or
/// why the file could not be read.
pub fn retry_corrections(
    history: &Arc<Mutex<History>>,
    id: i64,
    path: Option<&std::path::Path>,
) -> Result<(Option<std::path::PathBuf>, CorrectionsRead), String> {
    let (source_path, failed) = {
        let history = lock(history)?;
        let summary = history
            .batch(id)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| t!("m-batch-run-there-is-no-batch-batch", id = id))?;
        let failed: Vec<(u32, FormDraft)> = history
            .batch_rows(id)
            .map_err(|e| e.to_string())?
            .into_iter()
            .filter(|r| r.state == RowState::Failed)
            .map(|r| (r.row_no, r.draft()))
            .collect();
        (summary.source_path, failed)
    };
    let Some(path) = path
        .map(std::path::Path::to_path_buf)
        .or_else(|| source_path.map(std::path::PathBuf::from))
    else {
        return Ok((None, Ok(Vec::new())));
    };
    let read = crate::batch::read_file(&path).map(|file| crate::batch::corrections(&failed, &file));
    Ok((Some(path), read))
}
