//! Copy as code: the generated code for every operation and language matches reviewed files;
//! the generated Python runs against the sandbox with the official SDK for each operation;
//! awkward values (quotes, spaces, `$`, backticks, backslashes, newlines, Chinese) arrive
//! exactly as typed through the POSIX shell and through Python.

use crate::common;

use common::*;
use live_record_vod::codegen::{self, CodeEndpoint, CodeInput, Language, Shell};
use live_record_vod::operation::{Field, Operation};
use std::path::PathBuf;
use std::process::Command;

const NASTY: &str = "it's \"q\" $HOME `id` \\d\nnew line 直播";

fn input(operation: Operation, profile: Option<&str>) -> CodeInput {
    let all = [
        (Field::RegionId, "cn-shanghai"),
        (Field::DomainName, "live.example.com"),
        (Field::AppName, "app"),
        (Field::StreamName, "stream"),
        (Field::VodTranscodeGroupId, "VOD_NO_TRANSCODE"),
        (Field::CycleDuration, "3600"),
        (Field::DelayTime, "120"),
        (Field::PageNum, "1"),
        (Field::PageSize, "10"),
    ];
    CodeInput {
        operation,
        params: all
            .iter()
            .filter(|(f, _)| operation.takes(*f))
            .map(|(f, v)| (f.api_name(), v.to_string()))
            .collect(),
        endpoint: CodeEndpoint::from_url("https://live.aliyuncs.com"),
        profile: profile.map(str::to_string),
        every_page: false,
    }
}

fn extension(language: Language) -> &'static str {
    match language {
        Language::Aliyun(Shell::Posix) => "sh",
        Language::Aliyun(Shell::PowerShell) => "ps1",
        Language::Aliyun(Shell::Cmd) => "cmd",
        Language::Python => "py",
        Language::Java => "java",
        Language::Go => "go",
        Language::Node => "ts",
    }
}

#[test]
fn generated_code_matches_the_reviewed_files() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/codegen_expected");
    let update = std::env::var_os("LIVE_RECORD_VOD_UPDATE_EXPECTED").is_some();
    let languages = Shell::ALL.map(Language::Aliyun).into_iter().chain([
        Language::Python,
        Language::Java,
        Language::Go,
        Language::Node,
    ]);
    for language in languages {
        for operation in Operation::ALL {
            let profile = (operation == Operation::Update).then_some("work");
            let code = codegen::generate(language, &input(operation, profile));
            assert!(!code.contains("Secret"), "{code}");
            let path = dir.join(format!("{}.{}", operation.action(), extension(language)));
            if update {
                std::fs::write(&path, &code).expect("write");
            }
            let expected = std::fs::read_to_string(&path)
                .unwrap_or_else(|_| panic!("{} is missing", path.display()));
            assert_eq!(
                code,
                expected,
                "{} differs from the reviewed file",
                path.display()
            );
        }
    }
}

#[test]
fn the_posix_command_passes_awkward_values_exactly() {
    let dir = temp_dir();
    // A stand-in `aliyun` that prints each argument it got, NUL-terminated.
    let fake = dir.path().join("aliyun");
    std::fs::write(&fake, "#!/bin/sh\nprintf '%s\\0' \"$@\"\n").expect("write");
    Command::new("chmod")
        .arg("+x")
        .arg(&fake)
        .status()
        .expect("chmod");
    let mut code_input = input(Operation::Add, Some("my profile"));
    code_input
        .params
        .push((Field::StorageLocation.api_name(), NASTY.into()));
    code_input.params.push((
        Field::ComposeVodTranscodeGroupId.api_name(),
        "-starts-with-dash".into(),
    ));
    let command = codegen::generate(Language::Aliyun(Shell::Posix), &code_input);
    let path = format!(
        "{}:{}",
        dir.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("sh")
        .args(["-c", &command])
        .env("PATH", path)
        .output()
        .expect("sh runs");
    let args: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .split('\0')
        .map(str::to_string)
        .collect();
    assert_eq!(
        args[0..2],
        ["live".to_string(), "AddLiveRecordVodConfig".to_string()]
    );
    let at = args
        .iter()
        .position(|a| a == "--StorageLocation")
        .expect("flag");
    assert_eq!(args[at + 1], NASTY);
    assert!(args.contains(&"--ComposeVodTranscodeGroupId=-starts-with-dash".to_string()));
    let at = args.iter().position(|a| a == "--profile").expect("profile");
    assert_eq!(args[at + 1], "my profile");
}

fn sdk_available() -> bool {
    let found = Command::new("python3")
        .args([
            "-c",
            "import alibabacloud_live20161101, alibabacloud_credentials",
        ])
        .status()
        .is_ok_and(|s| s.success());
    if !found && std::env::var_os("LIVE_RECORD_VOD_REQUIRE_OFFICIAL_SDK").is_some() {
        panic!("the official Python SDK is required here: pip install alibabacloud-live20161101");
    }
    found
}

/// Runs Python code with the sandbox's demo key in the environment, as a user would.
fn run_python(code: &str) -> String {
    let out = Command::new("python3")
        .args(["-c", code])
        .env("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tSandboxDemoKey0001")
        .env(
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
            "SandboxDemoSecret000000000001",
        )
        .env_remove("ALIBABA_CLOUD_SECURITY_TOKEN")
        .output()
        .expect("python3 runs");
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn the_printed_python_runs_against_the_sandbox_for_every_operation() {
    if !sdk_available() {
        eprintln!("skipped: alibabacloud-live20161101 is not installed");
        return;
    }
    let data = temp_dir();
    let sb = start_sandbox(&[]);
    let preset = example_preset(&data);
    let preset = preset.to_str().expect("path");
    let steps: [&[&str]; 4] = [
        &["submit", "--preset", preset],
        &["configs", "list", "--domain", "live.example.com"],
        &[
            "configs",
            "update",
            "--preset",
            preset,
            "--set",
            "CycleDuration=600",
        ],
        &[
            "configs",
            "delete",
            "--domain",
            "live.example.com",
            "--app",
            "app",
            "--stream",
            "cli",
        ],
    ];
    for step in steps {
        let mut args = step.to_vec();
        args.extend(["--print-as", "python", "--endpoint", &sb.url]);
        let printed = run(&args, &[], &data);
        assert_eq!(printed.status.code(), Some(0), "{}", text(&printed));
        let code = String::from_utf8_lossy(&printed.stdout).to_string();
        assert!(
            code.contains(&format!("config.endpoint = \"{}\"", &sb.url[7..])),
            "{code}"
        );
        let ran = run_python(&code);
        assert!(
            ran.contains("RequestId: SANDBOX-"),
            "{step:?}: {ran}\n{code}"
        );
    }
    let listed = list_configs(&sb.url, &[], &data);
    assert_eq!(listed["total"], 0, "the printed delete deleted the config");
}

#[test]
fn awkward_values_reach_the_sandbox_exactly_through_python() {
    if !sdk_available() {
        eprintln!("skipped: alibabacloud-live20161101 is not installed");
        return;
    }
    let data = temp_dir();
    let sb = start_sandbox(&[]);
    let mut code_input = input(Operation::Add, None);
    code_input.endpoint = CodeEndpoint::from_url(&sb.url);
    for (field, value) in code_input.params.iter_mut() {
        if *field == Field::StreamName.api_name() {
            *value = NASTY.to_string();
        }
    }
    let ran = run_python(&codegen::generate(Language::Python, &code_input));
    assert!(ran.contains("RequestId: SANDBOX-"), "{ran}");
    let listed = list_configs(&sb.url, &[], &data);
    assert_eq!(listed["configs"][0]["StreamName"], NASTY, "{listed}");
}

#[test]
fn configs_list_all_as_aliyun_follows_every_page_with_the_pager_the_cli_needs() {
    let data = temp_dir();
    let sb = start_sandbox(&[]);
    let one_page = run(
        &[
            "configs",
            "list",
            "--domain",
            "live.example.com",
            "--print-as",
            "aliyun",
            "--endpoint",
            &sb.url,
        ],
        &[],
        &data,
    );
    assert_eq!(one_page.status.code(), Some(0), "{}", text(&one_page));
    let one_page = String::from_utf8_lossy(&one_page.stdout).to_string();
    assert!(one_page.contains("--PageNum 1"), "{one_page}");
    assert!(!one_page.contains("--pager"), "{one_page}");

    let every = run(
        &[
            "configs",
            "list",
            "--domain",
            "live.example.com",
            "--all",
            "--print-as",
            "aliyun",
            "--endpoint",
            &sb.url,
        ],
        &[],
        &data,
    );
    assert_eq!(every.status.code(), Some(0), "{}", text(&every));
    let every = String::from_utf8_lossy(&every.stdout).to_string();
    assert!(
        every.contains(
            "--pager PageNumber=PageNum TotalCount=Total \
             'path=LiveRecordVodConfigs.LiveRecordVodConfig[]'"
        ),
        "{every}"
    );
    assert!(
        !every.contains("--PageNum"),
        "the pager sets the page itself: {every}"
    );
    assert!(every.contains("--PageSize"), "{every}");
}
