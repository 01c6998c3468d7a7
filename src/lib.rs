//! Live Record to VOD: configure ApsaraVideo Live recording to VOD, with a local sandbox.
//!
//! Layers, bottom up: `i18n` (every user-facing word, in English and Simplified Chinese),
//! `operation` (the request and its rules), `signing` (pure request
//! signatures), `errors` (plain-language catalog), `credentials`, `client` (HTTP transport),
//! `sandbox` (a local simulator of the service), `storage`, `worker`, `codegen` (copy as
//! code), `cli`, and the window (`ui`, started by `app`).

pub mod app;
pub mod atomic_file;
pub mod batch;
pub mod cli;
pub mod client;
pub mod codegen;
pub mod credentials;
pub mod errors;
pub mod i18n;
pub mod operation;
pub mod sandbox;
pub mod signing;
pub mod storage;
pub mod ui;
pub mod wire;
pub mod worker;

#[cfg(test)]
mod layering_tests;

/// The version, and the commit it was built from when known: `0.1.0 (commit 0123456789)`.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    env!("LIVE_RECORD_VOD_COMMIT_NOTE")
);
