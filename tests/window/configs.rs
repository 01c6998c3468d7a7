//! The config lifecycle in the window (egui_kittest, widgets found by their accessible labels):
//! list a domain's configs, edit and update one, delete it after a confirmation, restore it
//! from the history, the ConfigAlreadyExists card's ways forward, and a batch from a CSV file
//! to its exported results.

use crate::window_helpers;

use eframe::egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use live_record_vod::operation::Operation;
use live_record_vod::ui::LiveRecordApp;
use window_helpers::*;

type Window = Harness<'static, LiveRecordApp>;

/// Shows the Configs view and lists the example domain's configs.
fn list_example_domain(h: &mut Window) {
    click(h, "Configs");
    retype(h, "Streaming domain", "live.example.com");
    click(h, "List configs");
    wait_for(h, "the listing", |h| has(h, "of live.example.com."));
}

#[test]
fn a_listed_config_is_edited_and_updated() {
    let mut w = world();
    let h = &mut w.harness;
    submit_stream(h, "cam1");
    list_example_domain(h);
    assert!(has(h, "1 config of live.example.com."));
    click(h, "app/cam1");
    click(h, "Edit");
    assert_eq!(h.state().form_operation(), Operation::Update);
    assert!(has(h, "Storage cannot be changed by an update"));
    retype(h, "Cycle duration (s)", "600");
    h.get_by_role_and_label(Role::Button, "Update").click();
    wait_for(h, "the update's success", |h| {
        has(
            h,
            "The record-to-VOD config of live.example.com/app/cam1 was updated",
        )
    });
    click(h, "Configs");
    wait_for(h, "the refreshed list", |h| has(h, "10 min"));
}

/// Sends `action` with `params` to the world's sandbox, signed with its demo key, as the
/// console or an official SDK would (with fields the program's form does not offer).
fn call_sandbox(w: &World, action: &'static str, params: Vec<(&'static str, String)>) -> String {
    use live_record_vod::client::{ApiCall, Client, ClientConfig, Endpoint};
    use live_record_vod::operation::catalog::Method;
    use live_record_vod::signing::{AccessKey, SignatureMethod};
    let client = Client::new(ClientConfig::default()).expect("client");
    let endpoint = Endpoint::custom(w.sandbox.base_url()).expect("endpoint");
    let call = ApiCall {
        action,
        version: "2016-11-01",
        method: Method::Post,
        sandbox_region: None,
        rate: None,
        params,
        key: AccessKey {
            id: live_record_vod::sandbox::DEMO_ACCESS_KEY_ID,
            secret: live_record_vod::sandbox::DEMO_ACCESS_KEY_SECRET,
            security_token: None,
        },
        signature: SignatureMethod::V3,
        endpoint: &endpoint,
        timeout: None,
    };
    let cancel = tokio_util::sync::CancellationToken::new();
    let result = w._runtime.block_on(client.send_api(&call, &cancel));
    assert!(result.outcome.is_success(), "{}", result.raw_body);
    result.raw_body
}

#[test]
fn a_config_made_in_the_console_survives_edit_and_update_unchanged() {
    let mut w = world();
    let domain = ("DomainName", "live.example.com".to_string());
    let app = ("AppName", "live".to_string());
    let stream = ("StreamName", "console".to_string());
    call_sandbox(
        &w,
        "AddLiveRecordVodConfig",
        vec![
            domain.clone(),
            app.clone(),
            stream.clone(),
            ("VodTranscodeGroupId", "VOD_NO_TRANSCODE".into()),
            ("OnDemand", "7".into()),
            ("TranscodeTemplates.1", "lld".into()),
            ("TranscodeTemplates.2", "lsd".into()),
            ("RecordFormat.1.Format", "m3u8".into()),
            ("RecordFormat.1.SliceDuration", "30".into()),
        ],
    );
    let h = &mut w.harness;
    list_example_domain(h);
    click(h, "live/console");
    click(h, "Edit");
    retype(h, "Cycle duration (s)", "600");
    h.get_by_role_and_label(Role::Button, "Update").click();
    wait_for(h, "the update's success", |h| {
        has(h, "live.example.com/live/console was updated")
    });
    let listed = call_sandbox(
        &w,
        "DescribeLiveRecordVodConfigs",
        vec![domain, app, stream],
    );
    let answer: serde_json::Value = serde_json::from_str(&listed).expect("json");
    let config = &answer["LiveRecordVodConfigs"]["LiveRecordVodConfig"][0];
    assert_eq!(config["CycleDuration"], 600, "{config}");
    assert_eq!(config["OnDemand"], 7, "{config}");
    assert_eq!(config["TranscodeTemplates"], "lld,lsd", "{config}");
    assert_eq!(
        config["RecordFormatList"]["RecordFormat"][0]["SliceDuration"], 30,
        "{config}"
    );
}

#[test]
fn a_config_is_deleted_after_confirmation_and_restored_from_the_history() {
    let mut w = world();
    let h = &mut w.harness;
    submit_stream(h, "cam2");
    list_example_domain(h);
    click(h, "app/cam2");
    click(h, "Delete config…");
    assert!(has(
        h,
        "Recording of live.example.com/app/cam2 into VOD stops"
    ));
    click(h, "Keep it");
    assert_eq!(w.sandbox.config_count(), 1, "Keep it deletes nothing");
    let h = &mut w.harness;
    click(h, "Delete config…");
    click(h, "Delete config");
    wait_for(h, "the delete's success", |h| {
        has(
            h,
            "Recording of live.example.com/app/cam2 into VOD has stopped",
        )
    });
    wait_for(h, "the emptied list", |h| {
        has(h, "live.example.com has no record-to-VOD configs.")
    });
    assert_eq!(w.sandbox.config_count(), 0);

    let h = &mut w.harness;
    let delete_row = "Delete  live.example.com/app/cam2";
    wait_for(h, "the delete's history row", |h| has(h, delete_row));
    h.get_by_label_contains(delete_row).click();
    h.step();
    h.step();
    click(h, "Restore");
    wait_for(h, "the restore's success", |h| {
        has(
            h,
            "Recordings of live.example.com/app/cam2 will be stored in VOD",
        )
    });
    wait_for(h, "the restored config in the list", |h| {
        has(h, "1 config of live.example.com.")
    });
    assert_eq!(w.sandbox.config_count(), 1);

    // The delete's own result card offers the restore.
    let h = &mut w.harness;
    click(h, "app/cam2");
    click(h, "Delete config…");
    click(h, "Delete config");
    wait_for(h, "the second delete", |h| has(h, "Deleted by mistake?"));
    assert_eq!(w.sandbox.config_count(), 0);
    let h = &mut w.harness;
    click(h, "Restore it");
    wait_for(h, "the restore from the card", |h| {
        has(
            h,
            "Recordings of live.example.com/app/cam2 will be stored in VOD",
        )
    });
    assert_eq!(w.sandbox.config_count(), 1);
}

#[test]
fn config_already_exists_offers_to_show_it_or_update_it() {
    let mut w = world();
    let h = &mut w.harness;
    submit_stream(h, "twice");
    click_submit(h);
    wait_for(h, "the exists card", |h| has(h, "Show the existing config"));
    click(h, "Update it instead");
    assert_eq!(h.state().form_operation(), Operation::Update);
    assert!(h.query_by_role_and_label(Role::Button, "Update").is_some());
    h.get_by_role_and_label(Role::Button, "Update").click();
    wait_for(h, "the update's success", |h| has(h, "was updated"));
    // Back to the card after another add.
    click(h, "Add a new config");
    click_submit(h);
    wait_for(h, "the exists card", |h| has(h, "Show the existing config"));
    click(h, "Show the existing config");
    wait_for(h, "the existing config listed", |h| has(h, "app/twice"));
    wait_for(h, "the existing config selected", |h| {
        h.query_by_role_and_label(Role::Button, "Delete config…")
            .is_some()
    });
}

#[test]
fn a_batch_goes_from_a_csv_file_to_exported_results() {
    let mut w = world();
    let file = w.data.path().join("streams.csv");
    // Empty cells take the form's values (the example preset): only the streams differ.
    std::fs::write(
        &file,
        "\u{feff}StreamName,CycleDuration\r\nb1,\r\nb2,600\r\nbad stream,\r\nb3,\r\n",
    )
    .expect("write");
    let h = &mut w.harness;
    open_batch_file(h, &file);
    wait_for(h, "the check", |h| {
        has(
            h,
            "4 rows (UTF-8) to add configs: 3 can be sent, 1 with errors",
        )
    });
    assert!(
        has(h, "StreamName cannot contain spaces") || has(h, "Stream name cannot contain spaces")
    );
    let start = "Start: send 3 rows";
    assert!(
        h.get_by_role_and_label(Role::Button, start)
            .accesskit_node()
            .is_disabled()
    );
    click(h, "Skip the rows with errors (1)");
    click(h, start);
    wait_for(h, "the batch to finish", |h| {
        has(h, "done: 3 done, 0 failed, 0 unknown, 0 not sent")
    });
    wait_for(h, "the results", |h| has(h, "app/b3") && has(h, "skipped"));
    assert_eq!(w.sandbox.config_count(), 3);
    assert!(has(h, "Results of batch 1"));

    click(h, "Export CSV…");
    let exported = w.data.path().join("results.csv");
    type_file_path(h, &exported);
    wait_for(h, "the export", |h| has(h, "Exported 4 rows to"));
    let text = std::fs::read_to_string(&exported).expect("exported");
    assert!(text.contains(",skipped,"), "{text}");
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("b2,VOD_NO_TRANSCODE,600,done,"), "{text}");
}

#[test]
fn a_slow_batch_pauses_resumes_cancels_and_is_resumed_later() {
    let faults = live_record_vod::sandbox::Faults {
        latency: std::time::Duration::from_millis(150),
        ..Default::default()
    };
    let mut w = world_with(faults, Vec::new());
    let file = w.data.path().join("slow.csv");
    let rows: String = (0..40).map(|i| format!("slow{i}\r\n")).collect();
    std::fs::write(&file, format!("StreamName\r\n{rows}")).expect("write");
    let h = &mut w.harness;
    wait_for(h, "the example preset", |h| {
        has(h, "The example preset is loaded")
    });
    open_batch_file(h, &file);
    wait_for(h, "the check", |h| {
        has(h, "40 rows (UTF-8) to add configs: 40 can be sent")
    });
    click(h, "Start: send 40 rows");
    wait_for(h, "the progress", |h| has(h, "/40 done ·"));
    click(h, "Pause");
    wait_for(h, "the pause", |h| has(h, "Resume sending"));
    click(h, "Resume sending");
    click(h, "Cancel");
    wait_for(h, "the cancel", |h| has(h, "Batch 1 was cancelled"));
    let sent = w.sandbox.config_count();
    assert!((1..40).contains(&sent), "{sent}");
    let h = &mut w.harness;
    wait_for(h, "the batch list", |h| has(h, "Add configs · cancelled:"));
    click(h, "Resume");
    wait_for(h, "the rest", |h| {
        has(h, "Batch 1 is done: every row sent succeeded.")
    });
    assert_eq!(w.sandbox.config_count(), 40);
}

#[test]
fn retry_failed_sends_the_corrected_rows_and_the_card_keeps_the_batch_totals() {
    use egui_kittest::kittest::NodeT;
    let mut w = world_in(
        live_record_vod::i18n::Language::En,
        eframe::egui::vec2(800.0, 600.0),
    );
    let file = w.data.path().join("retry.csv");
    let csv = "StreamName,VodTranscodeGroupId\r\nr1,\r\nr2,\r\nr3,no-such-group\r\n";
    std::fs::write(&file, csv).expect("write");
    let h = &mut w.harness;
    open_batch_file(h, &file);
    wait_for(h, "the check", |h| has(h, "3 can be sent"));
    click(h, "Start: send 3 rows");
    wait_for(h, "the batch to finish", |h| {
        has(h, "Batch 1 is done, with failures")
    });
    wait_for(h, "the earlier batches", |h| {
        h.query_by_role_and_label(Role::Button, "Retry failed")
            .is_some()
    });
    // In reach at the smallest window: it was past the right edge.
    h.get_by_role_and_label(Role::Button, "Retry failed")
        .scroll_to_me();
    settle(h);
    let retry = h
        .get_by_role_and_label(Role::Button, "Retry failed")
        .accesskit_node()
        .bounding_box()
        .expect("drawn");
    assert!(
        retry.x1 <= 800.0,
        "Retry failed is past the edge: {retry:?}"
    );
    click(h, "Retry failed");
    wait_for(h, "the review", |h| {
        has(h, "The file gives the failed rows no new value")
    });
    std::fs::write(&file, csv.replace("no-such-group", "VOD_NO_TRANSCODE")).expect("write");
    click(h, "Look at the file again");
    wait_for(h, "the change", |h| {
        has(h, "VodTranscodeGroupId: no-such-group → VOD_NO_TRANSCODE")
    });
    assert!(has(h, "Row 4 (live.example.com/app/r3):"));
    click(h, "Send 1 failed row again");
    wait_for(h, "the retry to finish", |h| {
        has(h, "Batch 1 is done: every row sent succeeded.")
    });
    assert!(has(
        h,
        "Batch 1 in all: 3 done, 0 failed, 0 unknown, 0 not sent, 0 skipped."
    ));
    assert!(has(h, "1 row sent in"));
    assert_eq!(w.sandbox.config_count(), 3);
}

#[test]
fn edit_opens_the_form_at_its_top_with_the_mode_switch_in_sight() {
    use egui_kittest::kittest::NodeT;
    let mut w = world();
    let h = &mut w.harness;
    submit_stream(h, "cam1");
    // The form scrolled down to its last fields, as after filling it in.
    h.get_by_label("Advanced").scroll_to_me();
    settle(h);
    click(h, "Advanced");
    settle(h);
    h.get_all_by_label_contains("On-demand recording")
        .last()
        .expect("Advanced is open")
        .scroll_to_me();
    settle(h);
    let top = |h: &Window| {
        h.get_by_role_and_label(Role::RadioButton, "Update an existing config")
            .accesskit_node()
            .bounding_box()
            .expect("drawn")
    };
    let form_top = h
        .get_by_role_and_label(Role::Button, "Form")
        .accesskit_node()
        .bounding_box()
        .expect("the tabs")
        .y1;
    assert!(
        top(h).y0 < form_top,
        "the test scrolled the form down first"
    );
    list_example_domain(h);
    click(h, "app/cam1");
    click(h, "Edit");
    h.step();
    let mode = top(h);
    assert!(
        mode.y0 > form_top && mode.y1 < 800.0,
        "the mode switch is out of sight after Edit: {mode:?}"
    );
    assert_eq!(h.state().form_operation(), Operation::Update);
}

#[test]
fn the_batch_check_uses_the_account_as_the_form_does() {
    let mut w = world();
    let file = w.data.path().join("account.csv");
    std::fs::write(
        &file,
        format!(
            "DomainName,StreamName\r\nlive.example.com,a1\r\n{},a2\r\n",
            live_record_vod::sandbox::world::MISSING_DOMAIN
        ),
    )
    .expect("write");
    let h = &mut w.harness;
    click(h, "Read the account");
    wait_for(h, "the account's domains", |h| {
        has(h, "streaming domains as of")
    });
    open_batch_file(h, &file);
    wait_for(h, "the check", |h| has(h, "2 rows (UTF-8) to add configs"));
    assert!(
        has(h, "1 can be sent, 1 with errors"),
        "the row is refused before sending"
    );
    assert!(has(
        h,
        &format!(
            "The account has no domain \"{}\"",
            live_record_vod::sandbox::world::MISSING_DOMAIN
        )
    ));
}
