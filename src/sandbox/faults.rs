//! Faults the sandbox can inject, for tests and demos.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// Faults applied to every call while set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Faults {
    /// Wait this long before answering.
    pub latency: Duration,
    /// Answer every call with this status instead (500: InternalError, 503: ServiceUnavailable).
    pub http_status: Option<u16>,
    /// Answer `Throttling.User` beyond this many calls in a sliding minute.
    pub throttle_per_minute: Option<u32>,
    /// Close the connection instead of answering.
    pub drop_connection: bool,
    /// Answer with a body that is not valid JSON.
    pub malformed_body: bool,
    /// Claim a million items in every paged answer (its total), whatever it holds.
    pub inflated_total: bool,
}

/// The total a paged answer claims under [`Faults::inflated_total`].
pub const INFLATED_TOTAL: u64 = 1_000_000;

/// `answer` with every total a paged answer states set to [`INFLATED_TOTAL`], in the type the
/// answer had (`Total` is a string in some answers).
pub fn inflate_totals(answer: &mut serde_json::Value) {
    for key in ["Total", "TotalCount", "TotalNum"] {
        match answer.get(key) {
            Some(serde_json::Value::String(_)) => answer[key] = INFLATED_TOTAL.to_string().into(),
            Some(serde_json::Value::Number(_)) => answer[key] = INFLATED_TOTAL.into(),
            _ => {}
        }
    }
}

/// The calls seen in the last minute, for the throttling fault.
#[derive(Debug, Default)]
pub struct ThrottleWindow {
    seen: VecDeque<Instant>,
}

impl ThrottleWindow {
    /// Records a call at `now`; `true` if it exceeds `per_minute`.
    pub fn exceeds(&mut self, now: Instant, per_minute: u32) -> bool {
        let window = Duration::from_secs(60);
        while self
            .seen
            .front()
            .is_some_and(|t| now.duration_since(*t) >= window)
        {
            self.seen.pop_front();
        }
        let limit = usize::try_from(per_minute).unwrap_or(usize::MAX);
        if self.seen.len() >= limit {
            return true;
        }
        self.seen.push_back(now);
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttles_beyond_rate() {
        let mut w = ThrottleWindow::default();
        let t = Instant::now();
        assert!(!w.exceeds(t, 2));
        assert!(!w.exceeds(t, 2));
        assert!(w.exceeds(t, 2));
        assert!(!w.exceeds(t + Duration::from_secs(61), 2));
    }
}
