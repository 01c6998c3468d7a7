//! What the window and the command line hand the pipeline (a [`CallOrder`], its request
//! checked once), what it makes of one ([`Resolved`]), why it may not send one ([`NotSent`]),
//! and how a call ended ([`CallReport`]).

use crate::client::{Call, CallResult, Client, Endpoint, PreparedRequest};
use crate::credentials::Profile;
use crate::errors::{ErrorContext, Explanation};
use crate::i18n::Said;
use crate::operation::configs::{ConfigPage, RecordVodConfig};
use crate::operation::{Checked, FormDraft, Operation, Request, check};
use crate::signing::SignatureMethod;
use crate::t;
use std::time::Duration;

/// What to send: plain data, no secrets. The window and the command line build only this,
/// from fields checked once, here: the order carries the checked request, never a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallOrder {
    /// The checked request.
    pub request: Request,
    /// Its check: the warnings the request was sent with.
    pub checked: Checked,
    /// The profile's name; `None`: the environment's when set, else the default profile.
    pub profile: Option<String>,
    /// Send here instead of the profile's endpoint (e.g. a sandbox URL).
    pub endpoint: Option<String>,
    /// The preset the fields came from, for the history.
    pub preset_name: Option<String>,
    /// Signature method.
    pub signature: SignatureMethod,
    /// Time allowed per attempt; `None` uses the client's.
    pub timeout: Option<Duration>,
}

impl CallOrder {
    /// An order for `operation` with `fields`, default everything else; `Invalid` with every
    /// finding when the fields cannot be sent.
    pub fn check(operation: Operation, fields: &FormDraft) -> Result<CallOrder, NotSent> {
        let checked = check(operation, fields);
        let Some(request) = checked.request.clone() else {
            return Err(NotSent::Invalid(checked));
        };
        Ok(CallOrder {
            request,
            checked,
            profile: None,
            endpoint: None,
            preset_name: None,
            signature: SignatureMethod::V3,
            timeout: None,
        })
    }

    /// The operation.
    pub fn operation(&self) -> Operation {
        self.request.operation()
    }
}

/// Why an order was not sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotSent {
    /// The fields have errors.
    Invalid(Checked),
    /// The profile or endpoint is wrong (bad input).
    BadSetup(Said),
    /// The credentials could not be read (e.g. the keyring is locked).
    Credentials(Said),
    /// The history could not record the call before it was sent, so it was not sent: a call
    /// is sent only after its pending entry is written.
    Unrecorded(Said),
    /// The profile is read-only and the operation changes the account.
    ReadOnly(Said),
}

impl NotSent {
    /// In plain words.
    pub fn message(&self) -> String {
        match self {
            NotSent::Invalid(checked) => t!(
                "m-pipeline-the-request-has-error-s",
                error_count = checked.error_count()
            ),
            NotSent::BadSetup(m)
            | NotSent::Credentials(m)
            | NotSent::Unrecorded(m)
            | NotSent::ReadOnly(m) => m.text(),
        }
    }
}

/// A call ready to go: the checked request, who signs it and where it goes.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The checked request.
    pub request: Request,
    /// Its findings (warnings only).
    pub checked: Checked,
    /// The profile, credentials included (redacted in `Debug`).
    pub profile: Profile,
    /// Where it goes.
    pub endpoint: Endpoint,
    /// The caller's account ID, when known.
    pub account_id: Option<String>,
}

impl Resolved {
    /// Whether it goes to a local sandbox.
    pub fn is_sandbox(&self) -> bool {
        self.endpoint.is_loopback()
    }

    /// The signed request, the security token masked: what `--dry-run` shows.
    pub fn prepared(&self, signature: SignatureMethod) -> PreparedRequest {
        let creds = &self.profile.credentials;
        let call = Call {
            request: &self.request,
            key: creds.signing_key(),
            signature,
            endpoint: &self.endpoint,
            timeout: None,
        };
        Client::prepare(&call).redacted(creds.security_token.as_ref().map(|t| t.expose()))
    }
}

/// How a call ended, with everything the window and the command line show.
#[derive(Debug, Clone)]
pub struct CallReport {
    /// The request as sent.
    pub request: Request,
    /// The profile's name.
    pub profile: String,
    /// Where it went.
    pub endpoint_url: String,
    /// Whether that was the local sandbox.
    pub sandbox: bool,
    /// The caller's account ID, when known.
    pub account_id: Option<String>,
    /// The call's result.
    pub result: CallResult,
    /// The explanation of a failure; `None` on success.
    pub explanation: Option<Explanation>,
    /// The page of configs a successful list returned.
    pub page: Option<ConfigPage>,
    /// For a delete: the config as it was just before (what Restore adds again).
    pub deleted: Option<RecordVodConfig>,
    /// The history entry, when the history is available.
    pub history_id: Option<i64>,
    /// Why the history could not record this call, if it could not.
    pub history_problem: Option<String>,
    /// Throttling answers met before this one (batch rows only; each held the calls back).
    pub throttled: u32,
}

impl CallReport {
    /// The failure explained again, in the current language (after a language switch).
    pub fn explain_again(&self) -> Option<Explanation> {
        explain(&self.request, self.account_id.as_deref(), &self.result)
    }
}

/// What a user is told about a call's failure, with the call's details; `None` on success.
pub(super) fn explain(
    request: &Request,
    account_id: Option<&str>,
    result: &CallResult,
) -> Option<Explanation> {
    let ctx = ErrorContext {
        operation: request.operation(),
        domain_name: Some(request.domain_name()).filter(|d| !d.is_empty()),
        region_id: request.region_id(),
        account_id,
        after_uncertain_attempt: result.had_uncertain_attempt,
    };
    result.outcome.explain(&ctx)
}

/// The time now, in Unix milliseconds.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
