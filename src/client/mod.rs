//! Sends signed record-to-VOD calls over HTTPS and reads the answers.

pub mod endpoint;
pub mod identity;
pub mod local;
pub mod network_error;
pub mod rate_limit;
pub mod response;
pub mod send;

pub use endpoint::{Endpoint, EndpointError};
pub use local::{LocalAnswer, LocalService};
pub use response::{CallResult, Outcome, ServiceError};
pub use send::{ApiCall, Call, Client, ClientConfig, PreparedRequest};
