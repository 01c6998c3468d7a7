//! The window's small dialogs: About, and the confirmations (quit with unsaved changes, reset
//! the sandbox). Esc closes each; Enter confirms a confirmation.

use super::REFERENCE_URL;
use super::state::{Confirm, LiveRecordApp};
use crate::t;
use eframe::egui::{self, RichText};

impl LiveRecordApp {
    pub(super) fn about_ui(&mut self, ctx: &egui::Context) {
        if self.about_open && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.about_open = false;
        }
        if self.about_open && self.icon.is_none() {
            self.icon = super::icon::texture(ctx);
        }
        let icon = self.icon.clone();
        egui::Window::new(t!("dialogs-about-live-record-to-vod"))
            .open(&mut self.about_open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                if let Some(icon) = &icon {
                    ui.add(
                        egui::Image::new((icon.id(), egui::vec2(64.0, 64.0)))
                            .alt_text(t!("dialogs-live-record-to-vod-icon")),
                    );
                }
                ui.label(t!("dialogs-version", version = crate::VERSION));
                ui.label(t!("dialogs-sets-up-apsaravideo-live-recording"));
                ui.hyperlink_to(t!("dialogs-the-operation-s-reference-page"), REFERENCE_URL);
                ui.hyperlink_to(
                    t!("dialogs-apsaravideo-live-console"),
                    "https://live.console.aliyun.com/",
                );
                ui.label(RichText::new(t!("dialogs-chinese-text-uses-noto-sans")).weak());
            });
    }

    /// Holds back a close while the form has unsaved changes, and asks.
    pub(super) fn close_guard_ui(&mut self, ctx: &egui::Context) {
        let unsaved = self.presets.has_unsaved_changes(&self.form.draft) || self.batch.is_running();
        if ctx.input(|i| i.viewport().close_requested()) && unsaved && !self.close_confirmed {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Confirm::Close);
        }
    }

    /// Shows the pending confirmation, if any, and carries out the answer.
    pub(super) fn confirm_ui(&mut self, ctx: &egui::Context) {
        let Some(confirm) = self.confirm.clone() else {
            return;
        };
        if let Confirm::Change(change) = &confirm {
            let change = (**change).clone();
            self.production_confirm_ui(ctx, change);
            return;
        }
        let (title, body, yes, no) = match confirm {
            Confirm::Close if self.batch.is_running() => (
                t!("dialogs-quit-while-a-batch-is"),
                t!("dialogs-the-batch-stops-now-its"),
                t!("dialogs-quit-and-stop-the-batch"),
                t!("dialogs-keep-sending"),
            ),
            Confirm::Close => (
                t!("dialogs-quit-without-saving"),
                t!("dialogs-the-form-has-changes-that"),
                t!("dialogs-quit-without-saving-2"),
                t!("dialogs-keep-editing"),
            ),
            Confirm::ResetSandbox => (
                t!("dialogs-reset-the-sandbox"),
                t!("dialogs-every-config-in-the-sandbox"),
                t!("dialogs-reset-sandbox"),
                t!("dialogs-keep-its-configs"),
            ),
            Confirm::Change(_) => return,
        };
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("confirm_dialog")).show(ctx, |ui| {
            ui.heading(&title);
            ui.label(body);
            ui.horizontal(|ui| {
                if ui.button(yes).clicked() || ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    answer = Some(true);
                }
                if ui.button(no).clicked() {
                    answer = Some(false);
                }
            });
        });
        if modal.should_close() && answer.is_none() {
            answer = Some(false);
        }
        let Some(yes) = answer else {
            return;
        };
        self.confirm = None;
        if yes {
            self.confirmed(confirm.clone());
            if matches!(confirm, Confirm::Close) {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}
