//! The answer to the last submission: a spinner with Cancel while in flight, then a card that
//! says in words what happened and what to do next. The raw response is one click away.

use super::style::{card_ui, error_color, success_color, warning_color};
use crate::client::Outcome;
use crate::operation::FormDraft;
use crate::t;
use crate::worker::{CallReport, JobId};
use eframe::egui::{self, RichText};
use std::time::Instant;

/// What the result area shows.
#[derive(Debug, Default)]
pub enum ResultPanel {
    /// Nothing sent yet.
    #[default]
    Idle,
    /// A call is in flight.
    InFlight {
        /// The job.
        id: JobId,
        /// When it was sent.
        started: Instant,
        /// What is being done, e.g. `Add live.example.com/app/stream`.
        target: String,
    },
    /// The last call ended.
    Done(Box<CallReport>),
    /// The last submission could not be sent; why, in words.
    NotSent(crate::i18n::Said),
}

/// What the user asked of the result area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResultAction {
    /// Cancel this job.
    Cancel(JobId),
    /// Show the configs of this request's domain (after ConfigAlreadyExists).
    ShowExisting(FormDraft),
    /// Send these fields as an update instead (after ConfigAlreadyExists).
    UpdateInstead(FormDraft),
    /// Add this config again (the one a delete just removed).
    Restore(FormDraft),
}

impl ResultPanel {
    /// The job in flight, if any.
    pub fn in_flight(&self) -> Option<JobId> {
        match self {
            ResultPanel::InFlight { id, .. } => Some(*id),
            _ => None,
        }
    }

    /// Draws the result area.
    #[must_use]
    pub fn ui(&self, ui: &mut egui::Ui) -> Option<ResultAction> {
        match self {
            ResultPanel::Idle => {
                ui.label(RichText::new(t!("result-fill-in-the-form-and")).weak());
                None
            }
            ResultPanel::InFlight {
                id,
                started,
                target,
            } => {
                let mut action = None;
                card_ui(ui, ui.visuals().selection.bg_fill, |ui| {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        let seconds = format!("{:.1}", started.elapsed().as_secs_f32());
                        ui.label(t!(
                            "result-in-flight",
                            target = target.as_str(),
                            seconds = seconds
                        ));
                    });
                    // i18n-exempt: a key
                    if ui.button(t!("cmd-cancel")).on_hover_text("Esc").clicked() {
                        action = Some(ResultAction::Cancel(*id));
                    }
                });
                // Keep the elapsed time moving while the request is in flight.
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(100));
                action
            }
            ResultPanel::Done(done) => finished_ui(ui, done),
            ResultPanel::NotSent(reason) => {
                card_ui(ui, error_color(ui), |ui| {
                    ui.label(
                        RichText::new(t!("result-not-sent"))
                            .heading()
                            .color(error_color(ui)),
                    );
                    ui.label(reason.text());
                    ui.label(t!("result-open-profiles-to-check-the"));
                });
                None
            }
        }
    }
}

fn finished_ui(ui: &mut egui::Ui, done: &CallReport) -> Option<ResultAction> {
    let mut action = None;
    let result = &done.result;
    let sandbox_note = if done.sandbox || result.from_sandbox {
        t!("result-sandbox-note")
    } else {
        String::new()
    };
    match &result.outcome {
        Outcome::Success { request_id, .. } => {
            card_ui(ui, success_color(ui), |ui| {
                ui.label(
                    RichText::new(t!("result-success", note = sandbox_note.as_str()))
                        .heading()
                        .color(success_color(ui)),
                );
                ui.label(done.request.success_sentence());
                if let Some(page) = &done.page {
                    ui.label(t!("result-configs-found", count = page.total));
                }
                if let Some(deleted) = &done.deleted {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(t!("result-deleted-by-mistake"));
                        if crate::ui::guard_ui::change_button(
                            ui,
                            egui::Button::new(t!("result-restore-it")),
                            true,
                        )
                        .on_hover_text(t!("result-restore-it-explained"))
                        .clicked()
                        {
                            let draft = deleted.draft(done.request.region_id());
                            action = Some(ResultAction::Restore(draft));
                        }
                    });
                }
                // The button first and the ID cut short (whole on hover): a long ID must not
                // widen the panel over the form at the smallest window size.
                ui.horizontal(|ui| {
                    if ui.button(t!("result-copy-requestid")).clicked() {
                        ui.ctx().copy_text(request_id.clone());
                    }
                    let id = t!("result-requestid", request_id = request_id);
                    ui.add(egui::Label::new(id).truncate())
                        .on_hover_text(request_id.as_str());
                });
                footer_ui(ui, done);
            });
        }
        outcome => {
            let accent = if matches!(outcome, Outcome::Cancelled) {
                warning_color(ui)
            } else {
                error_color(ui)
            };
            card_ui(ui, accent, |ui| {
                let Some(explained) = &done.explanation else {
                    return;
                };
                ui.label(
                    // i18n-exempt: joins two messages
                    RichText::new(format!("{}{sandbox_note}", explained.title))
                        .heading()
                        .color(accent),
                );
                let code = outcome.error_code().unwrap_or_default();
                let code_line = match outcome.http_status() {
                    Some(status) => t!("result-error-code-http", code = code, status = status),
                    None => t!("result-error-code", code = code),
                };
                ui.label(RichText::new(code_line).weak());
                ui.label(&explained.explanation);
                ui.label(
                    RichText::new(t!(
                        "result-what-to-do",
                        next_step = explained.next_step.as_str()
                    ))
                    .strong(),
                );
                if let Outcome::ServiceError(e) = outcome {
                    if !e.message.is_empty() {
                        ui.label(t!("err-service-said", message = e.message.as_str()));
                    }
                    if let Some(id) = &e.request_id {
                        ui.label(t!("result-requestid-2", id = id));
                    }
                    if let Some(link) = &e.recommend {
                        ui.hyperlink_to(t!("result-open-alibaba-cloud-s-diagnosis"), link);
                    }
                }
                // i18n-exempt: an error code
                if outcome.error_code() == Some("ConfigAlreadyExists") {
                    ui.horizontal(|ui| {
                        if ui.button(t!("result-show-the-existing-config")).clicked() {
                            action = Some(ResultAction::ShowExisting(done.request.draft()));
                        }
                        if ui.button(t!("result-update-it-instead")).clicked() {
                            action = Some(ResultAction::UpdateInstead(done.request.draft()));
                        }
                    });
                }
                if let Some(policy) = &explained.ram_policy {
                    ui.add_space(4.0);
                    ui.label(t!("result-the-ram-policy-that-grants"));
                    ui.add(
                        egui::TextEdit::multiline(&mut policy.as_str())
                            .code_editor()
                            // Read-only: Tab moves on instead of being kept to indent.
                            .lock_focus(false)
                            .desired_rows(6)
                            .desired_width(f32::INFINITY),
                    );
                    if ui.button(t!("result-copy-policy")).clicked() {
                        ui.ctx().copy_text(policy.clone());
                    }
                }
                footer_ui(ui, done);
            });
        }
    }
    action
}

fn footer_ui(ui: &mut egui::Ui, done: &CallReport) {
    let result = &done.result;
    ui.label(
        RichText::new(t!(
            "result-footer",
            endpoint = done.endpoint_url.as_str(),
            ms = result.elapsed_ms,
            attempts = result.attempts
        ))
        .small()
        .weak(),
    );
    if let Some(problem) = &done.history_problem {
        ui.label(
            RichText::new(t!("result-not-recorded-in-the-history", problem = problem))
                .color(warning_color(ui)),
        );
    }
    if let Some(comparison) = result.signature_comparison() {
        egui::CollapsingHeader::new(t!("result-why-the-signature-failed"))
            .id_salt("signature_comparison")
            .default_open(true)
            .show(ui, |ui| {
                ui.label(comparison.summary());
                ui.add(
                    egui::TextEdit::multiline(&mut comparison.marked().as_str())
                        .code_editor()
                        // Read-only: Tab moves on instead of being kept to indent.
                        .lock_focus(false)
                        .desired_width(f32::INFINITY),
                );
            });
    }
    egui::CollapsingHeader::new(t!("result-raw-response"))
        .id_salt("raw_response")
        .show(ui, |ui| {
            let raw = if result.raw_body.is_empty() {
                t!("result-no-response-body")
            } else {
                result.raw_body.clone()
            };
            ui.add(
                egui::TextEdit::multiline(&mut raw.as_str())
                    .code_editor()
                    // Read-only: Tab moves on instead of being kept to indent.
                    .lock_focus(false)
                    .desired_width(f32::INFINITY),
            );
        });
}
