//! Live Record to VOD: configure ApsaraVideo Live recording to VOD, with a local sandbox.
//!
//! Layers, bottom up: `operation` (the request and its rules), `signing` (pure request
//! signatures), `errors` (plain-language catalog), `credentials`, `client` (HTTP transport),
//! `sandbox` (a local simulator of the service) and `cli`.

pub mod cli;
pub mod client;
pub mod credentials;
pub mod errors;
pub mod operation;
pub mod sandbox;
pub mod signing;
pub mod storage;
pub mod worker;
