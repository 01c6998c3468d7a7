//! The window from the keyboard: Esc closes the topmost dialog or popup (a profile being typed
//! asks first), Enter confirms a confirmation, Tab goes down the form.

use crate::window_helpers;

use eframe::egui::{Key, Modifiers, Role};
use egui_kittest::kittest::Queryable;
use window_helpers::*;

fn press(h: &mut egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>, key: Key) {
    h.key_press(key);
    h.step();
    h.step();
}

#[test]
fn esc_closes_dialogs_and_asks_before_losing_a_typed_profile() {
    let mut w = world();
    let h = &mut w.harness;
    h.get_by_role_and_label(Role::Button, "About").click();
    h.step();
    h.step();
    assert!(has(h, "Version "));
    press(h, Key::Escape);
    assert!(!has(h, "Version "), "Esc closes About");

    h.get_by_role_and_label(Role::Button, "Profiles…").click();
    h.step();
    h.step();
    h.get_by_role_and_label(Role::Button, "Add profile…")
        .click();
    h.step();
    h.step();
    retype(h, "Profile name", "half-typed");
    press(h, Key::Escape);
    assert!(
        has(h, "Discard this profile?"),
        "a typed profile asks first"
    );
    press(h, Key::Escape);
    assert!(!has(h, "Discard this profile?"));
    assert!(
        h.query_by_role_and_label(Role::TextInput, "Profile name")
            .is_some(),
        "kept"
    );
    press(h, Key::Escape);
    press(h, Key::Enter);
    assert!(
        h.query_by_role_and_label(Role::TextInput, "Profile name")
            .is_none(),
        "discarded"
    );
    press(h, Key::Escape);
    assert!(
        !has(h, "Secrets are kept in your system's keyring"),
        "Esc closes Profiles"
    );

    h.get_by_label("Choose region…").click();
    h.step();
    h.step();
    assert!(has(h, "Singapore — ap-southeast-1"));
    press(h, Key::Escape);
    assert!(
        !has(h, "Singapore — ap-southeast-1"),
        "Esc closes the region picker"
    );
}

#[test]
fn enter_confirms_a_delete() {
    let mut w = world();
    let h = &mut w.harness;
    submit_stream(h, "enter");
    h.get_by_label("Configs").click();
    h.step();
    h.get_by_label("List configs").click();
    wait_for(h, "the listing", |h| {
        has(h, "1 config of live.example.com.")
    });
    h.get_by_label("app/enter").click();
    h.step();
    h.step();
    h.get_by_label("Delete config…").click();
    h.step();
    h.step();
    press(h, Key::Enter);
    wait_for(h, "the delete", |h| has(h, "has stopped"));
    assert_eq!(w.sandbox.config_count(), 0);
}

#[test]
fn tab_goes_down_the_form() {
    let mut w = world();
    let h = &mut w.harness;
    h.get_by_role_and_label(Role::TextInput, "Streaming domain")
        .focus();
    h.step();
    press(h, Key::Tab);
    assert!(
        h.get_by_role_and_label(Role::TextInput, "App name")
            .is_focused()
    );
    press(h, Key::Tab);
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Stream name")
            .is_focused()
    );
}

#[test]
fn esc_and_enter_answer_the_clear_history_question() {
    let mut w = world();
    let h = &mut w.harness;
    submit_stream(h, "kept");
    h.get_by_label("Clear all…").click();
    h.step();
    h.step();
    assert!(has(h, "Clear the whole history?"));
    press(h, Key::Escape);
    assert!(!has(h, "Clear the whole history?"), "Esc keeps the history");
    assert!(has(h, &history_row("kept")));
    h.get_by_label("Clear all…").click();
    h.step();
    h.step();
    press(h, Key::Enter);
    wait_for(h, "the emptied history", |h| has(h, "No submissions yet"));
}

#[test]
fn the_submit_bar_names_the_field_to_fix_and_brings_it_into_view() {
    use egui_kittest::kittest::NodeT;
    let mut w = window_helpers::world_in(
        live_record_vod::i18n::Language::En,
        eframe::egui::vec2(800.0, 600.0),
    );
    let h = &mut w.harness;
    retype(h, "Storage location", "http://not-a-host");
    // Back at the top of the form: the storage field is below the fold.
    retype(h, "Region", "cn-shanghai");
    for _ in 0..10 {
        h.step();
    }
    let submit_top = |h: &egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>| {
        h.get_by_role_and_label(Role::Button, "Submit")
            .accesskit_node()
            .bounding_box()
            .expect("drawn")
            .y0
    };
    let storage_top = |h: &egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>| {
        h.get_by_label("Storage location")
            .accesskit_node()
            .bounding_box()
            .expect("drawn")
            .y0
    };
    assert!(
        storage_top(h) > submit_top(h),
        "below the fold to start with"
    );
    h.get_by_label("Fix Storage location above to submit.")
        .click();
    for _ in 0..10 {
        h.step();
    }
    assert!(
        storage_top(h) < submit_top(h),
        "in view: {} above the submit bar at {}",
        storage_top(h),
        submit_top(h)
    );
}

#[test]
fn the_form_comes_first_in_the_tab_order_and_ctrl_l_goes_to_it() {
    let mut w = world();
    let h = &mut w.harness;
    h.step();
    // The window just opened, nothing focused: the first Tab lands in the form's first field,
    // not in the top bar's thirty-odd buttons.
    press(h, Key::Tab);
    h.step();
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Region")
            .is_focused(),
        "the first Tab reaches the form"
    );
    // On down the form: the region's list, then the domain's.
    let domain = |h: &egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>| {
        h.get_by_role_and_label(Role::TextInput, "Streaming domain")
            .is_focused()
    };
    for _ in 0..3 {
        if !domain(h) {
            press(h, Key::Tab);
        }
    }
    assert!(domain(h), "the domain is a few Tabs after the region");
    // From another view, Ctrl+L shows the form with the cursor in its first field.
    click(h, "Configs");
    h.key_press_modifiers(Modifiers::COMMAND, Key::L);
    h.step();
    h.step();
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Region")
            .is_focused()
    );
}

#[test]
fn tab_leaves_an_expanded_raw_response() {
    let mut w = world();
    let h = &mut w.harness;
    h.step();
    click_submit(h);
    wait_for(h, "the result", |h| has(h, "Copy RequestId"));
    click(h, "Raw response");
    let raw = h
        .get_all_by_role(Role::MultilineTextInput)
        .next()
        .expect("the raw response is shown");
    raw.focus();
    h.step();
    press(h, Key::Tab);
    h.step();
    assert!(
        h.get_all_by_role(Role::MultilineTextInput)
            .all(|n| !n.is_focused()),
        "Tab stayed in the raw response"
    );
}

#[test]
fn tab_into_a_field_below_the_fold_scrolls_it_into_view_at_800x600() {
    use egui_kittest::kittest::NodeT;
    let mut w = world_in(
        live_record_vod::i18n::Language::En,
        eframe::egui::vec2(800.0, 600.0),
    );
    let h = &mut w.harness;
    h.get_by_role_and_label(Role::TextInput, "Streaming domain")
        .focus();
    h.step();
    let target = "Storage location";
    let focused = |h: &egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>| {
        h.get_by_role_and_label(Role::TextInput, target)
            .is_focused()
    };
    for _ in 0..12 {
        if !focused(h) {
            press(h, Key::Tab);
        }
    }
    assert!(focused(h), "Tab reaches {target}");
    settle(h);
    let field = h
        .get_by_role_and_label(Role::TextInput, target)
        .accesskit_node()
        .bounding_box()
        .expect("drawn");
    let bar = h
        .get_by_role_and_label(Role::Button, "Submit")
        .accesskit_node()
        .bounding_box()
        .expect("the submit bar");
    assert!(
        field.y1 <= bar.y0 && field.y0 >= 0.0,
        "{target} has the focus out of sight: {field:?} (submit bar at {})",
        bar.y0
    );
}
