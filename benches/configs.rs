//! The config lifecycle's list path, measured:
//! - listing 10,000 configs of one domain through the whole stack (sandbox, signing, client,
//!   parsing) page by page at PageSize 100, as `configs list --all` and the Configs view do;
//! - a UI pass of the window showing the Configs table with 10,000 rows (target under 4 ms),
//!   against the same table with 1 row, via egui_kittest.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use live_record_vod::client::{Client, ClientConfig};
use live_record_vod::credentials::SecretStore;
use live_record_vod::operation::configs::{ConfigPage, RecordVodConfig};
use live_record_vod::operation::{Field, FormDraft, Operation};
use live_record_vod::sandbox::{self, RunningSandbox, SandboxConfig};
use live_record_vod::ui::{AppSetup, LiveRecordApp, SavedState};
use live_record_vod::worker::{CallOrder, Pipeline};
use std::path::Path;
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
        ..CallOrder::new(Operation::Describe, fields)
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
    let client = Client::new(ClientConfig::default()).expect("client");
    let pipeline = Pipeline::new(client, None, Err("no saved profiles".into()), Vec::new());
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

fn main() {
    // `cargo test --all-targets` runs benches as tests: keep that quick.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    stack_bench();
    let big = table_frame_ms(10_000);
    let small = table_frame_ms(1);
    println!(
        "Configs table UI pass with 10,000 rows: {big:.2} ms; with 1 row {small:.2} ms; ratio {:.2}x (target < 4 ms)",
        big / small
    );
}
