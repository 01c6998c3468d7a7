//! Background work shared by the command line and the window: a submission that is recorded in
//! the history before it is sent and completed after.

pub mod jobs;

pub use jobs::{SubmitJob, SubmitReport, submit};
