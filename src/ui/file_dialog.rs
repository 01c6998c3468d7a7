//! Native file dialogs (rfd), run off the UI thread. Without a desktop portal rfd answers "no
//! file" at once, exactly like a cancel; an answer that quick is taken to mean there is no
//! dialog, and a path field is offered instead.

use crate::operation::Operation;
use crate::storage::HistoryQuery;
use crate::storage::history_export::ExportFormat;
use crate::t;
use eframe::egui;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// An answer quicker than this cannot have come from a person.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(300);

/// What the file is for.
#[derive(Debug, Clone, PartialEq)]
pub enum FilePurpose {
    /// Choose a preset file to import.
    ImportPresets,
    /// Choose where to export these presets.
    ExportPresets(Vec<String>),
    /// Choose where to export the history entries matching the query.
    ExportHistory(ExportFormat, HistoryQuery),
    /// Choose a batch's CSV file.
    OpenBatch,
    /// Choose where to write a batch template for this operation.
    BatchTemplate(Operation),
    /// Choose where to export a batch's results.
    ExportBatch(i64, ExportFormat),
}

impl FilePurpose {
    fn title(&self) -> String {
        match self {
            FilePurpose::ImportPresets => t!("file-import-presets"),
            FilePurpose::ExportPresets(_) => t!("file-export-presets"),
            FilePurpose::ExportHistory(..) => t!("file-export-history"),
            FilePurpose::OpenBatch => t!("file-open-a-batch-file-csv"),
            FilePurpose::BatchTemplate(_) => t!("file-save-a-batch-template"),
            FilePurpose::ExportBatch(..) => t!("file-export-batch-results"),
        }
    }

    fn suggested_name(&self) -> &'static str {
        match self {
            FilePurpose::ImportPresets => "",
            FilePurpose::ExportPresets(_) => "presets.json",
            FilePurpose::ExportHistory(ExportFormat::Csv, _) => "history.csv",
            FilePurpose::ExportHistory(ExportFormat::Json, _) => "history.json",
            FilePurpose::OpenBatch => "streams.csv",
            FilePurpose::BatchTemplate(_) => "batch-template.csv",
            FilePurpose::ExportBatch(_, ExportFormat::Csv) => "batch-results.csv",
            FilePurpose::ExportBatch(_, ExportFormat::Json) => "batch-results.json",
        }
    }
}

/// File dialogs in flight and the path-field fallback.
#[derive(Debug)]
pub struct FileDialogs {
    native: bool,
    tx: mpsc::Sender<(FilePurpose, Option<PathBuf>, Duration)>,
    rx: mpsc::Receiver<(FilePurpose, Option<PathBuf>, Duration)>,
    /// The path field: what it asks for, the text typed, and whether it has had focus yet.
    fallback: Option<(FilePurpose, String, bool)>,
}

impl FileDialogs {
    /// `native`: try the system's dialog first (false: always the path field, for tests).
    pub fn new(native: bool) -> FileDialogs {
        let (tx, rx) = mpsc::channel();
        FileDialogs {
            native,
            tx,
            rx,
            fallback: None,
        }
    }

    /// Asks for a file for `purpose`; the answer comes from [`FileDialogs::ui`].
    pub fn request(&mut self, ctx: &egui::Context, purpose: FilePurpose) {
        if !self.native {
            self.fallback = Some((purpose, String::new(), false));
            return;
        }
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let dialog = rfd::FileDialog::new()
                .set_title(purpose.title())
                .add_filter(t!("file-files"), &["json", "csv"]);
            let chosen = match &purpose {
                FilePurpose::ImportPresets | FilePurpose::OpenBatch => dialog.pick_file(),
                other => dialog.set_file_name(other.suggested_name()).save_file(),
            };
            tx.send((purpose, chosen, started.elapsed())).ok();
            ctx.request_repaint();
        });
    }

    /// Shows the path field when needed; returns a chosen file.
    #[must_use]
    pub fn ui(&mut self, ui: &mut egui::Ui) -> Option<(FilePurpose, PathBuf)> {
        while let Ok((purpose, chosen, took)) = self.rx.try_recv() {
            match chosen {
                Some(path) => return Some((purpose, path)),
                None if took < NO_DIALOG_THRESHOLD => {
                    self.fallback = Some((purpose, String::new(), false));
                }
                None => {}
            }
        }
        let (purpose, path, focused) = self.fallback.as_mut()?;
        let mut chosen = None;
        let mut close = false;
        egui::Modal::new(egui::Id::unique("file_path_fallback")).show(ui.ctx(), |ui| {
            ui.heading(purpose.title());
            ui.label(t!("file-no-file-dialog-is-available"));
            let label = ui.label(t!("file-file-path"));
            let edit = ui
                .add(
                    egui::TextEdit::singleline(path)
                        .hint_text(example_path(purpose.suggested_name()))
                        .desired_width(420.0),
                )
                .labelled_by(label.id);
            if !*focused {
                edit.request_focus();
                *focused = true;
            }
            let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                let ready = !path.trim().is_empty();
                if ui
                    .add_enabled(ready, egui::Button::new(t!("file-ok")))
                    .clicked()
                    || (entered && ready)
                {
                    chosen = Some((purpose.clone(), typed_path(path.trim())));
                    close = true;
                }
                if ui.button(t!("cmd-cancel")).clicked() {
                    close = true;
                }
            });
        });
        if close {
            self.fallback = None;
        }
        chosen
    }
}

/// The hint in the path field: the file in the user's home folder.
fn example_path(name: &str) -> String {
    match dirs::home_dir() {
        Some(home) => home.join(name).display().to_string(),
        None => name.to_string(),
    }
}

/// A typed path as a shell would take it: a leading `~` is the home folder (no folder named
/// `~` is made in the current one).
fn typed_path(typed: &str) -> PathBuf {
    let home = dirs::home_dir();
    match (typed.strip_prefix('~'), home) {
        (Some(""), Some(home)) => home,
        (Some(rest), Some(home)) if rest.starts_with(['/', std::path::MAIN_SEPARATOR]) => {
            home.join(rest.trim_start_matches(['/', std::path::MAIN_SEPARATOR]))
        }
        _ => PathBuf::from(typed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_tilde_is_the_home_folder() {
        let Some(home) = dirs::home_dir() else {
            eprintln!("skipped: no home folder");
            return;
        };
        assert_eq!(typed_path("~"), home);
        assert_eq!(typed_path("~/batch.csv"), home.join("batch.csv"));
        assert_eq!(typed_path("/tmp/~x"), PathBuf::from("/tmp/~x"));
        assert_eq!(typed_path("~other/x"), PathBuf::from("~other/x"));
        assert_eq!(
            example_path("history.csv"),
            home.join("history.csv").display().to_string()
        );
        assert!(!example_path("a.csv").contains("/home/me"));
    }
}
