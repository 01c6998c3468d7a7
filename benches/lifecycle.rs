//! The config lifecycle and batches, measured:
//! - listing 10,000 configs of one domain through the whole stack (sandbox, signing, client,
//!   parsing) page by page at PageSize 100, as `configs list --all` and the Configs view do;
//! - a UI pass of the window showing the Configs table with 10,000 rows (target under 4 ms),
//!   against the same table with 1 row, via egui_kittest;
//! - reading and checking a 100,000-row batch CSV (target under 1 s);
//! - the peak memory of `batch check` and of `batch run` (recording every row, then sending)
//!   with a 1,000,000-row CSV, against the same with 100,000 rows: the file is read as it is
//!   checked and sent, so ten times the rows must not cost ten times the memory;
//! - a batch's own cost per row through the whole pipeline (history writes, signing, HTTP to
//!   the sandbox on loopback with the rate limit lifted, parsing), target under 100 µs, and
//!   the same with the sandbox answering in process (no sockets);
//! - the Overview (`status`) from nothing to a full table: every streaming domain of the
//!   sandbox's account (54) with 5,000 configs, at the operations' documented rates.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use live_record_vod::batch::{BatchFile, check_rows};
use live_record_vod::client::{Client, ClientConfig};
use live_record_vod::credentials::SecretStore;
use live_record_vod::operation::configs::{ConfigPage, RecordVodConfig};
use live_record_vod::operation::{Field, FormDraft, Operation};
use live_record_vod::sandbox::{self, RunningSandbox, SandboxConfig};
use live_record_vod::storage::{BatchSettings, BatchState, History};
use live_record_vod::ui::{AppSetup, LiveRecordApp, SavedState};
use live_record_vod::worker::batch_run::{self, BatchControl};
use live_record_vod::worker::{CallOrder, Pipeline};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

const DOMAIN: &str = "live.example.com";

/// A sandbox whose state file holds `count` configs of [`DOMAIN`].
fn sandbox_with(runtime: &tokio::runtime::Runtime, dir: &Path, count: usize) -> RunningSandbox {
    let configs: Vec<RecordVodConfig> = (0..count)
        .map(|i| RecordVodConfig {
            domain_name: DOMAIN.into(),
            app_name: format!("app{}", i % 50),
            stream_name: format!("stream-{i:05}"),
            vod_transcode_group_id: "VOD_NO_TRANSCODE".into(),
            cycle_duration: Some(3600),
            on_demand: Some(0),
            create_time: "2026-11-25T10:00:00Z".into(),
            ..RecordVodConfig::default()
        })
        .collect();
    let state = dir.join("state.json");
    let doc = serde_json::json!({ "configs": configs });
    std::fs::write(&state, doc.to_string()).expect("state file");
    runtime
        .block_on(sandbox::start(SandboxConfig {
            state_file: Some(state),
            ..SandboxConfig::default()
        }))
        .expect("sandbox")
}

/// A pipeline without history or saved profiles (the sandbox's demo key signs).
fn bare_pipeline() -> Pipeline {
    let client = Client::new(ClientConfig::default()).expect("client");
    Pipeline::new(
        client,
        None,
        Err(live_record_vod::i18n::Said::verbatim("no saved profiles")),
        Vec::new(),
    )
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

/// One page of the domain's configs, from the sandbox at `url`.
fn describe_order(url: &str, page: u64) -> CallOrder {
    let fields = FormDraft::default()
        .with(Field::DomainName, DOMAIN)
        .with(Field::PageNum, page.to_string())
        .with(Field::PageSize, "100");
    CallOrder {
        profile: Some("sandbox".into()),
        endpoint: Some(url.to_string()),
        ..CallOrder::check(Operation::Describe, &fields).expect("a valid list")
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Lists every config page by page; returns (configs listed, milliseconds).
fn list_all(runtime: &tokio::runtime::Runtime, pipeline: &Pipeline, url: &str) -> (usize, f64) {
    runtime.block_on(async {
        let started = Instant::now();
        let mut listed = 0;
        for page in 1.. {
            let order = describe_order(url, page);
            let report = pipeline
                .call(&order, &CancellationToken::new())
                .await
                .expect("sent");
            let page = report.page.expect("a page");
            listed += page.configs.len();
            if listed as u64 >= page.total || page.configs.is_empty() {
                break;
            }
        }
        (listed, started.elapsed().as_secs_f64() * 1000.0)
    })
}

fn stack_bench() {
    let runtime = runtime();
    let dir = tempfile::tempdir().expect("tempdir");
    let sb = sandbox_with(&runtime, dir.path(), 10_000);
    let pipeline = bare_pipeline();
    list_all(&runtime, &pipeline, sb.base_url()); // warm the connection
    let runs: Vec<f64> = (0..5)
        .map(|_| {
            let (listed, ms) = list_all(&runtime, &pipeline, sb.base_url());
            assert_eq!(listed, 10_000);
            ms
        })
        .collect();
    let total_ms = median(runs);
    // The parsing share: the same 100 answers parsed alone.
    let body = runtime.block_on(async {
        let order = describe_order(sb.base_url(), 1);
        let report = pipeline
            .call(&order, &CancellationToken::new())
            .await
            .expect("sent");
        report.result.raw_body
    });
    let started = Instant::now();
    for _ in 0..100 {
        std::hint::black_box(ConfigPage::parse(&body));
    }
    let parse_ms = started.elapsed().as_secs_f64() * 1000.0;
    println!(
        "list 10,000 configs (100 pages of 100, sandbox + signing + client + parsing): {total_ms:.1} ms, {:.2} ms per page; parsing is {parse_ms:.1} ms of it ({:.0}%)",
        total_ms / 100.0,
        100.0 * parse_ms / total_ms
    );
}

/// Mean UI pass with the Configs table holding `count` rows.
fn table_frame_ms(count: usize) -> f64 {
    let runtime = runtime();
    let dir = tempfile::tempdir().expect("tempdir");
    let sb = sandbox_with(&runtime, dir.path(), count);
    let setup = AppSetup::for_sandbox(
        runtime.handle().clone(),
        dir.path().join("data"),
        sb.base_url(),
        SecretStore::in_memory(),
    );
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| LiveRecordApp::new(&cc.egui_ctx, setup, SavedState::default()));
    h.step();
    h.get_by_label("Configs").click();
    h.step();
    h.step();
    h.get_by_label("List configs").click();
    let expected = if count == 1 {
        format!("1 config of {DOMAIN}.")
    } else {
        format!("{count} configs of {DOMAIN}.")
    };
    let deadline = Instant::now() + Duration::from_secs(120);
    while h.query_all_by_label_contains(&expected).next().is_none() {
        assert!(Instant::now() < deadline, "the table never filled");
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    for _ in 0..20 {
        h.step();
    }
    let frames = 300;
    let started = Instant::now();
    for _ in 0..frames {
        h.step();
    }
    started.elapsed().as_secs_f64() * 1000.0 / f64::from(frames)
}

/// A batch file of `rows` streams over the example preset's domain.
fn batch_csv(rows: usize) -> Vec<u8> {
    let mut csv = String::from("DomainName,AppName,StreamName,CycleDuration\r\n");
    for i in 0..rows {
        csv.push_str(&format!(
            "{DOMAIN},app{},stream-{i:06},{}\r\n",
            i % 50,
            300 + i % 21_000
        ));
    }
    csv.into_bytes()
}

/// The peak resident memory (MiB) of the program run with `args`, sampled from
/// /proc/PID/status (VmHWM, the high-water mark) until it exits or `for_at_most` passes (then
/// it is interrupted, as Ctrl-C would).
fn peak_mib(args: &[&str], data: &Path, for_at_most: Duration) -> f64 {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_live-record-vod"))
        .args(args)
        .env("LIVE_RECORD_VOD_DATA_DIR", data)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("runs");
    let started = Instant::now();
    let mut peak_kib = 0u64;
    loop {
        let status = std::fs::read_to_string(format!("/proc/{}/status", child.id()));
        let hwm = status.ok().and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        });
        peak_kib = peak_kib.max(hwm.unwrap_or(0));
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if started.elapsed() > for_at_most {
            std::process::Command::new("kill")
                .args(["-INT", &child.id().to_string()])
                .status()
                .ok();
            child.wait().ok();
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    peak_kib as f64 / 1024.0
}

fn batch_memory_bench() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sandbox = runtime
        .block_on(sandbox::start(SandboxConfig::default()))
        .expect("sandbox");
    let mut figures = Vec::new();
    for rows in [100_000, 1_000_000] {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("rows.csv");
        // Every field a row needs in the file itself (no preset): rows that can be sent.
        let mut csv =
            String::from("DomainName,AppName,StreamName,RegionId,VodTranscodeGroupId\r\n");
        for i in 0..rows {
            csv.push_str(&format!(
                "{DOMAIN},app{},stream-{i:07},cn-shanghai,VOD_NO_TRANSCODE\r\n",
                i % 50
            ));
        }
        std::fs::write(&file, csv).expect("csv");
        let file = file.to_str().expect("utf-8");
        let check = peak_mib(
            &["batch", "check", file, "--no-account-check"],
            dir.path(),
            Duration::from_secs(600),
        );
        // Every row recorded, then sending for a while: the figure once the batch is under way.
        let run = peak_mib(
            &[
                "batch",
                "run",
                file,
                "--endpoint",
                sandbox.base_url(),
                "--no-account-check",
                "--continue-on-error",
            ],
            dir.path(),
            Duration::from_secs(120),
        );
        figures.push((rows, check, run));
    }
    let (small, big) = (figures[0], figures[1]);
    println!(
        "batch check, peak memory: {:.0} MiB for 1,000,000 rows, {:.0} MiB for 100,000 ({:.2}x for 10x the rows)",
        big.1,
        small.1,
        big.1 / small.1
    );
    println!(
        "batch run, peak memory once every row is recorded and sending: {:.0} MiB for 1,000,000 rows, {:.0} MiB for 100,000 ({:.2}x for 10x the rows)",
        big.2,
        small.2,
        big.2 / small.2
    );
}

fn check_bench() {
    let bytes = batch_csv(100_000);
    let base = FormDraft::example();
    let runs: Vec<f64> = (0..5)
        .map(|_| {
            let started = Instant::now();
            let file = BatchFile::parse(&bytes).expect("parses");
            let checked = check_rows(Operation::Add, file.drafts(&base));
            assert_eq!(checked.error_rows(), 0);
            std::hint::black_box(checked);
            started.elapsed().as_secs_f64()
        })
        .collect();
    let secs = median(runs);
    println!(
        "check a 100,000-row CSV ({:.1} MB): {:.0} ms, {:.2}x the 1 s target",
        bytes.len() as f64 / 1e6,
        secs * 1000.0,
        secs
    );
}

/// Sends `rows` batch rows through `pipeline`; returns microseconds per row.
fn batch_us_per_row(
    runtime: &tokio::runtime::Runtime,
    pipeline: &Pipeline,
    history: &Arc<Mutex<History>>,
    url: &str,
    rows: usize,
    tag: &str,
) -> f64 {
    let drafts = (0..rows)
        .map(|i| {
            let row = u32::try_from(i + 2).unwrap_or(u32::MAX);
            (
                row,
                FormDraft::example().with(Field::StreamName, format!("{tag}-{i}")),
            )
        })
        .collect();
    let checked = check_rows(Operation::Add, drafts);
    let settings = BatchSettings {
        profile: Some("sandbox".into()),
        endpoint: Some(url.to_string()),
        signature: "v3".into(),
        timeout_secs: None,
        continue_on_error: true,
    };
    let job = batch_run::create(
        history,
        &checked,
        std::path::Path::new("bench.csv"),
        None,
        settings,
        false,
    )
    .expect("job");
    let started = Instant::now();
    let state = runtime
        .block_on(batch_run::run(
            pipeline,
            job,
            &BatchControl::default(),
            |_| {},
        ))
        .expect("ran");
    assert_eq!(state, BatchState::Done);
    started.elapsed().as_secs_f64() * 1e6 / rows as f64
}

fn batch_pipeline_bench() {
    let runtime = runtime();
    let dir = tempfile::tempdir().expect("tempdir");
    let sb = runtime
        .block_on(sandbox::start(SandboxConfig::default()))
        .expect("sandbox");
    let history = Arc::new(Mutex::new(History::open(dir.path()).expect("history")));
    let http = Pipeline::new(
        Client::new(ClientConfig::default()).expect("client"),
        Some(Arc::clone(&history)),
        Err(live_record_vod::i18n::Said::verbatim("no saved profiles")),
        vec![live_record_vod::worker::sandbox_profile(sb.base_url())],
    );
    let local = Pipeline::new(
        Client::in_process(ClientConfig::default(), sb.in_process()).expect("client"),
        Some(Arc::clone(&history)),
        Err(live_record_vod::i18n::Said::verbatim("no saved profiles")),
        vec![live_record_vod::worker::sandbox_profile(sb.base_url())],
    );
    batch_us_per_row(&runtime, &http, &history, sb.base_url(), 500, "warm");
    let over_http = median(
        (0..3)
            .map(|r| {
                batch_us_per_row(
                    &runtime,
                    &http,
                    &history,
                    sb.base_url(),
                    5_000,
                    &format!("h{r}"),
                )
            })
            .collect(),
    );
    let in_process = median(
        (0..3)
            .map(|r| {
                batch_us_per_row(
                    &runtime,
                    &local,
                    &history,
                    sb.base_url(),
                    5_000,
                    &format!("l{r}"),
                )
            })
            .collect(),
    );
    println!(
        "batch pipeline per row, 5,000 rows, 8 in flight, history on disk: {over_http:.0} µs over HTTP loopback ({:.2}x the 100 µs target); {in_process:.0} µs with the sandbox in process",
        over_http / 100.0
    );
}

/// The Overview of the sandbox's account with `count` configs over its streaming domains,
/// read from nothing (no cache), the operations' documented rates kept (`paced`) or lifted:
/// (domains, configs, calls, milliseconds).
fn overview_from_nothing(count: usize, paced: bool) -> (usize, usize, u32, f64) {
    let runtime = runtime();
    let dir = tempfile::tempdir().expect("tempdir");
    let domains: Vec<String> = sandbox::account::domains()
        .iter()
        .filter(|d| d.kind == sandbox::account::DomainType::Streaming)
        .filter(|d| !d.name.starts_with("internal-error"))
        .map(|d| d.name.clone())
        .collect();
    let configs: Vec<RecordVodConfig> = (0..count)
        .map(|i| RecordVodConfig {
            domain_name: domains[i % domains.len()].clone(),
            app_name: format!("app{}", i % 20),
            stream_name: format!("stream-{i:05}"),
            vod_transcode_group_id: "VOD_NO_TRANSCODE".into(),
            cycle_duration: Some(3600),
            create_time: "2026-11-25T10:00:00Z".into(),
            ..RecordVodConfig::default()
        })
        .collect();
    let state = dir.path().join("state.json");
    std::fs::write(
        &state,
        serde_json::json!({ "configs": configs }).to_string(),
    )
    .expect("state file");
    let sb = runtime
        .block_on(sandbox::start(SandboxConfig {
            state_file: Some(state),
            ..SandboxConfig::default()
        }))
        .expect("sandbox");
    let client = Client::new(ClientConfig {
        limit_loopback: paced,
        ..ClientConfig::default()
    })
    .expect("client");
    let pipeline = Pipeline::new(
        client,
        None,
        Err(live_record_vod::i18n::Said::verbatim("no saved profiles")),
        Vec::new(),
    );
    let operation = Operation::from_action("DescribeLiveUserDomains").expect("catalogued");
    let like = CallOrder {
        profile: Some("sandbox".into()),
        endpoint: Some(sb.base_url().to_string()),
        ..CallOrder::check(operation, &FormDraft::default()).expect("valid")
    };
    let cache = live_record_vod::storage::account_cache::AccountCache::new(dir.path());
    let started = Instant::now();
    let reading = runtime.block_on(pipeline.read_overview(
        &like,
        (&cache, "bench"),
        &[],
        &|_, _| {},
        &CancellationToken::new(),
    ));
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    (
        reading.domains,
        reading.overview.configs.len(),
        reading.calls,
        ms,
    )
}

fn main() {
    // `cargo test --all-targets` runs benches as tests: keep that quick.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    if std::env::args().any(|a| a == "--memory-only") {
        batch_memory_bench();
        return;
    }
    // 200 streaming domains: the account's 6 named ones and 194 generated.
    sandbox::account::set_generated_domains(194);
    let (domains, configs, calls, paced_ms) = overview_from_nothing(5_000, true);
    let (_, _, _, unpaced_ms) = overview_from_nothing(5_000, false);
    println!(
        "Overview from nothing: {configs} configs on {domains} streaming domains, {calls} calls: {paced_ms:.0} ms at the documented rates, {unpaced_ms:.0} ms with them lifted (the program's own cost, {:.2} ms a call)",
        unpaced_ms / f64::from(calls.max(1))
    );
    if std::env::args().any(|a| a == "--overview-only") {
        return;
    }
    if std::env::args().any(|a| a == "--memory-only") {
        batch_memory_bench();
        return;
    }
    check_bench();
    batch_memory_bench();
    batch_pipeline_bench();
    stack_bench();
    let big = table_frame_ms(10_000);
    let small = table_frame_ms(1);
    println!(
        "Configs table UI pass with 10,000 rows: {big:.2} ms; with 1 row {small:.2} ms; ratio {:.2}x (target < 4 ms)",
        big / small
    );
}
