//! STS `GetCallerIdentity`: checks a profile's credentials and tells whose they are.

use super::response::Outcome;
use super::send::{ApiCall, Client};
use crate::signing::{AccessKey, SignatureMethod};
use crate::wire::Endpoint;
use serde_json::Value;
use tokio_util::sync::CancellationToken;

/// The STS action.
pub const ACTION: &str = crate::wire::CALLER_IDENTITY.0;
/// The STS API version.
pub const VERSION: &str = crate::wire::CALLER_IDENTITY.1;

/// Who the credentials belong to.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CallerIdentity {
    /// The Alibaba Cloud account ID (fills `{accountId}` of RAM policies).
    pub account_id: String,
    /// `Account`, `RAMUser` or `AssumedRoleUser`.
    pub identity_type: String,
    /// The identity's ARN.
    pub arn: String,
}

/// The STS endpoint, `https://sts.aliyuncs.com`.
pub fn sts_endpoint() -> Endpoint {
    Endpoint::custom("https://sts.aliyuncs.com").unwrap_or_else(|_| Endpoint::for_region(None))
}

/// Asks STS (or the sandbox at `endpoint`) who `key` belongs to. On failure, the outcome.
pub async fn caller_identity(
    client: &Client,
    key: AccessKey<'_>,
    endpoint: &Endpoint,
    cancel: &CancellationToken,
) -> Result<CallerIdentity, Outcome> {
    let call = ApiCall {
        action: ACTION,
        version: VERSION,
        method: crate::operation::catalog::Method::Post,
        sandbox_region: None,
        rate: None,
        params: Vec::new(),
        key,
        signature: SignatureMethod::V3,
        endpoint,
        timeout: None,
    };
    let result = client.send_api(&call, cancel).await;
    if !result.outcome.is_success() {
        return Err(result.outcome);
    }
    let body: Value = serde_json::from_str(&result.raw_body).unwrap_or(Value::Null);
    let text = |k: &str| match body.get(k) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    Ok(CallerIdentity {
        account_id: text("AccountId"),
        identity_type: text("IdentityType"),
        arn: text("Arn"),
    })
}
