//! The sandbox's answers, in the service's JSON shape, each marked as coming from the sandbox.

use serde_json::{Value, json};

/// Account ID of the sandbox's world.
pub const SANDBOX_ACCOUNT_ID: &str = "1234567890123456";

/// An error answer: HTTP status, code, message and optional extra fields.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// HTTP status code.
    pub status: u16,
    /// Error code.
    pub code: &'static str,
    /// Error message, as the service words it.
    pub message: String,
    /// `AccessDeniedDetail`, for permission errors.
    pub access_denied_detail: Option<Value>,
}

impl ApiError {
    /// An error with a status, code and message.
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            access_denied_detail: None,
        }
    }

    /// The JSON body for this error.
    pub fn body(&self, request_id: &str, host_id: &str) -> Value {
        let mut body = json!({
            "RequestId": request_id,
            "HostId": host_id,
            "Code": self.code,
            "Message": self.message,
            "Recommend": format!(
                "https://api.aliyun.com/troubleshoot?q={}&product=live&requestId={request_id}",
                self.code
            ),
            "Sandbox": true,
        });
        if let (Some(detail), Some(map)) = (&self.access_denied_detail, body.as_object_mut()) {
            map.insert("AccessDeniedDetail".into(), detail.clone());
        }
        body
    }
}

/// A request ID that says where it came from: `SANDBOX-` and a random UUID-like tail.
pub fn new_request_id() -> String {
    let hex = hex::encode_upper(rand::random::<[u8; 14]>());
    let part = |a: usize, b: usize| hex.get(a..b).unwrap_or_default().to_string();
    format!(
        "SANDBOX-{}-{}-{}-{}",
        part(0, 4),
        part(4, 8),
        part(8, 12),
        part(12, 28)
    )
}

/// The success body of AddLiveRecordVodConfig.
pub fn success_body(request_id: &str) -> Value {
    json!({ "RequestId": request_id, "Sandbox": true })
}
