//! The calls every process made in the last minute, per account, in a small database of the
//! data directory: the account's rate limit is the service's per account, so every copy of
//! the program (a batch, a resume beside it, the window) counts against the same one.

use super::error::StorageError;
use crate::wire::SharedLimit;
use rusqlite::{Connection, TransactionBehavior, params};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

/// The file of the shared record, in the data directory.
pub const RATE_FILE: &str = "rate-limit.sqlite3";

const WINDOW_MS: i64 = 60_000;

/// The shared record of recent calls.
#[derive(Debug)]
pub struct RateLog {
    conn: Mutex<Connection>,
    path: PathBuf,
}

impl RateLog {
    /// Opens (or creates) the record in `data_dir`.
    pub fn open(data_dir: &Path) -> Result<RateLog, StorageError> {
        let path = data_dir.join(RATE_FILE);
        std::fs::create_dir_all(data_dir).map_err(|e| StorageError::from_io(data_dir, e))?;
        let fail = |e| StorageError::from_sqlite(&path, e);
        let conn = Connection::open(&path).map_err(fail)?;
        conn.busy_timeout(super::db::BUSY_TIMEOUT).map_err(fail)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(fail)?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS calls (account TEXT NOT NULL, at_ms INTEGER NOT NULL);
             CREATE INDEX IF NOT EXISTS calls_by_account ON calls(account, at_ms);",
        )
        .map_err(fail)?;
        Ok(RateLog {
            conn: Mutex::new(conn),
            path,
        })
    }

    /// [`SharedLimit::reserve`] at `now_ms` (Unix milliseconds).
    pub fn reserve_at(
        &self,
        account: &str,
        per_minute: u32,
        now_ms: i64,
    ) -> Result<Option<Duration>, StorageError> {
        let fail = |e| StorageError::from_sqlite(&self.path, e);
        let mut conn = self
            .conn
            .lock()
            .map_err(|_| StorageError::Invalid(super::history_lost()))?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(fail)?;
        tx.execute(
            "DELETE FROM calls WHERE at_ms <= ?1",
            params![now_ms - WINDOW_MS],
        )
        .map_err(fail)?;
        let (count, oldest): (i64, Option<i64>) = tx
            .query_row(
                "SELECT COUNT(*), MIN(at_ms) FROM calls WHERE account = ?1",
                params![account],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(fail)?;
        let wait = if count < i64::from(per_minute) {
            tx.execute(
                "INSERT INTO calls (account, at_ms) VALUES (?1, ?2)",
                params![account, now_ms],
            )
            .map_err(fail)?;
            None
        } else {
            let until = oldest.unwrap_or(now_ms) + WINDOW_MS;
            Some(Duration::from_millis(
                u64::try_from(until - now_ms).unwrap_or(0).max(1),
            ))
        };
        tx.commit().map_err(fail)?;
        Ok(wait)
    }
}

impl SharedLimit for RateLog {
    fn reserve(&self, account: &str, per_minute: u32) -> Result<Option<Duration>, String> {
        self.reserve_at(account, per_minute, chrono::Utc::now().timestamp_millis())
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_processes_share_one_account_limit() {
        let dir = tempfile::tempdir().expect("tempdir");
        // Two opens of one data directory, as two processes have.
        let (a, b) = (
            RateLog::open(dir.path()).expect("a"),
            RateLog::open(dir.path()).expect("b"),
        );
        let now = 1_000_000;
        for n in 0..3 {
            assert_eq!(a.reserve_at("LTAI-key", 5, now + n).expect("a"), None);
        }
        assert_eq!(b.reserve_at("LTAI-key", 5, now + 3).expect("b"), None);
        assert_eq!(b.reserve_at("LTAI-key", 5, now + 4).expect("b"), None);
        // The sixth in the minute waits until the first leaves the window.
        let wait = a.reserve_at("LTAI-key", 5, now + 10).expect("a");
        assert_eq!(wait, Some(Duration::from_millis(59_990)));
        // Another account has its own limit; the window moves on.
        assert_eq!(b.reserve_at("LTAI-other", 5, now + 10).expect("b"), None);
        assert_eq!(a.reserve_at("LTAI-key", 5, now + 60_001).expect("a"), None);
    }
}
