//! The window's looks, guarded: snapshots rendered with wgpu (lavapipe on CI, package
//! `mesa-vulkan-drivers`) of the main window, the result cards, the Configs view and each
//! dialog and the Batch view's check table, at 1280x800 and 800x600, in the light and dark themes. A layout regression changes
//! thousands of pixels and fails here; `UPDATE_SNAPSHOTS=1 cargo test --test window snapshots`
//! rewrites the pictures in `tests/snapshots/` after a deliberate change (look at them).
//!
//! Scenes with a RequestId, a time or a duration in them allow a budget of differing pixels
//! for those few words; the others allow almost none.

use eframe::egui::{self, Role};
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions};
use live_record_vod::credentials::SecretStore;
use live_record_vod::sandbox::{self, RunningSandbox, SandboxConfig};
use live_record_vod::ui::{AppSetup, LiveRecordApp, SavedState};
use std::time::{Duration, Instant};

/// Pixels that may differ where a scene shows a RequestId, a time or a duration.
const VOLATILE_PIXELS: usize = 6_000;
/// Pixels that may differ elsewhere (anti-aliasing noise between GPUs).
const STABLE_PIXELS: usize = 40;

struct Scene {
    harness: Harness<'static, LiveRecordApp>,
    _sandbox: RunningSandbox,
    _data: tempfile::TempDir,
    _runtime: tokio::runtime::Runtime,
}

fn scene(size: egui::Vec2, theme: &str) -> Scene {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let sandbox = runtime
        .block_on(sandbox::start(SandboxConfig::default()))
        .expect("sandbox");
    let data = tempfile::tempdir().expect("tempdir");
    let setup = AppSetup::for_sandbox(
        runtime.handle().clone(),
        data.path().to_path_buf(),
        sandbox.base_url(),
        SecretStore::in_memory(),
    );
    let saved = SavedState {
        theme: Some(theme.to_string()),
        ..SavedState::default()
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(if theme == "light" {
            egui::Theme::Light
        } else {
            egui::Theme::Dark
        })
        .wgpu()
        .build_eframe(move |cc| LiveRecordApp::new(&cc.egui_ctx, setup, saved));
    wait_for(
        &mut harness,
        "the example preset",
        "The example preset is loaded",
    );
    Scene {
        harness,
        _sandbox: sandbox,
        _data: data,
        _runtime: runtime,
    }
}

fn has(h: &Harness<'static, LiveRecordApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

fn wait_for(h: &mut Harness<'static, LiveRecordApp>, what: &str, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !has(h, text) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        h.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    // Let animations (collapsing, fading) finish.
    for _ in 0..30 {
        h.step();
    }
}

fn click(h: &mut Harness<'static, LiveRecordApp>, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).click();
    h.step();
    h.step();
}

fn snap(h: &mut Harness<'static, LiveRecordApp>, name: &str, volatile: bool) {
    let budget = if volatile {
        VOLATILE_PIXELS
    } else {
        STABLE_PIXELS
    };
    h.snapshot_options(name, &SnapshotOptions::new().max_failed_pixels(budget));
}

/// Every scene at one size and theme.
fn all_scenes(width: f32, height: f32, theme: &str) {
    let tag = format!("{}x{}_{theme}", width as u32, height as u32);
    let mut s = scene(egui::vec2(width, height), theme);
    // A batch file with one row of each kind of problem; empty cells take the form's values.
    let csv = s._data.path().join("streams.csv");
    let rows: String = (1..=12).map(|i| format!("cam{i:02},\r\n")).collect();
    std::fs::write(
        &csv,
        format!("StreamName,CycleDuration\r\n{rows}cam 13,\r\ncam14,99\r\ncam01,\r\n"),
    )
    .expect("write");
    let h = &mut s.harness;
    h.get_by_role_and_label(Role::Button, "Dismiss").click();
    h.step();
    snap(h, &format!("main_{tag}"), false);

    click(h, Role::Button, "Profiles…");
    snap(h, &format!("profiles_{tag}"), false);
    h.key_press(egui::Key::Escape);
    h.step();
    click(h, Role::Button, "About");
    // The version line names the commit.
    snap(h, &format!("about_{tag}"), true);
    h.key_press(egui::Key::Escape);
    h.step();
    click(h, Role::Button, "Copy as code…");
    h.step();
    // The sandbox's port is in the command.
    snap(h, &format!("copy_as_code_{tag}"), true);
    h.key_press(egui::Key::Escape);
    h.step();

    click(h, Role::Button, "Submit");
    wait_for(h, "the success card", "will be stored in VOD");
    snap(h, &format!("success_{tag}"), true);
    click(h, Role::Button, "Submit");
    wait_for(h, "the error card", "Show the existing config");
    snap(h, &format!("error_{tag}"), true);

    click(h, Role::Button, "Show the existing config");
    wait_for(h, "the Configs view", "1 config of live.example.com.");
    snap(h, &format!("configs_{tag}"), true);

    click(h, Role::Button, "Batch");
    h.get_by_role_and_label(Role::TextInput, "CSV file").focus();
    h.step();
    h.get_by_role_and_label(Role::TextInput, "CSV file")
        .type_text(csv.to_str().expect("utf-8 path"));
    h.step();
    click(h, Role::Button, "Check");
    wait_for(h, "the check table", "15 rows (UTF-8)");
    // The file's path (a temporary folder) is in the path field.
    snap(h, &format!("batch_check_{tag}"), true);
    // A desired-state file compared with the account: an update and an add.
    let plan_file = s._data.path().join("configs.toml");
    std::fs::write(
        &plan_file,
        "domains = [\"live.example.com\"]\n\n[[config]]\nDomainName = \"live.example.com\"\nAppName = \"app\"\nStreamName = \"stream\"\nVodTranscodeGroupId = \"VOD_NO_TRANSCODE\"\nCycleDuration = 1800\n\n[[config]]\nDomainName = \"live.example.com\"\nAppName = \"sports\"\nStreamName = \"final\"\nVodTranscodeGroupId = \"VOD_NO_TRANSCODE\"\nCycleDuration = 7200\n",
    )
    .expect("write");
    let h = &mut s.harness;
    click(h, Role::Button, "Plan");
    h.get_by_role_and_label(Role::TextInput, "Desired-state file (TOML)")
        .focus();
    h.step();
    h.get_by_role_and_label(Role::TextInput, "Desired-state file (TOML)")
        .type_text(plan_file.to_str().expect("utf-8 path"));
    h.step();
    click(h, Role::Button, "Compare with the account");
    wait_for(h, "the plan", "2 change(s), 0 config(s) deleted");
    click(h, Role::Button, "Apply…");
    // The file's path (a temporary folder) is in the path field.
    snap(h, &format!("plan_{tag}"), true);
    if std::env::var_os("LIVE_RECORD_VOD_BATCH_PICTURE").is_some() {
        click(h, Role::CheckBox, "Skip the rows with errors (3)");
        click(h, Role::Button, "Start: send 12 rows");
        wait_for(h, "the results", "every row sent succeeded");
        if let Ok(image) = h.render() {
            image.save(format!("/tmp/batch_results_{tag}.png")).ok();
        }
    }
}

#[test]
fn window_at_1280x800_light() {
    all_scenes(1280.0, 800.0, "light");
}

#[test]
fn window_at_1280x800_dark() {
    all_scenes(1280.0, 800.0, "dark");
}

#[test]
fn window_at_800x600_light() {
    all_scenes(800.0, 600.0, "light");
}

#[test]
fn window_at_800x600_dark() {
    all_scenes(800.0, 600.0, "dark");
}
