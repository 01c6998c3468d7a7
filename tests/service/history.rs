//! The history: pending-then-completed entries, a process killed mid-request, search and
//! filters, export, migrations from the first schema, and bad storage that never stops a submit.

use crate::common;

use common::*;
use live_record_vod::client::{Client, ClientConfig, Endpoint};
use live_record_vod::operation::{Field, FormDraft, Operation};
use live_record_vod::sandbox::{self, Faults, SandboxConfig, identities};
use live_record_vod::storage::history_export::{to_csv, to_json};
use live_record_vod::storage::{
    Completion, History, HistoryQuery, NewEntry, OutcomeKind, StorageError, db,
};
use live_record_vod::worker::{CallOrder, NotSent, Pipeline};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// An order for the sandbox at `endpoint`, with the example preset's fields.
fn order(endpoint: &Endpoint, stream: &str) -> CallOrder {
    CallOrder {
        profile: Some("sandbox".into()),
        endpoint: Some(endpoint.display_url()),
        preset_name: Some("Example".into()),
        ..CallOrder::check(
            Operation::Add,
            &FormDraft::example().with(Field::StreamName, stream),
        )
        .expect("the example is valid")
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entry_is_pending_while_in_flight_then_completed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sb = sandbox::start(SandboxConfig {
        faults: Faults {
            latency: Duration::from_millis(800),
            ..Faults::default()
        },
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let endpoint = Endpoint::custom(sb.base_url()).expect("endpoint");
    let history = Arc::new(Mutex::new(History::open(dir.path()).expect("open")));
    let client = Client::new(ClientConfig::default()).expect("client");
    let task = {
        let pipeline = Pipeline::new(
            client,
            Some(history),
            Err(live_record_vod::i18n::Said::verbatim("no profiles")),
            Vec::new(),
        );
        let order = order(&endpoint, "pending");
        tokio::spawn(async move {
            pipeline
                .call(&order, &CancellationToken::new())
                .await
                .expect("sent")
        })
    };
    // A second reader (as another process would be) sees the pending entry mid-request.
    let reader = History::open(dir.path()).expect("reader");
    let deadline = Instant::now() + Duration::from_secs(5);
    let pending = loop {
        let page = reader.page(&HistoryQuery::default(), 0, 10).expect("page");
        if let Some(e) = page.first() {
            break e.clone();
        }
        assert!(Instant::now() < deadline, "no pending entry appeared");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(pending.outcome, OutcomeKind::Pending);
    assert_eq!(pending.field(Field::StreamName), "pending");
    let report = task.await.expect("join");
    assert!(report.result.outcome.is_success(), "{report:?}");
    let done = reader.get(pending.id).expect("get").expect("entry");
    assert_eq!(done.outcome, OutcomeKind::Ok);
    assert_eq!(
        done.request_id.as_deref(),
        report.result.outcome.request_id()
    );
    assert_eq!(done.preset_name.as_deref(), Some("Example"));
    assert!(done.sandbox);
    assert!(done.duration_ms.is_some_and(|d| d >= 800), "{done:?}");
    let stored = format!("{done:?}");
    assert!(!stored.contains(identities::DEMO_ACCESS_KEY_SECRET));
}

#[test]
fn submit_killed_mid_request_leaves_outcome_unknown() {
    let data = temp_dir();
    let sb = start_sandbox(&["--latency-ms", "20000"]);
    let preset = example_preset(&data);
    let mut child = std::process::Command::new(BIN)
        .args(["submit", "--preset", preset.to_str().expect("path")])
        .args([
            "--endpoint",
            &sb.url,
            "--retries",
            "0",
            "--no-account-check",
        ])
        .env("LIVE_RECORD_VOD_DATA_DIR", data.path())
        .env_remove("ALIBABA_CLOUD_ACCESS_KEY_ID")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("submit starts");
    let reader = History::open(data.path()).expect("open");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let pending = HistoryQuery {
            outcome: Some(OutcomeKind::Pending),
            ..HistoryQuery::default()
        };
        if reader.count(&pending).expect("count") == 1 {
            break;
        }
        assert!(Instant::now() < deadline, "no pending entry appeared");
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(reader);
    child.kill().expect("SIGKILL"); // SIGKILL on Unix: no chance to clean up
    child.wait().expect("wait");

    let o = run(&["history", "--json"], &[], &data);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let entries = json(&o);
    let entry = &entries[0];
    assert_eq!(entry["outcome"], "unknown", "{entries}");
    assert_eq!(entry["fields"]["StreamName"], "cli");
    assert!(
        entry["explanation"]
            .as_str()
            .is_some_and(|e| e.contains("nobody knows")),
        "{entry}"
    );
    let o = run(&["history", "--outcome", "unknown"], &[], &data);
    assert!(text(&o).contains("outcome unknown"), "{}", text(&o));
}

fn sample(i: i64, domain: &str, outcome: OutcomeKind, profile: &str) -> (NewEntry, Completion) {
    let fields = FormDraft::example()
        .with(Field::DomainName, domain)
        .with(Field::StreamName, format!("s{i}"));
    (
        NewEntry {
            started_at_ms: 1_700_000_000_000 + i * 60_000,
            operation: Operation::Add,
            profile: profile.into(),
            endpoint_url: "http://127.0.0.1:1".into(),
            sandbox: profile == "sandbox",
            preset_name: None,
            signature: "v3".into(),
            fields,
            deleted: None,
            batch: None,
            profile_kind: if profile == "sandbox" {
                live_record_vod::credentials::ProfileKind::Sandbox
            } else {
                live_record_vod::credentials::ProfileKind::Production
            },
        },
        Completion {
            outcome,
            request_id: (outcome == OutcomeKind::Ok).then(|| format!("REQ-{i:04}-ABCD")),
            http_status: Some(if outcome == OutcomeKind::Ok { 200 } else { 400 }),
            error_code: (outcome == OutcomeKind::Error).then(|| "ConfigAlreadyExists".into()),
            error_message: None,
            explanation: Some("x, with \"quotes\"\nand a line".into()),
            duration_ms: 42,
        },
    )
}

fn filled_history() -> History {
    let mut h = History::in_memory().expect("memory");
    let rows = vec![
        sample(1, "live.example.com", OutcomeKind::Ok, "sandbox"),
        sample(2, "shop.example.cn", OutcomeKind::Error, "work"),
        sample(3, "live.example.com", OutcomeKind::Unknown, "work"),
        sample(4, "直播.example.com", OutcomeKind::Ok, "work"),
    ];
    h.insert_many(&rows).expect("insert");
    h
}

fn ids(h: &History, q: &HistoryQuery) -> Vec<i64> {
    h.page(q, 0, 100)
        .expect("page")
        .into_iter()
        .map(|e| e.id)
        .collect()
}

#[test]
fn search_and_filters_find_what_the_user_means() {
    let h = filled_history();
    assert_eq!(
        ids(&h, &HistoryQuery::default()),
        vec![4, 3, 2, 1],
        "newest first"
    );
    assert_eq!(
        ids(&h, &HistoryQuery::search("shop")),
        vec![2],
        "substring of domain"
    );
    assert_eq!(
        ids(&h, &HistoryQuery::search("REQ-0004")),
        vec![4],
        "RequestId"
    );
    assert_eq!(
        ids(&h, &HistoryQuery::search("configalready")),
        vec![2],
        "error code, any case"
    );
    assert_eq!(
        ids(&h, &HistoryQuery::search("直播")),
        vec![4],
        "short Chinese word"
    );
    assert_eq!(
        ids(&h, &HistoryQuery::search("live s3")),
        vec![3],
        "all words must match"
    );
    assert_eq!(
        ids(&h, &HistoryQuery::search("\"*'")),
        Vec::<i64>::new(),
        "odd input is text"
    );
    let q = |f: fn(&mut HistoryQuery)| {
        let mut q = HistoryQuery::default();
        f(&mut q);
        ids(&h, &q)
    };
    assert_eq!(q(|q| q.outcome = Some(OutcomeKind::Ok)), vec![4, 1]);
    assert_eq!(q(|q| q.profile = Some("work".into())), vec![4, 3, 2]);
    assert_eq!(q(|q| q.sandbox = Some(true)), vec![1]);
    assert_eq!(
        q(|q| {
            q.from_ms = Some(1_700_000_000_000 + 2 * 60_000);
            q.to_ms = Some(1_700_000_000_000 + 4 * 60_000);
        }),
        vec![3, 2]
    );
    assert_eq!(h.count(&HistoryQuery::search("example")).expect("count"), 4);
    let second_page: Vec<i64> = h
        .page(&HistoryQuery::default(), 2, 2)
        .expect("page")
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(second_page, vec![2, 1]);
}

#[test]
fn delete_and_clear() {
    let mut h = filled_history();
    assert_eq!(h.delete(&[2, 3, 99]).expect("delete"), 2);
    assert_eq!(ids(&h, &HistoryQuery::search("shop")), Vec::<i64>::new());
    assert_eq!(h.clear().expect("clear"), 2);
    assert_eq!(h.count(&HistoryQuery::default()).expect("count"), 0);
}

#[test]
fn export_csv_and_json_keep_every_field() {
    let h = filled_history();
    let entries = h.page(&HistoryQuery::default(), 0, 10).expect("page");
    let csv_text = to_csv(&entries);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header = reader.headers().expect("header").clone();
    assert!(header.iter().any(|h| h == "DomainName"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 4);
    let col = |name: &str| header.iter().position(|h| h == name).expect("column");
    assert_eq!(&rows[0][col("DomainName")], "直播.example.com");
    assert_eq!(
        &rows[0][col("explanation")],
        "x, with \"quotes\"\nand a line"
    );
    assert_eq!(&rows[2][col("error_code")], "ConfigAlreadyExists");
    let parsed: serde_json::Value = serde_json::from_str(&to_json(&entries)).expect("json");
    assert_eq!(parsed[3]["fields"]["StreamName"], "s1");
    assert_eq!(parsed[3]["started_at"], "2023-11-14T22:14:20.000Z");
}

#[test]
fn history_export_command_writes_files() {
    let data = temp_dir();
    let sb = start_sandbox(&[]);
    let preset = example_preset(&data);
    let p = preset.to_str().expect("path");
    for stream in ["a", "b"] {
        let set = format!("StreamName={stream}");
        run(
            &[
                "submit",
                "--preset",
                p,
                "--set",
                &set,
                "--no-account-check",
                "--endpoint",
                &sb.url,
            ],
            &[],
            &data,
        );
    }
    let out = data.path().join("out.csv");
    let o = run(
        &[
            "history",
            "export",
            "--format",
            "csv",
            "--to",
            out.to_str().expect("path"),
        ],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let csv_text = std::fs::read_to_string(&out).expect("csv");
    assert_eq!(csv_text.lines().count(), 3, "{csv_text}");
    let out = data.path().join("ok.json");
    let o = run(
        &[
            "history",
            "export",
            "--format",
            "json",
            "--search",
            "live.example",
            "--to",
        ],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(2), "--to needs a value");
    let o = run(
        &[
            "history",
            "export",
            "--format",
            "json",
            "--outcome",
            "ok",
            "--to",
            out.to_str().expect("path"),
        ],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let parsed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("json")).expect("parse");
    assert_eq!(parsed.as_array().map(Vec::len), Some(2));
}

#[test]
fn database_from_the_first_schema_is_migrated_and_searchable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(db::DB_FILE);
    let conn = rusqlite::Connection::open(&path).expect("raw");
    let conn = db::migrate(conn, &path, 1).expect("schema 1");
    conn.execute(
        "INSERT INTO history (started_at_ms, profile, endpoint_url, sandbox, signature, \
         fields_json, domain, app, stream, outcome, request_id) VALUES \
         (1, 'old', 'https://live.aliyuncs.com', 0, 'v3', '{\"DomainName\":\"old.example.com\"}', \
         'old.example.com', 'app', '', 'ok', 'OLD-REQUEST')",
        [],
    )
    .expect("insert");
    drop(conn);
    let h = History::open(dir.path()).expect("migrated");
    let found = h
        .page(&HistoryQuery::search("old.exam"), 0, 10)
        .expect("search");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].request_id.as_deref(), Some("OLD-REQUEST"));
    assert_eq!(found[0].field(Field::DomainName), "old.example.com");
}

#[test]
fn locked_database_gives_a_clear_error_quickly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = History::open(dir.path()).expect("open");
    let other = rusqlite::Connection::open(dir.path().join(db::DB_FILE)).expect("other");
    other.execute_batch("BEGIN EXCLUSIVE").expect("lock");
    let started = Instant::now();
    let (entry, _) = sample(1, "a.example.com", OutcomeKind::Ok, "p");
    let err = h.begin(&entry).expect_err("locked");
    assert!(matches!(err, StorageError::Locked { .. }), "{err:?}");
    assert!(err.to_string().contains("locked by another program"));
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn damaged_or_newer_database_never_stops_a_submit_and_is_kept() {
    let sb = start_sandbox(&[]);
    for (name, bytes, expected) in [
        ("damaged", vec![0x42_u8; 4096], "damaged"),
        ("newer", newer_database(), "newer version"),
    ] {
        let data = temp_dir();
        let path = data.path().join(db::DB_FILE);
        std::fs::write(&path, &bytes).expect("write");
        let preset = example_preset(&data);
        let o = run(
            &[
                "submit",
                "--preset",
                preset.to_str().expect("path"),
                "--endpoint",
                &sb.url,
                "--set",
                &format!("StreamName={name}"),
            ],
            &[],
            &data,
        );
        assert_eq!(o.status.code(), Some(0), "{name}: {}", text(&o));
        assert!(text(&o).contains("Success"), "{name}");
        assert!(text(&o).contains(expected), "{name}: {}", text(&o));
        let o = run(&["history"], &[], &data);
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert!(text(&o).contains(expected), "{name}: {}", text(&o));
        assert_eq!(
            std::fs::read(&path).expect("kept"),
            bytes,
            "{name} left untouched"
        );
    }
}

fn newer_database() -> Vec<u8> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("x.sqlite3");
    let conn = rusqlite::Connection::open(&path).expect("raw");
    conn.execute_batch("CREATE TABLE t(x); PRAGMA user_version = 99;")
        .expect("newer");
    drop(conn);
    std::fs::read(&path).expect("bytes")
}

#[test]
fn unwritable_data_dir_still_submits() {
    let sb = start_sandbox(&[]);
    let data = temp_dir();
    let preset = example_preset(&data);
    // A data directory that cannot be created (its parent is a file) stands in for a
    // read-only one, which root (as CI runs) could still write.
    let blocker = data.path().join("not-a-dir");
    std::fs::write(&blocker, b"x").expect("file");
    let o = std::process::Command::new(BIN)
        .args([
            "submit",
            "--preset",
            preset.to_str().expect("path"),
            "--endpoint",
            &sb.url,
        ])
        .env("LIVE_RECORD_VOD_DATA_DIR", blocker.join("data"))
        .env_remove("ALIBABA_CLOUD_ACCESS_KEY_ID")
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(text(&o).contains("history is unavailable"), "{}", text(&o));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_the_history_cannot_record_first_is_not_sent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let endpoint = Endpoint::custom(sb.base_url()).expect("endpoint");
    let history = Arc::new(Mutex::new(History::open(dir.path()).expect("open")));
    let pipeline = Pipeline::new(
        Client::new(ClientConfig::default()).expect("client"),
        Some(history),
        Err(live_record_vod::i18n::Said::verbatim("no profiles")),
        Vec::new(),
    );
    // Another program holds the history's write lock for longer than the wait for it (as a
    // full disk or a damaged file would refuse the write).
    let other = rusqlite::Connection::open(dir.path().join("history.sqlite3")).expect("open");
    other.execute_batch("BEGIN IMMEDIATE").expect("lock");
    let result = pipeline
        .call(&order(&endpoint, "unrecorded"), &CancellationToken::new())
        .await;
    other.execute_batch("ROLLBACK").expect("unlock");
    match result {
        Err(NotSent::Unrecorded(why)) => assert!(
            why.text()
                .contains("Not sent: the history could not record this call first"),
            "{why}"
        ),
        other => panic!("sent although not recorded: {other:?}"),
    }
    assert_eq!(sb.call_count(), 0, "the service never saw it");
}

#[test]
fn one_damaged_row_leaves_the_rest_of_the_history_readable() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(History::open(dir.path()).expect("create"));
    let conn = rusqlite::Connection::open(dir.path().join(db::DB_FILE)).expect("raw");
    for (n, fields) in [
        (1, "'{\"DomainName\":\"good.example.com\"}'"),
        (2, "X'00FF00'"),
        (3, "'{\"DomainName\":\"also-good.example.com\"}'"),
    ] {
        conn.execute(
            &format!(
                "INSERT INTO history (started_at_ms, profile, endpoint_url, sandbox, signature, \
                 fields_json, outcome) VALUES ({n}, 'p', 'https://live.aliyuncs.com', 0, 'v3', \
                 {fields}, 'ok')"
            ),
            [],
        )
        .expect("insert");
    }
    drop(conn);
    let h = History::open(dir.path()).expect("open");
    let page = h.page(&HistoryQuery::default(), 0, 10).expect("readable");
    assert_eq!(page.len(), 3);
    let damaged: Vec<bool> = page.iter().map(|e| e.damaged).collect();
    assert_eq!(
        damaged,
        [false, true, false],
        "newest first, the bad one marked"
    );
    assert_eq!(page[0].field(Field::DomainName), "also-good.example.com");
}

#[test]
fn reading_the_history_goes_on_while_another_process_writes() {
    let data = temp_dir();
    drop(History::open(data.path()).expect("create"));
    // Another program is in the middle of a write (it holds the write lock throughout).
    let other = rusqlite::Connection::open(data.path().join(db::DB_FILE)).expect("open");
    other.execute_batch("BEGIN IMMEDIATE").expect("lock");
    for args in [
        &["history", "--json"][..],
        &["batch", "list"][..],
        &["history", "export", "--format", "json", "--to", "-"][..],
    ] {
        let started = Instant::now();
        let o = run(args, &[], &data);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", text(&o));
        assert!(
            started.elapsed() < db::BUSY_TIMEOUT,
            "{args:?} waited for the writer ({:?})",
            started.elapsed()
        );
    }
    other.execute_batch("ROLLBACK").expect("unlock");
}

#[test]
fn the_streams_submitted_for_a_domain_are_its_suggestions_newest_first() {
    let h = filled_history();
    assert_eq!(
        h.recent_streams("LIVE.example.com", 10).expect("streams"),
        [
            ("app".to_string(), "s3".to_string()),
            ("app".to_string(), "s1".to_string())
        ],
        "any case, newest first, once each"
    );
    assert!(
        h.recent_streams("other.example.com", 10)
            .expect("none")
            .is_empty()
    );
}
