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
        h.query_by_label_contains("live.example.com  ·  cn-shanghai")
            .is_none(),
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
    // The domain's streams arrive in the background (and with them the app list).
    wait_for(h, "the domain's streams", |h| {
        h.query_by_role_and_label(Role::Button, "Choose an app…")
            .is_some()
    });
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
    // The form's domain is the account's: what the check needs of it is read too.
    wait_for(&mut w.harness, "the domain's streams", |h| {
        h.query_by_role_and_label(Role::Button, "Choose an app…")
            .is_some()
    });
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
    assert!(
        h.query_by_role_and_label(Role::Button, "Choose an app…")
            .is_some(),
        "the domain's streams are kept too"
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
        has(h, "The RAM policy to attach:") && has(h, "\"live:DescribeLiveUserDomains\""),
        "the policy that grants the list, as for any permission error"
    );
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

/// A profile of one's own (the sandbox's identity, under another name): its account is read
/// as soon as it is chosen, without asking.
fn own_profile() -> crate::window_helpers::World {
    world_signing_with(Credentials::new(
        live_record_vod::sandbox::DEMO_ACCESS_KEY_ID,
        live_record_vod::sandbox::DEMO_ACCESS_KEY_SECRET,
        None,
    ))
}

fn pick(
    h: &mut egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>,
    menu: &str,
    item: &str,
) {
    click(h, menu);
    h.get_by_label_contains(item).click();
    h.step();
    h.step();
}

#[test]
fn a_new_user_picks_domain_app_stream_and_group_and_submits_without_typing_an_id() {
    let mut w = own_profile();
    let h = &mut w.harness;
    wait_for(h, "the account, read without asking", |h| {
        has(h, "streaming domains as of")
    });
    pick(h, "Choose a domain…", "live.example.com  ·  cn-shanghai");
    // What the check needs of the domain is read in the background: its live streams and
    // ingest history become the app and stream lists.
    wait_for(h, "the domain's streams", |h| {
        h.query_by_role_and_label(Role::Button, "Choose an app…")
            .is_some()
    });
    click(h, "Choose an app…");
    h.get_by_role_and_label(Role::Button, "live").click();
    h.step();
    h.step();
    assert_eq!(h.state().draft().get(Field::AppName), "live");
    click(h, "Choose a stream…");
    assert!(has(h, "old-show"), "the ingest history's streams too");
    h.get_by_role_and_label(Role::Button, "cam2").click();
    h.step();
    h.step();
    assert_eq!(h.state().draft().get(Field::StreamName), "cam2");
    pick(h, "Choose a group…", "Sandbox HD and SD  ·  sandbox-group");
    assert!(submit_enabled(h));
    click_submit(h);
    wait_for(h, "the success", |h| {
        has(
            h,
            "Recordings of live.example.com/live/cam2 will be stored in VOD in cn-shanghai",
        )
    });
}

#[test]
fn the_form_says_what_the_account_says_as_you_type_and_blocks_what_would_not_record() {
    let mut w = own_profile();
    let h = &mut w.harness;
    wait_for(h, "the account", |h| has(h, "streaming domains as of"));
    retype(h, "Streaming domain", "live.exmaple.com");
    assert!(has(
        h,
        "The account has no domain \"live.exmaple.com\". Did you mean live.example.com?"
    ));
    assert!(!submit_enabled(h));

    retype(h, "Streaming domain", "push.example.com");
    wait_for(h, "the domain it feeds", |h| {
        has(h, "use live.example.com, the streaming domain it feeds")
    });
    assert!(!submit_enabled(h));

    retype(h, "Streaming domain", "sg.example.com");
    retype(h, "Region", "ap-southeast-1");
    assert!(has(h, "VOD is not activated in ap-southeast-1"));
    assert!(!submit_enabled(h), "a config that would record nothing");

    retype(h, "Streaming domain", "live.example.com");
    retype(h, "Region", "cn-shanghai");
    retype(h, "App name", "live");
    retype(h, "Stream name", "cam3");
    wait_for(h, "the never-pushed warning", |h| {
        has(h, "Pushed lately: cam1, cam2")
    });
    assert!(submit_enabled(h), "a warning does not block");
}

#[test]
fn a_storage_location_in_use_is_offered_once_a_config_uses_it() {
    let mut w = own_profile();
    let h = &mut w.harness;
    wait_for(h, "the domain's streams", |h| {
        h.query_by_role_and_label(Role::Button, "Choose an app…")
            .is_some()
    });
    assert!(
        h.query_by_role_and_label(Role::Button, "Choose a storage location…")
            .is_none(),
        "no config of the domain uses one yet"
    );
    retype(
        h,
        "Storage location",
        "outin-sandbox.oss-cn-shanghai.aliyuncs.com",
    );
    click_submit(h);
    wait_for(h, "the success", |h| has(h, "will be stored in VOD"));
    // The domain's configs changed: they are read again, and the address is offered.
    wait_for(h, "the storage list", |h| {
        h.query_by_role_and_label(Role::Button, "Choose a storage location…")
            .is_some()
    });
    retype(h, "Storage location", "");
    click(h, "Choose a storage location…");
    h.get_by_role_and_label(Role::Button, "outin-sandbox.oss-cn-shanghai.aliyuncs.com")
        .click();
    h.step();
    h.step();
    assert_eq!(
        h.state().draft().get(Field::StorageLocation),
        "outin-sandbox.oss-cn-shanghai.aliyuncs.com"
    );
}
