//! The Overview view in egui_kittest against the window's sandbox: a config's state, a live
//! stream no config covers, the filters, and a config opened in the form from its row.

use crate::window_helpers;

use eframe::egui::Role;
use egui_kittest::kittest::Queryable;
use live_record_vod::operation::{Field, Operation};
use window_helpers::*;

#[test]
fn the_overview_shows_each_configs_state_the_gaps_and_opens_a_config_in_the_form() {
    let mut w = world();
    let h = &mut w.harness;
    // The example config covers live.example.com/app/stream, which the sandbox has live.
    submit_stream(h, "stream");
    wait_for(h, "the success", |h| has(h, "will be stored in VOD"));
    click(h, "Overview");
    wait_for(h, "the account, read", |h| has(h, "streaming domains,"));
    assert!(has(h, "Is everything recording?"));
    assert!(h.query_by_label("app/stream").is_some(), "the config's row");
    assert!(
        h.query_by_label("Recording").is_some(),
        "live, and its first cycle is not over"
    );
    assert!(has(h, "Live now, not recorded into VOD: 4"));
    assert!(has(h, "live.example.com/live/cam1"), "a gap");

    // Problems only: a recording config is not one.
    click(h, "Problems only");
    assert!(h.query_by_label("app/stream").is_none(), "filtered out");
    click(h, "Problems only");
    retype(h, "Search", "nothing-like-this");
    assert!(h.query_by_label("app/stream").is_none(), "searched out");
    retype(h, "Search", "stream");
    assert!(h.query_by_label("app/stream").is_some());

    // The row opens its details, and Edit puts it in the form as an update.
    h.get_by_role_and_label(Role::Button, "live.example.com")
        .click();
    h.step();
    h.step();
    assert!(has(h, "A stream it covers is live now."));
    click(h, "Edit");
    assert_eq!(h.state().form_operation(), Operation::Update);
    assert_eq!(h.state().draft().get(Field::StreamName), "stream");
    assert_eq!(h.state().draft().get(Field::RegionId), "cn-shanghai");
}

#[test]
fn a_live_stream_is_simulated_from_the_sandbox_banner_and_stopped() {
    let mut w = world();
    let h = &mut w.harness;
    click(h, "Simulate a live stream…");
    retype(h, "Stream (domain/app/stream)", "push.example.com/a/b");
    click(h, "Start");
    assert!(
        has(h, "push.example.com is not a streaming domain"),
        "an ingest domain is refused with why"
    );
    retype(
        h,
        "Stream (domain/app/stream)",
        "live.example.com/show/final",
    );
    click(h, "Start");
    assert!(has(h, "Live: live.example.com/show/final"));
    assert_eq!(
        w.sandbox.simulated_streams(),
        ["live.example.com/show/final"]
    );
    click(h, "Stop");
    assert!(!has(h, "Live: live.example.com/show/final"));
    assert!(w.sandbox.simulated_streams().is_empty());
}

#[test]
fn recording_not_recording_and_idle_each_show_in_the_overview() {
    // Sandbox time 600 times faster: a 300 s cycle and the 3-minute grace pass in a second.
    let mut w = world_on(live_record_vod::sandbox::SandboxConfig {
        time_scale: 600,
        ..live_record_vod::sandbox::SandboxConfig::default()
    });
    let h = &mut w.harness;
    // Recording: the example config covers live.example.com/app/stream, live.
    retype(h, "Cycle duration (s)", "300");
    submit_stream(h, "stream");
    wait_for(h, "the success", |h| has(h, "will be stored in VOD"));
    // Not recording: sg.example.com/live/sg1 is live, and VOD is not activated there.
    retype(h, "Region", "ap-southeast-1");
    retype(h, "Streaming domain", "sg.example.com");
    retype(h, "App name", "live");
    retype(h, "Stream name", "sg1");
    click_submit(h);
    wait_for(h, "the second success", |h| {
        has(h, "sg.example.com/live/sg1 will be stored")
    });
    // Idle: beijing.example.com/app/morning is not live.
    retype(h, "Region", "cn-beijing");
    retype(h, "Streaming domain", "beijing.example.com");
    retype(h, "App name", "app");
    retype(h, "Stream name", "morning");
    click_submit(h);
    wait_for(h, "the third success", |h| {
        has(h, "beijing.example.com/app/morning will be stored")
    });
    std::thread::sleep(std::time::Duration::from_millis(1_500));
    click(h, "Overview");
    wait_for(h, "the states", |h| {
        h.query_by_label("Not recording").is_some()
            && h.query_by_label("Idle").is_some()
            && h.query_by_label("Recording").is_some()
    });
    click(h, "Problems only");
    assert!(h.query_by_label("Idle").is_none(), "idle is not a problem");
    assert!(h.query_by_label("Not recording").is_some());
    h.get_by_role_and_label(Role::Button, "sg.example.com")
        .click();
    h.step();
    h.step();
    assert!(
        has(h, "VOD is not activated in ap-southeast-1"),
        "the cause, said"
    );
}
