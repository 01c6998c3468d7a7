//! The durable record of every submission. An entry is written as pending before the request
//! is sent and completed after; an entry whose process died stays as "outcome unknown".

use super::batches::BatchLink;
use super::db;
use super::error::StorageError;
use super::history_query::HistoryQuery;
use super::history_read::{COLUMNS, read_entry};
pub use super::history_write::Write;
use super::session_lock::SessionLock;
use crate::credentials::ProfileKind;
use crate::operation::{Field, FormDraft, Operation};
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How a submission ended, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    /// Sent, no answer yet.
    Pending,
    /// The service accepted it.
    Ok,
    /// The service or the network refused it.
    Error,
    /// Nobody knows: the program was stopped or the call cancelled mid-request.
    Unknown,
    /// Refused before sending (the check against the account found an error); never sent.
    NotSent,
}

impl OutcomeKind {
    /// Every outcome, for filters.
    pub const ALL: [OutcomeKind; 5] = [
        OutcomeKind::Ok,
        OutcomeKind::Error,
        OutcomeKind::Unknown,
        OutcomeKind::Pending,
        OutcomeKind::NotSent,
    ];

    /// The stored text.
    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeKind::Pending => "pending",
            OutcomeKind::Ok => "ok",
            OutcomeKind::Error => "error",
            OutcomeKind::Unknown => "unknown",
            OutcomeKind::NotSent => "not_sent",
        }
    }

    /// Reads the stored text.
    pub fn parse(text: &str) -> Option<OutcomeKind> {
        OutcomeKind::ALL.into_iter().find(|o| o.as_str() == text)
    }

    /// In words, for lists.
    pub fn label(self) -> String {
        match self {
            OutcomeKind::Pending => crate::t!("outcome-pending"),
            OutcomeKind::Ok => crate::t!("outcome-ok"),
            OutcomeKind::Error => crate::t!("outcome-error"),
            OutcomeKind::Unknown => crate::t!("outcome-unknown"),
            OutcomeKind::NotSent => crate::t!("outcome-not-sent"),
        }
    }
}

/// A submission about to be sent. Holds no secret and no signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    /// When it was started (Unix milliseconds).
    pub started_at_ms: i64,
    /// The operation called.
    pub operation: Operation,
    /// The credentials profile's name.
    pub profile: String,
    /// Where it goes.
    pub endpoint_url: String,
    /// Whether that is the local sandbox.
    pub sandbox: bool,
    /// The kind of the profile.
    pub profile_kind: ProfileKind,
    /// The preset it came from, if any.
    pub preset_name: Option<String>,
    /// The signature method, e.g. `v3`.
    pub signature: String,
    /// The request fields.
    pub fields: FormDraft,
    /// For a delete: the config as it was just before, to restore it.
    pub deleted: Option<FormDraft>,
    /// The batch and row it belongs to, if any.
    pub batch: Option<BatchLink>,
}

/// How a submission ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// Ok, Error or Unknown.
    pub outcome: OutcomeKind,
    /// The service's RequestId.
    pub request_id: Option<String>,
    /// HTTP status of the answer.
    pub http_status: Option<u16>,
    /// Error code, e.g. `ConfigAlreadyExists` or `Network.Timeout`.
    pub error_code: Option<String>,
    /// The service's own message.
    pub error_message: Option<String>,
    /// The catalog's explanation, or the success sentence.
    pub explanation: Option<String>,
    /// Time taken, in milliseconds.
    pub duration_ms: u64,
}

/// One stored submission.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HistoryEntry {
    /// Row ID; larger is newer.
    pub id: i64,
    /// When it was started (Unix milliseconds).
    pub started_at_ms: i64,
    /// The operation called.
    pub operation: Operation,
    /// For a delete: the deleted config's fields, by API name (what Restore adds again).
    pub deleted: Option<BTreeMap<String, String>>,
    /// When it ended (Unix milliseconds).
    pub finished_at_ms: Option<i64>,
    /// The credentials profile's name.
    pub profile: String,
    /// Where it went.
    pub endpoint_url: String,
    /// Whether that was the local sandbox.
    pub sandbox: bool,
    /// The kind of the profile (none for calls recorded before kinds existed).
    pub profile_kind: Option<ProfileKind>,
    /// The preset it came from.
    pub preset_name: Option<String>,
    /// Signature method.
    pub signature: String,
    /// The request fields, by API name.
    pub fields: BTreeMap<String, String>,
    /// How it ended.
    pub outcome: OutcomeKind,
    /// The service's RequestId.
    pub request_id: Option<String>,
    /// HTTP status.
    pub http_status: Option<u16>,
    /// Error code.
    pub error_code: Option<String>,
    /// The service's message.
    pub error_message: Option<String>,
    /// The catalog's explanation, or the success sentence.
    pub explanation: Option<String>,
    /// Time taken, in milliseconds.
    pub duration_ms: Option<u64>,
    /// The batch and row it was sent for, if any.
    pub batch: Option<BatchLink>,
    /// The stored row was damaged (a value of the wrong type): shown as well as it could be
    /// read.
    pub damaged: bool,
}

impl HistoryEntry {
    /// Where the call went, in a word: the sandbox, a production account, or the cloud.
    pub fn place(&self) -> String {
        match self.profile_kind {
            _ if self.sandbox => crate::t!("place-sandbox"),
            Some(ProfileKind::Production) => crate::t!("place-production"),
            _ => crate::t!("place-cloud"),
        }
    }

    /// The request fields as a form, to load back or retry.
    pub fn draft(&self) -> FormDraft {
        draft_of(&self.fields)
    }

    /// For a delete whose config was read first: that config as a form, to add it again.
    pub fn restore_draft(&self) -> Option<FormDraft> {
        self.deleted.as_ref().map(draft_of)
    }

    /// What the call was about: "live.example.com/app/stream" (".../app/*" for every stream,
    /// the domain alone for a list, nothing for a call about the whole account).
    pub fn target(&self) -> String {
        let some = |f: Field| Some(self.field(f)).filter(|v| !v.is_empty());
        crate::operation::request::target_of(
            self.field(Field::DomainName),
            some(Field::AppName),
            some(Field::StreamName),
        )
    }

    /// The call in one phrase for a line of text: its target, with the action first for an
    /// operation outside the form ("DescribeLiveStreamsOnlineList live.example.com").
    pub fn summary(&self) -> String {
        let target = self.target();
        if self.operation.is_config() {
            target
        } else {
            format!("{} {target}", self.operation.action())
                .trim_end()
                .to_string()
        }
    }

    /// The value of one request field, "" when unset.
    pub fn field(&self, field: Field) -> &str {
        self.fields
            .get(field.api_name())
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// The history database. Owned by one worker; each write is one transaction.
#[derive(Debug)]
pub struct History {
    conn: Connection,
    path: PathBuf,
    session: Option<SessionLock>,
}

pub(super) fn draft_of(fields: &BTreeMap<String, String>) -> FormDraft {
    let mut draft = FormDraft::default();
    for (name, value) in fields {
        draft.set_param(name, value.clone());
    }
    draft
}

impl History {
    /// Opens the history under `data_dir`, and marks entries whose process died mid-request as
    /// "outcome unknown".
    pub fn open(data_dir: &Path) -> Result<History, StorageError> {
        let path = data_dir.join(db::DB_FILE);
        let conn = db::open(&path)?;
        let session = SessionLock::acquire(data_dir)?;
        let history = History {
            conn,
            path,
            session: Some(session),
        };
        history.recover_orphans(data_dir)?;
        history.recover_batches(data_dir)?;
        Ok(history)
    }

    /// An empty history in memory, for tests and benchmarks.
    pub fn in_memory() -> Result<History, StorageError> {
        Ok(History {
            conn: db::open_in_memory()?,
            path: PathBuf::from(":memory:"),
            session: None,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(super) fn fail(&self, e: rusqlite::Error) -> StorageError {
        StorageError::from_sqlite(&self.path, e)
    }

    pub(super) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(super) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// This program's session ("" for an in-memory history).
    pub(super) fn session_id(&self) -> &str {
        self.session.as_ref().map(SessionLock::id).unwrap_or("")
    }

    /// The sessions `sql` lists (one column) whose programs have ended, this one excepted.
    pub(super) fn ended_sessions(
        &self,
        sql: &str,
        data_dir: &Path,
    ) -> Result<Vec<String>, StorageError> {
        let mut stmt = self.conn.prepare(sql).map_err(|e| self.fail(e))?;
        let sessions: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .map_err(|e| self.fail(e))?
            .filter_map(Result::ok)
            .collect();
        let mine = self.session_id();
        Ok(sessions
            .into_iter()
            .filter(|s| s != mine && SessionLock::has_ended(data_dir, s))
            .collect())
    }

    /// Marks the entries (and their batch rows) that an ended program left pending as
    /// "outcome unknown".
    fn recover_orphans(&self, data_dir: &Path) -> Result<(), StorageError> {
        let sql = "SELECT DISTINCT session FROM history WHERE outcome = 'pending'";
        for session in self.ended_sessions(sql, data_dir)? {
            let tx = rusqlite::Transaction::new_unchecked(
                &self.conn,
                rusqlite::TransactionBehavior::Immediate,
            )
            .map_err(|e| self.fail(e))?;
            tx.execute(
                "UPDATE batch_row SET state = 'unknown', message = ?1 WHERE history_id IN \
                 (SELECT id FROM history WHERE session = ?2 AND outcome = 'pending')",
                params![unknown_explanation(), session],
            )
            .map_err(|e| self.fail(e))?;
            tx.execute(
                "UPDATE history SET outcome = 'unknown', explanation = ?1 \
                 WHERE session = ?2 AND outcome = 'pending'",
                params![unknown_explanation(), session],
            )
            .map_err(|e| self.fail(e))?;
            tx.commit().map_err(|e| self.fail(e))?;
        }
        Ok(())
    }

    /// One entry by ID.
    pub fn get(&self, id: i64) -> Result<Option<HistoryEntry>, StorageError> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM history WHERE id = ?1"),
                params![id],
                read_entry,
            )
            .optional()
            .map_err(|e| self.fail(e))
    }

    /// How many entries match `query`.
    pub fn count(&self, query: &HistoryQuery) -> Result<u64, StorageError> {
        let (clause, values) = query.where_clause();
        self.conn
            .query_row(
                &format!("SELECT count(*) FROM history WHERE {clause}"),
                params_from_iter(values),
                |r| r.get::<_, i64>(0),
            )
            .map(|n| u64::try_from(n).unwrap_or(0))
            .map_err(|e| self.fail(e))
    }

    /// Up to `limit` entries matching `query`, newest first, skipping the first `offset`.
    pub fn page(
        &self,
        query: &HistoryQuery,
        offset: u64,
        limit: u64,
    ) -> Result<Vec<HistoryEntry>, StorageError> {
        let (clause, values) = query.where_clause();
        let sql = format!(
            "SELECT {COLUMNS} FROM history WHERE {clause} ORDER BY id DESC LIMIT {} OFFSET {}",
            limit.min(i64::MAX as u64),
            offset.min(i64::MAX as u64)
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.fail(e))?;
        let rows = stmt
            .query_map(params_from_iter(values), read_entry)
            .map_err(|e| self.fail(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.fail(e))
    }

    /// Up to `limit` streaming domains of the history, most recently used first.
    pub fn recent_domains(&self, limit: u64) -> Result<Vec<String>, StorageError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT domain FROM history WHERE domain != '' GROUP BY domain \
                 ORDER BY max(id) DESC LIMIT ?1",
            )
            .map_err(|e| self.fail(e))?;
        let rows = stmt
            .query_map(params![i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
                r.get(0)
            })
            .map_err(|e| self.fail(e))?;
        rows.collect::<Result<Vec<String>, _>>()
            .map_err(|e| self.fail(e))
    }

    /// The (AppName, StreamName) pairs submitted for `domain` (any case), newest first, at
    /// most `limit`: the form's suggestions from the history.
    pub fn recent_streams(
        &self,
        domain: &str,
        limit: u64,
    ) -> Result<Vec<(String, String)>, StorageError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT app, stream FROM history WHERE domain = ?1 COLLATE NOCASE AND app != '' \
                 GROUP BY app, stream ORDER BY max(id) DESC LIMIT ?2",
            )
            .map_err(|e| self.fail(e))?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt
            .query_map(params![domain, limit], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.fail(e))?;
        rows.collect::<Result<Vec<(String, String)>, _>>()
            .map_err(|e| self.fail(e))
    }

    /// Deletes the entries with these IDs; returns how many were deleted.
    pub fn delete(&mut self, ids: &[i64]) -> Result<usize, StorageError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| StorageError::from_sqlite(&self.path, e))?;
        let mut deleted = 0;
        for id in ids {
            deleted += tx
                .execute("DELETE FROM history WHERE id = ?1", params![id])
                .map_err(|e| StorageError::from_sqlite(&self.path, e))?;
        }
        tx.commit()
            .map_err(|e| StorageError::from_sqlite(&self.path, e))?;
        Ok(deleted)
    }

    /// Deletes every entry; returns how many were deleted.
    pub fn clear(&self) -> Result<usize, StorageError> {
        self.conn
            .execute("DELETE FROM history", [])
            .map_err(|e| self.fail(e))
    }

    /// Writes many entries in one transaction (imports, benchmarks, tests).
    pub fn insert_many(&mut self, entries: &[(NewEntry, Completion)]) -> Result<(), StorageError> {
        let path = self.path.clone();
        let fail = |e| StorageError::from_sqlite(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(fail)?;
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO history (started_at_ms, finished_at_ms, profile, endpoint_url, \
                     sandbox, preset_name, signature, fields_json, domain, app, stream, outcome, \
                     request_id, http_status, error_code, error_message, explanation, duration_ms, \
                     operation, deleted_json, profile_kind) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
                )
                .map_err(fail)?;
            for (entry, done) in entries {
                let duration = i64::try_from(done.duration_ms).unwrap_or(i64::MAX);
                insert
                    .execute(params![
                        entry.started_at_ms,
                        entry.started_at_ms + duration,
                        entry.profile,
                        entry.endpoint_url,
                        entry.sandbox,
                        entry.preset_name,
                        entry.signature,
                        fields_json(&entry.fields),
                        entry.fields.trimmed(Field::DomainName),
                        entry.fields.trimmed(Field::AppName),
                        entry.fields.trimmed(Field::StreamName),
                        done.outcome.as_str(),
                        done.request_id,
                        done.http_status,
                        done.error_code,
                        done.error_message,
                        done.explanation,
                        duration,
                        entry.operation.action(),
                        entry.deleted.as_ref().map(fields_json),
                        entry.profile_kind.as_str(),
                    ])
                    .map_err(fail)?;
            }
        }
        tx.commit().map_err(fail)
    }
}

/// The filled request fields as a JSON object keyed by API name.
pub(super) fn fields_json(fields: &FormDraft) -> String {
    serde_json::to_string(&fields.by_name()).unwrap_or_else(|_| "{}".into())
}

/// Stored for entries whose program stopped before the answer came (in the language of the
/// program that finds them).
pub fn unknown_explanation() -> String {
    crate::t!("outcome-unknown-explanation")
}
