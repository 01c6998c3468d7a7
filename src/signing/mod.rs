//! Alibaba Cloud request signatures: V3 (`ACS3-HMAC-SHA256`) and RPC V1 (`HMAC-SHA1`). Pure, no I/O.

pub mod canonical;
pub mod v1;
pub mod v3;

use std::fmt;

/// The key material a signature needs, borrowed just for signing.
#[derive(Clone, Copy)]
pub struct AccessKey<'a> {
    /// AccessKey ID (not secret; it appears in the request).
    pub id: &'a str,
    /// AccessKey secret.
    pub secret: &'a str,
    /// STS security token, sent with the request when present.
    pub security_token: Option<&'a str>,
}

impl fmt::Debug for AccessKey<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessKey")
            .field("id", &self.id)
            .field("secret", &"***")
            .field("security_token", &self.security_token.map(|_| "***"))
            .finish()
    }
}

/// Which signature method to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SignatureMethod {
    /// `ACS3-HMAC-SHA256`, the official SDKs' default.
    #[default]
    V3,
    /// The older RPC method, `SignatureMethod=HMAC-SHA1`, `SignatureVersion=1.0`.
    V1,
}

impl SignatureMethod {
    /// "v3" or "v1".
    pub fn as_str(self) -> &'static str {
        match self {
            SignatureMethod::V3 => "v3",
            SignatureMethod::V1 => "v1",
        }
    }

    /// Reads "v3" or "v1".
    pub fn parse(text: &str) -> Option<SignatureMethod> {
        [SignatureMethod::V3, SignatureMethod::V1]
            .into_iter()
            .find(|m| m.as_str() == text)
    }
}

/// What is being signed: one RPC call, parameters in the query string, empty body.
#[derive(Debug, Clone, Copy)]
pub struct CallSpec<'a> {
    /// HTTP method, e.g. `POST`.
    pub method: &'a str,
    /// The `host` header value (host, or host:port).
    pub host: &'a str,
    /// API action, e.g. `AddLiveRecordVodConfig`.
    pub action: &'a str,
    /// API version, e.g. `2016-11-01`.
    pub version: &'a str,
    /// The business parameters.
    pub params: &'a [(&'a str, String)],
    /// UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
    pub timestamp: &'a str,
    /// A value never used twice.
    pub nonce: &'a str,
}

/// A signed request, ready to send: `method https://host/?query` with these headers and no body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedRequest {
    /// HTTP method.
    pub method: String,
    /// The encoded query string, without `?`.
    pub query: String,
    /// Headers to send, names in lower case.
    pub headers: Vec<(String, String)>,
    /// The string that was signed (shown beside the service's when a signature fails).
    pub string_to_sign: String,
}

/// Signs `spec` with `key` using `method`.
pub fn sign(method: SignatureMethod, spec: &CallSpec<'_>, key: &AccessKey<'_>) -> SignedRequest {
    match method {
        SignatureMethod::V3 => v3::sign(spec, key),
        SignatureMethod::V1 => v1::sign(spec, key),
    }
}

/// Current UTC time in the format both methods use.
pub fn timestamp_now() -> String {
    format_timestamp(chrono::Utc::now())
}

/// Formats a time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn format_timestamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A fresh random nonce: 32 hex digits.
pub fn new_nonce() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

/// Constant-time equality, so a verifier leaks nothing through timing.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
