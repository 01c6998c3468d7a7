//! The history of submissions: search and filters, a list that draws only the visible rows and
//! fetches them page by page (smooth with 100,000 entries), and the selected entry's details.

use super::style::{error_color, success_color, warning_color};
use crate::credentials::ProfileKind;
use crate::storage::history_export::ExportFormat;
use crate::storage::{HistoryEntry, HistoryQuery, OutcomeKind};
use crate::t;
use chrono::TimeZone;
use eframe::egui::{self, RichText};
use std::collections::{HashMap, HashSet};

mod details;

/// Entries fetched per request.
pub const PAGE_ROWS: u64 = 100;

/// How far back to look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    /// No date filter.
    #[default]
    AnyTime,
    /// The last 24 hours.
    Day,
    /// The last 7 days.
    Week,
    /// The last 30 days.
    Month,
}

impl Period {
    const ALL: [Period; 4] = [Period::AnyTime, Period::Day, Period::Week, Period::Month];

    fn label(self) -> String {
        match self {
            Period::AnyTime => t!("history-any-time"),
            Period::Day => t!("history-last-24-hours"),
            Period::Week => t!("history-last-7-days"),
            Period::Month => t!("history-last-30-days"),
        }
    }

    fn hours(self) -> Option<i64> {
        match self {
            Period::AnyTime => None,
            Period::Day => Some(24),
            Period::Week => Some(24 * 7),
            Period::Month => Some(24 * 30),
        }
    }
}

/// What the user asked of the history panel.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryAction {
    /// Fetch a page (sent to the worker).
    Fetch {
        generation: u64,
        query: HistoryQuery,
        offset: u64,
        limit: u64,
    },
    /// Put this entry's fields into the form.
    LoadIntoForm(Box<HistoryEntry>),
    /// Send this entry's request again.
    Retry(Box<HistoryEntry>),
    /// Add again the config this (delete) entry removed.
    Restore(Box<HistoryEntry>),
    /// Show this entry's request as code.
    CopyAsCode(Box<HistoryEntry>),
    /// Delete this entry.
    Delete(i64),
    /// Delete every entry (already confirmed).
    ClearAll,
    /// Export the entries that match the filters.
    Export(ExportFormat, HistoryQuery),
}

/// The history panel's state.
#[derive(Debug, Default)]
pub struct HistoryPanel {
    search: String,
    outcome: Option<OutcomeKind>,
    profile: Option<String>,
    sandbox: Option<bool>,
    period: Period,
    /// Reads (lists, the account's checks, the overview) shown too, not only changes.
    every_call: bool,
    /// Only calls of profiles of this kind.
    kind: Option<ProfileKind>,
    generation: u64,
    total: Option<u64>,
    pages: HashMap<u64, Vec<HistoryEntry>>,
    requested: HashSet<u64>,
    selected: Option<HistoryEntry>,
    /// The selection changed: bring its details' actions into view.
    reveal_details: bool,
    unavailable: Option<crate::i18n::Said>,
    confirm_clear: bool,
}

impl HistoryPanel {
    /// The filters as a query.
    pub fn query(&self) -> HistoryQuery {
        HistoryQuery {
            search: self.search.clone(),
            outcome: self.outcome,
            profile: self.profile.clone(),
            sandbox: self.sandbox,
            from_ms: self
                .period
                .hours()
                .map(|h| crate::worker::now_ms() - h * 3_600_000),
            to_ms: None,
            changes_only: !self.every_call,
            kind: self.kind,
        }
    }

    /// Forgets the pages shown: the history or the filters changed.
    pub fn invalidate(&mut self) {
        self.generation += 1;
        self.pages.clear();
        self.requested.clear();
    }

    /// Takes a page the worker fetched (a page of an older generation is dropped).
    pub fn on_page(&mut self, generation: u64, offset: u64, total: u64, rows: Vec<HistoryEntry>) {
        if generation != self.generation {
            return;
        }
        self.total = Some(total);
        if let Some(selected) = &self.selected
            && let Some(fresh) = rows.iter().find(|r| r.id == selected.id)
        {
            self.selected = Some(fresh.clone());
        }
        self.pages.insert(offset / PAGE_ROWS, rows);
    }

    /// The history cannot be used.
    pub fn set_unavailable(&mut self, reason: crate::i18n::Said) {
        self.unavailable = Some(reason);
    }

    fn fetch(&mut self, page: u64, actions: &mut Vec<HistoryAction>) {
        if self.pages.contains_key(&page) || !self.requested.insert(page) {
            return;
        }
        actions.push(HistoryAction::Fetch {
            generation: self.generation,
            query: self.query(),
            offset: page * PAGE_ROWS,
            limit: PAGE_ROWS,
        });
    }

    fn entry(&self, row: u64) -> Option<&HistoryEntry> {
        let page = self.pages.get(&(row / PAGE_ROWS))?;
        page.get(usize::try_from(row % PAGE_ROWS).ok()?)
    }

    /// Draws the panel; `profiles` are the names offered in the profile filter.
    #[must_use]
    pub fn ui(&mut self, ui: &mut egui::Ui, profiles: &[String]) -> Vec<HistoryAction> {
        let mut actions = Vec::new();
        ui.heading(t!("history-history"));
        if let Some(reason) = &self.unavailable {
            ui.label(
                RichText::new(t!("history-the-history-is-unavailable", reason = reason))
                    .color(warning_color(ui)),
            );
            ui.label(t!("history-submitting-still-works-submissions-are"));
            return actions;
        }
        self.filters_ui(ui, profiles, &mut actions);
        // Page 0 carries the count: keep it fresh whenever the pages were invalidated.
        self.fetch(0, &mut actions);
        let total = self.total.unwrap_or(0);
        // Showing changes only is where the panel starts: not a filter the user set.
        let unfiltered = HistoryQuery {
            changes_only: true,
            ..HistoryQuery::default()
        };
        let filtered = self.query() != unfiltered && self.query() != HistoryQuery::default();
        ui.label(
            RichText::new(match total {
                0 if self.total.is_none() => t!("history-loading"),
                0 if filtered => t!("history-no-entries-match-these-filters"),
                0 => t!("history-no-submissions-yet-each-one"),
                1 => t!("history-1-entry"),
                n => t!("history-entries-newest-first", n = n),
            })
            .weak(),
        );
        self.list_ui(ui, total, &mut actions);
        ui.separator();
        self.details_ui(ui, &mut actions);
        self.confirm_clear_ui(ui, &mut actions);
        actions
    }

    fn filters_ui(
        &mut self,
        ui: &mut egui::Ui,
        profiles: &[String],
        actions: &mut Vec<HistoryAction>,
    ) {
        let mut changed = false;
        ui.horizontal(|ui| {
            let label = ui.label(t!("history-search-history"));
            changed |= ui
                .add(
                    egui::TextEdit::singleline(&mut self.search)
                        .hint_text(t!("history-domain-app-stream-requestid-or"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id)
                .changed();
        });
        ui.horizontal_wrapped(|ui| {
            let outcome_text = self
                .outcome
                .map_or(t!("history-all-outcomes"), outcome_filter_label);
            let label = ui.label(t!("history-outcome"));
            egui::ComboBox::from_id_salt("history_outcome")
                .selected_text(outcome_text)
                .show_ui(ui, |ui| {
                    changed |= ui
                        .selectable_value(&mut self.outcome, None, t!("history-all-outcomes"))
                        .changed();
                    for o in OutcomeKind::ALL {
                        changed |= ui
                            .selectable_value(&mut self.outcome, Some(o), outcome_filter_label(o))
                            .changed();
                    }
                })
                .response
                .labelled_by(label.id);
            let place_text = match self.sandbox {
                None => t!("history-sandbox-and-cloud"),
                Some(true) => t!("history-sandbox-only"),
                Some(false) => t!("history-alibaba-cloud-only"),
            };
            let label = ui.label(t!("history-where"));
            egui::ComboBox::from_id_salt("history_place")
                .selected_text(place_text)
                .show_ui(ui, |ui| {
                    changed |= ui
                        .selectable_value(&mut self.sandbox, None, t!("history-sandbox-and-cloud"))
                        .changed();
                    changed |= ui
                        .selectable_value(&mut self.sandbox, Some(true), t!("history-sandbox-only"))
                        .changed();
                    changed |= ui
                        .selectable_value(
                            &mut self.sandbox,
                            Some(false),
                            t!("history-alibaba-cloud-only"),
                        )
                        .changed();
                })
                .response
                .labelled_by(label.id);
            let label = ui.label(t!("history-show"));
            egui::ComboBox::from_id_salt("history_calls")
                .selected_text(if self.every_call {
                    t!("history-every-call")
                } else {
                    t!("history-changes-only")
                })
                .show_ui(ui, |ui| {
                    changed |= ui
                        .selectable_value(&mut self.every_call, false, t!("history-changes-only"))
                        .on_hover_text(t!("history-changes-only-explained"))
                        .changed();
                    changed |= ui
                        .selectable_value(&mut self.every_call, true, t!("history-every-call"))
                        .changed();
                })
                .response
                .labelled_by(label.id);
            let label = ui.label(t!("history-when"));
            egui::ComboBox::from_id_salt("history_period")
                .selected_text(self.period.label())
                .show_ui(ui, |ui| {
                    for p in Period::ALL {
                        changed |= ui
                            .selectable_value(&mut self.period, p, p.label())
                            .changed();
                    }
                })
                .response
                .labelled_by(label.id);
        });
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t!("history-kind"));
            egui::ComboBox::from_id_salt("history_kind")
                .selected_text(
                    self.kind
                        .map_or_else(|| t!("history-all-kinds"), ProfileKind::label),
                )
                .show_ui(ui, |ui| {
                    changed |= ui
                        .selectable_value(&mut self.kind, None, t!("history-all-kinds"))
                        .changed();
                    for kind in ProfileKind::ALL {
                        changed |= ui
                            .selectable_value(&mut self.kind, Some(kind), kind.label())
                            .changed();
                    }
                })
                .response
                .labelled_by(label.id);
        });
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t!("history-profile"));
            egui::ComboBox::from_id_salt("history_profile")
                .selected_text(
                    self.profile
                        .clone()
                        .unwrap_or_else(|| t!("history-all-profiles")),
                )
                .show_ui(ui, |ui| {
                    changed |= ui
                        .selectable_value(&mut self.profile, None, t!("history-all-profiles"))
                        .changed();
                    for name in profiles {
                        changed |= ui
                            .selectable_value(&mut self.profile, Some(name.clone()), name)
                            .changed();
                    }
                })
                .response
                .labelled_by(label.id);
            ui.menu_button(t!("history-export-history"), |ui| {
                if ui.button(t!("history-as-csv-spreadsheets")).clicked() {
                    actions.push(HistoryAction::Export(ExportFormat::Csv, self.query()));
                    ui.close();
                }
                if ui.button(t!("history-as-json")).clicked() {
                    actions.push(HistoryAction::Export(ExportFormat::Json, self.query()));
                    ui.close();
                }
            });
            if ui.button(t!("history-clear-all")).clicked() {
                self.confirm_clear = true;
            }
        });
        if changed {
            self.total = None;
            self.invalidate();
        }
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, total: u64, actions: &mut Vec<HistoryAction>) {
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        let rows = usize::try_from(total).unwrap_or(usize::MAX);
        let max_height = (ui.available_height() * 0.5).max(120.0);
        egui::ScrollArea::vertical()
            .id_salt("history_rows")
            .max_height(max_height)
            .auto_shrink([false, true])
            .show_rows(ui, row_height, rows, |ui, range| {
                for row in range {
                    let row = row as u64;
                    let Some(entry) = self.entry(row).cloned() else {
                        self.fetch(row / PAGE_ROWS, actions);
                        ui.add_sized(
                            [ui.available_width(), row_height],
                            egui::Label::new(RichText::new(t!("history-loading")).weak()),
                        );
                        continue;
                    };
                    let selected = self.selected.as_ref().is_some_and(|s| s.id == entry.id);
                    let text = row_text(&entry);
                    // A selected row is written in the selection's own colour: red or green
                    // on the selection's blue cannot be read.
                    let color = if selected {
                        super::style::selected_row_text(ui.visuals())
                    } else {
                        outcome_color(ui, entry.outcome)
                    };
                    let button =
                        egui::Button::selectable(selected, RichText::new(text).color(color))
                            .truncate()
                            .min_size(egui::vec2(ui.available_width(), row_height));
                    let response = ui.add(button);
                    if response.clicked() {
                        self.selected = Some(entry);
                        self.reveal_details = true;
                    }
                }
            });
    }

    /// Esc: closes the "clear the whole history" question (answering no).
    pub fn escape(&mut self) -> bool {
        std::mem::take(&mut self.confirm_clear)
    }

    fn confirm_clear_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<HistoryAction>) {
        if !self.confirm_clear {
            return;
        }
        let modal =
            egui::Modal::new(egui::Id::unique("confirm_clear_history")).show(ui.ctx(), |ui| {
                ui.heading(t!("history-clear-the-whole-history"));
                ui.label(t!("history-every-entry-will-be-deleted"));
                ui.horizontal(|ui| {
                    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.button(t!("history-delete-every-entry")).clicked() || enter {
                        actions.push(HistoryAction::ClearAll);
                        self.selected = None;
                        self.confirm_clear = false;
                    }
                    if ui.button(t!("history-keep-the-history")).clicked() {
                        self.confirm_clear = false;
                    }
                });
            });
        if modal.should_close() {
            self.confirm_clear = false;
        }
    }
}

fn local_time(ms: i64) -> String {
    chrono::Local
        .timestamp_millis_opt(ms)
        .single()
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_default()
}

fn row_text(e: &HistoryEntry) -> String {
    let place = e.place();
    let mut detail = match e.outcome {
        OutcomeKind::Ok => String::new(),
        _ => e
            .error_code
            .clone()
            .map(|c| format!(" · {c}"))
            .unwrap_or_default(),
    };
    if e.damaged {
        detail.push_str(&format!(" · {}", t!("history-entry-damaged")));
    }
    format!(
        // i18n-exempt: joins translated parts
        "{}  {:<15}  {:<6}  {}  · {place}{detail}",
        local_time(e.started_at_ms),
        outcome_label(e.outcome),
        e.operation.verb(),
        e.target()
    )
}

fn outcome_label(o: OutcomeKind) -> String {
    match o {
        OutcomeKind::Ok => t!("history-success"),
        OutcomeKind::Error => t!("history-failed"),
        OutcomeKind::Unknown => t!("history-outcome-unknown"),
        OutcomeKind::Pending => t!("history-in-progress"),
        OutcomeKind::NotSent => t!("history-not-sent"),
    }
}

fn outcome_filter_label(o: OutcomeKind) -> String {
    match o {
        OutcomeKind::Ok => t!("history-successes"),
        OutcomeKind::Error => t!("history-failures"),
        OutcomeKind::Unknown => t!("history-outcome-unknown"),
        OutcomeKind::Pending => t!("history-in-progress"),
        OutcomeKind::NotSent => t!("history-not-sent"),
    }
}

fn outcome_color(ui: &egui::Ui, o: OutcomeKind) -> egui::Color32 {
    match o {
        OutcomeKind::Ok => success_color(ui),
        OutcomeKind::Error => error_color(ui),
        OutcomeKind::Unknown | OutcomeKind::NotSent => warning_color(ui),
        OutcomeKind::Pending => ui.visuals().text_color(),
    }
}
