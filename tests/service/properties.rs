//! Property tests: the signer and the sandbox's verifier agree for any field values, and no
//! input makes validation, parsing or the sandbox panic.

use live_record_vod::client::response;
use live_record_vod::operation::{self, Field, FormDraft, preset_file, stream_url};
use live_record_vod::sandbox::identities::{self, Identity};
use live_record_vod::sandbox::verify::{self, Incoming};
use live_record_vod::sandbox::world::World;
use live_record_vod::signing::{self, AccessKey, CallSpec, SignatureMethod};
use proptest::prelude::*;
use std::collections::{BTreeMap, HashMap};

fn field_name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(Field::ALL.map(Field::api_name).to_vec())
}

fn identities_with(secret: &str, token: Option<&str>) -> Vec<Identity> {
    vec![Identity::custom("LTAI5tPropertyKey000001", secret, token)]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn signer_and_verifier_agree(
        params in prop::collection::btree_map(field_name(), any::<String>(), 0..10),
        secret in "[ -~]{1,40}",
        token in prop::option::of("[ -~&&[^ ]]{1,40}"),
        v1 in any::<bool>(),
    ) {
        let pairs: Vec<(&str, String)> = params.iter().map(|(k, v)| (*k, v.clone())).collect();
        let (ts, nonce) = (signing::timestamp_now(), signing::new_nonce());
        let spec = CallSpec { method: "POST", host: "127.0.0.1:1234", action: "AddLiveRecordVodConfig",
            version: "2016-11-01", params: &pairs, timestamp: &ts, nonce: &nonce };
        let key = AccessKey { id: "LTAI5tPropertyKey000001", secret: &secret, security_token: token.as_deref() };
        let method = if v1 { SignatureMethod::V1 } else { SignatureMethod::V3 };
        let signed = signing::sign(method, &spec, &key);
        let headers: HashMap<String, String> = signed.headers.iter().cloned().collect();
        let incoming = Incoming { method: "POST", raw_query: &signed.query, headers: &headers, body: b"" };
        let ids = identities_with(&secret, token.as_deref());
        let verified = verify::verify(&incoming, &ids, chrono::Utc::now());
        prop_assert!(verified.is_ok(), "{:?}", verified.err());
        let verified = verified.expect("checked");
        let expected: BTreeMap<String, String> = params.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        prop_assert_eq!(verified.params, expected);
    }

    #[test]
    fn a_changed_value_fails_verification(value in any::<String>(), other in any::<String>()) {
        prop_assume!(value != other);
        let pairs = vec![("AppName", value)];
        let (ts, nonce) = (signing::timestamp_now(), signing::new_nonce());
        let spec = CallSpec { method: "POST", host: "h", action: "A", version: "v", params: &pairs, timestamp: &ts, nonce: &nonce };
        let key = AccessKey { id: "LTAI5tPropertyKey000001", secret: "s", security_token: None };
        let signed = signing::sign(SignatureMethod::V3, &spec, &key);
        let tampered = format!("AppName={}", signing::canonical::percent_encode(&other));
        let headers: HashMap<String, String> = signed.headers.iter().cloned().collect();
        let incoming = Incoming { method: "POST", raw_query: &tampered, headers: &headers, body: b"" };
        let ids = identities_with("s", None);
        prop_assert_eq!(verify::verify(&incoming, &ids, chrono::Utc::now()).map(|_| ()).map_err(|e| e.code), Err("SignatureDoesNotMatch"));
    }

    #[test]
    fn validation_never_panics(values in prop::collection::vec(any::<String>(), 10)) {
        let mut draft = FormDraft::default();
        for (field, value) in Field::ALL.into_iter().zip(values) {
            draft.set(field, value);
        }
        let checked = operation::check(operation::Operation::Add, &draft);
        prop_assert_eq!(checked.request.is_some(), checked.error_count() == 0);
        for f in &checked.findings {
            prop_assert!(!f.message().is_empty());
        }
        if let Some(request) = checked.request {
            prop_assert!(!request.params().is_empty());
        }
    }

    #[test]
    fn preset_parsing_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = preset_file::parse(&bytes);
    }

    #[test]
    fn preset_json_shapes_never_panic(fields in prop::collection::btree_map("[A-Za-z]{0,30}", any::<String>(), 0..12)) {
        let doc = serde_json::json!({ "name": "x", "fields": fields });
        let _ = preset_file::parse(doc.to_string().as_bytes());
    }

    #[test]
    fn response_parsing_never_panics(status in 0u16..1000, body in prop::collection::vec(any::<u8>(), 0..512)) {
        let outcome = response::parse(status, &body);
        let _ = outcome.explain(&Default::default());
    }

    #[test]
    fn stream_url_split_never_panics(text in any::<String>()) {
        let _ = stream_url::split(&text);
    }

    #[test]
    fn sandbox_verifier_never_panics(
        query in any::<String>(),
        headers in prop::collection::hash_map("[a-z-]{1,30}", any::<String>(), 0..8),
        auth in any::<String>(),
        method in "[A-Z]{0,7}",
    ) {
        let mut headers = headers;
        headers.insert("authorization".into(), format!("ACS3-HMAC-SHA256 {auth}"));
        let ids = identities::default_identities();
        let incoming = Incoming { method: &method, raw_query: &query, headers: &headers, body: b"" };
        let _ = verify::verify(&incoming, &ids, chrono::Utc::now());
        headers.remove("authorization");
        let with_sig = format!("{query}&Signature=x&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0");
        let incoming = Incoming { method: &method, raw_query: &with_sig, headers: &headers, body: b"" };
        let _ = verify::verify(&incoming, &ids, chrono::Utc::now());
    }

    #[test]
    fn sandbox_world_never_panics(params in prop::collection::btree_map(field_name().prop_map(str::to_string), any::<String>(), 0..10)) {
        let _ = World::default().add_config(&params, "2026-11-25T00:00:00Z");
    }
}
