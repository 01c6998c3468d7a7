//! Keeps calls under the service's limits: at most N in any sliding window (a minute for the
//! account's limit, a second or a minute for one operation's documented rate).

use crate::operation::catalog::Rate;
use std::collections::VecDeque;
use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant};

/// A sliding-window limiter shared by every call of one client.
#[derive(Debug, Clone)]
pub struct RateLimiter {
    calls: usize,
    window: Duration,
    sent: Arc<Mutex<VecDeque<Instant>>>,
    hold_until: Arc<Mutex<Option<Instant>>>,
}

impl RateLimiter {
    /// Allows `per_minute` calls in any 60-second window.
    pub fn per_minute(per_minute: u32) -> Self {
        RateLimiter::new(per_minute, Duration::from_secs(60))
    }

    /// Allows `calls` calls in any `window`.
    pub fn new(calls: u32, window: Duration) -> Self {
        RateLimiter {
            calls: usize::try_from(calls.max(1)).unwrap_or(usize::MAX),
            window,
            sent: Arc::new(Mutex::new(VecDeque::new())),
            hold_until: Arc::new(Mutex::new(None)),
        }
    }

    /// The limiter of an operation's documented rate.
    pub fn for_rate(rate: Rate) -> Self {
        match rate {
            Rate::PerSecond(n) => RateLimiter::new(n, Duration::from_secs(1)),
            Rate::PerMinute(n) => RateLimiter::per_minute(n),
        }
    }

    /// Lets no call start for `pause` from now (a longer hold already set is kept).
    pub async fn hold_for(&self, pause: Duration) {
        let until = Instant::now() + pause;
        let mut hold = self.hold_until.lock().await;
        if hold.is_none_or(|h| h < until) {
            *hold = Some(until);
        }
    }

    /// Waits until one more call fits in the window, then records it.
    pub async fn acquire(&self) {
        let held = *self.hold_until.lock().await;
        if let Some(until) = held.filter(|u| *u > Instant::now()) {
            tokio::time::sleep_until(until).await;
        }
        let window = self.window;
        let mut sent = self.sent.lock().await;
        loop {
            let now = Instant::now();
            while sent
                .front()
                .is_some_and(|t| now.duration_since(*t) >= window)
            {
                sent.pop_front();
            }
            if sent.len() < self.calls {
                sent.push_back(now);
                return;
            }
            let Some(oldest) = sent.front().copied() else {
                continue;
            };
            tokio::time::sleep_until(oldest + window).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn never_exceeds_the_limit_in_a_minute() {
        let limiter = RateLimiter::per_minute(1000);
        let start = Instant::now();
        for _ in 0..2500 {
            limiter.acquire().await;
        }
        // 1000 at once, 1000 after one minute, 500 after two.
        assert!(start.elapsed() >= Duration::from_secs(120));
        assert!(start.elapsed() < Duration::from_secs(121));
    }

    #[tokio::test(start_paused = true)]
    async fn a_hold_delays_the_next_call() {
        let limiter = RateLimiter::per_minute(10);
        let start = Instant::now();
        limiter.hold_for(Duration::from_secs(5)).await;
        limiter.hold_for(Duration::from_secs(1)).await;
        limiter.acquire().await;
        assert_eq!(start.elapsed(), Duration::from_secs(5));
    }

    #[tokio::test(start_paused = true)]
    async fn three_a_second_takes_three_seconds_for_ten() {
        let limiter = RateLimiter::for_rate(Rate::PerSecond(3));
        let start = Instant::now();
        for _ in 0..10 {
            limiter.acquire().await;
        }
        // 3 at once, 3 after 1 s, 3 after 2 s, the tenth after 3 s.
        assert_eq!(start.elapsed(), Duration::from_secs(3));
    }

    #[tokio::test(start_paused = true)]
    async fn under_the_limit_does_not_wait() {
        let limiter = RateLimiter::per_minute(10);
        let start = Instant::now();
        for _ in 0..10 {
            limiter.acquire().await;
        }
        assert_eq!(start.elapsed(), Duration::ZERO);
    }
}
