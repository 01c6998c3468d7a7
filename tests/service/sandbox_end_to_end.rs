//! The client against the in-process sandbox: success, every documented error, every fault,
//! and what the user would be told.

use live_record_vod::client::{Call, CallResult, Client, ClientConfig, Endpoint, Outcome};
use live_record_vod::credentials::Credentials;
use live_record_vod::errors::{ErrorContext, NetworkErrorKind};
use live_record_vod::operation::{self, Field, FormDraft};
use live_record_vod::sandbox::{self, Faults, SandboxConfig, identities};
use live_record_vod::signing::SignatureMethod;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

fn demo() -> Credentials {
    Credentials::new(
        identities::DEMO_ACCESS_KEY_ID,
        identities::DEMO_ACCESS_KEY_SECRET,
        None,
    )
}

fn quick_client(retries: u32) -> Client {
    Client::new(ClientConfig {
        total_timeout: Duration::from_secs(5),
        max_retries: retries,
        retry_backoff: Duration::from_millis(10),
        ..ClientConfig::default()
    })
    .expect("client")
}

async fn submit_with(
    sb: &sandbox::RunningSandbox,
    client: &Client,
    draft: &FormDraft,
    creds: &Credentials,
    method: SignatureMethod,
) -> CallResult {
    let request = operation::check(operation::Operation::Add, draft)
        .request
        .expect("valid draft");
    let endpoint = Endpoint::custom(sb.base_url()).expect("endpoint");
    let call = Call {
        request: &request,
        key: creds.signing_key(),
        signature: method,
        endpoint: &endpoint,
        timeout: None,
    };
    client.send(&call, &CancellationToken::new()).await
}

async fn submit(sb: &sandbox::RunningSandbox, draft: &FormDraft) -> CallResult {
    submit_with(sb, &quick_client(0), draft, &demo(), SignatureMethod::V3).await
}

fn code(result: &CallResult) -> &str {
    result.outcome.error_code().unwrap_or("ok")
}

fn explanation_of(result: &CallResult, draft: &FormDraft) -> String {
    let ctx = ErrorContext {
        domain_name: Some(draft.trimmed(Field::DomainName)),
        ..Default::default()
    };
    let e = result.outcome.explain(&ctx).expect("explained");
    format!("{} | {} | {}", e.title, e.explanation, e.next_step)
}

#[tokio::test]
async fn success_with_v3_and_v1_is_marked_as_sandbox() {
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    for (i, method) in [SignatureMethod::V3, SignatureMethod::V1]
        .into_iter()
        .enumerate()
    {
        let draft = FormDraft::example().with(Field::StreamName, format!("s{i}"));
        let r = submit_with(&sb, &quick_client(0), &draft, &demo(), method).await;
        assert!(r.outcome.is_success(), "{method:?}: {r:?}");
        assert!(r.from_sandbox);
        assert!(r.outcome.request_id().expect("id").starts_with("SANDBOX-"));
    }
    assert_eq!(sb.config_count(), 2);
}

#[tokio::test]
async fn sts_credentials_succeed_and_bad_tokens_are_explained() {
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let draft = FormDraft::example();
    for method in [SignatureMethod::V3, SignatureMethod::V1] {
        let sts = Credentials::new(
            identities::DEMO_STS_ACCESS_KEY_ID,
            identities::DEMO_STS_ACCESS_KEY_SECRET,
            Some(identities::DEMO_SECURITY_TOKEN),
        );
        let d = draft.clone().with(Field::StreamName, method.as_str());
        assert!(
            submit_with(&sb, &quick_client(0), &d, &sts, method)
                .await
                .outcome
                .is_success()
        );
        let wrong = Credentials::new(
            identities::DEMO_STS_ACCESS_KEY_ID,
            identities::DEMO_STS_ACCESS_KEY_SECRET,
            Some("forged"),
        );
        let r = submit_with(&sb, &quick_client(0), &draft, &wrong, method).await;
        assert_eq!(code(&r), "InvalidSecurityToken.Malformed");
        let without_token = Credentials::new(
            identities::DEMO_STS_ACCESS_KEY_ID,
            identities::DEMO_STS_ACCESS_KEY_SECRET,
            None,
        );
        let r = submit_with(&sb, &quick_client(0), &draft, &without_token, method).await;
        assert_eq!(code(&r), "MissingSecurityToken");
        assert_eq!(r.outcome.http_status(), Some(400));
        assert!(explanation_of(&r, &draft).contains("not a form field"));
        let expired = Credentials::new(
            "STS.SandboxExpiredKey0001",
            identities::DEMO_STS_ACCESS_KEY_SECRET,
            Some(identities::DEMO_SECURITY_TOKEN),
        );
        let r = submit_with(&sb, &quick_client(0), &draft, &expired, method).await;
        assert_eq!(code(&r), "InvalidSecurityToken.Expired");
        assert!(explanation_of(&r, &draft).contains("expired"));
    }
}

#[tokio::test]
async fn every_documented_error_reaches_the_user_explained() {
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let base = FormDraft::example();
    let cases: Vec<(FormDraft, &str, &str)> = vec![
        (
            base.clone()
                .with(Field::DomainName, sandbox::world::INTERNAL_ERROR_DOMAIN),
            "InternalError",
            "internal error",
        ),
        (
            base.clone()
                .with(Field::StorageLocation, "nope.oss-cn-shanghai.aliyuncs.com"),
            "InvalidStorage.NotFound",
            "Storage location not found",
        ),
        (
            base.clone()
                .with(Field::VodTranscodeGroupId, "missing-group"),
            "InvalidTemplateGroupId.NotFound",
            "VOD_NO_TRANSCODE",
        ),
        (
            base.clone()
                .with(Field::DomainName, sandbox::world::COMMON_RECORD_CONFIG.0)
                .with(Field::AppName, sandbox::world::COMMON_RECORD_CONFIG.1),
            "CommomLiveRcordConfigExisted",
            "general live recording config",
        ),
        (
            base.clone()
                .with(Field::RegionId, "")
                .with(Field::StorageLocation, "x.oss-cn-beijing.aliyuncs.com"),
            "InvalidRegion.Conflict",
            "different region",
        ),
    ];
    for (draft, expected, words) in cases {
        let r = submit(&sb, &draft).await;
        assert_eq!(code(&r), expected);
        let text = explanation_of(&r, &draft);
        assert!(text.contains(words), "{expected}: {text}");
    }
    let first = submit(&sb, &base).await;
    assert!(first.outcome.is_success());
    let again = submit(&sb, &base).await;
    assert_eq!(code(&again), "ConfigAlreadyExists");
    assert!(explanation_of(&again, &base).contains("already has a record-to-VOD config"));
}

#[tokio::test]
async fn malformed_auto_compose_errors_come_from_raw_requests() {
    // The form never sends these; a raw client can, and the sandbox answers as the service does.
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    for (params, expected) in [
        (vec![("AutoCompose", "yes")], "InvalidAutoCompose.Malformed"),
        (
            vec![("AutoCompose", "ON")],
            "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
        ),
        (
            vec![("ComposeVodTranscodeGroupId", "sandbox-group")],
            "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
        ),
    ] {
        let (status, body) = raw_call(&sb, &params).await;
        assert_eq!(status, 400);
        assert!(body.contains(expected), "{body}");
    }
}

async fn raw_call(sb: &sandbox::RunningSandbox, extra: &[(&str, &str)]) -> (u16, String) {
    use live_record_vod::signing::{self, AccessKey, CallSpec};
    let mut params: Vec<(&str, String)> = vec![
        ("DomainName", "channel-03.example.com".into()),
        ("AppName", "app".into()),
        ("VodTranscodeGroupId", "VOD_NO_TRANSCODE".into()),
    ];
    params.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
    let endpoint = Endpoint::custom(sb.base_url()).expect("endpoint");
    let host = endpoint.host_header();
    let (ts, nonce) = (signing::timestamp_now(), signing::new_nonce());
    let spec = CallSpec {
        method: "POST",
        host: &host,
        action: "AddLiveRecordVodConfig",
        version: "2016-11-01",
        params: &params,
        timestamp: &ts,
        nonce: &nonce,
    };
    let key = AccessKey {
        id: identities::DEMO_ACCESS_KEY_ID,
        secret: identities::DEMO_ACCESS_KEY_SECRET,
        security_token: None,
    };
    let signed = signing::sign(SignatureMethod::V3, &spec, &key);
    live_record_vod::client::use_ring_for_tls();
    let mut req = reqwest::Client::new().post(endpoint.url_with_query(&signed.query));
    for (n, v) in signed.headers.iter().filter(|(n, _)| n != "host") {
        req = req.header(n, v);
    }
    let resp = req.send().await.expect("send");
    let status = resp.status().as_u16();
    (status, resp.text().await.expect("body"))
}

#[tokio::test]
async fn credential_errors_are_explained() {
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let draft = FormDraft::example();
    let cases = [
        (
            Credentials::new("LTAI5tUnknownKey00000001", "x", None),
            "InvalidAccessKeyId.NotFound",
            "does not know this AccessKey ID",
        ),
        (
            Credentials::new(identities::DEMO_ACCESS_KEY_ID, "wrong-secret", None),
            "SignatureDoesNotMatch",
            "secret",
        ),
        (
            Credentials::new(
                "LTAI5tSandboxInactive001",
                identities::DEMO_ACCESS_KEY_SECRET,
                None,
            ),
            "InvalidAccessKeyId.Inactive",
            "disabled",
        ),
    ];
    for (creds, expected, words) in cases {
        let r = submit_with(&sb, &quick_client(0), &draft, &creds, SignatureMethod::V3).await;
        assert_eq!(code(&r), expected);
        assert!(explanation_of(&r, &draft).contains(words), "{expected}");
    }
}

#[tokio::test]
async fn missing_permission_shows_the_ram_policy() {
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let draft = FormDraft::example();
    let creds = Credentials::new(
        "LTAI5tSandboxNoPermit001",
        identities::DEMO_ACCESS_KEY_SECRET,
        None,
    );
    let r = submit_with(&sb, &quick_client(0), &draft, &creds, SignatureMethod::V3).await;
    assert_eq!(code(&r), "Forbidden.RAM");
    let ctx = ErrorContext {
        domain_name: Some("live.example.com"),
        ..Default::default()
    };
    let policy = r
        .outcome
        .explain(&ctx)
        .and_then(|e| e.ram_policy)
        .expect("policy");
    assert!(policy.contains("live:AddLiveRecordVodConfig"));
    assert!(
        policy.contains("acs:cdn:*:1234567890123456:domain/live.example.com"),
        "{policy}"
    );
}

#[tokio::test]
async fn injected_faults_are_explained() {
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let draft = FormDraft::example();
    let cases: Vec<(Faults, &str)> = vec![
        (
            Faults {
                http_status: Some(500),
                ..Faults::default()
            },
            "InternalError",
        ),
        (
            Faults {
                http_status: Some(503),
                ..Faults::default()
            },
            "ServiceUnavailable",
        ),
        (
            Faults {
                malformed_body: true,
                ..Faults::default()
            },
            "UnreadableResponse",
        ),
        (
            Faults {
                drop_connection: true,
                ..Faults::default()
            },
            "Network.Dropped",
        ),
    ];
    for (faults, expected) in cases {
        sb.set_faults(faults);
        let r = submit(&sb, &draft).await;
        assert_eq!(code(&r), expected);
        assert!(!explanation_of(&r, &draft).is_empty());
    }
}

#[tokio::test]
async fn throttling_fault_limits_rate_and_client_retries() {
    let sb = sandbox::start(SandboxConfig {
        faults: Faults {
            throttle_per_minute: Some(2),
            ..Faults::default()
        },
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let mut codes = Vec::new();
    for i in 0..3 {
        let r = submit(
            &sb,
            &FormDraft::example().with(Field::StreamName, format!("t{i}")),
        )
        .await;
        codes.push(code(&r).to_string());
    }
    assert_eq!(codes, ["ok", "ok", "Throttling.User"]);
    let r = submit_with(
        &sb,
        &quick_client(2),
        &FormDraft::example(),
        &demo(),
        SignatureMethod::V3,
    )
    .await;
    assert_eq!(r.attempts, 3, "retried twice before giving up");
}

#[tokio::test]
async fn slow_answer_times_out_and_retry_explains_config_exists() {
    let sb = sandbox::start(SandboxConfig {
        faults: Faults {
            latency: Duration::from_millis(600),
            ..Faults::default()
        },
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let client = Client::new(ClientConfig {
        total_timeout: Duration::from_millis(300),
        max_retries: 0,
        ..ClientConfig::default()
    })
    .expect("client");
    let draft = FormDraft::example();
    let r = submit_with(&sb, &client, &draft, &demo(), SignatureMethod::V3).await;
    assert!(
        matches!(
            r.outcome,
            Outcome::Network {
                kind: NetworkErrorKind::Timeout,
                ..
            }
        ),
        "{r:?}"
    );
    // The server carried out the timed-out call; a retry meets ConfigAlreadyExists.
    tokio::time::sleep(Duration::from_millis(500)).await;
    sb.set_faults(Faults::default());
    let again = submit(&sb, &draft).await;
    assert_eq!(code(&again), "ConfigAlreadyExists");
    let ctx = ErrorContext {
        after_uncertain_attempt: true,
        ..Default::default()
    };
    let e = again.outcome.explain(&ctx).expect("explained");
    assert!(e.explanation.contains("may well have succeeded"));
}

#[tokio::test]
async fn cancel_during_slow_request_returns_promptly() {
    let sb = sandbox::start(SandboxConfig {
        faults: Faults {
            latency: Duration::from_secs(30),
            ..Faults::default()
        },
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let request = operation::check(operation::Operation::Add, &FormDraft::example())
        .request
        .expect("valid");
    let endpoint = Endpoint::custom(sb.base_url()).expect("endpoint");
    let creds = demo();
    let cancel = CancellationToken::new();
    let canceller = cancel.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(200)).await;
        canceller.cancel();
    });
    let client = quick_client(0);
    let call = Call {
        request: &request,
        key: creds.signing_key(),
        signature: SignatureMethod::V3,
        endpoint: &endpoint,
        timeout: None,
    };
    let r = client.send(&call, &cancel).await;
    assert_eq!(r.outcome, Outcome::Cancelled);
    assert!(r.elapsed_ms < 5_000, "{}", r.elapsed_ms);
}

#[tokio::test]
async fn stopped_sandbox_is_connection_refused() {
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let url = sb.base_url().to_string();
    sb.stop().await;
    let request = operation::check(operation::Operation::Add, &FormDraft::example())
        .request
        .expect("valid");
    let endpoint = Endpoint::custom(&url).expect("endpoint");
    let creds = demo();
    let call = Call {
        request: &request,
        key: creds.signing_key(),
        signature: SignatureMethod::V3,
        endpoint: &endpoint,
        timeout: None,
    };
    let r = quick_client(0).send(&call, &CancellationToken::new()).await;
    assert_eq!(code(&r), "Network.Refused");
    let e = r
        .outcome
        .explain(&ErrorContext::default())
        .expect("explained");
    assert!(e.explanation.contains("sandbox"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_the_sandbox_cannot_save_is_refused_not_lost_after_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("state");
    std::fs::create_dir(&folder).expect("mkdir");
    let state = folder.join("sandbox-state.json");
    let sb = sandbox::start(SandboxConfig {
        state_file: Some(state.clone()),
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let first = FormDraft::example().with(Field::StreamName, "kept");
    assert_eq!(code(&submit(&sb, &first).await), "ok");
    // The state's folder becomes a file: nothing can be saved there any more (even as root).
    std::fs::rename(&state, dir.path().join("moved.json")).expect("move");
    std::fs::remove_dir(&folder).expect("rmdir");
    std::fs::write(&folder, b"not a folder").expect("block");
    let second = FormDraft::example().with(Field::StreamName, "unsaved");
    assert_eq!(code(&submit(&sb, &second).await), "InternalError");
    assert_eq!(
        sb.config_count(),
        1,
        "the change that could not be saved was undone"
    );
}

/// Sends `head` (and `body`) on a bare connection; the answer's first line, or what failed.
async fn raw_exchange(sb: &sandbox::RunningSandbox, head: &str, body: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = sb.base_url().trim_start_matches("http://").to_string();
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream.write_all(head.as_bytes()).await.expect("head");
    stream.write_all(body).await.expect("body");
    let mut answer = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(30), stream.read(&mut answer))
        .await
        .expect("an answer, not a wait")
        .expect("read");
    String::from_utf8_lossy(&answer[..n])
        .lines()
        .next()
        .unwrap_or("")
        .to_string()
}

#[tokio::test]
async fn the_sandbox_refuses_a_huge_body_at_once_and_a_half_sent_one_in_time() {
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let started = std::time::Instant::now();
    let huge = "POST /?Action=AddLiveRecordVodConfig HTTP/1.1\r\nHost: x\r\n\
                Content-Length: 50000000000\r\n\r\n";
    let first = raw_exchange(&sb, huge, b"").await;
    assert!(first.starts_with("HTTP/1.1 413"), "{first}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "answered without waiting for the body"
    );

    let half = "POST /?Action=AddLiveRecordVodConfig HTTP/1.1\r\nHost: x\r\n\
                Content-Length: 100\r\n\r\n";
    let started = std::time::Instant::now();
    let first = raw_exchange(&sb, half, b"abc").await;
    assert!(first.starts_with("HTTP/1.1 408"), "{first}");
    assert!(
        started.elapsed() >= sandbox::server::BODY_TIMEOUT,
        "the body was waited for, for a while"
    );
}

#[tokio::test]
async fn a_failed_handshake_is_said_as_such_and_known_not_sent() {
    let sb = sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    // The sandbox speaks plain HTTP: an https:// address to it fails in the handshake.
    let https = sb.base_url().replace("http://", "https://");
    let request = operation::check(operation::Operation::Add, &FormDraft::example())
        .request
        .expect("valid draft");
    let endpoint = Endpoint::custom(&https).expect("endpoint");
    let creds = demo();
    let call = Call {
        request: &request,
        key: creds.signing_key(),
        signature: SignatureMethod::V3,
        endpoint: &endpoint,
        timeout: None,
    };
    let result = quick_client(2).send(&call, &CancellationToken::new()).await;
    match &result.outcome {
        Outcome::Network { kind, .. } => {
            assert_eq!(*kind, NetworkErrorKind::Tls, "{:?}", result.outcome);
            assert!(!kind.is_uncertain(), "a handshake that failed sent nothing");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        result.attempts, 1,
        "not retried as if it might have been delivered"
    );
    assert_eq!(sb.call_count(), 0);
}
