//! The operations: the catalogue of Live and VOD operations, the record-to-VOD form's fields,
//! the rules the form checks, and the typed request.

pub mod account_check;
pub mod account_facts;
pub mod catalog;
pub mod configs;
pub mod desired_state;
pub mod draft;
pub mod field;
pub mod finding;
pub mod param_check;
pub mod preset_file;
pub mod recording_report;
pub mod recording_state;
pub mod regions;
pub mod request;
pub mod rules;
pub mod spec;
pub mod stream_url;
pub mod validate;
pub mod vod_endpoints;

pub use draft::FormDraft;
pub use field::Field;
pub use finding::{Finding, FindingCode, Severity, url_parts};
pub use request::Request;
pub use spec::{API_VERSION, Operation};
pub use validate::{Checked, check};

/// Calls allowed per minute per user by the service.
pub const CALLS_PER_MINUTE_LIMIT: u32 = 1_000;
