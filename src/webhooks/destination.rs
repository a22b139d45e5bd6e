//! Where a webhook may be sent. An admin names the URL, but the server makes the request, so a
//! destination inside the server's own network (loopback, private, link-local, unique-local,
//! unspecified) is refused unless the operator allows it. The check runs when the endpoint is
//! created and again at every connection, on the addresses the name resolves to *then*: the
//! client connects only to addresses that passed, so a name re-pointed after creation (DNS
//! rebinding) reaches nothing inside.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use reqwest::Url;

/// Longest URL accepted.
pub const MAX_URL_LENGTH: usize = 2048;

/// A well-formed `http(s)` URL with a host, or why not.
pub fn parse_url(raw: &str) -> Result<Url, String> {
    if raw.len() > MAX_URL_LENGTH {
        return Err(format!("must be at most {MAX_URL_LENGTH} characters"));
    }
    let url = Url::parse(raw).map_err(|e| format!("`{raw}` is not a URL: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "the scheme must be `https` or `http`, not `{}`",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err("must name a host".into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("must not carry credentials; put a token in the path instead".into());
    }
    if url.fragment().is_some() {
        return Err("must not have a fragment".into());
    }
    Ok(url)
}

/// Refuses a host that is, or resolves to, an address inside the network (blocking: resolves
/// names). Names that do not resolve are refused too: nothing could be delivered.
pub fn check_host(url: &Url, allow_private: bool) -> Result<(), String> {
    if allow_private {
        return Ok(());
    }
    let host = url.host_str().unwrap_or_default();
    if let Some(ip) = literal_ip(url) {
        return refuse_internal(ip, host);
    }
    let port = url.port_or_known_default().unwrap_or(443);
    let addresses: Vec<SocketAddr> = std::net::ToSocketAddrs::to_socket_addrs(&(host, port))
        .map_err(|e| format!("the host `{host}` does not resolve: {e}"))?
        .collect();
    if addresses.is_empty() {
        return Err(format!("the host `{host}` does not resolve"));
    }
    addresses
        .iter()
        .try_for_each(|a| refuse_internal(a.ip(), host))
}

/// The address when the URL's host is an IP literal (clients connect to those without asking
/// a resolver, so they are checked on their own).
pub fn literal_ip(url: &Url) -> Option<IpAddr> {
    match url.host()? {
        url::Host::Ipv4(ip) => Some(IpAddr::V4(ip)),
        url::Host::Ipv6(ip) => Some(IpAddr::V6(ip)),
        url::Host::Domain(_) => None,
    }
}

pub fn refuse_internal(ip: IpAddr, host: &str) -> Result<(), String> {
    if is_public(ip) {
        Ok(())
    } else {
        Err(format!(
            "`{host}` is a private, loopback or link-local address ({ip}); the operator must \
             start the server with --webhook-allow-private to send webhooks there"
        ))
    }
}

/// Whether `ip` is reachable on the public internet (std's `is_global` is not stable yet).
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => {
            // IPv4 carried in IPv6 (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96) reaches the
            // IPv4 address inside.
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public_v4(v4);
            }
            let s = v6.segments();
            if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
                return is_public_v4(Ipv4Addr::from((u32::from(s[6]) << 16) | u32::from(s[7])));
            }
            !(v6.is_unspecified()
                || v6.is_loopback()
                || v6.is_multicast()
                || (s[0] & 0xfe00) == 0xfc00 // unique local fc00::/7
                || (s[0] & 0xffc0) == 0xfe80 // link-local fe80::/10
                || (s[0] & 0xffc0) == 0xfec0 // site-local fec0::/10 (deprecated)
                || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
                || s[0..6] == [0, 0, 0, 0, 0, 0]) // IPv4-compatible ::a.b.c.d
        }
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    !(ip.is_unspecified()
        || a == 0 // "this network" 0.0.0.0/8
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || (a == 100 && (b & 0xc0) == 64) // shared address space 100.64.0.0/10
        || (a == 198 && (b & 0xfe) == 18) // benchmarking 198.18.0.0/15
        || (a == 192 && b == 0 && ip.octets()[2] == 0) // IETF protocol assignments
        || a >= 240) // reserved
}

/// The resolver the delivery client uses: resolves as usual, then hands the client only
/// public addresses (or every address when private ones are allowed).
#[derive(Debug, Clone, Copy)]
pub struct GuardedResolver {
    pub allow_private: bool,
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let allow_private = self.allow_private;
        Box::pin(async move {
            let host = name.as_str().to_string();
            let resolved: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if !allow_private {
                // One internal address refuses the name: a receiver does not need one.
                for address in &resolved {
                    refuse_internal(address.ip(), &host)?;
                }
            }
            let addresses: reqwest::dns::Addrs = Box::new(resolved.into_iter());
            Ok(addresses)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn public(s: &str) -> bool {
        is_public(s.parse().unwrap())
    }

    #[test]
    fn internal_addresses_are_not_public() {
        for internal in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "::1",
            "::",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a9fe:a9fe",
        ] {
            assert!(!public(internal), "{internal}");
        }
        for outside in ["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111"] {
            assert!(public(outside), "{outside}");
        }
    }

    #[test]
    fn urls_need_http_a_host_and_no_credentials() {
        assert!(parse_url("https://hooks.example.com/mg").is_ok());
        assert!(
            parse_url("ftp://example.com/")
                .unwrap_err()
                .contains("scheme")
        );
        assert!(parse_url("not a url").is_err());
        assert!(parse_url("https://user:pw@example.com/").is_err());
        let url = parse_url("http://127.0.0.1:9/x").unwrap();
        assert!(
            check_host(&url, false)
                .unwrap_err()
                .contains("--webhook-allow-private")
        );
        assert!(check_host(&url, true).is_ok());
        let url = parse_url("http://[::1]/x").unwrap();
        assert!(check_host(&url, false).is_err());
        let url = parse_url("http://localhost:9/x").unwrap();
        assert!(check_host(&url, false).is_err());
    }
}
