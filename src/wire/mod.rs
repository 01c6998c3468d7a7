//! What both ends of the wire share, the client and the sandbox alike: where a call goes
//! ([`Endpoint`]), the signed request as it is sent ([`PreparedRequest`]), an in-process
//! service that answers one ([`LocalService`]), the account's limit shared between processes
//! ([`SharedLimit`]), the sandbox's headers and the formats and
//! names both sides must agree on. A leaf: it imports only `operation` and `signing`.

pub mod endpoint;
pub mod local;
pub mod request;
pub mod shared_limit;

pub use endpoint::{Endpoint, EndpointError};
pub use local::{LocalAnswer, LocalService};
pub use request::{PreparedRequest, TOKEN_MASK};
pub use shared_limit::SharedLimit;

/// Response header by which the sandbox marks its answers.
pub const SANDBOX_HEADER: &str = "x-live-record-vod-sandbox";

/// Request header that tells a sandbox (only ever sent to this computer) which region a VOD
/// call is for: the real service knows it from the endpoint's host name.
pub const VOD_REGION_HEADER: &str = "x-live-record-vod-region";

/// STS `GetCallerIdentity`, which tells whose a key is: its action and API version.
pub const CALLER_IDENTITY: (&str, &str) = ("GetCallerIdentity", "2015-04-01");

/// The time format of the API, in requests and answers: UTC, `yyyy-MM-ddTHH:mm:ssZ`.
pub const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";
