//! The check against the account, on the command line against the sandbox's account: each
//! finding's code from `validate --check-account --json`, and a `submit` the check refuses
//! sends nothing (and is in the history as not sent).

use crate::common::{json, run, start_sandbox, temp_dir, text};

/// `validate --check-account --json` of the fields on the sandbox at `url`: (ok, codes as
/// "Field:severity:Code").
fn check(url: &str, fields: &[(&str, &str)], data_dir: &tempfile::TempDir) -> (bool, Vec<String>) {
    let sets: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let mut args = vec![
        "validate",
        "--check-account",
        "--json",
        "--profile",
        "sandbox",
        "--endpoint",
        url,
    ];
    for set in &sets {
        args.extend(["--set", set.as_str()]);
    }
    let o = run(&args, &[], data_dir);
    let doc = json(&o);
    let ok = doc["ok"].as_bool().expect("ok");
    assert_eq!(
        o.status.code(),
        Some(if ok { 0 } else { 2 }),
        "{}",
        text(&o)
    );
    let codes = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            format!(
                "{}:{}:{}",
                f["field"].as_str().unwrap_or_default(),
                f["severity"].as_str().unwrap_or_default(),
                f["code"].as_str().unwrap_or_default()
            )
        })
        .collect();
    (ok, codes)
}

/// The fields of a config the sandbox's account records, with `changes` applied.
fn fields<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut all = vec![
        ("RegionId", "cn-shanghai"),
        ("DomainName", "live.example.com"),
        ("AppName", "live"),
        ("StreamName", "cam1"),
        ("VodTranscodeGroupId", "sandbox-group"),
    ];
    for (k, v) in changes {
        match all.iter_mut().find(|(name, _)| name == k) {
            Some(field) => field.1 = v,
            None => all.push((k, v)),
        }
    }
    all
}

#[test]
fn each_finding_of_the_account_has_its_code() {
    let sb = start_sandbox(&[]);
    let dir = temp_dir();
    let url = sb.url.as_str();
    assert_eq!(check(url, &fields(&[]), &dir), (true, vec![]));
    // (the fields changed, whether it could be sent, "Field:severity:Code" of each finding)
    type Case<'a> = (&'a [(&'a str, &'a str)], bool, &'a [&'a str]);
    let cases: &[Case] = &[
        (
            &[("DomainName", "live.exmaple.com")],
            false,
            &["DomainName:error:DomainNotInAccount"],
        ),
        (
            &[("DomainName", "push.example.com")],
            false,
            &["DomainName:error:DomainIsIngest"],
        ),
        (
            &[("DomainName", "offline.example.com"), ("AppName", "app")],
            true,
            &[
                "DomainName:warning:DomainOffline",
                "AppName:warning:StreamNeverPushed",
            ],
        ),
        (
            &[("RegionId", "cn-beijing")],
            true,
            &["RegionId:warning:RegionMismatch"],
        ),
        (
            &[
                ("RegionId", "cn-beijing"),
                ("StorageLocation", "outin-1.oss-cn-beijing.aliyuncs.com"),
            ],
            false,
            &["RegionId:error:RegionMismatch"],
        ),
        (
            &[("VodTranscodeGroupId", "beijing-group")],
            false,
            &["VodTranscodeGroupId:error:TemplateGroupNotFound"],
        ),
        (
            &[
                ("DomainName", "sg.example.com"),
                ("RegionId", "ap-southeast-1"),
                ("StreamName", "sg1"),
                ("VodTranscodeGroupId", "VOD_NO_TRANSCODE"),
            ],
            false,
            &["DomainName:error:VodNotActivated"],
        ),
        (
            &[
                ("DomainName", "recorded.sandbox.example.com"),
                ("StreamName", ""),
            ],
            false,
            &[
                "AppName:error:OssRecordConflict",
                "AppName:warning:StreamNeverPushed",
            ],
        ),
        (
            &[("StreamName", "cam3")],
            true,
            &["StreamName:warning:StreamNeverPushed"],
        ),
    ];
    for (changes, ok, codes) in cases {
        assert_eq!(
            check(url, &fields(changes), &dir),
            (*ok, codes.iter().map(|c| c.to_string()).collect()),
            "{changes:?}"
        );
    }
}

#[test]
fn a_submit_the_check_refuses_sends_nothing_and_is_recorded_as_not_sent() {
    let sb = start_sandbox(&[]);
    let dir = temp_dir();
    let submit = |extra: &[&str]| {
        let mut args = vec![
            "submit",
            "--profile",
            "sandbox",
            "--endpoint",
            sb.url.as_str(),
            "--set",
            "RegionId=ap-southeast-1",
            "--set",
            "DomainName=sg.example.com",
            "--set",
            "AppName=live",
            "--set",
            "StreamName=sg1",
            "--set",
            "VodTranscodeGroupId=VOD_NO_TRANSCODE",
        ];
        args.extend(extra);
        run(&args, &[], &dir)
    };
    let configs = || {
        let o = run(
            &[
                "configs",
                "list",
                "--domain",
                "sg.example.com",
                "--json",
                "--profile",
                "sandbox",
                "--endpoint",
                sb.url.as_str(),
            ],
            &[],
            &dir,
        );
        json(&o)["configs"].as_array().map_or(0, Vec::len)
    };

    let refused = submit(&["--json"]);
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused));
    let doc = json(&refused);
    assert_eq!(doc["ok"], false);
    assert_eq!(doc["findings"][0]["code"], "VodNotActivated", "{doc}");
    assert_eq!(configs(), 0, "nothing reached the service");

    let history = run(&["history", "--json"], &[], &dir);
    let entries = json(&history);
    let not_sent: Vec<&serde_json::Value> = entries
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e["outcome"] == "not_sent")
        .collect();
    assert_eq!(not_sent.len(), 1, "{entries}");
    assert_eq!(not_sent[0]["error_code"], "AccountCheckFailed");
    assert!(
        not_sent[0]["error_message"]
            .as_str()
            .is_some_and(|m| m.contains("VodNotActivated") && m.contains("ap-southeast-1")),
        "{}",
        not_sent[0]
    );

    let text_out = submit(&[]);
    assert_eq!(text_out.status.code(), Some(2));
    assert!(
        text(&text_out).contains("VOD is not activated in ap-southeast-1"),
        "{}",
        text(&text_out)
    );

    let sent = submit(&["--no-account-check"]);
    assert_eq!(sent.status.code(), Some(0), "{}", text(&sent));
    assert_eq!(configs(), 1, "--no-account-check sends");
}

#[test]
fn a_batch_is_checked_against_the_account_once_per_domain_not_once_per_row() {
    let sb = start_sandbox(&[]);
    let dir = temp_dir();
    let csv = dir.path().join("rows.csv");
    let mut rows = String::from("DomainName,AppName,StreamName,VodTranscodeGroupId\n");
    for n in 0..20 {
        rows.push_str(&format!("live.example.com,live,cam{n},sandbox-group\n"));
        rows.push_str(&format!("beijing.example.com,live,bj{n},beijing-group\n"));
    }
    rows.push_str("live.exmaple.com,live,cam1,sandbox-group\n");
    std::fs::write(&csv, rows).expect("csv");
    let csv = csv.to_str().expect("path");
    let o = run(
        &[
            "batch",
            "check",
            csv,
            "--json",
            "--profile",
            "sandbox",
            "--endpoint",
            sb.url.as_str(),
        ],
        &[],
        &dir,
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let findings: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let errors: Vec<&serde_json::Value> = findings.iter().filter(|f| f["error"] == true).collect();
    assert_eq!(errors.len(), 1, "{findings:?}");
    assert_eq!(errors[0]["row"], 42);
    assert_eq!(errors[0]["code"], "DomainNotInAccount");
    // The Beijing rows name their own region's group: no TemplateGroupNotFound, though the
    // base region is cn-shanghai (a RegionMismatch warning says so instead).
    assert!(
        findings
            .iter()
            .all(|f| f["code"] != "TemplateGroupNotFound"),
        "{findings:?}"
    );

    let history = json(&run(&["history", "--json", "--limit", "500"], &[], &dir));
    let reads = |action: &str| {
        history
            .as_array()
            .expect("entries")
            .iter()
            .filter(|e| e["operation"] == action)
            .count()
    };
    assert_eq!(reads("DescribeLiveUserDomains"), 2, "two pages, once");
    assert_eq!(reads("DescribeLiveRecordConfig"), 2, "once per domain");
    assert_eq!(
        reads("DescribeLiveStreamsPublishList"),
        2,
        "once per domain"
    );

    let skipped = run(
        &[
            "batch",
            "check",
            csv,
            "--no-account-check",
            "--profile",
            "sandbox",
            "--endpoint",
            sb.url.as_str(),
        ],
        &[],
        &dir,
    );
    assert_eq!(skipped.status.code(), Some(0), "{}", text(&skipped));
}

#[test]
fn a_check_costs_eight_calls_on_the_sandbox_and_none_again_within_ten_minutes() {
    let sb = start_sandbox(&[]);
    let dir = temp_dir();
    let calls = || {
        let o = run(
            &[
                "validate",
                "--check-account",
                "--json",
                "--profile",
                "sandbox",
                "--endpoint",
                sb.url.as_str(),
                "--set",
                "DomainName=live.example.com",
                "--set",
                "AppName=live",
                "--set",
                "StreamName=cam1",
                "--set",
                "VodTranscodeGroupId=VOD_NO_TRANSCODE",
            ],
            &[],
            &dir,
        );
        json(&o)["account_calls"].as_u64().expect("calls")
    };
    // 2 pages of domains, the groups of 3 regions, the domain's record-to-VOD configs, OSS
    // configs, live streams and ingest history (README: "A check makes these calls").
    assert_eq!(calls(), 9);
    assert_eq!(calls(), 0, "the cache answers");
}
