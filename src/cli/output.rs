//! How the command line prints findings and outcomes, as text for people or JSON for scripts.

use crate::client::{Outcome, PreparedRequest};
use crate::operation::{Checked, Finding, FindingCode, Severity};
use crate::worker::CallReport;
use serde_json::{Value, json};

/// One finding as JSON.
fn finding_json(f: &Finding) -> Value {
    json!({
        "field": f.field.api_name(),
        "severity": match f.severity { Severity::Error => "error", Severity::Warning => "warning" },
        "message": f.message(),
    })
}

/// Findings as a JSON array.
pub fn findings_json(checked: &Checked) -> Value {
    Value::Array(checked.findings.iter().map(finding_json).collect())
}

/// Findings as lines of text, with a ready `--set` fix for a pasted stream URL.
pub fn findings_text(checked: &Checked) -> String {
    let mut out = String::new();
    for f in &checked.findings {
        let tag = match f.severity {
            Severity::Error => "error  ",
            Severity::Warning => "warning",
        };
        out.push_str(&format!("{tag} {}: {}\n", f.field.api_name(), f.message()));
        if let FindingCode::DomainIsUrl { host, app, stream } = &f.code {
            let mut fix = format!("        fix: --set DomainName={host}");
            if let Some(app) = app {
                fix.push_str(&format!(" --set AppName={app}"));
            }
            if let Some(stream) = stream {
                fix.push_str(&format!(" --set StreamName={stream}"));
            }
            out.push_str(&fix);
            out.push('\n');
        }
    }
    let errors = checked.error_count();
    let warnings = checked.findings.len() - errors;
    out.push_str(&match (errors, warnings) {
        (0, 0) => "OK: the request can be sent.\n".to_string(),
        (0, w) => format!("OK with {w} warning(s): the request can be sent.\n"),
        (e, w) => format!(
            "{e} error(s), {w} warning(s): the request cannot be sent until the errors are fixed.\n"
        ),
    });
    out
}

/// Where requests go, in words: makes a sandbox impossible to mistake for the cloud.
pub fn destination(endpoint_url: &str, sandbox: bool, region: Option<&str>) -> String {
    if sandbox {
        format!("{endpoint_url} (local sandbox or test server: nothing is sent to Alibaba Cloud)")
    } else {
        format!(
            "{endpoint_url} (Alibaba Cloud, region {})",
            region.unwrap_or(crate::operation::regions::DEFAULT_REGION)
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
        " [SANDBOX: not a real result]"
    } else {
        ""
    };
    match (&result.outcome, &report.explanation) {
        (Outcome::Success { request_id, .. }, _) => {
            out.push_str(&format!(
                "Success{sandbox_note}: {}\n",
                report.request.success_sentence()
            ));
            out.push_str(&format!("  RequestId: {request_id}\n"));
        }
        (other, Some(e)) => {
            let code = other.error_code().unwrap_or_default();
            let status = other
                .http_status()
                .map(|s| format!(", HTTP {s}"))
                .unwrap_or_default();
            out.push_str(&format!(
                "Failed{sandbox_note}: {} ({code}{status})\n",
                e.title
            ));
            out.push_str(&format!(
                "  {}\n  Next step: {}\n",
                e.explanation, e.next_step
            ));
            if let Outcome::ServiceError(se) = other {
                if !se.message.is_empty() {
                    out.push_str(&format!("  Service message: {}\n", se.message));
                }
                if let Some(c) = result.signature_comparison() {
                    out.push_str(&format!("  {}\n", c.summary()));
                    for line in c.marked().lines() {
                        out.push_str(&format!("    {line}\n"));
                    }
                }
                if let Some(id) = &se.request_id {
                    out.push_str(&format!("  RequestId: {id}\n"));
                }
                if let Some(link) = &se.recommend {
                    out.push_str(&format!("  More help: {link}\n"));
                }
            }
            if let Some(policy) = &e.ram_policy {
                out.push_str("  RAM policy you need:\n");
                for line in policy.lines() {
                    out.push_str(&format!("    {line}\n"));
                }
            }
        }
        (_, None) => {}
    }
    out.push_str(&format!(
        "  Endpoint: {}\n",
        destination(
            &report.endpoint_url,
            report.sandbox,
            report.request.region_id()
        )
    ));
    out.push_str(&format!(
        "  Took {} ms ({} attempt(s))\n",
        result.elapsed_ms, result.attempts
    ));
    out
}

/// A dry run's signed request as text.
pub fn prepared_text(p: &PreparedRequest) -> String {
    let mut out = format!("{} {}\n", p.method, p.url);
    for (name, value) in &p.headers {
        out.push_str(&format!("{name}: {value}\n"));
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
