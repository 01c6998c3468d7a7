//! The window's state and how each worker event changes it (the reducer). No drawing here.

use super::batch_view::BatchView;
use super::code_view::CodeView;
use super::configs_view::ConfigsView;
use super::file_dialog::{FileDialogs, FilePurpose};
use super::form_panel::FormPanel;
use super::history_panel::HistoryPanel;
use super::overview_view::OverviewView;
use super::pick_lists::AccountLists;
use super::plan_view::PlanView;
use super::presets_bar::PresetsBar;
use super::profiles_dialog::ProfilesDialog;
use super::result_panel::ResultPanel;
use super::{AppSetup, SavedState, example_preset_name, fonts};
use crate::credentials::{Credentials, Profile, ProfileMeta, ProfileSource};
use crate::i18n::Said;
use crate::i18n::{self, Language};
use crate::operation::preset_file::PresetFile;
use crate::operation::{Field, FormDraft, Operation};
use crate::said;
use crate::signing::SignatureMethod;
use crate::t;
use crate::worker::{
    self, BatchCommand, BatchEvent, CallReport, Command, Event, JobId, NotSent, ProfileCommand,
    ReadAccount, WorkerConfig, WorkerHandle,
};
use eframe::egui;
use std::sync::Arc;

/// Which view fills the middle of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Is everything recording: every config of the account with its state.
    Overview,
    /// The request form.
    #[default]
    Form,
    /// A domain's configs.
    Configs,
    /// A desired-state file compared with the account, and applied.
    Plan,
    /// Many calls from a spreadsheet.
    Batch,
}

/// The sandbox banner's "Simulate a live stream…": the streams started, and the one typed.
#[derive(Debug, Default)]
pub struct Simulate {
    /// The running sandbox's streams, when the window has one.
    pub control: Option<crate::sandbox::streams::StreamControl>,
    /// The row is open.
    pub open: bool,
    /// `DOMAIN/APP/STREAM` as typed.
    pub path: String,
    /// Why the last start was refused.
    pub problem: Option<String>,
}

/// A confirmation the window is waiting for.
#[derive(Debug, Clone)]
pub enum Confirm {
    /// Quit with unsaved changes.
    Close,
    /// Empty the built-in sandbox.
    ResetSandbox,
    /// A change with a production profile, sent once confirmed.
    Change(Box<super::production_confirm::GuardedChange>),
}

/// The window's state.
pub struct LiveRecordApp {
    pub(super) worker: WorkerHandle,
    pub(super) profiles: Vec<Profile>,
    pub(super) built_in_profiles: usize,
    pub(super) profiles_dialog: ProfilesDialog,
    pub(super) profile_restored: bool,
    pub(super) profile_index: usize,
    pub(super) view: View,
    pub(super) form: FormPanel,
    pub(super) configs: ConfigsView,
    pub(super) overview: OverviewView,
    pub(super) plan: PlanView,
    pub(super) batch: BatchView,
    pub(super) result: ResultPanel,
    pub(super) code_view: CodeView,
    pub(super) history: HistoryPanel,
    pub(super) presets: PresetsBar,
    pub(super) files: FileDialogs,
    pub(super) notice: Option<(Said, bool)>,
    /// Why the built-in sandbox runs without its saved configs, until it is reset.
    pub(super) sandbox_problem: Option<Said>,
    /// The built-in sandbox's simulated streams, and the "Simulate a live stream…" row.
    pub(super) simulate: Simulate,
    pub(super) next_job: JobId,
    pub(super) restore_preset: Option<String>,
    pub(super) restore_profile: Option<String>,
    pub(super) first_run: bool,
    pub(super) pending_file: Option<FilePurpose>,
    pub(super) about_open: bool,
    pub(super) confirm: Option<Confirm>,
    /// The domain typed into a production delete's confirmation.
    pub(super) confirm_typed: String,
    /// The change being sent was confirmed just now (for a production profile).
    pub(super) change_confirmed: bool,
    pub(super) close_confirmed: bool,
    pub(super) theme: ThemeChoice,
    /// The language picked in the window or with `--lang`; none: the OS language.
    pub(super) chosen_language: Option<Language>,
    pub(super) icon: Option<egui::TextureHandle>,
    /// The chosen profile's account, for the form's pick lists.
    pub(super) account: AccountLists,
}

/// The window's light/dark choice, remembered between runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    /// Follow the system's setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ThemeChoice::System => "system",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    /// In words, for the picker.
    pub fn label(self) -> String {
        match self {
            ThemeChoice::System => t!("state-like-the-system"),
            ThemeChoice::Light => t!("state-light"),
            ThemeChoice::Dark => t!("state-dark"),
        }
    }

    /// Reads a stored name; anything else follows the system.
    pub fn parse(text: Option<&str>) -> ThemeChoice {
        ThemeChoice::ALL
            .into_iter()
            .find(|t| Some(t.as_str()) == text)
            .unwrap_or_default()
    }

    /// Applies the choice to egui when it is not already in force.
    pub fn apply_if_changed(self, ctx: &egui::Context) {
        let wanted = match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        };
        if ctx.options(|o| o.theme_preference) != wanted {
            ctx.set_theme(wanted);
        }
    }
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
                built_in_profiles: setup.profiles.clone(),
                sandbox_reset: setup.sandbox_reset.clone(),
            },
            wake,
        );
        worker.send(Command::ListPresets);
        worker.send(Command::Profiles(ProfileCommand::List));
        worker.send(Command::ListDomains);
        worker.send(Command::Batch(BatchCommand::List));
        let profile_index = saved
            .profile
            .as_ref()
            .and_then(|name| setup.profiles.iter().position(|p| &p.name == name))
            .unwrap_or(0);
        let theme = ThemeChoice::parse(saved.theme.as_deref());
        let chosen_language = saved.language.as_deref().and_then(Language::parse);
        let language = setup
            .language
            .or(chosen_language)
            .unwrap_or_else(Language::from_environment);
        i18n::set_language(language);
        super::style::apply_text_sizes(ctx, language);
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
            view: View::Form,
            form,
            configs: ConfigsView::default(),
            overview: OverviewView::default(),
            plan: PlanView::default(),
            batch: BatchView::default(),
            result: ResultPanel::Idle,
            code_view: CodeView::default(),
            history: HistoryPanel::default(),
            presets: PresetsBar::default(),
            files: FileDialogs::new(setup.native_file_dialogs),
            notice: None,
            sandbox_problem: setup.sandbox_problem.clone(),
            simulate: Simulate {
                control: setup.sandbox_streams.clone(),
                ..Simulate::default()
            },
            next_job: 1,
            // A first run: nothing remembered but perhaps the theme and language.
            first_run: SavedState {
                theme: None,
                language: None,
                ..saved.clone()
            } == SavedState::default(),
            restore_preset: saved.last_preset,
            pending_file: None,
            about_open: false,
            confirm: None,
            confirm_typed: String::new(),
            change_confirmed: false,
            close_confirmed: false,
            theme,
            chosen_language: setup.language.or(chosen_language),
            icon: None,
            account: AccountLists::default(),
        }
    }

    /// The state to remember between runs.
    pub fn saved_state(&self) -> SavedState {
        SavedState {
            last_preset: self.presets.current.as_ref().map(|p| p.name.clone()),
            profile: self.profile().map(|p| p.name.clone()),
            signature: Some(self.form.signature.as_str().to_string()),
            timeout_secs: Some(self.form.timeout_secs),
            theme: Some(self.theme.as_str().to_string()),
            language: self.chosen_language.map(|l| l.tag().to_string()),
        }
    }

    /// The form as typed (for tests and the presets bar).
    pub fn draft(&self) -> &FormDraft {
        &self.form.draft
    }

    /// The operation the form sends.
    pub fn form_operation(&self) -> Operation {
        self.form.operation
    }

    pub(super) fn profile(&self) -> Option<&Profile> {
        self.profiles.get(self.profile_index)
    }

    /// How the account's lists are read: signed and sent as the chosen profile's calls are (the
    /// worker makes each list's own order from it).
    pub(super) fn account_order(&self) -> Option<crate::worker::CallOrder> {
        let operation = Operation::from_action(
            crate::operation::catalog::live::DESCRIBE_LIVE_USER_DOMAINS.action,
        )
        .expect("DescribeLiveUserDomains is in the catalogue"); // i18n-exempt: a programming error
        self.order(operation, &FormDraft::default()).ok()
    }

    /// Asks the worker for the chosen profile's account facts: the cache, and a read as
    /// `read` says (starting over when the profile changed).
    pub(super) fn read_account(&mut self, read: ReadAccount) {
        let Some(profile) = self.profile().map(|p| p.name.clone()) else {
            return;
        };
        let Some(like) = self.account_order() else {
            return;
        };
        if self.account.profile.as_deref() == Some(profile.as_str()) {
            self.account.reading |= read == ReadAccount::Now;
        } else {
            self.account.switch_to(&profile, read != ReadAccount::Never);
        }
        self.worker.send(Command::Account {
            profile,
            like: Box::new(like),
            read,
        });
    }

    /// When another profile is chosen (or at the start): its cached lists, and a read of its
    /// account when they are stale. The built-in sandbox's account is read only when asked.
    pub(super) fn follow_the_profile(&mut self) {
        let Some(profile) = self.profile().cloned() else {
            return;
        };
        if self.account.profile.as_deref() == Some(profile.name.as_str()) {
            return;
        }
        // A real account opens on the Overview (is everything recording?) when the window
        // starts with it; the sandbox opens on the form, to try it.
        let real = !profile.is_sandbox();
        // The first run's welcome said "try it in the sandbox" before the saved default (a
        // real account) was selected: Submit would not go to the sandbox now.
        let sandbox_welcome = t!("state-welcome-the-example-preset-is");
        if real
            && self
                .notice
                .as_ref()
                .is_some_and(|(said, _)| said.text() == sandbox_welcome)
        {
            self.notice = Some((said!("state-welcome-real-account"), false));
        }
        if self.account.profile.is_none() && real && self.view == View::Form {
            self.view = View::Overview;
            return self.follow_the_profile();
        }
        // The built-in sandbox keeps a first run's history quiet; any other profile (a saved
        // one, the environment's, a test's own identity at the sandbox) is read at once.
        let built_in_sandbox =
            profile.is_sandbox() && profile.name == crate::credentials::profile::SANDBOX_PROFILE;
        let read = if built_in_sandbox {
            ReadAccount::Never
        } else {
            ReadAccount::IfStale
        };
        self.read_account(read);
    }

    /// While the Overview is shown: its profile's account read when it never was, or when the
    /// interval has passed since the last read (one read at a time).
    pub(super) fn follow_the_overview(&mut self) {
        let Some(profile) = self.profile().map(|p| p.name.clone()) else {
            return;
        };
        if self.overview.profile.as_deref() != Some(profile.as_str()) {
            self.overview.switch_to(&profile);
        }
        if self.view == View::Overview && self.overview.due(crate::worker::now_ms()) {
            self.read_overview();
        }
    }

    /// Plans a desired-state file against the chosen profile's account.
    pub(super) fn plan_file(&mut self, path: std::path::PathBuf) {
        let Some(like) = self.account_order() else {
            return;
        };
        self.plan.busy = true;
        self.worker.send(Command::PlanFile {
            path,
            like: Box::new(like),
        });
    }

    /// Reads the chosen profile's account for the Overview now.
    pub(super) fn read_overview(&mut self) {
        let (Some(profile), Some(like)) =
            (self.profile().map(|p| p.name.clone()), self.account_order())
        else {
            return;
        };
        self.overview.reading = Some((0, 0));
        self.worker.send(Command::Overview {
            profile,
            like: Box::new(like),
        });
    }

    /// When the form names one of the account's domains: what the check needs of it (its
    /// mapping, OSS recording and streams), read once per domain and account read.
    pub(super) fn follow_the_domain(&mut self) {
        let typed = self.form.draft.trimmed(Field::DomainName).to_string();
        let Some(profile) = self.account.profile.clone() else {
            return;
        };
        if self.profile().map(|p| p.name.as_str()) != Some(profile.as_str()) {
            return;
        }
        let Some((domain, ingest)) = self.account.domain_to_read(&typed) else {
            return;
        };
        let Some(like) = self.account_order() else {
            return;
        };
        self.worker.send(Command::DomainFacts {
            profile,
            domain,
            ingest,
            like: Box::new(like),
        });
    }

    /// Applies one worker event.
    pub(super) fn apply(&mut self, event: Event) {
        match event {
            Event::Started(_) => {}
            Event::Finished(id, report) => self.on_finished(id, *report),
            Event::NotSent(id, reason) => self.on_not_sent(id, reason),
            Event::HistoryPage {
                generation,
                offset,
                total,
                rows,
            } => self.history.on_page(generation, offset, total, rows),
            Event::HistoryChanged => {
                self.history.invalidate();
                self.worker.send(Command::ListDomains);
            }
            Event::HistoryUnavailable(reason) => self.history.set_unavailable(reason),
            Event::Domains(domains) => self.configs.set_known_domains(domains),
            Event::Account {
                profile,
                facts,
                fresh,
                problems,
            } => self
                .account
                .take(&profile, facts.map(|f| *f), fresh, problems),
            Event::DomainFacts {
                profile,
                facts,
                problems,
            } => self.account.take_domain(&profile, *facts, problems),
            Event::OverviewProgress {
                profile,
                done,
                total,
            } => {
                if self.overview.profile.as_deref() == Some(profile.as_str())
                    && self.overview.reading.is_some()
                {
                    self.overview.reading = Some((done, total));
                }
            }
            Event::Planned(result) => self.plan.on_planned(result.map(|b| *b)),
            Event::ApplyProgress { done, total } => self.plan.progress = Some((done, total)),
            Event::Applied(words) => {
                if let Some(path) = self.plan.on_applied(words) {
                    self.plan_file(path);
                }
                self.overview.read_at_ms = None;
            }
            Event::Overview { profile, reading } => {
                self.overview
                    .take(&profile, *reading, crate::worker::now_ms());
            }
            Event::Presets { presets, problems } => self.on_presets(presets, problems),
            Event::PresetSaved(name) => {
                self.presets.on_saved(&name);
                let sandbox = self.profile().is_none_or(Profile::is_sandbox);
                let text = if name == example_preset_name() && sandbox {
                    said!("state-welcome-the-example-preset-is")
                } else if name == example_preset_name() {
                    // Submit would reach a real account: the welcome must not say "sandbox".
                    said!("state-welcome-real-account")
                } else {
                    said!("state-saved-the-preset", name = name)
                };
                self.notice = Some((text, false));
            }
            Event::Notice(text) => self.notice = Some((text, false)),
            Event::Problem(text) => self.notice = Some((text, true)),
            Event::Profiles {
                saved,
                default,
                keyring_problem,
            } => self.set_saved_profiles(saved, default, keyring_problem),
            Event::ProfileTested { name, result } => self.profiles_dialog.on_tested(name, result),
            Event::Batch(event) => self.on_batch_event(event),
        }
    }

    fn on_batch_event(&mut self, event: BatchEvent) {
        match event {
            BatchEvent::Checked { path, mut result } => {
                if let Ok((checked, _)) = &mut result {
                    self.account.check_batch(checked);
                }
                self.batch.on_checked(path, result)
            }
            BatchEvent::Update(update) => {
                if let Some(id) = self.batch.on_update(update) {
                    self.worker.send(Command::Batch(BatchCommand::Rows(id)));
                    self.worker.send(Command::Batch(BatchCommand::List));
                }
            }
            BatchEvent::List(list) => self.batch.on_list(list),
            BatchEvent::Rows { id, rows } => self.batch.on_rows(id, rows),
            BatchEvent::RetryReview {
                id,
                path,
                corrections,
            } => self.batch.on_retry_review(id, path, corrections),
        }
    }

    fn on_finished(&mut self, id: JobId, report: CallReport) {
        if self.configs.owns(id) {
            if let Some(next_page) = self.configs.on_listed(id, &report) {
                self.list_configs(next_page);
            }
            return;
        }
        if self.result.in_flight() != Some(id) {
            return;
        }
        let changed =
            report.result.outcome.is_success() && report.request.operation().spec().changes_account;
        let domain = report.request.domain_name().to_string();
        self.result = ResultPanel::Done(Box::new(report));
        if changed && self.configs.shows_domain(&domain) {
            self.refresh_configs();
        }
        if changed {
            // Its configs (the form's suggestions) changed: read the domain again, and the
            // overview at its next look.
            self.account.forget_domain(&domain);
            self.overview.read_at_ms = None;
        }
    }

    fn on_not_sent(&mut self, id: JobId, reason: NotSent) {
        let reason = Said::new(move || reason.message());
        if self.configs.owns(id) {
            self.configs.on_not_sent(id, reason);
        } else if self.result.in_flight() == Some(id) {
            self.result = ResultPanel::NotSent(reason);
        }
    }

    fn on_presets(&mut self, presets: Vec<PresetFile>, problems: Vec<Said>) {
        let none_saved = presets.is_empty() && problems.is_empty();
        self.presets.set_presets(presets, problems);
        if std::mem::take(&mut self.first_run) && none_saved {
            let example = PresetFile {
                name: example_preset_name(),
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

    fn set_saved_profiles(
        &mut self,
        saved: Vec<ProfileMeta>,
        default: String,
        keyring_problem: Option<Said>,
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
            guard: meta.guard(),
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

    pub(super) fn load_preset(&mut self, preset: PresetFile) {
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
}
