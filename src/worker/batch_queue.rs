//! The rows a batch run sends, read from the history a page at a time in file order, so a
//! million-row batch is never held whole.

use super::batch_run::lock;
use crate::operation::FormDraft;
use crate::storage::{History, RowState};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

/// Which recorded rows a run sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// The rows not sent yet (a new batch).
    Waiting,
    /// The rows not done: not sent, and outcome unknown (checked with the service first).
    NotDone,
    /// The rows that failed.
    Failed,
}

impl Pick {
    fn states(self) -> &'static [RowState] {
        match self {
            Pick::Waiting => &[RowState::Waiting],
            Pick::NotDone => &[RowState::Waiting, RowState::Unknown, RowState::Sending],
            Pick::Failed => &[RowState::Failed],
        }
    }
}

/// Rows a page at a time from the history, in file order: each with its fields and whether
/// its earlier call's outcome is unknown (then the service is asked first).
pub(super) struct RowQueue {
    history: Arc<Mutex<History>>,
    batch_id: i64,
    pick: Pick,
    after: u32,
    page: VecDeque<(u32, FormDraft, bool)>,
    ended: bool,
}

/// Rows read from the history at once.
const PAGE_ROWS: u32 = 500;

impl RowQueue {
    /// The rows of batch `batch_id` that `pick` names, from the first.
    pub(super) fn new(history: Arc<Mutex<History>>, batch_id: i64, pick: Pick) -> RowQueue {
        RowQueue {
            history,
            batch_id,
            pick,
            after: 0,
            page: VecDeque::new(),
            ended: false,
        }
    }

    fn fill(&mut self) -> Result<(), String> {
        if !self.page.is_empty() || self.ended {
            return Ok(());
        }
        let rows = lock(&self.history)?
            .batch_rows_page(self.batch_id, self.after, PAGE_ROWS, self.pick.states())
            .map_err(|e| e.to_string())?;
        self.ended = rows.is_empty();
        if let Some(last) = rows.last() {
            self.after = last.row_no;
        }
        let uncertain = |state: RowState| self.pick == Pick::NotDone && state != RowState::Waiting;
        let rows: Vec<_> = rows
            .into_iter()
            .map(|r| (r.row_no, r.draft(), uncertain(r.state)))
            .collect();
        self.page.extend(rows);
        Ok(())
    }

    pub(super) fn next(&mut self) -> Result<Option<(u32, FormDraft, bool)>, String> {
        self.fill()?;
        Ok(self.page.pop_front())
    }

    /// Whether rows are left; when the history cannot be read, there may be.
    pub(super) fn has_more(&mut self) -> bool {
        self.fill().is_err() || !self.page.is_empty()
    }
}
