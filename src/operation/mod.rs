//! The AddLiveRecordVodConfig operation: its fields, the rules the form checks, and the typed request.

pub mod draft;
pub mod field;
pub mod finding;
pub mod preset_file;
pub mod regions;
pub mod request;
pub mod rules;
pub mod stream_url;
pub mod validate;

pub use draft::FormDraft;
pub use field::Field;
pub use finding::{Finding, FindingCode, Severity};
pub use request::Request;
pub use validate::{Checked, check};

/// The API action this program calls.
pub const ACTION: &str = "AddLiveRecordVodConfig";
/// The ApsaraVideo Live API version of the action.
pub const API_VERSION: &str = "2016-11-01";
/// Calls allowed per minute per user by the service.
pub const CALLS_PER_MINUTE_LIMIT: u32 = 1_000;
