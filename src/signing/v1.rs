//! The older RPC signature (`SignatureMethod=HMAC-SHA1`, `SignatureVersion=1.0`): every
//! parameter, the signature too, travels in the query string.

use super::canonical::{canonical_query, encode_into, percent_encode};
use super::{AccessKey, CallSpec, SignedRequest};
use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;

/// `METHOD&%2F&` + the percent-encoded canonical query.
pub fn string_to_sign(method: &str, canonical_query: &str) -> String {
    let mut out = String::with_capacity(canonical_query.len() * 2 + 16);
    out.push_str(method);
    out.push_str("&%2F&");
    encode_into(canonical_query.as_bytes(), &mut out);
    out
}

/// Base64 HMAC-SHA1 of the string to sign, keyed with `secret&`.
pub fn signature(secret: &str, string_to_sign: &str) -> String {
    let mut mac = Hmac::<Sha1>::new_from_slice(format!("{secret}&").as_bytes())
        .expect("HMAC accepts keys of any length");
    mac.update(string_to_sign.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// The common parameters V1 adds to the business parameters.
pub fn common_params<'a>(spec: &CallSpec<'a>, key: &AccessKey<'a>) -> Vec<(&'a str, String)> {
    let mut params: Vec<(&str, String)> = spec.params.to_vec();
    params.extend([
        ("AccessKeyId", key.id.to_string()),
        ("Action", spec.action.to_string()),
        ("Format", "JSON".to_string()),
        ("SignatureMethod", "HMAC-SHA1".to_string()),
        ("SignatureNonce", spec.nonce.to_string()),
        ("SignatureVersion", "1.0".to_string()),
        ("Timestamp", spec.timestamp.to_string()),
        ("Version", spec.version.to_string()),
    ]);
    if let Some(token) = key.security_token {
        params.push(("SecurityToken", token.to_string()));
    }
    params
}

/// Signs an RPC call: all parameters and `Signature` in the query, only `host` as header.
pub fn sign(spec: &CallSpec<'_>, key: &AccessKey<'_>) -> SignedRequest {
    let query = canonical_query(&common_params(spec, key));
    let signed = string_to_sign(spec.method, &query);
    let sig = signature(key.secret, &signed);
    SignedRequest {
        method: spec.method.to_string(),
        query: format!("{query}&Signature={}", percent_encode(&sig)),
        headers: vec![("host".into(), spec.host.to_string())],
        string_to_sign: signed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of Alibaba Cloud's RPC signature documentation.
    #[test]
    fn published_v1_vector() {
        let params = [
            ("AccessKeyId", "testid"),
            ("Action", "DescribeRegions"),
            ("Format", "XML"),
            ("SignatureMethod", "HMAC-SHA1"),
            ("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
            ("SignatureVersion", "1.0"),
            ("Timestamp", "2016-02-23T12:46:24Z"),
            ("Version", "2014-05-26"),
        ];
        let query = canonical_query(&params);
        assert_eq!(
            signature("testsecret", &string_to_sign("GET", &query)),
            "OLeaidS1JvxuMvnyHOwuJ+uX5qY="
        );
    }

    #[test]
    fn signature_is_percent_encoded_in_query() {
        let spec = CallSpec {
            method: "GET",
            host: "h",
            action: "DescribeRegions",
            version: "2014-05-26",
            params: &[],
            timestamp: "2016-02-23T12:46:24Z",
            nonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
        };
        let key = AccessKey {
            id: "testid",
            secret: "testsecret",
            security_token: None,
        };
        let signed = sign(&spec, &key);
        // Format=JSON here, so the signature differs from the XML vector; it must still be encoded.
        let sig = signed.query.rsplit("Signature=").next().expect("sig");
        assert!(
            !sig.contains('+') && !sig.contains('/') && !sig.contains('='),
            "{sig}"
        );
    }

    #[test]
    fn security_token_is_a_parameter() {
        let spec = CallSpec {
            method: "POST",
            host: "h",
            action: "A",
            version: "v",
            params: &[],
            timestamp: "t",
            nonce: "n",
        };
        let key = AccessKey {
            id: "id",
            secret: "s",
            security_token: Some("tok"),
        };
        assert!(sign(&spec, &key).query.contains("SecurityToken=tok"));
    }
}
