//! A running batch's progress: done/total, successes, failures, rate and time left.

use crate::t;
use std::collections::VecDeque;
use std::time::Duration;
use tokio::time::Instant;

const WINDOW: Duration = Duration::from_secs(60);

/// Counts and timing of the rows sent so far in this run.
#[derive(Debug, Clone)]
pub struct Progress {
    /// Rows this run will send.
    pub total: u64,
    /// Rows that ended so far.
    pub done: u64,
    /// Accepted.
    pub ok: u64,
    /// Refused (or outcome unknown).
    pub failed: u64,
    /// Throttling answers met (each slowed the batch down).
    pub throttled: u64,
    /// The limit the batch is held to, calls per minute.
    pub limit_per_minute: u32,
    started: Instant,
    /// When the run ended ([`Progress::finish`]); the elapsed time stops there.
    ended: Option<Instant>,
    recent: VecDeque<Instant>,
}

impl Progress {
    /// A run of `total` rows under `limit_per_minute`, starting now.
    pub fn new(total: u64, limit_per_minute: u32) -> Progress {
        Progress {
            total,
            done: 0,
            ok: 0,
            failed: 0,
            throttled: 0,
            limit_per_minute,
            started: Instant::now(),
            ended: None,
            recent: VecDeque::new(),
        }
    }

    /// Records a row that ended.
    pub fn record(&mut self, ok: bool) {
        self.done += 1;
        if ok {
            self.ok += 1;
        } else {
            self.failed += 1;
        }
        let now = Instant::now();
        self.recent.push_back(now);
        while self
            .recent
            .front()
            .is_some_and(|t| now.duration_since(*t) > WINDOW)
        {
            self.recent.pop_front();
        }
    }

    /// Rows per minute over the last minute (or since the start, if shorter).
    pub fn rate_per_minute(&self) -> f64 {
        let span = self.started.elapsed().min(WINDOW).as_secs_f64();
        if span < 0.5 {
            return 0.0;
        }
        self.recent.len() as f64 * 60.0 / span
    }

    /// Marks the end of the run: from now on the elapsed time stays what it was.
    pub fn finish(&mut self) {
        self.ended.get_or_insert_with(Instant::now);
    }

    /// Time since the start, or from the start to the end once the run has finished.
    pub fn elapsed(&self) -> Duration {
        match self.ended {
            Some(ended) => ended.duration_since(self.started),
            None => self.started.elapsed(),
        }
    }

    /// Time left at the current rate, never less than the limit allows; `None` before the rate
    /// is known.
    pub fn time_left(&self) -> Option<Duration> {
        let left = self.total.saturating_sub(self.done) as f64;
        if left == 0.0 {
            return Some(Duration::ZERO);
        }
        let rate = self.rate_per_minute();
        if rate <= 0.0 {
            return None;
        }
        let at_limit = left / f64::from(self.limit_per_minute.max(1));
        Some(Duration::from_secs_f64((left / rate).max(at_limit) * 60.0))
    }

    /// "12/200 done · 11 ok · 1 failed · 980/min · about 1 min left".
    pub fn summary(&self) -> String {
        let mut text = t!(
            "progress-summary",
            done = self.done,
            total = self.total,
            ok = self.ok,
            failed = self.failed,
            rate = format!("{:.0}", self.rate_per_minute())
        );
        if let Some(left) = self.time_left().filter(|_| self.done < self.total) {
            text.push_str(&t!("progress-time-left", left = human_duration(left)));
        }
        if self.throttled > 0 {
            text.push_str(&t!("progress-throttled", count = self.throttled));
        }
        text
    }
}

/// "45 s", "3 min", "1 h 5 min".
pub fn human_duration(d: Duration) -> String {
    let secs = d.as_secs();
    match secs {
        0..60 => t!("duration-seconds", n = secs),
        60..3600 => t!("duration-minutes", n = secs.div_ceil(60)),
        _ => format!(
            "{}{}{}",
            t!("duration-hours", n = secs / 3600),
            t!("duration-separator"),
            t!("duration-minutes", n = (secs % 3600) / 60)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn rate_and_time_left() {
        let mut p = Progress::new(100, 1000);
        assert_eq!(p.time_left(), None);
        for _ in 0..10 {
            tokio::time::advance(Duration::from_secs(1)).await;
            p.record(true);
        }
        assert!((p.rate_per_minute() - 60.0).abs() < 1.0);
        let left = p.time_left().expect("known");
        assert!(
            (left.as_secs_f64() - 90.0 * 60.0 / 60.0).abs() < 2.0,
            "{left:?}"
        );
        assert!(p.summary().starts_with("10/100 done · 10 ok · 0 failed"));
        assert_eq!(human_duration(Duration::from_secs(61)), "2 min");
    }

    #[tokio::test(start_paused = true)]
    async fn the_elapsed_time_stops_when_the_batch_ends() {
        let mut p = Progress::new(2, 1000);
        tokio::time::advance(Duration::from_secs(5)).await;
        p.record(true);
        p.finish();
        tokio::time::advance(Duration::from_secs(600)).await;
        assert_eq!(p.elapsed(), Duration::from_secs(5));
        p.finish();
        assert_eq!(p.elapsed(), Duration::from_secs(5), "the first end counts");
    }
}
