//! The answer to a call, parsed into one result type, with its plain-language explanation.

use crate::errors::signature_diff::SignatureComparison;
use crate::errors::{self, ErrorContext, Explanation, NetworkErrorKind};
use serde_json::Value;

/// Largest response body kept, in bytes; the rest is cut off. A page of 3,000 live streams
/// (the largest page of DescribeLiveStreamsOnlineList) is about 2 MB.
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

/// An error answer of the service.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ServiceError {
    /// HTTP status code.
    pub http_status: u16,
    /// Error code, e.g. `ConfigAlreadyExists`.
    pub code: String,
    /// The service's message.
    pub message: String,
    /// Request ID, for support tickets.
    pub request_id: Option<String>,
    /// The endpoint host that answered.
    pub host_id: Option<String>,
    /// A link to Alibaba Cloud's diagnosis.
    pub recommend: Option<String>,
    /// For permission errors: the service's details, as JSON text.
    pub access_denied_detail: Option<String>,
}

impl ServiceError {
    /// The account ID named in `AccessDeniedDetail`, if any.
    pub fn account_id(&self) -> Option<String> {
        let detail: Value = serde_json::from_str(self.access_denied_detail.as_deref()?).ok()?;
        match detail.get("AuthPrincipalOwnerId")? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }
}

/// How a call ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The config was added.
    Success {
        request_id: String,
        http_status: u16,
    },
    /// The service refused it.
    ServiceError(ServiceError),
    /// Something answered, but not as the service does (empty, not JSON, no RequestId).
    Unreadable { http_status: u16 },
    /// No answer: the network failed.
    Network {
        kind: NetworkErrorKind,
        detail: String,
    },
    /// The user cancelled the call.
    Cancelled,
}

/// A finished call: outcome, raw answer and timing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallResult {
    /// How it ended.
    pub outcome: Outcome,
    /// The raw response body, cut at [`MAX_BODY_BYTES`].
    pub raw_body: String,
    /// Whether the answer came from the sandbox.
    pub from_sandbox: bool,
    /// Wall time from first attempt to final answer.
    pub elapsed_ms: u64,
    /// How many attempts were made.
    pub attempts: u32,
    /// An earlier attempt timed out or lost its connection.
    pub had_uncertain_attempt: bool,
    /// The string the last attempt signed (the security token masked): shown beside the
    /// service's when it answers SignatureDoesNotMatch.
    pub string_to_sign: String,
}

impl CallResult {
    /// For a SignatureDoesNotMatch answer: the service's string to sign beside ours.
    pub fn signature_comparison(&self) -> Option<SignatureComparison> {
        match &self.outcome {
            Outcome::ServiceError(e) if e.code == "SignatureDoesNotMatch" => {
                SignatureComparison::from_message(&e.message, &self.string_to_sign)
            }
            _ => None,
        }
    }
}

impl Outcome {
    /// Whether the call succeeded.
    pub fn is_success(&self) -> bool {
        matches!(self, Outcome::Success { .. })
    }

    /// Whether the service said "too many calls" (`Throttling`, `Throttling.User`, ...).
    pub fn is_throttling(&self) -> bool {
        matches!(self, Outcome::ServiceError(e) if e.code.starts_with("Throttling"))
    }

    /// The HTTP status, when something answered.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Outcome::Success { http_status, .. } | Outcome::Unreadable { http_status } => {
                Some(*http_status)
            }
            Outcome::ServiceError(e) => Some(e.http_status),
            Outcome::Network { .. } | Outcome::Cancelled => None,
        }
    }

    /// The request ID, when the service gave one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Outcome::Success { request_id, .. } => Some(request_id),
            Outcome::ServiceError(e) => e.request_id.as_deref(),
            _ => None,
        }
    }

    /// A stable error code: the service's, `Network.*`, `Unreadable` or `Cancelled`.
    pub fn error_code(&self) -> Option<&str> {
        match self {
            Outcome::Success { .. } => None,
            Outcome::ServiceError(e) => Some(&e.code),
            Outcome::Unreadable { .. } => Some("UnreadableResponse"),
            Outcome::Network { kind, .. } => Some(kind.code()),
            Outcome::Cancelled => Some("Cancelled"),
        }
    }

    /// The explanation to show for a failure; `None` on success.
    pub fn explain(&self, ctx: &ErrorContext<'_>) -> Option<Explanation> {
        match self {
            Outcome::Success { .. } => None,
            Outcome::ServiceError(e) => {
                let account = e.account_id();
                let ctx = ErrorContext {
                    account_id: ctx.account_id.or(account.as_deref()),
                    ..ctx.clone()
                };
                Some(errors::explain_service_error(&e.code, &e.message, &ctx))
            }
            Outcome::Unreadable { http_status } => Some(errors::explain_unreadable(*http_status)),
            Outcome::Network { kind, .. } => Some(errors::explain_network(*kind)),
            Outcome::Cancelled => Some(errors::explain_cancelled()),
        }
    }
}

/// Reads an HTTP answer into an outcome.
pub fn parse(http_status: u16, body: &[u8]) -> Outcome {
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
        return Outcome::Unreadable { http_status };
    };
    let text = |key: &str| match map.get(key) {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let request_id = text("RequestId");
    match (text("Code"), request_id) {
        (None, Some(request_id)) if (200..300).contains(&http_status) => Outcome::Success {
            request_id,
            http_status,
        },
        (Some(code), request_id) => Outcome::ServiceError(ServiceError {
            http_status,
            code,
            message: text("Message").unwrap_or_default(),
            request_id,
            host_id: text("HostId"),
            recommend: text("Recommend"),
            access_denied_detail: map.get("AccessDeniedDetail").and_then(|v| match v {
                Value::String(s) => Some(s.clone()),
                Value::Null => None,
                other => serde_json::to_string(other).ok(),
            }),
        }),
        _ => Outcome::Unreadable { http_status },
    }
}

/// The body as text, cut at [`MAX_BODY_BYTES`] on a character boundary.
pub fn body_text(body: &[u8]) -> String {
    let cut = body.get(..MAX_BODY_BYTES).unwrap_or(body);
    String::from_utf8_lossy(cut).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn success_has_request_id() {
        let o = parse(
            200,
            br#"{"RequestId":"16A96B9A-F203-4EC5-8E43-CB92E68F****"}"#,
        );
        assert_eq!(o.request_id(), Some("16A96B9A-F203-4EC5-8E43-CB92E68F****"));
        assert!(o.is_success());
    }

    #[test]
    fn error_fields_are_read() {
        let body = br#"{"RequestId":"R","HostId":"live.aliyuncs.com","Code":"Forbidden.RAM","Message":"denied","Recommend":"https://x","AccessDeniedDetail":{"AuthPrincipalOwnerId":"1234","AuthAction":"live:AddLiveRecordVodConfig"}}"#;
        let Outcome::ServiceError(e) = parse(403, body) else {
            panic!("error expected")
        };
        assert_eq!(e.code, "Forbidden.RAM");
        assert_eq!(e.host_id.as_deref(), Some("live.aliyuncs.com"));
        assert_eq!(e.recommend.as_deref(), Some("https://x"));
        assert_eq!(e.account_id().as_deref(), Some("1234"));
    }

    #[test]
    fn permission_error_policy_uses_account_from_detail() {
        let body = br#"{"RequestId":"R","Code":"NoPermission","AccessDeniedDetail":{"AuthPrincipalOwnerId":98765}}"#;
        let ctx = ErrorContext {
            domain_name: Some("d.example.com"),
            ..Default::default()
        };
        let e = parse(403, body).explain(&ctx).expect("explained");
        assert!(
            e.ram_policy
                .expect("policy")
                .contains("acs:cdn:*:98765:domain/d.example.com")
        );
    }

    #[test]
    fn non_json_empty_and_odd_bodies_are_unreadable() {
        for body in [
            &b""[..],
            b"<html>502</html>",
            b"[]",
            b"{}",
            b"{\"RequestId\":5",
            b"\xff\xfe",
        ] {
            assert!(
                matches!(parse(200, body), Outcome::Unreadable { .. }),
                "{body:?}"
            );
        }
        assert!(matches!(
            parse(500, br#"{"RequestId":"R"}"#),
            Outcome::Unreadable { http_status: 500 }
        ));
    }

    #[test]
    fn body_text_is_bounded() {
        let big = vec![b'a'; MAX_BODY_BYTES * 2];
        assert_eq!(body_text(&big).len(), MAX_BODY_BYTES);
    }
}
