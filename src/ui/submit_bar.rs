//! The bar under the form (Submit or Update, and why it is disabled) and the status line.

use super::commands::UiCommand;
use super::result_panel::ResultPanel;
use super::state::{LiveRecordApp, ThemeChoice};
use super::style::{error_color, success_color};
use crate::i18n::{self, Language};
use crate::operation::{Checked, Operation};
use crate::t;
use eframe::egui::{self, RichText};

/// The words on the form's send button for `operation`.
pub fn send_label(operation: Operation) -> String {
    match operation {
        Operation::Update => t!("submit-update"),
        _ => UiCommand::Submit.label(),
    }
}

impl LiveRecordApp {
    pub(super) fn submit_bar_ui(&mut self, ui: &mut egui::Ui, checked: &Checked) {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            let in_flight = self.result.in_flight().is_some();
            let errors = checked.error_count();
            let enabled = checked.request.is_some() && !in_flight;
            let label = send_label(self.form.operation);
            let button = egui::Button::new(RichText::new(label).strong().size(16.0))
                .fill(ui.visuals().selection.bg_fill)
                .min_size(egui::vec2(140.0, 34.0));
            let response = super::guard_ui::change_button(ui, button, enabled);
            // i18n-exempt: a shortcut
            let response = response.on_hover_text("Ctrl+Enter");
            if response.clicked() {
                self.run_command(UiCommand::Submit);
            }
            if ui
                .add_enabled(
                    checked.request.is_some(),
                    egui::Button::new(t!("submit-copy-as-code")),
                )
                .on_hover_text(t!("submit-this-request-as-an-aliyun"))
                .clicked()
            {
                self.copy_form_as_code();
            }
            let add = self.form.operation == crate::operation::Operation::Add;
            if add
                && ui
                    .add_enabled(
                        checked.request.is_some() && self.plan.file().is_some(),
                        egui::Button::new(t!("submit-add-to-file")),
                    )
                    .on_hover_text(t!("submit-add-to-file-explained"))
                    .on_disabled_hover_text(t!("submit-add-to-file-no-file"))
                    .clicked()
                && let Some(path) = self.plan.file()
            {
                self.worker.send(crate::worker::Command::AddToFile {
                    path,
                    draft: self.form.draft.clone(),
                });
                self.view = super::state::View::Plan;
            }
            let first_error = checked
                .findings
                .iter()
                .find(|f| f.is_error())
                .map(|f| f.field);
            if let Some(field) = first_error {
                let words = t!(
                    "submit-fix-errors-in",
                    count = errors,
                    field = field.label().as_str()
                );
                let link =
                    egui::Button::new(RichText::new(words).color(error_color(ui))).frame(false);
                if ui
                    .add(link)
                    .on_hover_text(t!("submit-fix-errors-show"))
                    .clicked()
                {
                    self.form.scroll_to_field = Some(field);
                }
            } else if errors > 0 {
                ui.label(
                    RichText::new(t!("submit-fix-errors", count = errors)).color(error_color(ui)),
                );
            } else if in_flight {
                ui.label(t!("submit-sending-the-window-stays-usable"));
            } else {
                let warnings = checked.findings.len();
                let note = if warnings > 0 {
                    t!("submit-ready-with-warnings", count = warnings)
                } else {
                    t!("submit-ready-ctrl-enter-also-submits")
                };
                ui.label(RichText::new(note).weak());
            }
        });
        ui.add_space(6.0);
    }

    pub(super) fn notice_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                self.theme_ui(ui);
                self.language_ui(ui);
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    self.notice_text_ui(ui);
                });
            });
        });
    }

    /// The light/dark switch, in the status bar.
    fn theme_ui(&mut self, ui: &mut egui::Ui) {
        let mut theme = self.theme;
        egui::ComboBox::from_id_salt("theme_picker")
            .selected_text(theme.label())
            .show_ui(ui, |ui| {
                for t in ThemeChoice::ALL {
                    ui.selectable_value(&mut theme, t, t.label());
                }
            })
            .response
            .on_hover_text(t!("submit-light-or-dark"))
            .labelled_by(ui.label(t!("submit-theme")).id);
        self.theme = theme;
    }

    /// The language switch, in the status bar: takes effect at once and is remembered.
    fn language_ui(&mut self, ui: &mut egui::Ui) {
        let current = i18n::language();
        let mut picked = current;
        egui::ComboBox::from_id_salt("language_picker")
            .selected_text(current.native_name())
            .width(90.0)
            .show_ui(ui, |ui| {
                for language in Language::ALL {
                    ui.selectable_value(&mut picked, language, language.native_name());
                }
            })
            .response
            .labelled_by(ui.label(t!("status-language")).id);
        if picked != current {
            self.set_language(ui.ctx(), picked);
        }
    }

    /// Switches the interface to `language` now and remembers the choice.
    pub fn set_language(&mut self, ctx: &egui::Context, language: Language) {
        i18n::set_language(language);
        super::style::apply_text_sizes(ctx, language);
        self.chosen_language = Some(language);
        // The result on screen is explained again in the new language.
        if let ResultPanel::Done(done) = &mut self.result {
            done.explanation = done.explain_again();
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(t!("top-live-record-to-vod")));
        ctx.request_repaint();
    }

    fn notice_text_ui(&mut self, ui: &mut egui::Ui) {
        let Some((said, problem)) = self.notice.clone() else {
            ui.label(RichText::new(t!("submit-ready")).weak());
            return;
        };
        ui.horizontal(|ui| {
            let color = if problem {
                error_color(ui)
            } else {
                success_color(ui)
            };
            // The button first: a long notice is cut short (whole on hover) rather than
            // pushing the button over the language and theme pickers.
            if ui.small_button(t!("submit-dismiss")).clicked() {
                self.notice = None;
            }
            // Worded now: a language switch re-words the notice already shown.
            let text = said.text();
            ui.add(egui::Label::new(RichText::new(&text).color(color)).truncate())
                .on_hover_text(text);
        });
    }
}
