//! Verifies a request's signature (V3 or V1) and freshness, as the service does.

use super::identities::{Identity, KeyState};
use super::reply::ApiError;
use crate::signing::{canonical, constant_time_eq, v1, v3};
use chrono::{DateTime, NaiveDateTime, Utc};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

/// Largest clock difference the service tolerates.
pub const MAX_CLOCK_SKEW: Duration = Duration::from_secs(15 * 60);

/// A request as it arrived: method, raw query, lower-case headers, body.
#[derive(Debug, Clone)]
pub struct Incoming<'a> {
    /// HTTP method.
    pub method: &'a str,
    /// The raw query string, without `?`.
    pub raw_query: &'a str,
    /// Headers by lower-case name.
    pub headers: &'a HashMap<String, String>,
    /// The body bytes.
    pub body: &'a [u8],
}

/// A request whose signature checked out.
#[derive(Debug, Clone)]
pub struct Verified<'i> {
    /// Who signed it.
    pub identity: &'i Identity,
    /// The API action.
    pub action: String,
    /// The API version.
    pub version: String,
    /// Business parameters (signature parameters removed).
    pub params: BTreeMap<String, String>,
    /// The signature nonce, to check for reuse.
    pub nonce: String,
}

/// V1 parameters that are not business parameters.
const V1_COMMON: [&str; 10] = [
    "AccessKeyId",
    "Action",
    "Format",
    "SignatureMethod",
    "SignatureNonce",
    "SignatureVersion",
    "Timestamp",
    "Version",
    "SecurityToken",
    "Signature",
];

/// Verifies `req` against `identities` at time `now`. Nonce reuse is checked by the caller.
pub fn verify<'i>(
    req: &Incoming<'_>,
    identities: &'i [Identity],
    now: DateTime<Utc>,
) -> Result<Verified<'i>, ApiError> {
    let pairs = canonical::parse_query(req.raw_query);
    let form = form_body(req);
    if let Some(auth) = req.headers.get("authorization") {
        // V3 signs the query; a form body is covered by its hash.
        let mut verified = verify_v3(req, auth, &pairs, identities, now)?;
        verified.params.extend(to_params(&form, &[]));
        Ok(verified)
    } else if pairs.iter().chain(&form).any(|(k, _)| k == b"Signature") {
        // V1 signs every parameter, in the query or in a form body.
        let all: Vec<(Vec<u8>, Vec<u8>)> = pairs.into_iter().chain(form).collect();
        verify_v1(req, &all, identities, now)
    } else {
        Err(incomplete("The request carries no signature."))
    }
}

/// The pairs of an `application/x-www-form-urlencoded` body (none for other bodies).
fn form_body(req: &Incoming<'_>) -> Vec<(Vec<u8>, Vec<u8>)> {
    let is_form = req
        .headers
        .get("content-type")
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    match std::str::from_utf8(req.body) {
        Ok(text) if is_form => canonical::parse_query(text),
        _ => Vec::new(),
    }
}

fn verify_v3<'i>(
    req: &Incoming<'_>,
    auth: &str,
    pairs: &[(Vec<u8>, Vec<u8>)],
    identities: &'i [Identity],
    now: DateTime<Utc>,
) -> Result<Verified<'i>, ApiError> {
    let auth = v3::Authorization::parse(auth)
        .ok_or_else(|| incomplete("The Authorization header is not an ACS3-HMAC-SHA256 one."))?;
    let signed: Vec<&str> = auth.signed_headers.split(';').collect();
    for required in [
        "host",
        "x-acs-action",
        "x-acs-content-sha256",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-version",
    ] {
        if !signed.contains(&required) {
            return Err(incomplete(&format!(
                "The header {required} must be signed."
            )));
        }
    }
    if let Some(unsigned) = req
        .headers
        .keys()
        .find(|k| k.starts_with("x-acs-") && !signed.contains(&k.as_str()))
    {
        return Err(incomplete(&format!(
            "The header {unsigned} must be signed."
        )));
    }
    let header = |name: &str| req.headers.get(name).map(|v| v.trim().to_string());
    let mut canonical_headers = Vec::with_capacity(signed.len());
    for name in &signed {
        let value = header(name)
            .ok_or_else(|| incomplete(&format!("The signed header {name} is missing.")))?;
        canonical_headers.push((name.to_string(), value));
    }
    let identity = find_identity(identities, &auth.access_key_id)?;
    check_timestamp(&header("x-acs-date").unwrap_or_default(), now)?;
    let content_sha = header("x-acs-content-sha256").unwrap_or_default();
    if content_sha != hex::encode(Sha256::digest(req.body)) {
        return Err(ApiError::new(
            400,
            "SignatureDoesNotMatch",
            "The x-acs-content-sha256 header does not match the body.",
        ));
    }
    let query = canonical::canonical_query(pairs);
    let request = v3::canonical_request(req.method, "/", &query, &canonical_headers, &content_sha);
    let string_to_sign = v3::string_to_sign(&request);
    let expected = v3::signature(&identity.access_key_secret, &string_to_sign);
    if !constant_time_eq(
        expected.as_bytes(),
        auth.signature.to_ascii_lowercase().as_bytes(),
    ) {
        return Err(signature_mismatch(&string_to_sign));
    }
    check_token(identity, header("x-acs-security-token").as_deref())?;
    Ok(Verified {
        identity,
        action: header("x-acs-action").unwrap_or_default(),
        version: header("x-acs-version").unwrap_or_default(),
        params: to_params(pairs, &[]),
        nonce: header("x-acs-signature-nonce").unwrap_or_default(),
    })
}

fn verify_v1<'i>(
    req: &Incoming<'_>,
    pairs: &[(Vec<u8>, Vec<u8>)],
    identities: &'i [Identity],
    now: DateTime<Utc>,
) -> Result<Verified<'i>, ApiError> {
    let all = to_params(pairs, &[]);
    let get = |k: &str| all.get(k).cloned();
    if get("SignatureMethod").as_deref() != Some("HMAC-SHA1")
        || get("SignatureVersion").as_deref() != Some("1.0")
    {
        return Err(incomplete(
            "SignatureMethod must be HMAC-SHA1 and SignatureVersion 1.0.",
        ));
    }
    for required in [
        "AccessKeyId",
        "Action",
        "Version",
        "Timestamp",
        "SignatureNonce",
    ] {
        if get(required).is_none() {
            return Err(ApiError::new(
                400,
                "MissingParameter",
                format!(
                    "The input parameter \"{required}\" that is mandatory for processing this request is not supplied."
                ),
            ));
        }
    }
    let identity = find_identity(identities, &get("AccessKeyId").unwrap_or_default())?;
    check_timestamp(&get("Timestamp").unwrap_or_default(), now)?;
    let unsigned: Vec<(Vec<u8>, Vec<u8>)> = pairs
        .iter()
        .filter(|(k, _)| k != b"Signature")
        .cloned()
        .collect();
    let string_to_sign = v1::string_to_sign(req.method, &canonical::canonical_query(&unsigned));
    let expected = v1::signature(&identity.access_key_secret, &string_to_sign);
    if !constant_time_eq(
        expected.as_bytes(),
        get("Signature").unwrap_or_default().as_bytes(),
    ) {
        return Err(signature_mismatch(&string_to_sign));
    }
    check_token(identity, get("SecurityToken").as_deref())?;
    Ok(Verified {
        identity,
        action: get("Action").unwrap_or_default(),
        version: get("Version").unwrap_or_default(),
        params: to_params(pairs, &V1_COMMON),
        nonce: get("SignatureNonce").unwrap_or_default(),
    })
}

fn to_params(pairs: &[(Vec<u8>, Vec<u8>)], skip: &[&str]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| {
            (
                String::from_utf8_lossy(k).into_owned(),
                String::from_utf8_lossy(v).into_owned(),
            )
        })
        .filter(|(k, _)| !skip.contains(&k.as_str()))
        .collect()
}

fn find_identity<'i>(identities: &'i [Identity], id: &str) -> Result<&'i Identity, ApiError> {
    identities
        .iter()
        .find(|i| i.access_key_id == id)
        .ok_or_else(|| {
            ApiError::new(
                404,
                "InvalidAccessKeyId.NotFound",
                "Specified access key is not found.",
            )
        })
}

fn check_timestamp(text: &str, now: DateTime<Utc>) -> Result<(), ApiError> {
    let parsed = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%SZ")
        .map_err(|_| {
            ApiError::new(
                400,
                "InvalidTimeStamp.Format",
                format!("Specified time stamp or date value is not well formatted: {text}."),
            )
        })?
        .and_utc();
    let skew = (now - parsed).abs().to_std().unwrap_or(Duration::MAX);
    if skew > MAX_CLOCK_SKEW {
        return Err(ApiError::new(
            400,
            "InvalidTimeStamp.Expired",
            format!(
                "Specified time stamp or date value is expired: {text} differs from server time {} by more than 15 minutes.",
                crate::signing::format_timestamp(now)
            ),
        ));
    }
    Ok(())
}

fn check_token(identity: &Identity, token: Option<&str>) -> Result<(), ApiError> {
    match (&identity.security_token, token) {
        (None, None) => Ok(()),
        (None, Some(_)) => Err(ApiError::new(
            400,
            "InvalidSecurityToken.MismatchWithAccessKey",
            "The security token you provided does not match the access key.",
        )),
        (Some(_), None) => Err(ApiError::new(
            400,
            "MissingSecurityToken",
            "SecurityToken is mandatory for this action.",
        )),
        (Some(expected), Some(given))
            if !constant_time_eq(expected.as_bytes(), given.as_bytes()) =>
        {
            Err(ApiError::new(
                400,
                "InvalidSecurityToken.Malformed",
                "The security token you provided is malformed or invalid.",
            ))
        }
        (Some(_), Some(_)) if identity.state == KeyState::TokenExpired => Err(ApiError::new(
            400,
            "InvalidSecurityToken.Expired",
            "The security token you provided has expired.",
        )),
        _ => Ok(()),
    }
}

fn incomplete(detail: &str) -> ApiError {
    ApiError::new(
        400,
        "IncompleteSignature",
        format!("The request signature does not conform to Aliyun standards. {detail}"),
    )
}

fn signature_mismatch(string_to_sign: &str) -> ApiError {
    ApiError::new(
        400,
        "SignatureDoesNotMatch",
        format!(
            "Specified signature does not match our calculation. server string to sign is:{string_to_sign}"
        ),
    )
}

/// Remembers nonces for the skew window, to refuse replays.
#[derive(Debug, Default)]
pub struct NonceStore {
    seen: HashMap<String, Instant>,
    pruned_at: Option<Instant>,
}

impl NonceStore {
    /// Records `nonce`; `false` if it was already used within the window.
    pub fn first_use(&mut self, nonce: &str, now: Instant) -> bool {
        let prune_due = self
            .pruned_at
            .is_none_or(|t| now.duration_since(t) > Duration::from_secs(60));
        if prune_due {
            self.seen
                .retain(|_, t| now.duration_since(*t) < MAX_CLOCK_SKEW * 2);
            self.pruned_at = Some(now);
        }
        self.seen.insert(nonce.to_string(), now).is_none()
    }
}
