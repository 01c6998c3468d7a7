//! How the command line prints findings and outcomes, as text for people or JSON for scripts.

use crate::client::{Outcome, PreparedRequest};
use crate::operation::{Checked, Finding, FindingCode, Severity};
use crate::t;
use crate::worker::CallReport;
use serde_json::{Value, json};

/// One finding as JSON.
fn finding_json(f: &Finding) -> Value {
    json!({
        "field": f.field.api_name(),
        "severity": match f.severity { Severity::Error => "error", Severity::Warning => "warning" },
        "code": f.code.name(),
        "message": f.message(),
    })
}

/// Findings as a JSON array (problems with other operations' fields are errors too).
pub fn findings_json(checked: &Checked) -> Value {
    let problems = checked.problems.iter().map(|p| {
        json!({
            "field": p.name,
            "severity": "error",
            "code": p.code_name(),
            "message": p.message(),
        })
    });
    Value::Array(
        checked
            .findings
            .iter()
            .map(finding_json)
            .chain(problems)
            .collect(),
    )
}

/// Says which lists of the account could not be read (the check said nothing about them).
pub fn print_account_problems(problems: &[crate::i18n::Said]) {
    for problem in problems {
        eprintln!(
            "{}",
            t!("cli-out-account-not-checked", problem = problem.to_string())
        );
    }
}

/// Findings as lines of text, with a ready `--set` fix for a pasted stream URL.
pub fn findings_text(checked: &Checked) -> String {
    let mut out = String::new();
    for f in &checked.findings {
        let tag = match f.severity {
            Severity::Error => t!("cli-out-error"),
            Severity::Warning => t!("cli-out-warning"),
        };
        out.push_str(&format!(
            "{}\n",
            t!(
                "cli-out-n",
                tag = pad(&tag, 7),
                api_name = f.field.api_name(),
                message = f.message()
            )
        ));
        if let FindingCode::DomainIsUrl { host, app, stream } = &f.code {
            let mut fix = t!("cli-out-fix-set-domainname", host = host);
            if let Some(app) = app {
                fix.push_str(&t!("cli-out-set-appname", app = app));
            }
            if let Some(stream) = stream {
                fix.push_str(&t!("cli-out-set-streamname", stream = stream));
            }
            out.push_str(&fix);
            out.push('\n');
        }
    }
    for p in &checked.problems {
        out.push_str(&format!(
            "{}\n",
            t!(
                "cli-out-n",
                tag = pad(&t!("cli-out-error"), 7),
                api_name = p.name,
                message = p.message()
            )
        ));
    }
    let errors = checked.error_count();
    let warnings = checked.findings.iter().filter(|f| !f.is_error()).count();
    out.push_str(&match (errors, warnings) {
        (0, 0) => format!("{}\n", t!("cli-out-ok-the-request-can-be")).to_string(),
        (0, w) => format!("{}\n", t!("cli-out-ok-with-warning-s-the", w = w)),
        (e, w) => format!("{}\n", t!("cli-out-error-s-warning-s-the", e = e, w = w)),
    });
    out
}

/// Where requests go, in words: makes a sandbox impossible to mistake for the cloud.
pub fn destination(endpoint_url: &str, sandbox: bool, region: Option<&str>) -> String {
    if sandbox {
        t!(
            "cli-out-local-sandbox-or-test-server",
            endpoint_url = endpoint_url
        )
    } else {
        t!(
            "cli-out-alibaba-cloud-region",
            endpoint_url = endpoint_url,
            region = region.unwrap_or(crate::operation::regions::DEFAULT_REGION)
        )
    }
}

/// The outcome as one JSON object for scripts.
pub fn outcome_json(report: &CallReport) -> Value {
    let result = &report.result;
    let explanation = report.explanation.as_ref();
    let (message, recommend) = match &result.outcome {
        Outcome::ServiceError(e) => (Some(e.message.clone()), e.recommend.clone()),
        Outcome::Network { detail, .. } => (Some(detail.clone()), None),
        _ => (None, None),
    };
    let mut doc = json!({
        "ok": result.outcome.is_success(),
        "operation": report.request.operation(),
        "request_id": result.outcome.request_id(),
        "http_status": result.outcome.http_status(),
        "code": result.outcome.error_code(),
        "message": message,
        "title": explanation.map(|e| e.title.clone()),
        "explanation": explanation.map(|e| e.explanation.clone()).unwrap_or_else(|| report.request.success_sentence()),
        "next_step": explanation.map(|e| e.next_step.clone()),
        "ram_policy": explanation.and_then(|e| e.ram_policy.clone()),
        "recommend": recommend,
        "elapsed_ms": result.elapsed_ms,
        "attempts": result.attempts,
        "sandbox": result.from_sandbox,
        "endpoint": report.endpoint_url,
        "profile": report.profile,
        "history_id": report.history_id,
        "raw_response": result.raw_body,
    });
    if let Some(deleted) = &report.deleted {
        doc["deleted_config"] = json!(deleted);
    }
    doc
}

/// The outcome as text for people.
pub fn outcome_text(report: &CallReport) -> String {
    let result = &report.result;
    let mut out = String::new();
    let sandbox_note = if result.from_sandbox {
        t!("cli-out-sandbox-not-a-real-result")
    } else {
        String::new()
    };
    match (&result.outcome, &report.explanation) {
        (Outcome::Success { request_id, .. }, _) => {
            out.push_str(&format!(
                "{}\n",
                t!(
                    "cli-out-success-n",
                    sandbox_note = sandbox_note,
                    success_sentence = report.request.success_sentence()
                )
            ));
            out.push_str(&format!(
                "{}\n",
                t!("cli-out-requestid-n", request_id = request_id)
            ));
        }
        (other, Some(e)) => {
            let code = other.error_code().unwrap_or_default();
            let status = other
                .http_status()
                .map(|s| t!("cli-out-http", s = s))
                .unwrap_or_default();
            out.push_str(&format!(
                "{}\n",
                t!(
                    "cli-out-failed-n",
                    sandbox_note = sandbox_note,
                    title = e.title,
                    code = code,
                    status = status
                )
            ));
            out.push_str(&format!(
                "{}\n",
                t!(
                    "cli-out-n-next-step-n",
                    explanation = e.explanation,
                    next_step = e.next_step
                )
            ));
            if let Outcome::ServiceError(se) = other {
                if !se.message.is_empty() {
                    out.push_str(&format!(
                        "{}\n",
                        t!("cli-out-service-message-n", message = se.message)
                    ));
                }
                if let Some(c) = result.signature_comparison() {
                    out.push_str(&format!("  {}\n", c.summary()));
                    for line in c.marked().lines() {
                        out.push_str(&format!("{}\n", t!("cli-out-n-2", line = line)));
                    }
                }
                if let Some(id) = &se.request_id {
                    out.push_str(&format!("{}\n", t!("cli-out-requestid-n-2", id = id)));
                }
                if let Some(link) = &se.recommend {
                    out.push_str(&format!("{}\n", t!("cli-out-more-help-n", link = link)));
                }
            }
            if let Some(policy) = &e.ram_policy {
                out.push_str(&format!("{}\n", t!("cli-out-ram-policy-you-need-n")));
                for line in policy.lines() {
                    out.push_str(&format!("{}\n", t!("cli-out-n-2", line = line)));
                }
            }
        }
        (_, None) => {}
    }
    out.push_str(&format!(
        "{}\n",
        t!(
            "cli-out-endpoint-n",
            destination = destination(
                &report.endpoint_url,
                report.sandbox,
                report.request.region_id()
            )
        )
    ));
    out.push_str(&format!(
        "{}\n",
        t!(
            "cli-out-took-ms-attempt-s-n",
            elapsed_ms = result.elapsed_ms,
            attempts = result.attempts
        )
    ));
    out
}

/// A dry run's signed request as text.
pub fn prepared_text(p: &PreparedRequest) -> String {
    let mut out = format!("{} {}\n", p.method, p.url);
    for (name, value) in &p.headers {
        out.push_str(&format!(
            "{}\n",
            t!("cli-out-n-4", name = name, value = value)
        ));
    }
    out
}

/// A dry run's signed request as JSON: method, url, headers (object), body.
pub fn prepared_json(p: &PreparedRequest) -> Value {
    let headers: serde_json::Map<String, Value> = p
        .headers
        .iter()
        .map(|(n, v)| (n.clone(), Value::String(v.clone())))
        .collect();
    json!({ "method": p.method, "url": p.url, "headers": headers, "body": p.body })
}

/// How many terminal columns `text` takes: CJK and full-width characters take two.
pub fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// `text` followed by spaces up to `columns` terminal columns (never cut), made
/// [`printable`] first.
pub fn pad(text: &str, columns: usize) -> String {
    let text = printable(text);
    let width = display_width(&text);
    format!("{text}{}", " ".repeat(columns.saturating_sub(width)))
}

/// Whether `c` would act on the terminal or hide itself instead of showing: control
/// characters (escape sequences start with one), bidirectional overrides and marks that
/// reorder the rest of the line, and zero-width characters.
fn acts_unseen(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// A name from the service, a file or the keyring, safe to print on a terminal: each
/// character that would act unseen (an escape sequence, a right-to-left override, a
/// zero-width space) is shown as its code, `<U+202E>`, so the line reads as it is.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(acts_unseen) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| {
            if acts_unseen(c) {
                format!("<U+{:04X}>", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_print_as_they_are_not_as_the_terminal_would_act_on_them() {
        assert_eq!(printable("频道6"), "频道6");
        assert_eq!(printable("a\u{1b}[2Jb"), "a<U+001B>[2Jb");
        assert_eq!(printable("live\u{202E}gpj.exe"), "live<U+202E>gpj.exe");
        assert_eq!(
            printable("\u{FEFF}LTAI\u{200B}5t"),
            "<U+FEFF>LTAI<U+200B>5t"
        );
        assert_eq!(printable("line\nbreak"), "line<U+000A>break");
        // The table keeps its columns with the codes shown.
        assert_eq!(pad("a\u{1b}b", 11), "a<U+001B>b ");
        assert_eq!(pad("频道", 6), "频道  ");
    }
}
