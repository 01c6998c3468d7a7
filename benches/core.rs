//! Core benchmarks: signing time per request, and sequential submissions per second to the
//! local sandbox over a kept-alive connection.
//! Targets: signing under 2 µs; above 2,000 submissions/s.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use live_record_vod::client::{Call, Client, ClientConfig, Endpoint};
use live_record_vod::credentials::Credentials;
use live_record_vod::operation::{self, Field, FormDraft};
use live_record_vod::sandbox::{self, SandboxConfig, identities};
use live_record_vod::signing::{self, AccessKey, CallSpec, SignatureMethod};
use std::hint::black_box;
use tokio_util::sync::CancellationToken;

fn signing_benches(c: &mut Criterion) {
    let request = operation::check(operation::Operation::Add, &FormDraft::example())
        .request
        .expect("valid example");
    let params = request.params();
    let key = AccessKey {
        id: identities::DEMO_ACCESS_KEY_ID,
        secret: identities::DEMO_ACCESS_KEY_SECRET,
        security_token: None,
    };
    let spec = CallSpec {
        method: "POST",
        host: "live.aliyuncs.com",
        action: operation::Operation::Add.action(),
        version: operation::API_VERSION,
        params: &params,
        timestamp: "2026-11-25T10:22:32Z",
        nonce: "3156853299f313e23d1673dc12e1703d",
    };
    let mut group = c.benchmark_group("signing");
    group.bench_function("v3_sign_request", |b| {
        b.iter(|| signing::sign(SignatureMethod::V3, black_box(&spec), black_box(&key)))
    });
    group.bench_function("v1_sign_request", |b| {
        b.iter(|| signing::sign(SignatureMethod::V1, black_box(&spec), black_box(&key)))
    });
    let endpoint = Endpoint::for_region(Some("cn-shanghai"));
    let call = Call {
        request: &request,
        key,
        signature: SignatureMethod::V3,
        endpoint: &endpoint,
        timeout: None,
    };
    group.bench_function("v3_prepare_with_fresh_nonce_and_time", |b| {
        b.iter(|| Client::prepare(black_box(&call)))
    });
    group.finish();
}

fn sandbox_throughput(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let sb = runtime
        .block_on(sandbox::start(SandboxConfig::default()))
        .expect("sandbox");
    let endpoint = Endpoint::custom(sb.base_url()).expect("endpoint");
    let client = Client::new(ClientConfig {
        max_retries: 0,
        ..ClientConfig::default()
    })
    .expect("client");
    let creds = Credentials::new(
        identities::DEMO_ACCESS_KEY_ID,
        identities::DEMO_ACCESS_KEY_SECRET,
        None,
    );
    let cancel = CancellationToken::new();
    let mut counter = 0u64;
    let mut group = c.benchmark_group("sandbox");
    group.throughput(Throughput::Elements(1));
    group.bench_function("sequential_submit_keep_alive", |b| {
        b.iter(|| {
            counter += 1;
            let draft = FormDraft::example().with(Field::StreamName, format!("bench{counter}"));
            let request = operation::check(operation::Operation::Add, &draft)
                .request
                .expect("valid");
            let call = Call {
                request: &request,
                key: creds.signing_key(),
                signature: SignatureMethod::V3,
                endpoint: &endpoint,
                timeout: None,
            };
            let result = runtime.block_on(client.send(&call, &cancel));
            assert!(result.outcome.is_success(), "{result:?}");
        })
    });
    group.finish();
    drop(sb);
}

criterion_group!(benches, signing_benches, sandbox_throughput);
criterion_main!(benches);
