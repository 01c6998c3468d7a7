//! Helpers shared by the integration tests that drive the binary.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_live-record-vod");
pub const TEST_SECRET: &str = "TestSecret-9f8e7d6c5b4a-never-print";
pub const TEST_TOKEN: &str = "TestToken+/=-never-print-1234";

pub struct SandboxProcess {
    pub child: Child,
    pub url: String,
    pub lines: Vec<String>,
}

impl Drop for SandboxProcess {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

pub fn start_sandbox(extra: &[&str]) -> SandboxProcess {
    let mut child = Command::new(BIN)
        .arg("sandbox")
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("sandbox starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut reader = BufReader::new(stdout);
    let mut lines = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).expect("read") == 0 {
            break;
        }
        let done = line.starts_with("SANDBOX:");
        lines.push(line.trim_end().to_string());
        if done {
            break;
        }
    }
    let url = lines.first().cloned().expect("first line");
    SandboxProcess { child, url, lines }
}

pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

pub fn write_preset(dir: &tempfile::TempDir, name: &str, content: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, content).expect("write");
    path
}

pub fn example_preset(dir: &tempfile::TempDir) -> PathBuf {
    write_preset(
        dir,
        "example.json",
        br#"{"name":"Example","fields":{"RegionId":"cn-shanghai","DomainName":"live.example.com","AppName":"app","StreamName":"cli","VodTranscodeGroupId":"VOD_NO_TRANSCODE","CycleDuration":3600}}"#,
    )
}

pub fn run(args: &[&str], env: &[(&str, &str)], data_dir: &tempfile::TempDir) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env_remove("ALIBABA_CLOUD_ACCESS_KEY_ID")
        .env_remove("ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        .env_remove("ALIBABA_CLOUD_SECURITY_TOKEN")
        // English unless a test says otherwise, whatever the machine's locale.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("LIVE_RECORD_VOD_DATA_DIR", data_dir.path());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("runs")
}

pub fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|_| panic!("JSON expected: {}", text(o)))
}

/// Every file under `dir`, recursively.
pub fn walk(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// `configs list --domain live.example.com --json` (and `extra`) on the sandbox at `url`:
/// its JSON, after checking it exited 0.
pub fn list_configs(url: &str, extra: &[&str], data_dir: &tempfile::TempDir) -> serde_json::Value {
    let mut args = vec![
        "configs",
        "list",
        "--domain",
        "live.example.com",
        "--json",
        "--profile",
        "sandbox",
        "--endpoint",
        url,
    ];
    args.extend(extra);
    let o = run(&args, &[], data_dir);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    json(&o)
}
