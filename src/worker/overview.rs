//! Reads what "is everything recording?" needs of the account, domain by domain: the configs
//! (every page), the streams live now (every page), the newest recordings, and for a domain
//! with a live stream no config covers, its general (OSS) recording configs. Every call is an
//! ordinary recorded call at its operation's rate; the join is `recording_state`'s.

use super::account::order_like;
use super::pipeline::{CallOrder, Pipeline};
use crate::i18n::Said;
use crate::operation::account_facts::AccountFacts;
use crate::operation::catalog::live::{
    DESCRIBE_LIVE_RECORD_CONFIG, DESCRIBE_LIVE_RECORD_VOD_CONFIGS,
    DESCRIBE_LIVE_STREAMS_ONLINE_LIST,
};
use crate::operation::catalog::paging::{list_at, text_at as text};
use crate::operation::catalog::vod::LIST_LIVE_RECORD_VIDEO;
use crate::operation::configs::{ConfigPage, RecordVodConfig};
use crate::operation::recording_state::{
    self, DomainReading, LiveStream, Overview, Recording, covering, parse_time,
};
use crate::operation::{Field, FormDraft};
use crate::storage::account_cache::AccountCache;
use chrono::{DateTime, Utc};
use serde_json::Value;
use tokio_util::sync::CancellationToken;

/// How many of a domain's newest recordings are read in one call.
pub const RECORDINGS_PER_DOMAIN: u64 = 100;

/// The overview of the account, and how it was read.
#[derive(Debug, Clone)]
pub struct OverviewReading {
    /// Each config's state, and the gaps.
    pub overview: Overview,
    /// The service's time when it was read (the sandbox's own clock for the sandbox).
    pub checked_at: DateTime<Utc>,
    /// The streaming domains read.
    pub domains: usize,
    /// What could not be read, and why.
    pub problems: Vec<Said>,
    /// How many calls it took.
    pub calls: u32,
}

/// The sandbox's clock, when the answer is the sandbox's.
fn sandbox_now(answer: &Value) -> Option<DateTime<Utc>> {
    parse_time(answer.get("SandboxNow")?.as_str()?)
}

fn live_in(answer: &Value, domain: &str) -> Vec<LiveStream> {
    list_at(answer, DESCRIBE_LIVE_STREAMS_ONLINE_LIST.list_path)
        .iter()
        .map(|s| LiveStream {
            domain: domain.to_string(),
            app: text(s, "AppName"),
            stream: text(s, "StreamName"),
            since: parse_time(&text(s, "PublishTime")),
        })
        .filter(|s| !s.app.is_empty())
        .collect()
}

fn recordings_in(answer: &Value) -> Vec<Recording> {
    list_at(answer, LIST_LIVE_RECORD_VIDEO.list_path)
        .iter()
        .map(|r| Recording {
            domain: text(r, "DomainName"),
            app: text(r, "AppName"),
            stream: text(r, "StreamName"),
            video_id: r
                .get("Video")
                .map(|v| text(v, "VideoId"))
                .unwrap_or_default(),
            start: text(r, "RecordStartTime"),
            end: text(r, "RecordEndTime"),
        })
        .collect()
}

/// What one overview read carries from call to call: how to sign, the calls made, and the
/// sandbox's clock when it says it.
struct Reader<'a> {
    pipeline: &'a Pipeline,
    like: &'a CallOrder,
    cancel: &'a CancellationToken,
    calls: u32,
    clock: Option<DateTime<Utc>>,
}

impl Reader<'_> {
    /// One page (or every page, `all`) of `action`'s list for `fields`.
    async fn read(&mut self, action: &str, fields: &FormDraft, all: bool) -> Result<Value, String> {
        let order = order_like(action, fields, self.like).map_err(|e| e.message())?;
        let answer: Value = if all {
            let pages = self
                .pipeline
                .call_all(&order, self.cancel)
                .await
                .map_err(|e| e.message())?;
            self.calls += pages.pages;
            if pages.end == super::pages::PagesEnd::Failed {
                return Err(super::account::failure(&pages.last).to_string());
            }
            pages.answer
        } else {
            let report = self
                .pipeline
                .call(&order, self.cancel)
                .await
                .map_err(|e| e.message())?;
            self.calls += 1;
            if !report.result.outcome.is_success() {
                return Err(super::account::failure(&report).to_string());
            }
            serde_json::from_str(&report.result.raw_body).map_err(|e| e.to_string())?
        };
        self.clock = sandbox_now(&answer).or(self.clock);
        Ok(answer)
    }

    /// Reads one streaming domain for the overview.
    async fn domain(&mut self, facts: &AccountFacts, domain: &str, region: &str) -> DomainReading {
        let mut fields = FormDraft::default();
        fields.set(Field::DomainName, domain);
        let configs = self
            .read(DESCRIBE_LIVE_RECORD_VOD_CONFIGS.action, &fields, true)
            .await
            .map(|answer| {
                ConfigPage::parse(&answer.to_string())
                    .map(|p| p.configs)
                    .unwrap_or_default()
            });
        let live = self
            .read(DESCRIBE_LIVE_STREAMS_ONLINE_LIST.action, &fields, true)
            .await
            .map(|answer| live_in(&answer, domain));
        let without_vod = facts.lacks_vod(region);
        let mut reading = DomainReading {
            domain: domain.to_string(),
            region: region.to_string(),
            configs,
            live,
            recordings: Ok(Vec::new()),
            without_vod,
            oss_apps: Vec::new(),
        };
        let (Ok(configs), Ok(live)) = (&reading.configs, &reading.live) else {
            return reading;
        };
        if !configs.is_empty() && !without_vod {
            reading.recordings = self.newest_recordings(&fields, region, configs, live).await;
        }
        let gaps = live
            .iter()
            .any(|s| covering(configs, &s.app, &s.stream).is_none());
        if gaps {
            let oss = DESCRIBE_LIVE_RECORD_CONFIG;
            if let Ok(answer) = self.read(oss.action, &fields, true).await {
                reading.oss_apps = list_at(&answer, oss.list_path)
                    .iter()
                    .map(|c| text(c, "AppName"))
                    .collect();
            }
        }
        reading
    }

    /// The domain's newest recordings (one page), and for each live stream a config covers
    /// whose recordings that page does not hold, that stream's newest.
    async fn newest_recordings(
        &mut self,
        domain_fields: &FormDraft,
        region: &str,
        configs: &[RecordVodConfig],
        live: &[LiveStream],
    ) -> Result<Vec<Recording>, String> {
        let mut fields = domain_fields.clone();
        fields.set(Field::RegionId, region);
        fields.set_param("SortBy", "CreationTime:Desc");
        fields.set_param("PageSize", RECORDINGS_PER_DOMAIN.to_string());
        let action = LIST_LIVE_RECORD_VIDEO.action;
        let mut recordings = recordings_in(&self.read(action, &fields, false).await?);
        for stream in live {
            if covering(configs, &stream.app, &stream.stream).is_none()
                || recordings
                    .iter()
                    .any(|r| r.app == stream.app && r.stream == stream.stream)
            {
                continue;
            }
            let mut one = fields.clone();
            one.set(Field::AppName, stream.app.as_str());
            one.set(Field::StreamName, stream.stream.as_str());
            one.set_param("PageSize", "1");
            recordings.extend(recordings_in(&self.read(action, &one, false).await?));
        }
        Ok(recordings)
    }
}

impl Pipeline {
    /// Every record-to-VOD config of `domain` (every page), signed and sent as `like`.
    pub async fn domain_configs(
        &self,
        domain: &str,
        like: &CallOrder,
        cancel: &CancellationToken,
    ) -> Result<Vec<RecordVodConfig>, String> {
        let mut reader = Reader {
            pipeline: self,
            like,
            cancel,
            calls: 0,
            clock: None,
        };
        let mut fields = FormDraft::default();
        fields.set(Field::DomainName, domain);
        let answer = reader
            .read(DESCRIBE_LIVE_RECORD_VOD_CONFIGS.action, &fields, true)
            .await?;
        Ok(ConfigPage::parse(&answer.to_string())
            .map(|p| p.configs)
            .unwrap_or_default())
    }

    /// Reads the whole account (or the streaming domains named in `only`) and joins it:
    /// `progress(done, total)` after each domain.
    pub async fn read_overview(
        &self,
        like: &CallOrder,
        cache: (&AccountCache, &str),
        only: &[String],
        progress: &(dyn Fn(usize, usize) + Send + Sync),
        cancel: &CancellationToken,
    ) -> OverviewReading {
        let (facts, mut problems, mut calls) = self
            .cached_account_facts(cache.0, cache.1, like, cancel)
            .await;
        let domains: Vec<(String, String)> = facts
            .streaming_domains()
            .into_iter()
            .filter(|d| only.is_empty() || only.iter().any(|o| o.eq_ignore_ascii_case(&d.name)))
            .map(|d| (d.name.clone(), d.region.clone()))
            .collect();
        for name in only {
            if facts.domains.is_some() && facts.domain(name).is_none_or(|d| !d.streaming) {
                let name = name.clone();
                problems.push(Said::new(move || {
                    crate::t!("overview-not-a-streaming-domain", domain = name.as_str())
                }));
            }
        }
        let mut reader = Reader {
            pipeline: self,
            like,
            cancel,
            calls: 0,
            clock: None,
        };
        let mut readings = Vec::with_capacity(domains.len());
        for (i, (domain, region)) in domains.iter().enumerate() {
            if cancel.is_cancelled() {
                break;
            }
            readings.push(reader.domain(&facts, domain, region).await);
            progress(i + 1, domains.len());
        }
        calls += reader.calls;
        let clock = reader.clock;
        for r in &readings {
            for why in [&r.configs.as_ref().err(), &r.live.as_ref().err()]
                .into_iter()
                .flatten()
            {
                let (domain, why) = (r.domain.clone(), (*why).clone());
                problems.push(Said::new(move || {
                    crate::t!(
                        "overview-domain-not-read",
                        domain = domain.as_str(),
                        why = why.as_str()
                    )
                }));
            }
        }
        let checked_at = clock.unwrap_or_else(Utc::now);
        OverviewReading {
            overview: recording_state::overview(&readings, checked_at),
            checked_at,
            domains: readings.len(),
            problems,
            calls,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn live_streams_recordings_and_the_sandbox_clock_are_read_from_the_answers() {
        let online = json!({"SandboxNow": "2026-12-01T08:00:00Z",
            "OnlineInfo": {"LiveStreamOnlineInfo": [
            {"AppName": "live", "StreamName": "cam1", "PublishTime": "2026-12-01T07:00:00Z"}]}});
        let live = live_in(&online, "live.example.com");
        assert_eq!(live[0].stream, "cam1");
        assert!(live[0].since.is_some());
        assert!(sandbox_now(&online).is_some());
        assert_eq!(sandbox_now(&json!({})), None);
        let videos = json!({"LiveRecordVideoList": {"LiveRecordVideo": [
            {"DomainName": "d", "AppName": "a", "StreamName": "s",
             "RecordStartTime": "x", "RecordEndTime": "y", "Video": {"VideoId": "v1"}}]}});
        assert_eq!(recordings_in(&videos)[0].video_id, "v1");
    }
}
