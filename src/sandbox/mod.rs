//! A local simulator of the ApsaraVideo Live and VOD endpoints, with an account of its own: verifies signatures with our `signing`
//! code, keeps state, answers as the service does, and marks every answer as a sandbox one.

pub mod account;
mod dispatch;
pub mod faults;
pub mod identities;
mod idle;
mod in_process;
mod live_handlers;
mod query;
pub mod reply;
pub mod server;
pub mod streams;
pub mod verify;
mod vod_handlers;
pub mod world;

pub use faults::Faults;
pub use identities::{DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, Identity};
pub use server::{RunningSandbox, SandboxCall, SandboxConfig, start};
