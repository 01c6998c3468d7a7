//! The request form: one labelled widget per field, grouped the way a user thinks, with
//! findings shown under each field as the user types.

use super::pick_lists::{self, AccountLists};
use super::style::{error_color, findings_ui};
use crate::operation::account_check::{self, DomainFacts};
use crate::operation::regions::{self, REGIONS};
use crate::operation::rules::{self, AUTO_COMPOSE_ON};
use crate::operation::url_parts;
use crate::operation::{Checked, Field, FindingCode, FormDraft, Operation};
use crate::signing::SignatureMethod;
use crate::t;
use crate::worker::now_ms;
use eframe::egui::{self, RichText, TextEdit};

/// Default time allowed per attempt, in seconds.
pub const DEFAULT_TIMEOUT_SECS: u64 = 30;

/// The form's state: the draft as typed and the advanced settings.
#[derive(Debug, Clone)]
pub struct FormPanel {
    /// What the form sends: Add (a new config) or Update (an existing one).
    pub operation: Operation,
    /// The request fields as typed.
    pub draft: FormDraft,
    /// Signature method.
    pub signature: SignatureMethod,
    /// Time allowed per attempt.
    pub timeout_secs: u64,
    /// Set when new contents are loaded: the form shows its top (the mode switch) next frame.
    pub scroll_to_top: bool,
    /// Put the cursor in the first field next frame (Ctrl+L, or Tab with nothing focused).
    pub focus_first: bool,
    /// A field to bring into view on the next frame (the submit bar's "Fix … above").
    pub scroll_to_field: Option<Field>,
    region_search: String,
    compose_group_stash: String,
}

impl Default for FormPanel {
    fn default() -> Self {
        FormPanel {
            operation: Operation::Add,
            draft: FormDraft::example(),
            signature: SignatureMethod::V3,
            timeout_secs: DEFAULT_TIMEOUT_SECS,
            scroll_to_top: false,
            focus_first: false,
            scroll_to_field: None,
            region_search: String::new(),
            compose_group_stash: String::new(),
        }
    }
}

impl FormPanel {
    /// Draws the form, with each field's findings (`checked`, of this draft) under it.
    /// Returns whether the account's lists should be read again (Refresh).
    #[must_use]
    pub fn ui(&mut self, ui: &mut egui::Ui, checked: &Checked, lists: &AccountLists) -> bool {
        let mut read_account = false;
        // The field to bring into view, for `field_label_row` to find this frame only.
        let wanted = egui::Id::unique(SCROLL_TO_FIELD);
        ui.data_mut(|d| match self.scroll_to_field.take() {
            Some(field) => {
                d.insert_temp(wanted, field);
            }
            None => d.remove::<Field>(wanted),
        });
        self.mode_ui(ui);
        group_ui(ui, t!("form-where-the-stream-is"), |ui| {
            // The account's lists first: their age and Refresh are not in the way of Tab
            // from field to field.
            read_account = pick_lists::status_ui(ui, lists, now_ms());
            // Each field in its own ID scope: a pick list that appears when the account's
            // lists arrive must not change the IDs (focus, an open menu) of the fields after it.
            ui.push_id(Field::RegionId, |ui| self.region_ui(ui, checked));
            ui.push_id(Field::DomainName, |ui| {
                self.domain_ui(ui, checked, lists);
                self.domain_split_ui(ui, checked);
            });
            for field in [Field::AppName, Field::StreamName] {
                ui.push_id(field, |ui| self.stream_part_ui(ui, field, checked, lists));
            }
        });
        group_ui(ui, t!("form-how-it-is-recorded"), |ui| {
            ui.push_id(Field::VodTranscodeGroupId, |ui| {
                self.group_ui(ui, checked, lists)
            });
            self.cycle_ui(ui, checked);
            if self.operation.takes(Field::DelayTime) {
                self.text_field_ui(ui, Field::DelayTime, checked);
            }
            ui.push_id(Field::StorageLocation, |ui| {
                self.storage_ui(ui, checked, lists)
            });
        });
        group_ui(ui, t!("form-auto-compose"), |ui| {
            self.auto_compose_ui(ui, checked)
        });
        let advanced = egui::CollapsingHeader::new(t!("form-advanced"))
            .id_salt("advanced")
            .show(ui, |ui| self.advanced_ui(ui, checked));
        if advanced.header_response.clicked() && advanced.openness < 0.5 {
            // Just opened: bring what it shows into view.
            ui.scroll_to_rect(
                advanced
                    .header_response
                    .rect
                    .expand2(egui::vec2(0.0, 240.0)),
                Some(egui::Align::TOP),
            );
        }
        read_account
    }

    /// The streaming domain, typed or chosen from the account's (which sets the region too).
    fn domain_ui(&mut self, ui: &mut egui::Ui, checked: &Checked, lists: &AccountLists) {
        let field = Field::DomainName;
        let label_id = field_label_row(ui, field, self.operation);
        ui.horizontal(|ui| {
            let picked = pick_lists::domain_menu_ui(ui, lists, self.draft.get(field));
            if let Some(domain) = picked {
                self.draft.set(field, domain.name);
                if !domain.region.is_empty() {
                    self.draft.set(Field::RegionId, domain.region);
                }
            }
            self.field_edit(ui, field, label_id);
        });
        findings_ui(ui, &checked.for_field(field).collect::<Vec<_>>());
        ui.add_space(4.0);
    }

    /// The app or the stream, typed or chosen from the names the domain's streams were pushed
    /// under lately (live now or in the ingest history); an empty stream is said in words.
    fn stream_part_ui(
        &mut self,
        ui: &mut egui::Ui,
        field: Field,
        checked: &Checked,
        lists: &AccountLists,
    ) {
        let facts = lists.domain_facts(self.draft.get(Field::DomainName));
        let (title, names) = match (field, facts) {
            (Field::AppName, Some(f)) => (t!("pick-choose-app"), f.apps()),
            (_, Some(f)) => (
                t!("pick-choose-stream"),
                f.streams_of(self.draft.trimmed(Field::AppName)),
            ),
            (_, None) => (String::new(), Vec::new()),
        };
        let explained = t!("pick-choose-stream-explained");
        self.menu_field_ui(ui, field, (title, explained), &names);
        let app = self.draft.trimmed(Field::AppName);
        if field == Field::StreamName
            && !app.is_empty()
            && account_check::every_stream(self.draft.trimmed(field))
        {
            ui.label(RichText::new(t!("form-every-stream-of-the-app", app = app)).weak());
        }
        findings_ui(ui, &checked.for_field(field).collect::<Vec<_>>());
        ui.add_space(4.0);
    }

    /// A field's label and text box, with a menu of `names` (titled and explained by `menu`)
    /// before the box when there are any.
    fn menu_field_ui(
        &mut self,
        ui: &mut egui::Ui,
        field: Field,
        menu: (String, String),
        names: &[&str],
    ) {
        let label_id = field_label_row(ui, field, self.operation);
        ui.horizontal(|ui| {
            if let Some(name) = pick_lists::names_menu_ui(ui, menu.0, menu.1, names) {
                self.draft.set(field, name);
            }
            self.field_edit(ui, field, label_id);
        });
    }

    /// The template group, typed or chosen by name from the region's; a known ID's name is
    /// shown beside it.
    fn group_ui(&mut self, ui: &mut egui::Ui, checked: &Checked, lists: &AccountLists) {
        let field = Field::VodTranscodeGroupId;
        let label_id = field_label_row(ui, field, self.operation);
        let region = self.draft.trimmed(Field::RegionId).to_string();
        ui.horizontal(|ui| {
            if let Some(id) = pick_lists::group_menu_ui(ui, lists, &region) {
                self.draft.set(field, id);
            }
            self.field_edit(ui, field, label_id);
        });
        let id = self.draft.trimmed(field).to_string();
        if let Some(name) = pick_lists::group_name(lists, &region, &id) {
            ui.label(RichText::new(t!("pick-group-named", name = name)).weak());
        }
        findings_ui(ui, &checked.for_field(field).collect::<Vec<_>>());
        ui.add_space(4.0);
    }

    fn mode_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(t!("form-what-to-do")).strong());
            ui.radio_value(
                &mut self.operation,
                Operation::Add,
                t!("form-add-a-new-config"),
            );
            ui.radio_value(
                &mut self.operation,
                Operation::Update,
                t!("form-update-an-existing-config"),
            );
        });
        if self.operation == Operation::Update {
            ui.label(RichText::new(t!("form-update-changes-the-config-of")).weak());
        }
        ui.add_space(6.0);
    }

    /// The storage location: typed, or one the domain's configs already use.
    fn storage_ui(&mut self, ui: &mut egui::Ui, checked: &Checked, lists: &AccountLists) {
        let field = Field::StorageLocation;
        if self.operation.takes(field) {
            let places = lists
                .domain_facts(self.draft.get(Field::DomainName))
                .map(DomainFacts::storage_locations)
                .unwrap_or_default();
            let menu = (
                t!("pick-choose-storage"),
                t!("pick-choose-storage-explained"),
            );
            self.menu_field_ui(ui, field, menu, &places);
            findings_ui(ui, &checked.for_field(field).collect::<Vec<_>>());
            ui.add_space(4.0);
            return;
        }
        let label_id = field_label_row(ui, Field::StorageLocation, self.operation);
        ui.add_enabled(
            false,
            TextEdit::singleline(self.draft.get_mut(Field::StorageLocation))
                .hint_text(Field::StorageLocation.hint())
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label_id);
        ui.label(RichText::new(t!("form-storage-cannot-be-changed-by")).weak());
        ui.add_space(4.0);
    }

    fn text_field_ui(&mut self, ui: &mut egui::Ui, field: Field, checked: &Checked) {
        let label_id = field_label_row(ui, field, self.operation);
        self.field_edit(ui, field, label_id);
        findings_ui(ui, &checked.for_field(field).collect::<Vec<_>>());
        ui.add_space(4.0);
    }

    /// The field's text box, as wide as there is room, named by its label, its help on hover.
    fn field_edit(&mut self, ui: &mut egui::Ui, field: Field, label_id: egui::Id) {
        ui.add(
            TextEdit::singleline(self.draft.get_mut(field))
                .hint_text(field.hint())
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label_id)
        .on_hover_text(field.help());
    }

    fn region_ui(&mut self, ui: &mut egui::Ui, checked: &Checked) {
        let field = Field::RegionId;
        let label_id = field_label_row(ui, field, self.operation);
        ui.horizontal(|ui| {
            let edit = ui
                .add(
                    TextEdit::singleline(self.draft.get_mut(field))
                        .hint_text(field.hint())
                        .desired_width(160.0),
                )
                .labelled_by(label_id)
                .on_hover_text(field.help());
            if std::mem::take(&mut self.focus_first) {
                edit.request_focus();
                edit.scroll_to_me(None);
            }
            if let Some(region) = regions::find(self.draft.trimmed(field)) {
                ui.label(region.name());
            }
            ui.menu_button(t!("form-choose-region"), |ui| {
                ui.add(
                    TextEdit::singleline(&mut self.region_search)
                        .hint_text(t!("form-search-regions"))
                        .desired_width(260.0),
                )
                .on_hover_text(t!("form-type-part-of-a-name"));
                let needle = self.region_search.trim().to_lowercase();
                egui::ScrollArea::vertical()
                    .max_height(280.0)
                    .show(ui, |ui| {
                        for region in REGIONS.iter().filter(|r| {
                            needle.is_empty() || r.display_name().to_lowercase().contains(&needle)
                        }) {
                            if ui.button(region.display_name()).clicked() {
                                self.draft.set(field, region.id);
                                self.region_search.clear();
                                ui.close();
                            }
                        }
                    });
            });
        });
        findings_ui(ui, &checked.for_field(field).collect::<Vec<_>>());
        ui.add_space(4.0);
    }

    fn domain_split_ui(&mut self, ui: &mut egui::Ui, checked: &Checked) {
        let split = checked
            .for_field(Field::DomainName)
            .find_map(|f| match &f.code {
                FindingCode::DomainIsUrl { host, app, stream } => {
                    Some((host.clone(), app.clone(), stream.clone()))
                }
                _ => None,
            });
        let Some((host, app, stream)) = split else {
            return;
        };
        let parts = url_parts(&host, app.as_deref(), stream.as_deref());
        if ui.button(t!("form-split-the-url", parts = parts)).clicked() {
            self.draft.set(Field::DomainName, host);
            if let Some(app) = app {
                self.draft.set(Field::AppName, app);
            }
            if let Some(stream) = stream {
                self.draft.set(Field::StreamName, stream);
            }
        }
        ui.add_space(4.0);
    }

    fn cycle_ui(&mut self, ui: &mut egui::Ui, checked: &Checked) {
        let field = Field::CycleDuration;
        let label_id = field_label_row(ui, field, self.operation);
        ui.horizontal(|ui| {
            ui.add(
                TextEdit::singleline(self.draft.get_mut(field))
                    .hint_text(field.hint())
                    .desired_width(100.0),
            )
            .labelled_by(label_id)
            .on_hover_text(field.help());
            let text = self.draft.trimmed(field);
            let secs = if text.is_empty() {
                // An update leaves an empty cycle as it is; an add gets the service default.
                field
                    .number_rule()
                    .and_then(|r| r.default)
                    .filter(|_| self.operation == Operation::Add)
            } else {
                text.parse::<i64>()
                    .ok()
                    .or_else(|| rules::parse_duration(text))
            };
            if let Some(secs) = secs.filter(|s| *s > 0) {
                let duration = rules::describe_duration(secs);
                ui.label(if text.is_empty() {
                    t!("form-per-file-default", duration = duration)
                } else {
                    t!("form-per-file", duration = duration)
                });
            }
        });
        findings_ui(ui, &checked.for_field(field).collect::<Vec<_>>());
        ui.add_space(4.0);
    }

    fn auto_compose_ui(&mut self, ui: &mut egui::Ui, checked: &Checked) {
        let current = self.draft.trimmed(Field::AutoCompose).to_string();
        let mut on = !current.is_empty();
        let response = ui
            .checkbox(&mut on, Field::AutoCompose.label())
            .on_hover_text(Field::AutoCompose.help());
        ui.label(RichText::new(t!("form-merge-the-recorded-files-into")).weak());
        if response.changed() {
            if on {
                self.draft.set(Field::AutoCompose, AUTO_COMPOSE_ON);
                let stash = std::mem::take(&mut self.compose_group_stash);
                if self
                    .draft
                    .trimmed(Field::ComposeVodTranscodeGroupId)
                    .is_empty()
                {
                    self.draft.set(Field::ComposeVodTranscodeGroupId, stash);
                }
            } else {
                self.draft.set(Field::AutoCompose, "");
                self.compose_group_stash =
                    std::mem::take(self.draft.get_mut(Field::ComposeVodTranscodeGroupId));
            }
        }
        findings_ui(
            ui,
            &checked.for_field(Field::AutoCompose).collect::<Vec<_>>(),
        );
        let compose_set = !self
            .draft
            .trimmed(Field::ComposeVodTranscodeGroupId)
            .is_empty();
        if on || compose_set {
            ui.add_space(4.0);
            self.text_field_ui(ui, Field::ComposeVodTranscodeGroupId, checked);
        }
    }

    fn advanced_ui(&mut self, ui: &mut egui::Ui, checked: &Checked) {
        let field = Field::OnDemand;
        let label_id = field_label_row(ui, field, self.operation);
        let value = self.draft.trimmed(field).to_string();
        let shown = match value.as_str() {
            "" | "0" => t!("form-off-0-the-default"),
            "1" => t!("form-on-1-not-supported-for"),
            other => t!("form-other-value", value = other),
        };
        egui::ComboBox::from_id_salt("on_demand")
            .selected_text(shown)
            .width(260.0)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(value != "1", t!("form-off-0-the-default"))
                    .clicked()
                {
                    self.draft.set(field, "");
                }
                if ui
                    .selectable_label(value == "1", t!("form-on-1-not-supported-for"))
                    .clicked()
                {
                    self.draft.set(field, "1");
                }
            })
            .response
            .labelled_by(label_id)
            .on_hover_text(field.help());
        findings_ui(ui, &checked.for_field(field).collect::<Vec<_>>());
        ui.add_space(6.0);
        ui.label(t!("form-signature-method"));
        ui.radio_value(
            &mut self.signature,
            SignatureMethod::V3,
            t!("form-v3-acs3-hmac-sha256-recommended"),
        );
        ui.radio_value(
            &mut self.signature,
            SignatureMethod::V1,
            t!("form-v1-hmac-sha1-the-older"),
        );
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let label = ui.label(t!("form-timeout-s"));
            ui.add(egui::DragValue::new(&mut self.timeout_secs).range(1..=600))
                .labelled_by(label.id)
                .on_hover_text(t!("form-give-up-on-an-attempt"));
        });
    }
}

/// The field's label (its accessible name) with "required" beside it when it is. Returns the
/// label's id, which labels the field's widget.
/// Where the field to bring into view is kept for one frame.
const SCROLL_TO_FIELD: &str = "form_scroll_to_field";

fn field_label_row(ui: &mut egui::Ui, field: Field, operation: Operation) -> egui::Id {
    ui.horizontal(|ui| {
        let label = egui::Label::new(RichText::new(field.label()).strong());
        let response = ui.add(label).on_hover_text(field.help());
        let wanted = egui::Id::unique(SCROLL_TO_FIELD);
        if ui.data(|d| d.get_temp::<Field>(wanted)) == Some(field) {
            ui.scroll_to_rect(response.rect.expand(40.0), Some(egui::Align::Center));
            ui.data_mut(|d| d.remove::<Field>(wanted));
        }
        let id = response.id;
        if operation.requires(field) {
            ui.label(
                RichText::new(t!("form-required"))
                    .small()
                    .color(error_color(ui)),
            );
        }
        id
    })
    .inner
}

fn group_ui(ui: &mut egui::Ui, title: String, add_contents: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.heading(title);
            ui.add_space(4.0);
            add_contents(ui);
        });
    ui.add_space(8.0);
}
