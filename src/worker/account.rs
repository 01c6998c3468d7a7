//! What the account says about itself, for other calls to use: the region of a streaming
//! domain (a VOD call is made in the region of the domain's live center), and the facts the
//! form's pick lists show (the domains, and the template groups of their regions).

use super::pages::PagesEnd;
use super::pipeline::{CallOrder, CallReport, NotSent, Pipeline};
use crate::i18n::Said;
use crate::operation::account_facts::{self, AccountFacts};
use crate::operation::catalog::live::{DESCRIBE_LIVE_DOMAIN_DETAIL, DESCRIBE_LIVE_USER_DOMAINS};
use crate::operation::catalog::vod::{LIST_TRANSCODE_TEMPLATE_GROUP, VOD_NOT_ACTIVATED};
use crate::operation::{Field, FormDraft, Operation};
use tokio_util::sync::CancellationToken;

/// An order for the catalogue's `action` with `fields`, signed and sent as `like` would be.
pub(super) fn order_like(
    action: &str,
    fields: &FormDraft,
    like: &CallOrder,
) -> Result<CallOrder, NotSent> {
    let operation = Operation::from_action(action).expect("the action is in the catalogue");
    let mut order = CallOrder::check(operation, fields)?;
    order.profile.clone_from(&like.profile);
    order.endpoint.clone_from(&like.endpoint);
    order.signature = like.signature;
    order.timeout = like.timeout;
    Ok(order)
}

/// Why a call was not sent, worded when shown.
pub(super) fn unsent(not_sent: NotSent) -> Said {
    Said::new(move || not_sent.message())
}

/// Why a report's list could not be used, in words; for a missing permission with the RAM
/// policy to attach, on one line to copy.
pub(super) fn failure(report: &CallReport) -> Said {
    let explanation = report.explanation.clone();
    Said::new(move || match &explanation {
        Some(e) => match &e.ram_policy {
            Some(policy) => {
                let compact = serde_json::from_str::<serde_json::Value>(policy)
                    .map_or_else(|_| policy.clone(), |p| p.to_string());
                crate::t!(
                    "account-permission-with-policy",
                    reason = e.one_line(),
                    policy = compact
                )
            }
            None => e.one_line(),
        },
        None => crate::t!("account-the-answer-could-not-be-read"),
    })
}

/// Why a domain's region is not known.
#[derive(Debug)]
pub enum RegionUnknown {
    /// The lookup could not be sent.
    NotSent(NotSent),
    /// The service answered without one (or refused: the report says why).
    Answer(Box<CallReport>),
}

impl Pipeline {
    /// The region of `domain`'s live center, asked of the service with DescribeLiveDomainDetail
    /// (a recorded call), signed and sent as `like` would be.
    pub async fn domain_region(
        &self,
        domain: &str,
        like: &CallOrder,
        cancel: &CancellationToken,
    ) -> Result<String, RegionUnknown> {
        let mut fields = FormDraft::default();
        fields.set(Field::DomainName, domain);
        let order = order_like(DESCRIBE_LIVE_DOMAIN_DETAIL.action, &fields, like)
            .map_err(RegionUnknown::NotSent)?;
        let report = self
            .call(&order, cancel)
            .await
            .map_err(RegionUnknown::NotSent)?;
        let region = serde_json::from_str::<serde_json::Value>(&report.result.raw_body)
            .ok()
            .filter(|_| report.result.outcome.is_success())
            .and_then(|answer| {
                Some(
                    answer
                        .get("DomainDetail")?
                        .get("Region")?
                        .as_str()?
                        .to_string(),
                )
            })
            .filter(|region| !region.is_empty());
        region.ok_or_else(|| RegionUnknown::Answer(Box::new(report)))
    }

    /// Reads what the form's pick lists show: every domain (all pages of
    /// DescribeLiveUserDomains), then the template groups of each streaming domain's region
    /// (ListTranscodeTemplateGroup there). Each call is recorded like any other. A list that
    /// cannot be read is left out, with why. Also says how many calls were made.
    pub async fn account_facts(
        &self,
        like: &CallOrder,
        fetched_at_ms: i64,
        cancel: &CancellationToken,
    ) -> (AccountFacts, Vec<Said>, u32) {
        let mut facts = AccountFacts {
            fetched_at_ms,
            ..AccountFacts::default()
        };
        let mut problems = Vec::new();
        let mut calls = 0;
        let domains = order_like(
            DESCRIBE_LIVE_USER_DOMAINS.action,
            &FormDraft::default(),
            like,
        );
        match domains {
            Ok(order) => match self.call_all(&order, cancel).await {
                Ok(all) if all.end != PagesEnd::Failed => {
                    calls += all.pages;
                    facts.domains = Some(account_facts::domains_in(&all.answer));
                }
                Ok(all) => {
                    calls += all.pages;
                    problems.push(failure(&all.last));
                }
                Err(not_sent) => problems.push(unsent(not_sent)),
            },
            Err(not_sent) => problems.push(unsent(not_sent)),
        }
        for region in facts.streaming_regions() {
            let mut fields = FormDraft::default();
            fields.set(Field::RegionId, region.clone());
            let report = match order_like(LIST_TRANSCODE_TEMPLATE_GROUP.action, &fields, like) {
                Ok(order) => self.call(&order, cancel).await,
                Err(not_sent) => Err(not_sent),
            };
            calls += u32::from(report.is_ok());
            match report {
                Ok(report) if report.result.outcome.is_success() => {
                    let answer = serde_json::from_str(&report.result.raw_body).unwrap_or_default();
                    facts
                        .groups
                        .insert(region, account_facts::groups_in(&answer));
                }
                // Not a list that failed: a fact about the account, which the form shows.
                Ok(report) if report.result.outcome.error_code() == Some(VOD_NOT_ACTIVATED) => {
                    facts.without_vod.push(region);
                }
                Ok(report) => problems.push(failure(&report)),
                Err(not_sent) => problems.push(unsent(not_sent)),
            }
        }
        (facts, problems, calls)
    }
}
