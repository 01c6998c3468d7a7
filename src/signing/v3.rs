//! Signature V3, `ACS3-HMAC-SHA256`: an HMAC-SHA256 over a hashed canonical request.

use super::canonical::canonical_query;
use super::{AccessKey, CallSpec, SignedRequest};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// The algorithm name in the `Authorization` header.
pub const ALGORITHM: &str = "ACS3-HMAC-SHA256";
/// Hex SHA-256 of an empty body.
pub const EMPTY_BODY_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Builds the canonical request. `headers` are the signed headers: lower-case names, sorted,
/// values trimmed.
pub fn canonical_request(
    method: &str,
    canonical_uri: &str,
    canonical_query: &str,
    headers: &[(String, String)],
    payload_sha256_hex: &str,
) -> String {
    let mut out = String::with_capacity(512);
    out.push_str(method);
    out.push('\n');
    out.push_str(canonical_uri);
    out.push('\n');
    out.push_str(canonical_query);
    out.push('\n');
    for (name, value) in headers {
        out.push_str(name);
        out.push(':');
        out.push_str(value);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&signed_header_names(headers));
    out.push('\n');
    out.push_str(payload_sha256_hex);
    out
}

/// The `SignedHeaders` list: header names joined by `;`.
pub fn signed_header_names(headers: &[(String, String)]) -> String {
    headers
        .iter()
        .map(|(n, _)| n.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

/// `ACS3-HMAC-SHA256\n` followed by the hex SHA-256 of the canonical request.
pub fn string_to_sign(canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{}",
        hex::encode(Sha256::digest(canonical_request.as_bytes()))
    )
}

/// Hex HMAC-SHA256 of the string to sign, keyed with the AccessKey secret.
pub fn signature(secret: &str, string_to_sign: &str) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC accepts keys of any length");
    mac.update(string_to_sign.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Signs an RPC call: parameters in the query, empty body.
pub fn sign(spec: &CallSpec<'_>, key: &AccessKey<'_>) -> SignedRequest {
    let query = canonical_query(spec.params);
    let mut headers: Vec<(String, String)> = vec![
        ("host".into(), spec.host.to_string()),
        ("x-acs-action".into(), spec.action.to_string()),
        ("x-acs-content-sha256".into(), EMPTY_BODY_SHA256.to_string()),
        ("x-acs-date".into(), spec.timestamp.to_string()),
        ("x-acs-signature-nonce".into(), spec.nonce.to_string()),
        ("x-acs-version".into(), spec.version.to_string()),
    ];
    if let Some(token) = key.security_token {
        // As the Tea SDK does: with an STS token, the AccessKey ID is also a signed header.
        headers.push(("x-acs-accesskey-id".into(), key.id.to_string()));
        headers.push(("x-acs-security-token".into(), token.to_string()));
        headers.sort_unstable();
    }
    let request = canonical_request(spec.method, "/", &query, &headers, EMPTY_BODY_SHA256);
    let signed = string_to_sign(&request);
    let sig = signature(key.secret, &signed);
    let authorization = Authorization {
        access_key_id: key.id.to_string(),
        signed_headers: signed_header_names(&headers),
        signature: sig,
    }
    .to_header();
    headers.push(("authorization".into(), authorization));
    SignedRequest {
        method: spec.method.to_string(),
        query,
        headers,
        string_to_sign: signed,
    }
}

/// The parts of a V3 `Authorization` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorization {
    /// The AccessKey ID in `Credential=`.
    pub access_key_id: String,
    /// The `SignedHeaders=` list, `;`-separated.
    pub signed_headers: String,
    /// The hex signature.
    pub signature: String,
}

impl Authorization {
    /// `ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...`
    pub fn to_header(&self) -> String {
        format!(
            "{ALGORITHM} Credential={},SignedHeaders={},Signature={}",
            self.access_key_id, self.signed_headers, self.signature
        )
    }

    /// Parses an `Authorization` header value; `None` if it is not a V3 one.
    pub fn parse(value: &str) -> Option<Authorization> {
        let rest = value.trim().strip_prefix(ALGORITHM)?.trim_start();
        let (mut credential, mut signed, mut sig) = (None, None, None);
        for part in rest.split(',') {
            let (k, v) = part.trim().split_once('=')?;
            match k {
                "Credential" => credential = Some(v.to_string()),
                "SignedHeaders" => signed = Some(v.to_string()),
                "Signature" => sig = Some(v.to_string()),
                _ => return None,
            }
        }
        Some(Authorization {
            access_key_id: credential?,
            signed_headers: signed?,
            signature: sig?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of Alibaba Cloud's V3 signature documentation.
    #[test]
    fn published_v3_vector() {
        let query = canonical_query(&[
            (
                "ImageId",
                "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
            ),
            ("RegionId", "cn-shanghai"),
        ]);
        let headers: Vec<(String, String)> = [
            ("host", "ecs.cn-shanghai.aliyuncs.com"),
            ("x-acs-action", "RunInstances"),
            ("x-acs-content-sha256", EMPTY_BODY_SHA256),
            ("x-acs-date", "2023-10-26T10:22:32Z"),
            ("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
            ("x-acs-version", "2014-05-26"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        let cr = canonical_request("POST", "/", &query, &headers, EMPTY_BODY_SHA256);
        assert_eq!(
            hex::encode(Sha256::digest(cr.as_bytes())),
            "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"
        );
        assert_eq!(
            signed_header_names(&headers),
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"
        );
        assert_eq!(
            signature("YourAccessKeySecret", &string_to_sign(&cr)),
            "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
        );
    }

    #[test]
    fn sign_matches_published_vector_end_to_end() {
        let params = [
            (
                "ImageId",
                "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd".to_string(),
            ),
            ("RegionId", "cn-shanghai".to_string()),
        ];
        let spec = CallSpec {
            method: "POST",
            host: "ecs.cn-shanghai.aliyuncs.com",
            action: "RunInstances",
            version: "2014-05-26",
            params: &params,
            timestamp: "2023-10-26T10:22:32Z",
            nonce: "3156853299f313e23d1673dc12e1703d",
        };
        let key = AccessKey {
            id: "YourAccessKeyId",
            secret: "YourAccessKeySecret",
            security_token: None,
        };
        let signed = sign(&spec, &key);
        let auth = signed
            .headers
            .iter()
            .find(|(n, _)| n == "authorization")
            .expect("auth")
            .1
            .clone();
        assert_eq!(
            auth,
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
        );
    }

    #[test]
    fn security_token_is_a_signed_header() {
        let spec = CallSpec {
            method: "POST",
            host: "h",
            action: "A",
            version: "v",
            params: &[],
            timestamp: "2023-10-26T10:22:32Z",
            nonce: "n",
        };
        let key = AccessKey {
            id: "id",
            secret: "s",
            security_token: Some("STS-TOKEN-VALUE"),
        };
        let signed = sign(&spec, &key);
        let auth = Authorization::parse(&signed.headers.last().expect("auth").1).expect("v3");
        assert!(auth.signed_headers.contains("x-acs-security-token"));
        assert!(!auth.to_header().contains("STS-TOKEN-VALUE"));
    }

    #[test]
    fn authorization_parses_back() {
        let a = Authorization {
            access_key_id: "id".into(),
            signed_headers: "host;x-acs-date".into(),
            signature: "ab".into(),
        };
        assert_eq!(Authorization::parse(&a.to_header()), Some(a));
        assert_eq!(Authorization::parse("Bearer x"), None);
        assert_eq!(Authorization::parse("ACS3-HMAC-SHA256 Credential=x"), None);
    }
}
