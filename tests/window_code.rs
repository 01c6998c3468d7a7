//! "Copy as code" in the window: the form's request and a history entry's, as an aliyun
//! command or SDK code, with a language picker; never a secret.

mod window_helpers;

use eframe::egui::Role;
use egui_kittest::kittest::Queryable;
use window_helpers::*;

#[test]
fn the_form_and_a_history_entry_copy_as_code() {
    let mut w = world();
    let h = &mut w.harness;
    h.get_by_role_and_label(Role::Button, "Copy as code…")
        .click();
    h.step();
    h.step();
    assert!(has(h, "aliyun live AddLiveRecordVodConfig"));
    assert!(has(h, "--DomainName live.example.com"));
    let sandbox_host = &w.sandbox.base_url()[7..];
    let h = &mut w.harness;
    assert!(
        has(h, &format!("--endpoint {sandbox_host}")),
        "the sandbox is the endpoint"
    );
    assert!(!has(h, live_record_vod::sandbox::DEMO_ACCESS_KEY_SECRET));

    h.get_by_role_and_label(Role::ComboBox, "Format").click();
    h.step();
    h.step();
    h.get_by_role_and_label(Role::Button, "Python").click();
    h.step();
    h.step();
    assert!(has(h, "models.AddLiveRecordVodConfigRequest("));
    assert!(has(h, "config.protocol = \"http\""));
    assert!(!has(h, live_record_vod::sandbox::DEMO_ACCESS_KEY_SECRET));
    h.key_press(eframe::egui::Key::Escape);
    h.step();
    h.step();
    assert!(
        !has(h, "models.AddLiveRecordVodConfigRequest("),
        "Esc closes it"
    );

    submit_stream(h, "coded");
    select_row(h, "coded");
    // The history entry's button (the form has its own).
    h.query_all_by_role_and_label(Role::Button, "Copy as code…")
        .last()
        .expect("the entry's button")
        .click();
    h.step();
    h.step();
    assert!(has(h, "stream_name=\"coded\""), "the entry's own values");
}
