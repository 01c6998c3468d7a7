//! Retry failed, reviewed first: the failed rows as the batch's file now gives them, each
//! change shown, before anything is sent again.

use super::{BatchAction, BatchView};
use crate::batch::Correction;
use crate::i18n::Said;
use crate::t;
use crate::ui::style::{card_ui, warning_color};
use crate::worker::batch_run::RerunKind;
use eframe::egui::{self, RichText};
use std::path::PathBuf;

/// What a Retry failed would send, as read from the file.
#[derive(Debug)]
pub(super) struct RetryReview {
    id: i64,
    path: Option<PathBuf>,
    corrections: Result<Vec<Correction>, Said>,
    /// Just read: bring the card into view (Retry failed is clicked far below it).
    reveal: bool,
}

impl BatchView {
    /// The worker read the batch's file for a Retry failed.
    pub fn on_retry_review(
        &mut self,
        id: i64,
        path: Option<PathBuf>,
        corrections: Result<Vec<Correction>, Said>,
    ) {
        self.retry = Some(RetryReview {
            id,
            path,
            corrections,
            reveal: true,
        });
    }

    pub(super) fn retry_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<BatchAction>) {
        let Some(review) = &mut self.retry else {
            return;
        };
        let reveal = std::mem::take(&mut review.reveal);
        let failed = self
            .batches
            .iter()
            .find(|b| b.id == review.id)
            .map_or(0, |b| b.counts.failed);
        let mut close = false;
        card_ui(ui, warning_color(ui), |ui| {
            let title = ui.label(RichText::new(t!("batch-retry-title", id = review.id)).strong());
            if reveal {
                title.scroll_to_me(Some(egui::Align::TOP));
            }
            let path = review
                .path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            match (&review.path, &review.corrections) {
                (None, _) => {
                    ui.label(t!("batch-retry-no-file"));
                }
                (Some(_), Err(why)) => {
                    ui.label(t!("batch-retry-unreadable", path = path, why = why.text()));
                }
                (Some(_), Ok(list)) if list.is_empty() => {
                    ui.label(t!("batch-retry-no-change"));
                }
                (Some(_), Ok(list)) => {
                    ui.label(t!("batch-retry-from", path = path));
                    for c in list {
                        ui.label(
                            RichText::new(t!(
                                "batch-retry-row",
                                row = c.row_no,
                                target = c.target.as_str()
                            ))
                            .strong(),
                        );
                        for (field, before, after) in &c.changes {
                            // i18n-exempt: API name: before → after
                            ui.label(format!("    {}: {before} → {after}", field.api_name()));
                        }
                    }
                }
            }
            ui.horizontal_wrapped(|ui| {
                let send = egui::Button::new(t!("batch-retry-send", count = failed));
                if crate::ui::guard_ui::change_button(ui, send, true).clicked() {
                    let corrections = review.corrections.as_ref().cloned().unwrap_or_default();
                    actions.push(BatchAction::Rerun(
                        review.id,
                        RerunKind::RetryFailed,
                        corrections,
                    ));
                    close = true;
                }
                if review.path.is_some() && ui.button(t!("batch-retry-look-again")).clicked() {
                    actions.push(BatchAction::ReviewRetry(review.id));
                }
                if ui.button(t!("batch-retry-cancel")).clicked() {
                    close = true;
                }
            });
        });
        if close {
            self.retry = None;
        }
    }
}
