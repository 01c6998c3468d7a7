//! The profiles dialog: add, edit, remove, test and import profiles. Secrets are typed into
//! masked fields (with a show toggle), sent to the worker for the keyring, and wiped here.

use super::style::{error_color, success_color, warning_color};
use crate::client::identity::CallerIdentity;
use crate::credentials::key_shape::{access_key_id_warning, access_key_secret_warning};
use crate::credentials::profile::SANDBOX_PROFILE;
use crate::credentials::{ProfileKind, ProfileMeta, Secret};
use crate::t;
use eframe::egui::{self, RichText};
use std::collections::HashMap;
use std::path::PathBuf;
use zeroize::Zeroizing;

/// What the user asked of the profiles dialog.
#[derive(Debug, Clone)]
pub enum ProfilesAction {
    /// Save a profile (secrets go to the keyring).
    Save {
        meta: ProfileMeta,
        secret: Secret,
        token: Option<Secret>,
        replace: bool,
    },
    /// Rename a saved profile.
    Rename { from: String, to: String },
    /// Remove a saved profile.
    Remove(String),
    /// Make a profile the default.
    SetDefault(String),
    /// Check a profile's credentials.
    Test(String),
    /// Import an aliyun CLI config file.
    Import(PathBuf),
}

impl Editor {
    /// Whether anything was typed (what Esc would lose).
    fn has_input(&self) -> bool {
        let typed_secret = !self.secret.is_empty() || !self.token.is_empty();
        let typed_new = !self.replace && (!self.name.is_empty() || !self.access_key_id.is_empty());
        typed_secret || typed_new
    }
}

#[derive(Default)]
struct Editor {
    replace: bool,
    name: String,
    access_key_id: String,
    secret: Zeroizing<String>,
    token: Zeroizing<String>,
    region: String,
    show_secret: bool,
    /// Test or production: none until the user says (a new profile asks).
    kind: Option<ProfileKind>,
    read_only: bool,
}

/// The dialog's state.
#[derive(Default)]
pub struct ProfilesDialog {
    /// Whether the dialog is shown.
    pub open: bool,
    saved: Vec<ProfileMeta>,
    default: String,
    keyring_problem: Option<crate::i18n::Said>,
    editor: Option<Editor>,
    renaming: Option<(String, String)>,
    tested: HashMap<String, Result<CallerIdentity, crate::i18n::Said>>,
    import_path: String,
    confirm_discard: bool,
}

impl ProfilesDialog {
    /// Esc: closes the topmost part (a profile being typed asks first); `false` when the
    /// dialog is closed.
    pub fn escape(&mut self) -> bool {
        if !self.open {
            return false;
        }
        if self.confirm_discard {
            self.confirm_discard = false;
        } else if let Some(editor) = &self.editor {
            if editor.has_input() {
                self.confirm_discard = true;
            } else {
                self.editor = None;
            }
        } else if self.renaming.take().is_none() {
            self.open = false;
        }
        true
    }

    /// Takes the worker's list of saved profiles.
    pub fn set_saved(
        &mut self,
        saved: Vec<ProfileMeta>,
        default: String,
        problem: Option<crate::i18n::Said>,
    ) {
        self.saved = saved;
        self.default = default;
        self.keyring_problem = problem;
    }

    /// The default profile's name.
    /// The account ID the last check of saved profile `name` found, if any.
    pub fn account_id(&self, name: &str) -> Option<&str> {
        self.saved
            .iter()
            .find(|m| m.name == name)
            .and_then(|m| m.account_id.as_deref())
    }

    pub fn default_name(&self) -> &str {
        if self.default.is_empty() {
            SANDBOX_PROFILE
        } else {
            &self.default
        }
    }

    /// Takes a test result.
    pub fn on_tested(&mut self, name: String, result: Result<CallerIdentity, crate::i18n::Said>) {
        self.tested.insert(name, result);
    }

    /// Draws the dialog when open.
    #[must_use]
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        built_in: &[(String, String)],
    ) -> Vec<ProfilesAction> {
        let mut actions = Vec::new();
        if !self.open {
            return actions;
        }
        let mut open = self.open;
        egui::Window::new(t!("profiles-profiles"))
            .open(&mut open)
            .collapsible(false)
            .default_width(560.0)
            .show(ctx, |ui| {
                if let Some(problem) = &self.keyring_problem {
                    ui.label(
                        RichText::new(t!(
                            "profiles-saved-profiles-are-unavailable",
                            problem = problem
                        ))
                        .color(warning_color(ui)),
                    );
                    ui.separator();
                }
                ui.label(t!("profiles-secrets-are-kept-in-your"));
                egui::Grid::new("profiles_grid")
                    .num_columns(3)
                    .striped(true)
                    .show(ui, |ui| {
                        for (name, description) in built_in {
                            self.row_ui(ui, name, description, false, &mut actions);
                        }
                        for meta in self.saved.clone() {
                            let region = meta
                                .region
                                .as_deref()
                                .map(|r| format!(", {r}"))
                                .unwrap_or_default();
                            let sts = if meta.sts {
                                t!("profiles-sts")
                            } else {
                                String::new()
                            };
                            let guard = meta.guard();
                            let read_only = if guard.read_only {
                                t!("cli-profile-read-only-mark")
                            } else {
                                String::new()
                            };
                            let kind = guard.kind.label();
                            let key = &meta.access_key_id;
                            // i18n-exempt: joins the kind, key ID, region and STS note
                            let description = format!("{kind}{read_only} · {key}{region}{sts}");
                            self.row_ui(ui, &meta.name, &description, true, &mut actions);
                        }
                    });
                ui.horizontal(|ui| {
                    let usable = self.keyring_problem.is_none();
                    if ui
                        .add_enabled(usable, egui::Button::new(t!("profiles-add-profile")))
                        .clicked()
                    {
                        self.editor = Some(Editor::default());
                    }
                });
                ui.separator();
                ui.label(t!("profiles-import-from-the-aliyun-command"));
                ui.horizontal(|ui| {
                    if self.import_path.is_empty() {
                        self.import_path = crate::credentials::aliyun_cli::default_path()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default();
                    }
                    let label = ui.label(t!("profiles-config-file"));
                    ui.add(egui::TextEdit::singleline(&mut self.import_path).desired_width(300.0))
                        .labelled_by(label.id);
                    if ui.button(t!("profiles-import")).clicked() {
                        actions.push(ProfilesAction::Import(PathBuf::from(
                            self.import_path.trim(),
                        )));
                    }
                });
                self.rename_ui(ui, &mut actions);
                self.editor_ui(ui, &mut actions);
                self.confirm_discard_ui(ui);
            });
        self.open = open;
        if !self.open {
            self.editor = None;
            self.confirm_discard = false;
        }
        actions
    }

    fn confirm_discard_ui(&mut self, ui: &mut egui::Ui) {
        if !self.confirm_discard {
            return;
        }
        let modal =
            egui::Modal::new(egui::Id::unique("confirm_discard_profile")).show(ui.ctx(), |ui| {
                ui.heading(t!("profiles-discard-this-profile"));
                ui.label(t!("profiles-what-you-typed-for-the"));
                ui.horizontal(|ui| {
                    if ui.button(t!("profiles-discard")).clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Enter))
                    {
                        // Dropping the editor wipes the typed secret (Zeroizing).
                        self.editor = None;
                        self.confirm_discard = false;
                    }
                    if ui.button(t!("profiles-keep-typing")).clicked() {
                        self.confirm_discard = false;
                    }
                });
            });
        if modal.should_close() {
            self.confirm_discard = false;
        }
    }

    fn row_ui(
        &mut self,
        ui: &mut egui::Ui,
        name: &str,
        description: &str,
        saved: bool,
        actions: &mut Vec<ProfilesAction>,
    ) {
        let is_default = self.default_name() == name;
        ui.label(RichText::new(name).strong());
        ui.vertical(|ui| {
            // The column needs a width of its own, or the text wraps after every word.
            ui.set_min_width(240.0);
            ui.add(egui::Label::new(description).wrap_mode(egui::TextWrapMode::Extend));
            match self.tested.get(name) {
                Some(Ok(id)) => {
                    ui.label(
                        RichText::new(t!(
                            "profiles-works",
                            account = id.account_id.as_str(),
                            identity = id.identity_type.as_str(),
                            arn = id.arn.as_str()
                        ))
                        .color(success_color(ui)),
                    );
                }
                Some(Err(e)) => {
                    ui.label(RichText::new(e.text()).color(error_color(ui)));
                }
                None => {}
            }
        });
        ui.horizontal(|ui| {
            if ui.small_button(t!("profiles-test", name = name)).clicked() {
                actions.push(ProfilesAction::Test(name.to_string()));
            }
            if is_default {
                ui.label(RichText::new(t!("profiles-default")).weak());
            } else if ui
                .small_button(t!("profiles-make-the-default", name = name))
                .clicked()
            {
                actions.push(ProfilesAction::SetDefault(name.to_string()));
            }
            if saved {
                if ui.small_button(t!("profiles-edit", name = name)).clicked() {
                    let meta = self.saved.iter().find(|m| m.name == name).cloned();
                    if let Some(meta) = meta {
                        let guard = meta.guard();
                        self.editor = Some(Editor {
                            replace: true,
                            name: meta.name,
                            access_key_id: meta.access_key_id,
                            region: meta.region.unwrap_or_default(),
                            kind: Some(guard.kind),
                            read_only: guard.read_only,
                            ..Editor::default()
                        });
                    }
                }
                if ui
                    .small_button(t!("profiles-rename", name = name))
                    .clicked()
                {
                    self.renaming = Some((name.to_string(), name.to_string()));
                }
                if ui
                    .small_button(t!("profiles-remove", name = name))
                    .clicked()
                {
                    actions.push(ProfilesAction::Remove(name.to_string()));
                }
            }
        });
        ui.end_row();
    }

    fn rename_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<ProfilesAction>) {
        let Some((from, to)) = self.renaming.as_mut() else {
            return;
        };
        ui.separator();
        ui.heading(t!("profiles-rename-2", from = from.as_str()));
        let mut close = false;
        ui.horizontal(|ui| {
            let label = ui.label(t!("profiles-new-profile-name"));
            ui.add(egui::TextEdit::singleline(to).desired_width(240.0))
                .labelled_by(label.id);
            let ready = !to.trim().is_empty() && to.trim() != from.as_str();
            if ui
                .add_enabled(ready, egui::Button::new(t!("profiles-rename-profile")))
                .clicked()
            {
                actions.push(ProfilesAction::Rename {
                    from: from.clone(),
                    to: to.trim().to_string(),
                });
                close = true;
            }
            if ui.button(t!("cmd-cancel")).clicked() {
                close = true;
            }
        });
        if close {
            self.renaming = None;
        }
    }

    fn editor_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<ProfilesAction>) {
        let Some(editor) = self.editor.as_mut() else {
            return;
        };
        ui.separator();
        ui.heading(if editor.replace {
            t!("profiles-edit-profile")
        } else {
            t!("profiles-add-a-profile")
        });
        let mut close = false;
        egui::Grid::new("profile_editor")
            .num_columns(2)
            .show(ui, |ui| {
                let label = ui.label(t!("profiles-profile-name"));
                ui.add_enabled(
                    !editor.replace,
                    egui::TextEdit::singleline(&mut editor.name)
                        .hint_text(t!("profiles-name-hint"))
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t!("profiles-accesskey-id"));
                ui.add(
                    egui::TextEdit::singleline(&mut editor.access_key_id)
                        .hint_text(t!("profiles-ltai"))
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t!("profiles-accesskey-secret"));
                ui.add(
                    egui::TextEdit::singleline(&mut *editor.secret)
                        .password(!editor.show_secret)
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t!("profiles-sts-security-token-optional"));
                ui.add(
                    egui::TextEdit::singleline(&mut *editor.token)
                        .password(!editor.show_secret)
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(t!("profiles-default-region-optional"));
                ui.add(
                    egui::TextEdit::singleline(&mut editor.region)
                        .hint_text("cn-shanghai")
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
                ui.end_row();
            });
        ui.checkbox(&mut editor.show_secret, t!("profiles-show-secret"));
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(t!("profiles-kind-question")).strong());
            for kind in [ProfileKind::Test, ProfileKind::Production] {
                if ui.radio(editor.kind == Some(kind), kind.label()).clicked() {
                    editor.kind = Some(kind);
                }
            }
        });
        ui.label(RichText::new(t!("profiles-kind-why")).weak());
        ui.checkbox(&mut editor.read_only, t!("profiles-read-only"))
            .on_hover_text(t!("profiles-read-only-why"));
        let mut warnings = Vec::new();
        if !editor.access_key_id.trim().is_empty() {
            warnings.extend(access_key_id_warning(&editor.access_key_id));
        }
        if !editor.secret.trim().is_empty() {
            warnings.extend(access_key_secret_warning(&editor.secret));
        }
        for w in &warnings {
            ui.label(RichText::new(t!("profiles-warning", w = w)).color(warning_color(ui)));
        }
        ui.horizontal(|ui| {
            let ready = !editor.name.trim().is_empty()
                && !editor.access_key_id.trim().is_empty()
                && !editor.secret.trim().is_empty()
                && editor.kind.is_some();
            if ui
                .add_enabled(ready, egui::Button::new(t!("profiles-save-profile")))
                .on_disabled_hover_text(t!("profiles-save-needs"))
                .clicked()
            {
                let token = Some(editor.token.trim().to_string()).filter(|t| !t.is_empty());
                actions.push(ProfilesAction::Save {
                    meta: ProfileMeta {
                        name: editor.name.trim().to_string(),
                        access_key_id: editor.access_key_id.trim().to_string(),
                        region: Some(editor.region.trim().to_string()).filter(|r| !r.is_empty()),
                        sts: token.is_some(),
                        account_id: None,
                        kind: editor.kind,
                        read_only: editor.read_only,
                    },
                    secret: Secret::new(editor.secret.trim()),
                    token: token.map(Secret::new),
                    replace: editor.replace,
                });
                close = true;
            }
            if ui.button(t!("cmd-cancel")).clicked() {
                close = true;
            }
        });
        if close {
            // Dropping the editor wipes the typed secret (Zeroizing).
            self.editor = None;
        }
    }
}
