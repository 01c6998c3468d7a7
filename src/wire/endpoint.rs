//! Where a call goes: the service endpoint for a region, or a custom URL (the sandbox).

use crate::operation::catalog::Product;
use crate::operation::{regions, vod_endpoints};
use std::net::IpAddr;
use url::Url;

/// A base URL to send calls to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    base_url: Url,
}

/// Why a custom endpoint was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EndpointError {
    #[error("{}", crate::t!("err-endpoint-is-not-a-valid-url", value = .0.to_string()))]
    NotUrl(String),
    #[error("{}", crate::t!("err-endpoint-the-endpoint-must-start-with", value = .0.to_string()))]
    Scheme(String),
    #[error("{}", crate::t!("err-endpoint-plain-http-is-only-allowed", value = .0.to_string()))]
    InsecureRemote(String),
    #[error("{}", crate::t!("err-endpoint-the-endpoint-must-not-have"))]
    HasPath,
}

impl Endpoint {
    /// The Live endpoint for a region, as the official Live SDK picks it.
    pub fn for_region(region_id: Option<&str>) -> Endpoint {
        Endpoint::service(Product::Live, region_id)
    }

    /// The endpoint of a product for a region, as its official SDK picks it. A region that is
    /// not shaped like one is not put into a host name: the default region is used.
    pub fn service(product: Product, region_id: Option<&str>) -> Endpoint {
        let region = region_id
            .filter(|r| regions::has_region_shape(r))
            .unwrap_or(regions::DEFAULT_REGION);
        let host = match product {
            Product::Live => regions::endpoint_host(region),
            Product::Vod => vod_endpoints::endpoint_host(region),
        };
        let base_url = Url::parse(&format!("https://{host}/")).unwrap_or_else(|_| {
            Url::parse("https://live.aliyuncs.com/").expect("constant URL is valid")
        });
        Endpoint { base_url }
    }

    /// A custom endpoint. Plain `http://` is accepted only for loopback addresses.
    pub fn custom(text: &str) -> Result<Endpoint, EndpointError> {
        let text = text.trim();
        let base_url = Url::parse(text).map_err(|_| EndpointError::NotUrl(text.to_string()))?;
        match base_url.scheme() {
            "https" => {}
            "http" => {
                if !is_loopback(&base_url) {
                    return Err(EndpointError::InsecureRemote(
                        base_url.host_str().unwrap_or_default().to_string(),
                    ));
                }
            }
            other => return Err(EndpointError::Scheme(other.to_string())),
        }
        if base_url.host_str().is_none_or(str::is_empty) {
            return Err(EndpointError::NotUrl(text.to_string()));
        }
        if !matches!(base_url.path(), "" | "/")
            || base_url.query().is_some()
            || !base_url.username().is_empty()
        {
            return Err(EndpointError::HasPath);
        }
        Ok(Endpoint { base_url })
    }

    /// The `host` header value: host, plus `:port` when not the scheme's default.
    pub fn host_header(&self) -> String {
        let host = self.base_url.host_str().unwrap_or_default();
        match self.base_url.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_string(),
        }
    }

    /// `scheme://host[:port]/?{query}`.
    pub fn url_with_query(&self, query: &str) -> String {
        format!(
            "{}://{}/?{query}",
            self.base_url.scheme(),
            self.host_header()
        )
    }

    /// `scheme://host[:port]`, for display.
    pub fn display_url(&self) -> String {
        format!("{}://{}", self.base_url.scheme(), self.host_header())
    }

    /// Whether the endpoint is on this computer (a sandbox, or a test server).
    pub fn is_loopback(&self) -> bool {
        is_loopback(&self.base_url)
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_endpoints_follow_the_sdk() {
        assert_eq!(
            Endpoint::for_region(Some("cn-shanghai")).display_url(),
            "https://live.aliyuncs.com"
        );
        assert_eq!(
            Endpoint::for_region(Some("cn-nanjing")).display_url(),
            "https://live.cn-nanjing.aliyuncs.com"
        );
        assert_eq!(
            Endpoint::for_region(None).display_url(),
            "https://live.aliyuncs.com"
        );
        assert_eq!(
            Endpoint::for_region(Some("evil.example.net/")).display_url(),
            "https://live.aliyuncs.com"
        );
    }

    #[test]
    fn vod_endpoints_follow_the_vod_sdk() {
        let vod = |r| Endpoint::service(Product::Vod, Some(r)).display_url();
        assert_eq!(vod("cn-hangzhou"), "https://vod.cn-shanghai.aliyuncs.com");
        assert_eq!(vod("cn-beijing"), "https://vod.cn-beijing.aliyuncs.com");
        assert_eq!(
            vod("ap-southeast-1"),
            "https://vod.ap-southeast-1.aliyuncs.com"
        );
    }

    #[test]
    fn http_loopback_is_allowed() {
        for ok in [
            "http://127.0.0.1:8080",
            "http://localhost:1",
            "http://[::1]:9/",
            "https://example.com",
        ] {
            assert!(Endpoint::custom(ok).is_ok(), "{ok}");
        }
        let e = Endpoint::custom("http://127.0.0.1:41234").expect("ok");
        assert_eq!(e.host_header(), "127.0.0.1:41234");
        assert!(e.is_loopback());
        assert_eq!(e.url_with_query("a=1"), "http://127.0.0.1:41234/?a=1");
    }

    #[test]
    fn http_remote_is_refused_with_reason() {
        let e = Endpoint::custom("http://live.aliyuncs.com").expect_err("insecure");
        assert!(e.to_string().contains("only allowed for this computer"));
    }

    #[test]
    fn other_schemes_and_paths_are_refused() {
        assert!(matches!(
            Endpoint::custom("ftp://x.com"),
            Err(EndpointError::Scheme(_))
        ));
        assert!(matches!(
            Endpoint::custom("https://x.com/api"),
            Err(EndpointError::HasPath)
        ));
        assert!(matches!(
            Endpoint::custom("not a url"),
            Err(EndpointError::NotUrl(_))
        ));
    }
}
