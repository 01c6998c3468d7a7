//! Error code → title, explanation and next step, in the current language (the `err-*`,
//! `net-*` messages).

use super::catalog_entries::CATALOG;
use super::ram_policy;
use crate::t;

/// What a user is told about a failed call.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Explanation {
    /// A short headline.
    pub title: String,
    /// What happened, in plain words.
    pub explanation: String,
    /// What to do next.
    pub next_step: String,
    /// For permission errors: the RAM policy JSON that grants the call.
    pub ram_policy: Option<String>,
}

impl Explanation {
    /// "Title. Explanation. Next step." on one line, for lists and logs.
    pub fn one_line(&self) -> String {
        t!(
            "err-one-line",
            title = self.title.as_str(),
            explanation = self.explanation.as_str(),
            next_step = self.next_step.as_str()
        )
    }
}

/// What is known about the call, to make explanations concrete.
#[derive(Debug, Clone, Default)]
pub struct ErrorContext<'a> {
    /// The operation that was called.
    pub operation: crate::operation::Operation,
    /// The streaming domain of the request.
    pub domain_name: Option<&'a str>,
    /// The region of the request.
    pub region_id: Option<&'a str>,
    /// The caller's account ID, when known.
    pub account_id: Option<&'a str>,
    /// An earlier attempt of this same request timed out or lost its connection.
    pub after_uncertain_attempt: bool,
}

/// Ways the network can fail before the service answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NetworkErrorKind {
    /// The host name could not be resolved.
    Dns,
    /// The secure connection could not be set up.
    Tls,
    /// No connection within the connect timeout.
    ConnectTimeout,
    /// No complete answer within the total timeout.
    Timeout,
    /// Nothing listens at the address.
    Refused,
    /// The connection closed before the answer was complete.
    Dropped,
    /// Any other transport failure.
    Other,
}

impl NetworkErrorKind {
    /// A stable code for JSON output and history, e.g. `Network.Timeout`.
    pub fn code(self) -> &'static str {
        match self {
            NetworkErrorKind::Dns => "Network.Dns",
            NetworkErrorKind::Tls => "Network.Tls",
            NetworkErrorKind::ConnectTimeout => "Network.ConnectTimeout",
            NetworkErrorKind::Timeout => "Network.Timeout",
            NetworkErrorKind::Refused => "Network.Refused",
            NetworkErrorKind::Dropped => "Network.Dropped",
            NetworkErrorKind::Other => "Network.Other",
        }
    }

    /// Whether the request may have reached the service (so nobody knows if it was carried out).
    pub fn is_uncertain(self) -> bool {
        matches!(
            self,
            NetworkErrorKind::Timeout | NetworkErrorKind::Dropped | NetworkErrorKind::Other
        )
    }
}

/// Explains an error code the service answered with.
pub fn explain_service_error(code: &str, message: &str, ctx: &ErrorContext<'_>) -> Explanation {
    let found = CATALOG.iter().find(|e| e.code == code).or_else(|| {
        code.strip_prefix("Missing")
            .filter(|rest| !rest.is_empty())
            .and_then(|_| CATALOG.iter().find(|e| e.code == "MissingParameter"))
    });
    let Some(entry) = found else {
        return Explanation {
            title: t!("err-unknown-title", code = code),
            explanation: if message.is_empty() {
                t!("err-unknown-no-explanation")
            } else {
                t!("err-service-said", message = message)
            },
            next_step: t!("err-unknown-next-step"),
            ram_policy: None,
        };
    };
    let text = |attr: &str| entry_text(entry.code, attr, ctx);
    let mut explanation = text("explanation");
    if code.starts_with("Missing") && code != "MissingParameter" && !message.is_empty() {
        explanation = format!(
            "{explanation} {}",
            t!("err-service-said", message = message)
        );
    }
    let mut next_step = if entry.permission {
        t!("err-permission-next-step")
    } else {
        text("next-step")
    };
    if code == "ConfigAlreadyExists" && ctx.after_uncertain_attempt {
        explanation = t!("err-after-uncertain-attempt", explanation = explanation);
        next_step = t!("err-after-uncertain-attempt-next-step");
    }
    Explanation {
        title: text("title"),
        explanation,
        next_step,
        ram_policy: entry
            .permission
            .then(|| ram_policy::policy_json(ctx.operation, ctx.account_id, ctx.domain_name)),
    }
}

/// Every code the catalog explains, and whether it is a permission error (whose next step is
/// the shared one).
pub fn catalog_codes() -> impl Iterator<Item = (&'static str, bool)> {
    CATALOG.iter().map(|e| (e.code, e.permission))
}

/// The message ID of a catalog code: `err-` and the code with dots as dashes.
pub(super) fn message_id(code: &str) -> String {
    format!("err-{}", code.replace('.', "-"))
}

/// One attribute of a catalog entry, with the call's details filled in.
fn entry_text(code: &str, attr: &str, ctx: &ErrorContext<'_>) -> String {
    let takes_domain = ctx
        .operation
        .spec()
        .params
        .iter()
        .any(|p| p.name == "DomainName" && p.required);
    let domain = match ctx.domain_name {
        Some(domain) => domain.to_string(),
        None if takes_domain => t!("err-the-domain"),
        // An operation on the whole account (list the domains, the template groups).
        None => t!("err-this-account"),
    };
    let region = ctx
        .region_id
        .map_or_else(|| t!("err-the-region"), str::to_string);
    let args = [
        ("action", ctx.operation.action().to_string()),
        ("domain", domain),
        ("region", region),
    ];
    crate::i18n::lookup_args(&format!("{}-{attr}", message_id(code)), &args).unwrap_or_default()
}

/// Explains a failure before the service answered.
pub fn explain_network(kind: NetworkErrorKind) -> Explanation {
    let (title, explanation, next_step) = match kind {
        NetworkErrorKind::Dns => (
            t!("net-dns-title"),
            t!("net-dns-explanation"),
            t!("net-dns-next-step"),
        ),
        NetworkErrorKind::Tls => (
            t!("net-tls-title"),
            t!("net-tls-explanation"),
            t!("net-tls-next-step"),
        ),
        NetworkErrorKind::ConnectTimeout => (
            t!("net-connect-timeout-title"),
            t!("net-connect-timeout-explanation"),
            t!("net-connect-timeout-next-step"),
        ),
        NetworkErrorKind::Timeout => (
            t!("net-timeout-title"),
            t!("net-timeout-explanation"),
            t!("net-timeout-next-step"),
        ),
        NetworkErrorKind::Refused => (
            t!("net-refused-title"),
            t!("net-refused-explanation"),
            t!("net-refused-next-step"),
        ),
        NetworkErrorKind::Dropped => (
            t!("net-dropped-title"),
            t!("net-dropped-explanation"),
            t!("net-dropped-next-step"),
        ),
        NetworkErrorKind::Other => (
            t!("net-other-title"),
            t!("net-other-explanation"),
            t!("net-other-next-step"),
        ),
    };
    Explanation {
        title,
        explanation,
        next_step,
        ram_policy: None,
    }
}

/// Explains an answer that could not be read (empty, not JSON, or without RequestId).
pub fn explain_unreadable(http_status: u16) -> Explanation {
    Explanation {
        title: t!("unreadable-title"),
        explanation: t!("unreadable-explanation", status = http_status),
        next_step: t!("unreadable-next-step"),
        ram_policy: None,
    }
}

/// What a user is told after cancelling a call.
pub fn explain_cancelled() -> Explanation {
    Explanation {
        title: t!("cancelled-title"),
        explanation: t!("cancelled-explanation"),
        next_step: t!("cancelled-next-step"),
        ram_policy: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLATFORM_CODES: [&str; 15] = [
        "MissingParameter",
        "InvalidAccessKeyId.NotFound",
        "InvalidAccessKeyId.Inactive",
        "SignatureDoesNotMatch",
        "IncompleteSignature",
        "InvalidTimeStamp.Expired",
        "SignatureNonceUsed",
        "InvalidSecurityToken.Expired",
        "InvalidSecurityToken.Malformed",
        "Throttling",
        "Throttling.User",
        "Forbidden.RAM",
        "NoPermission",
        "InternalError",
        "ServiceUnavailable",
    ];

    #[test]
    fn every_required_code_is_in_the_catalog() {
        let known: Vec<_> = catalog_codes().map(|(code, _)| code).collect();
        for code in PLATFORM_CODES {
            assert!(known.contains(&code), "{code}");
        }
        for op in crate::operation::Operation::every() {
            for code in op.spec().error_codes {
                assert!(known.contains(code), "{op}: {code}");
            }
        }
    }

    #[test]
    fn every_entry_reads_as_sentences() {
        let ctx = ErrorContext {
            domain_name: Some("live.example.com"),
            region_id: Some("cn-shanghai"),
            ..Default::default()
        };
        for (code, _) in catalog_codes() {
            let e = explain_service_error(code, "", &ctx);
            assert!(!e.title.is_empty());
            assert!(e.explanation.ends_with('.'), "{code}: {}", e.explanation);
            assert!(e.next_step.ends_with('.'), "{code}: {}", e.next_step);
            assert!(!e.explanation.contains('{'), "{code}");
        }
    }

    #[test]
    fn permission_errors_carry_the_ram_policy() {
        let ctx = ErrorContext {
            domain_name: Some("live.example.com"),
            account_id: Some("42"),
            ..Default::default()
        };
        for code in ["Forbidden.RAM", "NoPermission", "Forbidden.NoPermission"] {
            let e = explain_service_error(code, "", &ctx);
            let policy = e.ram_policy.expect("policy");
            assert!(policy.contains("live:AddLiveRecordVodConfig"));
            assert!(policy.contains("acs:cdn:*:42:domain/live.example.com"));
        }
    }

    #[test]
    fn real_account_errors_are_explained() {
        let ctx = ErrorContext {
            domain_name: Some("live.example.com"),
            region_id: Some("cn-beijing"),
            ..Default::default()
        };
        for code in [
            "InvalidDomain.NotFound",
            "IllegalOperation",
            "Forbidden.NoPermission",
            "MissingSecurityToken",
            "InvalidIdentity.ServiceDisabled",
            "Forbidden.RiskControl",
            "InvalidApi.NotFound",
            "InvalidSignatureMethod",
            "UnsupportedHTTPMethod",
        ] {
            let e = explain_service_error(code, "", &ctx);
            assert!(!e.title.contains(code), "{code} has no entry of its own");
        }
        let token = explain_service_error("MissingSecurityToken", "", &ctx);
        assert!(
            token.explanation.contains("not a form field"),
            "{}",
            token.explanation
        );
        let domain = explain_service_error("InvalidDomain.NotFound", "", &ctx);
        assert!(domain.explanation.contains("cn-beijing"));
        let signature = explain_service_error("SignatureDoesNotMatch", "", &ctx);
        assert!(signature.explanation.contains("proxy or gateway"));
    }

    #[test]
    fn permission_words_name_the_operation() {
        let ctx = ErrorContext {
            operation: crate::operation::Operation::Delete,
            domain_name: Some("live.example.com"),
            ..Default::default()
        };
        let e = explain_service_error("Forbidden.RAM", "", &ctx);
        assert!(
            e.explanation.contains("DeleteLiveRecordVodConfig"),
            "{}",
            e.explanation
        );
        assert!(
            e.ram_policy
                .expect("policy")
                .contains("live:DeleteLiveRecordVodConfig")
        );
    }

    #[test]
    fn unknown_code_shows_code_and_message() {
        let e = explain_service_error("Weird.Code", "Something odd", &ErrorContext::default());
        assert!(e.title.contains("Weird.Code"));
        assert!(e.explanation.contains("Something odd"));
    }

    #[test]
    fn specific_missing_code_uses_missing_parameter_entry() {
        let e = explain_service_error(
            "MissingDomainName",
            "DomainName is mandatory",
            &ErrorContext::default(),
        );
        assert_eq!(e.title, "A required field is missing");
        assert!(e.explanation.contains("DomainName is mandatory"));
    }

    #[test]
    fn config_exists_after_timeout_says_first_attempt_may_have_succeeded() {
        let ctx = ErrorContext {
            after_uncertain_attempt: true,
            ..Default::default()
        };
        let e = explain_service_error("ConfigAlreadyExists", "", &ctx);
        assert!(
            e.explanation.contains("may well have succeeded"),
            "{}",
            e.explanation
        );
    }

    #[test]
    fn network_kinds_all_explained() {
        use NetworkErrorKind::*;
        for k in [Dns, Tls, ConnectTimeout, Timeout, Refused, Dropped, Other] {
            let e = explain_network(k);
            assert!(e.explanation.ends_with('.'));
            assert!(k.code().starts_with("Network."));
        }
    }
}
