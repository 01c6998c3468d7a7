//! Sorts a transport error into the kinds the catalog explains.

use crate::errors::NetworkErrorKind;
use std::error::Error as _;

/// Classifies a reqwest error by walking its sources.
pub fn classify(err: &reqwest::Error) -> NetworkErrorKind {
    let mut chain = String::new();
    let mut io_kind = None;
    let mut tls = false;
    let mut source: Option<&dyn std::error::Error> = Some(err);
    while let Some(e) = source {
        chain.push_str(&e.to_string().to_ascii_lowercase());
        chain.push(' ');
        tls |= e.downcast_ref::<rustls::Error>().is_some();
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            io_kind.get_or_insert(io.kind());
            tls |= carries_tls_error(io);
        }
        source = e.source();
    }
    // The handshake failed, whatever its words: nothing was sent (the request goes after it).
    if tls {
        return NetworkErrorKind::Tls;
    }
    use std::io::ErrorKind as Io;
    if err.is_timeout() || chain.contains("timed out") {
        return if err.is_connect() {
            NetworkErrorKind::ConnectTimeout
        } else {
            NetworkErrorKind::Timeout
        };
    }
    if chain.contains("dns error")
        || chain.contains("failed to lookup")
        || chain.contains("name or service not known")
    {
        return NetworkErrorKind::Dns;
    }
    if chain.contains("certificate") || chain.contains("tls") || chain.contains("handshake") {
        return NetworkErrorKind::Tls;
    }
    match io_kind {
        Some(Io::ConnectionRefused) => return NetworkErrorKind::Refused,
        Some(Io::ConnectionReset | Io::ConnectionAborted | Io::UnexpectedEof | Io::BrokenPipe) => {
            return NetworkErrorKind::Dropped;
        }
        _ => {}
    }
    if chain.contains("refused") {
        NetworkErrorKind::Refused
    } else if err.is_body()
        || err.is_decode()
        || chain.contains("closed")
        || chain.contains("incomplete")
        || chain.contains("reset")
    {
        NetworkErrorKind::Dropped
    } else {
        NetworkErrorKind::Other
    }
}

/// Whether an I/O error carries rustls' error, however deep (hyper wraps tokio-rustls' I/O
/// error in another; `source()` skips the carried error itself, so it is followed here).
fn carries_tls_error(io: &std::io::Error) -> bool {
    let mut carried = io.get_ref();
    while let Some(inner) = carried {
        if inner.downcast_ref::<rustls::Error>().is_some() {
            return true;
        }
        carried = inner
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::get_ref);
    }
    false
}

/// A one-line description of the error, without the URL (whose query may hold a V1 token).
pub fn describe(err: reqwest::Error) -> String {
    let err = err.without_url();
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(e) = source {
        text.push_str(": ");
        text.push_str(&e.to_string());
        source = e.source();
    }
    text
}
