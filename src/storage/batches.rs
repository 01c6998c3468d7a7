//! Batches in the history database: a batch and all its rows are written before the first call;
//! each row's state is written before its call is sent (in the same transaction as its history
//! entry) and again when it ends, so a killed program leaves an exact record to resume from.

use super::error::StorageError;
use super::history::{History, fields_json};
use super::session_lock::SessionLock;
use crate::operation::{FormDraft, Operation};
use rusqlite::{OptionalExtension, Row, params};
use std::collections::BTreeMap;
use std::path::Path;

/// Where a batch stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BatchState {
    /// Being sent by a running program.
    Running,
    /// Its program stopped (killed, crashed, closed) before every row was sent.
    Interrupted,
    /// Stopped at a row's error ("stop at the first error").
    Stopped,
    /// Cancelled by the user.
    Cancelled,
    /// Every row was sent (some may have failed).
    Done,
}

impl BatchState {
    const ALL: [BatchState; 5] = [
        BatchState::Running,
        BatchState::Interrupted,
        BatchState::Stopped,
        BatchState::Cancelled,
        BatchState::Done,
    ];

    /// The stored text, also what `batch list` prints.
    pub fn as_str(self) -> &'static str {
        match self {
            BatchState::Running => "running",
            BatchState::Interrupted => "interrupted",
            BatchState::Stopped => "stopped",
            BatchState::Cancelled => "cancelled",
            BatchState::Done => "done",
        }
    }

    /// In words, in the current language.
    pub fn label(self) -> String {
        match self {
            BatchState::Running => crate::t!("batch-state-running"),
            BatchState::Interrupted => crate::t!("batch-state-interrupted"),
            BatchState::Stopped => crate::t!("batch-state-stopped"),
            BatchState::Cancelled => crate::t!("batch-state-cancelled"),
            BatchState::Done => crate::t!("batch-state-done"),
        }
    }

    fn parse(text: &str) -> BatchState {
        BatchState::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .unwrap_or(BatchState::Interrupted)
    }

    /// Whether rows may still be sent (resume).
    pub fn can_resume(self) -> bool {
        !matches!(self, BatchState::Running | BatchState::Done)
    }
}

/// Where one row stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowState {
    /// Not sent yet.
    Waiting,
    /// Not sent because it has errors (the user chose to skip such rows).
    Skipped,
    /// Its call is in flight.
    Sending,
    /// The service accepted it.
    Ok,
    /// The service or the network refused it.
    Failed,
    /// The program stopped while its call was in flight: nobody knows whether it took effect.
    Unknown,
}

impl RowState {
    const ALL: [RowState; 6] = [
        RowState::Waiting,
        RowState::Skipped,
        RowState::Sending,
        RowState::Ok,
        RowState::Failed,
        RowState::Unknown,
    ];

    /// The stored text.
    pub fn as_str(self) -> &'static str {
        match self {
            RowState::Waiting => "waiting",
            RowState::Skipped => "skipped",
            RowState::Sending => "sending",
            RowState::Ok => "ok",
            RowState::Failed => "failed",
            RowState::Unknown => "unknown",
        }
    }

    fn parse(text: &str) -> RowState {
        RowState::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .unwrap_or(RowState::Unknown)
    }

    /// Whether the row needs attention: it failed, or nobody knows how it ended.
    pub fn is_failure(self) -> bool {
        matches!(self, RowState::Failed | RowState::Unknown)
    }

    /// In words, for tables.
    pub fn label(self) -> String {
        match self {
            RowState::Waiting => crate::t!("row-state-waiting"),
            RowState::Skipped => crate::t!("row-state-skipped"),
            RowState::Sending => crate::t!("row-state-sending"),
            RowState::Ok => crate::t!("row-state-ok"),
            RowState::Failed => crate::t!("row-state-failed"),
            RowState::Unknown => crate::t!("row-state-unknown"),
        }
    }
}

/// How a batch is sent, kept with it so that Resume sends the same way. Holds no secret.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BatchSettings {
    /// The profile's name; `None` for the default.
    pub profile: Option<String>,
    /// An endpoint instead of the profile's.
    pub endpoint: Option<String>,
    /// `v3` or `v1`.
    pub signature: String,
    /// Time allowed per attempt, in seconds.
    pub timeout_secs: Option<u64>,
    /// Keep going after a row fails (otherwise stop at the first failure).
    pub continue_on_error: bool,
}

/// A batch to record before sending.
#[derive(Debug, Clone)]
pub struct NewBatch {
    /// The operation of every row.
    pub operation: Operation,
    /// The file it came from (its name, for lists).
    pub source: String,
    /// The file's path as it was opened (Retry failed reads the corrected rows from it).
    pub source_path: Option<String>,
    /// The base preset, if any.
    pub preset_name: Option<String>,
    /// How it is sent.
    pub settings: BatchSettings,
}

/// A row to record: its number in the file, its fields (base preset applied), and why it is
/// skipped (`Some`: it has errors and is not sent).
pub type NewRow = (u32, FormDraft, Option<String>);

/// Rows of a batch by state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct RowCounts {
    /// Every row.
    pub total: u64,
    /// Accepted.
    pub ok: u64,
    /// Refused.
    pub failed: u64,
    /// Outcome unknown.
    pub unknown: u64,
    /// Not sent yet (in flight included).
    pub not_sent: u64,
    /// Skipped for their errors.
    pub skipped: u64,
}

impl RowCounts {
    /// Rows that ended (accepted, refused or unknown).
    pub fn finished(&self) -> u64 {
        self.ok + self.failed + self.unknown
    }

    /// Batch `id`'s rows by state, in words (earlier runs included).
    pub fn totals(&self, id: i64) -> String {
        crate::t!(
            "batch-totals",
            id = id,
            ok = self.ok,
            failed = self.failed,
            unknown = self.unknown,
            not_sent = self.not_sent,
            skipped = self.skipped
        )
    }
}

/// A recorded batch.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BatchSummary {
    /// Its ID (`batch resume ID`).
    pub id: i64,
    /// When it was created (Unix milliseconds).
    pub created_at_ms: i64,
    /// When it last stopped or finished.
    pub finished_at_ms: Option<i64>,
    /// The operation of every row.
    pub operation: Operation,
    /// The file it came from.
    pub source: String,
    /// The file's path as it was opened.
    pub source_path: Option<String>,
    /// The base preset.
    pub preset_name: Option<String>,
    /// How it is sent.
    pub settings: BatchSettings,
    /// Where it stands.
    pub state: BatchState,
    /// Its rows by state.
    pub counts: RowCounts,
}

/// One recorded row.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BatchRow {
    /// Its number in the file (the header is row 1).
    pub row_no: u32,
    /// Its fields by API name.
    pub fields: BTreeMap<String, String>,
    /// Where it stands.
    pub state: RowState,
    /// Its latest history entry.
    pub history_id: Option<i64>,
    /// The service's RequestId.
    pub request_id: Option<String>,
    /// The error code of a failure.
    pub error_code: Option<String>,
    /// The explanation of a failure, the success sentence, or why it was skipped.
    pub message: Option<String>,
}

impl BatchRow {
    /// Its fields as a form.
    pub fn draft(&self) -> FormDraft {
        super::history::draft_of(&self.fields)
    }
}

/// A call of a batch: which batch and row a history entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct BatchLink {
    /// The batch.
    pub batch_id: i64,
    /// The row's number in the file.
    pub row_no: u32,
}

const SUMMARY_SQL: &str = "SELECT b.id, b.created_at_ms, b.finished_at_ms, b.operation, b.source, \
    b.preset_name, b.settings_json, b.state, count(r.row_no), \
    sum(r.state = 'ok'), sum(r.state = 'failed'), sum(r.state = 'unknown'), \
    sum(r.state IN ('waiting', 'sending')), sum(r.state = 'skipped'), b.source_path \
    FROM batch b LEFT JOIN batch_row r ON r.batch_id = b.id";

fn read_summary(row: &Row<'_>) -> rusqlite::Result<BatchSummary> {
    let count = |i: usize| -> rusqlite::Result<u64> {
        Ok(u64::try_from(row.get::<_, Option<i64>>(i)?.unwrap_or(0)).unwrap_or(0))
    };
    Ok(BatchSummary {
        id: row.get(0)?,
        created_at_ms: row.get(1)?,
        finished_at_ms: row.get(2)?,
        operation: Operation::from_action(&row.get::<_, String>(3)?).unwrap_or_default(),
        source: row.get(4)?,
        preset_name: row.get(5)?,
        settings: serde_json::from_str(&row.get::<_, String>(6)?).unwrap_or_default(),
        state: BatchState::parse(&row.get::<_, String>(7)?),
        counts: RowCounts {
            total: count(8)?,
            ok: count(9)?,
            failed: count(10)?,
            unknown: count(11)?,
            not_sent: count(12)?,
            skipped: count(13)?,
        },
        source_path: row.get(14)?,
    })
}

fn read_row(row: &Row<'_>) -> rusqlite::Result<BatchRow> {
    Ok(BatchRow {
        row_no: row.get(0)?,
        fields: serde_json::from_str(&row.get::<_, String>(1)?).unwrap_or_default(),
        state: RowState::parse(&row.get::<_, String>(2)?),
        history_id: row.get(3)?,
        request_id: row.get(4)?,
        error_code: row.get(5)?,
        message: row.get(6)?,
    })
}

impl History {
    /// Records a new batch and all its `rows` (one transaction, the rows taken one at a time:
    /// a million-row file is never held whole), as running in this session.
    pub fn create_batch(
        &mut self,
        batch: &NewBatch,
        rows: impl IntoIterator<Item = NewRow>,
        now_ms: i64,
    ) -> Result<i64, StorageError> {
        let session = self.session_id().to_string();
        let path = self.path().to_path_buf();
        let fail = |e| StorageError::from_sqlite(&path, e);
        let settings = serde_json::to_string(&batch.settings).unwrap_or_else(|_| "{}".into());
        let tx = self
            .conn_mut()
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(fail)?;
        tx.execute(
            "INSERT INTO batch (created_at_ms, session, operation, source, preset_name, \
             settings_json, state, source_path) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'running', ?7)",
            params![
                now_ms,
                session,
                batch.operation.action(),
                batch.source,
                batch.preset_name,
                settings,
                batch.source_path
            ],
        )
        .map_err(fail)?;
        let id = tx.last_insert_rowid();
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO batch_row (batch_id, row_no, fields_json, state, message) \
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(fail)?;
            for (row_no, fields, skipped) in rows {
                let state = match &skipped {
                    Some(_) => RowState::Skipped,
                    None => RowState::Waiting,
                };
                insert
                    .execute(params![
                        id,
                        row_no,
                        fields_json(&fields),
                        state.as_str(),
                        skipped
                    ])
                    .map_err(fail)?;
            }
        }
        tx.commit().map_err(fail)?;
        Ok(id)
    }

    /// Every batch, newest first, with its counts.
    pub fn batches(&self) -> Result<Vec<BatchSummary>, StorageError> {
        let sql = format!("{SUMMARY_SQL} GROUP BY b.id ORDER BY b.id DESC");
        let mut stmt = self.conn().prepare(&sql).map_err(|e| self.fail(e))?;
        let rows = stmt.query_map([], read_summary).map_err(|e| self.fail(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.fail(e))
    }

    /// One batch with its counts.
    pub fn batch(&self, id: i64) -> Result<Option<BatchSummary>, StorageError> {
        let sql = format!("{SUMMARY_SQL} WHERE b.id = ?1 GROUP BY b.id");
        self.conn()
            .query_row(&sql, params![id], read_summary)
            .optional()
            .map_err(|e| self.fail(e))
    }

    /// Up to `limit` of a batch's rows after row `after`, in file order, in one of `states`: a
    /// batch is sent a page at a time.
    pub fn batch_rows_page(
        &self,
        id: i64,
        after: u32,
        limit: u32,
        states: &[RowState],
    ) -> Result<Vec<BatchRow>, StorageError> {
        let states: Vec<String> = states.iter().map(|s| format!("'{}'", s.as_str())).collect();
        let sql = format!(
            "SELECT row_no, fields_json, state, history_id, request_id, error_code, message \
             FROM batch_row WHERE batch_id = ?1 AND row_no > ?2 AND state IN ({}) \
             ORDER BY row_no LIMIT ?3",
            states.join(", ")
        );
        let mut stmt = self.conn().prepare_cached(&sql).map_err(|e| self.fail(e))?;
        let rows = stmt
            .query_map(params![id, after, limit], read_row)
            .map_err(|e| self.fail(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.fail(e))
    }

    /// A batch's rows, in file order.
    pub fn batch_rows(&self, id: i64) -> Result<Vec<BatchRow>, StorageError> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT row_no, fields_json, state, history_id, request_id, error_code, message \
                 FROM batch_row WHERE batch_id = ?1 ORDER BY row_no",
            )
            .map_err(|e| self.fail(e))?;
        let rows = stmt
            .query_map(params![id], read_row)
            .map_err(|e| self.fail(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.fail(e))
    }

    /// Marks a batch as being sent by this program (for Resume). Refused while another running
    /// program is sending it.
    pub fn claim_batch(&self, id: i64, data_dir: Option<&Path>) -> Result<(), StorageError> {
        let (state, session): (String, String) = self
            .conn()
            .query_row(
                "SELECT state, session FROM batch WHERE id = ?1",
                params![id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.fail(e))?
            .ok_or_else(|| StorageError::Invalid(format!("there is no batch {id}")))?;
        let mine = self.session_id();
        let alive_elsewhere =
            session != mine && data_dir.is_some_and(|dir| !SessionLock::has_ended(dir, &session));
        if state == BatchState::Running.as_str() && alive_elsewhere {
            return Err(StorageError::Invalid(crate::t!(
                "batch-claimed-elsewhere",
                id = id
            )));
        }
        self.conn()
            .execute(
                "UPDATE batch SET state = 'running', session = ?1, finished_at_ms = NULL \
                 WHERE id = ?2",
                params![mine, id],
            )
            .map_err(|e| self.fail(e))?;
        Ok(())
    }

    /// Replaces the fields of a row that failed by `fields` (Retry failed with the corrected
    /// file), before it is sent again.
    pub fn correct_row(&self, link: BatchLink, fields: &FormDraft) -> Result<(), StorageError> {
        self.conn()
            .execute(
                "UPDATE batch_row SET fields_json = ?1 WHERE batch_id = ?2 AND row_no = ?3 \
                 AND state = 'failed'",
                params![fields_json(fields), link.batch_id, link.row_no],
            )
            .map_err(|e| self.fail(e))?;
        Ok(())
    }

    /// Records a row's end that needed no call (e.g. found already done after an interruption).
    pub fn settle_row(
        &self,
        link: BatchLink,
        state: RowState,
        code: Option<&str>,
        message: &str,
    ) -> Result<(), StorageError> {
        let tx = rusqlite::Transaction::new_unchecked(
            self.conn(),
            rusqlite::TransactionBehavior::Immediate,
        )
        .map_err(|e| self.fail(e))?;
        if state == RowState::Ok {
            // A check settled it: the row's call whose outcome was unknown is known now.
            tx.execute(
                "UPDATE history SET outcome = 'ok', explanation = ?1 WHERE outcome = 'unknown' \
                 AND id = (SELECT history_id FROM batch_row WHERE batch_id = ?2 AND row_no = ?3)",
                params![message, link.batch_id, link.row_no],
            )
            .map_err(|e| self.fail(e))?;
        }
        tx.execute(
            "UPDATE batch_row SET state = ?1, error_code = ?2, message = ?3 \
             WHERE batch_id = ?4 AND row_no = ?5",
            params![state.as_str(), code, message, link.batch_id, link.row_no],
        )
        .map_err(|e| self.fail(e))?;
        tx.commit().map_err(|e| self.fail(e))?;
        Ok(())
    }

    /// Records that the call of a row whose outcome was unknown was not carried out (a check
    /// said so): its history entry becomes a failure, with `message`.
    pub fn settle_unknown_call(&self, link: BatchLink, message: &str) -> Result<(), StorageError> {
        self.conn()
            .execute(
                "UPDATE history SET outcome = 'error', explanation = ?1 WHERE outcome = 'unknown' \
                 AND id = (SELECT history_id FROM batch_row WHERE batch_id = ?2 AND row_no = ?3)",
                params![message, link.batch_id, link.row_no],
            )
            .map_err(|e| self.fail(e))?;
        Ok(())
    }

    /// Records where a batch stands now.
    pub fn set_batch_state(
        &self,
        id: i64,
        state: BatchState,
        now_ms: i64,
    ) -> Result<(), StorageError> {
        let finished = (state != BatchState::Running).then_some(now_ms);
        self.conn()
            .execute(
                "UPDATE batch SET state = ?1, finished_at_ms = ?2 WHERE id = ?3",
                params![state.as_str(), finished, id],
            )
            .map_err(|e| self.fail(e))?;
        Ok(())
    }

    /// Marks the batches of programs that stopped as interrupted (their rows in flight were
    /// marked "outcome unknown" with their history entries).
    pub(super) fn recover_batches(&self, data_dir: &Path) -> Result<(), StorageError> {
        let sql = "SELECT DISTINCT session FROM batch WHERE state = 'running'";
        for session in self.ended_sessions(sql, data_dir)? {
            self.conn()
                .execute(
                    "UPDATE batch SET state = 'interrupted' \
                     WHERE session = ?1 AND state = 'running'",
                    params![session],
                )
                .map_err(|e| self.fail(e))?;
        }
        Ok(())
    }
}
