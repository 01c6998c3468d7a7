//! The t!("code-copy-as-code") window: a request as an aliyun command or official SDK code, with a
//! language picker, syntax highlighting and a Copy button. Never shows a secret.

use crate::codegen::{self, CodeInput, Language, Shell};
use crate::t;
use eframe::egui::{self, RichText};
use egui_extras::syntax_highlighting::{CodeTheme, code_view_ui};

/// The window's state.
#[derive(Debug)]
pub struct CodeView {
    input: Option<CodeInput>,
    language: Language,
    shell: Shell,
    /// The code last copied, so the window says it was (until the code shown changes).
    copied: Option<String>,
}

impl Default for CodeView {
    fn default() -> Self {
        CodeView {
            input: None,
            language: Language::Aliyun(Shell::platform_default()),
            shell: Shell::platform_default(),
            copied: None,
        }
    }
}

impl CodeView {
    /// Opens the window on `input`.
    pub fn show(&mut self, input: CodeInput) {
        self.input = Some(input);
        self.copied = None;
    }

    /// Whether the window is open.
    pub fn is_open(&self) -> bool {
        self.input.is_some()
    }

    /// Closes the window (Esc).
    pub fn close(&mut self) {
        self.input = None;
    }

    /// Draws the window while it is open.
    pub fn ui(&mut self, ctx: &egui::Context) {
        let Some(input) = self.input.clone() else {
            return;
        };
        let mut open = true;
        egui::Window::new(t!("code-copy-as-code"))
            .open(&mut open)
            .collapsible(false)
            .default_size([720.0, 520.0])
            .show(ctx, |ui| self.contents_ui(ui, &input));
        if !open {
            self.input = None;
        }
    }

    fn contents_ui(&mut self, ui: &mut egui::Ui, input: &CodeInput) {
        ui.horizontal(|ui| {
            let label = ui.label(t!("code-language"));
            egui::ComboBox::from_id_salt("code_language")
                .selected_text(self.language.label())
                .show_ui(ui, |ui| {
                    for language in Language::all() {
                        let language = match language {
                            Language::Aliyun(_) => Language::Aliyun(self.shell),
                            other => other,
                        };
                        ui.selectable_value(&mut self.language, language, language.label());
                    }
                })
                .response
                .labelled_by(label.id);
            if let Language::Aliyun(_) = self.language {
                let label = ui.label(t!("code-shell"));
                egui::ComboBox::from_id_salt("code_shell")
                    .selected_text(self.shell.label())
                    .show_ui(ui, |ui| {
                        for shell in Shell::ALL {
                            ui.selectable_value(&mut self.shell, shell, shell.label());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                self.language = Language::Aliyun(self.shell);
            }
        });
        let code = codegen::generate(self.language, input);
        ui.horizontal(|ui| {
            if ui.button(t!("code-copy")).clicked() {
                ui.ctx().copy_text(code.clone());
                self.copied = Some(code.clone());
            }
            if self.copied.as_ref() == Some(&code) {
                let color = crate::ui::style::success_color(ui);
                ui.label(RichText::new(t!("code-copied")).color(color));
            } else {
                ui.label(RichText::new(t!("code-no-secret-is-included-the")).weak());
            }
        });
        ui.separator();
        egui::ScrollArea::both()
            .id_salt("code_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let theme = CodeTheme::from_style(ui.style());
                code_view_ui(ui, &theme, &code, self.language.syntax());
            });
    }
}
