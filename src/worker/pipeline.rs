//! The one call pipeline: the window and the command line say what to do (operation, fields,
//! profile name, signature, timeout); the pipeline checks the fields, resolves the profile
//! (keyring reads included), endpoint and account ID, records the history entry before
//! sending, sends, completes the entry and reports.

use super::history_writer::{HistoryWriter, completion};
use super::order::explain;
pub use super::order::{CallOrder, CallReport, NotSent, Resolved, now_ms};
use super::profile_lookup::resolve_profile;
use super::profiles::{SharedBook, with_book};
use crate::client::{Call, CallResult, Client, Endpoint, Outcome};
use crate::credentials::Profile;
use crate::i18n::Said;
use crate::operation::configs::{ConfigPage, RecordVodConfig};
use crate::operation::{Field, Operation, Request, check};
use crate::storage::{BatchLink, Completion, History, NewEntry, OutcomeKind, Write};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// The history entry of `order` about to be sent (or refused) as `resolved` says.
fn new_entry(resolved: &Resolved, order: &CallOrder, batch: Option<BatchLink>) -> NewEntry {
    let request = &resolved.request;
    NewEntry {
        started_at_ms: now_ms(),
        operation: request.operation(),
        profile: resolved.profile.name.clone(),
        endpoint_url: resolved.endpoint.display_url(),
        sandbox: resolved.is_sandbox(),
        profile_kind: resolved.profile.guard.kind,
        preset_name: order.preset_name.clone(),
        signature: order.signature.as_str().to_string(),
        fields: request.draft(),
        deleted: None,
        batch,
    }
}

/// The pipeline: client, history and profiles, shared by every call.
#[derive(Clone)]
pub struct Pipeline {
    client: Client,
    history: Option<Arc<Mutex<History>>>,
    writer: Option<HistoryWriter>,
    book: SharedBook,
    built_in: Arc<Vec<Profile>>,
}

/// A pipeline opened over a data directory, and what could not be opened.
pub struct Opened {
    /// The pipeline.
    pub pipeline: Pipeline,
    /// Why the history is unavailable (calls are still sent, unrecorded), if it is.
    pub history_problem: Option<crate::storage::StorageError>,
}

impl Pipeline {
    /// The one way the window and the command line open the worker's pipeline: the client,
    /// the history and the profiles of `data_dir`, and the profiles that are not saved.
    pub fn open(
        data_dir: &std::path::Path,
        client: crate::client::ClientConfig,
        secrets: crate::credentials::SecretStore,
        built_in: Vec<Profile>,
    ) -> Result<Opened, crate::client::send::ClientBuildError> {
        let client = Client::new(client)?;
        // The account's limit is the service's per account: shared with every process that
        // uses this data directory (when the record cannot be opened, this process's holds).
        let client = match crate::storage::rate_log::RateLog::open(data_dir) {
            Ok(log) => client.with_shared_limit(Arc::new(log)),
            Err(_) => client,
        };
        let (history, history_problem) = match History::open(data_dir) {
            Ok(h) => (Some(Arc::new(Mutex::new(h))), None),
            Err(e) => (None, Some(e)),
        };
        let book = crate::credentials::ProfileBook::open(data_dir, secrets)
            .map(|b| Arc::new(Mutex::new(b)))
            .map_err(Said::of);
        Ok(Opened {
            pipeline: Pipeline::new(client, history, book, built_in),
            history_problem,
        })
    }

    /// The client every call of this pipeline goes through.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The saved profiles (or why they are unavailable).
    pub fn book(&self) -> &SharedBook {
        &self.book
    }

    /// A pipeline over these parts; `built_in` are the profiles that are not saved (the
    /// window's sandbox, the environment's), found by name before the saved ones.
    pub fn new(
        client: Client,
        history: Option<Arc<Mutex<History>>>,
        book: SharedBook,
        built_in: Vec<Profile>,
    ) -> Pipeline {
        Pipeline {
            client,
            writer: history.clone().map(HistoryWriter::new),
            history,
            book,
            built_in: Arc::new(built_in),
        }
    }

    /// The profile an order names, with its secrets (keyring reads run off the async threads).
    pub async fn profile(
        &self,
        name: Option<&str>,
        endpoint: Option<&Endpoint>,
    ) -> Result<Profile, NotSent> {
        let (book, built_in) = (self.book.clone(), Arc::clone(&self.built_in));
        let (name, endpoint) = (name.map(str::to_string), endpoint.cloned());
        tokio::task::spawn_blocking(move || {
            let guard;
            let book = match &book {
                Ok(shared) => match shared.lock() {
                    Ok(g) => {
                        guard = g;
                        Ok(&*guard)
                    }
                    Err(_) => Err(NotSent::Credentials(crate::said!(
                        "m-pipeline-the-profiles-are-unavailable-after"
                    ))),
                },
                Err(e) => Err(NotSent::Credentials(e.clone())),
            };
            resolve_profile(name.as_deref(), endpoint.as_ref(), &built_in, book)
        })
        .await
        .map_err(|_| NotSent::Credentials(crate::said!("m-pipeline-reading-the-keyring-failed")))?
    }

    /// Resolves the order's profile, endpoint and account ID.
    pub async fn resolve(&self, order: &CallOrder) -> Result<Resolved, NotSent> {
        let profile = self
            .order_profile(order.profile.as_deref(), order.endpoint.as_deref())
            .await?;
        self.resolve_with(order, &profile)
    }

    /// The profile an order names, its endpoint override applied (for the sandbox profile).
    pub async fn order_profile(
        &self,
        profile: Option<&str>,
        endpoint: Option<&str>,
    ) -> Result<Profile, NotSent> {
        let custom = match endpoint {
            Some(url) => Some(Endpoint::custom(url).map_err(|e| {
                NotSent::BadSetup(crate::said!("m-pipeline-endpoint", e = Said::of(e)))
            })?),
            None => None,
        };
        self.profile(profile, custom.as_ref()).await
    }

    /// The (AppName, StreamName) pairs this computer's history has for `domain`, newest
    /// first (none when the history is unavailable).
    pub fn submitted_streams(&self, domain: &str) -> Vec<(String, String)> {
        self.history
            .as_ref()
            .and_then(|h| h.lock().ok()?.recent_streams(domain, 200).ok())
            .unwrap_or_default()
    }

    /// The history, when it is available.
    pub fn history(&self) -> Option<&Arc<Mutex<History>>> {
        self.history.as_ref()
    }

    /// Resolves and sends an order (recorded in the history).
    pub async fn call(
        &self,
        order: &CallOrder,
        cancel: &CancellationToken,
    ) -> Result<CallReport, NotSent> {
        let resolved = self.resolve(order).await?;
        self.send(&resolved, order, cancel).await
    }

    /// Sends a resolved call: history entry first, then the call, then its completion.
    pub async fn send(
        &self,
        resolved: &Resolved,
        order: &CallOrder,
        cancel: &CancellationToken,
    ) -> Result<CallReport, NotSent> {
        self.send_recorded(resolved, order, None, cancel).await
    }

    /// Sends one row of a batch: its history entry is linked to the row, and the row's state
    /// is written with it. A throttling answer does not fail the row: every call of this
    /// pipeline is held back for a while and the row is sent again.
    pub async fn send_row(
        &self,
        resolved: &Resolved,
        order: &CallOrder,
        link: BatchLink,
        cancel: &CancellationToken,
    ) -> Result<CallReport, NotSent> {
        self.send_recorded(resolved, order, Some(link), cancel)
            .await
    }

    /// A call resolved with a profile already read (a batch reads it once for every row).
    pub fn resolve_with(&self, order: &CallOrder, profile: &Profile) -> Result<Resolved, NotSent> {
        let request = order.request.clone();
        let endpoint = match &order.endpoint {
            Some(url) => Endpoint::custom(url).map_err(|e| {
                NotSent::BadSetup(crate::said!("m-pipeline-endpoint", e = Said::of(e)))
            })?,
            None => profile.endpoint_for(request.operation().spec().product, request.region_id()),
        };
        let account_id = with_book(&self.book, |b| Ok(b.account_id(&profile.name)))
            .ok()
            .flatten();
        Ok(Resolved {
            request,
            checked: order.checked.clone(),
            profile: profile.clone(),
            endpoint,
            account_id,
        })
    }

    /// The calls-per-minute limit every call of this pipeline is held to.
    pub fn calls_per_minute(&self) -> u32 {
        self.client.config().calls_per_minute
    }

    async fn send_recorded(
        &self,
        resolved: &Resolved,
        order: &CallOrder,
        batch: Option<BatchLink>,
        cancel: &CancellationToken,
    ) -> Result<CallReport, NotSent> {
        let request = &resolved.request;
        // Wherever the call comes from (the window, a batch, apply, `call`): a read-only
        // profile never changes the account.
        if resolved.profile.guard.read_only && request.operation().spec().changes_account {
            return Err(NotSent::ReadOnly(read_only_refusal(&resolved.profile.name)));
        }
        let deleted = match request.operation() {
            Operation::Delete => self.config_before_delete(resolved, order, cancel).await,
            _ => None,
        };
        let mut history_problem = None;
        let mut history_id = None;
        if let Some(writer) = &self.writer {
            let mut entry = new_entry(resolved, order, batch);
            entry.deleted = deleted.as_ref().map(|c| c.draft(request.region_id()));
            match writer.write(Write::Begin(entry)).await {
                Ok(id) => history_id = id,
                Err(problem) => {
                    return Err(NotSent::Unrecorded(crate::said!(
                        "m-pipeline-not-sent-unrecorded",
                        problem = problem
                    )));
                }
            }
        }
        let mut throttled = 0;
        let result = loop {
            let result = self.send_only(resolved, order, request, cancel).await;
            if batch.is_none() || !result.outcome.is_throttling() || cancel.is_cancelled() {
                break result;
            }
            throttled += 1;
            self.client.back_off(throttle_pause(throttled)).await;
        };
        let explanation = explain(request, resolved.account_id.as_deref(), &result);
        let page = match (&result.outcome, request.operation()) {
            (Outcome::Success { .. }, Operation::Describe) => ConfigPage::parse(&result.raw_body),
            _ => None,
        };
        if let (Some(writer), Some(id)) = (&self.writer, history_id) {
            let done = completion(&result, explanation.as_ref(), request);
            let write = Write::Complete {
                id,
                done,
                now_ms: now_ms(),
            };
            if let Err(e) = writer.write(write).await {
                history_problem = Some(e);
            }
        }
        Ok(CallReport {
            request: request.clone(),
            profile: resolved.profile.name.clone(),
            endpoint_url: resolved.endpoint.display_url(),
            sandbox: resolved.is_sandbox(),
            account_id: resolved.account_id.clone(),
            result,
            explanation,
            page,
            deleted,
            history_id,
            history_problem,
            throttled,
        })
    }

    /// Records an order that was refused before sending (the check against the account found
    /// an error): one history entry, written whole, saying it was not sent and why.
    pub async fn record_not_sent(
        &self,
        resolved: &Resolved,
        order: &CallOrder,
        code: &str,
        why: String,
    ) -> Result<(), String> {
        let Some(history) = self.history.clone() else {
            return Ok(());
        };
        let entry = new_entry(resolved, order, None);
        let done = Completion {
            outcome: OutcomeKind::NotSent,
            request_id: None,
            http_status: None,
            error_code: Some(code.to_string()),
            error_message: Some(why),
            explanation: Some(crate::t!("m-pipeline-refused-by-the-check")),
            duration_ms: 0,
        };
        tokio::task::spawn_blocking(move || {
            let mut history = history.lock().map_err(|_| crate::storage::history_lost())?;
            history
                .insert_many(&[(entry, done)])
                .map_err(|e| e.to_string())
        })
        .await
        .map_err(|e| e.to_string())?
    }

    async fn send_only(
        &self,
        resolved: &Resolved,
        order: &CallOrder,
        request: &Request,
        cancel: &CancellationToken,
    ) -> CallResult {
        let call = Call {
            request,
            key: resolved.profile.credentials.signing_key(),
            signature: order.signature,
            endpoint: &resolved.endpoint,
            timeout: order.timeout,
        };
        self.client.send(&call, cancel).await
    }

    /// Reads the config a delete is about to remove, so that it can be restored.
    async fn config_before_delete(
        &self,
        resolved: &Resolved,
        order: &CallOrder,
        cancel: &CancellationToken,
    ) -> Option<RecordVodConfig> {
        self.find_config(resolved, order, cancel).await.flatten()
    }

    /// The config of the call's domain, app and stream as the service has it now: `Some(None)`
    /// when there is none, `None` when the service could not tell.
    pub async fn find_config(
        &self,
        resolved: &Resolved,
        order: &CallOrder,
        cancel: &CancellationToken,
    ) -> Option<Option<RecordVodConfig>> {
        let target = &resolved.request;
        let mut fields = target.draft();
        fields.set(Field::PageSize, "100");
        // The check is a call like any other: recorded in the history before it is sent.
        let checked = check(Operation::Describe, &fields);
        let describe = checked.request.clone()?;
        let describe_order = CallOrder {
            request: describe.clone(),
            checked: checked.clone(),
            ..order.clone()
        };
        let describe_resolved = Resolved {
            request: describe,
            checked,
            ..resolved.clone()
        };
        let report = Box::pin(self.send(&describe_resolved, &describe_order, cancel))
            .await
            .ok()?;
        let result = report.result;
        let stream = target.get(Field::StreamName).unwrap_or_default();
        let app = target.get(Field::AppName).unwrap_or_default();
        if result.outcome.error_code() == Some(crate::operation::spec::CONFIG_NOT_FOUND) {
            return Some(None);
        }
        let page = ConfigPage::parse(&result.raw_body)?;
        Some(
            page.configs
                .into_iter()
                .find(|c| c.app_name == app && c.stream_name == stream),
        )
    }
}

/// How long every call is held back after the `n`th throttling answer in a row: 2 s, doubling,
/// at most a minute (the service's window).
pub fn throttle_pause(n: u32) -> Duration {
    Duration::from_secs(2u64.saturating_mul(1 << n.saturating_sub(1).min(5)).min(60))
}

/// Why a read-only profile sends no change, in words.
pub fn read_only_refusal(profile: &str) -> Said {
    crate::said!("m-pipeline-read-only", profile = profile.to_string())
}
