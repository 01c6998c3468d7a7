//! The window, driven as a user drives it (egui_kittest, widgets found by their accessible
//! labels), against the built-in sandbox started by each test.

use crate::common;
use crate::window_helpers;

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use live_record_vod::credentials::{Credentials, SecretStore};
use live_record_vod::operation::Field;
use live_record_vod::sandbox::{self, Faults, SandboxConfig};
use live_record_vod::storage::{History, HistoryQuery};
use live_record_vod::ui::AppSetup;
use std::time::{Duration, Instant};

use eframe::egui::Role;
use window_helpers::*;

#[test]
fn first_run_submits_to_the_sandbox_and_records_it() {
    let mut w = world();
    let h = &mut w.harness;
    wait_for(h, "the first frame", |h| {
        has(h, "Sandbox — nothing is sent to Alibaba Cloud")
    });
    wait_for(h, "the example preset", |h| {
        has(h, "The example preset is loaded")
    });
    assert_eq!(h.state().draft().get(Field::DomainName), "live.example.com");
    assert!(submit_enabled(h));
    click_submit(h);
    wait_for(h, "the success card", |h| {
        has(h, "Success — sandbox, not a real result")
    });
    assert!(has(
        h,
        "Recordings of live.example.com/app/stream will be stored in VOD in cn-shanghai."
    ));
    assert!(has(h, "RequestId: SANDBOX-"));
    wait_for(h, "the history row", |h| {
        h.query_by_label_contains("live.example.com/app/stream  · sandbox")
            .is_some()
    });
    assert_eq!(w.sandbox.config_count(), 1);
}

#[test]
fn out_of_range_cycle_is_an_inline_error_and_blocks_submit() {
    let mut w = world();
    let h = &mut w.harness;
    h.step();
    retype(h, "Cycle duration (s)", "120");
    assert!(has(h, "at least 300"), "inline error for 120 s");
    assert!(!submit_enabled(h));
    assert!(has(h, "Fix Cycle duration (s) above to submit."));
    retype(h, "Cycle duration (s)", "7200");
    assert!(!has(h, "at least 300"));
    assert!(has(h, "= 2 h per file"));
    assert!(submit_enabled(h));
}

#[test]
fn auto_compose_without_its_group_blocks_submit() {
    let mut w = world();
    let h = &mut w.harness;
    h.step();
    h.get_by_role_and_label(Role::CheckBox, "Auto compose")
        .click();
    h.step();
    h.step();
    let compose = Field::ComposeVodTranscodeGroupId.label();
    assert!(
        h.query_by_role_and_label(Role::TextInput, &compose)
            .is_some(),
        "the switch reveals its group ID"
    );
    assert!(!submit_enabled(h));
    retype(h, &compose, "sandbox-group");
    assert!(submit_enabled(h));
}

#[test]
fn pasted_stream_url_is_split_into_its_parts() {
    let mut w = world();
    let h = &mut w.harness;
    h.step();
    retype(h, "Streaming domain", "rtmp://push.example.com/shop/news");
    assert!(!submit_enabled(h));
    h.get_by_label_contains("Split the URL").click();
    h.step();
    h.step();
    let draft = h.state().draft();
    assert_eq!(draft.get(Field::DomainName), "push.example.com");
    assert_eq!(draft.get(Field::AppName), "shop");
    assert_eq!(draft.get(Field::StreamName), "news");
}

#[test]
fn permission_error_shows_explanation_and_ram_policy() {
    let mut w = world_signing_with(Credentials::new(
        "LTAI5tSandboxNoPermit001",
        live_record_vod::sandbox::DEMO_ACCESS_KEY_SECRET,
        None,
    ));
    let h = &mut w.harness;
    h.step();
    click_submit(h);
    wait_for(h, "the error card", |h| has(h, "Error code Forbidden.RAM"));
    assert!(has(h, "What to do:"));
    assert!(has(h, "The RAM policy that grants this call:"));
    let policy_shown = h.query_all_by_role(Role::MultilineTextInput).any(|n| {
        n.value()
            .is_some_and(|v| v.contains("live:AddLiveRecordVodConfig") && v.contains("acs:cdn:*:"))
    });
    assert!(policy_shown, "the RAM policy JSON is shown");
    assert!(h.query_by_label("Copy policy").is_some());
}

#[test]
fn cancel_stops_a_slow_request_and_the_window_keeps_drawing() {
    let mut w = world_with(
        Faults {
            latency: Duration::from_secs(20),
            ..Faults::default()
        },
        Vec::new(),
    );
    let h = &mut w.harness;
    h.step();
    click_submit(h);
    // A second click while in flight sends nothing: the button is disabled.
    assert!(!submit_enabled(h));
    h.get_by_role_and_label(Role::Button, "Submit").click();
    h.step();
    wait_for(h, "the spinner", |h| {
        has(h, "Adding live.example.com/app/stream")
    });
    // The window stays responsive: frames keep coming while the request is in flight.
    let started = Instant::now();
    let mut frames = 0;
    while started.elapsed() < Duration::from_millis(500) {
        h.step();
        frames += 1;
    }
    assert!(frames >= 10, "only {frames} frames in 0.5 s");
    retype(h, "Stream name", "typed-while-sending");
    assert_eq!(
        h.state().draft().get(Field::StreamName),
        "typed-while-sending"
    );
    h.get_by_role_and_label(Role::Button, "Cancel").click();
    wait_for(h, "the cancelled card", |h| has(h, "Cancelled"));
    assert!(submit_enabled(h));
    let history = History::open(w.data.path()).expect("history");
    let all = history.page(&HistoryQuery::default(), 0, 10).expect("page");
    assert_eq!(all.len(), 1, "a double click sent once");
}

#[test]
fn a_history_entry_loads_back_into_the_form() {
    let mut w = world();
    let h = &mut w.harness;
    h.step();
    submit_stream(h, "first");
    retype(h, "Stream name", "second");
    select_row(h, "first");
    h.get_by_role_and_label(Role::Button, "Load into form")
        .click();
    h.step();
    assert_eq!(h.state().draft().get(Field::StreamName), "first");
}

#[test]
fn a_preset_saves_and_loads_with_chinese_text() {
    let mut w = world();
    let h = &mut w.harness;
    wait_for(h, "the example preset", |h| {
        has(h, "The example preset is loaded")
    });
    retype(h, "App name", "直播间");
    assert!(has(h, "unsaved changes"));
    h.get_by_role_and_label(Role::Button, "Save as…").click();
    h.step();
    h.step();
    h.get_by_role_and_label(Role::TextInput, "Preset name")
        .type_text("上海 门店");
    h.step();
    h.get_by_role_and_label(Role::Button, "Save preset").click();
    wait_for(h, "the saved preset", |h| {
        has(h, "Saved the preset \"上海 门店\".")
    });
    assert!(!has(h, "unsaved changes"));
    // Let the closed dialog give focus back before typing again.
    for _ in 0..3 {
        h.step();
    }
    retype(h, "App name", "other");
    // Switch to the example: the unsaved change is confirmed first.
    h.get_by_role_and_label(Role::ComboBox, "Preset").click();
    h.step();
    h.step();
    h.get_by_role_and_label(Role::Button, "Example (sandbox)")
        .click();
    h.step();
    h.step();
    h.get_by_role_and_label(Role::Button, "Discard and load")
        .click();
    h.step();
    assert_eq!(h.state().draft().get(Field::AppName), "app");
    let saved = live_record_vod::storage::PresetStore::new(w.data.path())
        .load("上海 门店")
        .expect("saved on disk");
    assert_eq!(saved.fields.get(Field::AppName), "直播间");
}

#[test]
fn a_profile_added_in_the_dialog_keeps_its_secret_in_the_keyring() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let sandbox = runtime
        .block_on(sandbox::start(SandboxConfig::default()))
        .expect("sandbox");
    let data = tempfile::tempdir().expect("tempdir");
    let secrets = SecretStore::in_memory();
    let mut h = window(AppSetup::for_sandbox(
        runtime.handle().clone(),
        data.path().to_path_buf(),
        sandbox.base_url(),
        secrets.clone(),
    ));
    h.step();
    h.get_by_role_and_label(Role::Button, "Profiles…").click();
    h.step();
    h.step();
    h.get_by_role_and_label(Role::Button, "Add profile…")
        .click();
    h.step();
    h.step();
    for (role, label, text) in [
        (Role::TextInput, "Profile name", "work"),
        (Role::TextInput, "AccessKey ID", "LTAI5tWindowTest000001"),
        (
            Role::PasswordInput,
            "AccessKey secret",
            "WindowSecret0000000000000000001",
        ),
    ] {
        h.get_by_role_and_label(role, label).focus();
        h.step();
        h.get_by_role_and_label(role, label).type_text(text);
        h.step();
    }
    assert!(!has(&h, "WindowSecret0000"), "the secret is masked");
    // Saving waits until the user says what account it reaches.
    assert!(
        h.get_by_role_and_label(Role::Button, "Save profile")
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_role_and_label(Role::RadioButton, "Production account")
        .click();
    h.step();
    h.step();
    h.get_by_role_and_label(Role::Button, "Save profile")
        .click();
    wait_for(&mut h, "the saved notice", |h| {
        has(h, "Saved the profile \"work\"")
    });
    wait_for(&mut h, "the profile row", |h| {
        has(h, "LTAI5tWindowTest000001")
    });
    let stored = secrets
        .get(
            "work",
            live_record_vod::credentials::SecretKind::AccessKeySecret,
        )
        .expect("store")
        .expect("secret");
    assert_eq!(stored.expose(), "WindowSecret0000000000000000001");
    for file in common::walk(data.path()) {
        let text = String::from_utf8_lossy(&std::fs::read(&file).unwrap_or_default()).to_string();
        assert!(
            !text.contains("WindowSecret"),
            "secret in {}",
            file.display()
        );
    }
    h.get_by_role_and_label(Role::Button, "Rename work").click();
    h.step();
    h.step();
    h.get_by_role_and_label(Role::TextInput, "New profile name")
        .focus();
    h.step();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.step();
    h.get_by_role_and_label(Role::TextInput, "New profile name")
        .type_text("office");
    h.step();
    h.get_by_role_and_label(Role::Button, "Rename profile")
        .click();
    wait_for(&mut h, "the rename", |h| {
        has(h, "Renamed the profile \"work\" to \"office\"")
    });
    h.get_by_role_and_label(Role::Button, "Remove office")
        .click();
    wait_for(&mut h, "the removal", |h| {
        has(h, "Removed the profile \"office\"")
    });
    for name in ["work", "office"] {
        let kind = live_record_vod::credentials::SecretKind::AccessKeySecret;
        assert!(matches!(secrets.get(name, kind), Ok(None)), "{name}");
    }
}

#[test]
fn presets_export_and_import_through_the_path_field_when_no_file_dialog_exists() {
    let mut w = world();
    let file = w.data.path().join("shared-presets.json");
    let h = &mut w.harness;
    h.get_by_role_and_label(Role::Button, "Export presets…")
        .click();
    h.step();
    h.step();
    h.get_by_role_and_label(Role::Button, "This preset…")
        .click();
    type_file_path(h, &file);
    wait_for(h, "the export notice", |h| has(h, "Exported 1 preset(s)"));
    assert!(file.is_file());
    h.get_by_role_and_label(Role::Button, "Import presets…")
        .click();
    type_file_path(h, &file);
    wait_for(h, "the import notice", |h| {
        has(
            h,
            "Imported \"Example (sandbox)\" as \"Example (sandbox) (2)\"",
        )
    });
}

#[test]
fn history_search_narrows_the_list() {
    let mut w = world();
    let h = &mut w.harness;
    for stream in ["alpha", "beta"] {
        submit_stream(h, stream);
    }
    assert!(has(h, "2 entries, newest first"));
    h.get_by_role_and_label(Role::TextInput, "Search history")
        .focus();
    h.step();
    h.get_by_role_and_label(Role::TextInput, "Search history")
        .type_text("alpha");
    wait_for(h, "the filtered list", |h| has(h, "1 entry"));
    assert!(has(h, &history_row("alpha")));
    assert!(!has(h, &history_row("beta")));
}

#[test]
fn retry_sends_a_history_entry_again() {
    let mut w = world();
    let h = &mut w.harness;
    submit_stream(h, "again");
    retype(h, "Stream name", "other");
    select_row(h, "again");
    h.get_by_role_and_label(Role::Button, "Retry").click();
    wait_for(h, "the second answer", |h| {
        has(h, "Error code ConfigAlreadyExists")
    });
    assert_eq!(h.state().draft().get(Field::StreamName), "again");
    assert_eq!(w.sandbox.config_count(), 1);
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut w = world();
    let h = &mut w.harness;
    retype(h, "App name", "changed");
    assert!(has(h, "unsaved changes"));
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    let cancelled = h
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::CancelClose));
    assert!(cancelled, "the close was held back");
    h.step();
    assert!(has(h, "Quit without saving?"));
    h.get_by_role_and_label(Role::Button, "Keep editing")
        .click();
    h.step();
    h.step();
    assert!(!has(h, "Quit without saving?"));
    assert_eq!(h.state().draft().get(Field::AppName), "changed");
}

#[test]
fn a_failed_signature_shows_the_service_string_to_sign_beside_ours() {
    let mut w = world_signing_with(Credentials::new(
        live_record_vod::sandbox::DEMO_ACCESS_KEY_ID,
        "not-the-secret",
        None,
    ));
    let h = &mut w.harness;
    h.step();
    click_submit(h);
    wait_for(h, "the error card", |h| {
        has(h, "Error code SignatureDoesNotMatch")
    });
    assert!(has(h, "proxy or gateway"));
    assert!(has(h, "the AccessKey secret is what differs"));
    let shown = h.query_all_by_role(Role::MultilineTextInput).any(|n| {
        n.value().is_some_and(|v| {
            v.starts_with("service: ACS3-HMAC-SHA256") && v.contains("ours:    ACS3-HMAC-SHA256")
        })
    });
    assert!(shown, "both strings to sign are shown");
}

#[test]
fn a_damaged_sandbox_state_is_said_in_the_banner_until_reset() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sb = runtime
        .block_on(sandbox::start(SandboxConfig::default()))
        .expect("sandbox");
    let data = tempfile::tempdir().expect("tempdir");
    let mut setup = AppSetup::for_sandbox(
        runtime.handle().clone(),
        data.path().to_path_buf(),
        sb.base_url(),
        SecretStore::in_memory(),
    );
    setup.sandbox_problem = Some(live_record_vod::i18n::Said::verbatim(
        "The sandbox's saved configs cannot be read",
    ));
    let mut h = window_helpers::window(setup);
    h.step();
    assert!(window_helpers::has(&h, "saved configs cannot be read"));
    h.get_by_label("Reset sandbox…").click();
    h.step();
    h.step();
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Reset sandbox")
        .click();
    h.step();
    h.step();
    assert!(!window_helpers::has(&h, "saved configs cannot be read"));
}

#[test]
fn a_history_entrys_actions_are_in_reach_below_a_result_at_800x600() {
    let mut w = world_in(
        live_record_vod::i18n::Language::En,
        egui::vec2(800.0, 600.0),
    );
    let h = &mut w.harness;
    submit_stream(h, "first");
    submit_stream(h, "second");
    wait_for(h, "the result card", |h| has(h, "Copy RequestId"));
    select_row(h, "first");
    for _ in 0..3 {
        h.step();
    }
    let bar = h
        .get_by_role_and_label(Role::ComboBox, "Theme")
        .accesskit_node()
        .bounding_box()
        .map_or(600.0, |r| r.y0);
    for label in ["Load into form", "Retry", "Delete entry"] {
        let rect = h
            .get_by_role_and_label(Role::Button, label)
            .accesskit_node()
            .bounding_box()
            .expect("drawn");
        assert!(
            rect.y1 <= bar && rect.y0 >= 0.0 && rect.x1 <= 800.0,
            "{label} is out of sight at {rect:?} (status bar at {bar})"
        );
    }
    h.get_by_role_and_label(Role::Button, "Load into form")
        .click();
    h.step();
    assert_eq!(h.state().draft().get(Field::StreamName), "first");
}
