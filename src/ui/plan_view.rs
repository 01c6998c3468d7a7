//! The Plan view: a desired-state file (TOML) compared with the account, the plan as a list
//! grouped by domain with each field's change, and Apply behind a confirmation that counts the
//! deletes. The worker plans and applies as `plan` and `apply` do.

use super::style::{error_color, success_color, warning_color};
use crate::i18n::Said;
use crate::operation::desired_state::{Action, DesiredFile, Plan};
use crate::t;
use eframe::egui::{self, RichText};
use std::path::PathBuf;

/// What the user asked of the Plan view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanAction {
    /// Read this file and the account, and plan.
    Plan(PathBuf),
    /// Apply this plan of this file (confirmed).
    Apply(Box<DesiredFile>, Box<Plan>),
    /// Write the account's configs to this file (replacing it, when confirmed).
    Export(PathBuf),
}

/// The Plan view's state.
#[derive(Debug, Default)]
pub struct PlanView {
    path: String,
    planned: Option<(DesiredFile, Plan)>,
    problem: Option<Said>,
    /// A plan or an apply is under way.
    pub busy: bool,
    confirm: bool,
    confirm_replace: bool,
    /// An apply's calls made, of all it makes.
    pub progress: Option<(usize, usize)>,
    outcome: Option<Said>,
}

impl PlanView {
    /// Takes a plan the worker made (or why it could not).
    pub fn on_planned(&mut self, result: Result<(DesiredFile, Plan), Said>) {
        self.busy = false;
        self.confirm = false;
        match result {
            Ok(planned) => {
                self.planned = Some(planned);
                self.problem = None;
            }
            Err(why) => {
                self.planned = None;
                self.problem = Some(why);
            }
        }
    }

    /// The file named in the view, if one is.
    pub fn file(&self) -> Option<PathBuf> {
        Some(PathBuf::from(self.path.trim())).filter(|p| !p.as_os_str().is_empty())
    }

    /// Takes how an apply ended, in words; the file is planned again.
    pub fn on_applied(&mut self, outcome: Said) -> Option<PathBuf> {
        self.busy = false;
        self.progress = None;
        self.outcome = Some(outcome);
        Some(PathBuf::from(self.path.trim())).filter(|p| !p.as_os_str().is_empty())
    }

    /// Draws the view; returns what the user asked.
    pub fn ui(&mut self, ui: &mut egui::Ui) -> Option<PlanAction> {
        let mut action = None;
        ui.add_space(6.0);
        ui.heading(t!("plan-title"));
        ui.label(RichText::new(t!("plan-explained")).weak());
        // Wrapped: at the smallest window the button goes under the field, never out of view.
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t!("plan-file"));
            let width = (ui.available_width() - 16.0).clamp(160.0, 380.0);
            ui.add(
                egui::TextEdit::singleline(&mut self.path)
                    .hint_text("configs.toml")
                    .desired_width(width),
            )
            .labelled_by(label.id);
            let ready = !self.busy && !self.path.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new(t!("plan-compare")))
                .clicked()
            {
                self.busy = true;
                self.outcome = None;
                action = Some(PlanAction::Plan(PathBuf::from(self.path.trim())));
            }
            if ui
                .add_enabled(ready, egui::Button::new(t!("plan-export")))
                .on_hover_text(t!("plan-export-explained"))
                .clicked()
            {
                let path = PathBuf::from(self.path.trim());
                if path.exists() {
                    self.confirm_replace = true;
                } else {
                    self.busy = true;
                    action = Some(PlanAction::Export(path));
                }
            }
        });
        if self.confirm_replace {
            ui.horizontal_wrapped(|ui| {
                let question = t!("plan-replace-file", path = self.path.trim());
                ui.label(RichText::new(question).strong().color(warning_color(ui)));
                if ui.button(t!("plan-replace-yes")).clicked() {
                    self.confirm_replace = false;
                    self.busy = true;
                    action = Some(PlanAction::Export(PathBuf::from(self.path.trim())));
                }
                if ui.button(t!("plan-apply-no")).clicked() {
                    self.confirm_replace = false;
                }
            });
        }
        match self.progress {
            Some((done, total)) if self.busy => {
                let fraction = done as f32 / total.max(1) as f32;
                ui.add(egui::ProgressBar::new(fraction).text(t!(
                    "plan-applying",
                    done = done,
                    total = total
                )));
            }
            _ if self.busy => {
                ui.label(RichText::new(t!("plan-reading")).weak());
            }
            _ => {}
        }
        if let Some(problem) = &self.problem {
            ui.label(RichText::new(problem.text()).color(error_color(ui)));
        }
        if let Some(outcome) = &self.outcome {
            ui.label(RichText::new(outcome.text()).strong());
        }
        let Some((file, plan)) = &self.planned else {
            return action;
        };
        ui.separator();
        ui.label(t!(
            "plan-summary",
            changes = plan.changes.len(),
            deletes = plan.deletes(),
            unchanged = plan.unchanged
        ));
        egui::ScrollArea::vertical()
            .id_salt("plan_list")
            .max_height((ui.available_height() - 60.0).max(100.0))
            .show(ui, |ui| changes_ui(ui, plan));
        if plan.changes.is_empty() {
            return action;
        }
        ui.separator();
        if self.confirm {
            ui.horizontal_wrapped(|ui| {
                let question = t!(
                    "plan-ask",
                    changes = plan.changes.len(),
                    deletes = plan.deletes()
                );
                ui.label(RichText::new(question).strong().color(warning_color(ui)));
                let yes = egui::Button::new(t!("plan-apply-yes"));
                if crate::ui::guard_ui::change_button(ui, yes, true).clicked() {
                    self.confirm = false;
                    self.busy = true;
                    action = Some(PlanAction::Apply(
                        Box::new(file.clone()),
                        Box::new(plan.clone()),
                    ));
                }
                if ui.button(t!("plan-apply-no")).clicked() {
                    self.confirm = false;
                }
            });
        } else if crate::ui::guard_ui::change_button(
            ui,
            egui::Button::new(t!("plan-apply")),
            !self.busy,
        )
        .on_hover_text(t!("plan-apply-explained"))
        .clicked()
        {
            self.confirm = true;
        }
        action
    }
}

/// The changes, grouped by domain, each field's before and after below it.
fn changes_ui(ui: &mut egui::Ui, plan: &Plan) {
    let mut domains: Vec<String> = plan.changes.iter().map(|c| c.target().0).collect();
    domains.sort();
    domains.dedup();
    for domain in domains {
        ui.label(RichText::new(&domain).strong());
        for change in plan.changes.iter().filter(|c| c.target().0 == domain) {
            let (_, app, stream) = change.target();
            let stream = if stream.is_empty() {
                t!("overview-every-stream", app = app.as_str())
            } else {
                format!("{app}/{stream}")
            };
            let (verb, color) = match change.action {
                Action::Add => (t!("cli-desired-add"), success_color(ui)),
                Action::Update => (t!("cli-desired-update"), warning_color(ui)),
                Action::Replace => (t!("cli-desired-replace"), warning_color(ui)),
                Action::Delete => (t!("cli-desired-delete"), error_color(ui)),
            };
            ui.label(RichText::new(format!("  {verb} {stream}")).color(color)); // i18n-exempt: a layout
            for (name, before, after) in &change.fields {
                let line = match change.action {
                    Action::Add => format!("{name} = {after}"), // i18n-exempt: a layout
                    _ => t!(
                        "plan-field",
                        name = *name,
                        before = if before.is_empty() {
                            t!("cli-desired-none")
                        } else {
                            before.clone()
                        },
                        after = after.as_str()
                    ),
                };
                ui.horizontal(|ui| {
                    ui.add_space(28.0);
                    ui.label(RichText::new(line).monospace());
                });
            }
            if change.action == Action::Replace {
                ui.label(RichText::new(t!("cli-desired-replace-why")).weak());
            }
        }
        ui.add_space(4.0);
    }
}
