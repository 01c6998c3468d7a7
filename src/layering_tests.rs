//! The layering, checked: each layer imports only the layers below it (read from the source,
//! so that a wrong arrow fails a test instead of waiting for a review).

/// The layers, bottom up: a module may name only modules of its own layer or below.
const LAYERS: &[&[&str]] = &[
    &["i18n", "atomic_file.rs"],
    &["operation", "signing"],
    &["wire"],
    &["errors"],
    &["credentials", "sandbox"],
    &["client"],
    &["storage", "codegen", "batch"],
    &["worker"],
    &["cli", "ui", "app.rs"],
];

/// Imports within the layers that are wrong too: the sandbox and the credentials know
/// nothing of each other, storage and copy-as-code know nothing of each other, and the
/// command line does not draw.
const ALSO_NEVER: &[(&str, &[&str])] = &[
    ("sandbox", &["errors", "credentials"]),
    ("credentials", &["sandbox"]),
    ("storage", &["codegen", "client"]),
    ("codegen", &["storage", "batch"]),
    ("cli", &["ui"]),
];

/// Each module and the crate modules it must never name.
fn never() -> Vec<(&'static str, Vec<&'static str>)> {
    let name = |m: &'static str| m.trim_end_matches(".rs");
    let mut out = Vec::new();
    for (rank, layer) in LAYERS.iter().enumerate() {
        for module in *layer {
            let mut never: Vec<&str> = LAYERS[rank + 1..]
                .iter()
                .flat_map(|l| l.iter().map(|m| name(m)))
                .collect();
            for (m, extra) in ALSO_NEVER {
                if m == module {
                    never.extend(extra.iter());
                }
            }
            out.push((*module, never));
        }
    }
    out
}

/// The source files under `path`, test-only files (`tests.rs`, `*_tests.rs`) left out.
fn files(path: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let test_only = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n == "tests.rs" || n.ends_with("_tests.rs"));
    if path.is_file() {
        if !test_only {
            out.push(path.to_path_buf());
        }
    } else if let Ok(dir) = std::fs::read_dir(path) {
        for entry in dir.flatten() {
            files(&entry.path(), out);
        }
    }
}

#[test]
fn every_layer_imports_only_the_layers_below_it() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    for (module, never) in never() {
        let mut found = Vec::new();
        files(&src.join(module), &mut found);
        assert!(!found.is_empty(), "{module} has no source");
        for file in found {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for (n, line) in text.lines().enumerate() {
                for other in &never {
                    if line.contains(&format!("crate::{other}::"))
                        || line.contains(&format!("crate::{other};"))
                        || line.contains(&format!("crate::{other}::{{"))
                    {
                        wrong.push(format!(
                            "{}:{}: {module} uses {other}",
                            file.display(),
                            n + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layering:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn only_the_window_draws() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    files(&src, &mut found);
    let drawing: Vec<String> = found
        .iter()
        .filter(|f| !f.starts_with(src.join("ui")) && !f.ends_with("app.rs"))
        .filter(|f| {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            text.contains("use eframe") || text.contains("use egui") || text.contains("egui::")
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(drawing.is_empty(), "egui outside the window: {drawing:?}");
}
