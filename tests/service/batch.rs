//! Batches through the one pipeline, against the sandbox answering in this process on tokio's
//! paused clock: the rate limit, throttling, stop at the first error, resume and retry.

use live_record_vod::batch::{BatchFile, check_rows};
use live_record_vod::client::{Client, ClientConfig};
use live_record_vod::operation::{Field, FormDraft, Operation};
use live_record_vod::sandbox::{self, Faults, RunningSandbox, SandboxConfig};
use live_record_vod::storage::{BatchSettings, BatchState, History, RowState};
use live_record_vod::worker::Pipeline;
use live_record_vod::worker::batch_run::{self, BatchControl, BatchUpdate, RerunKind};
use std::sync::{Arc, Mutex};
use tokio::time::{Duration, Instant};

struct Setup {
    sandbox: RunningSandbox,
    history: Arc<Mutex<History>>,
    pipeline: Pipeline,
    settings: BatchSettings,
}

/// The sandbox answering in process, every call counted against the limit.
async fn setup(faults: Faults) -> Setup {
    let sandbox = sandbox::start(SandboxConfig {
        faults,
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let client = Client::in_process(
        ClientConfig {
            limit_loopback: true,
            max_retries: 0,
            ..ClientConfig::default()
        },
        sandbox.in_process(),
    )
    .expect("client");
    let history = Arc::new(Mutex::new(History::in_memory().expect("history")));
    let pipeline = Pipeline::new(
        client,
        Some(Arc::clone(&history)),
        Err(live_record_vod::i18n::Said::verbatim("no saved profiles")),
        vec![live_record_vod::worker::sandbox_profile(sandbox.base_url())],
    );
    let settings = BatchSettings {
        profile: Some("sandbox".into()),
        endpoint: Some(sandbox.base_url().to_string()),
        signature: "v3".into(),
        timeout_secs: None,
        continue_on_error: true,
    };
    Setup {
        sandbox,
        history,
        pipeline,
        settings,
    }
}

fn rows(n: u32, prefix: &str) -> Vec<(u32, FormDraft)> {
    (0..n)
        .map(|i| {
            let draft = FormDraft::example().with(Field::StreamName, format!("{prefix}{i}"));
            (i + 2, draft)
        })
        .collect()
}

#[tokio::test(start_paused = true)]
async fn a_2500_row_batch_never_exceeds_1000_calls_a_minute_and_takes_the_minimum_time() {
    let s = setup(Faults::default()).await;
    let checked = check_rows(Operation::Add, rows(2500, "s"));
    let job = batch_run::create(
        &s.history,
        &checked,
        std::path::Path::new("big.csv"),
        None,
        s.settings,
        false,
    )
    .expect("created");
    let start = Instant::now();
    let mut rows_seen = 0;
    let state = batch_run::run(&s.pipeline, job, &BatchControl::default(), |u| {
        if let BatchUpdate::Row { done, .. } = u {
            assert!(done.ok, "{done:?}");
            rows_seen += 1;
        }
    })
    .await
    .expect("ran");
    let elapsed = start.elapsed();
    assert_eq!(state, BatchState::Done);
    assert_eq!(rows_seen, 2500);
    assert_eq!(s.sandbox.config_count(), 2500);

    let calls = s.sandbox.calls();
    assert_eq!(calls.len(), 2500);
    // Call k and call k + 1000 are never within the same 60 seconds.
    let tightest = calls
        .windows(1001)
        .map(|w| w[1000].at - w[0].at)
        .min()
        .expect("windows");
    assert!(tightest >= Duration::from_secs(60), "{tightest:?}");
    eprintln!("2500 rows took {elapsed:?}; the tightest span of 1001 calls was {tightest:?}");
    // The fastest the limit allows: 1000 now, 1000 a minute later, 500 at two minutes.
    let minimum = Duration::from_secs(120);
    assert!(elapsed >= minimum, "{elapsed:?}");
    assert!(
        elapsed.as_secs_f64() <= minimum.as_secs_f64() * 1.05,
        "{elapsed:?} is more than 5% over {minimum:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn throttling_slows_the_batch_down_instead_of_failing_rows() {
    let s = setup(Faults {
        throttle_per_minute: Some(100),
        ..Faults::default()
    })
    .await;
    let checked = check_rows(Operation::Add, rows(250, "t"));
    let job = batch_run::create(
        &s.history,
        &checked,
        std::path::Path::new("t.csv"),
        None,
        s.settings,
        false,
    )
    .expect("created");
    let mut last = None;
    let state = batch_run::run(&s.pipeline, job, &BatchControl::default(), |u| {
        if let BatchUpdate::Finished { progress, .. } = u {
            last = Some(progress);
        }
    })
    .await
    .expect("ran");
    let progress = last.expect("finished");
    assert_eq!(state, BatchState::Done);
    assert_eq!((progress.ok, progress.failed), (250, 0));
    assert!(progress.throttled > 0);
    assert_eq!(s.sandbox.config_count(), 250);
    // 250 calls at 100 a minute take at least two and a half minutes.
    assert!(progress.elapsed() >= Duration::from_secs(120));
}

#[tokio::test(start_paused = true)]
async fn stop_at_the_first_error_then_retry_the_failed_rows() {
    let s = setup(Faults::default()).await;
    // Row 4 names a domain the sandbox's account does not have.
    let mut input = rows(30, "e");
    input[2]
        .1
        .set(Field::DomainName, sandbox::world::MISSING_DOMAIN);
    let checked = check_rows(Operation::Add, input);
    let settings = BatchSettings {
        continue_on_error: false,
        ..s.settings.clone()
    };
    let job = batch_run::create(
        &s.history,
        &checked,
        std::path::Path::new("e.csv"),
        None,
        settings,
        false,
    )
    .expect("created");
    let id = job.batch_id;
    let state = batch_run::run(&s.pipeline, job, &BatchControl::default(), |_| {})
        .await
        .expect("ran");
    assert_eq!(state, BatchState::Stopped);
    let summary = s
        .history
        .lock()
        .expect("h")
        .batch(id)
        .expect("read")
        .expect("batch");
    assert_eq!(summary.counts.failed, 1);
    assert!(summary.counts.not_sent > 0, "{:?}", summary.counts);
    let failed = s.history.lock().expect("h").batch_rows(id).expect("rows");
    let failed = failed
        .iter()
        .find(|r| r.state == RowState::Failed)
        .expect("failed row");
    assert_eq!(failed.row_no, 4);
    assert_eq!(failed.error_code.as_deref(), Some("InvalidDomain.NotFound"));

    // Resume sends the rest; the failed row stays failed until retried.
    let job = batch_run::rerun(&s.history, id, RerunKind::Resume, &[], None).expect("resume");
    assert_eq!(
        job.pick,
        batch_run::Pick::NotDone,
        "the failed row 4 is not among them"
    );
    let settings_keep_going = job.settings.continue_on_error;
    assert!(!settings_keep_going);
    batch_run::run(&s.pipeline, job, &BatchControl::default(), |_| {})
        .await
        .expect("resumed");
    let summary = s
        .history
        .lock()
        .expect("h")
        .batch(id)
        .expect("read")
        .expect("batch");
    assert_eq!((summary.counts.ok, summary.counts.failed), (29, 1));
    assert_eq!(summary.state, BatchState::Done);
    let job = batch_run::rerun(&s.history, id, RerunKind::RetryFailed, &[], None).expect("retry");
    assert_eq!(job.count, 1);
    assert_eq!(s.sandbox.calls().len(), 30);
}

#[tokio::test(start_paused = true)]
async fn pause_holds_new_rows_and_cancel_leaves_the_rest_to_resume() {
    let s = setup(Faults {
        latency: Duration::from_millis(100),
        ..Faults::default()
    })
    .await;
    let checked = check_rows(Operation::Add, rows(100, "p"));
    let job = batch_run::create(
        &s.history,
        &checked,
        std::path::Path::new("p.csv"),
        None,
        s.settings,
        false,
    )
    .expect("created");
    let id = job.batch_id;
    let control = BatchControl::default();
    let steer = control.clone();
    let mut seen = 0;
    let state = batch_run::run(&s.pipeline, job, &control, |u| {
        if let BatchUpdate::Row { .. } = u {
            seen += 1;
            if seen == 20 {
                steer.pause();
            }
            if seen == 25 {
                steer.cancel();
            }
        }
    })
    .await
    .expect("ran");
    // Pausing after 20 rows lets only the calls already in flight finish.
    assert_eq!(state, BatchState::Cancelled);
    assert!(seen < 20 + batch_run::IN_FLIGHT, "{seen}");
    let summary = s
        .history
        .lock()
        .expect("h")
        .batch(id)
        .expect("read")
        .expect("batch");
    assert_eq!(summary.counts.ok, seen as u64);
    assert_eq!(summary.counts.not_sent, 100 - seen as u64);
    let job = batch_run::rerun(&s.history, id, RerunKind::Resume, &[], None).expect("resume");
    assert_eq!(job.count, 100 - seen);
}

#[tokio::test(start_paused = true)]
async fn rows_come_from_a_gbk_file_over_a_base_preset() {
    let s = setup(Faults::default()).await;
    let text = "StreamName,CycleDuration\r\n频道1,600\r\n频道2,\r\n";
    let (bytes, _, _) = encoding_rs::GBK.encode(text);
    let file = BatchFile::parse(&bytes).expect("parses");
    assert_eq!(file.encoding, "GBK");
    let checked = check_rows(Operation::Add, file.drafts(&FormDraft::example()));
    assert_eq!(checked.error_rows(), 0, "{:?}", checked.rows);
    let job = batch_run::create(
        &s.history,
        &checked,
        std::path::Path::new("gbk.csv"),
        None,
        s.settings,
        false,
    )
    .expect("created");
    let id = job.batch_id;
    batch_run::run(&s.pipeline, job, &BatchControl::default(), |_| {})
        .await
        .expect("ran");
    let rows = s.history.lock().expect("h").batch_rows(id).expect("rows");
    assert_eq!(rows[0].fields["StreamName"], "频道1");
    assert_eq!(rows[0].fields["CycleDuration"], "600");
    assert_eq!(rows[1].fields["CycleDuration"], "3600");
    assert!(rows.iter().all(|r| r.state == RowState::Ok));
    // Each row is also an ordinary history entry linked to its batch.
    let entry = s
        .history
        .lock()
        .expect("h")
        .get(rows[1].history_id.expect("linked"))
        .expect("read")
        .expect("entry");
    assert_eq!(entry.batch.map(|b| (b.batch_id, b.row_no)), Some((id, 3)));
}

// The command line: check, template, run with JSON lines, SIGKILL and resume.

use crate::common;

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    path.to_str().expect("utf-8 path").to_string()
}

fn stream_csv(n: usize, prefix: &str) -> String {
    let mut csv = String::from("DomainName,AppName,StreamName,RegionId,VodTranscodeGroupId\r\n");
    for i in 0..n {
        csv.push_str(&format!(
            "live.example.com,app,{prefix}{i},cn-shanghai,VOD_NO_TRANSCODE\r\n"
        ));
    }
    csv
}

/// `batch check FILE --preset PRESET`.
fn batch_check(
    data: &tempfile::TempDir,
    file: &str,
    preset: &std::path::Path,
) -> std::process::Output {
    let preset = preset.to_str().expect("utf-8 path");
    common::run(&["batch", "check", file, "--preset", preset], &[], data)
}

/// A sandbox on its own runtime, for tests that drive the binary; keep both alive.
fn sandbox_beside(faults: Faults) -> (tokio::runtime::Runtime, RunningSandbox) {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sandbox = runtime
        .block_on(sandbox::start(SandboxConfig {
            faults,
            ..SandboxConfig::default()
        }))
        .expect("sandbox");
    (runtime, sandbox)
}

#[test]
fn batch_check_names_every_bad_row_and_exits_2() {
    let data = common::temp_dir();
    let csv = "\u{feff}DomainName,AppName,StreamName,CycleDuration\r\n\
               live.example.com,app,ok1,600\r\n\
               live.example.com,app,bad stream,600\r\n\
               live.example.com,app,ok1,600\r\n\
               live.example.com,app,ok2,99\r\n";
    let file = write(&data, "bom.csv", csv.as_bytes());
    let preset = common::example_preset(&data);
    let o = batch_check(&data, &file, &preset);
    let out = common::text(&o);
    assert_eq!(o.status.code(), Some(2), "{out}");
    assert!(out.contains("row 3: error: StreamName"), "{out}");
    assert!(out.contains("row 4: error: repeats row 2"), "{out}");
    assert!(out.contains("row 5: error: CycleDuration"), "{out}");
    assert!(
        out.contains("4 rows: 1 can be sent, 3 with errors"),
        "{out}"
    );

    // The same rows in GBK, as Excel on Chinese Windows saves them.
    let (gbk, _, _) = encoding_rs::GBK.encode("StreamName,AppName\r\n频道,应用\r\n");
    let file = write(&data, "gbk.csv", &gbk);
    let o = batch_check(&data, &file, &preset);
    assert_eq!(o.status.code(), Some(0), "{}", common::text(&o));
}

#[test]
fn batch_template_writes_a_file_that_checks() {
    let data = common::temp_dir();
    let preset = common::example_preset(&data);
    let to = data.path().join("template.csv");
    let to = to.to_str().expect("path");
    let preset = preset.to_str().expect("path");
    let o = common::run(
        &["batch", "template", "--preset", preset, "--to", to],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(0), "{}", common::text(&o));
    let written = std::fs::read_to_string(to).expect("read");
    assert!(
        written.starts_with("\u{feff}DomainName,AppName,StreamName"),
        "{written}"
    );
    let o = common::run(&["batch", "check", to], &[], &data);
    assert_eq!(o.status.code(), Some(0), "{}", common::text(&o));
}

fn lines(o: &std::process::Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|_| panic!("JSON line: {l}")))
        .collect()
}

#[test]
fn batch_killed_midway_and_resumed_sends_every_row_exactly_once() {
    let (_runtime, sandbox) = sandbox_beside(Faults {
        latency: std::time::Duration::from_millis(150),
        ..Faults::default()
    });
    let url = sandbox.base_url().to_string();
    let data = common::temp_dir();
    let file = write(&data, "streams.csv", stream_csv(120, "k").as_bytes());
    let mut child = std::process::Command::new(common::BIN)
        .args([
            "batch",
            "run",
            &file,
            "--endpoint",
            &url,
            "--json",
            "--continue-on-error",
        ])
        .env("LIVE_RECORD_VOD_DATA_DIR", data.path())
        .env_remove("ALIBABA_CLOUD_ACCESS_KEY_ID")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("batch starts");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while sandbox.call_count() < 40 {
        assert!(
            std::time::Instant::now() < deadline,
            "the batch did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().expect("SIGKILL");
    child.wait().expect("wait");

    let o = common::run(&["batch", "list", "--json"], &[], &data);
    let listed = lines(&o);
    assert_eq!(listed[0]["state"], "interrupted", "{listed:?}");
    let counts = &listed[0]["counts"];
    assert_eq!(counts["total"], 120);
    assert!(
        counts["not_sent"].as_u64().is_some_and(|n| n > 0),
        "{counts}"
    );
    assert!(
        counts["unknown"].as_u64().is_some_and(|n| n > 0),
        "{counts}"
    );
    let id = listed[0]["id"].as_i64().expect("id").to_string();

    let o = common::run(
        &["batch", "resume", &id, "--endpoint", &url, "--json"],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(0), "{}", common::text(&o));
    let resumed = lines(&o);
    assert_eq!(resumed[0]["batch"].as_i64(), id.parse().ok());
    assert!(resumed[1..].iter().all(|l| l["ok"] == true), "{resumed:?}");

    // The sandbox saw each stream's add exactly once.
    let adds: Vec<_> = sandbox
        .calls()
        .into_iter()
        .filter(|c| c.action == "AddLiveRecordVodConfig")
        .collect();
    let mut streams: Vec<&str> = adds.iter().map(|c| c.stream.as_str()).collect();
    streams.sort_unstable();
    streams.dedup();
    assert_eq!((adds.len(), streams.len()), (120, 120));
    assert_eq!(sandbox.config_count(), 120);
    let o = common::run(&["batch", "list", "--json"], &[], &data);
    let listed = lines(&o);
    assert_eq!(listed[0]["state"], "done");
    assert_eq!(listed[0]["counts"]["ok"], 120);
    // The resume settled every call whose outcome was unknown, and its checks are recorded.
    let o = common::run(&["history", "--json", "--limit", "1000"], &[], &data);
    let entries = common::json(&o);
    let entries = entries.as_array().expect("entries");
    let unknown = entries.iter().filter(|e| e["outcome"] == "unknown").count();
    assert_eq!(unknown, 0, "entries left as outcome unknown");
    assert!(
        entries
            .iter()
            .any(|e| e["operation"] == "DescribeLiveRecordVodConfigs"),
        "the resume's checks are in the history"
    );
    drop(sandbox);
}

#[test]
fn batch_run_prints_json_lines_and_exports_results() {
    let (_runtime, sandbox) = sandbox_beside(Faults::default());
    let url = sandbox.base_url().to_string();
    let data = common::temp_dir();
    let mut csv = stream_csv(3, "j");
    csv.push_str(&format!(
        "{},app,j9,cn-shanghai,VOD_NO_TRANSCODE\r\n",
        sandbox::world::MISSING_DOMAIN
    ));
    let file = write(&data, "j.csv", csv.as_bytes());
    let o = common::run(
        &[
            "batch",
            "run",
            &file,
            "--endpoint",
            &url,
            "--json",
            "--continue-on-error",
            // The service's refusal of row 5 is what this test reads (the check would
            // refuse it before sending: tests/service/account_check.rs).
            "--no-account-check",
        ],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(1), "{}", common::text(&o));
    let out = lines(&o);
    assert_eq!(out[0]["rows"], 4);
    assert_eq!(out.len(), 5);
    let failed: Vec<_> = out[1..].iter().filter(|l| l["ok"] == false).collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["row"], 5);
    assert_eq!(failed[0]["code"], "InvalidDomain.NotFound");
    assert!(out[1..].iter().all(|l| l["request_id"].is_string()));

    let id = out[0]["batch"].to_string();
    let to = data.path().join("failures.csv");
    let to = to.to_str().expect("path");
    let o = common::run(
        &["batch", "export", &id, "--failures", "--to", to],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(0), "{}", common::text(&o));
    let exported = std::fs::read_to_string(to).expect("read");
    assert!(exported.starts_with('\u{feff}'));
    assert_eq!(exported.lines().count(), 2, "{exported}");
    assert!(exported.contains("InvalidDomain.NotFound"));
    drop(sandbox);
}

#[test]
fn skipping_the_invalid_rows_as_asked_succeeds_when_every_row_sent_does() {
    let (_runtime, sandbox) = sandbox_beside(Faults::default());
    let url = sandbox.base_url().to_string();
    let data = common::temp_dir();
    let csv = format!(
        "{}live.example.com,app,bad stream,cn-shanghai,VOD_NO_TRANSCODE\r\n",
        stream_csv(2, "s")
    );
    let file = write(&data, "skip.csv", csv.as_bytes());
    let o = common::run(
        // The sandbox's call count is the rows' calls only.
        &[
            "batch",
            "run",
            &file,
            "--endpoint",
            &url,
            "--skip-invalid",
            "--no-account-check",
        ],
        &[],
        &data,
    );
    let out = common::text(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("1 row with errors was skipped, as --skip-invalid asks"),
        "{out}"
    );
    assert_eq!(sandbox.call_count(), 2, "{out}");
    // Without --skip-invalid nothing is sent (exit 2).
    let o = common::run(
        &[
            "batch",
            "run",
            &file,
            "--endpoint",
            &url,
            "--no-account-check",
        ],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(2), "{}", common::text(&o));
    assert_eq!(sandbox.call_count(), 2);
}

#[test]
fn resuming_a_batch_with_every_row_done_succeeds_and_says_so() {
    let (_runtime, sandbox) = sandbox_beside(Faults::default());
    let url = sandbox.base_url().to_string();
    let data = common::temp_dir();
    let file = write(&data, "done.csv", stream_csv(2, "d").as_bytes());
    let o = common::run(
        &[
            "batch",
            "run",
            &file,
            "--endpoint",
            &url,
            "--no-account-check",
        ],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(0), "{}", common::text(&o));
    let listed = lines(&common::run(&["batch", "list", "--json"], &[], &data));
    let id = listed[0]["id"].as_i64().expect("id").to_string();
    // `batch run … || batch resume …` after a crash must not fail when all is done.
    let o = common::run(&["batch", "resume", &id, "--endpoint", &url], &[], &data);
    assert_eq!(o.status.code(), Some(0), "{}", common::text(&o));
    assert!(
        common::text(&o).contains("no row left to send"),
        "{}",
        common::text(&o)
    );
    assert_eq!(sandbox.call_count(), 2, "nothing was sent again");
}

#[test]
fn ctrl_c_stops_a_batch_with_the_interrupt_exit_code() {
    let (_runtime, sandbox) = sandbox_beside(Faults {
        latency: std::time::Duration::from_millis(150),
        ..Faults::default()
    });
    let url = sandbox.base_url().to_string();
    let data = common::temp_dir();
    let file = write(&data, "int.csv", stream_csv(120, "i").as_bytes());
    let child = std::process::Command::new(common::BIN)
        .args(["batch", "run", &file, "--endpoint", &url, "--json"])
        .env("LIVE_RECORD_VOD_DATA_DIR", data.path())
        .env_remove("ALIBABA_CLOUD_ACCESS_KEY_ID")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("batch starts");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while sandbox.call_count() < 10 {
        assert!(
            std::time::Instant::now() < deadline,
            "the batch did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let pid = i32::try_from(child.id()).expect("pid");
    // SAFETY: sending SIGINT to the child this test started.
    unsafe {
        libc::kill(pid, libc::SIGINT);
    }
    let o = child.wait_with_output().expect("ends");
    assert_eq!(
        o.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn retry_failed_takes_the_corrected_file_shows_each_change_and_keeps_the_totals() {
    let (_runtime, sandbox) = sandbox_beside(Faults::default());
    let url = sandbox.base_url().to_string();
    let data = common::temp_dir();
    let mut csv = stream_csv(3, "r");
    csv.push_str("live.example.com,app,r9,cn-shanghai,no-such-group\r\n");
    let file = write(&data, "r.csv", csv.as_bytes());
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--endpoint", &url]);
        if args[1] == "run" {
            all.push("--no-account-check");
        }
        common::run(&all, &[], &data)
    };
    let o = run(&["batch", "run", &file, "--continue-on-error"]);
    assert_eq!(o.status.code(), Some(1), "{}", common::text(&o));
    assert!(common::text(&o).contains("--retry-failed --from FILE"));
    // Retried as stored, it fails again.
    let o = run(&["batch", "resume", "1", "--retry-failed"]);
    assert_eq!(o.status.code(), Some(1), "{}", common::text(&o));
    // The file corrected: the row is sent as it says now, the change printed first.
    let fixed = csv.replace(
        "r9,cn-shanghai,no-such-group",
        "r9,cn-shanghai,VOD_NO_TRANSCODE",
    );
    std::fs::write(&file, fixed).expect("write");
    let o = run(&["batch", "resume", "1", "--retry-failed", "--from", &file]);
    let out = common::text(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("Row 5 (live.example.com/app/r9) is sent as the file gives it now:"),
        "{out}"
    );
    assert!(
        out.contains("VodTranscodeGroupId: no-such-group → VOD_NO_TRANSCODE"),
        "{out}"
    );
    assert!(
        out.contains("Batch 1 in all: 4 done, 0 failed, 0 unknown, 0 not sent, 0 skipped."),
        "{out}"
    );
    assert_eq!(sandbox.config_count(), 4);
    // The record holds the row as it was sent at last.
    let rows = common::run(&["batch", "export", "1", "--to", "-"], &[], &data);
    assert!(
        common::text(&rows).contains("r9,VOD_NO_TRANSCODE"),
        "{}",
        common::text(&rows)
    );
    // --from without --retry-failed is refused by the command line.
    let o = run(&["batch", "resume", "1", "--from", &file]);
    assert_eq!(o.status.code(), Some(2), "{}", common::text(&o));
}
