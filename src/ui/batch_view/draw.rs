//! Drawing the Batch view: the file row, the check table and its Start, the progress, the
//! finished run's card, the results and the earlier batches.

use super::tables::{ProblemLine, findings_table, results_table};
use super::{BatchAction, BatchView, Running, operation_label, operations};
use crate::storage::{BatchRow, BatchState};
use crate::t;
use crate::ui::guard_ui::change_button;
use crate::ui::style::{card_ui, error_color, success_color, warning_color};
use crate::worker::batch_run::RerunKind;
use eframe::egui::{self, RichText};
use std::path::PathBuf;

impl BatchView {
    /// Draws the view; returns what the user asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) -> Vec<BatchAction> {
        let mut actions = Vec::new();
        egui::ScrollArea::vertical()
            .id_salt("batch_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_space(6.0);
                self.interrupted_ui(ui, &mut actions);
                self.retry_ui(ui, &mut actions);
                self.file_ui(ui, &mut actions);
                if let Some(running) = self.running.clone() {
                    self.progress_ui(ui, &running, &mut actions);
                } else {
                    self.finished_ui(ui);
                    self.check_ui(ui, &mut actions);
                }
                self.results_ui(ui, &mut actions);
                self.past_ui(ui, &mut actions);
            });
        actions
    }

    fn interrupted_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<BatchAction>) {
        let running = self.running.as_ref().map(|r| r.id);
        for b in self
            .batches
            .iter()
            .filter(|b| b.state == BatchState::Interrupted && Some(b.id) != running)
            .take(3)
        {
            card_ui(ui, warning_color(ui), |ui| {
                let c = &b.counts;
                ui.label(
                    RichText::new(t!(
                        "batch-interrupted",
                        id = b.id,
                        source = b.source.as_str(),
                        ok = c.ok,
                        failed = c.failed,
                        unknown = c.unknown,
                        not_sent = c.not_sent
                    ))
                    .strong(),
                );
                ui.horizontal(|ui| {
                    if change_button(ui, egui::Button::new(t!("batch-resume")), true)
                        .on_hover_text(t!("batch-send-the-rows-not-yet"))
                        .clicked()
                    {
                        actions.push(BatchAction::Rerun(b.id, RerunKind::Resume, Vec::new()));
                    }
                    if ui.button(t!("batch-show-rows")).clicked() {
                        actions.push(BatchAction::Show(b.id));
                    }
                });
            });
            ui.add_space(4.0);
        }
    }

    fn file_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<BatchAction>) {
        ui.heading(t!("batch-batch-from-a-spreadsheet"));
        ui.label(t!("batch-one-row-per-stream-the"));
        ui.add_space(4.0);
        let enabled = self.running.is_none();
        ui.add_enabled_ui(enabled, |ui| {
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(t!("batch-operation"));
                egui::ComboBox::from_id_salt("batch_operation")
                    .selected_text(operation_label(self.operation))
                    .show_ui(ui, |ui| {
                        for op in operations() {
                            ui.selectable_value(&mut self.operation, op, operation_label(op));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.checkbox(
                    &mut self.fill_from_form,
                    t!("batch-fill-empty-cells-from-the"),
                )
                .on_hover_text(t!("batch-a-cell-left-empty-takes"));
            });
            ui.horizontal_wrapped(|ui| {
                if ui.button(t!("batch-open-csv")).clicked() {
                    actions.push(BatchAction::ChooseFile);
                }
                let label = ui.label(t!("batch-csv-file"));
                let edit = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.path)
                            .hint_text("/home/me/streams.csv")
                            .desired_width((ui.available_width() - 190.0).clamp(160.0, 320.0)),
                    )
                    .labelled_by(label.id);
                let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let ready = !self.path.trim().is_empty() && !self.checking;
                if (ui
                    .add_enabled(ready, egui::Button::new(t!("batch-check")))
                    .clicked()
                    || entered)
                    && ready
                {
                    self.checking = true;
                    actions.push(BatchAction::Check(
                        PathBuf::from(self.path.trim()),
                        self.operation,
                    ));
                }
                if ui
                    .button(t!("batch-template"))
                    .on_hover_text(t!("batch-write-a-csv-file-to"))
                    .clicked()
                {
                    actions.push(BatchAction::Template(self.operation));
                }
            });
        });
        if self.checking {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(t!("batch-reading-and-checking-every-row"));
            });
        }
        if let Some(problem) = &self.check_problem {
            ui.label(
                RichText::new(t!("batch-this-file-cannot-be-used", problem = problem))
                    .color(error_color(ui)),
            );
        }
        ui.add_space(6.0);
    }

    fn check_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<BatchAction>) {
        let Some((_, check, encoding)) = &self.check else {
            return;
        };
        let (errors, warnings) = (check.error_rows(), check.warning_rows());
        ui.separator();
        let summary = t!(
            "batch-check-summary",
            rows = check.rows.len(),
            encoding = *encoding,
            operation = operation_label(check.operation).to_lowercase(),
            sendable = check.sendable(),
            errors = errors,
            warnings = warnings
        );
        let color = if errors > 0 {
            error_color(ui)
        } else {
            success_color(ui)
        };
        ui.label(RichText::new(summary).strong().color(color));
        let problems: Vec<ProblemLine> = check
            .rows
            .iter()
            .filter(|r| self.show_all_rows || !r.findings.is_empty())
            .flat_map(|r| {
                let target = r.draft.target();
                let ok = r.findings.is_empty().then(|| ProblemLine {
                    row_no: r.row_no,
                    target: target.clone(),
                    field: "",
                    error: false,
                    message: t!("batch-ready-to-send"),
                });
                ok.into_iter()
                    .chain(r.findings.iter().map(move |f| ProblemLine {
                        row_no: r.row_no,
                        target: target.clone(),
                        field: f.field,
                        error: f.error,
                        message: f.message.clone(),
                    }))
            })
            .collect();
        ui.checkbox(
            &mut self.show_all_rows,
            t!("batch-show-rows-without-problems-too"),
        );
        if !problems.is_empty() {
            findings_table(ui, &problems);
        }
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if errors > 0 {
                ui.checkbox(
                    &mut self.skip_invalid,
                    t!("batch-skip-the-rows-with-errors", errors = errors),
                );
            }
            ui.label(t!("batch-when-a-row-fails"));
            ui.radio_value(
                &mut self.continue_on_error,
                true,
                t!("batch-on-error-continue"),
            );
            ui.radio_value(
                &mut self.continue_on_error,
                false,
                t!("batch-on-error-stop"),
            );
        });
        let can_start = check.sendable() > 0 && (errors == 0 || self.skip_invalid);
        let start_button =
            egui::Button::new(RichText::new(t!("batch-start", count = check.sendable())).strong());
        let start = change_button(ui, start_button, can_start);
        let start = if crate::ui::guard_ui::blocked(ui.ctx()).is_none() {
            start.on_disabled_hover_text(t!("batch-fix-the-rows-with-errors"))
        } else {
            start
        };
        if start.clicked() {
            actions.push(BatchAction::Start {
                skip_invalid: self.skip_invalid,
                continue_on_error: self.continue_on_error,
            });
        }
    }

    fn finished_ui(&self, ui: &mut egui::Ui) {
        let Some((id, state, progress, counts)) = &self.finished else {
            return;
        };
        // The headline is the whole batch's: a retry of one row must not hide the others.
        let (accent, headline) = match state {
            BatchState::Done if counts.failed == 0 => (
                success_color(ui),
                t!("batch-batch-is-done-every-row", id = id),
            ),
            BatchState::Done => (
                warning_color(ui),
                t!("batch-batch-is-done-with-failures", id = id),
            ),
            BatchState::Stopped if self.stopped_unrecorded => (
                error_color(ui),
                t!("batch-batch-stopped-unrecorded", id = id),
            ),
            BatchState::Stopped => (
                error_color(ui),
                t!("batch-batch-stopped-at-the-first", id = id),
            ),
            _ => (
                warning_color(ui),
                t!("batch-batch-was-cancelled-resume-below", id = id),
            ),
        };
        ui.add_space(4.0);
        card_ui(ui, accent, |ui| {
            ui.label(RichText::new(headline).strong());
            ui.label(t!(
                "batch-sent-summary",
                done = progress.done,
                elapsed = crate::batch::progress::human_duration(progress.elapsed()),
                ok = progress.ok,
                failed = progress.failed
            ));
            ui.label(counts.totals(*id));
        });
    }

    fn progress_ui(
        &mut self,
        ui: &mut egui::Ui,
        running: &Running,
        actions: &mut Vec<BatchAction>,
    ) {
        ui.separator();
        ui.label(RichText::new(t!("batch-sending", id = running.id)).strong());
        let (fraction, text) = match &running.progress {
            Some(p) if p.total > 0 => (p.done as f32 / p.total as f32, p.summary()),
            _ => (0.0, t!("batch-starting")),
        };
        ui.add(
            egui::ProgressBar::new(fraction)
                .text(text)
                .animate(!running.paused),
        );
        let limit = running
            .progress
            .as_ref()
            .map_or(1000, |p| p.limit_per_minute);
        ui.label(t!("batch-limit", limit = limit));
        ui.horizontal(|ui| {
            if running.paused {
                if ui.button(t!("batch-resume-sending")).clicked() {
                    actions.push(BatchAction::Continue(running.id));
                    if let Some(r) = self.running.as_mut() {
                        r.paused = false;
                    }
                }
            } else if ui.button(t!("batch-pause")).clicked() {
                actions.push(BatchAction::Pause(running.id));
                if let Some(r) = self.running.as_mut() {
                    r.paused = true;
                }
            }
            let cancel = ui.add_enabled(!running.cancelling, egui::Button::new(t!("cmd-cancel")));
            if cancel.clicked() {
                actions.push(BatchAction::Cancel(running.id));
                if let Some(r) = self.running.as_mut() {
                    r.cancelling = true;
                }
            }
            if running.cancelling {
                ui.label(t!("batch-stopping-after-the-rows-in"));
            }
        });
    }

    fn results_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<BatchAction>) {
        let Some(id) = self.shown else { return };
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(t!("batch-results-of-batch", id = id)).strong());
            ui.checkbox(&mut self.failures_only, t!("batch-failures-only"));
            if ui.button(t!("batch-export-csv")).clicked() {
                actions.push(BatchAction::Export { id, json: false });
            }
            if ui.button(t!("batch-export-json")).clicked() {
                actions.push(BatchAction::Export { id, json: true });
            }
        });
        let rows: Vec<&BatchRow> = self
            .results
            .iter()
            .filter(|r| !self.failures_only || r.state.is_failure())
            .collect();
        if rows.is_empty() {
            ui.label(if self.failures_only {
                t!("batch-no-failures")
            } else {
                t!("batch-no-rows-yet")
            });
            return;
        }
        results_table(ui, &rows);
    }

    fn past_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<BatchAction>) {
        if self.batches.is_empty() {
            return;
        }
        ui.separator();
        ui.label(RichText::new(t!("batch-earlier-batches")).strong());
        let running = self.running.as_ref().map(|r| r.id);
        for b in self.batches.iter().take(20) {
            ui.horizontal(|ui| {
                let c = &b.counts;
                let mut text = t!(
                    "batch-earlier-line",
                    id = b.id,
                    source = b.source.as_str(),
                    operation = operation_label(b.operation),
                    state = b.state.label(),
                    ok = c.ok,
                    failed = c.failed,
                    unknown = c.unknown,
                    not_sent = c.not_sent
                );
                if c.skipped > 0 {
                    text.push_str(&t!("batch-skipped-count", count = c.skipped));
                }
                // The buttons first and the words wrapped after them: a long line at the
                // smallest window pushed Show and Retry failed out of reach past the right edge.
                if ui.small_button(t!("batch-show")).clicked() {
                    actions.push(BatchAction::Show(b.id));
                }
                let idle = running.is_none();
                if b.state.can_resume()
                    && c.not_sent + c.unknown > 0
                    && idle
                    && change_button(ui, egui::Button::new(t!("batch-resume")).small(), true)
                        .clicked()
                {
                    actions.push(BatchAction::Rerun(b.id, RerunKind::Resume, Vec::new()));
                }
                if c.failed > 0
                    && idle
                    && b.state != BatchState::Running
                    && change_button(
                        ui,
                        egui::Button::new(t!("batch-retry-failed")).small(),
                        true,
                    )
                    .clicked()
                {
                    actions.push(BatchAction::ReviewRetry(b.id));
                }
                ui.add(egui::Label::new(text).wrap());
            });
        }
    }
}
