//! The form's pick lists: the account's streaming domains and the template groups of their
//! regions, read when asked, picked instead of typed, kept for the next start (offline), and
//! a plain fallback to typing when a list cannot be read.

use crate::window_helpers;

use eframe::egui::Role;
use egui_kittest::kittest::Queryable;
use live_record_vod::credentials::{Credentials, SecretStore};
use live_record_vod::operation::Field;
use live_record_vod::sandbox::account::BEIJING_DOMAIN;
use live_record_vod::ui::AppSetup;
use window_helpers::*;

fn click(h: &mut egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>, label: &str) {
    h.get_by_role_and_label(Role::Button, label).click();
    h.step();
    h.step();
}

fn read_the_account(h: &mut egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>) {
    assert!(has(h, "The account's domains are not read yet."));
    click(h, "Read the account");
    wait_for(h, "the account's lists", |h| {
        has(h, "streaming domains as of")
    });
}

#[test]
fn a_domain_and_a_template_group_are_picked_by_name_not_typed() {
    let mut w = world();
    let h = &mut w.harness;
    assert!(
        h.query_by_role_and_label(Role::Button, "Choose a domain…")
            .is_none(),
        "nothing to choose from before the account is read"
    );
    read_the_account(h);
    // The sandbox's account has a streaming domain in a region without VOD: said as a fact
    // about the account (its configs record nothing), not as a list that failed.
    assert!(has(
        h,
        "VOD is not activated in ap-southeast-1 for this account"
    ));
    assert!(!has(h, "Could not read a list"));
    // What is typed filters the domains.
    retype(h, "Streaming domain", "beij");
    click(h, "Choose a domain…");
    assert!(
        h.query_by_label_contains("live.example.com  ·").is_none(),
        "filtered out"
    );
    h.get_by_label_contains(&format!("{BEIJING_DOMAIN}  ·  cn-beijing  ·  online"))
        .click();
    h.step();
    h.step();
    assert_eq!(h.state().draft().get(Field::DomainName), BEIJING_DOMAIN);
    assert_eq!(
        h.state().draft().get(Field::RegionId),
        "cn-beijing",
        "picking the domain sets its region"
    );
    click(h, "Choose a group…");
    assert!(has(h, "No transcoding (VOD_NO_TRANSCODE)"));
    assert!(
        h.query_by_label_contains("sandbox-group").is_none(),
        "another region's group"
    );
    h.get_by_label_contains("Beijing HD  ·  beijing-group")
        .click();
    h.step();
    h.step();
    assert_eq!(
        h.state().draft().get(Field::VodTranscodeGroupId),
        "beijing-group"
    );
    assert!(has(h, "Template group \"Beijing HD\""));
    retype(h, "Stream name", "picked");
    click_submit(h);
    wait_for(h, "the success", |h| {
        has(
            h,
            "Recordings of beijing.example.com/app/picked will be stored in VOD in cn-beijing",
        )
    });
}

#[test]
fn the_lists_read_once_are_there_at_the_next_start_without_a_call() {
    let mut w = world();
    read_the_account(&mut w.harness);
    let calls = w.sandbox.call_count();
    drop(w.harness);
    let setup = AppSetup::for_sandbox(
        w._runtime.handle().clone(),
        w.data.path().to_path_buf(),
        w.sandbox.base_url(),
        SecretStore::in_memory(),
    );
    let mut h = window(setup);
    wait_for(&mut h, "the cached lists", |h| {
        has(h, "streaming domains as of")
    });
    assert!(
        h.query_by_role_and_label(Role::Button, "Choose a domain…")
            .is_some()
    );
    assert_eq!(
        w.sandbox.call_count(),
        calls,
        "the cache answered, not the account"
    );
}

#[test]
fn a_list_the_profile_may_not_read_falls_back_to_typing_with_the_reason() {
    let mut w = world_signing_with(Credentials::new(
        "LTAI5tSandboxNoPermit001",
        live_record_vod::sandbox::DEMO_ACCESS_KEY_SECRET,
        None,
    ));
    let h = &mut w.harness;
    click(h, "Read the account");
    wait_for(h, "the reason", |h| {
        has(h, "Could not read a list, so type the value")
    });
    assert!(
        h.query_by_role_and_label(Role::Button, "Choose a domain…")
            .is_none()
    );
    retype(h, "Streaming domain", "typed.example.com");
    assert_eq!(
        h.state().draft().get(Field::DomainName),
        "typed.example.com"
    );
}
