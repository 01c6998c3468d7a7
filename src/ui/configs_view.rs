//! The Configs view: a domain's record-to-VOD configs, fetched page by page from the service
//! into a table that draws only the visible rows. A selected config can be edited (update),
//! deleted (after a confirmation) or copied into the form for a new add.

use super::style::{error_color, warning_color};
use crate::i18n::Said;
use crate::operation::configs::RecordVodConfig;
use crate::operation::{Field, FormDraft};
use crate::t;
use crate::worker::{CallReport, JobId};
use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};

/// Configs asked for per call (the service's largest page).
pub const PAGE_SIZE: u64 = 100;

/// What the user asked of the Configs view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigsAction {
    /// List a page with these fields (DescribeLiveRecordVodConfigs).
    List(FormDraft),
    /// Load this config into the form to update it.
    Edit(FormDraft),
    /// Copy this config into the form for a new add.
    AddLike(FormDraft),
    /// Delete this config (already confirmed).
    Delete(FormDraft),
}

/// The domain and region whose configs are shown.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Listed {
    domain: String,
    region: Option<String>,
}

/// The Configs view's state.
#[derive(Debug, Default)]
pub struct ConfigsView {
    domain: String,
    offered_form_domain: bool,
    known_domains: Vec<String>,
    listed: Option<Listed>,
    configs: Vec<RecordVodConfig>,
    total: Option<u64>,
    in_flight: Option<JobId>,
    selected: Option<usize>,
    /// The app and stream to select (and scroll to) when its page arrives.
    wanted: Option<(String, String)>,
    scroll_to: Option<usize>,
    problem: Option<Said>,
    confirm_delete: Option<usize>,
}

impl ConfigsView {
    /// The domains seen in the history, offered in the picker.
    pub fn set_known_domains(&mut self, domains: Vec<String>) {
        self.known_domains = domains;
    }

    /// Shows the configs of the draft's domain (and region) from now on.
    pub fn open(&mut self, draft: &FormDraft) {
        self.domain = draft.trimmed(Field::DomainName).to_string();
        self.listed = Some(Listed {
            domain: self.domain.to_ascii_lowercase(),
            region: Some(draft.trimmed(Field::RegionId).to_string()).filter(|r| !r.is_empty()),
        });
    }

    /// Shows the configs of the draft's domain with the draft's own config selected once it
    /// is listed ("Show the existing config").
    pub fn open_selecting(&mut self, draft: &FormDraft) {
        self.open(draft);
        self.wanted = Some((
            draft.trimmed(Field::AppName).to_string(),
            draft.trimmed(Field::StreamName).to_string(),
        ));
    }

    /// Starts the listing over: the fields of its first page, when a domain is shown.
    pub fn first_page(&mut self) -> Option<FormDraft> {
        let listed = self.listed.clone()?;
        self.configs.clear();
        self.total = None;
        self.problem = None;
        self.selected = None;
        Some(page_fields(&listed, 1))
    }

    /// A list call was sent for this view.
    pub fn listing(&mut self, id: JobId) {
        self.in_flight = Some(id);
    }

    /// Whether this call is the view's list call.
    pub fn owns(&self, id: JobId) -> bool {
        self.in_flight == Some(id)
    }

    /// Whether the view shows `domain`'s configs.
    pub fn shows_domain(&self, domain: &str) -> bool {
        self.listed.as_ref().is_some_and(|l| l.domain == domain)
    }

    /// Takes a listed page; returns the next page's fields when there are more.
    pub fn on_listed(&mut self, id: JobId, report: &CallReport) -> Option<FormDraft> {
        if !self.owns(id) {
            return None;
        }
        self.in_flight = None;
        let Some(page) = &report.page else {
            let explanation = report.explanation.clone();
            self.problem = Some(Said::new(move || match &explanation {
                Some(e) => e.one_line(),
                None => t!("configs-the-answer-could-not-be"),
            }));
            return None;
        };
        self.total = Some(page.total);
        self.configs.extend(page.configs.iter().cloned());
        if let Some((app, stream)) = &self.wanted
            && let Some(i) = self
                .configs
                .iter()
                .position(|c| &c.app_name == app && &c.stream_name == stream)
        {
            self.selected = Some(i);
            self.scroll_to = Some(i);
            self.wanted = None;
        }
        let more = !page.configs.is_empty() && (self.configs.len() as u64) < page.total;
        let listed = self.listed.as_ref()?;
        more.then(|| page_fields(listed, page.page_num + 1))
    }

    /// A list call could not be sent.
    pub fn on_not_sent(&mut self, id: JobId, reason: Said) {
        if self.owns(id) {
            self.in_flight = None;
            self.problem = Some(reason);
        }
    }

    /// Esc: closes the delete confirmation when it is open (answering "keep it").
    pub fn escape(&mut self) -> bool {
        self.confirm_delete.take().is_some()
    }

    /// Draws the view; `form` is the form's draft: its region is used for a new listing, and
    /// its domain is offered while none is typed here.
    #[must_use]
    pub fn ui(&mut self, ui: &mut egui::Ui, form: &FormDraft) -> Vec<ConfigsAction> {
        let mut actions = Vec::new();
        if !std::mem::replace(&mut self.offered_form_domain, true) && self.domain.is_empty() {
            self.domain = form.trimmed(Field::DomainName).to_string();
        }
        let region = Some(form.trimmed(Field::RegionId)).filter(|r| !r.is_empty());
        ui.add_space(6.0);
        ui.heading(t!("configs-record-to-vod-configs-of"));
        ui.label(RichText::new(t!("configs-see-what-is-configured-then")).weak());
        ui.add_space(4.0);
        self.domain_row_ui(ui, region, &mut actions);
        ui.add_space(4.0);
        self.status_ui(ui);
        if self.configs.is_empty() {
            return actions;
        }
        ui.add_space(4.0);
        self.selection_ui(ui, &mut actions);
        ui.add_space(4.0);
        self.table_ui(ui);
        self.confirm_delete_ui(ui, &mut actions);
        actions
    }

    fn domain_row_ui(
        &mut self,
        ui: &mut egui::Ui,
        region: Option<&str>,
        actions: &mut Vec<ConfigsAction>,
    ) {
        let mut list = false;
        ui.horizontal(|ui| {
            let label = ui.label(RichText::new(t!("configs-streaming-domain")).strong());
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut self.domain)
                        .hint_text("live.example.com")
                        .desired_width(260.0),
                )
                .labelled_by(label.id);
            list |= response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if !self.known_domains.is_empty() {
                ui.menu_button(t!("configs-recent-domains"), |ui| {
                    for d in &self.known_domains {
                        if ui.button(d).clicked() {
                            self.domain = d.clone();
                            list = true;
                            ui.close();
                        }
                    }
                });
            }
            let enabled = !self.domain.trim().is_empty();
            list |= ui
                .add_enabled(enabled, egui::Button::new(t!("configs-list-configs")))
                .clicked();
        });
        if list {
            let mut draft = FormDraft::default().with(Field::DomainName, self.domain.trim());
            if let Some(region) = region {
                draft.set(Field::RegionId, region);
            }
            self.open(&draft);
            if let Some(fields) = self.first_page() {
                actions.push(ConfigsAction::List(fields));
            }
        }
    }

    fn status_ui(&self, ui: &mut egui::Ui) {
        if let Some(problem) = &self.problem {
            ui.label(RichText::new(problem.text()).color(error_color(ui)));
            return;
        }
        let Some(listed) = &self.listed else {
            ui.label(RichText::new(t!("configs-type-a-domain-and-press")).weak());
            return;
        };
        let loaded = self.configs.len();
        let domain = listed.domain.as_str();
        let text = match (self.total, self.in_flight.is_some()) {
            (None, _) => t!("configs-listing", domain = domain),
            (Some(total), true) => t!(
                "configs-loaded-of",
                loaded = loaded,
                total = total,
                domain = domain
            ),
            (Some(total), false) => t!("configs-count-of", count = total, domain = domain),
        };
        ui.horizontal(|ui| {
            if self.in_flight.is_some() {
                ui.spinner();
            }
            ui.label(text);
        });
    }

    fn selected_draft(&self) -> Option<FormDraft> {
        let config = self.configs.get(self.selected?)?;
        let region = self.listed.as_ref().and_then(|l| l.region.as_deref());
        Some(config.draft(region))
    }

    fn selection_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<ConfigsAction>) {
        let Some(draft) = self.selected_draft() else {
            ui.label(RichText::new(t!("configs-select-a-config-to-edit")).weak());
            return;
        };
        ui.horizontal(|ui| {
            let target = self
                .selected
                .and_then(|i| self.configs.get(i))
                .map(RecordVodConfig::target)
                .unwrap_or_default();
            ui.label(RichText::new(target).strong());
            if ui
                .button(t!("configs-edit"))
                .on_hover_text(t!("configs-load-it-into-the-form"))
                .clicked()
            {
                actions.push(ConfigsAction::Edit(draft.clone()));
            }
            if crate::ui::guard_ui::change_button(
                ui,
                egui::Button::new(t!("configs-delete-config")),
                true,
            )
            .on_hover_text(t!("configs-stop-recording-into-vod-for"))
            .clicked()
            {
                if crate::ui::guard_ui::confirms_changes(ui.ctx()) {
                    // The production confirmation asks instead (with the domain typed).
                    actions.push(ConfigsAction::Delete(draft.clone()));
                } else {
                    self.confirm_delete = self.selected;
                }
            }
            if ui
                .button(t!("configs-add-like-this"))
                .on_hover_text(t!("configs-copy-it-into-the-form"))
                .clicked()
            {
                actions.push(ConfigsAction::AddLike(draft));
            }
        });
    }

    fn table_ui(&mut self, ui: &mut egui::Ui) {
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        let mut clicked = None;
        // Columns that do not fit scroll sideways instead of being cut off.
        egui::ScrollArea::horizontal()
            .id_salt("configs_table_h")
            .show(ui, |ui| {
                let mut table = TableBuilder::new(ui);
                if let Some(row) = self.scroll_to.take() {
                    table = table.scroll_to_row(row, Some(egui::Align::Center));
                }
                table
                    .id_salt("configs_table")
                    .striped(true)
                    .auto_shrink([false, true])
                    .column(
                        Column::initial(220.0)
                            .at_least(120.0)
                            .clip(true)
                            .resizable(true),
                    )
                    .column(
                        Column::initial(150.0)
                            .at_least(80.0)
                            .clip(true)
                            .resizable(true),
                    )
                    .column(Column::initial(90.0).at_least(60.0))
                    .column(Column::initial(110.0).at_least(60.0).clip(true))
                    .column(Column::remainder().at_least(120.0).clip(true))
                    .header(row_height, |mut header| {
                        for title in [
                            t!("configs-app-stream"),
                            t!("configs-transcoding-group"),
                            t!("configs-cycle"),
                            t!("configs-auto-compose"),
                            t!("configs-created-utc"),
                        ] {
                            header.col(|ui| {
                                ui.strong(title);
                            });
                        }
                    })
                    .body(|body| {
                        body.rows(row_height, self.configs.len(), |mut row| {
                            let i = row.index();
                            let Some(c) = self.configs.get(i) else {
                                return;
                            };
                            let selected = self.selected == Some(i);
                            row.col(|ui| {
                                let stream = if c.stream_name.is_empty() {
                                    "*"
                                } else {
                                    &c.stream_name
                                };
                                // i18n-exempt: app/stream
                                let text = format!("{}/{stream}", c.app_name);
                                if ui.selectable_label(selected, text).clicked() {
                                    clicked = Some(i);
                                }
                            });
                            row.col(|ui| {
                                ui.label(&c.vod_transcode_group_id);
                            });
                            row.col(|ui| {
                                ui.label(
                                    c.cycle_duration
                                        .map(crate::operation::rules::describe_duration)
                                        .unwrap_or_default(),
                                );
                            });
                            row.col(|ui| {
                                ui.label(if c.auto_compose.is_empty() {
                                    t!("configs-compose-off")
                                } else {
                                    t!(
                                        "configs-compose-on",
                                        group = c.compose_vod_transcode_group_id.as_str()
                                    )
                                });
                            });
                            row.col(|ui| {
                                ui.label(
                                    c.create_time
                                        .replace('T', " ")
                                        .trim_end_matches('Z')
                                        .to_string(),
                                );
                            });
                        });
                    });
            });
        if clicked.is_some() {
            self.selected = clicked;
        }
    }

    fn confirm_delete_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<ConfigsAction>) {
        let Some(index) = self.confirm_delete else {
            return;
        };
        let Some(config) = self.configs.get(index) else {
            self.confirm_delete = None;
            return;
        };
        let target = config.target();
        let mut decided = None;
        let modal = egui::Modal::new(egui::Id::unique("confirm_delete_config"))
            .frame(crate::ui::guard_ui::confirm_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                ui.heading(t!("configs-delete-this-recording-config"));
                let stream = if config.stream_name.is_empty() {
                    t!("configs-every-stream")
                } else {
                    config.stream_name.clone()
                };
                ui.label(t!(
                    "configs-delete-what",
                    domain = config.domain_name.as_str(),
                    app = config.app_name.as_str(),
                    stream = stream
                ));
                ui.label(
                    RichText::new(t!("configs-recording-stops", target = target.as_str()))
                        .color(warning_color(ui)),
                );
                ui.horizontal(|ui| {
                    if ui.button(t!("configs-delete-config-2")).clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Enter))
                    {
                        decided = Some(true);
                    }
                    if ui.button(t!("configs-keep-it")).clicked() {
                        decided = Some(false);
                    }
                });
            });
        if modal.should_close() && decided.is_none() {
            decided = Some(false);
        }
        if let Some(delete) = decided {
            self.confirm_delete = None;
            if delete && let Some(draft) = self.selected_draft() {
                actions.push(ConfigsAction::Delete(draft));
            }
        }
    }
}

fn page_fields(listed: &Listed, page_num: u64) -> FormDraft {
    let mut draft = FormDraft::default()
        .with(Field::DomainName, listed.domain.as_str())
        .with(Field::PageNum, page_num.to_string())
        .with(Field::PageSize, PAGE_SIZE.to_string());
    if let Some(region) = &listed.region {
        draft.set(Field::RegionId, region.as_str());
    }
    draft
}
