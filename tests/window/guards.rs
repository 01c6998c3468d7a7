//! The profile's kind in the window: the band's words and colour for each kind, a read-only
//! profile's disabled changes with their reason, and the pause before changing production
//! (a delete confirmed by typing the domain).

use crate::window_helpers;

use eframe::egui::{self, Role};
use egui_kittest::kittest::{NodeT, Queryable};
use live_record_vod::credentials::{Guard, ProfileKind};
use live_record_vod::operation::Field;
use live_record_vod::ui::guard_ui::kind_colors;
use window_helpers::*;

fn guard(kind: ProfileKind, read_only: bool) -> Guard {
    Guard { kind, read_only }
}

/// The band's colour just left of its title, from the rendered window.
fn band_color(
    h: &mut egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>,
    title: &str,
) -> egui::Color32 {
    let rect = h
        .get_by_label_contains(title)
        .accesskit_node()
        .bounding_box()
        .expect("the band's title is drawn");
    let image = h.render().expect("rendered");
    let x = (rect.x0 - 6.0).max(1.0) as u32;
    let y = ((rect.y0 + rect.y1) / 2.0) as u32;
    let p = image.get_pixel(x, y).0;
    egui::Color32::from_rgb(p[0], p[1], p[2])
}

/// Shows the form with the example's fields typed in (a real profile starts on the Overview,
/// without the sandbox's example).
fn fill_the_form(h: &mut egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>) {
    click(h, "Form");
    for (label, value) in [
        ("Region", "cn-shanghai"),
        ("Streaming domain", "live.example.com"),
        ("App name", "app"),
        ("Stream name", "stream"),
        ("VOD transcoding group ID", "VOD_NO_TRANSCODE"),
    ] {
        retype(h, label, value);
    }
}

fn close(a: egui::Color32, b: egui::Color32) -> bool {
    [(a.r(), b.r()), (a.g(), b.g()), (a.b(), b.b())]
        .iter()
        .all(|(x, y)| x.abs_diff(*y) <= 6)
}

#[test]
fn the_band_says_and_shows_each_kind() {
    let size = egui::vec2(1280.0, 800.0);
    for (kind, name, title) in [
        (
            ProfileKind::Sandbox,
            "sandbox",
            "Sandbox — nothing is sent to Alibaba Cloud",
        ),
        (ProfileKind::Test, "acct", "Test account — profile \"acct\""),
        (
            ProfileKind::Production,
            "prod",
            "PRODUCTION ACCOUNT — profile \"prod\"",
        ),
    ] {
        let mut w = world_guarded(name, guard(kind, false), size, true);
        let h = &mut w.harness;
        wait_for(h, "the band", |h| has(h, title));
        let color = band_color(h, title);
        let want = kind_colors(kind, true).0;
        assert!(
            close(color, want),
            "{kind:?}: the band is {color:?}, not {want:?}"
        );
        if kind == ProfileKind::Production {
            assert!(has(h, "Every change is confirmed first."));
        }
    }
}

#[test]
fn a_read_only_profile_disables_every_change_and_says_why() {
    let mut w = world_guarded(
        "viewer",
        guard(ProfileKind::Production, true),
        egui::vec2(1280.0, 800.0),
        false,
    );
    let h = &mut w.harness;
    wait_for(h, "the band", |h| {
        has(h, "Read-only: you can list, look, plan")
    });
    fill_the_form(h);
    let submit = h.get_by_role_and_label(Role::Button, "Submit");
    assert!(submit.accesskit_node().is_disabled(), "Submit is disabled");
    submit.hover();
    for _ in 0..40 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        has(
            h,
            "The profile \"viewer\" is read-only: it changes nothing."
        ),
        "the reason shows on hover"
    );
    // Ctrl+Enter does not get round it: nothing is sent.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    for _ in 0..5 {
        h.step();
    }
    assert!(has(h, "Nothing was sent."), "the shortcut says why");
    assert_eq!(w.sandbox.config_count(), 0);
    // Looking is allowed: Copy as code stays enabled.
    assert!(
        !h.get_by_role_and_label(Role::Button, "Copy as code…")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn a_production_change_is_confirmed_and_a_delete_needs_the_domain_typed() {
    let mut w = world_guarded(
        "prod",
        guard(ProfileKind::Production, false),
        egui::vec2(1280.0, 800.0),
        false,
    );
    let h = &mut w.harness;
    wait_for(h, "the band", |h| has(h, "PRODUCTION ACCOUNT"));
    fill_the_form(h);
    click_submit(h);
    wait_for(h, "the confirmation", |h| {
        has(h, "Change the PRODUCTION account?")
    });
    assert!(has(h, "Profile \"prod\""), "it names the account");
    assert!(
        has(h, "Add live.example.com/app/stream"),
        "and what changes"
    );
    assert_eq!(
        w.sandbox.config_count(),
        0,
        "nothing sent before the answer"
    );
    click(h, "Change production");
    wait_for(h, "the add", |h| has(h, "Copy RequestId"));
    assert_eq!(w.sandbox.config_count(), 1);
    // Delete from the Configs view: the domain must be typed first.
    click(h, "Configs");
    click(h, "List configs");
    wait_for(h, "the listing", |h| has(h, "of live.example.com."));
    click(h, "app/stream");
    click(h, "Delete config…");
    wait_for(h, "the confirmation", |h| {
        has(h, "To confirm, type the domain's name: live.example.com")
    });
    let yes = |h: &egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>| {
        !h.get_by_role_and_label(Role::Button, "Change production")
            .accesskit_node()
            .is_disabled()
    };
    assert!(!yes(h), "not before the domain is typed");
    let field = "To confirm, type the domain's name: live.example.com";
    h.get_by_role_and_label(Role::TextInput, field)
        .type_text("live.example.org");
    h.step();
    h.step();
    assert!(!yes(h), "not with another domain");
    retype(h, field, "live.example.com");
    assert!(yes(h), "once it is typed");
    click(h, "Change production");
    wait_for(h, "the delete", |h| has(h, "was deleted"));
    assert_eq!(w.sandbox.config_count(), 0);
    assert_eq!(h.state().draft().get(Field::DomainName), "live.example.com");
}

/// The README's pictures of the three kinds: the form under each band, the production one with
/// its confirmation open. `LIVE_RECORD_VOD_SCREENSHOTS=DIR` writes them to DIR.
#[test]
fn the_three_kinds_as_the_readme_shows_them() {
    let size = egui::vec2(1280.0, 800.0);
    let out = std::env::var_os("LIVE_RECORD_VOD_SCREENSHOTS").map(std::path::PathBuf::from);
    for (kind, name, read_only) in [
        (ProfileKind::Test, "staging", false),
        (ProfileKind::Production, "live-prod", false),
        (ProfileKind::Production, "prod-viewer", true),
    ] {
        let mut w = world_guarded(name, guard(kind, read_only), size, true);
        let h = &mut w.harness;
        wait_for(h, "the band", |h| has(h, &format!("profile \"{name}\"")));
        fill_the_form(h);
        if kind == ProfileKind::Production && !read_only {
            click_submit(h);
            wait_for(h, "the confirmation", |h| {
                has(h, "Change the PRODUCTION account?")
            });
        }
        h.get_by_label("What to do").hover();
        settle(h);
        let image = h.render().expect("rendered");
        if let Some(dir) = &out {
            let file = match (kind, read_only) {
                (ProfileKind::Test, _) => "kind-test.png",
                (_, false) => "kind-production.png",
                (_, true) => "kind-read-only.png",
            };
            image.save(dir.join(file)).expect("saved");
        }
    }
}

#[test]
fn the_band_names_the_account_once_a_check_has_found_it() {
    let saved = r#"{"profiles":[{"name":"prod","access_key_id":"LTAI5tSandboxDemoKey0001","account_id":"1234567890123456","kind":"production"}]}"#;
    let mut w = world_guarded_beside(
        "prod",
        guard(ProfileKind::Production, false),
        egui::vec2(1280.0, 800.0),
        false,
        Some(saved),
    );
    let h = &mut w.harness;
    wait_for(h, "the account in the band", |h| {
        has(
            h,
            "PRODUCTION ACCOUNT — profile \"prod\" (account 1234567890123456, key",
        )
    });
}

#[test]
fn a_production_batch_waits_for_its_confirmation_with_the_row_count() {
    let mut w = world_guarded(
        "prod",
        guard(ProfileKind::Production, false),
        egui::vec2(1280.0, 800.0),
        false,
    );
    let file = w.data.path().join("prod.csv");
    std::fs::write(
        &file,
        "DomainName,AppName,StreamName,RegionId,VodTranscodeGroupId\r\n\
         live.example.com,app,p1,cn-shanghai,VOD_NO_TRANSCODE\r\n\
         live.example.com,app,p2,cn-shanghai,VOD_NO_TRANSCODE\r\n",
    )
    .expect("csv");
    let h = &mut w.harness;
    wait_for(h, "the band", |h| has(h, "PRODUCTION ACCOUNT"));
    open_batch_file(h, &file);
    wait_for(h, "the check", |h| has(h, "2 can be sent"));
    click(h, "Start: send 2 rows");
    wait_for(h, "the confirmation", |h| {
        has(h, "Send 2 rows of this batch to the production account.")
    });
    assert_eq!(
        w.sandbox.config_count(),
        0,
        "nothing sent before the answer"
    );
    let h = &mut w.harness;
    click(h, "Change production");
    wait_for(h, "the batch", |h| {
        has(h, "Batch 1 is done: every row sent succeeded.")
    });
    assert_eq!(w.sandbox.config_count(), 2);
}
