//! The presets bar: pick, save, save as, rename, delete, import and export. Unsaved changes are
//! marked, and switching presets asks before losing them.

use super::style::warning_color;
use crate::operation::FormDraft;
use crate::operation::preset_file::PresetFile;
use crate::t;
use eframe::egui::{self, RichText};

/// What the user asked of the presets bar.
#[derive(Debug, Clone, PartialEq)]
pub enum PresetAction {
    /// Put this preset into the form.
    Load(PresetFile),
    /// Save this preset.
    Save { preset: PresetFile, overwrite: bool },
    /// Rename a preset.
    Rename { from: String, to: String },
    /// Delete a preset.
    Delete(String),
    /// Ask for a file to import.
    Import,
    /// Ask where to export these presets.
    Export(Vec<String>),
}

#[derive(Debug, Clone, PartialEq)]
enum Dialog {
    SaveAs(String),
    Rename(String),
    ConfirmDelete(String),
    ConfirmSwitch(PresetFile),
}

/// The presets bar's state.
#[derive(Debug, Default)]
pub struct PresetsBar {
    presets: Vec<PresetFile>,
    problems: Vec<crate::i18n::Said>,
    /// The preset the form came from, as last saved or loaded.
    pub current: Option<PresetFile>,
    /// A save or rename sent to the worker, applied when it confirms.
    pending: Option<PresetFile>,
    dialog: Option<Dialog>,
}

impl PresetsBar {
    /// Takes the worker's list of presets.
    pub fn set_presets(&mut self, presets: Vec<PresetFile>, problems: Vec<crate::i18n::Said>) {
        self.presets = presets;
        self.problems = problems;
    }

    /// The names of the saved presets.
    pub fn names(&self) -> Vec<String> {
        self.presets.iter().map(|p| p.name.clone()).collect()
    }

    /// The saved preset of this name.
    pub fn find(&self, name: &str) -> Option<&PresetFile> {
        self.presets.iter().find(|p| p.name == name)
    }

    /// The worker saved `name`: it becomes the current preset.
    pub fn on_saved(&mut self, name: &str) {
        if let Some(p) = self.pending.take().filter(|p| p.name == name) {
            self.current = Some(p);
        }
    }

    /// Whether the form differs from the current preset.
    pub fn has_unsaved_changes(&self, draft: &FormDraft) -> bool {
        match &self.current {
            Some(p) => !same_fields(&p.fields, draft),
            None => false,
        }
    }

    /// A save the caller sends to the worker; remembered until confirmed.
    fn save(&mut self, preset: PresetFile, overwrite: bool) -> PresetAction {
        self.pending = Some(preset.clone());
        PresetAction::Save { preset, overwrite }
    }

    /// Saves a new preset (never replacing one); it becomes current once saved.
    pub fn save_new(&mut self, preset: PresetFile) -> PresetAction {
        self.save(preset, false)
    }

    /// Saves the form under the current preset, or asks for a name.
    pub fn save_current(&mut self, draft: &FormDraft, profile: &str) -> Option<PresetAction> {
        match &self.current {
            Some(current) => {
                let preset = PresetFile {
                    name: current.name.clone(),
                    fields: draft.clone(),
                    profile: Some(profile.to_string()),
                };
                Some(self.save(preset, true))
            }
            None => {
                self.dialog = Some(Dialog::SaveAs(String::new()));
                None
            }
        }
    }

    /// Draws the bar.
    #[must_use]
    pub fn ui(&mut self, ui: &mut egui::Ui, draft: &FormDraft, profile: &str) -> Vec<PresetAction> {
        let mut actions = Vec::new();
        let unsaved = self.has_unsaved_changes(draft);
        let label = ui.label(t!("presets-preset"));
        let shown = self
            .current
            .as_ref()
            .map_or_else(|| t!("presets-none"), |p| super::preset_label(&p.name));
        egui::ComboBox::from_id_salt("preset_picker")
            .selected_text(shown)
            .width(180.0)
            .show_ui(ui, |ui| {
                if self.presets.is_empty() {
                    ui.label(RichText::new(t!("presets-no-presets-yet-use-save")).weak());
                }
                for p in self.presets.clone() {
                    let selected = self.current.as_ref().is_some_and(|c| c.name == p.name);
                    if ui
                        .selectable_label(selected, super::preset_label(&p.name))
                        .clicked()
                    {
                        if unsaved {
                            self.dialog = Some(Dialog::ConfirmSwitch(p));
                        } else {
                            actions.push(PresetAction::Load(p));
                        }
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if unsaved {
            ui.label(
                RichText::new(t!("presets-unsaved-changes"))
                    .italics()
                    .color(warning_color(ui)),
            );
        }
        // i18n-exempt: a shortcut
        if ui.button(t!("cmd-save")).on_hover_text("Ctrl+S").clicked()
            && let Some(a) = self.save_current(draft, profile)
        {
            actions.push(a);
        }
        if ui.button(t!("presets-save-as")).clicked() {
            self.dialog = Some(Dialog::SaveAs(String::new()));
        }
        let current_name = self.current.as_ref().map(|p| p.name.clone());
        if ui
            .add_enabled(
                current_name.is_some(),
                egui::Button::new(t!("presets-rename")),
            )
            .clicked()
        {
            self.dialog = current_name.clone().map(Dialog::Rename);
        }
        if ui
            .add_enabled(
                current_name.is_some(),
                egui::Button::new(t!("presets-delete")),
            )
            .clicked()
        {
            self.dialog = current_name.clone().map(Dialog::ConfirmDelete);
        }
        if ui.button(t!("presets-import-presets")).clicked() {
            actions.push(PresetAction::Import);
        }
        ui.menu_button(t!("presets-export-presets"), |ui| {
            if ui
                .add_enabled(
                    current_name.is_some(),
                    egui::Button::new(t!("presets-this-preset")),
                )
                .clicked()
            {
                actions.push(PresetAction::Export(
                    current_name.clone().into_iter().collect(),
                ));
                ui.close();
            }
            if ui
                .add_enabled(
                    !self.presets.is_empty(),
                    egui::Button::new(t!("presets-all-presets")),
                )
                .clicked()
            {
                actions.push(PresetAction::Export(self.names()));
                ui.close();
            }
        });
        if !self.problems.is_empty() {
            ui.label(
                RichText::new(t!("presets-unreadable-files", count = self.problems.len()))
                    .color(warning_color(ui)),
            )
            .on_hover_text(
                self.problems
                    .iter()
                    .map(crate::i18n::Said::text)
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
        self.dialog_ui(ui, draft, profile, &mut actions);
        actions
    }

    /// Esc: closes the open preset dialog (answering "cancel"); `false` when none is open.
    pub fn escape(&mut self) -> bool {
        self.dialog.take().is_some()
    }

    fn dialog_ui(
        &mut self,
        ui: &mut egui::Ui,
        draft: &FormDraft,
        profile: &str,
        actions: &mut Vec<PresetAction>,
    ) {
        let Some(dialog) = self.dialog.clone() else {
            return;
        };
        let mut next = Some(dialog.clone());
        egui::Modal::new(egui::Id::unique("preset_dialog")).show(ui.ctx(), |ui| match dialog {
            Dialog::SaveAs(mut name) | Dialog::Rename(mut name) => {
                let renaming = matches!(next, Some(Dialog::Rename(_)));
                ui.heading(if renaming {
                    t!("presets-rename-preset")
                } else {
                    t!("presets-save-as-a-new-preset")
                });
                let label = ui.label(t!("presets-preset-name"));
                let edit = ui
                    .add(egui::TextEdit::singleline(&mut name).desired_width(320.0))
                    .labelled_by(label.id);
                edit.request_focus();
                let trimmed = name.trim().to_string();
                let taken = self.presets.iter().any(|p| p.name == trimmed)
                    && self
                        .current
                        .as_ref()
                        .is_none_or(|c| !renaming || c.name != trimmed);
                if taken {
                    ui.label(
                        RichText::new(t!("presets-a-preset-with-this-name"))
                            .color(warning_color(ui)),
                    );
                }
                ui.horizontal(|ui| {
                    let verb = match (renaming, taken) {
                        (true, _) => t!("presets-rename-2"),
                        (false, true) => t!("presets-replace-it"),
                        (false, false) => t!("presets-save-preset"),
                    };
                    let ok = !(trimmed.is_empty() || renaming && taken);
                    if ui.add_enabled(ok, egui::Button::new(verb)).clicked() {
                        if renaming {
                            let from = self
                                .current
                                .as_ref()
                                .map(|c| c.name.clone())
                                .unwrap_or_default();
                            if let Some(mut p) = self.current.clone() {
                                p.name = trimmed.clone();
                                self.pending = Some(p);
                            }
                            actions.push(PresetAction::Rename {
                                from,
                                to: trimmed.clone(),
                            });
                        } else {
                            let preset = PresetFile {
                                name: trimmed.clone(),
                                fields: draft.clone(),
                                profile: Some(profile.to_string()),
                            };
                            actions.push(self.save(preset, taken));
                        }
                        next = None;
                    } else {
                        next = Some(if renaming {
                            Dialog::Rename(name.clone())
                        } else {
                            Dialog::SaveAs(name.clone())
                        });
                    }
                    if ui.button(t!("cmd-cancel")).clicked() {
                        next = None;
                    }
                });
            }
            Dialog::ConfirmDelete(name) => {
                ui.heading(t!("presets-delete-the-preset", name = name.as_str()));
                ui.label(t!("presets-the-form-keeps-its-contents"));
                ui.horizontal(|ui| {
                    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.button(t!("presets-delete-preset")).clicked() || enter {
                        actions.push(PresetAction::Delete(name.clone()));
                        self.current = None;
                        next = None;
                    }
                    if ui.button(t!("presets-keep-it")).clicked() {
                        next = None;
                    }
                });
            }
            Dialog::ConfirmSwitch(preset) => {
                ui.heading(t!("presets-discard-your-changes"));
                ui.label(t!("presets-discard-explained", name = preset.name.as_str()));
                ui.horizontal(|ui| {
                    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.button(t!("presets-discard-and-load")).clicked() || enter {
                        actions.push(PresetAction::Load(preset.clone()));
                        next = None;
                    }
                    if ui.button(t!("presets-keep-editing")).clicked() {
                        next = None;
                    }
                });
            }
        });
        self.dialog = next;
    }
}

fn same_fields(a: &FormDraft, b: &FormDraft) -> bool {
    a.filled()
        .map(|(f, v)| (f, v.trim()))
        .eq(b.filled().map(|(f, v)| (f, v.trim())))
}
