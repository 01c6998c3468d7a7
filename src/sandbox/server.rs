//! The sandbox's HTTP server (axum, loopback by default) and its handle.

use super::dispatch;
use super::faults::{Faults, ThrottleWindow};
use super::identities::{Identity, default_identities};
use super::reply::{self, ApiError};
use super::streams::Simulation;
use super::verify::NonceStore;
use super::world::World;
use crate::wire::{LocalService, SANDBOX_HEADER};
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// How to start a sandbox.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// Address to listen on; port 0 picks a free one.
    pub listen: SocketAddr,
    /// Keys accepted.
    pub identities: Vec<Identity>,
    /// Faults applied from the start.
    pub faults: Faults,
    /// Where the configs are kept between runs; `None` keeps them in memory only.
    pub state_file: Option<PathBuf>,
    /// How many times faster than the computer's clock sandbox time runs (at least 1).
    pub time_scale: u32,
    /// Streams pushed from the start, as `DOMAIN/APP/STREAM`.
    pub live: Vec<String>,
    /// Append one JSON line per call received to this file (what a script really sent).
    pub call_log: Option<PathBuf>,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            identities: default_identities(),
            faults: Faults::default(),
            state_file: None,
            time_scale: 1,
            live: Vec::new(),
            call_log: None,
        }
    }
}

/// One call the sandbox received (every request, throttled ones included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxCall {
    /// When it arrived, on tokio's clock (paused in tests).
    pub at: tokio::time::Instant,
    /// Its action, "" when it was refused before its signature was read (e.g. throttled).
    pub action: String,
    /// Its AppName and StreamName.
    pub app: String,
    /// Its StreamName.
    pub stream: String,
    /// Whether it was carried out.
    pub accepted: bool,
}

pub(super) struct Shared {
    pub(super) identities: Vec<Identity>,
    calls: Mutex<Vec<SandboxCall>>,
    call_log: Option<PathBuf>,
    pub(super) world: Mutex<World>,
    state_file: Option<PathBuf>,
    pub(super) nonces: Mutex<NonceStore>,
    faults: Mutex<Faults>,
    throttle: Mutex<ThrottleWindow>,
    pub(super) simulation: Mutex<Simulation>,
}

pub(super) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic elsewhere never leaves these structures half-updated; keep serving.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A running sandbox. Dropping it stops the server.
pub struct RunningSandbox {
    base_url: String,
    shared: Arc<Shared>,
    stop: CancellationToken,
    task: Option<JoinHandle<()>>,
}

impl RunningSandbox {
    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Replaces the faults applied to calls from now on.
    pub fn set_faults(&self, faults: Faults) {
        *lock(&self.shared.faults) = faults;
    }

    /// Starts pushing a simulated stream, `DOMAIN/APP/STREAM`, now.
    pub fn start_stream(&self, path: &str) -> Result<(), String> {
        lock(&self.shared.simulation).start(path)
    }

    /// Stops a simulated stream; whether it was live.
    pub fn stop_stream(&self, path: &str) -> bool {
        lock(&self.shared.simulation).stop(path)
    }

    /// The simulated streams live now, as `DOMAIN/APP/STREAM`.
    pub fn simulated_streams(&self) -> Vec<String> {
        lock(&self.shared.simulation).simulated_live()
    }

    /// How many record-to-VOD configs exist.
    pub fn config_count(&self) -> usize {
        lock(&self.shared.world).config_count()
    }

    /// Every call received so far, in order of arrival.
    pub fn calls(&self) -> Vec<SandboxCall> {
        lock(&self.shared.calls).clone()
    }

    /// How many calls were received so far.
    pub fn call_count(&self) -> usize {
        lock(&self.shared.calls).len()
    }

    /// Answers calls in this process, without a socket (for runs on tokio's paused clock).
    pub fn in_process(&self) -> Arc<dyn LocalService> {
        Arc::new(super::in_process::InProcess(Arc::clone(&self.shared)))
    }

    /// Deletes every config (and empties the state file, when there is one).
    pub fn reset(&self) -> std::io::Result<()> {
        let mut world = lock(&self.shared.world);
        *world = World::default();
        self.shared.save(&world)
    }

    /// Stops the server and waits for it.
    pub async fn stop(mut self) {
        self.stop.cancel();
        if let Some(task) = self.task.take() {
            task.await.ok();
        }
    }
}

impl Drop for RunningSandbox {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

/// Starts a sandbox on the current tokio runtime.
/// A state file that cannot be read is an error, and is left untouched.
pub async fn start(config: SandboxConfig) -> std::io::Result<RunningSandbox> {
    let world = match &config.state_file {
        Some(path) => load_world(path)?,
        None => World::default(),
    };
    let mut simulation = Simulation::new(config.time_scale);
    for path in &config.live {
        simulation
            .start(path)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
    }
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    let addr = listener.local_addr()?;
    let shared = Arc::new(Shared {
        identities: config.identities,
        calls: Mutex::new(Vec::new()),
        world: Mutex::new(world),
        state_file: config.state_file,
        call_log: config.call_log,
        nonces: Mutex::new(NonceStore::default()),
        faults: Mutex::new(config.faults),
        throttle: Mutex::new(ThrottleWindow::default()),
        simulation: Mutex::new(simulation),
    });
    let router = axum::Router::new()
        .fallback(from_the_network)
        .with_state(Arc::clone(&shared));
    let stop = CancellationToken::new();
    let stopped = stop.clone();
    let task = tokio::spawn(async move {
        let listener = super::idle::IdleClosing {
            inner: listener,
            idle: super::idle::IDLE_TIMEOUT,
        };
        axum::serve(listener, router)
            .with_graceful_shutdown(stopped.cancelled_owned())
            .await
            .ok();
    });
    Ok(RunningSandbox {
        base_url: format!("http://{addr}"),
        shared,
        stop,
        task: Some(task),
    })
}

/// Reads the sandbox's saved configs; a missing file is an empty world.
fn load_world(path: &Path) -> std::io::Result<World> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "the sandbox state file {} cannot be read ({e}); move it away or delete it to start empty",
                    path.display()
                ),
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(World::default()),
        // A folder or an unreadable file is a problem with the state file, not with
        // listening: said as such (InvalidData is how the caller tells them apart).
        Err(e) => Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "the sandbox state file {} cannot be read ({e}); give --state a file's path",
                path.display()
            ),
        )),
    }
}

impl Shared {
    pub(super) fn record(&self, action: &str, params: &BTreeMap<String, String>, accepted: bool) {
        let field = |name: &str| params.get(name).cloned().unwrap_or_default();
        let call = SandboxCall {
            at: tokio::time::Instant::now(),
            action: action.to_string(),
            app: field("AppName"),
            stream: field("StreamName"),
            accepted,
        };
        if let Some(path) = &self.call_log {
            let line = serde_json::json!({
                "action": call.action, "domain": field("DomainName"), "app": call.app,
                "stream": call.stream, "accepted": accepted,
            });
            let appended = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .and_then(|mut f| {
                    std::io::Write::write_all(&mut f, format!("{line}\n").as_bytes())
                });
            if let Err(e) = appended {
                eprintln!(
                    "sandbox: the call log {} cannot be written: {e}",
                    path.display()
                );
            }
        }
        lock(&self.calls).push(call);
    }

    /// Writes the configs to the state file, when there is one.
    pub(super) fn save(&self, world: &World) -> std::io::Result<()> {
        let Some(path) = &self.state_file else {
            return Ok(());
        };
        let bytes = serde_json::to_vec_pretty(world).map_err(std::io::Error::other)?;
        crate::atomic_file::write_atomically(path, &bytes)
            .map_err(|e| std::io::Error::other(e.to_string()))
    }
}

/// The largest request body the sandbox reads. The service's calls carry their parameters in
/// the query (the body is empty), so anything near this is a mistake or an attack.
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// How long the sandbox waits for a request's body once its headers have come: a client that
/// stops half way is answered, not waited for.
pub const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// A request from the network: a body announced too large is refused at once (413) without
/// reading it, one that does not arrive in time is answered 408; the rest go to [`handle`].
async fn from_the_network(
    State(shared): State<Arc<Shared>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let announced = parts
        .headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let too_large = || {
        refused(ApiError::new(
            413,
            "RequestEntityTooLarge",
            "The request body is larger than the sandbox accepts (1 MiB).",
        ))
    };
    if announced.is_some_and(|n| n > MAX_BODY_BYTES as u64) {
        return too_large();
    }
    let body = match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY_BYTES))
        .await
    {
        Ok(Ok(body)) => body,
        Ok(Err(_)) => return too_large(),
        Err(_) => {
            return refused(ApiError::new(
                408,
                "RequestTimeout",
                "The request body did not arrive in time.",
            ));
        }
    };
    handle(State(shared), parts.method, parts.uri, parts.headers, body).await
}

/// An answer to a request refused before it was read whole.
fn refused(error: ApiError) -> Response {
    let text = error.body(&reply::new_request_id(), "sandbox").to_string();
    let mut response = (
        StatusCode::from_u16(error.status).unwrap_or(StatusCode::BAD_REQUEST),
        [
            ("content-type", "application/json;charset=utf-8"),
            ("connection", "close"),
        ],
        text,
    )
        .into_response();
    response
        .headers_mut()
        .insert(SANDBOX_HEADER, HeaderValue::from_static("1"));
    response
}

pub(super) async fn handle(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let request_id = reply::new_request_id();
    let host = headers
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("sandbox")
        .to_string();
    let faults = lock(&shared.faults).clone();
    if faults.drop_connection {
        return dropped_connection();
    }
    let answer = if faults.malformed_body {
        Ok(Answer::Raw(format!(
            "{{\"RequestId\": \"{request_id}\", \"Sandbox\": tru"
        )))
    } else if let Some(status) = faults.http_status {
        Err(status_fault(status))
    } else if faults
        .throttle_per_minute
        .is_some_and(|n| lock(&shared.throttle).exceeds(tokio::time::Instant::now().into_std(), n))
    {
        shared.record("", &BTreeMap::new(), false);
        Err(ApiError::new(
            400,
            "Throttling.User",
            "Request was denied due to user flow control.",
        ))
    } else {
        dispatch::answer(
            &shared,
            method.as_str(),
            uri.query().unwrap_or_default(),
            &headers,
            &body,
        )
    };
    // The work is done before the delay, as on a slow network: a call that times out may
    // still have taken effect.
    if !faults.latency.is_zero() {
        tokio::time::sleep(faults.latency).await;
    }
    let (status, text) = match answer {
        Ok(Answer::Json(mut v)) => {
            if faults.inflated_total {
                super::faults::inflate_totals(&mut v);
            }
            (200, v.to_string())
        }
        Ok(Answer::Raw(text)) => (200, text),
        Err(e) => (e.status, e.body(&request_id, &host).to_string()),
    };
    let mut response = (
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        [("content-type", "application/json;charset=utf-8")],
        text,
    )
        .into_response();
    response
        .headers_mut()
        .insert(SANDBOX_HEADER, HeaderValue::from_static("1"));
    response
}

/// What the sandbox answers a call that was not refused before it was read.
pub(super) enum Answer {
    /// A JSON body, as the service sends.
    Json(Value),
    /// Any other body (a fault).
    Raw(String),
}

fn status_fault(status: u16) -> ApiError {
    match status {
        503 => ApiError::new(
            503,
            "ServiceUnavailable",
            "The request has failed due to a temporary failure of the server.",
        ),
        _ => ApiError::new(
            500,
            "InternalError",
            "The request processing has failed due to backend service exception.",
        ),
    }
}

fn dropped_connection() -> Response {
    // Send the status line, then fail the body: the connection closes mid-answer.
    let failing = futures_stream_error();
    let mut response = Response::new(Body::from_stream(failing));
    response
        .headers_mut()
        .insert(SANDBOX_HEADER, HeaderValue::from_static("1"));
    response
}

fn futures_stream_error() -> impl futures_core::Stream<Item = Result<Bytes, std::io::Error>> + Send
{
    struct Failing(bool);
    impl futures_core::Stream for Failing {
        type Item = Result<Bytes, std::io::Error>;
        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            if self.0 {
                return std::task::Poll::Ready(None);
            }
            self.0 = true;
            std::task::Poll::Ready(Some(Err(std::io::Error::new(
                std::io::ErrorKind::ConnectionAborted,
                "sandbox fault: dropped connection",
            ))))
        }
    }
    Failing(false)
}
