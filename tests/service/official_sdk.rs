//! Alibaba Cloud's official Python SDKs (alibabacloud-live20161101, alibabacloud-vod20170321),
//! pointed at the sandbox, must succeed: proof that the sandbox verifies signatures and answers
//! every operation of the catalogue as the service does (the SDKs parse its answers with their
//! own models), and that calls go to the endpoints the SDKs choose.
//! `.ci/run` installs the SDK and sets LIVE_RECORD_VOD_REQUIRE_OFFICIAL_SDK=1; elsewhere the
//! test is skipped with a note when the SDK is missing.

use live_record_vod::client::Endpoint;
use live_record_vod::operation::catalog::Product;
use live_record_vod::operation::{
    Field, FindingCode, FormDraft, Operation, check, regions, vod_endpoints,
};
use live_record_vod::sandbox::{self, SandboxConfig};
use std::process::Command;

fn sdk_available() -> bool {
    let found = Command::new("python3")
        .args([
            "-c",
            "import alibabacloud_live20161101, alibabacloud_vod20170321",
        ])
        .status()
        .is_ok_and(|s| s.success());
    if !found && std::env::var_os("LIVE_RECORD_VOD_REQUIRE_OFFICIAL_SDK").is_some() {
        panic!(
            "the official Python SDKs are required here: pip install alibabacloud-live20161101 alibabacloud-vod20170321"
        );
    }
    found
}

/// Runs one of the SDK scripts with `args` and reads the JSON it prints.
fn run_script(name: &str, args: &[&str]) -> serde_json::Value {
    let script = format!("{}/tests/official_sdk/{name}", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("python3")
        .arg(script)
        .args(args)
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.trim()).unwrap_or_else(|_| {
        panic!(
            "SDK output: {text} {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn run_sdk(base_url: &str, stream: &str, sts: bool) -> serde_json::Value {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/official_sdk/add_config.py"
    );
    let mut cmd = Command::new("python3");
    cmd.args([script, base_url, stream]);
    if sts {
        cmd.arg("sts");
    }
    let out = cmd.output().expect("python3 runs");
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.trim()).unwrap_or_else(|_| {
        panic!(
            "SDK output: {text} {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn official_python_sdk_succeeds_against_sandbox() {
    if !sdk_available() {
        eprintln!("skipped: alibabacloud-live20161101 is not installed");
        return;
    }
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let url = sb.base_url().to_string();
    let results = tokio::task::spawn_blocking(move || {
        vec![
            run_sdk(&url, "s1", false),
            run_sdk(&url, "s1", false),
            run_sdk(&url, "s2", true),
            // The Tea SDK sends a space in a query value as "+": the sandbox must read it as
            // the service does, and answer about the value, never SignatureDoesNotMatch.
            run_sdk(&url, "with space", false),
            run_sdk(&url, "plus+and space", true),
        ]
    })
    .await
    .expect("join");
    assert_eq!(results[0]["ok"], true, "{}", results[0]);
    assert!(
        results[0]["request_id"]
            .as_str()
            .expect("id")
            .starts_with("SANDBOX-")
    );
    assert_eq!(results[1]["code"], "ConfigAlreadyExists", "{}", results[1]);
    assert_eq!(results[2]["ok"], true, "STS: {}", results[2]);
    assert_eq!(results[3]["ok"], true, "a space: {}", results[3]);
    assert_eq!(results[4]["ok"], true, "a plus and a space: {}", results[4]);
    assert_eq!(sb.config_count(), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn official_python_sdk_runs_the_whole_lifecycle_against_sandbox() {
    if !sdk_available() {
        eprintln!("skipped: alibabacloud-live20161101 is not installed");
        return;
    }
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let url = sb.base_url().to_string();
    let out = tokio::task::spawn_blocking(move || {
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/official_sdk/lifecycle.py"
        );
        Command::new("python3")
            .args([script, &url])
            .output()
            .expect("python3 runs")
    })
    .await
    .expect("join");
    let text = String::from_utf8_lossy(&out.stdout);
    let doc: serde_json::Value = serde_json::from_str(text.trim()).unwrap_or_else(|_| {
        panic!(
            "SDK output: {text} {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert_eq!(doc["ok"], true, "{doc}");
    let result = |i: usize| doc["steps"][i]["result"].clone();
    assert_eq!(
        result(0),
        serde_json::json!([1, [["app", "cam", 3600]]]),
        "{doc}"
    );
    assert_eq!(
        result(1),
        serde_json::json!([1, [["app", "cam", 600]]]),
        "{doc}"
    );
    assert_eq!(result(2), serde_json::json!([0, []]), "{doc}");
    assert_eq!(sb.config_count(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn official_sdks_read_every_account_answer_of_the_sandbox() {
    if !sdk_available() {
        eprintln!("skipped: the official Python SDKs are not installed");
        return;
    }
    // 600 times faster, so that recordings are made while the script waits.
    let sb = sandbox::start(SandboxConfig {
        time_scale: 600,
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let url = sb.base_url().to_string();
    let doc = tokio::task::spawn_blocking(move || run_script("account.py", &[&url]))
        .await
        .expect("join");
    let first = &doc["domains_page_1"];
    let second = &doc["domains_page_2"];
    let total = first["total"].as_u64().expect("TotalCount read");
    assert!(total > 50, "{doc}");
    assert_eq!(first["names"].as_array().map(Vec::len), Some(50), "{doc}");
    assert_eq!(
        second["names"].as_array().map(Vec::len),
        Some(usize::try_from(total).expect("small") - 50),
        "{doc}"
    );
    assert_eq!(first["types"], serde_json::json!(["liveEdge", "liveVideo"]));
    assert_eq!(first["regions"]["beijing.example.com"], "cn-beijing");
    assert_eq!(first["status"]["offline.example.com"], "offline");
    assert_eq!(
        doc["detail"],
        serde_json::json!({"region": "ap-southeast-1", "status": "online", "type": "liveVideo"})
    );
    assert_eq!(
        doc["detail_missing"]["error"], "InvalidDomain.NotFound",
        "{doc}"
    );
    assert_eq!(
        doc["mapping"],
        serde_json::json!([["push.example.com", "publish"]])
    );
    assert_eq!(doc["online"]["total"], 3, "{doc}");
    assert_eq!(doc["online"]["pages"], 1, "{doc}");
    assert_eq!(
        doc["online"]["streams"][0],
        serde_json::json!(["app", "stream", "push.example.com"])
    );
    assert_eq!(doc["published"]["page"], 1, "{doc}");
    assert_eq!(
        doc["published"]["streams"],
        serde_json::json!([
            ["app", "stream", false],
            ["live", "cam1", false],
            ["live", "cam2", false],
            ["live", "old-show", true]
        ]),
        "{doc}"
    );
    assert_eq!(
        doc["oss_records"],
        serde_json::json!([["live", "sandbox-records"]])
    );
    assert_eq!(
        doc["groups"],
        serde_json::json!([
            ["VOD_NO_TRANSCODE", "No transcoding", "Default"],
            ["sandbox-group", "Sandbox HD and SD", "NotDefault"]
        ])
    );
    assert_eq!(
        doc["group"],
        serde_json::json!({"id": "sandbox-group", "templates": 2})
    );
    assert_eq!(
        doc["group_other_region"]["error"], "InvalidTemplateGroupId.NotFound",
        "{doc}"
    );
    assert_eq!(
        doc["videos"],
        serde_json::json!({"total_at_least_two": true, "streams": ["cam1", "cam2"], "all_normal_with_a_duration": true}),
        "{doc}"
    );
}

#[test]
fn vod_endpoints_are_chosen_exactly_as_the_official_vod_sdk_chooses_them() {
    if !sdk_available() {
        eprintln!("skipped: the official Python SDKs are not installed");
        return;
    }
    let doc = run_script("endpoints.py", &["vod"]);
    let table = doc["table"].as_object().expect("table");
    assert_eq!(table.len(), vod_endpoints::SDK_ENDPOINTS.len(), "{doc}");
    for (region, sdk_host) in table
        .iter()
        .chain(doc["outside"].as_object().expect("outside"))
    {
        let ours = Endpoint::service(Product::Vod, Some(region)).host_header();
        assert_eq!(Some(ours.as_str()), sdk_host.as_str(), "{region}");
    }
}

#[test]
fn endpoints_are_chosen_exactly_as_the_official_sdk_chooses_them() {
    if !sdk_available() {
        eprintln!("skipped: alibabacloud-live20161101 is not installed");
        return;
    }
    let doc = run_script("endpoints.py", &["live"]);
    let table = doc["table"].as_object().expect("table");
    assert_eq!(table.len(), regions::SDK_ENDPOINTS.len(), "{doc}");
    for (region, sdk_host) in table
        .iter()
        .chain(doc["outside"].as_object().expect("outside"))
    {
        let ours = Endpoint::for_region(Some(region)).host_header();
        assert_eq!(Some(ours.as_str()), sdk_host.as_str(), "{region}");
    }
    for (region, _) in table {
        let draft = FormDraft::example().with(Field::RegionId, region.as_str());
        let unknown = check(Operation::Add, &draft)
            .findings
            .iter()
            .any(|f| f.code == FindingCode::RegionUnknown);
        assert!(
            !unknown,
            "{region} is in the SDK's table but warned as unknown"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_made_with_the_official_sdk_is_drift_for_plan() {
    if !sdk_available() {
        eprintln!("skipped: the official Python SDKs are not installed");
        return;
    }
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let url = sb.base_url().to_string();
    let dir = crate::common::temp_dir();
    let file = dir.path().join("configs.toml");
    let (path, url2) = (file.to_str().expect("path").to_string(), url.clone());
    let run = move |args: Vec<String>| {
        let dir = dir.path().to_path_buf();
        async move {
            tokio::task::spawn_blocking(move || {
                std::process::Command::new(crate::common::BIN)
                    .args(&args)
                    .env("LIVE_RECORD_VOD_DATA_DIR", dir)
                    .env_remove("ALIBABA_CLOUD_ACCESS_KEY_ID")
                    .env("LANG", "C.UTF-8")
                    .output()
                    .expect("runs")
            })
            .await
            .expect("join")
        }
    };
    let cli = |args: &[&str]| -> Vec<String> {
        args.iter()
            .map(|a| a.to_string())
            .chain(["--profile", "sandbox", "--endpoint", url2.as_str()].map(String::from))
            .collect()
    };
    let o = run(cli(&[
        "submit",
        "--no-account-check",
        "--set",
        "DomainName=live.example.com",
        "--set",
        "AppName=live",
        "--set",
        "StreamName=show",
        "--set",
        "VodTranscodeGroupId=VOD_NO_TRANSCODE",
        "--set",
        "CycleDuration=3600",
    ]))
    .await;
    assert_eq!(o.status.code(), Some(0), "{}", crate::common::text(&o));
    let o = run(cli(&[
        "export",
        "--to",
        &path,
        "--domain",
        "live.example.com",
    ]))
    .await;
    assert_eq!(o.status.code(), Some(0), "{}", crate::common::text(&o));
    let o = run(cli(&["plan", &path, "--detailed-exitcode"])).await;
    assert_eq!(o.status.code(), Some(0), "{}", crate::common::text(&o));

    let sdk = tokio::task::spawn_blocking(move || run_script("drift.py", &[&url, "show", "900"]))
        .await
        .expect("join");
    assert_eq!(sdk["ok"], true, "{sdk}");
    let o = run(cli(&["plan", &path, "--detailed-exitcode"])).await;
    assert_eq!(
        o.status.code(),
        Some(3),
        "drift: {}",
        crate::common::text(&o)
    );
    assert!(
        crate::common::text(&o).contains("CycleDuration: 900 → 3600"),
        "{}",
        crate::common::text(&o)
    );
}
