//! What the window does for each user action: turns panel actions into worker commands.
//! Every call goes out as a plain [`CallOrder`]; the worker's pipeline does the rest.

use super::batch_view::BatchAction;
use super::commands::UiCommand;
use super::configs_view::ConfigsAction;
use super::file_dialog::FilePurpose;
use super::history_panel::HistoryAction;
use super::overview_view::OverviewAction;
use super::plan_view::PlanAction;
use super::presets_bar::PresetAction;
use super::production_confirm::GuardedChange;
use super::profiles_dialog::ProfilesAction;
use super::result_panel::{ResultAction, ResultPanel};
use super::state::{Confirm, LiveRecordApp, View};
use crate::client::Endpoint;
use crate::codegen::CodeInput;
use crate::credentials::ProfileSource;
use crate::i18n::Said;
use crate::operation::{Field, FormDraft, Operation, check};
use crate::said;
use crate::storage::BatchSettings;
use crate::storage::history_export::ExportFormat;
use crate::worker::{BatchCommand, CallOrder, Command, JobId, NotSent, ProfileCommand};
use std::path::PathBuf;
use std::time::{Duration, Instant};

impl LiveRecordApp {
    /// An order for `operation` with `fields` (checked once, here) and the window's profile,
    /// preset, signature and timeout.
    pub(super) fn order(
        &self,
        operation: Operation,
        fields: &FormDraft,
    ) -> Result<CallOrder, NotSent> {
        Ok(CallOrder {
            profile: self.profile().map(|p| p.name.clone()),
            preset_name: self.presets.current.as_ref().map(|p| p.name.clone()),
            signature: self.form.signature,
            timeout: Some(Duration::from_secs(self.form.timeout_secs)),
            ..CallOrder::check(operation, fields)?
        })
    }

    fn send(&mut self, order: CallOrder) -> JobId {
        let id = self.next_job;
        self.next_job += 1;
        self.worker.send(Command::Call {
            id,
            order: Box::new(order),
        });
        id
    }

    /// Sends a call whose answer the result area shows. Does nothing while one is in flight:
    /// a double click sends once. Fields that cannot be sent are said in the notice line.
    pub(super) fn send_shown(&mut self, operation: Operation, fields: FormDraft) {
        if self.result.in_flight().is_some() {
            return;
        }
        if operation.spec().changes_account
            && !self.may_change(GuardedChange::Call {
                operation,
                fields: fields.clone(),
            })
        {
            return;
        }
        let order = match self.order(operation, &fields) {
            Ok(order) => order,
            Err(_) => {
                let form = operation == self.form.operation && fields == self.form.draft;
                let notice = if form {
                    said!("actions-the-form-has-errors-fix")
                } else {
                    said!("actions-the-request-has-errors-fix")
                };
                self.notice = Some((notice, true));
                return;
            }
        };
        let target = order.request.target();
        let id = self.send(order);
        self.result = ResultPanel::InFlight {
            id,
            started: Instant::now(),
            target: operation.in_progress(&target),
        };
        self.notice = None;
    }

    /// Sends the form (Add or Update).
    pub(super) fn submit(&mut self) {
        self.send_shown(self.form.operation, self.form.draft.clone());
    }

    /// Opens the code view on a request of `operation` with `fields`, sent with `profile`.
    fn show_as_code(&mut self, operation: Operation, fields: &FormDraft, profile_name: &str) {
        let Some(request) = check(operation, fields).request else {
            self.notice = Some((said!("actions-the-request-has-errors-fix"), true));
            return;
        };
        let profile = self.profiles.iter().find(|p| p.name == profile_name);
        let endpoint = match profile {
            Some(p) => p.endpoint(request.region_id()),
            None => Endpoint::for_region(request.region_id()),
        };
        let saved = profile.is_some_and(|p| matches!(p.source, ProfileSource::Keyring { .. }));
        let input = CodeInput::new(
            &request,
            &endpoint.display_url(),
            saved.then_some(profile_name),
        );
        self.code_view.show(input);
    }

    /// Opens the code view on the form's request.
    pub(super) fn copy_form_as_code(&mut self) {
        let profile = self.profile().map(|p| p.name.clone()).unwrap_or_default();
        let fields = self.form.draft.clone();
        self.show_as_code(self.form.operation, &fields, &profile);
    }

    /// Asks the service for one page of configs (the Configs view keeps the answer).
    pub(super) fn list_configs(&mut self, fields: FormDraft) {
        let Ok(order) = self.order(Operation::Describe, &fields) else {
            self.notice = Some((said!("actions-the-request-has-errors-fix"), true));
            return;
        };
        let id = self.send(order);
        self.configs.listing(id);
    }

    /// Lists the Configs view's domain again from the first page.
    pub(super) fn refresh_configs(&mut self) {
        if let Some(fields) = self.configs.first_page() {
            self.list_configs(fields);
        }
    }

    pub(super) fn run_command(&mut self, command: UiCommand) {
        match command {
            UiCommand::Submit => self.submit(),
            UiCommand::Cancel => self.escape(),
            UiCommand::GoToForm => {
                self.view = View::Form;
                self.form.focus_first = true;
            }
            UiCommand::SavePreset => {
                let profile = self.profile().map(|p| p.name.clone()).unwrap_or_default();
                if let Some(action) = self.presets.save_current(&self.form.draft, &profile) {
                    self.run_preset_action(action);
                }
            }
        }
    }

    /// Esc: closes the topmost dialog (a confirmation answers "no"); with none open, cancels
    /// the call in flight.
    fn escape(&mut self) {
        if self.confirm.take().is_some()
            || self.configs.escape()
            || self.presets.escape()
            || self.history.escape()
            || self.profiles_dialog.escape()
        {
            return;
        }
        if self.code_view.is_open() {
            self.code_view.close();
        } else if self.about_open {
            self.about_open = false;
        } else if let Some(id) = self.result.in_flight() {
            self.worker.send(Command::Cancel(id));
        }
    }

    /// Puts fields into the form for `operation` and shows the form.
    fn edit_in_form(&mut self, operation: Operation, draft: FormDraft, notice: Said) {
        self.form.operation = operation;
        self.form.draft = draft;
        self.form.scroll_to_top = true;
        self.view = View::Form;
        self.notice = Some((notice, false));
    }

    pub(super) fn run_plan_action(&mut self, action: PlanAction) {
        match action {
            PlanAction::Plan(path) => self.plan_file(path),
            PlanAction::Export(path) => {
                let (Some(profile), Some(like)) =
                    (self.profile().map(|p| p.name.clone()), self.account_order())
                else {
                    return;
                };
                self.worker.send(Command::ExportFile {
                    path,
                    profile,
                    like: Box::new(like),
                });
            }
            PlanAction::Apply(file, plan) => {
                if !self.may_change(GuardedChange::Apply(file.clone(), plan.clone())) {
                    return;
                }
                let Some(like) = self.account_order() else {
                    return;
                };
                self.worker.send(Command::ApplyPlan {
                    file,
                    plan,
                    like: Box::new(like),
                });
            }
        }
    }

    pub(super) fn run_overview_action(&mut self, action: OverviewAction) {
        match action {
            OverviewAction::Refresh => self.read_overview(),
            OverviewAction::Config(action) => self.run_configs_action(action),
        }
    }

    pub(super) fn run_configs_action(&mut self, action: ConfigsAction) {
        match action {
            ConfigsAction::List(fields) => self.list_configs(fields),
            ConfigsAction::Edit(draft) => self.edit_in_form(
                Operation::Update,
                draft,
                said!("actions-loaded-the-config-into-the"),
            ),
            ConfigsAction::AddLike(draft) => self.edit_in_form(
                Operation::Add,
                draft,
                said!("actions-copied-the-config-into-the"),
            ),
            ConfigsAction::Delete(draft) => self.send_shown(Operation::Delete, draft),
        }
    }

    pub(super) fn run_result_action(&mut self, action: ResultAction) {
        match action {
            ResultAction::Cancel(id) => self.worker.send(Command::Cancel(id)),
            ResultAction::ShowExisting(draft) => {
                self.configs.open_selecting(&draft);
                self.view = View::Configs;
                self.refresh_configs();
            }
            ResultAction::Restore(draft) => self.send_shown(Operation::Add, draft),
            ResultAction::UpdateInstead(draft) => self.edit_in_form(
                Operation::Update,
                draft,
                said!("actions-the-form-now-updates-the"),
            ),
        }
    }

    pub(super) fn confirmed(&mut self, confirm: Confirm) {
        match confirm {
            Confirm::Close => {
                self.close_confirmed = true;
            }
            Confirm::ResetSandbox => {
                self.sandbox_problem = None;
                self.worker.send(Command::ResetSandbox);
                self.refresh_configs();
            }
            Confirm::Change(change) => self.send_confirmed(*change),
        }
    }

    pub(super) fn run_preset_action(&mut self, action: PresetAction) {
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

    pub(super) fn run_history_action(&mut self, action: HistoryAction) {
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
                let operation = match entry.operation {
                    Operation::Update => Operation::Update,
                    _ => Operation::Add,
                };
                self.edit_in_form(
                    operation,
                    entry.draft(),
                    said!("actions-loaded-the-history-entry-into"),
                );
            }
            HistoryAction::Retry(entry) => {
                // Retry as it was sent: with the entry's profile when it still exists.
                self.select_profile(&entry.profile);
                if matches!(entry.operation, Operation::Add | Operation::Update) {
                    self.form.operation = entry.operation;
                    self.form.draft = entry.draft();
                }
                self.send_shown(entry.operation, entry.draft());
            }
            HistoryAction::Restore(entry) => {
                self.select_profile(&entry.profile);
                if let Some(draft) = entry.restore_draft() {
                    self.send_shown(Operation::Add, draft);
                }
            }
            HistoryAction::CopyAsCode(entry) => {
                self.show_as_code(entry.operation, &entry.draft(), &entry.profile)
            }
            HistoryAction::Delete(id) => self.worker.send(Command::DeleteHistory(vec![id])),
            HistoryAction::ClearAll => self.worker.send(Command::ClearHistory),
            HistoryAction::Export(format, query) => {
                self.pending_file = Some(FilePurpose::ExportHistory(format, query))
            }
        }
    }

    fn select_profile(&mut self, name: &str) {
        if let Some(i) = self.profiles.iter().position(|p| p.name == name) {
            self.profile_index = i;
        }
    }

    pub(super) fn run_profiles_action(&mut self, action: ProfilesAction) {
        let command = match action {
            ProfilesAction::Save {
                meta,
                secret,
                token,
                replace,
            } => ProfileCommand::Save {
                meta,
                secret,
                token,
                replace,
            },
            ProfilesAction::Rename { from, to } => ProfileCommand::Rename { from, to },
            ProfilesAction::Remove(name) => ProfileCommand::Remove(name),
            ProfilesAction::SetDefault(name) => ProfileCommand::SetDefault(name),
            ProfilesAction::Import(path) => ProfileCommand::ImportAliyunCli(path),
            ProfilesAction::Test(name) => {
                if let Some(p) = self.profiles.iter().find(|p| p.name == name) {
                    self.worker.send(Command::TestProfile(Box::new(p.clone())));
                }
                return;
            }
        };
        self.worker.send(Command::Profiles(command));
    }

    pub(super) fn file_chosen(&mut self, purpose: FilePurpose, path: PathBuf) {
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
            FilePurpose::OpenBatch => {
                let action = self.batch.file_chosen(path);
                self.run_batch_action(action);
            }
            FilePurpose::BatchTemplate(operation) => {
                self.worker.send(Command::Batch(BatchCommand::Template {
                    operation,
                    base: self.form.draft.clone(),
                    path,
                }));
            }
            FilePurpose::ExportBatch(id, format) => {
                self.worker.send(Command::Batch(BatchCommand::Export {
                    id,
                    format,
                    failures_only: self.batch.failures_only(),
                    path,
                }));
            }
        }
    }

    pub(super) fn run_batch_action(&mut self, action: BatchAction) {
        let sends = matches!(action, BatchAction::Start { .. } | BatchAction::Rerun(..));
        if sends && !self.may_change(GuardedChange::Batch(action.clone())) {
            return;
        }
        let command = match action {
            BatchAction::ChooseFile => {
                self.pending_file = Some(FilePurpose::OpenBatch);
                return;
            }
            BatchAction::Template(operation) => {
                self.pending_file = Some(FilePurpose::BatchTemplate(operation));
                return;
            }
            BatchAction::Export { id, json } => {
                let format = if json {
                    ExportFormat::Json
                } else {
                    ExportFormat::Csv
                };
                self.pending_file = Some(FilePurpose::ExportBatch(id, format));
                return;
            }
            BatchAction::Check(path, operation) => {
                let base = if self.batch.fills_from_form() {
                    self.form.draft.clone()
                } else {
                    FormDraft::default()
                };
                BatchCommand::Check {
                    path,
                    operation,
                    base,
                }
            }
            BatchAction::Start {
                skip_invalid,
                continue_on_error,
            } => {
                let Some((checked, source)) = self.batch.checked() else {
                    return;
                };
                let settings = BatchSettings {
                    profile: self.profile().map(|p| p.name.clone()),
                    endpoint: None,
                    signature: self.form.signature.as_str().to_string(),
                    timeout_secs: Some(self.form.timeout_secs),
                    continue_on_error,
                };
                BatchCommand::Start {
                    checked: Box::new(checked.clone()),
                    source,
                    preset_name: self.presets.current.as_ref().map(|p| p.name.clone()),
                    settings,
                    skip_invalid,
                }
            }
            BatchAction::Rerun(id, kind, corrections) => BatchCommand::Rerun {
                id,
                kind,
                corrections,
            },
            BatchAction::ReviewRetry(id) => BatchCommand::ReviewRetry(id),
            BatchAction::Pause(id) => BatchCommand::Pause(id),
            BatchAction::Continue(id) => BatchCommand::Continue(id),
            BatchAction::Cancel(id) => BatchCommand::Cancel(id),
            BatchAction::Show(id) => {
                self.batch.show(id);
                BatchCommand::Rows(id)
            }
        };
        self.worker.send(Command::Batch(command));
    }

    /// The region typed in the form, if any (the profile's endpoint decides when none is).
    pub(super) fn region(&self) -> Option<String> {
        let typed = self.form.draft.trimmed(Field::RegionId);
        (!typed.is_empty()).then(|| typed.to_string())
    }
}
