//! Profiles against a real Secret Service (GNOME Keyring in a throwaway D-Bus session that the
//! test starts), and the plain "no keyring" message when there is no session at all.
//! `.ci/run` installs dbus, gnome-keyring and secret-tool and sets
//! LIVE_RECORD_VOD_REQUIRE_KEYRING=1; elsewhere the real-keyring test is skipped with a note.

use crate::common;

use common::*;
use std::process::Command;
use std::time::{Duration, Instant};

const KEYRING_SECRET: &str = "KeyringTestSecret0000000000042";

fn tool_exists(name: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

pub(crate) fn keyring_available() -> bool {
    let found = ["dbus-run-session", "gnome-keyring-daemon", "secret-tool"]
        .iter()
        .all(|t| tool_exists(t));
    if !found && std::env::var_os("LIVE_RECORD_VOD_REQUIRE_KEYRING").is_some() {
        panic!("dbus-run-session, gnome-keyring-daemon and secret-tool are required here");
    }
    found
}

/// The steps a user takes, each a separate run of the program, inside one keyring session.
const SCRIPT: &str = r#"
set -u
echo -n test-password | gnome-keyring-daemon --unlock --components=secrets > /dev/null 2>&1
# The daemon finishes creating its keyring in the background: wait until it stores a probe.
for i in $(seq 1 50); do
  printf probe | secret-tool store --label=probe service live-record-vod-probe username probe > /dev/null 2>&1 && break
  sleep 0.1
done
secret-tool clear service live-record-vod-probe username probe > /dev/null 2>&1
B="$1"; URL="$2"; SECRET="$3"
step() { echo "== $1"; }
step add
printf '%s\n' "$SECRET" | "$B" profile add work --access-key-id LTAI5tKeyringTest0042 --region cn-shanghai --kind test
step list
"$B" profile list
step submit-1
"$B" submit --profile work --endpoint "$URL" --set DomainName=channel-02.example.com --set AppName=app --set StreamName=one --set VodTranscodeGroupId=VOD_NO_TRANSCODE --json
step test
"$B" profile test work --endpoint "$URL"
step default
"$B" profile default work
step submit-2-after-restart
"$B" submit --endpoint "$URL" --set DomainName=channel-02.example.com --set AppName=app --set StreamName=two --set VodTranscodeGroupId=VOD_NO_TRANSCODE --json
step lookup
secret-tool lookup service live-record-vod username work:access-key-secret > /dev/null && echo "entry present"
step rename
"$B" profile rename work office
secret-tool lookup service live-record-vod username office:access-key-secret > /dev/null && echo "moved"
step remove
"$B" profile remove office
step lookup-after-remove
secret-tool lookup service live-record-vod username work:access-key-secret > /dev/null || echo "entry gone"
step import
"$B" profile import-aliyun-cli "$4"
"$B" profile list
"$B" profile remove imported
"#;

/// Runs `script` (its arguments `args`) in a D-Bus session of its own, with a fresh home (so
/// no earlier keyring, with another password, is met) and `data` as the data directory, in
/// English; returns what it printed.
pub(crate) fn run_in_a_keyring_session(
    script: &str,
    args: &[&std::ffi::OsStr],
    data: &std::path::Path,
) -> String {
    let home = temp_dir();
    let out = Command::new("dbus-run-session")
        .args(["--", "sh", "-c", script, "script"])
        .args(args)
        .env("LIVE_RECORD_VOD_DATA_DIR", data)
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("share"))
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("ALIBABA_CLOUD_ACCESS_KEY_ID")
        .env_remove("ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        .output()
        .expect("dbus-run-session runs");
    text(&out)
}

/// What a script printed after its `== name` line, up to the next step.
pub(crate) fn section_of(all: &str, name: &str) -> String {
    all.split(&format!("== {name}\n"))
        .nth(1)
        .and_then(|rest| rest.split("\n== ").next())
        .unwrap_or_default()
        .to_string()
}

#[test]
fn profile_lives_in_a_real_secret_service() {
    if !keyring_available() {
        eprintln!("skipped: no dbus-run-session / gnome-keyring-daemon / secret-tool here");
        return;
    }
    let data = temp_dir();
    let sb = start_sandbox(&[
        "--access-key-id",
        "LTAI5tKeyringTest0042",
        "--access-key-secret",
        KEYRING_SECRET,
    ]);
    let aliyun = data.path().join("aliyun-config.json");
    std::fs::write(
        &aliyun,
        format!(
            r#"{{"current":"imported","profiles":[{{"name":"imported","mode":"AK","access_key_id":"LTAI5tImported000001","access_key_secret":"{KEYRING_SECRET}","region_id":"cn-beijing"}}]}}"#
        ),
    )
    .expect("write");
    let all = run_in_a_keyring_session(
        SCRIPT,
        &[
            BIN.as_ref(),
            sb.url.as_ref(),
            KEYRING_SECRET.as_ref(),
            aliyun.as_os_str(),
        ],
        data.path(),
    );
    let section = |name: &str| section_of(&all, name);
    assert!(section("add").contains("added profile \"work\""), "{all}");
    assert!(
        section("list").contains("work  (Test account: LTAI5tKeyringTest0042"),
        "{all}"
    );
    assert!(section("submit-1").contains("\"ok\":true"), "{all}");
    assert!(
        section("submit-1").contains("\"profile\":\"work\""),
        "{all}"
    );
    assert!(
        section("submit-2-after-restart").contains("\"ok\":true"),
        "{all}"
    );
    assert!(
        section("submit-2-after-restart").contains("\"profile\":\"work\""),
        "{all}"
    );
    assert!(section("lookup").contains("entry present"), "{all}");
    assert!(
        section("test").contains("account ID: 1234567890123456"),
        "{all}"
    );
    assert!(section("rename").contains("moved"), "{all}");
    assert!(
        section("lookup-after-remove").contains("entry gone"),
        "{all}"
    );
    assert!(section("import").contains("imported \"imported\""), "{all}");
    assert!(section("import").contains("plain text"), "{all}");
    assert!(
        !all.contains(KEYRING_SECRET),
        "a secret reached the output: {all}"
    );
    for file in walk(data.path()) {
        if file == aliyun {
            continue;
        }
        let bytes = std::fs::read(&file).unwrap_or_default();
        let content = String::from_utf8_lossy(&bytes);
        assert!(
            !content.contains(KEYRING_SECRET),
            "secret in {}",
            file.display()
        );
    }
}

#[test]
fn no_dbus_session_says_no_keyring_within_seconds() {
    let data = temp_dir();
    let started = Instant::now();
    let out = Command::new("sh")
        .args(["-c", "printf 'SecretNeverStored00000000000001\\n' | \"$0\" profile add work --access-key-id LTAI5tNoKeyring000001", BIN])
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("XDG_RUNTIME_DIR", data.path().join("no-runtime-dir"))
        .env("LIVE_RECORD_VOD_DATA_DIR", data.path())
        .output()
        .expect("runs");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains("no keyring is available"), "{t}");
    assert!(t.contains("gnome-keyring"), "{t}");
    assert!(!t.contains("SecretNeverStored"), "{t}");
    assert!(walk(data.path()).iter().all(|f| {
        !String::from_utf8_lossy(&std::fs::read(f).unwrap_or_default())
            .contains("SecretNeverStored")
    }));
    // The environment profile still works without a keyring.
    let sb = start_sandbox(&[]);
    let out = Command::new(BIN)
        .args([
            "submit",
            "--endpoint",
            &sb.url,
            "--json",
            "--set",
            "DomainName=channel-01.example.com",
            "--set",
            "AppName=app",
            "--set",
            "VodTranscodeGroupId=VOD_NO_TRANSCODE",
        ])
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env(
            "ALIBABA_CLOUD_ACCESS_KEY_ID",
            live_record_vod::sandbox::DEMO_ACCESS_KEY_ID,
        )
        .env(
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
            live_record_vod::sandbox::DEMO_ACCESS_KEY_SECRET,
        )
        .env("LIVE_RECORD_VOD_DATA_DIR", data.path())
        .output()
        .expect("runs");
    let t = text(&out);
    assert!(
        t.contains("\"ok\":true") && t.contains("\"profile\":\"env\""),
        "{t}"
    );
}
