//! A service answered inside this process instead of over HTTP: the sandbox, for tests and
//! benchmarks that run on tokio's paused clock (where real sockets would let the clock jump).

use super::request::PreparedRequest;
use std::future::Future;
use std::pin::Pin;

/// An answer from an in-process service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalAnswer {
    /// HTTP status.
    pub status: u16,
    /// The body.
    pub body: Vec<u8>,
    /// Whether the sandbox answered.
    pub from_sandbox: bool,
}

/// Answers signed requests in this process.
pub trait LocalService: Send + Sync + std::fmt::Debug {
    /// Answers one signed request.
    fn answer(&self, request: PreparedRequest)
    -> Pin<Box<dyn Future<Output = LocalAnswer> + Send>>;
}
