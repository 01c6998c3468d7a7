//! One submission: record it as pending, send it, record how it ended.

use crate::client::{Call, CallResult, Client, Endpoint, Outcome};
use crate::credentials::Credentials;
use crate::errors::{self, ErrorContext, Explanation};
use crate::operation::{Field, FormDraft, Request};
use crate::signing::SignatureMethod;
use crate::storage::{Completion, History, NewEntry, OutcomeKind};
use std::sync::Mutex;
use tokio_util::sync::CancellationToken;

/// Everything needed to send one request. Plain data: it crosses threads.
#[derive(Debug, Clone)]
pub struct SubmitJob {
    /// The validated request.
    pub request: Request,
    /// The credentials to sign with (redacted in `Debug`).
    pub credentials: Credentials,
    /// The profile's name, for the history.
    pub profile: String,
    /// The preset the form came from, for the history.
    pub preset_name: Option<String>,
    /// Signature method.
    pub signature: SignatureMethod,
    /// Where to send it.
    pub endpoint: Endpoint,
    /// Time allowed per attempt; `None` uses the client's.
    pub timeout: Option<std::time::Duration>,
    /// The caller's account ID when known (fills RAM policies in explanations).
    pub account_id: Option<String>,
}

/// How a submission ended, with what the user is told.
#[derive(Debug, Clone)]
pub struct SubmitReport {
    /// The call's result.
    pub result: CallResult,
    /// The explanation of a failure; `None` on success.
    pub explanation: Option<Explanation>,
    /// The history entry, when the history is available.
    pub history_id: Option<i64>,
    /// Why the history could not record this submission, if it could not.
    pub history_problem: Option<String>,
}

/// The request's fields as sent, for the history.
pub fn sent_fields(request: &Request) -> FormDraft {
    let mut draft = FormDraft::default();
    for (name, value) in request.params() {
        if let Some(field) = Field::from_api_name(name) {
            draft.set(field, value);
        }
    }
    draft
}

/// The time now, in Unix milliseconds.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Sends `job`, recording it in `history` (pending first) when there is one.
pub async fn submit(
    client: &Client,
    history: Option<&Mutex<History>>,
    job: &SubmitJob,
    cancel: &CancellationToken,
) -> SubmitReport {
    let mut history_problem = None;
    let history_id = history.and_then(|h| {
        let entry = NewEntry {
            started_at_ms: now_ms(),
            profile: job.profile.clone(),
            endpoint_url: job.endpoint.display_url(),
            sandbox: job.endpoint.is_loopback(),
            preset_name: job.preset_name.clone(),
            signature: job.signature.as_str().to_string(),
            fields: sent_fields(&job.request),
        };
        let begun = h
            .lock()
            .map_err(|_| poisoned())
            .and_then(|h| h.begin(&entry).map_err(|e| e.to_string()));
        begun.map_err(|e| history_problem = Some(e)).ok()
    });
    let call = Call {
        request: &job.request,
        key: job.credentials.signing_key(),
        signature: job.signature,
        endpoint: &job.endpoint,
        timeout: job.timeout,
    };
    let result = client.send(&call, cancel).await;
    let ctx = ErrorContext {
        domain_name: Some(&job.request.domain_name),
        region_id: job.request.region_id.as_deref(),
        account_id: job.account_id.as_deref(),
        after_uncertain_attempt: result.had_uncertain_attempt,
    };
    let explanation = result.outcome.explain(&ctx);
    if let (Some(h), Some(id)) = (history, history_id) {
        let done = completion(&result, explanation.as_ref(), &job.request);
        let completed = h
            .lock()
            .map_err(|_| poisoned())
            .and_then(|h| h.complete(id, &done, now_ms()).map_err(|e| e.to_string()));
        if let Err(e) = completed {
            history_problem = Some(e);
        }
    }
    SubmitReport {
        result,
        explanation,
        history_id,
        history_problem,
    }
}

fn poisoned() -> String {
    "the history is unavailable after an earlier failure; restart the program".to_string()
}

/// What the history keeps of a result: never a secret, never the signature.
pub fn completion(
    result: &CallResult,
    explanation: Option<&Explanation>,
    request: &Request,
) -> Completion {
    let outcome = match &result.outcome {
        Outcome::Success { .. } => OutcomeKind::Ok,
        Outcome::Cancelled => OutcomeKind::Unknown,
        Outcome::Network { kind, .. } if kind.is_uncertain() => OutcomeKind::Unknown,
        _ => OutcomeKind::Error,
    };
    let error_message = match &result.outcome {
        Outcome::ServiceError(e) => Some(e.message.clone()),
        Outcome::Network { detail, .. } => Some(detail.clone()),
        _ => None,
    };
    Completion {
        outcome,
        request_id: result.outcome.request_id().map(str::to_string),
        http_status: result.outcome.http_status(),
        error_code: result.outcome.error_code().map(str::to_string),
        error_message,
        explanation: match explanation {
            Some(e) => Some(format!("{}. {} {}", e.title, e.explanation, e.next_step)),
            None => Some(errors::success_sentence(request)),
        },
        duration_ms: result.elapsed_ms,
    }
}
