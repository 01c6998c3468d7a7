//! The Batch view's two tables: the check's findings and the results, drawing only the rows
//! in sight.

use crate::operation::Field;
use crate::storage::{BatchRow, RowState};
use crate::t;
use crate::ui::style::{error_color, success_color, warning_color};
use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};

/// One line of the check's table: a row's finding (or that it is ready).
pub(super) struct ProblemLine {
    /// The row's number in the spreadsheet.
    pub row_no: u32,
    /// The row's domain/app/stream, so the row is known without opening the file.
    pub target: String,
    /// The field concerned ("" for the whole row).
    pub field: &'static str,
    /// An error (else a warning, or ready).
    pub error: bool,
    /// What is wrong, in words.
    pub message: String,
}

pub(super) fn findings_table(ui: &mut egui::Ui, problems: &[ProblemLine]) {
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    ui.push_id("batch_findings", |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .auto_shrink([false, true])
            .max_scroll_height(220.0)
            .column(Column::exact(50.0))
            .column(Column::initial(200.0).at_least(120.0).clip(true))
            .column(Column::initial(130.0).at_least(90.0).clip(true))
            .column(Column::exact(64.0))
            .column(Column::remainder().at_least(160.0).clip(true))
            .header(row_height, |mut header| {
                for title in [
                    t!("batch-table-row"),
                    t!("batch-table-stream"),
                    t!("batch-table-field"),
                    String::new(),
                    t!("batch-table-problem"),
                ] {
                    header.col(|ui| {
                        ui.strong(title);
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, problems.len(), |mut row| {
                    let line = &problems[row.index()];
                    row.col(|ui| {
                        ui.label(line.row_no.to_string());
                    });
                    row.col(|ui| {
                        // A cut name shows whole on hover (egui's own tooltip for a cut label).
                        ui.add(egui::Label::new(&line.target).truncate());
                    });
                    row.col(|ui| {
                        ui.label(line.field);
                    });
                    row.col(|ui| {
                        if line.message == t!("batch-ready-to-send") {
                            ui.label(RichText::new(t!("batch-table-ok")).color(success_color(ui)));
                        } else if line.error {
                            ui.label(RichText::new(t!("cli-out-error")).color(error_color(ui)));
                        } else {
                            ui.label(RichText::new(t!("cli-out-warning")).color(warning_color(ui)));
                        }
                    });
                    row.col(|ui| {
                        // One tooltip: egui's, with the whole message, when it is cut.
                        ui.add(egui::Label::new(&line.message).truncate());
                    });
                });
            });
    });
}

pub(super) fn results_table(ui: &mut egui::Ui, rows: &[&BatchRow]) {
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    ui.push_id("batch_results", |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .auto_shrink([false, true])
            .max_scroll_height(320.0)
            .column(Column::exact(50.0))
            .column(
                Column::initial(200.0)
                    .at_least(100.0)
                    .clip(true)
                    .resizable(true),
            )
            .column(Column::initial(110.0).at_least(80.0))
            .column(
                Column::initial(180.0)
                    .at_least(90.0)
                    .clip(true)
                    .resizable(true),
            )
            .column(Column::remainder().at_least(160.0).clip(true))
            .header(row_height, |mut header| {
                for title in [
                    t!("batch-table-row"),
                    t!("batch-table-app-stream"),
                    t!("batch-table-outcome"),
                    t!("batch-table-requestid-error"),
                    t!("batch-table-explanation"),
                ] {
                    header.col(|ui| {
                        ui.strong(title);
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, rows.len(), |mut row| {
                    let r = rows[row.index()];
                    let field =
                        |f: Field| r.fields.get(f.api_name()).map(String::as_str).unwrap_or("");
                    row.col(|ui| {
                        ui.label(r.row_no.to_string());
                    });
                    row.col(|ui| {
                        // i18n-exempt: app/stream
                        let stream =
                            format!("{}/{}", field(Field::AppName), field(Field::StreamName));
                        ui.label(&stream)
                            // i18n-exempt: domain app/stream
                            .on_hover_text(format!("{} {stream}", field(Field::DomainName)));
                    });
                    row.col(|ui| {
                        let color = match r.state {
                            RowState::Ok => success_color(ui),
                            RowState::Failed => error_color(ui),
                            RowState::Unknown | RowState::Skipped => warning_color(ui),
                            _ => ui.visuals().text_color(),
                        };
                        ui.add(
                            egui::Label::new(RichText::new(r.state.label()).color(color))
                                .truncate(),
                        );
                    });
                    row.col(|ui| {
                        let id = r
                            .error_code
                            .as_deref()
                            .or(r.request_id.as_deref())
                            .unwrap_or("");
                        ui.label(id)
                            .on_hover_text(r.request_id.as_deref().unwrap_or(""));
                    });
                    row.col(|ui| {
                        let message = r.message.as_deref().unwrap_or("");
                        ui.label(message).on_hover_text(message);
                    });
                });
            });
    });
}
