//! Which address a request comes from, for throttling. Behind a load balancer the peer is the
//! balancer; the operator then names the header it sets (`--client-ip-header
//! X-Forwarded-For`) and the rightmost address in it is taken: the one the trusted proxy
//! itself saw. Addresses further left were written by the client and prove nothing.

use std::net::{IpAddr, Ipv4Addr};

use actix_web::HttpRequest;
use actix_web::http::header::HeaderName;

#[derive(Debug, Clone, Default)]
pub struct ClientAddress {
    header: Option<HeaderName>,
}

impl ClientAddress {
    /// Trust `header` (set by the operator's proxy), or only the TCP peer when `None`.
    pub fn new(header: Option<&str>) -> anyhow::Result<Self> {
        let header = header
            .filter(|h| !h.trim().is_empty())
            .map(|h| {
                HeaderName::from_bytes(h.trim().as_bytes())
                    .map_err(|_| anyhow::anyhow!("`{h}` is not a header name"))
            })
            .transpose()?;
        Ok(Self { header })
    }

    /// Whether requests come through a proxy the operator named (whose other headers, such
    /// as `X-Forwarded-Proto`, can then be believed too).
    pub fn behind_proxy(&self) -> bool {
        self.header.is_some()
    }

    pub fn of(&self, req: &HttpRequest) -> IpAddr {
        let from_header = self.header.as_ref().and_then(|name| {
            req.headers()
                .get_all(name)
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(parse)
                .last()
        });
        from_header
            .or_else(|| req.peer_addr().map(|a| a.ip()))
            .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
    }
}

/// `203.0.113.7`, `2001:db8::1`, `[2001:db8::1]:443` or `203.0.113.7:80`.
fn parse(item: &str) -> Option<IpAddr> {
    let item = item.trim();
    item.parse::<IpAddr>()
        .ok()
        .or_else(|| item.parse::<std::net::SocketAddr>().ok().map(|s| s.ip()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn the_rightmost_address_of_the_trusted_header_wins() {
        let trusted = ClientAddress::new(Some("X-Forwarded-For")).unwrap();
        let req = TestRequest::default()
            .insert_header(("x-forwarded-for", "10.9.9.9, 203.0.113.7"))
            .peer_addr("192.0.2.1:5000".parse().unwrap())
            .to_http_request();
        assert_eq!(trusted.of(&req), "203.0.113.7".parse::<IpAddr>().unwrap());
        // Not trusted: the header is ignored.
        assert_eq!(
            ClientAddress::default().of(&req),
            "192.0.2.1".parse::<IpAddr>().unwrap()
        );
        // Trusted but absent or garbage: the peer.
        let bare = TestRequest::default()
            .insert_header(("x-forwarded-for", "not an address"))
            .peer_addr("192.0.2.1:5000".parse().unwrap())
            .to_http_request();
        assert_eq!(trusted.of(&bare), "192.0.2.1".parse::<IpAddr>().unwrap());
        assert!(ClientAddress::new(Some("bad header")).is_err());
    }
}
