//! The window: the form, the Configs and Batch views, the result of the last call, the history and the
//! presets. It talks to the worker only through plain-data commands and events, and never
//! waits. This file is the shell: each part lives in its own file.

use crate::i18n::Language;
use crate::t;
mod actions;
pub mod batch_view;
pub mod code_view;
pub mod commands;
pub mod configs_view;
mod dialogs;
pub mod file_dialog;
pub mod fonts;
pub mod form_panel;
pub mod guard_ui;
pub mod history_panel;
pub mod icon;
pub mod overview_view;
pub mod pick_lists;
pub mod plan_view;
pub mod presets_bar;
mod production_confirm;
pub mod profiles_dialog;
pub mod result_panel;
mod state;
pub mod style;
mod submit_bar;
mod top_bar;

pub use state::{LiveRecordApp, View};

use crate::client::ClientConfig;
use crate::credentials::{Profile, SecretStore};
use crate::operation::check;
use crate::worker::{ReadAccount, SandboxReset};
use commands::UiCommand;
use eframe::egui;
use state::View as ShownView;
use std::path::PathBuf;

/// The narrowest the form (the middle of the window) gets, in points.
pub const FORM_MIN_WIDTH: f32 = 430.0;
/// The narrowest the result and history panel gets, in points.
pub const RESULTS_MIN_WIDTH: f32 = 320.0;
/// The smallest window at which everything stays usable.
pub const MIN_WINDOW_SIZE: [f32; 2] = [780.0, 560.0];

/// Key of the window's saved state in eframe's storage.
pub const STATE_KEY: &str = "live-record-vod.state";
/// The name of the preset a first run starts with, in the language of that first run.
pub fn example_preset_name() -> String {
    crate::t!("example-preset-name")
}

/// How a preset's name is shown: the example preset, saved under the first run's language,
/// is named in the current one.
pub fn preset_label(name: &str) -> String {
    let example = crate::i18n::in_every_language("example-preset-name");
    if example.iter().any(|n| n == name) {
        example_preset_name()
    } else {
        name.to_string()
    }
}

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
    /// `light`, `dark` or `system` (the default: follow the system).
    pub theme: Option<String>,
    /// The language picked in the window (`en`, `zh-CN`); none: the OS language.
    #[serde(default)]
    pub language: Option<String>,
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
    /// Empties the built-in sandbox ("Reset sandbox").
    pub sandbox_reset: Option<SandboxReset>,
    /// Starts and stops the built-in sandbox's simulated streams.
    pub sandbox_streams: Option<crate::sandbox::streams::StreamControl>,
    /// A language that wins over the remembered one (`--lang`); none: the remembered
    /// choice, else the OS language.
    pub language: Option<Language>,
    /// Why the built-in sandbox could not take up its saved configs (a damaged state file):
    /// said in its banner, beside Reset sandbox.
    pub sandbox_problem: Option<crate::i18n::Said>,
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
            profiles: vec![crate::worker::sandbox_profile(sandbox_url)],
            native_file_dialogs: false,
            client: ClientConfig::default(),
            secrets,
            sandbox_reset: None,
            sandbox_streams: None,
            language: Some(Language::En),
            sandbox_problem: None,
        }
    }
}

impl LiveRecordApp {
    fn form_view_ui(&mut self, ui: &mut egui::Ui) {
        // One check per frame serves the submit bar and the findings under the fields.
        let mut checked = check(self.form.operation, &self.form.draft);
        self.account
            .check(self.form.operation, &self.form.draft, &mut checked);
        egui::Panel::bottom("submit_bar").show(ui, |ui| self.submit_bar_ui(ui, &checked));
        // Both ways: a form wider than its side (Chinese labels at the smallest window) scrolls
        // and is clipped to it, instead of being drawn over the results panel.
        let mut scroll = egui::ScrollArea::both()
            .id_salt("form_scroll")
            .auto_shrink([false, false]);
        if std::mem::take(&mut self.form.scroll_to_top) {
            scroll = scroll.vertical_scroll_offset(0.0);
        }
        scroll.show(ui, |ui| {
            ui.add_space(6.0);
            if self.form.ui(ui, &checked, &self.account) {
                self.read_account(ReadAccount::Now);
            }
            style::keep_focus_in_view(ui);
        });
    }
}

impl eframe::App for LiveRecordApp {
    fn logic(&mut self, _ctx: &egui::Context, _frame: &mut eframe::Frame) {
        while let Some(event) = self.worker.try_recv() {
            self.apply(event);
        }
        self.follow_the_profile();
        self.follow_the_domain();
        self.follow_the_overview();
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // The window's theme choice wins over whatever the platform set at start.
        self.theme.apply_if_changed(&ctx);
        guard_ui::set(&ctx, self.profile());
        for command in UiCommand::pressed(&ctx, self.view == ShownView::Form) {
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
        // The form keeps at least FORM_MIN_WIDTH; the divider is draggable and remembered.
        let widest = (ui.available_width() - FORM_MIN_WIDTH).max(RESULTS_MIN_WIDTH);
        egui::Panel::right("results_and_history")
            .resizable(true)
            .default_size((ui.available_width() * 0.42).clamp(RESULTS_MIN_WIDTH, widest))
            .size_range(RESULTS_MIN_WIDTH..=widest)
            .show(ui, |ui| {
                // Content wider than the panel (a long row in Chinese at the smallest window)
                // scrolls inside it: the panel keeps its size and is never drawn over the form.
                // Taller content (a result card above an entry's details) scrolls too.
                egui::ScrollArea::both()
                    .id_salt("results_scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.set_max_width(ui.available_width());
                        ui.add_space(6.0);
                        ui.heading(t!("ui-result"));
                        if let Some(action) = self.result.ui(ui) {
                            self.run_result_action(action);
                        }
                        ui.separator();
                        let names: Vec<String> =
                            self.profiles.iter().map(|p| p.name.clone()).collect();
                        for action in self.history.ui(ui, &names) {
                            self.run_history_action(action);
                        }
                        style::keep_focus_in_view(ui);
                    });
            });
        egui::CentralPanel::default().show(ui, |ui| match self.view {
            ShownView::Overview => {
                for action in self.overview.ui(ui, crate::worker::now_ms()) {
                    self.run_overview_action(action);
                }
            }
            ShownView::Form => self.form_view_ui(ui),
            ShownView::Plan => {
                if let Some(action) = self.plan.ui(ui) {
                    self.run_plan_action(action);
                }
            }
            ShownView::Configs => {
                for action in self.configs.ui(ui, &self.form.draft) {
                    self.run_configs_action(action);
                }
            }
            ShownView::Batch => {
                for action in self.batch.ui(ui) {
                    self.run_batch_action(action);
                }
            }
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
        self.code_view.ui(&ctx);
        self.close_guard_ui(&ctx);
        self.confirm_ui(&ctx);
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
