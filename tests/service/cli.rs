//! The command line as scripts use it: exit codes, text and JSON output, the sandbox subcommand,
//! bad preset files, and secrets that never appear in any output.

use crate::common;

use common::*;

#[test]
fn sandbox_prints_url_then_credentials_and_world() {
    let sb = start_sandbox(&[]);
    assert!(sb.url.starts_with("http://127.0.0.1:"), "{}", sb.url);
    let all = sb.lines.join("\n");
    assert!(all.contains("demo AccessKey ID: LTAI5tSandboxDemoKey0001"));
    assert!(all.contains("VOD_NO_TRANSCODE, sandbox-group"));
    assert!(all.contains("outin-sandbox.oss-cn-shanghai.aliyuncs.com"));
}

#[test]
fn validate_exits_0_when_sendable_and_2_when_not() {
    let dir = temp_dir();
    let preset = example_preset(&dir);
    let p = preset.to_str().expect("path");
    let ok = run(&["validate", "--preset", p], &[], &dir);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok));
    let warn = run(
        &["validate", "--preset", p, "--set", "OnDemand=1"],
        &[],
        &dir,
    );
    assert_eq!(warn.status.code(), Some(0));
    assert!(text(&warn).contains("not supported for recording to VOD"));
    let bad = run(
        &[
            "validate",
            "--preset",
            p,
            "--set",
            "CycleDuration=120",
            "--set",
            "AutoCompose=ON",
        ],
        &[],
        &dir,
    );
    assert_eq!(bad.status.code(), Some(2));
    let t = text(&bad);
    assert!(t.contains("at least 300"), "{t}");
    assert!(t.contains("required when Auto compose is ON"), "{t}");
}

#[test]
fn validate_offers_split_of_pasted_stream_url() {
    let dir = temp_dir();
    let o = run(
        &[
            "validate",
            "--set",
            "DomainName=rtmp://push.example.com/live/cam1",
            "--set",
            "VodTranscodeGroupId=x",
        ],
        &[],
        &dir,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o)
            .contains("--set DomainName=push.example.com --set AppName=live --set StreamName=cam1")
    );
}

#[test]
fn submit_json_success_then_config_exists() {
    let sb = start_sandbox(&[]);
    let dir = temp_dir();
    let preset = example_preset(&dir);
    let args = [
        "submit",
        "--preset",
        preset.to_str().expect("path"),
        "--endpoint",
        &sb.url,
        "--json",
    ];
    let first = run(&args, &[], &dir);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first));
    let v = json(&first);
    for key in [
        "ok",
        "request_id",
        "http_status",
        "code",
        "message",
        "explanation",
        "elapsed_ms",
    ] {
        assert!(v.get(key).is_some(), "missing {key}: {v}");
    }
    assert_eq!(v["ok"], true);
    assert_eq!(v["http_status"], 200);
    assert_eq!(v["sandbox"], true);
    assert!(
        v["explanation"]
            .as_str()
            .expect("text")
            .contains("live.example.com/app/cli")
    );

    let second = run(&args, &[], &dir);
    assert_eq!(second.status.code(), Some(1));
    let v = json(&second);
    assert_eq!(v["ok"], false);
    assert_eq!(v["code"], "ConfigAlreadyExists");
    assert_eq!(v["http_status"], 400);
    assert!(
        v["explanation"]
            .as_str()
            .expect("text")
            .contains("already has")
    );
}

#[test]
fn submit_text_explains_errors_and_marks_sandbox() {
    let sb = start_sandbox(&[]);
    let dir = temp_dir();
    let preset = example_preset(&dir);
    let o = run(
        &[
            "submit",
            "--preset",
            preset.to_str().expect("path"),
            "--endpoint",
            &sb.url,
            "--set",
            "VodTranscodeGroupId=missing",
            // The service's answer is what this test reads; the check would refuse it first.
            "--no-account-check",
        ],
        &[],
        &dir,
    );
    assert_eq!(o.status.code(), Some(1));
    let t = text(&o);
    assert!(t.contains("SANDBOX"), "{t}");
    assert!(t.contains("Transcoding template group not found"), "{t}");
    assert!(t.contains("Next step:"), "{t}");
}

#[test]
fn submit_with_errors_is_exit_2_and_sends_nothing() {
    let dir = temp_dir();
    let preset = example_preset(&dir);
    let o = run(
        &[
            "submit",
            "--preset",
            preset.to_str().expect("path"),
            "--endpoint",
            "http://127.0.0.1:9",
            "--set",
            "CycleDuration=99999",
            "--json",
        ],
        &[],
        &dir,
    );
    assert_eq!(o.status.code(), Some(2));
    let v = json(&o);
    assert_eq!(v["code"], "InvalidInput");
    assert_eq!(v["findings"][0]["field"], "CycleDuration");
}

#[test]
fn unreachable_endpoint_is_exit_1_with_explanation() {
    let dir = temp_dir();
    let preset = example_preset(&dir);
    let o = run(
        &[
            "submit",
            "--preset",
            preset.to_str().expect("path"),
            "--endpoint",
            "http://127.0.0.1:9",
            "--retries",
            "0",
        ],
        &[],
        &dir,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("Connection refused"), "{}", text(&o));
}

#[test]
fn insecure_remote_endpoint_is_refused() {
    let dir = temp_dir();
    let preset = example_preset(&dir);
    let o = run(
        &[
            "submit",
            "--preset",
            preset.to_str().expect("path"),
            "--endpoint",
            "http://live.aliyuncs.com",
        ],
        &[],
        &dir,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("only allowed for this computer"));
}

#[test]
fn missing_credentials_for_the_cloud_names_the_variables() {
    let dir = temp_dir();
    let preset = example_preset(&dir);
    let o = run(
        &["submit", "--preset", preset.to_str().expect("path")],
        &[],
        &dir,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("ALIBABA_CLOUD_ACCESS_KEY_ID"));
}

#[test]
fn bad_preset_files_get_clear_messages() {
    let dir = temp_dir();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "unknown.json",
            br#"{"fields":{"Domain":"x"}}"#.to_vec(),
            "unknown field \"Domain\"",
        ),
        (
            "type.json",
            br#"{"fields":{"AppName":true}}"#.to_vec(),
            "\"AppName\" must be text",
        ),
        (
            "utf8.json",
            b"{\"fields\":{\"AppName\":\"\xc3\x28\"}}".to_vec(),
            "not UTF-8",
        ),
        ("huge.json", vec![b' '; 2 * 1024 * 1024], "larger than"),
        ("broken.json", b"{\"fields\": {".to_vec(), "not valid JSON"),
        (
            "newer.json",
            br#"{"format":9,"fields":{}}"#.to_vec(),
            "newer version",
        ),
    ];
    for (name, content, expected) in cases {
        let path = write_preset(&dir, name, &content);
        let o = run(
            &["validate", "--preset", path.to_str().expect("path")],
            &[],
            &dir,
        );
        assert_eq!(o.status.code(), Some(2), "{name}");
        let t = text(&o);
        assert!(t.contains(expected), "{name}: {t}");
        assert!(!t.contains("panicked"), "{name}: {t}");
    }
    let o = run(
        &["validate", "--preset", "/nonexistent/preset.json"],
        &[],
        &dir,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("cannot open preset"));
}

#[test]
fn unknown_set_field_is_invalid_input() {
    let dir = temp_dir();
    let o = run(&["validate", "--set", "Domain=x"], &[], &dir);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("unknown field \"Domain\""));
    let o = run(&["validate", "--set", "novalue"], &[], &dir);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn secrets_never_appear_in_any_output() {
    let sb = start_sandbox(&[
        "--access-key-id",
        "STS.TestKey",
        "--access-key-secret",
        TEST_SECRET,
        "--security-token",
        TEST_TOKEN,
    ]);
    assert!(
        !sb.lines.join("\n").contains(TEST_SECRET),
        "sandbox echoed the secret"
    );
    let dir = temp_dir();
    let preset = example_preset(&dir);
    let p = preset.to_str().expect("path");
    let env = [
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.TestKey"),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", TEST_SECRET),
        ("ALIBABA_CLOUD_SECURITY_TOKEN", TEST_TOKEN),
    ];
    let mut outputs = Vec::new();
    for sig in ["v3", "v1"] {
        for extra in [
            &["--dry-run"][..],
            &["--dry-run", "--json"],
            &["--json"],
            &[],
            &["--set", "VodTranscodeGroupId=nope"],
        ] {
            let mut args = vec![
                "submit",
                "--preset",
                p,
                "--endpoint",
                &sb.url,
                "--signature",
                sig,
                "--set",
            ];
            let stream = format!("StreamName=secret-{sig}-{}", outputs.len());
            args.push(&stream);
            args.extend_from_slice(extra);
            let o = run(&args, &env, &dir);
            outputs.push(text(&o));
        }
    }
    let wrong = [
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.TestKey"),
        (
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
            "Wrong-TestSecret-never-print",
        ),
        ("ALIBABA_CLOUD_SECURITY_TOKEN", TEST_TOKEN),
    ];
    outputs.push(text(&run(
        &["submit", "--preset", p, "--endpoint", &sb.url, "--json"],
        &wrong,
        &dir,
    )));
    let all = outputs.join("\n");
    assert!(
        all.contains("\"ok\":true"),
        "the STS submit should have worked: {all}"
    );
    assert!(
        all.contains("<security-token hidden>"),
        "dry run should show the token masked"
    );
    let encoded_token = "TestToken%2B%2F%3D-never-print-1234";
    for needle in [
        TEST_SECRET,
        TEST_TOKEN,
        encoded_token,
        "Wrong-TestSecret-never-print",
    ] {
        assert!(!all.contains(needle), "{needle} leaked");
    }
    let mut stored = String::new();
    for entry in walk(dir.path()) {
        stored.push_str(&String::from_utf8_lossy(
            &std::fs::read(entry).unwrap_or_default(),
        ));
    }
    assert!(!stored.contains(TEST_SECRET) && !stored.contains(TEST_TOKEN));
}

#[test]
fn a_failed_signature_shows_both_strings_to_sign() {
    let data = temp_dir();
    let sb = start_sandbox(&[]);
    let preset = example_preset(&data);
    let o = run(
        &[
            "submit",
            "--preset",
            preset.to_str().expect("path"),
            "--endpoint",
            &sb.url,
            "--signature",
            "v1",
        ],
        &[
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tSandboxDemoKey0001"),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "not-the-secret"),
        ],
        &data,
    );
    assert_eq!(o.status.code(), Some(1));
    let t = text(&o);
    assert!(t.contains("SignatureDoesNotMatch"), "{t}");
    assert!(t.contains("proxy or gateway"), "{t}");
    assert!(t.contains("service: POST&%2F&"), "{t}");
    assert!(t.contains("ours:    POST&%2F&"), "{t}");
    assert!(t.contains("the AccessKey secret is what differs"), "{t}");
}

/// The same failing check, in the language the environment and `--lang` choose.
fn validate_in(args_before: &[&str], args_after: &[&str], env: &[(&str, &str)]) -> String {
    let dir = temp_dir();
    let mut args: Vec<&str> = args_before.to_vec();
    args.extend(["validate", "--set", "CycleDuration=120"]);
    args.extend(args_after);
    let o = run(&args, env, &dir);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    text(&o)
}

#[test]
fn the_locale_environment_and_lang_choose_the_language() {
    let english = validate_in(&[], &[], &[]);
    assert!(english.contains("is required"), "{english}");
    let chinese = validate_in(&[], &[], &[("LANG", "zh_CN.UTF-8")]);
    assert!(chinese.contains("播流域名为必填项"), "{chinese}");
    assert!(chinese.contains("录制周期（秒）必须在"), "{chinese}");
    // LC_ALL wins over LANG, as in every POSIX program.
    let lc_all = validate_in(
        &[],
        &[],
        &[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")],
    );
    assert!(lc_all.contains("播流域名为必填项"), "{lc_all}");
    // --lang wins over both, before or after the subcommand.
    let before = validate_in(&["--lang", "en"], &[], &[("LC_ALL", "zh_CN.UTF-8")]);
    assert!(before.contains("is required"), "{before}");
    let after = validate_in(&[], &["--lang", "zh-CN"], &[("LANG", "en_US.UTF-8")]);
    assert!(after.contains("播流域名为必填项"), "{after}");
}

#[test]
fn an_unknown_language_is_refused_with_the_choices() {
    let dir = temp_dir();
    let o = run(&["--lang", "fr", "validate"], &[], &dir);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("zh-CN or en"), "{}", text(&o));
}

#[test]
fn json_stays_english_in_a_chinese_locale() {
    let sb = start_sandbox(&[]);
    let dir = temp_dir();
    let preset = example_preset(&dir);
    let p = preset.to_str().expect("path");
    let args = ["submit", "--preset", p, "--endpoint", &sb.url, "--json"];
    let o = run(&args, &[("LANG", "zh_CN.UTF-8")], &dir);
    let doc = json(&o);
    let explanation = doc["explanation"].as_str().unwrap_or_default();
    assert!(explanation.contains("will be stored in VOD"), "{doc}");
    let human = run(&args[..5], &[("LANG", "zh_CN.UTF-8")], &dir);
    assert!(
        text(&human).contains("配置已存在") || text(&human).contains("录制配置已存在"),
        "{}",
        text(&human)
    );
}

#[test]
fn help_speaks_the_chosen_language() {
    let dir = temp_dir();
    let zh = run(
        &["configs", "list", "--help"],
        &[("LANG", "zh_CN.UTF-8")],
        &dir,
    );
    assert_eq!(zh.status.code(), Some(0));
    let t = text(&zh);
    assert!(t.contains("用法："), "{t}");
    assert!(t.contains("播流域名"), "{t}");
    assert!(t.contains("打印帮助"), "{t}");
    let en = run(
        &["--lang", "en", "configs", "list", "--help"],
        &[("LANG", "zh_CN.UTF-8")],
        &dir,
    );
    let t = text(&en);
    assert!(
        t.contains("Usage: ") && t.contains("The streaming domain"),
        "{t}"
    );
}

#[test]
fn parallel_processes_on_one_data_dir_record_every_call() {
    // 20 submits at once (each its own process) on one data dir: every one the sandbox
    // accepted is in the history, none lost to a "database is locked".
    let sb = start_sandbox(&[]);
    let data = temp_dir();
    let children: Vec<_> = (0..20)
        .map(|n| {
            std::process::Command::new(BIN)
                .args([
                    "submit",
                    "--endpoint",
                    &sb.url,
                    "--json",
                    "--set",
                    "DomainName=live.example.com",
                    "--set",
                    "AppName=parallel",
                    "--set",
                    &format!("StreamName=s{n}"),
                    "--set",
                    "VodTranscodeGroupId=VOD_NO_TRANSCODE",
                ])
                .env_remove("ALIBABA_CLOUD_ACCESS_KEY_ID")
                .env_remove("ALIBABA_CLOUD_ACCESS_KEY_SECRET")
                .env("LIVE_RECORD_VOD_DATA_DIR", data.path())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("submit starts")
        })
        .collect();
    let mut accepted = 0;
    for child in children {
        let o = child.wait_with_output().expect("submit ends");
        assert!(!text(&o).contains("could not be recorded"), "{}", text(&o));
        if o.status.code() == Some(0) {
            accepted += 1;
        }
    }
    assert_eq!(accepted, 20);
    let o = run(&["history", "--json", "--limit", "100"], &[], &data);
    let recorded = json(&o).as_array().map_or(0, |entries| {
        entries
            .iter()
            .filter(|e| e["outcome"] == "ok" && e["operation"] == "AddLiveRecordVodConfig")
            .count()
    });
    assert_eq!(recorded, accepted, "every accepted call is recorded");
}

#[test]
fn an_export_never_replaces_the_programs_own_files() {
    let sb = start_sandbox(&[]);
    let data = temp_dir();
    let preset = example_preset(&data);
    let preset = preset.to_str().expect("path");
    let o = run(
        &[
            "submit",
            "--preset",
            preset,
            "--endpoint",
            &sb.url,
            "--no-account-check",
        ],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let db = data.path().join("history.sqlite3");
    let before = std::fs::metadata(&db).expect("db").len();
    let db_path = db.to_str().expect("path");
    for args in [
        vec!["history", "export", "--format", "csv", "--to", db_path],
        vec!["batch", "template", "--preset", preset, "--to", db_path],
    ] {
        let o = run(&args, &[], &data);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o));
        assert!(
            text(&o).contains("one of this program's own files"),
            "{}",
            text(&o)
        );
    }
    assert_eq!(std::fs::metadata(&db).expect("db").len(), before);
    let o = run(&["history", "--json"], &[], &data);
    assert_eq!(
        json(&o).as_array().map(Vec::len),
        Some(1),
        "the history is intact"
    );
    // `--to -` is standard output; a missing folder is an error, not made silently.
    let o = run(
        &["history", "export", "--format", "csv", "--to", "-"],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("id,started_at"));
    assert!(!std::path::Path::new("-").exists());
    let missing = data.path().join("no-such-folder").join("h.csv");
    let o = run(
        &[
            "history",
            "export",
            "--format",
            "csv",
            "--to",
            missing.to_str().expect("path"),
        ],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(!missing.parent().expect("parent").exists());
}

/// The files the package installs beside the binary, made by the binary itself:
/// `(arguments, file)`.
const PACKAGED: [(&[&str], &str); 4] = [
    (&["man"], "assets/linux/live-record-vod.1"),
    (
        &["completions", "bash"],
        "assets/linux/completions/live-record-vod.bash",
    ),
    (
        &["completions", "zsh"],
        "assets/linux/completions/_live-record-vod",
    ),
    (
        &["completions", "fish"],
        "assets/linux/completions/live-record-vod.fish",
    ),
];

#[test]
fn the_packaged_manual_page_and_completions_are_the_programs_own() {
    let data = temp_dir();
    let update = std::env::var_os("UPDATE_PACKAGE_FILES").is_some();
    for (args, file) in PACKAGED {
        let mut with_lang = vec!["--lang", "en"];
        with_lang.extend_from_slice(args);
        let o = run(&with_lang, &[], &data);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", text(&o));
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        if update {
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder");
            std::fs::write(&path, &o.stdout).expect("write");
        }
        let packaged = std::fs::read(&path).unwrap_or_default();
        assert!(
            packaged == o.stdout,
            "{file} is not what `live-record-vod {}` prints now; \
             rerun with UPDATE_PACKAGE_FILES=1 and commit it",
            args.join(" ")
        );
    }
    let page = std::fs::read_to_string("assets/linux/live-record-vod.1").unwrap_or_default();
    assert!(
        page.starts_with(".ie") || page.contains(".TH live-record-vod 1"),
        "{page}"
    );
    for command in ["submit", "configs", "batch", "call", "completions"] {
        assert!(page.contains(command), "the page names `{command}`");
    }
    let bash = std::fs::read_to_string("assets/linux/completions/live-record-vod.bash")
        .unwrap_or_default();
    assert!(
        bash.contains("configs") && bash.contains("--data-dir"),
        "{bash}"
    );
}

#[test]
fn a_folder_given_as_the_sandbox_state_is_said_to_be_the_problem() {
    let data = temp_dir();
    let folder = data.path().to_str().expect("path");
    let o = run(&["sandbox", "--state", folder], &[], &data);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("state file"), "{}", text(&o));
    assert!(!text(&o).contains("cannot listen"), "{}", text(&o));
}
