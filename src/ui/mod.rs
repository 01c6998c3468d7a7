//! The window: the form, the result of the last submission, the history and the presets. It
//! talks to the worker only through plain-data commands and events, and never waits.

pub mod commands;
pub mod file_dialog;
pub mod fonts;
pub mod form_panel;
pub mod history_panel;
pub mod presets_bar;
pub mod profiles_dialog;
pub mod result_panel;
pub mod style;

use crate::client::ClientConfig;
use crate::credentials::{Credentials, Profile, ProfileSource, SecretStore};
use crate::operation::{self, Checked, FormDraft};
use crate::signing::SignatureMethod;
use crate::worker::{
    self, Command, Event, JobId, ProfileCommand, SecretSource, SubmitJob, WorkerConfig,
    WorkerHandle,
};
use commands::UiCommand;
use eframe::egui::{self, RichText};
use file_dialog::{FileDialogs, FilePurpose};
use form_panel::FormPanel;
use history_panel::{HistoryAction, HistoryPanel};
use presets_bar::{PresetAction, PresetsBar};
use profiles_dialog::{ProfilesAction, ProfilesDialog};
use result_panel::{Finished, ResultAction, ResultPanel};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use style::{error_color, success_color};

/// Key of the window's saved state in eframe's storage.
pub const STATE_KEY: &str = "live-record-vod.state";
/// The preset a first run starts with.
pub const EXAMPLE_PRESET: &str = "Example (sandbox)";
/// The reference page of the operation.
pub const REFERENCE_URL: &str = "https://www.alibabacloud.com/help/en/apsaravideo-live/developer-reference/api-live-2016-11-01-addliverecordvodconfig";

/// What the window remembers between runs: never a secret, never the form's contents.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SavedState {
    /// The preset in use when the window closed.
    pub last_preset: Option<String>,
    /// The profile in use.
    pub profile: Option<String>,
    /// `v3` or `v1`.
    pub signature: Option<String>,
    /// Time allowed per attempt.
    pub timeout_secs: Option<u64>,
}

/// What the window needs from its surroundings.
#[derive(Debug, Clone)]
pub struct AppSetup {
    /// The runtime the worker runs on.
    pub runtime: tokio::runtime::Handle,
    /// Where presets and history live.
    pub data_dir: PathBuf,
    /// The profiles to offer; the first is the default on a first run.
    pub profiles: Vec<Profile>,
    /// Try the system's file dialogs (false in tests: always the path field).
    pub native_file_dialogs: bool,
    /// The HTTP client's settings.
    pub client: ClientConfig,
    /// Where saved profiles keep their secrets.
    pub secrets: SecretStore,
}

impl AppSetup {
    /// A window whose only built-in profile is the sandbox at `sandbox_url`, with no native
    /// file dialogs: what tests and benchmarks drive.
    pub fn for_sandbox(
        runtime: tokio::runtime::Handle,
        data_dir: PathBuf,
        sandbox_url: &str,
        secrets: SecretStore,
    ) -> AppSetup {
        AppSetup {
            runtime,
            data_dir,
            profiles: vec![Profile::sandbox(sandbox_url)],
            native_file_dialogs: false,
            client: ClientConfig::default(),
            secrets,
        }
    }
}

/// The window's state.
pub struct LiveRecordApp {
    worker: WorkerHandle,
    profiles: Vec<Profile>,
    built_in_profiles: usize,
    profiles_dialog: ProfilesDialog,
    profile_restored: bool,
    profile_index: usize,
    form: FormPanel,
    result: ResultPanel,
    history: HistoryPanel,
    presets: PresetsBar,
    files: FileDialogs,
    notice: Option<(String, bool)>,
    next_job: JobId,
    sent: Option<(JobId, Sent)>,
    restore_preset: Option<String>,
    restore_profile: Option<String>,
    first_run: bool,
    pending_file: Option<FilePurpose>,
    about_open: bool,
    confirm_close: bool,
    close_confirmed: bool,
}

/// What was sent, kept until the answer comes.
struct Sent {
    request: crate::operation::Request,
    endpoint_url: String,
    sandbox: bool,
}

impl LiveRecordApp {
    /// Builds the window's state and starts the worker.
    pub fn new(ctx: &egui::Context, setup: AppSetup, saved: SavedState) -> LiveRecordApp {
        fonts::install(ctx);
        let repaint_ctx = ctx.clone();
        let wake: worker::Waker = Arc::new(move || repaint_ctx.request_repaint());
        let worker = worker::spawn(
            &setup.runtime,
            WorkerConfig {
                data_dir: setup.data_dir.clone(),
                client: setup.client.clone(),
                secrets: setup.secrets.clone(),
            },
            wake,
        );
        worker.send(Command::ListPresets);
        worker.send(Command::Profiles(ProfileCommand::List));
        let profile_index = saved
            .profile
            .as_ref()
            .and_then(|name| setup.profiles.iter().position(|p| &p.name == name))
            .unwrap_or(0);
        let mut form = FormPanel::default();
        if saved.signature.as_deref() == Some("v1") {
            form.signature = SignatureMethod::V1;
        }
        if let Some(t) = saved.timeout_secs.filter(|t| (1..=600).contains(t)) {
            form.timeout_secs = t;
        }
        LiveRecordApp {
            worker,
            built_in_profiles: setup.profiles.len(),
            profiles_dialog: ProfilesDialog::default(),
            profile_restored: saved.profile.is_some(),
            restore_profile: saved.profile.clone(),
            profiles: setup.profiles,
            profile_index,
            form,
            result: ResultPanel::Idle,
            history: HistoryPanel::default(),
            presets: PresetsBar::default(),
            files: FileDialogs::new(setup.native_file_dialogs),
            notice: None,
            next_job: 1,
            sent: None,
            first_run: saved == SavedState::default(),
            restore_preset: saved.last_preset,
            pending_file: None,
            about_open: false,
            confirm_close: false,
            close_confirmed: false,
        }
    }

    /// The state to remember between runs.
    pub fn saved_state(&self) -> SavedState {
        SavedState {
            last_preset: self.presets.current.as_ref().map(|p| p.name.clone()),
            profile: self.profile().map(|p| p.name.clone()),
            signature: Some(self.form.signature.as_str().to_string()),
            timeout_secs: Some(self.form.timeout_secs),
        }
    }

    /// The form as typed (for tests and the presets bar).
    pub fn draft(&self) -> &FormDraft {
        &self.form.draft
    }

    fn profile(&self) -> Option<&Profile> {
        self.profiles.get(self.profile_index)
    }

    fn apply(&mut self, event: Event) {
        match event {
            Event::Started(_) => {}
            Event::Finished(id, report) => {
                if self.result.in_flight() == Some(id)
                    && let Some((sent_id, sent)) = self.sent.take()
                    && sent_id == id
                {
                    self.result = ResultPanel::Done(Box::new(Finished {
                        report: *report,
                        request: sent.request,
                        endpoint_url: sent.endpoint_url,
                        sandbox: sent.sandbox,
                    }));
                }
            }
            Event::HistoryPage {
                generation,
                offset,
                total,
                rows,
            } => self.history.on_page(generation, offset, total, rows),
            Event::HistoryChanged => self.history.invalidate(),
            Event::HistoryUnavailable(reason) => self.history.set_unavailable(reason),
            Event::Presets { presets, problems } => {
                let none_saved = presets.is_empty() && problems.is_empty();
                self.presets.set_presets(presets, problems);
                if std::mem::take(&mut self.first_run) && none_saved {
                    let example = crate::operation::preset_file::PresetFile {
                        name: EXAMPLE_PRESET.to_string(),
                        fields: FormDraft::example(),
                        profile: self.profile().map(|p| p.name.clone()),
                    };
                    let action = self.presets.save_new(example);
                    self.run_preset_action(action);
                }
                if let Some(name) = self.restore_preset.take()
                    && let Some(p) = self.presets.find(&name).cloned()
                {
                    self.load_preset(p);
                }
            }
            Event::PresetSaved(name) => {
                self.presets.on_saved(&name);
                let text = if name == EXAMPLE_PRESET {
                    "Welcome! The example preset is loaded: press Submit to try it in the sandbox."
                        .to_string()
                } else {
                    format!("Saved the preset \"{name}\".")
                };
                self.notice = Some((text, false));
            }
            Event::Notice(text) => self.notice = Some((text, false)),
            Event::Problem(text) => self.notice = Some((text, true)),
            Event::NotSent(id, reason) => {
                if self.result.in_flight() == Some(id) {
                    self.sent = None;
                    self.result = ResultPanel::NotSent(reason);
                }
            }
            Event::Profiles {
                saved,
                default,
                keyring_problem,
            } => self.set_saved_profiles(saved, default, keyring_problem),
            Event::ProfileTested { name, result } => self.profiles_dialog.on_tested(name, result),
        }
    }

    fn set_saved_profiles(
        &mut self,
        saved: Vec<crate::credentials::ProfileMeta>,
        default: String,
        keyring_problem: Option<String>,
    ) {
        let selected = self.profile().map(|p| p.name.clone());
        self.profiles.truncate(self.built_in_profiles);
        self.profiles.extend(saved.iter().map(|meta| Profile {
            name: meta.name.clone(),
            // The secret stays in the keyring; the worker reads it when sending.
            credentials: Credentials::new(&meta.access_key_id, "", None),
            source: ProfileSource::Keyring {
                region: meta.region.clone(),
            },
        }));
        self.profiles_dialog
            .set_saved(saved, default.clone(), keyring_problem);
        let wanted = if self.profile_restored {
            self.restore_profile.take().or(selected)
        } else {
            self.profile_restored = true;
            Some(default)
        };
        self.profile_index = wanted
            .and_then(|name| self.profiles.iter().position(|p| p.name == name))
            .unwrap_or(0);
    }

    fn run_profiles_action(&mut self, action: ProfilesAction) {
        match action {
            ProfilesAction::Save {
                meta,
                secret,
                token,
                replace,
            } => self.worker.send(Command::Profiles(ProfileCommand::Save {
                meta,
                secret,
                token,
                replace,
            })),
            ProfilesAction::Rename { from, to } => self
                .worker
                .send(Command::Profiles(ProfileCommand::Rename { from, to })),
            ProfilesAction::Remove(name) => self
                .worker
                .send(Command::Profiles(ProfileCommand::Remove(name))),
            ProfilesAction::SetDefault(name) => self
                .worker
                .send(Command::Profiles(ProfileCommand::SetDefault(name))),
            ProfilesAction::Test(name) => {
                if let Some(p) = self.profiles.iter().find(|p| p.name == name) {
                    self.worker.send(Command::TestProfile(Box::new(p.clone())));
                }
            }
            ProfilesAction::Import(path) => self
                .worker
                .send(Command::Profiles(ProfileCommand::ImportAliyunCli(path))),
        }
    }

    fn load_preset(&mut self, preset: crate::operation::preset_file::PresetFile) {
        self.form.draft = preset.fields.clone();
        if let Some(i) = preset
            .profile
            .as_ref()
            .and_then(|name| self.profiles.iter().position(|p| &p.name == name))
        {
            self.profile_index = i;
        }
        self.presets.current = Some(preset);
    }

    /// Sends the form. Does nothing while a request is in flight: a double click sends once.
    fn submit(&mut self) {
        if self.result.in_flight().is_some() {
            return;
        }
        let Some(request) = operation::check(&self.form.draft).request else {
            self.notice = Some((
                "The form has errors: fix the fields marked in red, then submit.".into(),
                true,
            ));
            return;
        };
        let Some(profile) = self.profile().cloned() else {
            return;
        };
        let endpoint = profile.endpoint(request.region_id.as_deref());
        let id = self.next_job;
        self.next_job += 1;
        let job = SubmitJob {
            request: request.clone(),
            credentials: profile.credentials.clone(),
            profile: profile.name.clone(),
            preset_name: self.presets.current.as_ref().map(|p| p.name.clone()),
            signature: self.form.signature,
            endpoint: endpoint.clone(),
            timeout: Some(Duration::from_secs(self.form.timeout_secs)),
            account_id: self.profiles_dialog.account_id(&profile.name),
        };
        self.sent = Some((
            id,
            Sent {
                request: request.clone(),
                endpoint_url: endpoint.display_url(),
                sandbox: profile.is_sandbox(),
            },
        ));
        self.result = ResultPanel::InFlight {
            id,
            started: Instant::now(),
            target: request.target(),
        };
        self.notice = None;
        let secrets = if matches!(profile.source, ProfileSource::Keyring { .. }) {
            SecretSource::Keyring
        } else {
            SecretSource::InJob
        };
        self.worker.send(Command::Submit {
            id,
            job: Box::new(job),
            secrets,
        });
    }

    fn run_command(&mut self, command: UiCommand) {
        match command {
            UiCommand::Submit => self.submit(),
            UiCommand::Cancel => {
                if let Some(id) = self.result.in_flight() {
                    self.worker.send(Command::Cancel(id));
                }
            }
            UiCommand::SavePreset => {
                let profile = self.profile().map(|p| p.name.clone()).unwrap_or_default();
                if let Some(action) = self.presets.save_current(&self.form.draft, &profile) {
                    self.run_preset_action(action);
                }
            }
        }
    }

    fn run_preset_action(&mut self, action: PresetAction) {
        match action {
            PresetAction::Load(p) => self.load_preset(p),
            PresetAction::Save { preset, overwrite } => {
                self.worker.send(Command::SavePreset { preset, overwrite })
            }
            PresetAction::Rename { from, to } => {
                self.worker.send(Command::RenamePreset { from, to })
            }
            PresetAction::Delete(name) => self.worker.send(Command::DeletePreset(name)),
            PresetAction::Import => self.pending_file = Some(FilePurpose::ImportPresets),
            PresetAction::Export(names) => {
                self.pending_file = Some(FilePurpose::ExportPresets(names))
            }
        }
    }
}

impl LiveRecordApp {
    fn run_history_action(&mut self, action: HistoryAction) {
        match action {
            HistoryAction::Fetch {
                generation,
                query,
                offset,
                limit,
            } => self.worker.send(Command::LoadHistory {
                generation,
                query,
                offset,
                limit,
            }),
            HistoryAction::LoadIntoForm(entry) => {
                self.form.draft = entry.draft();
                self.notice = Some(("Loaded the history entry into the form.".into(), false));
            }
            HistoryAction::Retry(entry) => {
                // Retry as it was sent: with the entry's profile when it still exists.
                if let Some(i) = self.profiles.iter().position(|p| p.name == entry.profile) {
                    self.profile_index = i;
                }
                self.form.draft = entry.draft();
                self.submit();
            }
            HistoryAction::Delete(id) => self.worker.send(Command::DeleteHistory(vec![id])),
            HistoryAction::ClearAll => self.worker.send(Command::ClearHistory),
            HistoryAction::Export(format, query) => {
                self.pending_file = Some(FilePurpose::ExportHistory(format, query))
            }
        }
    }

    fn file_chosen(&mut self, purpose: FilePurpose, path: PathBuf) {
        match purpose {
            FilePurpose::ImportPresets => self.worker.send(Command::ImportPresets(path)),
            FilePurpose::ExportPresets(names) => {
                self.worker.send(Command::ExportPresets { names, path })
            }
            FilePurpose::ExportHistory(format, query) => self.worker.send(Command::ExportHistory {
                query,
                format,
                path,
            }),
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.heading("Live Record to VOD");
            ui.add_space(12.0);
            let label = ui.label("Profile");
            let shown = self.profile().map(Profile::description).unwrap_or_default();
            let mut chosen = self.profile_index;
            egui::ComboBox::from_id_salt("profile_picker")
                .selected_text(shown)
                .width(280.0)
                .show_ui(ui, |ui| {
                    for (i, p) in self.profiles.iter().enumerate() {
                        ui.selectable_value(&mut chosen, i, p.description());
                    }
                })
                .response
                .labelled_by(label.id);
            self.profile_index = chosen;
            if ui.button("Profiles…").clicked() {
                self.profiles_dialog.open = true;
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("About").clicked() {
                    self.about_open = true;
                }
            });
        });
        ui.horizontal_wrapped(|ui| {
            let profile = self.profile().map(|p| p.name.clone()).unwrap_or_default();
            for action in self.presets.ui(ui, &self.form.draft, &profile) {
                self.run_preset_action(action);
            }
        });
    }

    fn banner_ui(&self, ui: &mut egui::Ui) {
        let Some(profile) = self.profile() else {
            return;
        };
        let region = self.form.draft.trimmed(crate::operation::Field::RegionId);
        let region = if region.is_empty() {
            crate::operation::regions::DEFAULT_REGION
        } else {
            region
        };
        let (fill, text_color) = if ui.visuals().dark_mode {
            (
                egui::Color32::from_rgb(90, 70, 0),
                egui::Color32::from_rgb(255, 230, 150),
            )
        } else {
            (
                egui::Color32::from_rgb(255, 236, 160),
                egui::Color32::from_rgb(90, 60, 0),
            )
        };
        let (fill, text_color, title, detail) = if profile.is_sandbox() {
            (
                fill,
                text_color,
                "Sandbox — nothing is sent to Alibaba Cloud".to_string(),
                "Answers are simulated on this computer. Try it: press Submit to add the example config. Pick a real profile at the top to configure Alibaba Cloud.".to_string(),
            )
        } else {
            let endpoint = profile.endpoint(Some(region));
            (
                ui.visuals().selection.bg_fill.gamma_multiply(0.5),
                ui.visuals().strong_text_color(),
                format!("Alibaba Cloud — requests really change your configuration ({region})"),
                format!(
                    "Requests go to {} with profile \"{}\" ({}).",
                    endpoint.display_url(),
                    profile.name,
                    profile.credentials.access_key_id
                ),
            )
        };
        egui::Frame::new()
            .fill(fill)
            .inner_margin(egui::Margin::symmetric(12, 8))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(title).strong().size(16.0).color(text_color));
                ui.label(RichText::new(detail).color(text_color));
            });
    }

    fn submit_bar_ui(&mut self, ui: &mut egui::Ui, checked: &Checked) {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let in_flight = self.result.in_flight().is_some();
            let errors = checked.error_count();
            let enabled = checked.request.is_some() && !in_flight;
            let button =
                egui::Button::new(RichText::new(UiCommand::Submit.label()).strong().size(16.0))
                    .fill(ui.visuals().selection.bg_fill)
                    .min_size(egui::vec2(140.0, 34.0));
            let response = ui.add_enabled(enabled, button).on_hover_text("Ctrl+Enter");
            if response.clicked() {
                self.run_command(UiCommand::Submit);
            }
            if errors > 0 {
                let plural = if errors == 1 { "error" } else { "errors" };
                ui.label(
                    RichText::new(format!("Fix {errors} {plural} above to submit."))
                        .color(error_color(ui)),
                );
            } else if in_flight {
                ui.label("Sending… the window stays usable; Cancel is on the right.");
            } else {
                let warnings = checked.findings.len();
                let note = if warnings > 0 {
                    format!("Ready, with {warnings} warning(s). Ctrl+Enter also submits.")
                } else {
                    "Ready. Ctrl+Enter also submits.".to_string()
                };
                ui.label(RichText::new(note).weak());
            }
        });
        ui.add_space(6.0);
    }

    fn notice_ui(&mut self, ui: &mut egui::Ui) {
        let Some((text, problem)) = self.notice.clone() else {
            ui.label(RichText::new("Ready.").weak());
            return;
        };
        ui.horizontal(|ui| {
            let color = if problem {
                error_color(ui)
            } else {
                success_color(ui)
            };
            ui.label(RichText::new(text).color(color));
            if ui.small_button("Dismiss").clicked() {
                self.notice = None;
            }
        });
    }

    fn about_ui(&mut self, ctx: &egui::Context) {
        egui::Window::new("About Live Record to VOD")
            .open(&mut self.about_open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
                ui.label("Sets up ApsaraVideo Live recording to ApsaraVideo VOD (AddLiveRecordVodConfig, API 2016-11-01).");
                ui.hyperlink_to("The operation's reference page", REFERENCE_URL);
                ui.hyperlink_to("ApsaraVideo Live console", "https://live.console.aliyun.com/");
                ui.label(RichText::new("Chinese text uses Noto Sans SC (SIL Open Font License).").weak());
            });
    }

    fn close_guard_ui(&mut self, ctx: &egui::Context) {
        let unsaved = self.presets.has_unsaved_changes(&self.form.draft);
        if ctx.input(|i| i.viewport().close_requested()) && unsaved && !self.close_confirmed {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm_close = true;
        }
        if !self.confirm_close {
            return;
        }
        egui::Modal::new(egui::Id::unique("confirm_close")).show(ctx, |ui| {
            ui.heading("Quit without saving?");
            ui.label("The form has changes that are not saved in the preset.");
            ui.horizontal(|ui| {
                if ui.button("Quit without saving").clicked() {
                    self.close_confirmed = true;
                    self.confirm_close = false;
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
                if ui.button("Keep editing").clicked() {
                    self.confirm_close = false;
                }
            });
        });
    }
}

impl eframe::App for LiveRecordApp {
    fn logic(&mut self, _ctx: &egui::Context, _frame: &mut eframe::Frame) {
        while let Some(event) = self.worker.try_recv() {
            self.apply(event);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        for command in UiCommand::pressed(&ctx) {
            self.run_command(command);
        }
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.add_space(4.0);
            self.top_bar_ui(ui);
            ui.add_space(2.0);
        });
        egui::Panel::top("banner")
            .frame(egui::Frame::NONE)
            .show(ui, |ui| self.banner_ui(ui));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.notice_ui(ui));
        egui::Panel::right("results_and_history")
            .resizable(true)
            .default_size(560.0)
            .size_range(360.0..=900.0)
            .show(ui, |ui| {
                ui.add_space(6.0);
                ui.heading("Result");
                if let Some(ResultAction::Cancel(id)) = self.result.ui(ui) {
                    self.worker.send(Command::Cancel(id));
                }
                ui.separator();
                let names: Vec<String> = self.profiles.iter().map(|p| p.name.clone()).collect();
                for action in self.history.ui(ui, &names) {
                    self.run_history_action(action);
                }
            });
        // One check per frame serves the submit bar and the findings under the fields.
        let checked = operation::check(&self.form.draft);
        egui::CentralPanel::default().show(ui, |ui| {
            egui::Panel::bottom("submit_bar").show(ui, |ui| self.submit_bar_ui(ui, &checked));
            egui::ScrollArea::vertical()
                .id_salt("form_scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add_space(6.0);
                    self.form.ui(ui, &checked);
                });
        });
        if let Some((purpose, path)) = self.files.ui(ui) {
            self.file_chosen(purpose, path);
        }
        if let Some(purpose) = self.pending_file.take() {
            self.files.request(&ctx, purpose);
        }
        let built_in: Vec<(String, String)> = self
            .profiles
            .iter()
            .take(self.built_in_profiles)
            .map(|p| (p.name.clone(), p.description()))
            .collect();
        for action in self.profiles_dialog.ui(&ctx, &built_in) {
            self.run_profiles_action(action);
        }
        self.about_ui(&ctx);
        self.close_guard_ui(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Ok(json) = serde_json::to_string(&self.saved_state()) {
            storage.set_string(STATE_KEY, json);
        }
    }
}

/// Reads the saved state; anything unreadable is ignored (defaults).
pub fn load_saved_state(storage: Option<&dyn eframe::Storage>) -> SavedState {
    storage
        .and_then(|s| s.get_string(STATE_KEY))
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}
