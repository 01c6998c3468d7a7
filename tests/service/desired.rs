//! Desired state on the command line against the sandbox: export, then plan shows nothing;
//! the file edited, plan shows each kind of change (JSON checked), apply makes them, plan shows
//! nothing again; a change behind the program's back is drift (exit 3); a bad file is exit 2
//! with its line; apply without a terminal and without --yes sends nothing.

use crate::common::{json, run, start_sandbox, temp_dir, text};

fn add(url: &str, dir: &tempfile::TempDir, stream: &str) {
    let set_stream = format!("StreamName={stream}");
    let args = [
        "submit",
        "--profile",
        "sandbox",
        "--endpoint",
        url,
        "--no-account-check",
        "--set",
        "DomainName=live.example.com",
        "--set",
        "AppName=live",
        "--set",
        &set_stream,
        "--set",
        "VodTranscodeGroupId=VOD_NO_TRANSCODE",
    ];
    let o = run(&args, &[], dir);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

#[test]
fn export_plan_apply_and_drift() {
    let sb = start_sandbox(&[]);
    let dir = temp_dir();
    let url = sb.url.as_str();
    add(url, &dir, "a");
    add(url, &dir, "b");
    add(url, &dir, "c");
    let file = dir.path().join("configs.toml");
    let path = file.to_str().expect("path");
    let send = ["--profile", "sandbox", "--endpoint", url];
    let with = |first: &[&str]| -> Vec<String> {
        first
            .iter()
            .chain(send.iter())
            .map(|s| s.to_string())
            .collect()
    };
    let go = |args: Vec<String>| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run(&args, &[], &dir)
    };
    let o = go(with(&[
        "export",
        "--to",
        path,
        "--domain",
        "live.example.com",
    ]));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let exported = std::fs::read_to_string(&file).expect("file");
    assert!(
        exported.contains("domains = [\"live.example.com\"]"),
        "{exported}"
    );
    let o = go(with(&["plan", path, "--detailed-exitcode"]));
    assert_eq!(
        o.status.code(),
        Some(0),
        "the account matches: {}",
        text(&o)
    );

    // Edit: drop a, a shorter cycle for b, another storage for c, a new app.
    let mut tables: Vec<String> = exported.split("[[config]]").map(str::to_string).collect();
    let head = tables.remove(0);
    let edited: Vec<String> = tables
        .into_iter()
        .filter(|t| !t.contains("StreamName = \"a\""))
        .map(|t| {
            let t = t.replace("CycleDuration = 3600", "CycleDuration = 1800");
            if t.contains("StreamName = \"c\"") {
                // The one storage location the sandbox has: Update cannot set it.
                format!("{t}StorageLocation = \"outin-sandbox.oss-cn-shanghai.aliyuncs.com\"\n\n")
            } else {
                t
            }
        })
        .collect();
    let mut text_file = format!("{head}[[config]]{}", edited.join("[[config]]"));
    text_file.push_str(
        "\n[[config]]\nDomainName = \"live.example.com\"\nAppName = \"new\"\nVodTranscodeGroupId = \"VOD_NO_TRANSCODE\"\n",
    );
    std::fs::write(&file, &text_file).expect("edit");
    let o = go(with(&["plan", path, "--json", "--detailed-exitcode"]));
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    let plan = json(&o);
    let actions: Vec<(String, String)> = plan["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            (
                c["action"].as_str().unwrap_or_default().to_string(),
                format!(
                    "{}/{}",
                    c["AppName"].as_str().unwrap_or_default(),
                    c["StreamName"].as_str().unwrap_or_default()
                ),
            )
        })
        .collect();
    let expected = [
        ("delete", "live/a"),
        ("replace", "live/c"),
        ("update", "live/b"),
        ("add", "new/"),
    ];
    assert_eq!(
        actions,
        expected.map(|(a, t)| (a.to_string(), t.to_string())),
        "{plan}"
    );
    let update = &plan["changes"][2];
    assert_eq!(update["fields"]["CycleDuration"]["before"], "3600");
    assert_eq!(update["fields"]["CycleDuration"]["after"], "1800");

    // Without a terminal and without --yes: refused, nothing sent.
    let before = sb_configs(url, &dir);
    let o = go(with(&["apply", path]));
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("add --yes"), "{}", text(&o));
    assert_eq!(sb_configs(url, &dir), before, "nothing was sent");

    let o = go(with(&["apply", path, "--yes"]));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(text(&o).contains("Applied 4 of 4"), "{}", text(&o));
    let o = go(with(&["plan", path, "--detailed-exitcode"]));
    assert_eq!(o.status.code(), Some(0), "nothing left: {}", text(&o));

    // Behind the program's back: an update in the console (here, another command) is drift.
    let o = run(
        &[
            "configs",
            "update",
            "--profile",
            "sandbox",
            "--endpoint",
            url,
            "--no-account-check",
            "--set",
            "DomainName=live.example.com",
            "--set",
            "AppName=live",
            "--set",
            "StreamName=b",
            "--set",
            "CycleDuration=900",
        ],
        &[],
        &dir,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let o = go(with(&["plan", path, "--detailed-exitcode"]));
    assert_eq!(o.status.code(), Some(3), "drift: {}", text(&o));
    assert!(
        text(&o).contains("CycleDuration: 900 → 1800"),
        "{}",
        text(&o)
    );

    // A bad cycle: exit 2 with its line, nothing read or sent.
    std::fs::write(
        &file,
        text_file.replace("CycleDuration = 1800", "CycleDuration = 120"),
    )
    .expect("bad");
    let o = go(with(&["plan", path]));
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("Line "), "{}", text(&o));
    assert!(text(&o).contains("at least 300"), "{}", text(&o));
}

/// The sandbox's configs of live.example.com, as (app, stream, cycle).
fn sb_configs(url: &str, dir: &tempfile::TempDir) -> Vec<(String, String, String)> {
    let doc = crate::common::list_configs(url, &["--all"], dir);
    let mut all: Vec<(String, String, String)> = doc["configs"]
        .as_array()
        .expect("configs")
        .iter()
        .map(|c| {
            (
                c["AppName"].as_str().unwrap_or_default().to_string(),
                c["StreamName"].as_str().unwrap_or_default().to_string(),
                c["CycleDuration"].to_string(),
            )
        })
        .collect();
    all.sort();
    all
}

#[test]
fn apply_killed_part_way_then_run_again_sends_what_is_left_once() {
    // Each answer takes 300 ms, so that the kill lands part way through the changes.
    let sb = start_sandbox(&["--latency-ms", "300"]);
    let dir = temp_dir();
    let url = sb.url.as_str();
    let file = dir.path().join("configs.toml");
    let mut text_file = String::from("domains = [\"live.example.com\"]\n");
    for n in 0..6 {
        text_file.push_str(&format!(
            "\n[[config]]\nDomainName = \"live.example.com\"\nAppName = \"show\"\nStreamName = \"s{n}\"\nVodTranscodeGroupId = \"VOD_NO_TRANSCODE\"\n"
        ));
    }
    std::fs::write(&file, text_file).expect("file");
    let path = file.to_str().expect("path");
    let mut child = std::process::Command::new(crate::common::BIN)
        .args([
            "apply",
            path,
            "--yes",
            "--profile",
            "sandbox",
            "--endpoint",
            url,
        ])
        .env("LIVE_RECORD_VOD_DATA_DIR", dir.path())
        .env_remove("ALIBABA_CLOUD_ACCESS_KEY_ID")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("apply starts");
    // Two reads of the domain (plan, plan again), then about one add every 300 ms.
    std::thread::sleep(std::time::Duration::from_millis(1_600));
    child.kill().expect("SIGKILL");
    child.wait().expect("wait");
    let part = sb_configs(url, &dir).len();
    assert!(part < 6, "killed part way: {part} of 6 added");

    let o = run(
        &[
            "apply",
            path,
            "--yes",
            "--json",
            "--profile",
            "sandbox",
            "--endpoint",
            url,
        ],
        &[],
        &dir,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let done = json(&o);
    assert_eq!(
        done["failed"], 0,
        "no ConfigAlreadyExists: nothing sent twice: {done}"
    );
    assert_eq!(
        done["applied"].as_u64(),
        Some(6 - part as u64),
        "only what was left: {done}"
    );
    assert_eq!(sb_configs(url, &dir).len(), 6);
}
