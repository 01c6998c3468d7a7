//! Recognises a pasted stream address such as `rtmp://example.com/app/stream`.

/// The parts of a pasted stream URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamUrlParts {
    /// The host name, without port.
    pub host: String,
    /// The first path segment, if any.
    pub app: Option<String>,
    /// The second path segment, if any.
    pub stream: Option<String>,
}

/// Splits `scheme://host[:port]/app/stream[?query]` into its parts; `None` if `text` has no scheme.
pub fn split(text: &str) -> Option<StreamUrlParts> {
    let (scheme, rest) = text.trim().split_once("://")?;
    if scheme.is_empty()
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '+')
    {
        return None;
    }
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    let mut segments = rest.split('/');
    let authority = segments.next().unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = match host_port.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host_port,
    };
    if host.is_empty() {
        return None;
    }
    let mut non_empty = segments.filter(|s| !s.is_empty()).map(str::to_string);
    Some(StreamUrlParts {
        host: host.to_ascii_lowercase(),
        app: non_empty.next(),
        stream: non_empty.next(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_rtmp_url() {
        let p = split("rtmp://Push.Example.com/app/stream").expect("url");
        assert_eq!(p.host, "push.example.com");
        assert_eq!(p.app.as_deref(), Some("app"));
        assert_eq!(p.stream.as_deref(), Some("stream"));
    }

    #[test]
    fn drops_port_query_and_credentials() {
        let p = split(" https://user@example.com:1935/live/s1?auth_key=abc ").expect("url");
        assert_eq!(p.host, "example.com");
        assert_eq!(p.app.as_deref(), Some("live"));
        assert_eq!(p.stream.as_deref(), Some("s1"));
    }

    #[test]
    fn host_only_url_has_no_app() {
        let p = split("artc://example.com").expect("url");
        assert_eq!(p.app, None);
        assert_eq!(p.stream, None);
    }

    #[test]
    fn plain_domain_is_not_a_url() {
        assert_eq!(split("example.com"), None);
        assert_eq!(split("://example.com"), None);
    }
}
