//! Opens the history database: creates its folder, sets WAL mode and runs the migrations.

use super::error::StorageError;
use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;
use std::time::Duration;

/// File name of the history database inside the data directory.
pub const DB_FILE: &str = "history.sqlite3";
/// How long a write waits for another process holding the database.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(3);

/// The schema, one migration per version; `user_version` records how many have run.
pub const MIGRATIONS: [&str; 7] = [
    // 1: the history table.
    "CREATE TABLE history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at_ms INTEGER NOT NULL,
        finished_at_ms INTEGER,
        session TEXT NOT NULL DEFAULT '',
        profile TEXT NOT NULL,
        endpoint_url TEXT NOT NULL,
        sandbox INTEGER NOT NULL,
        preset_name TEXT,
        signature TEXT NOT NULL,
        fields_json TEXT NOT NULL,
        domain TEXT NOT NULL DEFAULT '',
        app TEXT NOT NULL DEFAULT '',
        stream TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL,
        request_id TEXT,
        http_status INTEGER,
        error_code TEXT,
        error_message TEXT,
        explanation TEXT,
        duration_ms INTEGER
    );
    CREATE INDEX history_started ON history(started_at_ms);
    CREATE INDEX history_pending ON history(session) WHERE outcome = 'pending';",
    // 2: full-text search over domain, app, stream, RequestId and error code (substring match).
    "CREATE VIRTUAL TABLE history_fts USING fts5(
        domain, app, stream, request_id, error_code,
        content='history', content_rowid='id', tokenize='trigram');
    CREATE TRIGGER history_fts_insert AFTER INSERT ON history BEGIN
        INSERT INTO history_fts(rowid, domain, app, stream, request_id, error_code)
        VALUES (new.id, new.domain, new.app, new.stream, new.request_id, new.error_code);
    END;
    CREATE TRIGGER history_fts_delete AFTER DELETE ON history BEGIN
        INSERT INTO history_fts(history_fts, rowid, domain, app, stream, request_id, error_code)
        VALUES ('delete', old.id, old.domain, old.app, old.stream, old.request_id, old.error_code);
    END;
    CREATE TRIGGER history_fts_update AFTER UPDATE ON history BEGIN
        INSERT INTO history_fts(history_fts, rowid, domain, app, stream, request_id, error_code)
        VALUES ('delete', old.id, old.domain, old.app, old.stream, old.request_id, old.error_code);
        INSERT INTO history_fts(rowid, domain, app, stream, request_id, error_code)
        VALUES (new.id, new.domain, new.app, new.stream, new.request_id, new.error_code);
    END;
    INSERT INTO history_fts(history_fts) VALUES ('rebuild');
    CREATE INDEX history_outcome ON history(outcome);",
    // 3: the operation of each call, and for a delete the config as it was (to restore it).
    "ALTER TABLE history ADD COLUMN operation TEXT NOT NULL DEFAULT 'AddLiveRecordVodConfig';
    ALTER TABLE history ADD COLUMN deleted_json TEXT;",
    // 4: batches from a spreadsheet: each row's state is written before its call is sent, and
    // each call is an ordinary history entry linked to its batch and row.
    "CREATE TABLE batch (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at_ms INTEGER NOT NULL,
        finished_at_ms INTEGER,
        session TEXT NOT NULL DEFAULT '',
        operation TEXT NOT NULL,
        source TEXT NOT NULL,
        preset_name TEXT,
        settings_json TEXT NOT NULL,
        state TEXT NOT NULL
    );
    CREATE TABLE batch_row (
        batch_id INTEGER NOT NULL REFERENCES batch(id) ON DELETE CASCADE,
        row_no INTEGER NOT NULL,
        fields_json TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'waiting',
        history_id INTEGER,
        request_id TEXT,
        error_code TEXT,
        message TEXT,
        PRIMARY KEY (batch_id, row_no)
    );
    CREATE INDEX batch_row_history ON batch_row(history_id);
    ALTER TABLE history ADD COLUMN batch_id INTEGER;
    ALTER TABLE history ADD COLUMN batch_row INTEGER;",
    // 5: an entry is indexed for search once, when it ends, instead of when it begins and
    // again when it ends: a third of the index work on the path of every call.
    "DROP TRIGGER history_fts_insert;
    DROP TRIGGER history_fts_update;
    DROP TRIGGER history_fts_delete;
    CREATE TRIGGER history_fts_insert AFTER INSERT ON history WHEN new.outcome != 'pending' BEGIN
        INSERT INTO history_fts(rowid, domain, app, stream, request_id, error_code)
        VALUES (new.id, new.domain, new.app, new.stream, new.request_id, new.error_code);
    END;
    CREATE TRIGGER history_fts_ended AFTER UPDATE ON history
    WHEN old.outcome = 'pending' AND new.outcome != 'pending' BEGIN
        INSERT INTO history_fts(rowid, domain, app, stream, request_id, error_code)
        VALUES (new.id, new.domain, new.app, new.stream, new.request_id, new.error_code);
    END;
    CREATE TRIGGER history_fts_update AFTER UPDATE ON history WHEN old.outcome != 'pending' BEGIN
        INSERT INTO history_fts(history_fts, rowid, domain, app, stream, request_id, error_code)
        VALUES ('delete', old.id, old.domain, old.app, old.stream, old.request_id, old.error_code);
        INSERT INTO history_fts(rowid, domain, app, stream, request_id, error_code)
        VALUES (new.id, new.domain, new.app, new.stream, new.request_id, new.error_code);
    END;
    CREATE TRIGGER history_fts_delete AFTER DELETE ON history WHEN old.outcome != 'pending' BEGIN
        INSERT INTO history_fts(history_fts, rowid, domain, app, stream, request_id, error_code)
        VALUES ('delete', old.id, old.domain, old.app, old.stream, old.request_id, old.error_code);
    END;
    INSERT INTO history_fts(history_fts) VALUES ('rebuild');
    INSERT INTO history_fts(history_fts, rowid, domain, app, stream, request_id, error_code)
    SELECT 'delete', id, domain, app, stream, request_id, error_code FROM history
    WHERE outcome = 'pending';",
    // 6: where a batch's file is, so Retry failed can read the corrected rows from it.
    "ALTER TABLE batch ADD COLUMN source_path TEXT;",
    // 7: the kind of the profile a call was sent with (sandbox, test, production).
    "ALTER TABLE history ADD COLUMN profile_kind TEXT;",
];

/// The schema version this program writes.
pub fn latest_version() -> i64 {
    i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX)
}

/// Opens (creating if needed) the database at `path` and brings its schema up to date.
pub fn open(path: &Path) -> Result<Connection, StorageError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| StorageError::from_io(parent, e))?;
    }
    let conn = Connection::open(path).map_err(|e| StorageError::from_sqlite(path, e))?;
    prepare(conn, path)
}

/// An empty in-memory database with the latest schema, for tests and benchmarks.
pub fn open_in_memory() -> Result<Connection, StorageError> {
    let conn = Connection::open_in_memory()
        .map_err(|e| StorageError::from_sqlite(Path::new(":memory:"), e))?;
    prepare(conn, Path::new(":memory:"))
}

fn prepare(conn: Connection, path: &Path) -> Result<Connection, StorageError> {
    let fail = |e| StorageError::from_sqlite(path, e);
    conn.busy_timeout(BUSY_TIMEOUT).map_err(fail)?;
    // Reading the version first makes a damaged or foreign file fail here, before any write.
    let found: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(fail)?;
    if found > latest_version() {
        return Err(StorageError::TooNew {
            path: path.to_path_buf(),
            found,
            supported: latest_version(),
        });
    }
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(fail)?;
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(fail)?;
    migrate(conn, path, latest_version())
}

/// Runs the migrations up to version `to`, each in its own transaction. The version is read
/// again inside each write transaction, so two processes opening a new database at once
/// never run a migration twice.
pub fn migrate(mut conn: Connection, path: &Path, to: i64) -> Result<Connection, StorageError> {
    // Up to date (the usual case): no write transaction, so a reader opens while another
    // process is writing (WAL lets it) instead of waiting for the write lock and failing.
    let current: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| StorageError::from_sqlite(path, e))?;
    if current >= to {
        return Ok(conn);
    }
    while migrate_one(&mut conn, path, to)? {}
    Ok(conn)
}

/// Applies the next migration if the database is below `to`; returns whether it did.
fn migrate_one(conn: &mut Connection, path: &Path, to: i64) -> Result<bool, StorageError> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| StorageError::from_sqlite(path, e))?;
    let current: i64 = tx
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| StorageError::from_sqlite(path, e))?;
    if current >= to {
        return Ok(false);
    }
    let version = current + 1;
    let fail = |source| StorageError::Migrate {
        path: path.to_path_buf(),
        version,
        source,
    };
    let Some(sql) = usize::try_from(current)
        .ok()
        .and_then(|i| MIGRATIONS.get(i))
    else {
        return Ok(false);
    };
    tx.execute_batch(sql).map_err(fail)?;
    tx.pragma_update(None, "user_version", version)
        .map_err(fail)?;
    tx.commit().map_err(fail)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_database_gets_latest_schema() {
        let dir = tempfile::tempdir().expect("tempdir");
        let conn = open(&dir.path().join("sub").join(DB_FILE)).expect("open");
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .expect("version");
        assert_eq!(v, latest_version());
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .expect("mode");
        assert_eq!(mode, "wal");
    }

    #[test]
    fn newer_schema_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(DB_FILE);
        let conn = Connection::open(&path).expect("raw");
        conn.pragma_update(None, "user_version", 99).expect("set");
        drop(conn);
        let err = open(&path).expect_err("too new");
        assert!(matches!(err, StorageError::TooNew { found: 99, .. }));
        assert!(err.to_string().contains("newer version"), "{err}");
        let conn = Connection::open(&path).expect("raw");
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .expect("version");
        assert_eq!(v, 99);
    }

    #[test]
    fn garbage_file_is_damaged_and_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(DB_FILE);
        let junk = vec![0x5a_u8; 8192];
        std::fs::write(&path, &junk).expect("write");
        let err = open(&path).expect_err("damaged");
        assert!(matches!(err, StorageError::Damaged { .. }), "{err:?}");
        assert_eq!(std::fs::read(&path).expect("read"), junk);
    }

    #[test]
    fn two_openers_of_a_new_database_both_succeed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(DB_FILE);
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let path = path.clone();
                std::thread::spawn(move || open(&path).map(|_| ()))
            })
            .collect();
        for h in handles {
            h.join().expect("thread").expect("open");
        }
    }
}
