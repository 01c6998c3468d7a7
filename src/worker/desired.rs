//! Desired state against the account, for the command line and the window alike: the managed
//! domains' configs read, the plan made, and a shown plan applied change by change through the
//! pipeline (each call recorded), after checking that the account still plans the same.

use super::pipeline::{CallOrder, CallReport, Pipeline};
use crate::operation::configs::RecordVodConfig;
use crate::operation::desired_state::{self, Action, Change, DesiredFile, Plan};
use crate::operation::{FormDraft, Operation};
use tokio_util::sync::CancellationToken;

/// Why a plan or an apply could not go on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DesiredProblem {
    /// The file: each problem with its line (exit 2).
    File(Vec<String>),
    /// The account could not be read, or a call not sent (exit 1).
    Account(String),
    /// The account changed since the plan was shown: nothing was sent.
    ChangedMeanwhile,
}

/// How an apply ended.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// Changes made.
    pub applied: usize,
    /// Changes whose call failed.
    pub failed: usize,
}

/// The calls one change makes, in order: (operation, fields).
pub fn calls_of(change: &Change) -> Vec<(Operation, FormDraft)> {
    let before = change.before.as_ref().map(|c| c.draft(None));
    let after = change.after.clone();
    match change.action {
        Action::Add => after.map(|a| (Operation::Add, a)).into_iter().collect(),
        Action::Update => after.map(|a| (Operation::Update, a)).into_iter().collect(),
        Action::Delete => before.map(|b| (Operation::Delete, b)).into_iter().collect(),
        Action::Replace => before
            .map(|b| (Operation::Delete, b))
            .into_iter()
            .chain(after.map(|a| (Operation::Add, a)))
            .collect(),
    }
}

impl Pipeline {
    /// The configs of `domains` as the account holds them now.
    pub async fn configs_of(
        &self,
        like: &CallOrder,
        domains: &[String],
        cancel: &CancellationToken,
    ) -> Result<Vec<RecordVodConfig>, DesiredProblem> {
        let mut all = Vec::new();
        for domain in domains {
            let configs = self
                .domain_configs(domain, like, cancel)
                .await
                .map_err(|why| {
                    DesiredProblem::Account(crate::t!(
                        "cli-desired-not-read",
                        domain = domain.as_str(),
                        why = why
                    ))
                })?;
            all.extend(configs);
        }
        Ok(all)
    }

    /// What an export writes: the domains whose configs could be read (only those are listed
    /// in the file, so apply never touches the others), their configs, and why each other
    /// domain could not be read.
    pub async fn export_configs(
        &self,
        like: &CallOrder,
        domains: &[String],
        cancel: &CancellationToken,
    ) -> (Vec<String>, Vec<RecordVodConfig>, Vec<String>) {
        let (mut read, mut configs, mut problems) = (Vec::new(), Vec::new(), Vec::new());
        for domain in domains {
            match self
                .configs_of(like, std::slice::from_ref(domain), cancel)
                .await
            {
                Ok(found) => {
                    read.push(domain.clone());
                    configs.extend(found);
                }
                Err(DesiredProblem::Account(why)) => problems.push(why),
                Err(other) => problems.push(format!("{other:?}")),
            }
        }
        (read, configs, problems)
    }

    /// Reads the file's text (renaming domains as `rename` says) and the account, and plans.
    pub async fn plan_file(
        &self,
        text: &str,
        rename: &[(String, String)],
        like: &CallOrder,
        cancel: &CancellationToken,
    ) -> Result<(DesiredFile, Plan), DesiredProblem> {
        let file = desired_state::parse(text, rename).map_err(DesiredProblem::File)?;
        let actual = self.configs_of(like, &file.domains, cancel).await?;
        let plan = desired_state::plan(&file, &actual);
        Ok((file, plan))
    }

    /// Applies `shown`, the plan of `file` the user saw, once the account is seen to plan the
    /// same: each change's calls in order, `report` after each call; stops at the first
    /// failure unless `keep_going`.
    pub async fn apply_plan(
        &self,
        file: &DesiredFile,
        shown: &Plan,
        like: &CallOrder,
        keep_going: bool,
        report: &(dyn Fn(&CallReport, usize) + Send + Sync),
        cancel: &CancellationToken,
    ) -> Result<Applied, DesiredProblem> {
        let now = desired_state::plan(file, &self.configs_of(like, &file.domains, cancel).await?);
        if now != *shown {
            return Err(DesiredProblem::ChangedMeanwhile);
        }
        let mut done = Applied::default();
        'changes: for change in &shown.changes {
            for (operation, fields) in calls_of(change) {
                let mut order = CallOrder::check(operation, &fields)
                    .map_err(|e| DesiredProblem::Account(e.message()))?;
                order.profile.clone_from(&like.profile);
                order.endpoint.clone_from(&like.endpoint);
                order.signature = like.signature;
                let sent = self
                    .call(&order, cancel)
                    .await
                    .map_err(|e| DesiredProblem::Account(e.message()))?;
                report(&sent, done.applied + done.failed);
                if !sent.result.outcome.is_success() {
                    done.failed += 1;
                    if keep_going {
                        continue 'changes;
                    }
                    break 'changes;
                }
            }
            done.applied += 1;
        }
        Ok(done)
    }
}
