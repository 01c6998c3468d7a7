//! Starts the window: the async runtime, the built-in sandbox, the worker and eframe.

use crate::client::ClientConfig;
use crate::credentials::{Profile, SecretStore};
use crate::sandbox::{self, SandboxConfig};
use crate::ui::{AppSetup, LiveRecordApp, load_saved_state};
use crate::worker::SandboxReset;
use eframe::egui;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// The file in the data directory where the window's sandbox keeps its configs.
pub use crate::storage::paths::SANDBOX_STATE_FILE;

/// Environment variable that makes the window report its first frame and close (benchmarks).
// i18n-exempt: an environment variable
pub const REPORT_FIRST_FRAME_ENV: &str = "LIVE_RECORD_VOD_REPORT_FIRST_FRAME";

/// Wraps an app: after its first frame, prints `first_frame_ms=… rss_kb=…` and closes the
/// window. Used by `benches/window.rs` to compare start-up with a minimal eframe window.
pub struct FirstFrameProbe<A> {
    inner: A,
    started: Instant,
    reported: bool,
}

impl<A> FirstFrameProbe<A> {
    /// Wraps `inner`; `started` is when the process began its work.
    pub fn new(inner: A, started: Instant) -> Self {
        FirstFrameProbe {
            inner,
            started,
            reported: false,
        }
    }
}

/// Resident memory of this process in KiB (Linux), 0 elsewhere.
pub fn resident_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                // i18n-exempt: a /proc field
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).map(str::to_string))
        })
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

impl<A: eframe::App> eframe::App for FirstFrameProbe<A> {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.inner.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.inner.ui(ui, frame);
        if !self.reported {
            self.reported = true;
            println!(
                // i18n-exempt: read by the benchmark
                "first_frame_ms={} rss_kb={}",
                self.started.elapsed().as_millis(),
                resident_kb()
            );
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.inner.save(storage);
    }
}

/// Starts the window's sandbox, which keeps its configs in the data directory ("Reset
/// sandbox" empties it). A damaged state file does not keep the window from opening: the
/// sandbox runs without it (the file left as it is) and the problem is said in its banner.
async fn start_sandbox(
    data_dir: &std::path::Path,
) -> std::io::Result<(sandbox::RunningSandbox, Option<crate::i18n::Said>)> {
    let state_file = data_dir.join(SANDBOX_STATE_FILE);
    let with_state = SandboxConfig {
        state_file: Some(state_file.clone()),
        ..SandboxConfig::default()
    };
    match sandbox::start(with_state).await {
        Ok(sandbox) => Ok((sandbox, None)),
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
            let problem = crate::said!(
                "app-sandbox-state-damaged",
                reason = crate::i18n::Said::of(e)
            );
            Ok((
                sandbox::start(SandboxConfig::default()).await?,
                Some(problem),
            ))
        }
        Err(e) => Err(e),
    }
}

/// Runs the window until it is closed.
pub fn run_gui(data_dir: PathBuf, language: Option<crate::i18n::Language>) -> anyhow::Result<()> {
    let started = Instant::now();
    let probe = std::env::var_os(REPORT_FIRST_FRAME_ENV).is_some();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let (sandbox, sandbox_problem) = runtime.block_on(start_sandbox(&data_dir))?;
    let sandbox = Arc::new(sandbox);
    let resettable = Arc::clone(&sandbox);
    let state_file = data_dir.join(SANDBOX_STATE_FILE);
    let damaged = sandbox_problem.is_some();
    let mut profiles = vec![crate::worker::sandbox_profile(sandbox.base_url())];
    profiles.extend(Profile::from_env());
    let setup = AppSetup {
        runtime: runtime.handle().clone(),
        data_dir: data_dir.clone(),
        profiles,
        native_file_dialogs: true,
        client: ClientConfig::default(),
        secrets: SecretStore::platform(),
        sandbox_reset: Some(SandboxReset(Arc::new(move || {
            resettable.reset()?;
            // A damaged state file is replaced by an empty one only when the user resets.
            if damaged {
                let empty = serde_json::to_vec_pretty(&crate::sandbox::world::World::default())
                    .map_err(std::io::Error::other)?;
                crate::atomic_file::write_atomically(&state_file, &empty)
                    .map_err(|e| std::io::Error::other(e.to_string()))?;
            }
            Ok(())
        }))),
        sandbox_streams: Some(crate::sandbox::streams::StreamControl(Arc::clone(&sandbox))),
        language,
        sandbox_problem,
    };
    let mut viewport = egui::ViewportBuilder::default();
    if let Some(icon) = crate::ui::icon::icon_data() {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport: viewport
            .with_title(crate::t!("top-live-record-to-vod"))
            .with_app_id("live-record-vod")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size(crate::ui::MIN_WINDOW_SIZE),
        persistence_path: Some(data_dir.join("window.ron")),
        // OpenGL; named because test builds also have wgpu, which eframe would prefer.
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        // i18n-exempt: the app's storage name, the same in every language
        "Live Record to VOD",
        options,
        Box::new(move |cc| {
            let saved = load_saved_state(cc.storage);
            let app = LiveRecordApp::new(&cc.egui_ctx, setup, saved);
            if probe {
                Ok(Box::new(FirstFrameProbe::new(app, started)))
            } else {
                Ok(Box::new(app))
            }
        }),
    )
    .map_err(|e| anyhow::anyhow!(crate::t!("app-window-failed", error = e.to_string())))?;
    drop(sandbox);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_damaged_sandbox_state_is_said_not_a_window_that_never_opens() {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = dir.path().join(SANDBOX_STATE_FILE);
        std::fs::write(&state, b"{ damaged").expect("write");
        let (sandbox, problem) = start_sandbox(dir.path()).await.expect("the sandbox runs");
        assert!(problem.is_some_and(|p| p.text().contains("sandbox-state.json")));
        assert_eq!(sandbox.config_count(), 0);
        assert_eq!(
            std::fs::read(&state).expect("read"),
            b"{ damaged",
            "left as it is"
        );
        std::fs::remove_file(&state).expect("remove");
        let (_, problem) = start_sandbox(dir.path()).await.expect("the sandbox runs");
        assert!(
            problem.is_none(),
            "no file is an empty sandbox, not a problem"
        );
    }
}
