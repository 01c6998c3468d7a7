//! Records the commit the program is built from (when built from a git checkout), for
//! `--version` and the About box.

use std::process::Command;

fn main() {
    let commit = Command::new("git")
        .args(["rev-parse", "--short=10", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_hexdigit()));
    let note = commit.map(|c| format!(" (commit {c})")).unwrap_or_default();
    println!("cargo:rustc-env=LIVE_RECORD_VOD_COMMIT_NOTE={note}");
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs/heads");
    println!("cargo:rerun-if-env-changed=LIVE_RECORD_VOD_COMMIT_NOTE");
}
