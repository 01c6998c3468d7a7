//! The sandbox's clock and its streams: the account's fixed ones, and the ones pushed with
//! `--live DOMAIN/APP/STREAM` or the window's "Simulate a live stream…". Sandbox time runs
//! `time_scale` times faster than the computer's, so a 300 s cycle gives a recording every
//! 300/N seconds. A live stream that a config covers is recorded every CycleDuration of
//! sandbox time, from the later of its push and the config's creation, in a region where VOD
//! is activated; its last part when it stops.

use super::account::{self, DomainType, STREAMS};
use crate::operation::configs::RecordVodConfig;
use crate::operation::recording_state::{DEFAULT_CYCLE_SECS, covering, parse_time};
use chrono::{DateTime, Duration, Utc};

/// At most this many recordings of one stream are kept (the newest).
pub const MAX_RECORDINGS_PER_STREAM: usize = 1_000;

/// A stream pushed to a streaming domain of the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Push {
    /// The streaming domain.
    pub domain: String,
    /// Its AppName.
    pub app: String,
    /// Its StreamName.
    pub stream: String,
    /// When it started (sandbox time).
    pub since: DateTime<Utc>,
    /// When it stopped; `None` while live.
    pub until: Option<DateTime<Utc>>,
}

/// One recording a push produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Made {
    /// The push it is of.
    pub push: Push,
    /// The config that recorded it.
    pub config: RecordVodConfig,
    /// When it began.
    pub start: DateTime<Utc>,
    /// When it ended.
    pub end: DateTime<Utc>,
}

/// Starts and stops a running sandbox's simulated streams (the window's "Simulate a live
/// stream…"): a seam, so that the window does not own the sandbox.
#[derive(Clone)]
pub struct StreamControl(pub std::sync::Arc<super::RunningSandbox>);

impl std::fmt::Debug for StreamControl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StreamControl")
    }
}

impl StreamControl {
    /// Starts pushing `DOMAIN/APP/STREAM` now.
    pub fn start(&self, path: &str) -> Result<(), String> {
        self.0.start_stream(path)
    }

    /// Stops it; whether it was live.
    pub fn stop(&self, path: &str) -> bool {
        self.0.stop_stream(path)
    }

    /// The simulated streams live now.
    pub fn live(&self) -> Vec<String> {
        self.0.simulated_streams()
    }
}

/// The clock and the simulated pushes.
#[derive(Debug, Clone)]
pub struct Simulation {
    origin: DateTime<Utc>,
    scale: u32,
    pushes: Vec<Push>,
}

impl Default for Simulation {
    fn default() -> Self {
        Simulation::new(1)
    }
}

/// Reads `DOMAIN/APP/STREAM`.
pub fn parse_path(path: &str) -> Result<(String, String, String), String> {
    let parts: Vec<&str> = path.trim().split('/').collect();
    match parts.as_slice() {
        [d, a, s] if !d.is_empty() && !a.is_empty() && !s.is_empty() => {
            let domain = account::domain(d).filter(|d| d.kind == DomainType::Streaming);
            match domain {
                Some(domain) => Ok((domain.name.clone(), a.to_string(), s.to_string())),
                None => Err(format!(
                    "{d} is not a streaming domain of the sandbox's account"
                )),
            }
        }
        _ => Err(format!("{path} is not DOMAIN/APP/STREAM")),
    }
}

impl Simulation {
    /// A sandbox starting now, its time `scale` times faster (at least 1).
    pub fn new(scale: u32) -> Simulation {
        Simulation {
            origin: Utc::now(),
            scale: scale.max(1),
            pushes: Vec::new(),
        }
    }

    /// How many times faster than the computer's clock sandbox time runs.
    pub fn time_scale(&self) -> u32 {
        self.scale
    }

    /// Sandbox time now.
    pub fn now(&self) -> DateTime<Utc> {
        let real = Utc::now() - self.origin;
        self.origin + real * i32::try_from(self.scale).unwrap_or(i32::MAX)
    }

    /// Starts pushing `DOMAIN/APP/STREAM` now; an error when it is not of a streaming domain of
    /// the account, or already live.
    pub fn start(&mut self, path: &str) -> Result<(), String> {
        let (domain, app, stream) = parse_path(path)?;
        if self.live_now(&domain, &app, &stream) {
            return Err(format!("{path} is already live"));
        }
        let since = self.now();
        self.pushes.push(Push {
            domain,
            app,
            stream,
            since,
            until: None,
        });
        Ok(())
    }

    /// Stops the push of `DOMAIN/APP/STREAM`; whether it was live.
    pub fn stop(&mut self, path: &str) -> bool {
        let Ok((domain, app, stream)) = parse_path(path) else {
            return false;
        };
        let now = self.now();
        let mut stopped = false;
        for p in self.pushes.iter_mut().filter(|p| p.until.is_none()) {
            if p.domain == domain && p.app == app && p.stream == stream {
                p.until = Some(now);
                stopped = true;
            }
        }
        stopped
    }

    fn live_now(&self, domain: &str, app: &str, stream: &str) -> bool {
        self.pushes
            .iter()
            .any(|p| p.until.is_none() && p.domain == domain && p.app == app && p.stream == stream)
    }

    /// The simulated pushes live now, as `DOMAIN/APP/STREAM`.
    pub fn simulated_live(&self) -> Vec<String> {
        self.pushes
            .iter()
            .filter(|p| p.until.is_none())
            .map(|p| format!("{}/{}/{}", p.domain, p.app, p.stream))
            .collect()
    }

    /// Every push: the account's fixed streams (the live ones an hour before the sandbox
    /// started, the others two days before, for an hour) and the simulated ones.
    pub fn pushes(&self) -> Vec<Push> {
        let fixed = STREAMS.iter().map(|(domain, app, stream, live)| {
            let (since, until) = if *live {
                (self.origin - Duration::hours(1), None)
            } else {
                let since = self.origin - Duration::days(2);
                (since, Some(since + Duration::hours(1)))
            };
            Push {
                domain: (*domain).to_string(),
                app: (*app).to_string(),
                stream: (*stream).to_string(),
                since,
                until,
            }
        });
        fixed.chain(self.pushes.iter().cloned()).collect()
    }

    /// The recordings every push made up to now under `configs`, in regions where VOD is
    /// activated: one per full cycle, and the last part of a push that stopped.
    pub fn recordings(&self, configs: &[RecordVodConfig]) -> Vec<Made> {
        let now = self.now();
        let mut made = Vec::new();
        for push in self.pushes() {
            let vod = account::domain(&push.domain).is_some_and(|d| account::vod_active(d.region));
            let domain_configs: Vec<RecordVodConfig> = configs
                .iter()
                .filter(|c| c.domain_name.eq_ignore_ascii_case(&push.domain))
                .cloned()
                .collect();
            let Some(config) = covering(&domain_configs, &push.app, &push.stream) else {
                continue;
            };
            if !vod {
                continue;
            }
            let created = parse_time(&config.create_time).unwrap_or(push.since);
            let begun = push.since.max(created);
            let end = push.until.unwrap_or(now).min(now);
            let cycle = Duration::seconds(
                config
                    .cycle_duration
                    .filter(|c| *c > 0)
                    .unwrap_or(DEFAULT_CYCLE_SECS),
            );
            let full = if end > begun {
                (end - begun).num_seconds() / cycle.num_seconds()
            } else {
                0
            };
            let first = (full - MAX_RECORDINGS_PER_STREAM as i64).max(0);
            let mut parts: Vec<(DateTime<Utc>, DateTime<Utc>)> = (first..full)
                .map(|k| {
                    let start = begun + cycle * i32::try_from(k).unwrap_or(i32::MAX);
                    (start, start + cycle)
                })
                .collect();
            let rest = begun + cycle * i32::try_from(full).unwrap_or(i32::MAX);
            if push.until.is_some_and(|u| u <= now) && rest < end {
                parts.push((rest, end));
            }
            made.extend(parts.into_iter().map(|(start, end)| Made {
                push: push.clone(),
                config: config.clone(),
                start,
                end,
            }));
        }
        made
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(app: &str, cycle: i64, created: DateTime<Utc>) -> RecordVodConfig {
        RecordVodConfig {
            domain_name: "live.example.com".into(),
            app_name: app.into(),
            cycle_duration: Some(cycle),
            create_time: created.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            ..RecordVodConfig::default()
        }
    }

    #[test]
    fn a_covered_live_stream_is_recorded_every_cycle_where_vod_is_active() {
        let sim = Simulation::new(1);
        // The fixed live streams started an hour before the sandbox: with a 300 s cycle on
        // app `live` created before, live/cam1 and live/cam2 have 12 recordings each.
        let created = sim.origin - Duration::hours(2);
        let made = sim.recordings(&[config("live", 300, created)]);
        let cam1 = made.iter().filter(|m| m.push.stream == "cam1").count();
        assert_eq!(cam1, 12);
        assert!(
            made.iter()
                .all(|m| m.end - m.start == Duration::seconds(300))
        );
        // sg.example.com has no VOD: its live stream is never recorded.
        let mut sg = config("live", 300, created);
        sg.domain_name = "sg.example.com".into();
        assert!(sim.recordings(&[sg]).is_empty());
    }

    #[test]
    fn pushes_start_and_stop_and_are_checked() {
        let mut sim = Simulation::new(1);
        sim.start("live.example.com/show/final").expect("starts");
        assert_eq!(sim.simulated_live(), ["live.example.com/show/final"]);
        assert!(
            sim.start("live.example.com/show/final").is_err(),
            "already live"
        );
        assert!(
            sim.start("push.example.com/a/b").is_err(),
            "an ingest domain"
        );
        assert!(sim.start("nope").is_err());
        assert!(sim.stop("live.example.com/show/final"));
        assert!(sim.simulated_live().is_empty());
        assert!(!sim.stop("live.example.com/show/final"));
    }

    #[test]
    fn sandbox_time_runs_faster() {
        let sim = Simulation::new(100);
        std::thread::sleep(std::time::Duration::from_millis(50));
        let ahead = sim.now() - Utc::now();
        assert!(ahead >= Duration::seconds(4), "{ahead}");
    }
}
