//! The selected history entry's details: what was sent, where and when, how it ended, and
//! what can be done with it (load, retry, restore, copy as code, delete).

use super::{HistoryAction, HistoryPanel, local_time, outcome_color, outcome_label};
use crate::operation::Field;
use crate::t;
use crate::ui::guard_ui::change_button;
use eframe::egui::{self, RichText};

impl HistoryPanel {
    pub(super) fn details_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<HistoryAction>) {
        let Some(entry) = self.selected.clone() else {
            ui.label(RichText::new(t!("history-select-an-entry-to-see")).weak());
            return;
        };
        // No scroll area of its own: the panel scrolls, so the buttons stay reachable below a
        // result card at the smallest window.
        ui.scope(|ui| {
            ui.label(
                RichText::new(format!(
                    "{} — {}",
                    outcome_label(entry.outcome),
                    entry.target()
                ))
                .strong()
                .color(outcome_color(ui, entry.outcome)),
            );
            // Wrapped: at the smallest window Delete entry went past the right edge.
            let buttons = ui.horizontal_wrapped(|ui| {
                if ui.button(t!("history-load-into-form")).clicked() {
                    actions.push(HistoryAction::LoadIntoForm(Box::new(entry.clone())));
                }
                let retry = egui::Button::new(t!("history-retry"));
                let retry = if entry.operation.spec().changes_account {
                    change_button(ui, retry, true)
                } else {
                    ui.add(retry)
                };
                if retry
                    .on_hover_text(t!("history-send-the-same-request-again"))
                    .clicked()
                {
                    actions.push(HistoryAction::Retry(Box::new(entry.clone())));
                }
                if entry.deleted.is_some()
                    && change_button(ui, egui::Button::new(t!("history-restore")), true)
                        .on_hover_text(t!("history-add-the-deleted-config-again"))
                        .clicked()
                {
                    actions.push(HistoryAction::Restore(Box::new(entry.clone())));
                }
                if ui
                    .button(t!("history-copy-as-code"))
                    .on_hover_text(t!("history-this-request-as-an-aliyun"))
                    .clicked()
                {
                    actions.push(HistoryAction::CopyAsCode(Box::new(entry.clone())));
                }
                if ui.button(t!("history-delete-entry")).clicked() {
                    actions.push(HistoryAction::Delete(entry.id));
                    self.selected = None;
                }
            });
            // A newly selected entry's actions come into view.
            if std::mem::take(&mut self.reveal_details) {
                buttons.response.scroll_to_me(None);
            }
            // Values wrap inside the panel: a long RequestId or URL made the panel's contents
            // wider than the panel, and the buttons above stopped wrapping.
            let value_width = (ui.available_width() * 0.6).max(120.0);
            egui::Grid::new("history_detail_grid")
                .num_columns(2)
                .striped(true)
                .max_col_width(value_width)
                .show(ui, |ui| {
                    let mut row = |k: String, v: String| {
                        if !v.is_empty() {
                            ui.label(k);
                            ui.add(egui::Label::new(v).wrap());
                            ui.end_row();
                        }
                    };
                    row(
                        t!("history-operation"),
                        entry.operation.action().to_string(),
                    );
                    row(t!("history-when"), local_time(entry.started_at_ms));
                    row(t!("history-profile"), entry.profile.clone());
                    row(
                        t!("history-sent-to"),
                        if entry.sandbox {
                            format!("{}{}", entry.endpoint_url, t!("history-sandbox"))
                        } else {
                            entry.endpoint_url.clone()
                        },
                    );
                    row(
                        t!("history-preset"),
                        entry.preset_name.clone().unwrap_or_default(),
                    );
                    row(
                        t!("history-batch"),
                        entry
                            .batch
                            .map(|b| t!("history-batch-row", batch = b.batch_id, row = b.row_no))
                            .unwrap_or_default(),
                    );
                    for field in Field::ALL {
                        row(field.label(), entry.field(field).to_string());
                    }
                    row(
                        t!("history-requestid"),
                        entry.request_id.clone().unwrap_or_default(),
                    );
                    row(
                        t!("history-error-code"),
                        entry.error_code.clone().unwrap_or_default(),
                    );
                    row(
                        t!("history-http-status"),
                        entry.http_status.map(|s| s.to_string()).unwrap_or_default(),
                    );
                    row(
                        t!("history-took"),
                        entry
                            .duration_ms
                            .map(|d| t!("history-ms", d = d))
                            .unwrap_or_default(),
                    );
                });
            if let Some(text) = &entry.explanation {
                ui.label(text);
            }
            if let Some(deleted) = &entry.deleted {
                ui.label(RichText::new(t!("history-the-deleted-config")).strong());
                for (name, value) in deleted {
                    // i18n-exempt: API name = value
                    ui.label(format!("{name} = {value}"));
                }
            }
        });
    }
}
