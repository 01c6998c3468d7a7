//! `status` against `sandbox --live … --time-scale …`: each state and a gap, in `--json`, in
//! `--format prometheus` (parsed) and in the exit code of `--fail-on-problem`.

use crate::common::{json, run, start_sandbox, temp_dir, text};
use std::time::{Duration, Instant};

fn add(url: &str, dir: &tempfile::TempDir, fields: &[&str]) {
    let mut args = vec![
        "submit",
        "--profile",
        "sandbox",
        "--endpoint",
        url,
        "--no-account-check",
        "--set",
        "CycleDuration=300",
        "--set",
        "VodTranscodeGroupId=VOD_NO_TRANSCODE",
    ];
    for f in fields {
        args.extend(["--set", f]);
    }
    let o = run(&args, &[], dir);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

fn status(url: &str, dir: &tempfile::TempDir, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["status", "--profile", "sandbox", "--endpoint", url];
    args.extend(extra);
    run(&args, &[], dir)
}

fn state_of<'a>(doc: &'a serde_json::Value, domain: &str, app: &str) -> &'a serde_json::Value {
    doc["configs"]
        .as_array()
        .expect("configs")
        .iter()
        .find(|c| c["DomainName"] == domain && c["AppName"] == app)
        .unwrap_or_else(|| panic!("{domain}/{app} in {doc}"))
}

#[test]
fn each_state_and_a_gap_appear_in_json_prometheus_and_the_exit_code() {
    // 600 times faster: a 300 s cycle is half a second.
    let sb = start_sandbox(&[
        "--time-scale",
        "600",
        "--live",
        "live.example.com/show/final",
    ]);
    let dir = temp_dir();
    let url = sb.url.as_str();
    add(url, &dir, &["DomainName=live.example.com", "AppName=show"]);
    add(
        url,
        &dir,
        &[
            "DomainName=sg.example.com",
            "RegionId=ap-southeast-1",
            "AppName=live",
        ],
    );
    add(
        url,
        &dir,
        &[
            "DomainName=beijing.example.com",
            "RegionId=cn-beijing",
            "AppName=app",
            "StreamName=morning",
        ],
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    let doc = loop {
        let o = status(url, &dir, &["--json"]);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
        let doc = json(&o);
        let settled = state_of(&doc, "live.example.com", "show")["last_recording"].is_object()
            && state_of(&doc, "sg.example.com", "live")["state"] == "not-recording";
        if settled {
            break doc;
        }
        assert!(Instant::now() < deadline, "the states never settled: {doc}");
        std::thread::sleep(Duration::from_millis(300));
    };
    let show = state_of(&doc, "live.example.com", "show");
    assert_eq!(show["state"], "recording", "{show}");
    assert_eq!(show["live"], true);
    assert!(show["last_recording"]["VideoId"].is_string());
    let sg = state_of(&doc, "sg.example.com", "live");
    assert!(
        sg["reason"]
            .as_str()
            .is_some_and(|r| r.contains("ap-southeast-1")),
        "the cause: {sg}"
    );
    let idle = state_of(&doc, "beijing.example.com", "app");
    assert_eq!(idle["state"], "idle");
    assert_eq!(idle["last_recording"], serde_json::Value::Null);
    let gaps = doc["gaps"].as_array().expect("gaps");
    assert!(
        gaps.iter()
            .any(|g| g["DomainName"] == "live.example.com" && g["StreamName"] == "cam1"),
        "a live stream no config covers: {doc}"
    );
    assert_eq!(doc["ok"], false);
    assert!(doc["checked_at"].is_string());

    // Prometheus: every line a comment or `name{labels} value`, the states adding up.
    let o = status(url, &dir, &["--format", "prometheus"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let metrics = String::from_utf8_lossy(&o.stdout).to_string();
    let mut by_state = 0.0;
    for line in metrics.lines().filter(|l| !l.starts_with('#')) {
        let (name, value) = line.rsplit_once(' ').expect("name and value");
        let value: f64 = value.parse().unwrap_or_else(|_| panic!("a number: {line}"));
        assert!(
            name.chars().next().is_some_and(|c| c.is_ascii_lowercase()),
            "{line}"
        );
        if name.starts_with("live_record_vod_configs{") {
            by_state += value;
        }
        if name == "live_record_vod_gaps" {
            assert!(value >= 1.0);
        }
    }
    assert_eq!(by_state, 3.0, "{metrics}");
    assert!(metrics.contains(
        "live_record_vod_config_state{domain=\"sg.example.com\",app=\"live\",stream=\"\",state=\"not-recording\"} 1"
    ));
    assert!(
        metrics
            .contains("live_record_vod_seconds_since_last_recording{domain=\"live.example.com\"")
    );

    let o = status(url, &dir, &["--fail-on-problem"]);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    assert!(text(&o).contains("Not recording"), "{}", text(&o));
    let o = status(
        url,
        &dir,
        &["--fail-on-problem", "--domain", "beijing.example.com"],
    );
    assert_eq!(
        o.status.code(),
        Some(3),
        "beijing has a live stream no config covers"
    );
    let o = status(
        url,
        &dir,
        &["--domain", "offline.example.com", "--fail-on-problem"],
    );
    assert_eq!(o.status.code(), Some(0), "nothing there: {}", text(&o));
}
