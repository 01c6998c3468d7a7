//! A local simulator of the ApsaraVideo Live endpoint: verifies signatures with our `signing`
//! code, keeps state, answers as the service does, and marks every answer as a sandbox one.

pub mod faults;
pub mod identities;
mod in_process;
pub mod reply;
pub mod server;
pub mod verify;
pub mod world;

pub use faults::Faults;
pub use identities::{DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, Identity};
pub use server::{RunningSandbox, SandboxCall, SandboxConfig, start};
