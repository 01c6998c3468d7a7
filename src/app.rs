//! Starts the window: the async runtime, the built-in sandbox, the worker and eframe.

use crate::client::ClientConfig;
use crate::credentials::{Profile, SecretStore};
use crate::sandbox::{self, SandboxConfig};
use crate::ui::{AppSetup, LiveRecordApp, load_saved_state};
use eframe::egui;
use std::path::PathBuf;

/// Runs the window until it is closed.
pub fn run_gui(data_dir: PathBuf) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let sandbox = runtime.block_on(sandbox::start(SandboxConfig::default()))?;
    let mut profiles = vec![Profile::sandbox(sandbox.base_url())];
    profiles.extend(Profile::from_env());
    let setup = AppSetup {
        runtime: runtime.handle().clone(),
        data_dir: data_dir.clone(),
        profiles,
        native_file_dialogs: true,
        client: ClientConfig::default(),
        secrets: SecretStore::platform(),
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Live Record to VOD")
            .with_app_id("live-record-vod")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 560.0]),
        persistence_path: Some(data_dir.join("window.ron")),
        ..Default::default()
    };
    eframe::run_native(
        "Live Record to VOD",
        options,
        Box::new(move |cc| {
            let saved = load_saved_state(cc.storage);
            Ok(Box::new(LiveRecordApp::new(&cc.egui_ctx, setup, saved)))
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))?;
    drop(sandbox);
    Ok(())
}
