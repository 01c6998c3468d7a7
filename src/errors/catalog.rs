//! Error code → title, explanation and next step. The only place user-facing error words live.

use super::catalog_entries::CATALOG;
use super::ram_policy;

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
        format!("{}. {} {}", self.title, self.explanation, self.next_step)
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
            title: format!("The service answered {code}"),
            explanation: if message.is_empty() {
                "This program has no explanation for this error code.".to_string()
            } else {
                format!("The service said: {message}")
            },
            next_step: "Open the recommended link for Alibaba Cloud's diagnosis of this error, or look up the code in the ApsaraVideo Live error center.".to_string(),
            ram_policy: None,
        };
    };
    let mut explanation = fill(entry.explanation, ctx);
    if code.starts_with("Missing") && code != "MissingParameter" && !message.is_empty() {
        explanation = format!("{explanation} The service said: {message}");
    }
    let mut next_step = fill(entry.next_step, ctx);
    if code == "ConfigAlreadyExists" && ctx.after_uncertain_attempt {
        explanation = format!(
            "An earlier attempt of this request timed out or lost its connection; it may well have succeeded, which would explain this answer. {explanation}"
        );
        next_step = "Most likely nothing is left to do: the earlier attempt probably created the config. Check the config in the ApsaraVideo Live console.".to_string();
    }
    Explanation {
        title: entry.title.to_string(),
        explanation,
        next_step,
        ram_policy: entry
            .permission
            .then(|| ram_policy::policy_json(ctx.operation, ctx.account_id, ctx.domain_name)),
    }
}

/// Explains a failure before the service answered.
pub fn explain_network(kind: NetworkErrorKind, ctx: &ErrorContext<'_>) -> Explanation {
    let (title, explanation, next_step) = match kind {
        NetworkErrorKind::Dns => (
            "Could not find the server",
            "The endpoint's name could not be looked up. The computer may be offline, or a custom endpoint is misspelled.",
            "Check your internet connection and the endpoint, then try again.",
        ),
        NetworkErrorKind::Tls => (
            "Secure connection failed",
            "The secure (HTTPS) connection to the endpoint could not be set up. A proxy or firewall may be intercepting it, or the computer's date is wrong.",
            "Check the computer's date and any proxy or firewall, then try again.",
        ),
        NetworkErrorKind::ConnectTimeout => (
            "Could not reach the server",
            "No connection could be made to the endpoint in time.",
            "Check your internet connection, proxy and firewall, then try again.",
        ),
        NetworkErrorKind::Timeout => (
            "No answer in time",
            "The server did not answer before the timeout. The request may or may not have been carried out.",
            "Check the history or the console before retrying. If you retry and get \"config already exists\", the first attempt worked.",
        ),
        NetworkErrorKind::Refused => (
            "Connection refused",
            "Nothing accepts connections at the endpoint's address. If it is the sandbox, it is not running.",
            "Start the sandbox or check the endpoint address, then try again.",
        ),
        NetworkErrorKind::Dropped => (
            "Connection lost",
            "The connection closed before the answer was complete. The request may or may not have been carried out.",
            "Check the history or the console, then try again.",
        ),
        NetworkErrorKind::Other => (
            "Network error",
            "The request could not be sent because of a network problem.",
            "Check your connection and try again.",
        ),
    };
    Explanation {
        title: title.to_string(),
        explanation: fill(explanation, ctx),
        next_step: next_step.to_string(),
        ram_policy: None,
    }
}

/// Explains an answer that could not be read (empty, not JSON, or without RequestId).
pub fn explain_unreadable(http_status: u16) -> Explanation {
    Explanation {
        title: "Unreadable answer".to_string(),
        explanation: format!(
            "The server answered (HTTP {http_status}) but not in the form ApsaraVideo Live uses. A proxy, captive portal or wrong endpoint may be in the way."
        ),
        next_step:
            "Open the raw response to see what came back, check the endpoint, and try again."
                .to_string(),
        ram_policy: None,
    }
}

/// What a user is told after cancelling a call.
pub fn explain_cancelled() -> Explanation {
    Explanation {
        title: "Cancelled".to_string(),
        explanation: "You cancelled the request. If it had already reached the service, it may still have been carried out.".to_string(),
        next_step: "Submit again when ready; an answer of \"config already exists\" means the cancelled one went through.".to_string(),
        ram_policy: None,
    }
}

fn fill(template: &str, ctx: &ErrorContext<'_>) -> String {
    template
        .replace("{action}", ctx.operation.action())
        .replace("{domain}", ctx.domain_name.unwrap_or("The domain"))
        .replace("{region}", ctx.region_id.unwrap_or("the request's region"))
}

/// Every code the catalog explains, for tests and documentation.
pub fn known_codes() -> impl Iterator<Item = &'static str> {
    CATALOG.iter().map(|e| e.code)
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
        let known: Vec<_> = known_codes().collect();
        for code in PLATFORM_CODES {
            assert!(known.contains(&code), "{code}");
        }
        for op in crate::operation::Operation::ALL {
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
        for code in known_codes() {
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
            let e = explain_network(k, &ErrorContext::default());
            assert!(e.explanation.ends_with('.'));
            assert!(k.code().starts_with("Network."));
        }
    }
}
