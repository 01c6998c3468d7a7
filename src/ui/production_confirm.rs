//! The pause before changing production: every change made with a production profile waits
//! for a confirmation that names the account, the domain and what changes; a delete or a
//! replace is confirmed by typing the domain's name. A read-only profile changes nothing.

use super::batch_view::BatchAction;
use super::guard_ui::{change_button, confirm_frame, kind_colors};
use super::plan_view::PlanAction;
use super::state::{Confirm, LiveRecordApp};
use crate::credentials::ProfileKind;
use crate::operation::desired_state::{Action, DesiredFile, Plan};
use crate::operation::{Field, FormDraft, Operation};
use crate::t;
use eframe::egui::{self, RichText};

/// A change held back until the user confirms it.
#[derive(Debug, Clone)]
pub enum GuardedChange {
    /// One call (the form, a delete, a retry, a restore).
    Call {
        /// What it does.
        operation: Operation,
        /// Its fields.
        fields: FormDraft,
    },
    /// A batch's rows (Start, Resume, Retry failed).
    Batch(BatchAction),
    /// A plan's changes.
    Apply(Box<DesiredFile>, Box<Plan>),
}

impl GuardedChange {
    /// What it changes, in words; `rows`: how many rows a batch sends, when known.
    fn what(&self, rows: Option<u64>) -> String {
        match self {
            GuardedChange::Call { operation, fields } => t!(
                "guard-confirm-call",
                operation = operation.verb(),
                target = fields.target()
            ),
            GuardedChange::Batch(_) => match rows {
                Some(rows) => t!("guard-confirm-batch-rows", rows = rows),
                None => t!("guard-confirm-batch"),
            },
            GuardedChange::Apply(_, plan) => t!(
                "guard-confirm-apply",
                changes = plan.changes.len(),
                deletes = plan.deletes()
            ),
        }
    }

    /// The domain to type before it is sent: a delete's, or a plan's first delete or replace.
    fn domain_to_type(&self) -> Option<String> {
        match self {
            GuardedChange::Call {
                operation: Operation::Delete,
                fields,
            } => Some(fields.trimmed(Field::DomainName).to_string()),
            GuardedChange::Apply(_, plan) => plan
                .changes
                .iter()
                .find(|c| matches!(c.action, Action::Delete | Action::Replace))
                .map(|c| c.target().0),
            _ => None,
        }
    }
}

impl LiveRecordApp {
    /// Whether `change` may be sent now: not with a read-only profile (said why), and with a
    /// production one only once confirmed (the confirmation is opened).
    pub(super) fn may_change(&mut self, change: GuardedChange) -> bool {
        let Some(profile) = self.profile() else {
            return true;
        };
        if profile.guard.read_only {
            let reason = crate::worker::read_only_refusal(&profile.name);
            self.notice = Some((reason, true));
            return false;
        }
        if !profile.guard.confirms_changes() || self.change_confirmed {
            return true;
        }
        self.confirm_typed.clear();
        self.confirm = Some(Confirm::Change(Box::new(change)));
        false
    }

    /// Sends a change the user confirmed.
    pub(super) fn send_confirmed(&mut self, change: GuardedChange) {
        self.change_confirmed = true;
        match change {
            GuardedChange::Call { operation, fields } => self.send_shown(operation, fields),
            GuardedChange::Batch(action) => self.run_batch_action(action),
            GuardedChange::Apply(file, plan) => {
                self.run_plan_action(PlanAction::Apply(file, plan));
            }
        }
        self.change_confirmed = false;
    }

    /// The production confirmation: the account, what changes, and the domain to type.
    pub(super) fn production_confirm_ui(&mut self, ctx: &egui::Context, change: GuardedChange) {
        let (profile, key) = self
            .profile()
            .map(|p| (p.name.clone(), p.credentials.access_key_id.clone()))
            .unwrap_or_default();
        let dark = ctx.global_style().visuals.dark_mode;
        let (fill, text, _) = kind_colors(ProfileKind::Production, dark);
        let typed_domain = change.domain_to_type();
        let rows = match &change {
            GuardedChange::Batch(action) => self.batch.rows_sent_by(action),
            _ => None,
        };
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("production_confirm"))
            .frame(confirm_frame(ctx))
            .show(ctx, |ui| {
                ui.set_max_width(460.0);
                egui::Frame::new()
                    .fill(fill)
                    .inner_margin(egui::Margin::symmetric(10, 6))
                    .show(ui, |ui| {
                        ui.label(
                            RichText::new(t!("guard-confirm-title"))
                                .strong()
                                .size(16.0)
                                .color(text),
                        );
                        ui.label(
                            RichText::new(t!(
                                "guard-confirm-account",
                                profile = profile.as_str(),
                                key_id = key.as_str()
                            ))
                            .color(text),
                        );
                    });
                ui.add_space(6.0);
                ui.label(RichText::new(change.what(rows)).strong());
                ui.label(t!("guard-confirm-later-streams"));
                let ready = match &typed_domain {
                    Some(domain) => {
                        ui.add_space(4.0);
                        let label = ui.label(t!("guard-confirm-type", domain = domain.as_str()));
                        let edit = ui
                            .add(
                                egui::TextEdit::singleline(&mut self.confirm_typed)
                                    .hint_text(domain.as_str())
                                    .desired_width(300.0),
                            )
                            .labelled_by(label.id);
                        if !edit.has_focus() && self.confirm_typed.is_empty() {
                            edit.request_focus();
                        }
                        self.confirm_typed.trim() == domain
                    }
                    None => true,
                };
                ui.horizontal(|ui| {
                    let yes = egui::Button::new(RichText::new(t!("guard-confirm-yes")).strong());
                    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if change_button(ui, yes, ready)
                        .on_disabled_hover_text(t!("guard-confirm-type-first"))
                        .clicked()
                        || (ready && enter)
                    {
                        answer = Some(true);
                    }
                    if ui.button(t!("guard-confirm-no")).clicked() {
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
        self.confirm_typed.clear();
        if yes {
            self.send_confirmed(change);
        }
    }
}
