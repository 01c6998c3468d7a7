//! The overview in the formats programs read: the `status --json` document (its keys and state
//! words are stable, whatever the language) and the Prometheus text format, for
//! node_exporter's textfile collector.

use super::recording_state::{ConfigStatus, Overview, State, parse_time};
use chrono::{DateTime, Utc};
use serde_json::json;

/// The `--json` document.
pub fn as_json(
    o: &Overview,
    checked_at: DateTime<Utc>,
    domains: usize,
    calls: u32,
) -> serde_json::Value {
    let configs: Vec<serde_json::Value> = o
        .configs
        .iter()
        .map(|c| {
            json!({
                "DomainName": c.config.domain_name,
                "AppName": c.config.app_name,
                "StreamName": c.config.stream_name,
                "state": c.state.as_str(),
                "last_recording": c.last_recording,
                "live": c.live,
                "reason": c.reason,
            })
        })
        .collect();
    let gaps: Vec<serde_json::Value> = o
        .gaps
        .iter()
        .map(|g| {
            json!({
                "DomainName": g.stream.domain,
                "AppName": g.stream.app,
                "StreamName": g.stream.stream,
                "recorded_to_oss": g.recorded_to_oss,
            })
        })
        .collect();
    json!({
        "ok": !o.has_problem(),
        "checked_at": checked_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        "domains": domains,
        "calls": calls,
        "configs": configs,
        "gaps": gaps,
    })
}

/// A Prometheus label value, escaped as the text format asks.
fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The Prometheus text format: configs by state, gaps, each config's state and the seconds
/// since its last recording.
pub fn prometheus(o: &Overview, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    out.push_str("# HELP live_record_vod_configs Record-to-VOD configs by state.\n");
    out.push_str("# TYPE live_record_vod_configs gauge\n");
    for state in State::ALL {
        out.push_str(&format!(
            "live_record_vod_configs{{state=\"{}\"}} {}\n",
            state.as_str(),
            o.count(state)
        ));
    }
    out.push_str("# HELP live_record_vod_gaps Live streams that no record-to-VOD config covers.\n");
    out.push_str("# TYPE live_record_vod_gaps gauge\n");
    out.push_str(&format!("live_record_vod_gaps {}\n", o.gaps.len()));
    out.push_str("# HELP live_record_vod_config_state 1 for each config's state.\n");
    out.push_str("# TYPE live_record_vod_config_state gauge\n");
    let labels = |c: &ConfigStatus| {
        format!(
            "domain=\"{}\",app=\"{}\",stream=\"{}\"",
            label(&c.config.domain_name),
            label(&c.config.app_name),
            label(&c.config.stream_name)
        )
    };
    for c in &o.configs {
        out.push_str(&format!(
            "live_record_vod_config_state{{{},state=\"{}\"}} 1\n",
            labels(c),
            c.state.as_str()
        ));
    }
    out.push_str(
        "# HELP live_record_vod_seconds_since_last_recording Seconds since the config's newest recording ended.\n",
    );
    out.push_str("# TYPE live_record_vod_seconds_since_last_recording gauge\n");
    for c in &o.configs {
        let Some(end) = c.last_recording.as_ref().and_then(|r| parse_time(&r.end)) else {
            continue;
        };
        out.push_str(&format!(
            "live_record_vod_seconds_since_last_recording{{{}}} {}\n",
            labels(c),
            (now - end).num_seconds().max(0)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }

    #[test]
    fn an_empty_account_is_ok_with_zero_metrics() {
        let now = parse_time("2026-12-01T08:00:00Z").expect("time");
        let doc = as_json(&Overview::default(), now, 0, 1);
        assert_eq!(doc["ok"], true);
        assert_eq!(doc["checked_at"], "2026-12-01T08:00:00Z");
        let text = prometheus(&Overview::default(), now);
        assert!(text.contains("live_record_vod_configs{state=\"recording\"} 0\n"));
        assert!(text.contains("live_record_vod_gaps 0\n"));
    }
}
