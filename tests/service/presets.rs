//! Presets from the command line: import, list, show, export, submit by name (which remembers
//! the profile), and broken, huge or newer files that get a clear message and lose nothing.

use crate::common;

use common::*;

#[test]
fn preset_round_trip_through_the_command_line() {
    let data = temp_dir();
    let file = example_preset(&data);
    let o = run(
        &["preset", "import", file.to_str().expect("path")],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(text(&o).contains("imported \"Example\""));
    // Importing again keeps both.
    let o = run(
        &["preset", "import", file.to_str().expect("path")],
        &[],
        &data,
    );
    assert!(text(&o).contains("as \"Example (2)\""), "{}", text(&o));
    let o = run(&["preset", "list"], &[], &data);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "Example\nExample (2)\n");

    let o = run(&["preset", "show", "Example"], &[], &data);
    let shown = json(&o);
    assert_eq!(shown["fields"]["StreamName"], "cli");

    let sb = start_sandbox(&[]);
    let o = run(
        &[
            "submit",
            "--preset-name",
            "Example",
            "--endpoint",
            &sb.url,
            "--json",
        ],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let o = run(&["preset", "show", "Example"], &[], &data);
    assert_eq!(json(&o)["profile"], "sandbox", "remembers the profile");
    let o = run(&["history", "--json"], &[], &data);
    assert_eq!(json(&o)[0]["preset_name"], "Example");

    let bundle = data.path().join("both.json");
    let o = run(
        &[
            "preset",
            "export",
            "Example",
            "Example (2)",
            "--to",
            bundle.to_str().expect("path"),
        ],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let other = temp_dir();
    let o = run(
        &["preset", "import", bundle.to_str().expect("path")],
        &[],
        &other,
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let o = run(&["preset", "list"], &[], &other);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "Example  (last used with profile sandbox)\nExample (2)\n"
    );

    let o = run(&["preset", "delete", "Example (2)"], &[], &data);
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["preset", "show", "Example (2)"], &[], &data);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("no preset named"), "{}", text(&o));
}

#[test]
fn bad_import_files_get_clear_messages_and_lose_nothing() {
    let data = temp_dir();
    let good = example_preset(&data);
    run(
        &["preset", "import", good.to_str().expect("path")],
        &[],
        &data,
    );
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("huge.json", vec![b' '; 2 * 1024 * 1024], "larger than"),
        ("broken.json", b"{\"fields\": {".to_vec(), "not valid JSON"),
        (
            "newer.json",
            br#"{"format":7,"fields":{}}"#.to_vec(),
            "newer version",
        ),
        (
            "bundle.json",
            br#"{"presets":[{"name":"ok","fields":{}},{"fields":[]}]}"#.to_vec(),
            "preset 2 of the bundle",
        ),
    ];
    for (name, content, expected) in cases {
        let path = write_preset(&data, name, &content);
        let o = run(
            &["preset", "import", path.to_str().expect("path")],
            &[],
            &data,
        );
        assert_eq!(o.status.code(), Some(2), "{name}");
        assert!(text(&o).contains(expected), "{name}: {}", text(&o));
    }
    let o = run(&["preset", "list"], &[], &data);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "Example\n",
        "nothing lost or added"
    );
}

#[test]
fn pipes_huge_files_and_unreadable_files_are_named_for_what_they_are() {
    let data = temp_dir();
    let fifo = data.path().join("preset.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let fifo = fifo.to_str().expect("path");
        for args in [
            &["preset", "import", fifo][..],
            &["batch", "check", fifo][..],
        ] {
            let started = std::time::Instant::now();
            let o = run(args, &[], &data);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o));
            assert!(
                text(&o).contains("not a regular file"),
                "{args:?}: {}",
                text(&o)
            );
            assert!(
                started.elapsed() < std::time::Duration::from_secs(10),
                "no wait on a pipe"
            );
        }
    } else {
        eprintln!("skipped the pipe: mkfifo is not available");
    }

    let huge = data.path().join("huge.json");
    std::fs::write(&huge, vec![b' '; 50 * 1024 * 1024]).expect("write");
    let o = run(
        &["preset", "import", huge.to_str().expect("path")],
        &[],
        &data,
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        text(&o).contains("52428800 bytes"),
        "the file's real size: {}",
        text(&o)
    );

    // Root reads any file, so the permission check means something only for other users.
    let locked = data.path().join("locked.json");
    std::fs::write(&locked, b"{}").expect("write");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&locked).is_err() {
        let o = run(
            &["preset", "import", locked.to_str().expect("path")],
            &[],
            &data,
        );
        assert_eq!(o.status.code(), Some(2), "{}", text(&o));
        assert!(text(&o).contains("cannot read"), "{}", text(&o));
        assert!(!text(&o).contains("read-only"), "{}", text(&o));
    } else {
        eprintln!("skipped the unreadable file: this user (root) reads any file");
    }
}
