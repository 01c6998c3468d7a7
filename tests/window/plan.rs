//! The Plan view in egui_kittest: a desired-state file compared with the window's sandbox,
//! the plan grouped by domain with each field's change, and Apply behind a confirmation that
//! counts the deletes; afterwards the account matches the file.

use crate::window_helpers;

use egui_kittest::kittest::Queryable;
use window_helpers::*;

#[test]
fn a_file_is_compared_with_the_account_and_applied_after_a_confirmation() {
    let mut w = world();
    // The example config (live.example.com/app/stream), which the file lacks: a delete.
    submit_stream(&mut w.harness, "stream");
    wait_for(&mut w.harness, "the success", |h| {
        has(h, "will be stored in VOD")
    });
    let file = w.data.path().join("configs.toml");
    std::fs::write(
        &file,
        "domains = [\"live.example.com\"]\n\n[[config]]\nDomainName = \"live.example.com\"\nAppName = \"sports\"\nStreamName = \"final\"\nVodTranscodeGroupId = \"VOD_NO_TRANSCODE\"\nCycleDuration = 1800\n",
    )
    .expect("file");
    let h = &mut w.harness;
    click(h, "Plan");
    retype(h, "Desired-state file (TOML)", file.to_str().expect("path"));
    click(h, "Compare with the account");
    wait_for(h, "the plan", |h| {
        has(h, "2 change(s), 1 config(s) deleted")
    });
    assert!(has(h, "- delete app/stream"));
    assert!(has(h, "+ add sports/final"));
    assert!(has(h, "CycleDuration = 1800"), "the field of the add");

    click(h, "Apply…");
    assert!(has(h, "Apply 2 change(s)? 1 config(s) will be deleted."));
    click(h, "Cancel");
    assert!(!has(h, "will be deleted."), "nothing applied");
    click(h, "Apply…");
    h.get_by_label("Apply").click();
    h.step();
    wait_for(h, "the outcome", |h| has(h, "Applied 2 of 2 change(s)."));
    wait_for(h, "the plan again", |h| {
        has(h, "0 change(s), 0 config(s) deleted, 1 unchanged.")
    });
    assert_eq!(w.sandbox.config_count(), 1);

    // A change made in the form goes to the file instead of the account, and shows in the plan.
    let h = &mut w.harness;
    click(h, "Form");
    retype(h, "Stream name", "extra");
    click(h, "Add to a file");
    wait_for(h, "the new plan", |h| {
        has(h, "1 change(s), 0 config(s) deleted, 1 unchanged.")
    });
    assert!(has(h, "+ add app/extra"));
    let text = std::fs::read_to_string(&file).expect("file");
    assert!(text.contains("StreamName = \"extra\""), "{text}");
    assert_eq!(w.sandbox.config_count(), 1, "nothing sent");

    // The account exported to another file, which then plans with no change.
    let exported = w.data.path().join("exported.toml");
    let h = &mut w.harness;
    retype(
        h,
        "Desired-state file (TOML)",
        exported.to_str().expect("path"),
    );
    click(h, "Export the account to this file");
    wait_for(h, "the export", |h| {
        has(h, "0 change(s), 0 config(s) deleted")
    });
    assert!(exported.exists());
    // Exporting again asks before replacing the file.
    click(h, "Export the account to this file");
    assert!(has(h, "exists. Replace it with the account's configs?"));
}

#[test]
fn an_apply_shows_its_progress() {
    // Each answer takes 300 ms, so that the progress is there to see.
    let mut w = world_on(live_record_vod::sandbox::SandboxConfig {
        faults: live_record_vod::sandbox::Faults {
            latency: std::time::Duration::from_millis(300),
            ..live_record_vod::sandbox::Faults::default()
        },
        ..live_record_vod::sandbox::SandboxConfig::default()
    });
    let file = w.data.path().join("configs.toml");
    let mut text = String::from("domains = [\"live.example.com\"]\n");
    for n in 0..3 {
        text.push_str(&format!(
            "\n[[config]]\nDomainName = \"live.example.com\"\nAppName = \"show\"\nStreamName = \"s{n}\"\nVodTranscodeGroupId = \"VOD_NO_TRANSCODE\"\n"
        ));
    }
    std::fs::write(&file, text).expect("file");
    let h = &mut w.harness;
    click(h, "Plan");
    retype(h, "Desired-state file (TOML)", file.to_str().expect("path"));
    click(h, "Compare with the account");
    wait_for(h, "the plan", |h| {
        has(h, "3 change(s), 0 config(s) deleted")
    });
    click(h, "Apply…");
    h.get_by_label("Apply").click();
    h.step();
    wait_for(h, "the progress", |h| has(h, "Applying: 1 of 3 calls"));
    wait_for(h, "the outcome", |h| has(h, "Applied 3 of 3 change(s)."));
}
