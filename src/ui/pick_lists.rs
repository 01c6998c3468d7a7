//! The form's pick lists: the account's streaming domains (picking one sets the region too)
//! and the transcoding template groups of the domain's region, by name with the ID beside it.
//! They come from what the worker read of the account, or from the cache of the last read,
//! with their age and a Refresh; typing stays possible whatever they hold.

use crate::batch::progress::human_duration;
use crate::i18n::Said;
use crate::operation::account_check::{self, DomainFacts};
use crate::operation::account_facts::{AccountDomain, AccountFacts, NO_TRANSCODE};
use crate::operation::{Checked, Field, FormDraft, Operation};
use crate::t;
use eframe::egui::{self, RichText};
use std::collections::BTreeMap;
use std::time::Duration;

/// What the form knows of the chosen profile's account.
#[derive(Debug, Default)]
pub struct AccountLists {
    /// The profile the lists are of (the one asked for last).
    pub profile: Option<String>,
    /// What is known, from the cache or a read.
    pub facts: Option<AccountFacts>,
    /// A read is under way.
    pub reading: bool,
    /// The lists the last read could not get, and why.
    pub problems: Vec<Said>,
    /// What was read of single domains for the check (by lower-case name); `None` while
    /// being read.
    pub domains: BTreeMap<String, Option<DomainFacts>>,
    /// The lists the last domain read could not get, and why.
    pub domain_problems: Vec<Said>,
}

impl AccountLists {
    /// Starts over for `profile`: nothing known yet; `reading` when the account is read now.
    pub fn switch_to(&mut self, profile: &str, reading: bool) {
        *self = AccountLists {
            profile: Some(profile.to_string()),
            reading,
            ..AccountLists::default()
        };
    }

    /// Takes what the worker sent for `profile` (ignored when another profile is chosen now).
    pub fn take(
        &mut self,
        profile: &str,
        facts: Option<AccountFacts>,
        fresh: bool,
        problems: Vec<Said>,
    ) {
        if self.profile.as_deref() != Some(profile) {
            return;
        }
        if fresh {
            self.reading = false;
            self.problems = problems;
            // The account was read again: so will its domains be, when the form names them.
            self.domains.clear();
        }
        if let Some(facts) = facts {
            for (name, details) in &facts.details {
                self.domains.insert(name.clone(), Some(details.clone()));
            }
            self.facts = Some(facts);
        }
    }

    /// The account's domain the form names, when its facts are neither read nor being read:
    /// (its name, whether it is an ingest domain). Marks it as being read.
    pub fn domain_to_read(&mut self, typed: &str) -> Option<(String, bool)> {
        let known = self.facts.as_ref()?.domain(typed)?;
        let key = known.name.to_lowercase();
        if self.domains.contains_key(&key) {
            return None;
        }
        let wanted = (known.name.clone(), !known.streaming);
        self.domains.insert(key, None);
        Some(wanted)
    }

    /// Takes what the worker read of a domain for `profile`.
    pub fn take_domain(&mut self, profile: &str, facts: DomainFacts, problems: Vec<Said>) {
        if self.profile.as_deref() != Some(profile) {
            return;
        }
        self.domains
            .insert(facts.domain.to_lowercase(), Some(facts));
        self.domain_problems = problems;
    }

    /// Forgets what was read of the domain called `name`, so that it is read again.
    pub fn forget_domain(&mut self, name: &str) {
        self.domains.remove(&name.trim().to_lowercase());
    }

    /// What was read of the domain called `name`, if it was.
    pub fn domain_facts(&self, name: &str) -> Option<&DomainFacts> {
        self.domains.get(&name.trim().to_lowercase())?.as_ref()
    }

    /// The form's findings with what the account says about the draft added.
    pub fn check(&self, operation: Operation, draft: &FormDraft, checked: &mut Checked) {
        checked.add_account_findings(self.findings(operation, draft));
    }

    /// What the account, as read, says about a draft (nothing before it is read).
    pub fn findings(
        &self,
        operation: Operation,
        draft: &FormDraft,
    ) -> Vec<crate::operation::Finding> {
        let Some(facts) = &self.facts else {
            return Vec::new();
        };
        let domain = self.domain_facts(draft.trimmed(Field::DomainName));
        account_check::check(operation, draft, facts, domain)
    }

    /// A batch's rows checked against the account as read, as the form is: a row naming a
    /// domain the account lacks, or a region without VOD, is an error before anything is sent.
    pub fn check_batch(&self, batch: &mut crate::batch::BatchCheck) {
        let operation = batch.operation;
        for row in batch.rows.iter_mut().filter(|r| r.request.is_some()) {
            let findings = self.findings(operation, &row.draft);
            row.add_findings(&findings);
        }
    }

    fn streaming_domains(&self) -> Vec<&AccountDomain> {
        self.facts
            .as_ref()
            .map(AccountFacts::streaming_domains)
            .unwrap_or_default()
    }
}

/// The line under the domain field: how old the lists are, a Refresh (or Read the account)
/// button, and the lists that could not be read. Returns whether a read was asked for.
#[must_use]
pub fn status_ui(ui: &mut egui::Ui, lists: &AccountLists, now_ms: i64) -> bool {
    let mut read = false;
    ui.horizontal_wrapped(|ui| {
        let note = match (&lists.facts, lists.reading) {
            (_, true) => t!("pick-reading-the-account"),
            (Some(facts), false) => {
                let age =
                    Duration::from_millis(u64::try_from(now_ms - facts.fetched_at_ms).unwrap_or(0));
                t!(
                    "pick-domains-as-of",
                    count = facts.streaming_domains().len(),
                    age = human_duration(age)
                )
            }
            (None, false) => t!("pick-not-read-yet"),
        };
        ui.label(RichText::new(note).weak());
        let verb = if lists.facts.is_some() {
            t!("pick-refresh")
        } else {
            t!("pick-read-the-account")
        };
        read = ui
            .add_enabled(!lists.reading, egui::Button::new(verb))
            .on_hover_text(t!("pick-refresh-explained"))
            .clicked();
    });
    for region in lists.facts.iter().flat_map(|f| &f.without_vod) {
        ui.label(
            RichText::new(t!("pick-region-without-vod", region = region.as_str()))
                .color(crate::ui::style::warning_color(ui)),
        );
    }
    for problem in lists.problems.iter().chain(&lists.domain_problems) {
        ui.label(
            RichText::new(t!("pick-could-not-read", problem = problem.text()))
                .color(crate::ui::style::warning_color(ui)),
        );
    }
    read
}

/// The account's streaming domains that contain what is typed, in a menu; the one picked.
pub fn domain_menu_ui(
    ui: &mut egui::Ui,
    lists: &AccountLists,
    typed: &str,
) -> Option<AccountDomain> {
    let domains = lists.streaming_domains();
    if domains.is_empty() {
        return None;
    }
    let needle = typed.trim().to_lowercase();
    let mut picked = None;
    ui.menu_button(t!("pick-choose-domain"), |ui| {
        egui::ScrollArea::vertical()
            .max_height(280.0)
            .show(ui, |ui| {
                let matching: Vec<&&AccountDomain> = domains
                    .iter()
                    .filter(|d| needle.is_empty() || d.name.contains(&needle))
                    .collect();
                // What is typed filters the list; when nothing matches, every domain is shown.
                let shown = if matching.is_empty() {
                    domains.iter().collect()
                } else {
                    matching
                };
                for domain in shown {
                    let mut text = t!(
                        "pick-domain-line",
                        domain = domain.name.as_str(),
                        region = domain.region.as_str(),
                        status = domain.status.as_str()
                    );
                    if lists
                        .facts
                        .as_ref()
                        .is_some_and(|f| f.lacks_vod(&domain.region))
                    {
                        text.push_str(&t!("pick-domain-no-vod"));
                    }
                    if ui.button(text).clicked() {
                        picked = Some((*domain).clone());
                        ui.close();
                    }
                }
            });
    })
    .response
    .on_hover_text(t!("pick-choose-domain-explained"));
    picked
}

/// `names` (the apps or streams the domain's streams and configs use, or its configs'
/// storage locations) in a menu titled `title`, explained on hover; the one picked.
pub fn names_menu_ui(
    ui: &mut egui::Ui,
    title: String,
    explained: String,
    names: &[&str],
) -> Option<String> {
    if names.is_empty() {
        return None;
    }
    let mut picked = None;
    ui.menu_button(title, |ui| {
        egui::ScrollArea::vertical()
            .max_height(280.0)
            .show(ui, |ui| {
                for name in names {
                    if ui.button(*name).clicked() {
                        picked = Some((*name).to_string());
                        ui.close();
                    }
                }
            });
    })
    .response
    .on_hover_text(explained);
    picked
}

/// The template groups of `region` in a menu, by name with the ID beside it, "No
/// transcoding" first; the ID picked.
pub fn group_menu_ui(ui: &mut egui::Ui, lists: &AccountLists, region: &str) -> Option<String> {
    let facts = lists.facts.as_ref()?;
    let groups = facts.groups_in(region)?;
    let mut picked = None;
    ui.menu_button(t!("pick-choose-group"), |ui| {
        if ui
            .button(t!("pick-no-transcoding", id = NO_TRANSCODE))
            .clicked()
        {
            picked = Some(NO_TRANSCODE.to_string());
            ui.close();
        }
        for group in groups.iter().filter(|g| g.id != NO_TRANSCODE) {
            let text = t!(
                "pick-group-line",
                name = group.name.as_str(),
                id = group.id.as_str()
            );
            if ui.button(text).clicked() {
                picked = Some(group.id.clone());
                ui.close();
            }
        }
    })
    .response
    .on_hover_text(t!("pick-choose-group-explained", region = region));
    picked
}

/// The name of the template group `id` in `region`, when the account has it.
pub fn group_name<'a>(lists: &'a AccountLists, region: &str, id: &str) -> Option<&'a str> {
    if id == NO_TRANSCODE {
        return None;
    }
    lists
        .facts
        .as_ref()?
        .groups_in(region)?
        .iter()
        .find(|g| g.id == id)
        .map(|g| g.name.as_str())
}
