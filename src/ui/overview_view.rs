//! The Overview view: is everything recording? Every config of the account's streaming
//! domains with its state and last recording, the live streams no config covers above them,
//! filters, type-to-search, and for the selected config its details and Edit, Delete and Add
//! like this. Read in the background at the interval the user sets; only visible rows are
//! drawn.

use super::configs_view::ConfigsAction;
use super::style::{error_color, success_color, warning_color};
use crate::batch::progress::human_duration;
use crate::i18n::Said;
use crate::operation::recording_state::{ConfigStatus, Overview, State};
use crate::t;
use crate::worker::overview::OverviewReading;
use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};
use std::time::Duration;

/// The refresh intervals offered, in seconds; 60 by default.
pub const INTERVALS: [u64; 5] = [30, 60, 120, 300, 900];

/// What the user asked of the Overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverviewAction {
    /// Read the account now.
    Refresh,
    /// Edit, delete or copy a config, as the Configs view does.
    Config(ConfigsAction),
}

/// The Overview's state.
#[derive(Debug)]
pub struct OverviewView {
    /// The profile the overview is of.
    pub profile: Option<String>,
    overview: Overview,
    /// When it was last read (Unix milliseconds), if it was.
    pub read_at_ms: Option<i64>,
    /// A read is under way: `(done, total)` domains.
    pub reading: Option<(usize, usize)>,
    problems: Vec<Said>,
    calls: u32,
    domains: usize,
    /// Seconds between reads.
    pub interval_secs: u64,
    problems_only: bool,
    domain: Option<String>,
    state: Option<State>,
    search: String,
    selected: Option<usize>,
    confirm_delete: bool,
    /// What the filters let through, kept until the filters or the configs change (a frame
    /// with 5,000 configs must not filter them all again).
    shown: Option<(Filters, Vec<usize>)>,
    /// The configs' domains, once each; the count of each state.
    domains_seen: Vec<String>,
    counts: [usize; 4],
}

/// The filters and the search, as they were when `shown` was computed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Filters {
    problems_only: bool,
    domain: Option<String>,
    state: Option<State>,
    search: String,
}

impl Default for OverviewView {
    fn default() -> Self {
        OverviewView {
            profile: None,
            overview: Overview::default(),
            read_at_ms: None,
            reading: None,
            problems: Vec::new(),
            calls: 0,
            domains: 0,
            interval_secs: 60,
            problems_only: false,
            domain: None,
            state: None,
            search: String::new(),
            selected: None,
            confirm_delete: false,
            shown: None,
            domains_seen: Vec::new(),
            counts: [0; 4],
        }
    }
}

impl OverviewView {
    /// Starts over for `profile` (nothing read yet).
    pub fn switch_to(&mut self, profile: &str) {
        let interval = self.interval_secs;
        *self = OverviewView {
            profile: Some(profile.to_string()),
            interval_secs: interval,
            ..OverviewView::default()
        };
    }

    /// Takes what the worker read for `profile` at `now_ms`.
    pub fn take(&mut self, profile: &str, reading: OverviewReading, now_ms: i64) {
        if self.profile.as_deref() != Some(profile) {
            return;
        }
        let selected = self
            .selected
            .and_then(|i| self.overview.configs.get(i))
            .map(key);
        self.overview = reading.overview;
        self.problems = reading.problems;
        self.calls = reading.calls;
        self.domains = reading.domains;
        self.read_at_ms = Some(now_ms);
        self.reading = None;
        self.selected =
            selected.and_then(|k| self.overview.configs.iter().position(|c| key(c) == k));
        self.shown = None;
        self.domains_seen = self
            .overview
            .configs
            .iter()
            .map(|c| c.config.domain_name.clone())
            .collect();
        self.domains_seen.dedup();
        self.counts = State::ALL.map(|state| self.overview.count(state));
    }

    /// Whether a read is due at `now_ms`: never read, or read longer ago than the interval
    /// (and none under way).
    pub fn due(&self, now_ms: i64) -> bool {
        let interval_ms = i64::try_from(self.interval_secs * 1000).unwrap_or(i64::MAX);
        self.reading.is_none() && self.read_at_ms.is_none_or(|at| now_ms - at >= interval_ms)
    }

    /// The configs the filters and the search let through, by index (computed again only when
    /// the filters or the configs changed).
    fn shown(&mut self) -> Vec<usize> {
        let filters = Filters {
            problems_only: self.problems_only,
            domain: self.domain.clone(),
            state: self.state,
            search: self.search.clone(),
        };
        match &self.shown {
            Some((at, shown)) if *at == filters => shown.clone(),
            _ => {
                let shown = self.filter();
                self.shown = Some((filters, shown.clone()));
                shown
            }
        }
    }

    fn filter(&self) -> Vec<usize> {
        let needle = self.search.trim().to_lowercase();
        self.overview
            .configs
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                !self.problems_only || c.state.is_problem() || c.state == State::Unknown
            })
            .filter(|(_, c)| {
                self.domain
                    .as_ref()
                    .is_none_or(|d| &c.config.domain_name == d)
            })
            .filter(|(_, c)| self.state.is_none_or(|s| c.state == s))
            .filter(|(_, c)| {
                needle.is_empty()
                    || format!(
                        "{} {} {} {}",
                        c.config.domain_name,
                        c.config.app_name,
                        c.config.stream_name,
                        c.config.vod_transcode_group_id
                    )
                    .to_lowercase()
                    .contains(&needle)
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Draws the view; returns what the user asked.
    pub fn ui(&mut self, ui: &mut egui::Ui, now_ms: i64) -> Vec<OverviewAction> {
        let mut actions = Vec::new();
        ui.add_space(6.0);
        ui.heading(t!("overview-title"));
        if self.status_ui(ui, now_ms) {
            actions.push(OverviewAction::Refresh);
        }
        for problem in &self.problems {
            ui.label(RichText::new(problem.text()).color(warning_color(ui)));
        }
        self.gaps_ui(ui);
        self.filters_ui(ui);
        ui.separator();
        let shown = self.shown();
        if self.overview.configs.is_empty() {
            let words = if self.read_at_ms.is_some() {
                t!("overview-no-configs")
            } else {
                t!("overview-not-read-yet")
            };
            ui.label(RichText::new(words).weak());
            return actions;
        }
        let recent = self
            .selected
            .and_then(|i| self.overview.configs.get(i))
            .map_or(0, |c| c.recent.len().max(1));
        let detail_height = if self.selected.is_some() {
            130.0 + 20.0 * recent as f32
        } else {
            0.0
        };
        let table_height = (ui.available_height() - detail_height).max(120.0);
        ui.allocate_ui(egui::vec2(ui.available_width(), table_height), |ui| {
            self.table_ui(ui, &shown);
        });
        if let Some(action) = self.detail_ui(ui) {
            actions.push(OverviewAction::Config(action));
        }
        actions
    }

    /// When it was read, how many calls that took, the interval and Refresh; whether a read
    /// was asked for.
    fn status_ui(&mut self, ui: &mut egui::Ui, now_ms: i64) -> bool {
        let mut refresh = false;
        ui.horizontal_wrapped(|ui| {
            let note = match (self.reading, self.read_at_ms) {
                (Some((done, total)), _) => t!("overview-reading", done = done, total = total),
                (None, Some(at)) => {
                    let age = Duration::from_millis(u64::try_from(now_ms - at).unwrap_or(0));
                    t!(
                        "overview-read-ago",
                        age = human_duration(age),
                        domains = self.domains,
                        calls = self.calls
                    )
                }
                (None, None) => t!("overview-not-read-yet"),
            };
            ui.label(RichText::new(note).weak());
            refresh = ui
                .add_enabled(
                    self.reading.is_none(),
                    egui::Button::new(t!("overview-refresh")),
                )
                .clicked();
            let every = ui.label(t!("overview-every"));
            egui::ComboBox::from_id_salt("overview_interval")
                .selected_text(human_duration(Duration::from_secs(self.interval_secs)))
                .show_ui(ui, |ui| {
                    for secs in INTERVALS {
                        ui.selectable_value(
                            &mut self.interval_secs,
                            secs,
                            human_duration(Duration::from_secs(secs)),
                        );
                    }
                })
                .response
                .labelled_by(every.id);
        });
        refresh
    }

    fn gaps_ui(&self, ui: &mut egui::Ui) {
        let o = &self.overview;
        if o.configs.is_empty() && o.gaps.is_empty() {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            for (state, n) in State::ALL.into_iter().zip(self.counts) {
                let text = format!("{} {n}", state.label());
                ui.label(RichText::new(text).color(state_color(ui, state)).strong());
                ui.add_space(8.0);
            }
        });
        if o.gaps.is_empty() {
            return;
        }
        let title = t!("overview-gaps", count = o.gaps.len());
        egui::CollapsingHeader::new(RichText::new(title).color(error_color(ui)))
            .id_salt("overview_gaps")
            .default_open(true)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("overview_gaps_list")
                    .max_height(90.0)
                    .show(ui, |ui| {
                        for gap in &o.gaps {
                            let s = &gap.stream;
                            let path = format!("{}/{}/{}", s.domain, s.app, s.stream);
                            let line = if gap.recorded_to_oss {
                                t!("overview-gap-oss", stream = path)
                            } else {
                                path
                            };
                            ui.label(line);
                        }
                    });
            });
    }

    fn filters_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            ui.checkbox(&mut self.problems_only, t!("overview-problems-only"));
            let domain_label = ui.label(t!("overview-domain"));
            let all = t!("overview-all");
            egui::ComboBox::from_id_salt("overview_domain")
                .selected_text(self.domain.clone().unwrap_or_else(|| all.clone()))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.domain, None, all.clone());
                    for d in &self.domains_seen {
                        ui.selectable_value(&mut self.domain, Some(d.clone()), d.as_str());
                    }
                })
                .response
                .labelled_by(domain_label.id);
            let state_label = ui.label(t!("overview-state"));
            egui::ComboBox::from_id_salt("overview_state")
                .selected_text(self.state.map_or_else(|| all.clone(), State::label))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.state, None, all.clone());
                    for s in State::ALL {
                        ui.selectable_value(&mut self.state, Some(s), s.label());
                    }
                })
                .response
                .labelled_by(state_label.id);
            let label = ui.label(t!("overview-search"));
            ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text(t!("overview-search-hint"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
        });
    }

    fn table_ui(&mut self, ui: &mut egui::Ui, shown: &[usize]) {
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        let mut clicked = None;
        // Columns that do not fit scroll sideways instead of being cut off.
        egui::ScrollArea::horizontal()
            .id_salt("overview_table_h")
            .show(ui, |ui| {
                TableBuilder::new(ui)
                    .id_salt("overview_table")
                    .striped(true)
                    .auto_shrink([false, false])
                    .column(
                        Column::initial(150.0)
                            .at_least(110.0)
                            .clip(true)
                            .resizable(true),
                    )
                    .column(
                        Column::initial(130.0)
                            .at_least(80.0)
                            .clip(true)
                            .resizable(true),
                    )
                    .column(Column::initial(100.0).at_least(80.0))
                    .column(Column::initial(140.0).at_least(100.0).clip(true))
                    .column(Column::initial(115.0).at_least(80.0).clip(true))
                    .column(Column::remainder().at_least(60.0))
                    .header(row_height, |mut header| {
                        for title in [
                            t!("overview-col-domain"),
                            t!("overview-col-app-stream"),
                            t!("overview-col-state"),
                            t!("overview-col-last-recording"),
                            t!("overview-col-group"),
                            t!("overview-col-cycle"),
                        ] {
                            header.col(|ui| {
                                ui.strong(title);
                            });
                        }
                    })
                    .body(|body| {
                        body.rows(row_height, shown.len(), |mut row| {
                            let Some(&i) = shown.get(row.index()) else {
                                return;
                            };
                            let Some(c) = self.overview.configs.get(i) else {
                                return;
                            };
                            let selected = self.selected == Some(i);
                            row.set_selected(selected);
                            let config = &c.config;
                            let stream = app_stream(c);
                            let last = c
                                .last_recording
                                .as_ref()
                                .map_or_else(|| "—".to_string(), |r| r.end.clone());
                            let cycle = config
                                .cycle_duration
                                .map_or_else(|| "—".to_string(), |s| format!("{s} s"));
                            row.col(|ui| {
                                if ui
                                    .selectable_label(selected, config.domain_name.as_str())
                                    .clicked()
                                {
                                    clicked = Some(i);
                                }
                            });
                            row.col(|ui| {
                                ui.label(stream);
                            });
                            row.col(|ui| {
                                // On the selected row's fill, the state's colour would not read.
                                let color = if selected {
                                    super::style::selected_row_text(ui.visuals())
                                } else {
                                    state_color(ui, c.state)
                                };
                                ui.label(RichText::new(c.state.label()).color(color).strong());
                            });
                            row.col(|ui| {
                                ui.label(last);
                            });
                            row.col(|ui| {
                                ui.label(config.vod_transcode_group_id.as_str());
                            });
                            row.col(|ui| {
                                ui.label(cycle);
                            });
                            if row.response().clicked() {
                                clicked = Some(i);
                            }
                        });
                    });
            });
        if let Some(i) = clicked {
            self.selected = (self.selected != Some(i)).then_some(i);
            self.confirm_delete = false;
        }
    }

    /// The selected config: why it is in its state, its last recording and live stream, and
    /// what can be done with it.
    fn detail_ui(&mut self, ui: &mut egui::Ui) -> Option<ConfigsAction> {
        let c = self.overview.configs.get(self.selected?)?;
        let draft = c.config.draft(Some(&c.region));
        let mut action = None;
        ui.separator();
        ui.label(
            RichText::new(format!("{}/{}", c.config.domain_name, app_stream(c)))
                .strong()
                .color(state_color(ui, c.state)),
        );
        ui.label(&c.reason);
        let live = if c.live {
            t!("overview-live-yes")
        } else {
            t!("overview-live-no")
        };
        ui.label(live);
        if c.recent.is_empty() {
            ui.label(RichText::new(t!("overview-no-recording")).weak());
        }
        for r in &c.recent {
            ui.label(t!(
                "overview-last-recording",
                video = r.video_id.as_str(),
                start = r.start.as_str(),
                end = r.end.as_str()
            ));
        }
        ui.horizontal(|ui| {
            if ui.button(t!("overview-edit")).clicked() {
                action = Some(ConfigsAction::Edit(draft.clone()));
            }
            if ui.button(t!("overview-add-like-this")).clicked() {
                action = Some(ConfigsAction::AddLike(draft.clone()));
            }
            if self.confirm_delete {
                ui.label(RichText::new(t!("overview-delete-sure")).color(error_color(ui)));
                if ui.button(t!("overview-delete-yes")).clicked() {
                    action = Some(ConfigsAction::Delete(draft.clone()));
                    self.confirm_delete = false;
                }
                if ui.button(t!("overview-delete-no")).clicked() {
                    self.confirm_delete = false;
                }
            } else if ui.button(t!("overview-delete")).clicked() {
                self.confirm_delete = true;
            }
        });
        action
    }
}

/// A config's identity: domain, app and stream.
fn key(c: &ConfigStatus) -> (String, String, String) {
    (
        c.config.domain_name.clone(),
        c.config.app_name.clone(),
        c.config.stream_name.clone(),
    )
}

fn app_stream(c: &ConfigStatus) -> String {
    match c.config.stream_name.as_str() {
        "" => t!("overview-every-stream", app = c.config.app_name.as_str()),
        s => format!("{}/{s}", c.config.app_name),
    }
}

fn state_color(ui: &egui::Ui, state: State) -> egui::Color32 {
    match state {
        State::Recording => success_color(ui),
        State::NotRecording => error_color(ui),
        State::Unknown => warning_color(ui),
        State::Idle => ui.visuals().weak_text_color(),
    }
}
