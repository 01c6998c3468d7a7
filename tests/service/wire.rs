//! The request as it goes on the wire, captured by a bare TCP listener: what the official SDKs
//! send, we send (an empty POST body with `Content-Length: 0`; with an STS token, a V3 request
//! also sends and signs `x-acs-accesskey-id`).

use live_record_vod::client::{Call, Client, ClientConfig, Endpoint};
use live_record_vod::credentials::Credentials;
use live_record_vod::operation::{FormDraft, Operation, check};
use live_record_vod::signing::SignatureMethod;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use tokio_util::sync::CancellationToken;

/// Sends one call to a listener that records the request head, and returns its lines.
fn captured(credentials: &Credentials, signature: SignatureMethod) -> Vec<String> {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let server = std::thread::spawn(move || {
        let (stream, _) = listener.accept().expect("accept");
        let mut reader = BufReader::new(stream.try_clone().expect("clone"));
        let mut head = Vec::new();
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).expect("read") == 0 || line == "\r\n" {
                break;
            }
            head.push(line.trim_end().to_string());
        }
        let body = r#"{"RequestId":"CAPTURED"}"#;
        let mut stream = stream;
        write!(
            stream,
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .expect("answer");
        head
    });
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let request = check(Operation::Add, &FormDraft::example())
        .request
        .expect("valid");
    let endpoint = Endpoint::custom(&url).expect("endpoint");
    let client = Client::new(ClientConfig::default()).expect("client");
    let call = Call {
        request: &request,
        key: credentials.signing_key(),
        signature,
        endpoint: &endpoint,
        timeout: None,
    };
    let result = runtime.block_on(client.send(&call, &CancellationToken::new()));
    assert!(result.outcome.is_success(), "{result:?}");
    server.join().expect("server")
}

fn header<'a>(head: &'a [String], name: &str) -> Option<&'a str> {
    head.iter().find_map(|line| {
        let (n, v) = line.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

#[test]
fn every_post_with_an_empty_body_carries_content_length_0() {
    let key = Credentials::new("LTAI5tWireTestKey000001", "secret", None);
    for method in [SignatureMethod::V3, SignatureMethod::V1] {
        let head = captured(&key, method);
        assert!(head[0].starts_with("POST /?"), "{head:?}");
        assert_eq!(
            header(&head, "content-length"),
            Some("0"),
            "{method:?}: {head:?}"
        );
    }
}

#[test]
fn a_v3_request_with_an_sts_token_sends_and_signs_the_access_key_id() {
    let key = Credentials::new("STS.WireTestKey000001", "secret", Some("token-value"));
    let head = captured(&key, SignatureMethod::V3);
    assert_eq!(
        header(&head, "x-acs-accesskey-id"),
        Some("STS.WireTestKey000001"),
        "{head:?}"
    );
    assert_eq!(header(&head, "x-acs-security-token"), Some("token-value"));
    let auth = header(&head, "authorization").expect("authorization");
    let signed = auth
        .split("SignedHeaders=")
        .nth(1)
        .and_then(|s| s.split(',').next())
        .expect("signed headers");
    assert!(
        signed.split(';').any(|h| h == "x-acs-accesskey-id"),
        "{auth}"
    );
    assert!(
        signed.split(';').any(|h| h == "x-acs-security-token"),
        "{auth}"
    );

    let without_token = Credentials::new("LTAI5tWireTestKey000001", "secret", None);
    let head = captured(&without_token, SignatureMethod::V3);
    assert_eq!(
        header(&head, "x-acs-accesskey-id"),
        None,
        "only with a token, as the Tea SDK"
    );
}
