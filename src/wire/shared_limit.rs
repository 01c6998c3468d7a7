//! The account's rate limit shared by every process on this computer: a seam the client calls
//! before each attempt, kept by storage in the data directory (neither knows the other).

use std::time::Duration;

/// A record of the calls every process made, per account, in the last minute.
pub trait SharedLimit: Send + Sync + std::fmt::Debug {
    /// Takes a place for one call of `account` under `per_minute` calls in any minute; when
    /// there is none, how long to wait before asking again. An error (the record cannot be
    /// read) lets the call go: this process's own limit still holds.
    fn reserve(&self, account: &str, per_minute: u32) -> Result<Option<Duration>, String>;
}
