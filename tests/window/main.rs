//! The window in egui_kittest, in one test binary: driven as a user drives it, the Configs view,
//! the keyboard, and the snapshots. (The languages are tested in their own binary,
//! `window_languages`, because the language is one setting for the whole process.)

#[path = "../common/mod.rs"]
mod common;
#[path = "../window_helpers/mod.rs"]
mod window_helpers;

mod configs;
mod guards;
mod keyboard;
mod main_window;
mod overview;
mod pick_lists;
mod plan;
mod snapshots;
