//! Cross-origin access for browser storefronts (actix-cors). Reads and the public POSTs that
//! only compute (render; lint and compose when they exist) are open to every origin, without
//! credentials; everything else (the write path) only to the origins the operator lists.
//! `ETag`, `Content-Language` and `Retry-After` are readable by scripts, and preflights are
//! cached for a day.

use actix_cors::Cors;
use actix_web::http::{Method, header};

/// The operator's list (`--cors-origins`): origins allowed everything, e.g. the editors'
/// console on another host. Exact `scheme://host[:port]` strings.
#[derive(Debug, Clone, Default)]
pub struct CorsOrigins(pub Vec<String>);

impl CorsOrigins {
    pub fn parse(list: Option<&str>) -> anyhow::Result<Self> {
        let origins: Vec<String> = list
            .unwrap_or("")
            .split(',')
            .map(|o| o.trim().trim_end_matches('/').to_string())
            .filter(|o| !o.is_empty())
            .collect();
        for origin in &origins {
            if !(origin.starts_with("https://") || origin.starts_with("http://")) {
                anyhow::bail!("`{origin}` is not an origin (scheme://host[:port])");
            }
        }
        Ok(Self(origins))
    }
}

/// POSTs that read nothing private and change nothing.
fn is_public_post(path: &str) -> bool {
    let path = path.split('?').next().unwrap_or(path);
    (path.starts_with("/v1/phrase-sets/") && path.ends_with("/render"))
        || path == "/v1/lint"
        || path == "/v1/compose"
}

pub fn middleware(listed: &CorsOrigins) -> Cors {
    let listed = listed.0.clone();
    Cors::default()
        .allowed_origin_fn(move |origin, head| {
            if listed.iter().any(|o| o.as_bytes() == origin.as_bytes()) {
                return true;
            }
            // A preflight asks for the method it will use.
            let method = head
                .headers()
                .get(header::ACCESS_CONTROL_REQUEST_METHOD)
                .and_then(|m| Method::from_bytes(m.as_bytes()).ok())
                .unwrap_or_else(|| head.method.clone());
            method == Method::GET
                || method == Method::HEAD
                || (method == Method::POST && is_public_post(head.uri.path()))
        })
        .allowed_methods([
            Method::GET,
            Method::HEAD,
            Method::POST,
            Method::PUT,
            Method::PATCH,
            Method::DELETE,
        ])
        .allowed_headers([
            header::ACCEPT,
            header::ACCEPT_LANGUAGE,
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::IF_MATCH,
            header::IF_NONE_MATCH,
        ])
        .expose_headers([
            header::ETAG,
            header::CONTENT_LANGUAGE,
            header::RETRY_AFTER,
            header::LOCATION,
        ])
        .max_age(86_400)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_checked() {
        assert_eq!(
            CorsOrigins::parse(Some("https://console.example, http://localhost:3000/"))
                .unwrap()
                .0,
            ["https://console.example", "http://localhost:3000"]
        );
        assert!(CorsOrigins::parse(Some("console.example")).is_err());
        assert!(CorsOrigins::parse(None).unwrap().0.is_empty());
        assert!(is_public_post("/v1/phrase-sets/shipping/render?release=2"));
        assert!(!is_public_post("/v1/changesets/1/approve"));
    }
}
