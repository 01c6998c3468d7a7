//! Error code → title, explanation and next step. The only place user-facing error words live.

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

struct Entry {
    code: &'static str,
    title: &'static str,
    explanation: &'static str,
    next_step: &'static str,
    permission: bool,
}

const fn entry(
    code: &'static str,
    title: &'static str,
    explanation: &'static str,
    next_step: &'static str,
) -> Entry {
    Entry {
        code,
        title,
        explanation,
        next_step,
        permission: false,
    }
}

const fn permission(code: &'static str, title: &'static str, explanation: &'static str) -> Entry {
    Entry {
        code,
        title,
        explanation,
        next_step: "Ask your Alibaba Cloud administrator to attach the RAM policy below to your RAM user or role, then try again.",
        permission: true,
    }
}

/// Every code the program explains. `{domain}` and `{region}` are filled from the context.
const CATALOG: &[Entry] = &[
    // The operation's own errors (reference page).
    entry(
        "ConfigAlreadyExists",
        "A recording config already exists",
        "{domain} already has a record-to-VOD config for this app and stream, so nothing was changed.",
        "Nothing to do if the existing config is what you want. To change it, show the existing config and update it instead, or use a different stream name.",
    ),
    entry(
        "InvalidConfig.NotFound",
        "There is no such recording config",
        "{domain} has no record-to-VOD config for this app and stream, so there was nothing to change or delete.",
        "List the domain's configs to see which exist; check the app and stream names (an empty stream name means the config for every stream of the app).",
    ),
    entry(
        "CommomLiveRcordConfigExisted",
        "A general recording config already exists",
        "{domain} already has a general live recording config for this app (recording to OSS), and it conflicts with recording to VOD.",
        "Remove the existing recording config for this app in the ApsaraVideo Live console (Feature Management > Recording), then try again.",
    ),
    entry(
        "InvalidAutoCompose.Malformed",
        "Auto compose has a wrong value",
        "The service only accepts ON for Auto compose, or no value at all.",
        "Set Auto compose to ON, or leave it empty to turn it off.",
    ),
    entry(
        "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
        "Auto compose and its group must go together",
        "Auto compose and the compose transcoding group ID must both be set or both be empty.",
        "Either turn Auto compose on and enter a compose transcoding group ID, or clear both.",
    ),
    entry(
        "InternalError",
        "The service had an internal error",
        "ApsaraVideo Live failed while processing the request. This is a problem on Alibaba Cloud's side, not in your input.",
        "Wait a minute and try again. If it keeps happening, open a ticket with Alibaba Cloud and quote the RequestId.",
    ),
    entry(
        "InvalidRegion.Conflict",
        "Storage and region do not match",
        "The storage location is in a different region from the request's region ({region}).",
        "Use a storage location in the same region as the request, or change the region to the storage's region.",
    ),
    entry(
        "InvalidStorage.NotFound",
        "Storage location not found",
        "The service does not know the storage location you entered in {region}.",
        "Check the storage address in the ApsaraVideo VOD console (Configuration Management > Media Asset Management > Storage) and copy it exactly.",
    ),
    entry(
        "InvalidTemplateGroupId.NotFound",
        "Transcoding template group not found",
        "The VOD transcoding group ID, or the compose transcoding group ID, does not exist in {region}.",
        "Copy the group ID from the ApsaraVideo VOD console (Configuration Management > Media Processing > Transcoding Template Groups), or use VOD_NO_TRANSCODE.",
    ),
    // Platform-wide errors any signed call can meet.
    entry(
        "MissingParameter",
        "A required field is missing",
        "The service did not receive a field it needs.",
        "Fill in every required field (domain, app name, VOD transcoding group ID) and try again.",
    ),
    entry(
        "InvalidParameter",
        "A field has a value the service does not accept",
        "One of the fields has a value in a form the service rejects.",
        "Check the message below for the field's name, correct it, and try again.",
    ),
    entry(
        "InvalidAccessKeyId.NotFound",
        "AccessKey ID not recognised",
        "Alibaba Cloud does not know this AccessKey ID. It may be mistyped, deleted, or from another site (China vs. international).",
        "Copy the AccessKey ID again from the RAM console (AccessKey management) and update your profile.",
    ),
    entry(
        "InvalidAccessKeyId.Inactive",
        "AccessKey is disabled",
        "This AccessKey exists but has been disabled in the RAM console.",
        "Enable the AccessKey in the RAM console, or create a new one and update your profile.",
    ),
    entry(
        "SignatureDoesNotMatch",
        "AccessKey secret does not match",
        "The service computed a different signature. Usually the secret was mistyped or belongs to another key; sometimes a proxy or gateway between you and Alibaba Cloud rewrote the request (its query, headers or host) after it was signed.",
        "Copy the AccessKey secret again (without spaces) and update your profile; if you lost it, create a new AccessKey. If the secret is right, compare the service's string to sign with ours below, and send without the proxy or gateway.",
    ),
    entry(
        "IncompleteSignature",
        "The request's signature is incomplete",
        "The signature information sent with the request was missing or malformed.",
        "Try again. If it keeps happening with the V3 signature, switch the signature method to V1 in the advanced settings and report the problem.",
    ),
    entry(
        "InvalidTimeStamp.Expired",
        "Your computer's clock is off",
        "The request's time differs from Alibaba Cloud's by more than 15 minutes, so it was refused as stale.",
        "Set your computer's clock to update automatically (network time), then try again.",
    ),
    entry(
        "InvalidTimeStamp.Format",
        "The request's time is malformed",
        "The service could not read the time sent with the request.",
        "Try again. If it keeps happening, check your computer's clock and time zone settings.",
    ),
    entry(
        "SignatureNonceUsed",
        "The request was sent twice",
        "The service saw this exact request before (its one-time number was reused), so it refused the copy.",
        "Submit again: each new submission gets a fresh one-time number. Check the history to see if the earlier one succeeded.",
    ),
    entry(
        "InvalidSecurityToken.Expired",
        "Temporary credentials expired",
        "The STS security token of this profile has expired.",
        "Get a new STS token (AccessKey ID, secret and token together) and update the profile.",
    ),
    entry(
        "InvalidSecurityToken.Malformed",
        "Security token not valid",
        "The STS security token is malformed or does not belong to this AccessKey ID.",
        "Copy the AccessKey ID, secret and security token again, all three from the same AssumeRole answer.",
    ),
    entry(
        "InvalidSecurityToken.MismatchWithAccessKey",
        "Security token belongs to another key",
        "The STS security token was issued with a different AccessKey ID.",
        "Copy the AccessKey ID, secret and security token again, all three from the same AssumeRole answer.",
    ),
    entry(
        "Throttling",
        "Too many requests",
        "The service is limiting how fast requests are accepted right now.",
        "Wait a minute and try again. The limit is 1,000 calls per minute per account.",
    ),
    entry(
        "Throttling.User",
        "Too many requests from your account",
        "Your account sent more than 1,000 calls per minute to this operation, so the service paused accepting them.",
        "Wait a minute and try again. Other programs using the same account count toward the limit too.",
    ),
    entry(
        "Throttling.Api",
        "The operation is busy",
        "Too many calls to this operation across Alibaba Cloud right now.",
        "Wait a minute and try again.",
    ),
    permission(
        "Forbidden.RAM",
        "Permission needed",
        "Your RAM user or role is not allowed to call {action} for {domain}.",
    ),
    permission(
        "NoPermission",
        "Permission needed",
        "Your RAM user or role is not allowed to call {action} for {domain}.",
    ),
    permission(
        "Forbidden.NoPermission",
        "Permission needed",
        "Your RAM user or role is not allowed to call {action} for {domain}.",
    ),
    entry(
        "InvalidDomain.NotFound",
        "The streaming domain was not found",
        "{domain} is not a streaming domain of this account, or it is not in {region}.",
        "Check the domain's spelling, that it was added in the ApsaraVideo Live console (Domain Names), and that the region matches the domain's live center.",
    ),
    entry(
        "IllegalOperation",
        "The service refused this operation",
        "The service does not allow this operation on {domain} in its current state, for example while the domain is being configured, disabled or locked.",
        "Check the domain's status in the ApsaraVideo Live console; if it is offline or being configured, wait until it is online, then try again.",
    ),
    entry(
        "MissingSecurityToken",
        "The STS security token is missing",
        "This AccessKey ID is a temporary (STS) one, and those need their security token with every request. The token is part of the credentials, not a form field.",
        "Edit the profile and paste the security token that came with this STS AccessKey (or set ALIBABA_CLOUD_SECURITY_TOKEN); if it has expired, get new STS credentials.",
    ),
    entry(
        "InvalidIdentity.ServiceDisabled",
        "The account cannot use this service",
        "Alibaba Cloud has disabled ApsaraVideo Live for this account, for example for an overdue payment or an unfinished real-name verification.",
        "Sign in to the Alibaba Cloud console as the account owner, settle any overdue bill and complete the verification, then try again.",
    ),
    entry(
        "Forbidden.RiskControl",
        "Stopped by Alibaba Cloud's risk control",
        "Alibaba Cloud's risk control blocked this request from this account or network.",
        "Try again later from your usual network; if it keeps happening, open a ticket with Alibaba Cloud support and give the RequestId.",
    ),
    entry(
        "InvalidApi.NotFound",
        "The service does not know this API",
        "The endpoint did not recognise the operation; the request may have gone to the wrong product or region endpoint.",
        "Check the region and any custom endpoint: it should be an ApsaraVideo Live endpoint such as live.aliyuncs.com.",
    ),
    entry(
        "InvalidSignatureMethod",
        "The signature method is not accepted",
        "The service does not accept the signature method this request used.",
        "Switch the signature method (Advanced) to V3 (ACS3-HMAC-SHA256), the recommended one, and send again.",
    ),
    entry(
        "UnsupportedHTTPMethod",
        "The HTTP method is not accepted",
        "The service refused the request's HTTP method; a proxy or gateway may have changed it.",
        "Send without the proxy or gateway, or ask its administrator to pass POST requests through unchanged.",
    ),
    permission(
        "Forbidden",
        "Permission needed",
        "The service refused the call for this identity on {domain}.",
    ),
    entry(
        "ServiceUnavailable",
        "The service is unavailable",
        "ApsaraVideo Live is temporarily unavailable.",
        "Wait a few minutes and try again. Check the Alibaba Cloud status page if it lasts.",
    ),
    entry(
        "InvalidAction.NotFound",
        "Operation not found at this endpoint",
        "The endpoint does not offer AddLiveRecordVodConfig. The endpoint or region may be wrong.",
        "Check the region, and the custom endpoint if you set one.",
    ),
    entry(
        "InvalidVersion",
        "API version not supported",
        "The endpoint does not support API version 2016-11-01.",
        "Check the custom endpoint; it should be an ApsaraVideo Live endpoint.",
    ),
    entry(
        "Forbidden.AccountNotActivated",
        "ApsaraVideo Live is not activated",
        "This account has not activated ApsaraVideo Live, or the live-to-VOD feature is not available to it (Finance Cloud accounts do not support it).",
        "Activate ApsaraVideo Live and ApsaraVideo VOD in the console, in the region of your streaming domain.",
    ),
];

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
