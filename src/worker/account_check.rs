//! Reads what the check against the account needs (the account's domains and groups, through
//! the cache the window shares, and the named domain's mapping, OSS configs and streams) and
//! runs it. Every call is an ordinary recorded call at its operation's rate.

use super::ACCOUNT_STALE_AFTER_MS;
use super::account::{failure, order_like, unsent};
use super::pages::PagesEnd;
use super::pipeline::{CallOrder, Pipeline, now_ms};
use crate::batch::BatchCheck;
use crate::i18n::Said;
use crate::operation::account_check::{self, DomainFacts, PUSHED_WITHIN_DAYS};
use crate::operation::account_facts::AccountFacts;
use crate::operation::catalog::live::{
    DESCRIBE_LIVE_DOMAIN_MAPPING, DESCRIBE_LIVE_RECORD_CONFIG, DESCRIBE_LIVE_RECORD_VOD_CONFIGS,
    DESCRIBE_LIVE_STREAMS_ONLINE_LIST, DESCRIBE_LIVE_STREAMS_PUBLISH_LIST,
};
use crate::operation::catalog::paging::{list_at, text_at as text};
use crate::operation::{Field, Finding, FormDraft, Operation};
use crate::storage::account_cache::AccountCache;
use serde_json::Value;
use std::collections::BTreeMap;
use tokio_util::sync::CancellationToken;

/// What the check found, and what it could not read.
#[derive(Debug, Clone, Default)]
pub struct AccountCheck {
    /// The findings, errors first as in the form.
    pub findings: Vec<Finding>,
    /// Lists that could not be read (the check then says nothing about them).
    pub problems: Vec<Said>,
    /// How many calls the check made (0 when everything came from the cache).
    pub calls: u32,
}

impl AccountCheck {
    /// Whether a finding blocks sending.
    pub fn refuses(&self) -> bool {
        self.findings.iter().any(Finding::is_error)
    }
}

/// (AppName, StreamName) of each item of a list answer.
fn app_streams(answer: &Value, path: &[&str]) -> Vec<(String, String)> {
    list_at(answer, path)
        .iter()
        .map(|item| (text(item, "AppName"), text(item, "StreamName")))
        .filter(|(app, _)| !app.is_empty())
        .collect()
}

/// (AppName, StreamName, StorageLocation) of each config of a DescribeLiveRecordVodConfigs
/// answer.
fn configs_in(answer: &Value, path: &[&str]) -> Vec<(String, String, String)> {
    list_at(answer, path)
        .iter()
        .map(|c| {
            (
                text(c, "AppName"),
                text(c, "StreamName"),
                text(c, "StorageLocation"),
            )
        })
        .collect()
}

/// A time as the API writes it: `2026-12-01T08:00:00Z`.
fn api_time(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

impl Pipeline {
    /// Every page of `action`'s list for `fields`, signed as `like`; `None` (with why) when it
    /// could not be read. Counts the calls made in `calls`.
    async fn read_list(
        &self,
        action: &str,
        fields: &FormDraft,
        like: &CallOrder,
        calls: &mut u32,
        cancel: &CancellationToken,
    ) -> Result<Value, Said> {
        let order = order_like(action, fields, like).map_err(unsent)?;
        let all = self.call_all(&order, cancel).await.map_err(unsent)?;
        *calls += all.pages;
        if all.end == PagesEnd::Failed {
            return Err(failure(&all.last));
        }
        Ok(all.answer)
    }

    /// What the check needs to know about `domain`: for an ingest domain the streaming domain
    /// it feeds; for a streaming domain its record-to-VOD configs (the form's suggestions),
    /// its OSS recording configs and the streams live now or pushed within the last
    /// [`PUSHED_WITHIN_DAYS`] days.
    pub async fn domain_facts(
        &self,
        domain: &str,
        ingest: bool,
        like: &CallOrder,
        cancel: &CancellationToken,
    ) -> (DomainFacts, Vec<Said>, u32) {
        let mut facts = DomainFacts {
            domain: domain.to_string(),
            ..DomainFacts::default()
        };
        let mut problems = Vec::new();
        let mut calls = 0;
        let mut fields = FormDraft::default();
        fields.set(Field::DomainName, domain);
        if ingest {
            let action = DESCRIBE_LIVE_DOMAIN_MAPPING.action;
            match self
                .read_list(action, &fields, like, &mut calls, cancel)
                .await
            {
                Ok(answer) => {
                    facts.feeds = list_at(&answer, DESCRIBE_LIVE_DOMAIN_MAPPING.list_path)
                        .iter()
                        .find(|m| m.get("Type").and_then(Value::as_str) == Some("vhost"))
                        .and_then(|m| m.get("DomainName")?.as_str())
                        .map(str::to_string);
                }
                Err(why) => problems.push(why),
            }
            return (facts, problems, calls);
        }
        let vod = DESCRIBE_LIVE_RECORD_VOD_CONFIGS;
        match self
            .read_list(vod.action, &fields, like, &mut calls, cancel)
            .await
        {
            Ok(answer) => facts.configs = configs_in(&answer, vod.list_path),
            Err(why) => problems.push(why),
        }
        let oss = DESCRIBE_LIVE_RECORD_CONFIG;
        match self
            .read_list(oss.action, &fields, like, &mut calls, cancel)
            .await
        {
            Ok(answer) => facts.oss_records = Some(app_streams(&answer, oss.list_path)),
            Err(why) => problems.push(why),
        }
        let online = DESCRIBE_LIVE_STREAMS_ONLINE_LIST;
        let mut streams = match self
            .read_list(online.action, &fields, like, &mut calls, cancel)
            .await
        {
            Ok(answer) => Some(app_streams(&answer, online.list_path)),
            Err(why) => {
                problems.push(why);
                None
            }
        };
        let now = now_ms();
        let mut history = fields.clone();
        history.set_param("StartTime", api_time(now - PUSHED_WITHIN_DAYS * 86_400_000));
        history.set_param("EndTime", api_time(now));
        let published = DESCRIBE_LIVE_STREAMS_PUBLISH_LIST;
        match self
            .read_list(published.action, &history, like, &mut calls, cancel)
            .await
        {
            Ok(answer) => {
                let pushed = app_streams(&answer, published.list_path);
                streams = Some(streams.into_iter().flatten().chain(pushed).collect());
            }
            // Without the history, the live streams alone would call every quiet stream a typo.
            Err(why) => {
                problems.push(why);
                streams = None;
            }
        }
        facts.streams = streams;
        facts.submitted = self.submitted_streams(domain);
        (facts, problems, calls)
    }

    /// The account's domains and groups for `cache_key`: the cache when it is younger than
    /// [`ACCOUNT_STALE_AFTER_MS`], else read again (and kept when anything could be read).
    pub async fn cached_account_facts(
        &self,
        cache: &AccountCache,
        cache_key: &str,
        like: &CallOrder,
        cancel: &CancellationToken,
    ) -> (AccountFacts, Vec<Said>, u32) {
        let now = now_ms();
        if let Some(cached) = cache
            .load(cache_key)
            .filter(|c| now - c.fetched_at_ms <= ACCOUNT_STALE_AFTER_MS)
        {
            return (cached, Vec::new(), 0);
        }
        let (facts, mut problems, calls) = self.account_facts(like, now, cancel).await;
        if facts.domains.is_some()
            && let Err(e) = cache.save(cache_key, &facts)
        {
            problems.push(Said::of(e));
        }
        (facts, problems, calls)
    }

    /// What the check needs of the domain called `name`: nothing when the account has no such
    /// domain; the cache's when `facts` holds it; else read (and kept in the cache).
    async fn details_of(
        &self,
        facts: &AccountFacts,
        name: &str,
        cache: (&AccountCache, &str),
        like: &CallOrder,
        check: &mut AccountCheck,
        cancel: &CancellationToken,
    ) -> Option<DomainFacts> {
        let known = facts.domain(name)?;
        if let Some(cached) = facts.details.get(&known.name.to_lowercase()) {
            return Some(cached.clone());
        }
        let (domain, problems, calls) = self
            .domain_facts(&known.name, !known.streaming, like, cancel)
            .await;
        check.problems.extend(problems);
        check.calls += calls;
        if let Err(e) = cache.0.keep_details(cache.1, &domain) {
            check.problems.push(Said::of(e));
        }
        Some(domain)
    }

    /// Checks every row of a batch that could be sent against the account, as `like` is sent:
    /// the account's lists once, and each domain's facts once however many rows name it.
    pub async fn check_batch(
        &self,
        batch: &mut BatchCheck,
        like: &CallOrder,
        cache: &AccountCache,
        cache_key: &str,
        cancel: &CancellationToken,
    ) -> AccountCheck {
        let mut check = AccountCheck::default();
        if !matches!(batch.operation, Operation::Add | Operation::Update) {
            return check;
        }
        let (facts, problems, calls) = self
            .cached_account_facts(cache, cache_key, like, cancel)
            .await;
        check.problems = problems;
        check.calls = calls;
        let mut domains: BTreeMap<String, Option<DomainFacts>> = BTreeMap::new();
        for row in batch.rows.iter_mut().filter(|r| r.request.is_some()) {
            let name = row.draft.trimmed(Field::DomainName).to_lowercase();
            if !domains.contains_key(&name) {
                let details = self
                    .details_of(&facts, &name, (cache, cache_key), like, &mut check, cancel)
                    .await;
                domains.insert(name.clone(), details);
            }
            let domain = domains.get(&name).and_then(Option::as_ref);
            let findings = account_check::check(batch.operation, &row.draft, &facts, domain);
            row.add_findings(&findings);
            check.findings.extend(findings);
        }
        check
    }

    /// Checks `order`'s fields against the account it would be sent to: the account's lists
    /// and the named domain's facts come from the cache while they are younger than
    /// [`ACCOUNT_STALE_AFTER_MS`], else they are read (and kept).
    pub async fn check_account(
        &self,
        order: &CallOrder,
        cache: &AccountCache,
        cache_key: &str,
        cancel: &CancellationToken,
    ) -> AccountCheck {
        let draft = order.request.draft();
        let (facts, problems, calls) = self
            .cached_account_facts(cache, cache_key, order, cancel)
            .await;
        let mut check = AccountCheck {
            findings: Vec::new(),
            problems,
            calls,
        };
        let name = draft.trimmed(Field::DomainName);
        let domain = self
            .details_of(&facts, name, (cache, cache_key), order, &mut check, cancel)
            .await;
        check.findings = account_check::check(order.operation(), &draft, &facts, domain.as_ref());
        check
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn apps_and_streams_are_read_from_a_list_and_times_are_the_apis() {
        let answer = json!({"OnlineInfo": {"LiveStreamOnlineInfo": [
            {"AppName": "live", "StreamName": "cam1"}, {"StreamName": "no app"}
        ]}});
        assert_eq!(
            app_streams(&answer, &["OnlineInfo", "LiveStreamOnlineInfo"]),
            [("live".to_string(), "cam1".to_string())]
        );
        assert_eq!(api_time(1_764_576_000_000), "2025-12-01T08:00:00Z");
    }
}
