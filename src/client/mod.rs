//! Sends signed record-to-VOD calls over HTTPS and reads the answers.

pub mod identity;
pub mod network_error;
pub mod rate_limit;
pub mod response;
pub mod send;

pub use crate::wire::{Endpoint, EndpointError, LocalAnswer, LocalService, PreparedRequest};
pub use response::{CallResult, Outcome, ServiceError};
pub use send::{ApiCall, Call, Client, ClientConfig, use_ring_for_tls};
