//! A signed request as it goes on the wire, and a service that answers one in this process
//! (the sandbox, for runs on tokio's paused clock).

use crate::signing::canonical::percent_encode;

/// A signed request as it goes on the wire.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PreparedRequest {
    /// HTTP method.
    pub method: String,
    /// Full URL, query included.
    pub url: String,
    /// Headers, names in lower case.
    pub headers: Vec<(String, String)>,
    /// The body (always empty for these operations).
    pub body: String,
    /// The string that was signed.
    pub string_to_sign: String,
}

/// What stands in for the security token in anything shown.
pub const TOKEN_MASK: &str = "<security-token hidden>";

impl PreparedRequest {
    /// A copy safe to show: the security token replaced wherever it appears.
    pub fn redacted(&self, security_token: Option<&str>) -> PreparedRequest {
        let Some(token) = security_token.filter(|t| !t.is_empty()) else {
            return self.clone();
        };
        let encoded = percent_encode(token);
        // V1's string to sign holds the token encoded twice.
        let twice = percent_encode(&encoded);
        let mask = |s: &str| {
            s.replace(&twice, TOKEN_MASK)
                .replace(&encoded, TOKEN_MASK)
                .replace(token, TOKEN_MASK)
        };
        PreparedRequest {
            method: self.method.clone(),
            url: mask(&self.url),
            headers: self
                .headers
                .iter()
                .map(|(n, v)| (n.clone(), mask(v)))
                .collect(),
            body: mask(&self.body),
            string_to_sign: mask(&self.string_to_sign),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_masks_raw_and_encoded_token() {
        let p = PreparedRequest {
            method: "POST".into(),
            url: "http://h/?SecurityToken=a%2Bb%3D".into(),
            headers: vec![("x-acs-security-token".into(), "a+b=".into())],
            body: String::new(),
            string_to_sign: "POST&%2F&SecurityToken%3Da%252Bb%253D".into(),
        };
        let r = p.redacted(Some("a+b="));
        assert!(!r.url.contains("a%2Bb%3D"));
        assert!(
            !r.string_to_sign.contains("a%252Bb%253D"),
            "{}",
            r.string_to_sign
        );
        assert_eq!(r.headers[0].1, TOKEN_MASK);
    }
}
