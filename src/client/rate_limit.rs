//! Keeps calls under the service's limit: at most N in any sliding minute.

use std::collections::VecDeque;
use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{Duration, Instant};

/// A sliding-window limiter shared by every call of one client.
#[derive(Debug, Clone)]
pub struct RateLimiter {
    per_minute: usize,
    sent: Arc<Mutex<VecDeque<Instant>>>,
    hold_until: Arc<Mutex<Option<Instant>>>,
}

impl RateLimiter {
    /// Allows `per_minute` calls in any 60-second window.
    pub fn per_minute(per_minute: u32) -> Self {
        RateLimiter {
            per_minute: usize::try_from(per_minute.max(1)).unwrap_or(usize::MAX),
            sent: Arc::new(Mutex::new(VecDeque::new())),
            hold_until: Arc::new(Mutex::new(None)),
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
        let window = Duration::from_secs(60);
        let mut sent = self.sent.lock().await;
        loop {
            let now = Instant::now();
            while sent
                .front()
                .is_some_and(|t| now.duration_since(*t) >= window)
            {
                sent.pop_front();
            }
            if sent.len() < self.per_minute {
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
    async fn under_the_limit_does_not_wait() {
        let limiter = RateLimiter::per_minute(10);
        let start = Instant::now();
        for _ in 0..10 {
            limiter.acquire().await;
        }
        assert_eq!(start.elapsed(), Duration::ZERO);
    }
}
