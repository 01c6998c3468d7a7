//! The top of the window: title, profile picker, view switch, presets bar, and the banner that
//! says where requests go (the sandbox, or Alibaba Cloud for real).

use super::state::{Confirm, LiveRecordApp, View};
use crate::credentials::Profile;
use crate::operation::regions;
use crate::t;
use eframe::egui::{self, RichText};

impl LiveRecordApp {
    pub(super) fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.heading(t!("top-live-record-to-vod"));
            ui.add_space(12.0);
            let label = ui.label(t!("top-profile"));
            let shown = self.profile().map(Profile::description).unwrap_or_default();
            let mut chosen = self.profile_index;
            egui::ComboBox::from_id_salt("profile_picker")
                .selected_text(shown)
                .width(280.0)
                .show_ui(ui, |ui| {
                    for (i, p) in self.profiles.iter().enumerate() {
                        ui.selectable_value(&mut chosen, i, p.description());
                    }
                })
                .response
                .labelled_by(label.id);
            self.profile_index = chosen;
            if ui.button(t!("top-profiles")).clicked() {
                self.profiles_dialog.open = true;
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(t!("top-about")).clicked() {
                    self.about_open = true;
                }
            });
        });
        ui.horizontal_wrapped(|ui| {
            ui.selectable_value(&mut self.view, View::Overview, t!("top-overview"));
            let go = super::commands::UiCommand::GoToForm;
            ui.selectable_value(&mut self.view, View::Form, t!("top-form"))
                .on_hover_text(format!(
                    "{} ({})",
                    go.label(),
                    ui.ctx().format_shortcut(&go.shortcut())
                ));
            ui.selectable_value(&mut self.view, View::Configs, t!("top-configs"));
            ui.selectable_value(&mut self.view, View::Batch, t!("top-batch"));
            ui.selectable_value(&mut self.view, View::Plan, t!("top-plan"));
            ui.separator();
            let profile = self.profile().map(|p| p.name.clone()).unwrap_or_default();
            for action in self.presets.ui(ui, &self.form.draft, &profile) {
                self.run_preset_action(action);
            }
        });
    }

    /// The streams the sandbox simulates: one to start (typed), each live one with Stop.
    fn simulate_ui(&mut self, ui: &mut egui::Ui, text_color: egui::Color32) {
        let Some(control) = self.simulate.control.clone() else {
            return;
        };
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(RichText::new(t!("top-simulate-stream")).color(text_color));
            ui.add(
                egui::TextEdit::singleline(&mut self.simulate.path)
                    .hint_text("live.example.com/show/final")
                    .desired_width(260.0),
            )
            .labelled_by(label.id);
            if ui.button(t!("top-simulate-start")).clicked() {
                self.simulate.problem = control.start(&self.simulate.path).err();
                if self.simulate.problem.is_none() {
                    self.simulate.path.clear();
                }
            }
            for path in control.live() {
                ui.label(
                    RichText::new(t!("top-simulate-live", stream = path.as_str()))
                        .color(text_color),
                );
                if ui.small_button(t!("top-simulate-stop")).clicked() {
                    control.stop(&path);
                }
            }
        });
        if let Some(problem) = &self.simulate.problem {
            ui.label(RichText::new(problem).strong().color(text_color));
        }
    }

    pub(super) fn banner_ui(&mut self, ui: &mut egui::Ui) {
        let Some(profile) = self.profile().cloned() else {
            return;
        };
        let region = self.region();
        let region = region.as_deref().unwrap_or(regions::DEFAULT_REGION);
        let guard = profile.guard;
        // The kind says what the band shows; the sandbox's own buttons need its server.
        let sandbox = guard.kind == crate::credentials::ProfileKind::Sandbox;
        let (fill, text_color, _) =
            super::guard_ui::kind_colors(guard.kind, ui.visuals().dark_mode);
        let (title, detail) = if sandbox {
            (
                t!("top-sandbox-nothing-is-sent-to"),
                t!("top-answers-are-simulated-on-this"),
            )
        } else {
            let endpoint = profile.endpoint(Some(region));
            // The account itself once a check has found its ID, else the key that reaches it.
            let account = match self.profiles_dialog.account_id(&profile.name) {
                Some(id) => t!(
                    "top-band-account",
                    account = id,
                    key_id = profile.credentials.access_key_id.as_str()
                ),
                None => profile.credentials.access_key_id.clone(),
            };
            let title = match guard.kind {
                crate::credentials::ProfileKind::Production => t!(
                    "top-production-band",
                    profile = profile.name.as_str(),
                    key_id = account.as_str()
                ),
                _ => t!(
                    "top-test-band",
                    profile = profile.name.as_str(),
                    key_id = account.as_str()
                ),
            };
            let mut detail = t!(
                "top-requests-go-to",
                endpoint = endpoint.display_url(),
                profile = profile.name.as_str(),
                key_id = profile.credentials.access_key_id.as_str()
            );
            if guard.kind == crate::credentials::ProfileKind::Production && !guard.read_only {
                detail.push(' ');
                detail.push_str(&t!("top-production-asks"));
            }
            (title, detail)
        };
        egui::Frame::new()
            .fill(fill)
            .inner_margin(egui::Margin::symmetric(12, 8))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    ui.label(RichText::new(title).strong().size(16.0).color(text_color));
                    if sandbox
                        && profile.is_sandbox()
                        && ui
                            .small_button(t!("top-reset-sandbox"))
                            .on_hover_text(t!("top-delete-every-config-in-the"))
                            .clicked()
                    {
                        self.confirm = Some(Confirm::ResetSandbox);
                    }
                    if sandbox
                        && self.simulate.control.is_some()
                        && ui
                            .small_button(t!("top-simulate-a-live-stream"))
                            .on_hover_text(t!("top-simulate-explained"))
                            .clicked()
                    {
                        self.simulate.open = !self.simulate.open;
                    }
                });
                ui.label(RichText::new(detail).color(text_color));
                if guard.read_only {
                    ui.label(
                        RichText::new(t!("top-read-only"))
                            .strong()
                            .color(text_color),
                    );
                }
                if sandbox && self.simulate.open {
                    self.simulate_ui(ui, text_color);
                }
                if let Some(problem) = self.sandbox_problem.as_ref().filter(|_| sandbox) {
                    ui.label(RichText::new(problem.text()).strong().color(text_color));
                }
            });
    }
}
