//! The sandbox answering in this process, without a socket: the same handler as over HTTP,
//! for tests and benchmarks on tokio's paused clock.

use super::server::{Shared, handle};
use crate::wire::{LocalAnswer, LocalService, PreparedRequest, SANDBOX_HEADER};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, Uri};
use std::sync::Arc;

/// The sandbox answering in this process.
#[derive(Clone)]
pub(super) struct InProcess(pub(super) Arc<Shared>);

impl std::fmt::Debug for InProcess {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InProcessSandbox")
    }
}

impl LocalService for InProcess {
    fn answer(
        &self,
        request: PreparedRequest,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = LocalAnswer> + Send>> {
        let shared = Arc::clone(&self.0);
        Box::pin(async move {
            let uri: Uri = request.url.parse().unwrap_or_default();
            let mut headers = HeaderMap::new();
            for (name, value) in &request.headers {
                if let (Ok(n), Ok(v)) = (
                    axum::http::HeaderName::from_bytes(name.as_bytes()),
                    HeaderValue::from_str(value),
                ) {
                    headers.insert(n, v);
                }
            }
            let method = Method::from_bytes(request.method.as_bytes()).unwrap_or(Method::POST);
            let body = Bytes::from(request.body.into_bytes());
            let response = handle(State(shared), method, uri, headers, body).await;
            let status = response.status().as_u16();
            let from_sandbox = response.headers().contains_key(SANDBOX_HEADER);
            let body = axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .map(|b| b.to_vec())
                .unwrap_or_default();
            LocalAnswer {
                status,
                body,
                from_sandbox,
            }
        })
    }
}
