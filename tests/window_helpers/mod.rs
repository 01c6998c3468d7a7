//! Helpers for the window tests: a sandbox and the window in a harness, waiting for what the
//! worker answers, typing and clicking as a user would.
#![allow(dead_code)]

use eframe::egui::{self, Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use live_record_vod::credentials::{Credentials, Profile, ProfileSource, SecretStore};
use live_record_vod::sandbox::{self, Faults, RunningSandbox, SandboxConfig};
use live_record_vod::ui::{AppSetup, LiveRecordApp, SavedState};
use std::time::{Duration, Instant};

pub struct World {
    pub harness: Harness<'static, LiveRecordApp>,
    pub sandbox: RunningSandbox,
    pub data: tempfile::TempDir,
    pub _runtime: tokio::runtime::Runtime,
}

pub fn world_with(faults: Faults, extra_profiles: Vec<Profile>) -> World {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let sandbox = runtime
        .block_on(sandbox::start(SandboxConfig {
            faults,
            ..SandboxConfig::default()
        }))
        .expect("sandbox");
    let data = tempfile::tempdir().expect("tempdir");
    let mut setup = AppSetup::for_sandbox(
        runtime.handle().clone(),
        data.path().to_path_buf(),
        sandbox.base_url(),
        SecretStore::in_memory(),
    );
    setup.profiles.extend(extra_profiles);
    setup.client.max_retries = 0;
    let harness = window(setup);
    World {
        harness,
        sandbox,
        data,
        _runtime: runtime,
    }
}

/// A window whose only profile signs with `credentials` and sends to the world's sandbox.
pub fn world_signing_with(credentials: Credentials) -> World {
    let w = world_with(Faults::default(), Vec::new());
    let url = w.sandbox.base_url().to_string();
    drop(w.harness);
    let mut setup = AppSetup::for_sandbox(
        w._runtime.handle().clone(),
        w.data.path().to_path_buf(),
        &url,
        SecretStore::in_memory(),
    );
    setup.profiles = vec![Profile {
        name: "test-key".into(),
        credentials,
        source: ProfileSource::Sandbox { base_url: url },
    }];
    setup.client.max_retries = 0;
    World {
        harness: window(setup),
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
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| LiveRecordApp::new(&cc.egui_ctx, setup, SavedState::default()))
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
    h.get_by_label_contains(&history_row(stream)).click();
    h.step();
    h.step();
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
