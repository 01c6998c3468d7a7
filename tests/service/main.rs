//! The program without its window, in one test binary (linked once, not twelve times): the
//! command line, batches, the history, the sandbox, the wire, the catalogue, copy as code, the
//! keyring and the official SDKs' check.

#[path = "../common/mod.rs"]
mod common;

mod account_check;
mod batch;
mod call;
mod cli;
mod codegen;
mod configs;
mod desired;
mod full_disk;
mod guards;
mod history;
mod keyring;
mod official_sdk;
mod presets;
mod properties;
mod sandbox_end_to_end;
mod status;
mod wire;
