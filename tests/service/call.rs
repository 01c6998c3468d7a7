//! The catalogue and `call`: every operation has its words in both languages, a sandbox
//! handler, copy-as-code and a RAM action; `call` sends each one, follows the pages of each
//! paging scheme with `--all`, and refuses unknown and missing fields with exit 2.

use crate::common;

use common::*;
use live_record_vod::codegen::{self, CodeInput, Language};
use live_record_vod::i18n::{EN_FTL, ZH_CN_FTL};
use live_record_vod::operation::{FormDraft, Operation, check};

const SANDBOX_KEYS: [(&str, &str); 2] = [
    ("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tSandboxDemoKey0001"),
    (
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        "SandboxDemoSecret000000000001",
    ),
];

/// A value the sandbox's account accepts for a field of that name.
fn sample(name: &str) -> Option<String> {
    let now = chrono::Utc::now();
    let time = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    Some(match name {
        "DomainName" => "live.example.com".into(),
        "AppName" => "app".into(),
        "StreamName" => "walk".into(),
        "VodTranscodeGroupId" | "TranscodeTemplateGroupId" => "VOD_NO_TRANSCODE".into(),
        "StartTime" => time(now - chrono::Duration::days(1)),
        "EndTime" => time(now),
        _ => return None,
    })
}

/// `--set` arguments for the required fields of `op`.
fn required_sets(op: Operation) -> Vec<String> {
    op.spec()
        .params
        .iter()
        .filter(|p| p.required)
        .filter_map(|p| Some(format!("{}={}", p.name, sample(p.name)?)))
        .collect()
}

fn call(
    url: &str,
    action: &str,
    sets: &[String],
    extra: &[&str],
    data: &tempfile::TempDir,
) -> std::process::Output {
    let mut args = vec!["call", action, "--endpoint", url];
    for set in sets {
        args.extend(["--set", set.as_str()]);
    }
    args.extend(extra);
    run(&args, &SANDBOX_KEYS, data)
}

#[test]
fn every_operation_has_words_a_handler_code_and_a_ram_action() {
    let sb = start_sandbox(&[]);
    let data = temp_dir();
    for op in Operation::every() {
        let spec = op.spec();
        for id in op.message_ids() {
            for (language, ftl) in [("en", EN_FTL), ("zh-CN", ZH_CN_FTL)] {
                assert!(
                    ftl.contains(&format!("\n{id} = ")),
                    "{}: no {id} in {language}",
                    spec.action
                );
            }
        }
        assert_eq!(
            spec.ram_action,
            format!("{}:{}", spec.product.code(), spec.action)
        );
        let mut draft = FormDraft::default();
        for set in required_sets(op) {
            let (name, value) = set.split_once('=').expect("name=value");
            draft.set_param(name, value);
        }
        let request = check(op, &draft)
            .request
            .unwrap_or_else(|| panic!("{}: the sample fields are valid", spec.action));
        for language in Language::all() {
            let code = codegen::generate(
                language,
                &CodeInput::new(&request, "https://example.aliyuncs.com", None),
            );
            assert!(code.contains(spec.action), "{language:?}: {code}");
            assert!(!code.contains("Secret"), "{code}");
        }
        let o = call(&sb.url, spec.action, &required_sets(op), &["--json"], &data);
        let t = text(&o);
        assert!(
            !t.contains("InvalidAction.NotFound"),
            "{}: {t}",
            spec.action
        );
        assert!(
            o.status.code() == Some(0) || t.contains("InvalidConfig.NotFound"),
            "{}: {t}",
            spec.action
        );
    }
}

#[test]
fn vod_code_uses_the_vod_sdk() {
    let op = Operation::from_action("ListTranscodeTemplateGroup").expect("catalogued");
    let request = check(op, &FormDraft::default()).request.expect("valid");
    let input = CodeInput::new(&request, "https://vod.cn-shanghai.aliyuncs.com", None);
    assert!(codegen::generate(Language::Python, &input).contains("from alibabacloud_vod20170321"));
    assert!(codegen::generate(Language::Go, &input).contains("vod-20170321"));
    assert!(codegen::generate(Language::Node, &input).contains("@alicloud/vod20170321"));
    let aliyun = codegen::generate(Language::Aliyun(codegen::Shell::Posix), &input);
    assert!(
        aliyun.contains("aliyun vod ListTranscodeTemplateGroup"),
        "{aliyun}"
    );
}

#[test]
fn numbers_are_numbers_in_generated_code() {
    let op = Operation::from_action("DescribeLiveUserDomains").expect("catalogued");
    let draft = FormDraft::default().with(live_record_vod::operation::Field::PageSize, "20");
    let request = check(op, &draft).request.expect("valid");
    let python = codegen::generate(
        Language::Python,
        &CodeInput::new(&request, "https://live.aliyuncs.com", None),
    );
    assert!(python.contains("page_size=20,"), "{python}");
    // OnDemand is an integer in every SDK (its kind is a numeric choice).
    let draft = FormDraft::example().with(live_record_vod::operation::Field::OnDemand, "1");
    let request = check(Operation::Add, &draft).request.expect("valid");
    let input = CodeInput::new(&request, "https://live.aliyuncs.com", None);
    let python = codegen::generate(Language::Python, &input);
    assert!(python.contains("on_demand=1,"), "{python}");
    let go = codegen::generate(Language::Go, &input);
    assert!(go.contains("tea.Int32(1)"), "{go}");
}

/// How many items the merged answer of `call ACTION --all` with `sets` holds at `path`.
fn all_pages(
    url: &str,
    action: &str,
    sets: &[&str],
    path: &[&str],
    data: &tempfile::TempDir,
) -> usize {
    let sets: Vec<String> = sets.iter().map(|s| s.to_string()).collect();
    let o = call(url, action, &sets, &["--all", "--json"], data);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let answer = json(&o);
    let mut at = &answer;
    for key in path {
        at = &at[key];
    }
    at.as_array().map_or(0, Vec::len)
}

/// Adds the config of live.example.com/`app`/`stream` (`stream` empty: every stream).
fn add_config(url: &str, app: &str, stream: &str, data: &tempfile::TempDir) {
    let sets = [
        "DomainName=live.example.com".to_string(),
        format!("AppName={app}"),
        format!("StreamName={stream}"),
        "VodTranscodeGroupId=VOD_NO_TRANSCODE".to_string(),
    ];
    let o = call(url, "AddLiveRecordVodConfig", &sets, &["--json"], data);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

fn history_count(data: &tempfile::TempDir) -> usize {
    let o = run(&["history", "--json", "--limit", "1000"], &[], data);
    json(&o).as_array().map_or(0, Vec::len)
}

#[test]
fn all_follows_every_paging_scheme_and_records_each_page() {
    // Sandbox time 120 times faster: a 300 s recording cycle is 2.5 s.
    let sb = start_sandbox(&["--time-scale", "120"]);
    let data = temp_dir();
    // PageNumber / PageSize / TotalCount, at most 50 a page: 55 domains in 3 pages of 20.
    let domains = all_pages(
        &sb.url,
        "DescribeLiveUserDomains",
        &["PageSize=20"],
        &["Domains", "PageData"],
        &data,
    );
    assert_eq!(domains, 55);
    assert_eq!(history_count(&data), 3);
    // Without a page size, the largest page is asked for: two pages of 50.
    let domains = all_pages(
        &sb.url,
        "describe-live-user-domains",
        &[],
        &["Domains", "PageData"],
        &data,
    );
    assert_eq!(domains, 55);
    assert_eq!(history_count(&data), 5);
    // PageNum / PageSize / TotalNum: three live streams, two a page.
    let streams = all_pages(
        &sb.url,
        "DescribeLiveStreamsOnlineList",
        &["DomainName=live.example.com", "PageSize=2"],
        &["OnlineInfo", "LiveStreamOnlineInfo"],
        &data,
    );
    assert_eq!(streams, 3);
    assert_eq!(history_count(&data), 7);
    // PageNum / PageSize / Total as a string: seven configs, five a page.
    for n in 0..7 {
        add_config(&sb.url, "app", &format!("s{n}"), &data);
    }
    let configs = all_pages(
        &sb.url,
        "DescribeLiveRecordVodConfigs",
        &["DomainName=live.example.com", "PageSize=5"],
        &["LiveRecordVodConfigs", "LiveRecordVodConfig"],
        &data,
    );
    assert_eq!(configs, 7);
    assert_eq!(history_count(&data), 7 + 7 + 2);
    // PageNo / PageSize / Total (VOD): the app-wide config of live/ records cam1 and cam2
    // every 300 s of sandbox time. Those begun by one cycle after the sandbox's clock read
    // just after the config was added are two for each stream, once both cycles are over
    // (the domain's region is asked first: one DescribeLiveDomainDetail, then four pages).
    let sets = [
        "DomainName=live.example.com".to_string(),
        "AppName=live".to_string(),
        "CycleDuration=300".to_string(),
        "VodTranscodeGroupId=VOD_NO_TRANSCODE".to_string(),
    ];
    let o = call(&sb.url, "AddLiveRecordVodConfig", &sets, &["--json"], &data);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let sandbox_now = || {
        let sets = ["DomainName=live.example.com".to_string()];
        let o = call(
            &sb.url,
            "DescribeLiveStreamsOnlineList",
            &sets,
            &["--json"],
            &data,
        );
        let now = json(&o)["SandboxNow"]
            .as_str()
            .expect("the sandbox's clock")
            .to_string();
        chrono::DateTime::parse_from_rfc3339(&now).expect("a time")
    };
    let added = sandbox_now();
    while sandbox_now() < added + chrono::Duration::seconds(600) {
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    let calls_before = history_count(&data);
    let until = format!(
        "EndTime={}",
        (added + chrono::Duration::seconds(300)).format("%Y-%m-%dT%H:%M:%SZ")
    );
    let videos = all_pages(
        &sb.url,
        "ListLiveRecordVideo",
        &["DomainName=live.example.com", "PageSize=1", &until],
        &["LiveRecordVideoList", "LiveRecordVideo"],
        &data,
    );
    assert_eq!(videos, 4);
    assert_eq!(history_count(&data), calls_before + 1 + 4);
    // Not paged: one bare list, one call.
    let groups = all_pages(
        &sb.url,
        "ListTranscodeTemplateGroup",
        &[],
        &["TranscodeTemplateGroupList"],
        &data,
    );
    assert_eq!(groups, 2);
    assert_eq!(history_count(&data), calls_before + 1 + 4 + 1);
}

#[test]
fn a_vod_call_goes_to_the_region_it_names() {
    let sb = start_sandbox(&[]);
    let data = temp_dir();
    let groups = |region: &str| {
        let o = call(
            &sb.url,
            "ListTranscodeTemplateGroup",
            &[],
            &["--region", region, "--json"],
            &data,
        );
        (o.status.code(), json(&o))
    };
    let (code, beijing) = groups("cn-beijing");
    assert_eq!(code, Some(0));
    assert_eq!(
        beijing["TranscodeTemplateGroupList"][1]["TranscodeTemplateGroupId"],
        "beijing-group"
    );
    let (code, singapore) = groups("ap-southeast-1");
    assert_eq!(code, Some(1));
    assert_eq!(singapore["code"], "Forbidden.ServiceNotActivated");
    let o = call(
        &sb.url,
        "ListTranscodeTemplateGroup",
        &[],
        &["--region", "evil.example.net/", "--json"],
        &data,
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}

#[test]
fn unknown_and_missing_fields_are_invalid_input() {
    let sb = start_sandbox(&[]);
    let data = temp_dir();
    let o = call(
        &sb.url,
        "DescribeLiveDomainDetail",
        &["DomianName=live.example.com".to_string()],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o).contains("did you mean DomainName?"),
        "{}",
        text(&o)
    );
    let o = call(&sb.url, "DescribeLiveDomainDetail", &[], &[], &data);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("DomainName is required"), "{}", text(&o));
    let o = call(&sb.url, "DescribeLiveUserDomain", &[], &[], &data);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o).contains("did you mean DescribeLiveUserDomains?"),
        "{}",
        text(&o)
    );
    let o = call(
        &sb.url,
        "DescribeLiveUserDomains",
        &["PageSize".to_string()],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(2));
    let o = call(
        &sb.url,
        "DescribeLiveUserDomains",
        &["PageSize=51".to_string()],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("from 1 to 50"), "{}", text(&o));
    // Nothing was sent for any of them.
    assert_eq!(history_count(&data), 0);
}

#[test]
fn call_list_names_every_operation_with_its_product() {
    let data = temp_dir();
    let o = run(&["call", "--list"], &[], &data);
    assert_eq!(o.status.code(), Some(0));
    let t = text(&o);
    for op in Operation::every() {
        assert!(t.contains(op.action()), "{t}");
    }
    assert!(t.contains("vod   ListTranscodeTemplateGroup"), "{t}");
    let o = run(&["call", "--list", "--json"], &[], &data);
    let list = json(&o);
    let domains = list
        .as_array()
        .and_then(|l| l.iter().find(|d| d["action"] == "DescribeLiveUserDomains"))
        .expect("listed")
        .clone();
    assert_eq!(domains["product"], "live");
    assert_eq!(domains["paged"], true);
    assert_eq!(domains["fields"][7]["kind"]["max"], 50, "{domains}");
}

#[test]
fn a_service_claiming_more_than_it_gives_is_not_followed_forever() {
    let sb = start_sandbox(&["--inflated-total"]);
    let data = temp_dir();
    for n in 0..3 {
        add_config(&sb.url, "app", &format!("s{n}"), &data);
    }
    // A million configs claimed, three given: page 2 is empty, so two calls, and it says so.
    let o = run(
        &[
            "configs",
            "list",
            "--domain",
            "live.example.com",
            "--all",
            "--json",
            "--endpoint",
            &sb.url,
        ],
        &SANDBOX_KEYS,
        &data,
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("page 2 came back empty"), "{}", text(&o));
    let listed: serde_json::Value =
        serde_json::from_slice(o.stdout.split(|b| *b == b'\n').next().expect("a line"))
            .expect("JSON");
    assert_eq!(listed["configs"].as_array().map(Vec::len), Some(3));
    assert_eq!(history_count(&data), 3 + 2);
    // The same for any list: 55 domains claimed as a million take 2 pages and one empty one.
    let o = call(
        &sb.url,
        "DescribeLiveUserDomains",
        &[],
        &["--all", "--json"],
        &data,
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert_eq!(
        json(&o)["Domains"]["PageData"].as_array().map(Vec::len),
        Some(55)
    );
    assert_eq!(history_count(&data), 3 + 2 + 3);
}

#[test]
fn a_vod_call_about_a_domain_goes_to_the_domains_region() {
    let sb = start_sandbox(&[]);
    let data = temp_dir();
    // sg.example.com is in ap-southeast-1, where VOD is not activated: its region is asked
    // first (DescribeLiveDomainDetail), and the VOD call goes there.
    let sets = ["DomainName=sg.example.com".to_string()];
    let o = call(&sb.url, "ListLiveRecordVideo", &sets, &["--json"], &data);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert_eq!(json(&o)["code"], "Forbidden.ServiceNotActivated");
    let history = json(&run(&["history", "--json"], &[], &data));
    let actions: Vec<&str> = history
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["operation"].as_str())
        .collect();
    assert_eq!(actions, ["ListLiveRecordVideo", "DescribeLiveDomainDetail"]);
    // A domain outside the account: the lookup's own answer, and nothing more is sent.
    let sets = ["DomainName=not-mine.example.com".to_string()];
    let o = call(&sb.url, "ListLiveRecordVideo", &sets, &["--json"], &data);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert_eq!(json(&o)["code"], "InvalidDomain.NotFound");
    // live.example.com is in cn-shanghai: an empty list (nothing records it yet).
    let sets = ["DomainName=live.example.com".to_string()];
    let o = call(&sb.url, "ListLiveRecordVideo", &sets, &["--json"], &data);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(json(&o)["Total"], 0);
}

#[test]
fn output_cut_short_by_a_closed_pipe_ends_quietly() {
    // As `live-record-vod call --list | head -n 0`: the reader is gone before the first line.
    let mut child = std::process::Command::new(BIN)
        .args(["call", "--list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("ends");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(o.status.code(), Some(101), "{stderr}");
}

#[test]
fn the_read_before_a_delete_is_recorded_like_every_call() {
    let sb = start_sandbox(&[]);
    let data = temp_dir();
    add_config(&sb.url, "app", "gone", &data);
    let o = run(
        &[
            "configs",
            "delete",
            "--domain",
            "live.example.com",
            "--app",
            "app",
            "--stream",
            "gone",
            "--yes",
            "--endpoint",
            &sb.url,
        ],
        &SANDBOX_KEYS,
        &data,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let history = json(&run(&["history", "--json"], &[], &data));
    let actions: Vec<&str> = history
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["operation"].as_str())
        .collect();
    assert_eq!(
        actions,
        [
            "DeleteLiveRecordVodConfig",
            "DescribeLiveRecordVodConfigs",
            "AddLiveRecordVodConfig"
        ]
    );
}
