//! The HTTP client: signs each attempt afresh, applies timeouts, the rate limit, retries and cancel.

use super::network_error;
use super::rate_limit::RateLimiter;
use super::response::{self, CallResult, Outcome};
use crate::errors::NetworkErrorKind;
use crate::operation::catalog::{Method, Product, Rate};
use crate::operation::{self, Request};
use crate::signing::{self, AccessKey, CallSpec, SignatureMethod};
use crate::wire::{Endpoint, LocalService, PreparedRequest, SharedLimit};
use crate::wire::{SANDBOX_HEADER, VOD_REGION_HEADER};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// Timeouts, retries and the rate limit of a client.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Longest wait for a connection.
    pub connect_timeout: Duration,
    /// Longest wait for a complete answer, per attempt.
    pub total_timeout: Duration,
    /// Extra attempts after throttling, a 503, a timeout or a lost connection.
    pub max_retries: u32,
    /// Wait before the first retry; doubled for each further one.
    pub retry_backoff: Duration,
    /// Calls allowed per minute in any 60-second window.
    pub calls_per_minute: u32,
    /// Whether calls to this computer (the sandbox) count against the limit too.
    pub limit_loopback: bool,
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(30),
            max_retries: 2,
            retry_backoff: Duration::from_millis(500),
            calls_per_minute: operation::CALLS_PER_MINUTE_LIMIT,
            limit_loopback: false,
        }
    }
}

/// Why the HTTP client could not be built.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::t!("err-send-could-not-set-up-the", value = .0.to_string()))]
pub struct ClientBuildError(String);

/// One call to make.
#[derive(Debug, Clone, Copy)]
pub struct Call<'a> {
    /// The validated request.
    pub request: &'a Request,
    /// Who signs it.
    pub key: AccessKey<'a>,
    /// How it is signed.
    pub signature: SignatureMethod,
    /// Where it goes.
    pub endpoint: &'a Endpoint,
    /// Total time allowed per attempt; `None` uses the client's.
    pub timeout: Option<Duration>,
}

/// Any RPC call of the service family: action, version and parameters, signed and sent the
/// same way as the record-to-VOD operations.
#[derive(Debug, Clone)]
pub struct ApiCall<'a> {
    /// API action, e.g. `GetCallerIdentity`.
    pub action: &'a str,
    /// API version, e.g. `2015-04-01`.
    pub version: &'a str,
    /// GET or POST (the parameters go in the query either way).
    pub method: Method,
    /// For a VOD call to a sandbox: the region it is for (the service knows it from the host).
    pub sandbox_region: Option<&'a str>,
    /// The operation's own documented rate, kept besides the account's limit.
    pub rate: Option<Rate>,
    /// The parameters.
    pub params: Vec<(&'static str, String)>,
    /// The key to sign with.
    pub key: AccessKey<'a>,
    /// Signature method.
    pub signature: SignatureMethod,
    /// Where it goes.
    pub endpoint: &'a Endpoint,
    /// Total time allowed per attempt; `None` uses the client's.
    pub timeout: Option<Duration>,
}

impl<'a> From<&Call<'a>> for ApiCall<'a> {
    fn from(call: &Call<'a>) -> Self {
        let spec = call.request.operation().spec();
        let vod_sandbox = spec.product == Product::Vod && call.endpoint.is_loopback();
        ApiCall {
            action: spec.action,
            version: spec.version(),
            method: spec.method,
            sandbox_region: vod_sandbox.then(|| call.request.region_id()).flatten(),
            rate: Some(spec.rate),
            params: call.request.params(),
            key: call.key,
            signature: call.signature,
            endpoint: call.endpoint,
            timeout: call.timeout,
        }
    }
}

/// Makes ring the process's TLS crypto (reqwest is built without a provider of its own, so
/// without aws-lc's C build); call before building any `reqwest::Client`. Idempotent.
pub fn use_ring_for_tls() {
    // An error only says a provider is already installed (ring, by an earlier call).
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Sends calls. Cheap to clone; clones share the connection pool and the rate limits.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    config: ClientConfig,
    limiter: RateLimiter,
    /// One limiter per action with a documented rate, made at its first call.
    action_limiters: Arc<std::sync::Mutex<HashMap<String, RateLimiter>>>,
    /// The account's limit shared with the other processes on this computer, when set.
    shared: Option<Arc<dyn SharedLimit>>,
    local: Option<std::sync::Arc<dyn LocalService>>,
}

impl Client {
    /// Builds a client with keep-alive connections and the given timeouts.
    pub fn new(config: ClientConfig) -> Result<Client, ClientBuildError> {
        use_ring_for_tls();
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.total_timeout)
            .user_agent(concat!("live-record-vod/", env!("CARGO_PKG_VERSION")))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| ClientBuildError(network_error::describe(e)))?;
        let limiter = RateLimiter::per_minute(config.calls_per_minute);
        Ok(Client {
            http,
            config,
            limiter,
            action_limiters: Arc::default(),
            shared: None,
            local: None,
        })
    }

    /// The same client, also keeping the account's limit shared with every process that uses
    /// `shared` (the same data directory).
    pub fn with_shared_limit(mut self, shared: Arc<dyn SharedLimit>) -> Client {
        self.shared = Some(shared);
        self
    }

    /// Waits until the account's shared record has a place for one more call.
    async fn reserve_shared(&self, account: &str) {
        let Some(shared) = self.shared.clone() else {
            return;
        };
        let per_minute = self.config.calls_per_minute;
        loop {
            let (shared, account) = (Arc::clone(&shared), account.to_string());
            let answer =
                tokio::task::spawn_blocking(move || shared.reserve(&account, per_minute)).await;
            match answer {
                Ok(Ok(Some(wait))) => tokio::time::sleep(wait).await,
                // Reserved, or the record cannot be read: this process's limit still holds.
                _ => return,
            }
        }
    }

    /// A client whose every call is answered by `service` in this process, signed and limited
    /// exactly as over HTTP.
    pub fn in_process(
        config: ClientConfig,
        service: std::sync::Arc<dyn LocalService>,
    ) -> Result<Client, ClientBuildError> {
        let mut client = Client::new(config)?;
        client.local = Some(service);
        Ok(client)
    }

    /// Holds every call of this client (and its clones) back for `pause`: after a throttling
    /// answer, the service wants fewer calls for a while.
    pub async fn back_off(&self, pause: Duration) {
        self.limiter.hold_for(pause).await;
    }

    /// The client's settings.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// Signs `call` with a fresh timestamp and nonce.
    pub fn prepare(call: &Call<'_>) -> PreparedRequest {
        Self::prepare_api(&ApiCall::from(call))
    }

    /// Signs any RPC call with a fresh timestamp and nonce.
    pub fn prepare_api(call: &ApiCall<'_>) -> PreparedRequest {
        let params = &call.params;
        let host = call.endpoint.host_header();
        let timestamp = signing::timestamp_now();
        let nonce = signing::new_nonce();
        let spec = CallSpec {
            method: call.method.as_str(),
            host: &host,
            action: call.action,
            version: call.version,
            params,
            timestamp: &timestamp,
            nonce: &nonce,
        };
        let signed = signing::sign(call.signature, &spec, &call.key);
        let mut headers = signed.headers;
        if let Some(region) = call.sandbox_region {
            headers.push((VOD_REGION_HEADER.to_string(), region.to_string()));
        }
        PreparedRequest {
            method: signed.method,
            url: call.endpoint.url_with_query(&signed.query),
            headers,
            body: String::new(),
            string_to_sign: signed.string_to_sign,
        }
    }

    /// Sends `call`, retrying transient failures, until it is answered, fails or is cancelled.
    pub async fn send(&self, call: &Call<'_>, cancel: &CancellationToken) -> CallResult {
        self.send_api(&ApiCall::from(call), cancel).await
    }

    /// Sends any RPC call, as [`Client::send`] does.
    pub async fn send_api(&self, call: &ApiCall<'_>, cancel: &CancellationToken) -> CallResult {
        let started = Instant::now();
        let mut attempts = 0;
        let mut had_uncertain_attempt = false;
        let mut string_to_sign = String::new();
        loop {
            attempts += 1;
            let (outcome, raw_body, from_sandbox) = tokio::select! {
                biased;
                () = cancel.cancelled() => (Outcome::Cancelled, String::new(), false),
                answer = self.attempt(call, &mut string_to_sign) => answer,
            };
            let retry = attempts <= self.config.max_retries && is_transient(&outcome);
            if !retry {
                return CallResult {
                    outcome,
                    raw_body,
                    from_sandbox,
                    elapsed_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
                    attempts,
                    had_uncertain_attempt,
                    string_to_sign,
                };
            }
            had_uncertain_attempt |= is_uncertain(&outcome);
            let backoff = self.config.retry_backoff * 2u32.saturating_pow(attempts - 1);
            tokio::select! {
                biased;
                () = cancel.cancelled() => {}
                () = tokio::time::sleep(backoff) => {}
            }
        }
    }

    /// The limiter of the call's action, when it has a documented rate.
    fn action_limiter(&self, call: &ApiCall<'_>) -> Option<RateLimiter> {
        let rate = call.rate?;
        let mut limiters = self
            .action_limiters
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        Some(
            limiters
                .entry(call.action.to_string())
                .or_insert_with(|| RateLimiter::for_rate(rate))
                .clone(),
        )
    }

    /// One attempt; `signed` receives the string it signed (the security token masked).
    async fn attempt(&self, call: &ApiCall<'_>, signed: &mut String) -> (Outcome, String, bool) {
        if self.config.limit_loopback || !call.endpoint.is_loopback() {
            self.reserve_shared(call.key.id).await;
            self.limiter.acquire().await;
            if let Some(action_limiter) = self.action_limiter(call) {
                action_limiter.acquire().await;
            }
        }
        let prepared = Self::prepare_api(call);
        signed.clone_from(&prepared.redacted(call.key.security_token).string_to_sign);
        if let Some(local) = &self.local {
            let timeout = call.timeout.unwrap_or(self.config.total_timeout);
            return match tokio::time::timeout(timeout, local.answer(prepared)).await {
                Ok(answer) => (
                    response::parse(answer.status, &answer.body),
                    response::body_text(&answer.body),
                    answer.from_sandbox,
                ),
                Err(_) => {
                    let detail = format!("no answer within {} s", timeout.as_secs());
                    (
                        Outcome::Network {
                            kind: NetworkErrorKind::Timeout,
                            detail: detail.clone(),
                        },
                        detail,
                        false,
                    )
                }
            };
        }
        // Every official SDK sends `Content-Length: 0` with an empty POST body (some front
        // ends answer 411 without it); hyper leaves it out unless it is set.
        let mut builder = match call.method {
            Method::Post => self
                .http
                .post(&prepared.url)
                .header("content-length", prepared.body.len())
                .body(prepared.body.clone()),
            Method::Get => self.http.get(&prepared.url),
        }
        .header("accept", "application/json");
        if let Some(timeout) = call.timeout {
            builder = builder.timeout(timeout);
        }
        for (name, value) in prepared.headers.iter().filter(|(n, _)| n != "host") {
            builder = builder.header(name, value);
        }
        let mut response = match builder.send().await {
            Ok(r) => r,
            Err(e) => return network_failure(e),
        };
        let http_status = response.status().as_u16();
        let from_sandbox = response.headers().contains_key(SANDBOX_HEADER);
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() < response::MAX_BODY_BYTES {
                        body.extend_from_slice(&chunk);
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    let (outcome, detail, _) = network_failure(e);
                    return (outcome, detail, from_sandbox);
                }
            }
        }
        (
            response::parse(http_status, &body),
            response::body_text(&body),
            from_sandbox,
        )
    }
}

fn network_failure(e: reqwest::Error) -> (Outcome, String, bool) {
    let kind = network_error::classify(&e);
    let detail = network_error::describe(e);
    (
        Outcome::Network {
            kind,
            detail: detail.clone(),
        },
        detail,
        false,
    )
}

fn is_uncertain(outcome: &Outcome) -> bool {
    matches!(
        outcome,
        Outcome::Network {
            kind: NetworkErrorKind::Timeout | NetworkErrorKind::Dropped,
            ..
        }
    )
}

fn is_transient(outcome: &Outcome) -> bool {
    match outcome {
        Outcome::Network { kind, .. } => matches!(
            kind,
            NetworkErrorKind::Timeout
                | NetworkErrorKind::Dropped
                | NetworkErrorKind::ConnectTimeout
        ),
        Outcome::ServiceError(e) => outcome.is_throttling() || e.code == "ServiceUnavailable",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::LocalAnswer;
    use std::future::Future;
    use std::pin::Pin;

    /// Answers every call at once with an empty success.
    #[derive(Debug)]
    struct Instant200;

    impl LocalService for Instant200 {
        fn answer(&self, _: PreparedRequest) -> Pin<Box<dyn Future<Output = LocalAnswer> + Send>> {
            Box::pin(async {
                LocalAnswer {
                    status: 200,
                    body: br#"{"RequestId":"r"}"#.to_vec(),
                    from_sandbox: true,
                }
            })
        }
    }

    /// Full for the first ask (wait a second), free after.
    #[derive(Debug, Default)]
    struct FullOnce(std::sync::atomic::AtomicUsize);

    impl SharedLimit for FullOnce {
        fn reserve(&self, account: &str, _: u32) -> Result<Option<Duration>, String> {
            assert_eq!(account, "id");
            let asked = self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Ok((asked == 0).then_some(Duration::from_secs(1)))
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_waits_for_a_place_in_the_limit_shared_with_other_processes() {
        let config = ClientConfig {
            limit_loopback: true,
            ..ClientConfig::default()
        };
        let shared = Arc::new(FullOnce::default());
        let client = Client::in_process(config, Arc::new(Instant200))
            .expect("client")
            .with_shared_limit(Arc::clone(&shared) as Arc<dyn SharedLimit>);
        let endpoint = Endpoint::custom("http://127.0.0.1:1").expect("endpoint");
        let call = ApiCall {
            action: "DescribeLiveUserDomains",
            version: "2016-11-01",
            method: Method::Post,
            sandbox_region: None,
            rate: None,
            params: Vec::new(),
            key: AccessKey {
                id: "id",
                secret: "secret",
                security_token: None,
            },
            signature: SignatureMethod::V3,
            endpoint: &endpoint,
            timeout: None,
        };
        let start = tokio::time::Instant::now();
        let done = client.send_api(&call, &CancellationToken::new()).await;
        assert!(done.outcome.is_success());
        assert!(start.elapsed() >= Duration::from_secs(1));
        assert_eq!(shared.0.load(std::sync::atomic::Ordering::SeqCst), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn an_operation_is_sent_no_faster_than_its_documented_rate() {
        let config = ClientConfig {
            limit_loopback: true,
            ..ClientConfig::default()
        };
        let client = Client::in_process(config, Arc::new(Instant200)).expect("client");
        let endpoint = Endpoint::custom("http://127.0.0.1:1").expect("endpoint");
        let key = AccessKey {
            id: "id",
            secret: "secret",
            security_token: None,
        };
        let call = |action, rate| ApiCall {
            action,
            version: "2016-11-01",
            method: Method::Post,
            sandbox_region: None,
            rate: Some(rate),
            params: Vec::new(),
            key,
            signature: SignatureMethod::V3,
            endpoint: &endpoint,
            timeout: None,
        };
        let cancel = CancellationToken::new();
        let start = tokio::time::Instant::now();
        // DescribeLiveStreamsPublishList allows 3 calls a second: 7 calls take 2 seconds.
        for _ in 0..7 {
            let done = client
                .send_api(
                    &call("DescribeLiveStreamsPublishList", Rate::PerSecond(3)),
                    &cancel,
                )
                .await;
            assert!(done.outcome.is_success());
        }
        assert_eq!(start.elapsed(), Duration::from_secs(2));
        // Another operation has its own window.
        client
            .send_api(
                &call("DescribeLiveUserDomains", Rate::PerSecond(100)),
                &cancel,
            )
            .await;
        assert_eq!(start.elapsed(), Duration::from_secs(2));
    }
}
