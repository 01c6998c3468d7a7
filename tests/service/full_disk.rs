//! The data directory on a small tmpfs that fills up: nothing is sent that is not recorded,
//! the batch stops and says why, and a resume once there is room sends each row once.
//! Mounting needs root (CI runs as root); elsewhere the test says it skipped, and why.

use crate::common;
use live_record_vod::sandbox::{self, Faults, SandboxConfig};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs of `size` mounted on a fresh folder, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Result<SmallDisk, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let o = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .map_err(|e| e.to_string())?;
        if !o.status.success() {
            return Err(String::from_utf8_lossy(&o.stderr).trim().to_string());
        }
        Ok(SmallDisk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// Fills the disk but for about `leave` bytes; returns the filler to delete later.
fn fill(disk: &SmallDisk, leave: u64) -> PathBuf {
    let filler = disk.path().join("filler");
    let free = fs_free(disk.path());
    let size = free.saturating_sub(leave);
    std::fs::write(&filler, vec![0u8; usize::try_from(size).expect("fits")]).expect("filler");
    filler
}

fn fs_free(path: &Path) -> u64 {
    let o = Command::new("df")
        .args(["--output=avail", "-B1"])
        .arg(path)
        .output()
        .expect("df");
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .nth(1)
        .and_then(|l| l.trim().parse().ok())
        .expect("df's figure")
}

fn stream_csv(n: usize) -> String {
    let mut csv = String::from("DomainName,AppName,StreamName,RegionId,VodTranscodeGroupId\r\n");
    for i in 0..n {
        csv.push_str(&format!(
            "live.example.com,app,disk{i},cn-shanghai,VOD_NO_TRANSCODE\r\n"
        ));
    }
    csv
}

#[test]
fn a_batch_on_a_full_disk_stops_sends_nothing_unrecorded_and_resumes_each_row_once() {
    let disk = match SmallDisk::mount("8m") {
        Ok(disk) => disk,
        Err(why) => {
            println!("SKIPPED: a tmpfs cannot be mounted here ({why}); CI runs this as root");
            return;
        }
    };
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sandbox = runtime
        .block_on(sandbox::start(SandboxConfig {
            faults: Faults::default(),
            ..SandboxConfig::default()
        }))
        .expect("sandbox");
    let url = sandbox.base_url().to_string();
    let rows = 400;
    let outside = common::temp_dir();
    let file = outside.path().join("disk.csv");
    std::fs::write(&file, stream_csv(rows)).expect("csv");
    let data = disk.path().to_str().expect("utf-8").to_string();
    let run = |args: &[&str]| {
        let mut all = vec!["--data-dir", data.as_str()];
        all.extend(args);
        common::run(&all, &[], &outside)
    };
    // The history and the batch's rows fit; the calls' entries soon do not.
    let o = run(&["history", "--limit", "1"]);
    assert!(o.status.success(), "{}", common::text(&o));
    // Room for the batch's rows and a few calls' entries (measured: the batch is recorded and
    // stops after about a dozen rows).
    let filler = fill(&disk, 700 * 1024);
    let file = file.to_str().expect("utf-8");
    let o = run(&[
        "batch",
        "run",
        file,
        "--endpoint",
        &url,
        "--no-account-check",
        "--continue-on-error",
    ]);
    let out = common::text(&o);
    assert_ne!(
        o.status.code(),
        Some(0),
        "a full disk is not a success: {out}"
    );
    let sent = sandbox.config_count();
    assert!(
        sent < rows,
        "the batch stopped before the end ({sent} sent): {out}"
    );
    assert!(
        out.contains("the history could not record a row") || out.contains("the disk is full"),
        "it says why: {out}"
    );
    // Room again: the resume sends the rest, each row once.
    std::fs::remove_file(&filler).expect("room again");
    let listed = run(&["batch", "list", "--json"]);
    let text = common::text(&listed);
    let id = text
        .lines()
        .find_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .and_then(|v| v["id"].as_i64())
        .map(|id| id.to_string());
    let Some(id) = id else {
        // The batch itself could not be recorded: then nothing may have been sent.
        assert_eq!(sent, 0, "sent without a record: {out}");
        return;
    };
    let o = run(&["batch", "resume", &id, "--endpoint", &url]);
    let out = common::text(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert_eq!(sandbox.config_count(), rows, "{out}");
    assert!(
        out.contains(&format!(
            "Batch {id} in all: {rows} done, 0 failed, 0 unknown, 0 not sent"
        )),
        "no row was sent twice (a second add is refused as existing): {out}"
    );
    drop(sandbox);
}

#[test]
fn the_sandbox_on_a_full_disk_answers_an_error_instead_of_losing_a_config() {
    let disk = match SmallDisk::mount("2m") {
        Ok(disk) => disk,
        Err(why) => {
            println!("SKIPPED: a tmpfs cannot be mounted here ({why}); CI runs this as root");
            return;
        }
    };
    let state = disk.path().join("sandbox-state.json");
    let start = |runtime: &tokio::runtime::Runtime| {
        runtime
            .block_on(sandbox::start(SandboxConfig {
                state_file: Some(state.clone()),
                ..SandboxConfig::default()
            }))
            .expect("sandbox")
    };
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let sandbox = start(&runtime);
    // Room for the state file with some configs, not with all of them.
    let _filler = fill(&disk, 60 * 1024);
    let data = common::temp_dir();
    let file = data.path().join("many.csv");
    std::fs::write(&file, stream_csv(400)).expect("csv");
    let o = common::run(
        &[
            "batch",
            "run",
            file.to_str().expect("utf-8"),
            "--endpoint",
            sandbox.base_url(),
            "--no-account-check",
            "--continue-on-error",
            "--json",
        ],
        &[],
        &data,
    );
    let out = common::text(&o);
    let accepted = sandbox.config_count();
    assert!(accepted < 400, "the disk filled up: {out}");
    let ok = out.matches("\"ok\":true").count();
    assert!(
        out.contains("\"code\":\"InternalError\""),
        "the service said it failed: {out}"
    );
    drop(sandbox);
    // Every config the sandbox said Success for is still there after a restart.
    let again = start(&runtime);
    assert_eq!(again.config_count(), accepted, "{out}");
    assert_eq!(ok, accepted, "what succeeded is what was kept: {out}");
}
