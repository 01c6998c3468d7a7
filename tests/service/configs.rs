//! The config lifecycle on the command line, against a sandbox process: add, list (table and
//! JSON, one page or --all), update, delete (refused without a terminal or --yes), the history
//! of each call, and a sandbox state file that survives a restart.

use crate::common;

use common::*;
use std::process::Output;

fn call(args: &[&str], sandbox: &SandboxProcess, data: &tempfile::TempDir) -> Output {
    let mut all = args.to_vec();
    all.extend(["--profile", "sandbox", "--endpoint", &sandbox.url]);
    run(&all, &[], data)
}

fn add(stream: &str, sandbox: &SandboxProcess, data: &tempfile::TempDir) {
    let preset = example_preset(data);
    let set = format!("StreamName={stream}");
    let o = call(
        &[
            "submit",
            "--preset",
            preset.to_str().expect("path"),
            "--set",
            &set,
        ],
        sandbox,
        data,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

fn list_json(
    extra: &[&str],
    sandbox: &SandboxProcess,
    data: &tempfile::TempDir,
) -> serde_json::Value {
    list_configs(&sandbox.url, extra, data)
}

#[test]
fn add_list_update_delete_through_the_command_line() {
    let data = temp_dir();
    let sb = start_sandbox(&[]);
    add("cam1", &sb, &data);

    let listed = list_json(&[], &sb, &data);
    assert_eq!(listed["ok"], true);
    assert_eq!(listed["total"], 1);
    let config = &listed["configs"][0];
    assert_eq!(config["DomainName"], "live.example.com");
    assert_eq!(config["StreamName"], "cam1");
    assert_eq!(config["CycleDuration"], 3600);

    let table = call(
        &["configs", "list", "--domain", "live.example.com"],
        &sb,
        &data,
    );
    let t = text(&table);
    assert!(t.contains("1 config(s)"), "{t}");
    assert!(
        t.contains("app  ") && t.contains("cam1") && t.contains("VOD_NO_TRANSCODE"),
        "{t}"
    );

    let preset = example_preset(&data);
    let updated = call(
        &[
            "configs",
            "update",
            "--preset",
            preset.to_str().expect("path"),
            "--set",
            "StreamName=cam1",
            "--set",
            "CycleDuration=600",
            "--json",
        ],
        &sb,
        &data,
    );
    assert_eq!(updated.status.code(), Some(0), "{}", text(&updated));
    assert_eq!(json(&updated)["operation"], "UpdateLiveRecordVodConfig");
    assert_eq!(
        list_json(&[], &sb, &data)["configs"][0]["CycleDuration"],
        600
    );

    let deleted = call(
        &[
            "configs",
            "delete",
            "--domain",
            "live.example.com",
            "--app",
            "app",
            "--stream",
            "cam1",
            "--yes",
            "--json",
        ],
        &sb,
        &data,
    );
    assert_eq!(deleted.status.code(), Some(0), "{}", text(&deleted));
    let doc = json(&deleted);
    assert_eq!(doc["deleted_config"]["CycleDuration"], 600, "{doc}");
    assert_eq!(list_json(&[], &sb, &data)["total"], 0);

    // Every call is in the history with its operation; the delete keeps the config it removed.
    let history = json(&run(&["history", "--json"], &[], &data));
    let operations: Vec<&str> = history
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["operation"].as_str())
        .collect();
    for op in [
        "AddLiveRecordVodConfig",
        "DescribeLiveRecordVodConfigs",
        "UpdateLiveRecordVodConfig",
        "DeleteLiveRecordVodConfig",
    ] {
        assert!(operations.contains(&op), "{op} missing from {operations:?}");
    }
    let delete_entry = history
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|e| e["operation"] == "DeleteLiveRecordVodConfig")
        })
        .expect("delete entry");
    assert_eq!(
        delete_entry["deleted"]["VodTranscodeGroupId"],
        "VOD_NO_TRANSCODE"
    );
}

#[test]
fn delete_without_a_terminal_or_yes_is_refused_and_sends_nothing() {
    let data = temp_dir();
    let sb = start_sandbox(&[]);
    add("keep", &sb, &data);
    let o = call(
        &[
            "configs",
            "delete",
            "--domain",
            "live.example.com",
            "--app",
            "app",
            "--stream",
            "keep",
        ],
        &sb,
        &data,
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("--yes"), "{}", text(&o));
    assert_eq!(
        list_json(&[], &sb, &data)["total"],
        1,
        "nothing was deleted"
    );
}

#[test]
fn list_follows_pages_with_all() {
    let data = temp_dir();
    let sb = start_sandbox(&[]);
    for i in 0..7 {
        add(&format!("s{i}"), &sb, &data);
    }
    let one_page = list_json(&["--page-size", "5"], &sb, &data);
    assert_eq!(one_page["total"], 7);
    assert_eq!(one_page["configs"].as_array().map(Vec::len), Some(5));
    let second = list_json(&["--page-size", "5", "--page", "2"], &sb, &data);
    assert_eq!(second["configs"].as_array().map(Vec::len), Some(2));
    let all = list_json(&["--page-size", "5", "--all"], &sb, &data);
    assert_eq!(all["configs"].as_array().map(Vec::len), Some(7));
}

#[test]
fn lifecycle_errors_are_explained_with_exit_codes() {
    let data = temp_dir();
    let sb = start_sandbox(&[]);
    let missing = call(
        &[
            "configs",
            "delete",
            "--domain",
            "live.example.com",
            "--app",
            "nope",
            "--yes",
        ],
        &sb,
        &data,
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing).contains("There is no such recording config"),
        "{}",
        text(&missing)
    );
    let bad_size = call(
        &[
            "configs",
            "list",
            "--domain",
            "live.example.com",
            "--page-size",
            "101",
        ],
        &sb,
        &data,
    );
    assert_eq!(bad_size.status.code(), Some(2));
    assert!(
        text(&bad_size).contains("at most 100"),
        "{}",
        text(&bad_size)
    );
    let dry = call(
        &[
            "configs",
            "delete",
            "--domain",
            "live.example.com",
            "--app",
            "a",
            "--dry-run",
        ],
        &sb,
        &data,
    );
    assert_eq!(dry.status.code(), Some(0), "{}", text(&dry));
    assert!(
        text(&dry).contains("DeleteLiveRecordVodConfig"),
        "{}",
        text(&dry)
    );
}

#[test]
fn sandbox_state_file_keeps_configs_across_restarts() {
    let data = temp_dir();
    let state = data.path().join("state.json");
    let state_arg = state.to_str().expect("path");
    {
        let sb = start_sandbox(&["--state", state_arg]);
        add("kept", &sb, &data);
    }
    let sb = start_sandbox(&["--state", state_arg]);
    let listed = list_json(&[], &sb, &data);
    assert_eq!(listed["configs"][0]["StreamName"], "kept", "{listed}");
    drop(sb);
    // Without --state the sandbox starts empty.
    let fresh = start_sandbox(&[]);
    assert_eq!(list_json(&[], &fresh, &data)["total"], 0);
    // A damaged state file is refused with a clear message and left as it was.
    std::fs::write(&state, b"{ not json").expect("write");
    let o = std::process::Command::new(BIN)
        .args(["sandbox", "--state", state_arg])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("cannot be read"), "{}", text(&o));
    assert_eq!(std::fs::read(&state).expect("read"), b"{ not json");
}
