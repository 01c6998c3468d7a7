//! Helpers for the window tests: a sandbox and the window in a harness, waiting for what the
//! worker answers, typing and clicking as a user would.
#![allow(dead_code)]

use eframe::egui::{self, Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use live_record_vod::credentials::{Credentials, Profile, ProfileSource, SecretStore};
use live_record_vod::i18n::Language;
use live_record_vod::sandbox::{self, Faults, RunningSandbox, SandboxConfig};
use live_record_vod::ui::{AppSetup, LiveRecordApp, SavedState};
use std::time::{Duration, Instant};

pub struct World {
    pub harness: Harness<'static, LiveRecordApp>,
    pub sandbox: std::sync::Arc<RunningSandbox>,
    pub data: tempfile::TempDir,
    pub _runtime: tokio::runtime::Runtime,
}

pub fn world_with(faults: Faults, extra_profiles: Vec<Profile>) -> World {
    world_sized(
        faults,
        extra_profiles,
        egui::vec2(1280.0, 800.0),
        Language::En,
    )
}

/// A window at `size` that speaks `language`, with the example preset in place.
pub fn world_in(language: Language, size: egui::Vec2) -> World {
    let mut w = world_sized(Faults::default(), Vec::new(), size, language);
    let loaded = live_record_vod::t!("state-welcome-the-example-preset-is");
    wait_for(&mut w.harness, "the example preset", |h| has(h, &loaded));
    w
}

fn world_sized(
    faults: Faults,
    extra_profiles: Vec<Profile>,
    size: egui::Vec2,
    language: Language,
) -> World {
    world_of(
        SandboxConfig {
            faults,
            ..SandboxConfig::default()
        },
        extra_profiles,
        size,
        language,
    )
}

/// A window at 1280x800 on a sandbox started as `config` says, once the example preset is in
/// place.
pub fn world_on(config: SandboxConfig) -> World {
    let mut w = world_of(config, Vec::new(), egui::vec2(1280.0, 800.0), Language::En);
    wait_for(&mut w.harness, "the example preset", |h| {
        has(h, "The example preset is loaded")
    });
    w
}

fn world_of(
    config: SandboxConfig,
    extra_profiles: Vec<Profile>,
    size: egui::Vec2,
    language: Language,
) -> World {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let sandbox = runtime.block_on(sandbox::start(config)).expect("sandbox");
    let data = tempfile::tempdir().expect("tempdir");
    let mut setup = AppSetup::for_sandbox(
        runtime.handle().clone(),
        data.path().to_path_buf(),
        sandbox.base_url(),
        SecretStore::in_memory(),
    );
    let sandbox = std::sync::Arc::new(sandbox);
    setup.profiles.extend(extra_profiles);
    setup.client.max_retries = 0;
    setup.language = Some(language);
    setup.sandbox_streams = Some(live_record_vod::sandbox::streams::StreamControl(
        std::sync::Arc::clone(&sandbox),
    ));
    let harness = window_sized(setup, size, SavedState::default());
    World {
        harness,
        sandbox,
        data,
        _runtime: runtime,
    }
}

/// A window whose only profile signs with `credentials` and sends to the world's sandbox.
pub fn world_signing_with(credentials: Credentials) -> World {
    world_with_one_profile(
        |url| Profile {
            name: "test-key".into(),
            credentials,
            source: ProfileSource::Sandbox { base_url: url },
            guard: live_record_vod::credentials::Guard::SANDBOX,
        },
        window,
    )
}

/// A window whose only profile is `profile(the world's sandbox URL)`, built by `open`.
fn world_with_one_profile(
    profile: impl FnOnce(String) -> Profile,
    open: impl FnOnce(AppSetup) -> Harness<'static, LiveRecordApp>,
) -> World {
    let w = world_with(Faults::default(), Vec::new());
    let url = w.sandbox.base_url().to_string();
    drop(w.harness);
    let mut setup = AppSetup::for_sandbox(
        w._runtime.handle().clone(),
        w.data.path().to_path_buf(),
        &url,
        SecretStore::in_memory(),
    );
    setup.profiles = vec![profile(url)];
    setup.client.max_retries = 0;
    World {
        harness: open(setup),
        ..w
    }
}

/// A first run, once its example preset is in place.
pub fn world() -> World {
    let mut w = world_with(Faults::default(), Vec::new());
    wait_for(&mut w.harness, "the example preset", |h| {
        has(h, "The example preset is loaded")
    });
    w
}

/// The window for `setup`, at the size of the real one.
pub fn window(setup: AppSetup) -> Harness<'static, LiveRecordApp> {
    window_sized(setup, egui::vec2(1280.0, 800.0), SavedState::default())
}

/// The window for `setup` at `size`, remembering `saved`.
pub fn window_sized(
    setup: AppSetup,
    size: egui::Vec2,
    saved: SavedState,
) -> Harness<'static, LiveRecordApp> {
    Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| LiveRecordApp::new(&cc.egui_ctx, setup, saved))
}

/// Widgets a user reads or clicks that do not fit: cut off at the window's left or right
/// edge, or two of them drawn over each other. Content scrolled under the status bar is
/// hidden by it (egui reports the unclipped place), so it is left out. Empty when the layout
/// holds. `status_bar_widget` is a label in the status bar.
pub fn layout_problems(
    h: &Harness<'static, LiveRecordApp>,
    width: f32,
    status_bar_widget: &str,
) -> Vec<String> {
    use egui_kittest::kittest::NodeT;
    let interactive = [
        Role::Button,
        Role::CheckBox,
        Role::RadioButton,
        Role::ComboBox,
        Role::TextInput,
    ];
    let status = h
        .get_by_role_and_label(Role::ComboBox, status_bar_widget)
        .accesskit_node()
        .bounding_box()
        .expect("the status bar is drawn");
    let middle = |r: &egui::accesskit::Rect| (r.y0 + r.y1) / 2.0;
    let in_status_bar = |r: &egui::accesskit::Rect| (middle(r) - middle(&status)).abs() < 4.0;
    // The form scrolls above its submit bar: what is below the bar's top is clipped, unless it
    // is in the bar itself.
    let submit_bar = h
        .query_by_role_and_label(Role::Button, &live_record_vod::t!("cmd-submit"))
        .and_then(|n| n.accesskit_node().bounding_box());
    let under_submit_bar = |r: &egui::accesskit::Rect| {
        submit_bar.is_some_and(|bar| {
            r.y1 > bar.y0 - 2.0 && (middle(r) - middle(&bar)).abs() >= 4.0 && !in_status_bar(r)
        })
    };
    let mut problems = Vec::new();
    let mut shown = Vec::new();
    for node in h.root().children_recursive() {
        let ak = node.accesskit_node();
        let role = ak.role();
        let label = ak.label().unwrap_or_default();
        let Some(rect) = ak.bounding_box() else {
            continue;
        };
        if label.is_empty() || rect.width() < 1.0 {
            continue;
        }
        if !(interactive.contains(&role) || role == Role::Label) {
            continue;
        }
        let hidden =
            (rect.y1 > status.y0 - 2.0 && !in_status_bar(&rect)) || under_submit_bar(&rect);
        if hidden {
            continue;
        }
        if rect.x0 < -0.5 || rect.x1 > f64::from(width) + 0.5 {
            problems.push(format!(
                "{role:?} \"{label}\" reaches past the window: {rect:?}"
            ));
        }
        shown.push((label, rect));
    }
    for (i, (a, ra)) in shown.iter().enumerate() {
        for (b, rb) in &shown[i + 1..] {
            let overlap = ra.intersect(*rb);
            if overlap.width() > 2.0 && overlap.height() > 2.0 {
                problems.push(format!("\"{a}\" and \"{b}\" overlap"));
            }
        }
    }
    problems
}

/// Steps frames until `cond` holds (the worker answers on its own threads).
pub fn wait_for(
    h: &mut Harness<'static, LiveRecordApp>,
    what: &str,
    cond: impl Fn(&Harness<'static, LiveRecordApp>) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        h.step();
        if cond(h) {
            return;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(15));
    }
}

pub fn has(h: &Harness<'static, LiveRecordApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// Replaces the text of the field labelled `label`, as a user selecting all and typing.
pub fn retype(h: &mut Harness<'static, LiveRecordApp>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).focus();
    h.step();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.step();
    h.key_press(Key::Backspace);
    h.step();
    if !text.is_empty() {
        h.get_by_role_and_label(Role::TextInput, label)
            .type_text(text);
    }
    h.step();
    h.step();
}

pub fn submit_enabled(h: &Harness<'static, LiveRecordApp>) -> bool {
    !h.get_by_role_and_label(Role::Button, "Submit")
        .accesskit_node()
        .is_disabled()
}

/// Clicks the widget labelled `label` and lets the frame after it be drawn.
pub fn click(h: &mut Harness<'static, LiveRecordApp>, label: &str) {
    h.get_by_label(label).click();
    h.step();
    h.step();
}

pub fn click_submit(h: &mut Harness<'static, LiveRecordApp>) {
    h.get_by_role_and_label(Role::Button, "Submit").click();
    h.step();
    h.step();
}

/// Sends the form with this stream name and waits for its history row.
pub fn submit_stream(h: &mut Harness<'static, LiveRecordApp>, stream: &str) {
    retype(h, "Stream name", stream);
    click_submit(h);
    let row = history_row(stream);
    wait_for(h, "the history row", |h| has(h, &row));
}

/// The text of a sandbox history row for `stream` of the example app.
pub fn history_row(stream: &str) -> String {
    format!("live.example.com/app/{stream}  · sandbox")
}

/// Selects the history row of `stream`.
pub fn select_row(h: &mut Harness<'static, LiveRecordApp>, stream: &str) {
    // The row may be below the fold of the results panel: scroll the panel (to what is under
    // the list) and the list, as a user would.
    if let Some(below) = h.query_by_label_contains("Select an entry to see its details") {
        below.scroll_to_me();
        settle(h);
    }
    h.get_by_label_contains(&history_row(stream)).scroll_to_me();
    settle(h);
    h.get_by_label_contains(&history_row(stream)).click();
    h.step();
    h.step();
}

/// Shows the Batch view and opens `file` there, as a user types its path.
pub fn open_batch_file(h: &mut Harness<'static, LiveRecordApp>, file: &std::path::Path) {
    click(h, "Batch");
    click(h, "Open CSV…");
    type_file_path(h, file);
}

/// Types a path into the path field offered where there is no file dialog, and confirms it.
pub fn type_file_path(h: &mut Harness<'static, LiveRecordApp>, path: &std::path::Path) {
    wait_for(h, "the path field", |h| {
        has(h, "No file dialog is available here")
    });
    h.get_by_role_and_label(Role::TextInput, "File path")
        .focus();
    h.step();
    h.get_by_role_and_label(Role::TextInput, "File path")
        .type_text(path.to_str().expect("path"));
    h.step();
    h.get_by_role_and_label(Role::Button, "OK").click();
}

/// Steps frames for about half a second: egui's animations (a scroll, a section opening)
/// finish before the test reads where things are.
pub fn settle(h: &mut Harness<'static, LiveRecordApp>) {
    for _ in 0..20 {
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A window whose only profile, `name`, has `guard` and sends to the world's sandbox with its
/// demo key (a real account's band and guards, without a real account), in the dark theme.
pub fn world_guarded(
    name: &str,
    guard: live_record_vod::credentials::Guard,
    size: egui::Vec2,
    rendered: bool,
) -> World {
    world_guarded_beside(name, guard, size, rendered, None)
}

/// [`world_guarded`], with `profiles_json` as the saved profiles' file from the start.
pub fn world_guarded_beside(
    name: &str,
    guard: live_record_vod::credentials::Guard,
    size: egui::Vec2,
    rendered: bool,
    profiles_json: Option<&str>,
) -> World {
    let profiles_json = profiles_json.map(str::to_string);
    let profile = |url| Profile {
        name: name.into(),
        credentials: Credentials::new(
            live_record_vod::sandbox::DEMO_ACCESS_KEY_ID,
            live_record_vod::sandbox::DEMO_ACCESS_KEY_SECRET,
            None,
        ),
        source: ProfileSource::Sandbox { base_url: url },
        guard,
    };
    let open = move |setup: AppSetup| {
        if let Some(json) = &profiles_json {
            std::fs::write(setup.data_dir.join("profiles.json"), json).expect("profiles");
        }
        let saved = SavedState {
            theme: Some("dark".into()),
            ..SavedState::default()
        };
        let builder = Harness::builder()
            .with_size(size)
            .with_theme(egui::Theme::Dark);
        let builder = if rendered { builder.wgpu() } else { builder };
        builder.build_eframe(move |cc| LiveRecordApp::new(&cc.egui_ctx, setup, saved))
    };
    world_with_one_profile(profile, open)
}
