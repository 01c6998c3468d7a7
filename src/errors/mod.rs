//! Plain-language explanations of everything that can go wrong with a call, and of success.

pub mod catalog;
mod catalog_entries;
pub mod ram_policy;
pub mod signature_diff;

pub use catalog::{
    ErrorContext, Explanation, NetworkErrorKind, catalog_codes, explain_cancelled, explain_network,
    explain_service_error, explain_unreadable,
};
