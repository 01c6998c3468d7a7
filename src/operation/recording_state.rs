//! "Is everything recording?": the account's record-to-VOD configs joined with the streams live
//! now and the recordings VOD holds, one state per config, and the live streams no config
//! covers. Pure: the worker reads the three sources, this decides.

use super::configs::RecordVodConfig;
use crate::t;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// The service's own gap before it calls a stream ended (and a recording done): 3 minutes.
pub const GRACE_SECS: i64 = 180;

/// How many of a config's newest recordings are kept for its details.
pub const RECENT: usize = 5;

/// The cycle the service uses when a config sets none.
pub const DEFAULT_CYCLE_SECS: i64 = 3600;

/// A stream being pushed now (DescribeLiveStreamsOnlineList).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveStream {
    /// The streaming domain.
    pub domain: String,
    /// Its AppName.
    pub app: String,
    /// Its StreamName.
    pub stream: String,
    /// When it started, if the answer said.
    pub since: Option<DateTime<Utc>>,
}

/// A recording VOD holds (ListLiveRecordVideo).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recording {
    /// The streaming domain.
    #[serde(skip)]
    pub domain: String,
    /// Its AppName.
    #[serde(skip)]
    pub app: String,
    /// Its StreamName.
    #[serde(skip)]
    pub stream: String,
    /// The video's ID.
    #[serde(rename = "VideoId")]
    pub video_id: String,
    /// When the recording began.
    #[serde(rename = "RecordStartTime")]
    pub start: String,
    /// When it ended.
    #[serde(rename = "RecordEndTime")]
    pub end: String,
}

impl Recording {
    fn ended(&self) -> Option<DateTime<Utc>> {
        parse_time(&self.end)
    }
}

/// A time as the API writes it (`2026-12-01T08:00:00Z`, or with seconds' fractions).
pub fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// One config's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// A covered stream has been live longer than a cycle and the grace, and no recording
    /// came: the silent failure.
    NotRecording,
    /// A source could not be read.
    Unknown,
    /// A covered stream is live and recordings are arriving (or its first cycle is not over).
    Recording,
    /// Nothing covered is live.
    Idle,
}

impl State {
    /// Every state, problems first.
    pub const ALL: [State; 4] = [
        State::NotRecording,
        State::Unknown,
        State::Recording,
        State::Idle,
    ];

    /// The stable word scripts read: `recording`, `not-recording`, `idle`, `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Recording => "recording",
            State::NotRecording => "not-recording",
            State::Idle => "idle",
            State::Unknown => "unknown",
        }
    }

    /// In words, for the window and the table.
    pub fn label(self) -> String {
        match self {
            State::Recording => t!("state-recording"),
            State::NotRecording => t!("state-not-recording"),
            State::Idle => t!("state-idle"),
            State::Unknown => t!("state-unknown"),
        }
    }

    /// Whether this state is a problem someone should look at.
    pub fn is_problem(self) -> bool {
        self == State::NotRecording
    }
}

/// What is known of one domain, read for the overview.
#[derive(Debug, Clone)]
pub struct DomainReading {
    /// The domain.
    pub domain: String,
    /// Its region.
    pub region: String,
    /// Its record-to-VOD configs; `Err` with why when they could not be read.
    pub configs: Result<Vec<RecordVodConfig>, String>,
    /// Its live streams; `Err` with why when they could not be read.
    pub live: Result<Vec<LiveStream>, String>,
    /// Its recordings, newest first; `Err` with why when they could not be read.
    pub recordings: Result<Vec<Recording>, String>,
    /// VOD is not activated in its region.
    pub without_vod: bool,
    /// Apps with a general (OSS) recording config ("" when unknown): a gap they cover records
    /// to OSS.
    pub oss_apps: Vec<String>,
}

/// One config and its state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigStatus {
    /// The config.
    pub config: RecordVodConfig,
    /// Its domain's region.
    pub region: String,
    /// Its state.
    pub state: State,
    /// The newest recording it made, if any was read.
    pub last_recording: Option<Recording>,
    /// Its newest recordings read, newest first (at most [`RECENT`]).
    pub recent: Vec<Recording>,
    /// Whether a stream it covers is live.
    pub live: bool,
    /// Why, in words (the likely causes for `not-recording`, the source for `unknown`).
    pub reason: String,
}

/// A live stream that no config covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    /// The stream.
    pub stream: LiveStream,
    /// A general (OSS) recording config covers it (it is recorded, but not into VOD).
    pub recorded_to_oss: bool,
}

/// The whole account's answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overview {
    /// Every config, by domain, app and stream.
    pub configs: Vec<ConfigStatus>,
    /// The live streams no config covers.
    pub gaps: Vec<Gap>,
}

impl Overview {
    /// Whether any config is not recording or any stream live is not recorded into VOD.
    pub fn has_problem(&self) -> bool {
        self.configs.iter().any(|c| c.state.is_problem()) || !self.gaps.is_empty()
    }

    /// How many configs are in `state`.
    pub fn count(&self, state: State) -> usize {
        self.configs.iter().filter(|c| c.state == state).count()
    }
}

/// The config that records `stream`: an exact AppName+StreamName config wins over the app's
/// config with an empty StreamName (the service's own rule, as its documentation describes a
/// stream-level config overriding the app-level one).
pub fn covering<'a>(
    configs: &'a [RecordVodConfig],
    app: &str,
    stream: &str,
) -> Option<&'a RecordVodConfig> {
    let exact = configs
        .iter()
        .find(|c| c.app_name == app && c.stream_name == stream);
    exact.or_else(|| {
        configs
            .iter()
            .find(|c| c.app_name == app && (c.stream_name.is_empty() || c.stream_name == "*"))
    })
}

fn same(c: &RecordVodConfig, other: &RecordVodConfig) -> bool {
    c.app_name == other.app_name && c.stream_name == other.stream_name
}

/// Joins every domain's readings at `now`.
pub fn overview(domains: &[DomainReading], now: DateTime<Utc>) -> Overview {
    let mut out = Overview::default();
    for domain in domains {
        let configs = match &domain.configs {
            Ok(configs) => configs,
            Err(_) => continue,
        };
        for config in configs {
            out.configs
                .push(config_status(domain, configs, config, now));
        }
        if let Ok(live) = &domain.live {
            for stream in live {
                if covering(configs, &stream.app, &stream.stream).is_none() {
                    out.gaps.push(Gap {
                        stream: stream.clone(),
                        recorded_to_oss: domain
                            .oss_apps
                            .iter()
                            .any(|a| a == &stream.app || a == "*"),
                    });
                }
            }
        }
    }
    out.configs.sort_by(|a, b| {
        let key = |c: &ConfigStatus| {
            (
                c.config.domain_name.clone(),
                c.config.app_name.clone(),
                c.config.stream_name.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    out
}

fn config_status(
    domain: &DomainReading,
    configs: &[RecordVodConfig],
    config: &RecordVodConfig,
    now: DateTime<Utc>,
) -> ConfigStatus {
    let mine =
        |app: &str, stream: &str| covering(configs, app, stream).is_some_and(|c| same(c, config));
    let mut recent: Vec<Recording> = domain
        .recordings
        .as_ref()
        .map(|all| {
            all.iter()
                .filter(|r| mine(&r.app, &r.stream))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    recent.sort_by_key(|r| std::cmp::Reverse(r.ended()));
    recent.truncate(RECENT);
    let last_recording = recent.first().cloned();
    let status = |state, live, reason| ConfigStatus {
        config: config.clone(),
        region: domain.region.clone(),
        state,
        last_recording: last_recording.clone(),
        recent: recent.clone(),
        live,
        reason,
    };
    let live = match &domain.live {
        Ok(live) => live
            .iter()
            .filter(|s| mine(&s.app, &s.stream))
            .collect::<Vec<_>>(),
        Err(why) => return status(State::Unknown, false, why.clone()),
    };
    if live.is_empty() {
        let reason = match &last_recording {
            Some(r) => t!("state-idle-last", end = r.end.as_str()),
            None => t!("state-idle-never"),
        };
        return status(State::Idle, false, reason);
    }
    if let Err(why) = &domain.recordings {
        return status(State::Unknown, true, why.clone());
    }
    let cycle = config
        .cycle_duration
        .filter(|c| *c > 0)
        .unwrap_or(DEFAULT_CYCLE_SECS);
    let allowed = chrono::Duration::seconds(cycle + GRACE_SECS);
    let created = parse_time(&config.create_time);
    // A stream is recorded from the later of its start and the config's creation.
    let covered_since = live
        .iter()
        .filter_map(|s| s.since)
        .min()
        .map(|since| created.map_or(since, |c| c.max(since)));
    let fresh = last_recording
        .as_ref()
        .and_then(Recording::ended)
        .is_some_and(|end| now - end <= allowed);
    let overdue = covered_since.is_some_and(|since| now - since > allowed);
    if fresh || !overdue {
        return status(
            State::Recording,
            true,
            t!("state-recording-reason", cycle = cycle),
        );
    }
    let pushed_before = live
        .iter()
        .filter_map(|s| s.since)
        .zip(created)
        .any(|(since, created)| since < created);
    let reason = if domain.without_vod {
        t!("state-cause-no-vod", region = domain.region.as_str())
    } else if pushed_before {
        t!("state-cause-pushed-before", cycle = cycle)
    } else {
        t!("state-cause-likely", cycle = cycle)
    };
    status(State::NotRecording, true, reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> DateTime<Utc> {
        parse_time("2026-12-01T08:00:00Z").expect("time") + chrono::Duration::minutes(minutes)
    }

    fn time(minutes: i64) -> String {
        at(minutes).format("%Y-%m-%dT%H:%M:%SZ").to_string()
    }

    fn config(app: &str, stream: &str, cycle: i64) -> RecordVodConfig {
        RecordVodConfig {
            domain_name: "live.example.com".into(),
            app_name: app.into(),
            stream_name: stream.into(),
            cycle_duration: Some(cycle),
            create_time: time(0),
            ..RecordVodConfig::default()
        }
    }

    fn live(app: &str, stream: &str, since: i64) -> LiveStream {
        LiveStream {
            domain: "live.example.com".into(),
            app: app.into(),
            stream: stream.into(),
            since: Some(at(since)),
        }
    }

    fn recording(app: &str, stream: &str, start: i64, end: i64) -> Recording {
        Recording {
            domain: "live.example.com".into(),
            app: app.into(),
            stream: stream.into(),
            video_id: format!("v-{stream}-{end}"),
            start: time(start),
            end: time(end),
        }
    }

    fn reading(
        configs: Vec<RecordVodConfig>,
        live: Vec<LiveStream>,
        recordings: Vec<Recording>,
    ) -> DomainReading {
        DomainReading {
            domain: "live.example.com".into(),
            region: "cn-shanghai".into(),
            configs: Ok(configs),
            live: Ok(live),
            recordings: Ok(recordings),
            without_vod: false,
            oss_apps: Vec::new(),
        }
    }

    fn states(o: &Overview) -> Vec<(String, State)> {
        o.configs
            .iter()
            .map(|c| {
                (
                    format!("{}/{}", c.config.app_name, c.config.stream_name),
                    c.state,
                )
            })
            .collect()
    }

    #[test]
    fn each_state_and_a_gap() {
        let configs = vec![
            config("live", "", 300),     // app-wide: covers cam2 (live, recorded)
            config("live", "cam1", 300), // exact: live, nothing recorded for 20 minutes
            config("show", "", 300),     // nothing live: idle
            config("fresh", "", 3600),   // live 10 minutes, first cycle not over
        ];
        let streams = vec![
            live("live", "cam1", 0),
            live("live", "cam2", 0),
            live("fresh", "new", 10),
            live("other", "x", 0),
        ];
        let recordings = vec![
            recording("live", "cam2", 10, 15),
            recording("live", "cam2", 15, 20),
            recording("show", "old", -100, -50),
        ];
        let o = overview(&[reading(configs, streams, recordings)], at(22));
        assert_eq!(
            states(&o),
            [
                ("fresh/".to_string(), State::Recording),
                ("live/".to_string(), State::Recording),
                ("live/cam1".to_string(), State::NotRecording),
                ("show/".to_string(), State::Idle),
            ]
        );
        let app_wide = &o.configs[1];
        assert_eq!(
            app_wide.last_recording.as_ref().map(|r| r.end.as_str()),
            Some(time(20).as_str()),
            "the newest"
        );
        let recent: Vec<&str> = app_wide.recent.iter().map(|r| r.end.as_str()).collect();
        assert_eq!(recent, [time(20), time(15)], "newest first");
        assert!(
            o.configs[3].reason.contains(&time(-50)),
            "{}",
            o.configs[3].reason
        );
        assert_eq!(o.gaps.len(), 1);
        assert_eq!(o.gaps[0].stream.app, "other");
        assert!(o.has_problem());
        assert_eq!(o.count(State::Recording), 2);
    }

    #[test]
    fn the_exact_config_wins_over_the_apps() {
        let configs = vec![config("live", "", 300), config("live", "cam1", 300)];
        assert_eq!(covering(&configs, "live", "cam1"), Some(&configs[1]));
        assert_eq!(covering(&configs, "live", "cam9"), Some(&configs[0]));
        assert_eq!(covering(&configs, "other", "cam1"), None);
    }

    #[test]
    fn a_region_without_vod_is_the_cause_and_an_unread_source_is_unknown() {
        let mut r = reading(
            vec![config("live", "", 300)],
            vec![live("live", "sg1", 0)],
            vec![],
        );
        r.without_vod = true;
        r.region = "ap-southeast-1".into();
        let o = overview(std::slice::from_ref(&r), at(30));
        assert_eq!(o.configs[0].state, State::NotRecording);
        assert!(
            o.configs[0].reason.contains("ap-southeast-1"),
            "{}",
            o.configs[0].reason
        );

        r.recordings = Err("no permission".into());
        let o = overview(&[r], at(30));
        assert_eq!(o.configs[0].state, State::Unknown);
        assert_eq!(o.configs[0].reason, "no permission");
    }

    #[test]
    fn a_stream_pushed_before_the_config_existed_is_said_to_need_a_new_push() {
        let mut c = config("live", "", 300);
        c.create_time = time(10);
        let o = overview(
            &[reading(vec![c], vec![live("live", "cam1", 0)], vec![])],
            at(30),
        );
        assert_eq!(o.configs[0].state, State::NotRecording);
        assert!(
            o.configs[0].reason.contains("push"),
            "{}",
            o.configs[0].reason
        );
    }
}
