//! Writing the history: an entry begun before its call is sent, completed when it ends, each
//! with its batch row's state in the same transaction, and several at once (group commit).

use super::error::StorageError;
use super::history::{Completion, History, NewEntry, OutcomeKind, fields_json};
use crate::operation::Field;
use rusqlite::{Connection, params};

/// One write of a group commit ([`History::write_group`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    /// Record a submission as pending.
    Begin(NewEntry),
    /// Record how submission `id` ended.
    Complete {
        id: i64,
        done: Completion,
        now_ms: i64,
    },
}

impl History {
    /// Records a submission as pending, before it is sent (and its batch row as sending, in
    /// the same transaction). Returns its ID.
    pub fn begin(&self, entry: &NewEntry) -> Result<i64, StorageError> {
        let ids = self.write_group(&[Write::Begin(entry.clone())])?;
        Ok(ids.first().copied().flatten().unwrap_or_default())
    }

    /// Records how submission `id` ended (and its batch row's state, in the same transaction).
    pub fn complete(&self, id: i64, done: &Completion, now_ms: i64) -> Result<(), StorageError> {
        self.write_group(&[Write::Complete {
            id,
            done: done.clone(),
            now_ms,
        }])
        .map(|_| ())
    }

    /// Carries out several writes in one transaction (a group commit: one disk write for many
    /// calls). Returns, in order, the ID of each begun entry (`None` for completions).
    pub fn write_group(&self, writes: &[Write]) -> Result<Vec<Option<i64>>, StorageError> {
        // IMMEDIATE: the write lock is taken at BEGIN, where the busy handler waits for it; a
        // deferred transaction upgrading to a write meets SQLITE_BUSY at once instead, and
        // another process's call would go unrecorded.
        let tx = rusqlite::Transaction::new_unchecked(
            self.conn(),
            rusqlite::TransactionBehavior::Immediate,
        )
        .map_err(|e| self.fail(e))?;
        let mut ids = Vec::with_capacity(writes.len());
        for write in writes {
            ids.push(match write {
                Write::Begin(entry) => Some(self.begin_in(&tx, entry)?),
                Write::Complete { id, done, now_ms } => {
                    self.complete_in(&tx, *id, done, *now_ms)?;
                    None
                }
            });
        }
        tx.commit().map_err(|e| self.fail(e))?;
        Ok(ids)
    }

    fn begin_in(&self, tx: &Connection, entry: &NewEntry) -> Result<i64, StorageError> {
        tx.prepare_cached(
            "INSERT INTO history (started_at_ms, session, profile, endpoint_url, sandbox, \
             preset_name, signature, fields_json, domain, app, stream, outcome, operation, \
             deleted_json, batch_id, batch_row, profile_kind) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'pending', ?12, ?13, ?14, ?15, ?16)",
        )
        .and_then(|mut insert| {
            insert.execute(params![
                entry.started_at_ms,
                self.session_id(),
                entry.profile,
                entry.endpoint_url,
                entry.sandbox,
                entry.preset_name,
                entry.signature,
                fields_json(&entry.fields),
                entry.fields.trimmed(Field::DomainName),
                entry.fields.trimmed(Field::AppName),
                entry.fields.trimmed(Field::StreamName),
                entry.operation.action(),
                entry.deleted.as_ref().map(fields_json),
                entry.batch.map(|b| b.batch_id),
                entry.batch.map(|b| b.row_no),
                entry.profile_kind.as_str(),
            ])
        })
        .map_err(|e| self.fail(e))?;
        let id = tx.last_insert_rowid();
        if let Some(link) = entry.batch {
            tx.prepare_cached(
                "UPDATE batch_row SET state = 'sending', history_id = ?1 \
                 WHERE batch_id = ?2 AND row_no = ?3",
            )
            .and_then(|mut update| update.execute(params![id, link.batch_id, link.row_no]))
            .map_err(|e| self.fail(e))?;
        }
        Ok(id)
    }

    fn complete_in(
        &self,
        tx: &Connection,
        id: i64,
        done: &Completion,
        now_ms: i64,
    ) -> Result<(), StorageError> {
        tx.prepare_cached(
            "UPDATE history SET finished_at_ms = ?1, outcome = ?2, request_id = ?3, \
             http_status = ?4, error_code = ?5, error_message = ?6, explanation = ?7, \
             duration_ms = ?8 WHERE id = ?9",
        )
        .and_then(|mut update| {
            update.execute(params![
                now_ms,
                done.outcome.as_str(),
                done.request_id,
                done.http_status,
                done.error_code,
                done.error_message,
                done.explanation,
                i64::try_from(done.duration_ms).unwrap_or(i64::MAX),
                id
            ])
        })
        .map_err(|e| self.fail(e))?;
        let row_state = match done.outcome {
            OutcomeKind::Ok => "ok",
            OutcomeKind::Error => "failed",
            OutcomeKind::NotSent => "not_sent",
            OutcomeKind::Unknown | OutcomeKind::Pending => "unknown",
        };
        tx.prepare_cached(
            "UPDATE batch_row SET state = ?1, request_id = ?2, error_code = ?3, message = ?4 \
             WHERE history_id = ?5",
        )
        .and_then(|mut update| {
            update.execute(params![
                row_state,
                done.request_id,
                done.error_code,
                done.explanation,
                id
            ])
        })
        .map_err(|e| self.fail(e))?;
        Ok(())
    }
}
