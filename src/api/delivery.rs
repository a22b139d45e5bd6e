//! How every response body leaves the server, in one place:
//!
//! - every `200` to a GET carries an entity tag (the snapshot's own, else a hash of the body),
//!   and `If-None-Match` with it (in any encoding) answers `304`;
//! - bodies of 1 KiB and more are compressed when the client asks (`br`, else `gzip`): a
//!   snapshot body once per release at high quality (on its first request, kept with the
//!   snapshot), any other body now at a fast level;
//! - each encoding has its own entity tag (`"…-br"`), and one merged `Vary` names every
//!   request header the body depends on.
//!
//! actix's `Compress` is not used: it keeps one ETag for every encoding and appends a second
//! `Vary` header.

use std::sync::Arc;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderMap, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::web::Bytes;

use crate::compression::{Precompressed, brotli, etag_of, gzip};

/// Smaller bodies are sent as they are: compression would save less than a packet.
pub const MIN_COMPRESS_BYTES: usize = 1024;
/// Larger bodies without a precompressed copy (the docs UI's script bundle) are sent as they
/// are and untagged: compressing or hashing a megabyte on every request is work an anonymous
/// client could ask for without bound.
pub const MAX_PER_REQUEST_BYTES: usize = 256 * 1024;

/// Marks an entity tag that names a version clients send back in `If-Match` (a changeset's):
/// it stays as it is in every encoding, since the resource's version, not its bytes, is what
/// those requests compare.
#[derive(Debug, Clone, Copy)]
pub struct VersionTag;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Br,
    Gzip,
    Identity,
}

impl Encoding {
    fn name(self) -> Option<&'static str> {
        match self {
            Self::Br => Some("br"),
            Self::Gzip => Some("gzip"),
            Self::Identity => None,
        }
    }
}

/// The best encoding the client accepts (q-values honoured, `br` preferred on a tie).
pub fn negotiate(accept_encoding: Option<&str>) -> Encoding {
    let Some(value) = accept_encoding else {
        return Encoding::Identity;
    };
    let mut best = (Encoding::Identity, 0.0_f32);
    let mut wildcard = None;
    for item in value.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        let encoding = match name.as_str() {
            "br" => Encoding::Br,
            "gzip" | "x-gzip" => Encoding::Gzip,
            "*" => {
                wildcard = Some(q);
                continue;
            }
            _ => continue,
        };
        let better = q > best.1 || (q == best.1 && encoding == Encoding::Br);
        if q > 0.0 && better {
            best = (encoding, q);
        }
    }
    if best.0 == Encoding::Identity && wildcard.is_some_and(|q| q > 0.0) {
        return Encoding::Br;
    }
    best.0
}

/// `"abc"` → `"abc-br"`: a compressed body is another representation, with its own tag.
fn tag_for(base: &str, encoding: Encoding) -> String {
    match encoding.name() {
        Some(name) => match base.strip_suffix('"') {
            Some(open) => format!("{open}-{name}\""),
            None => format!("{base}-{name}"),
        },
        None => base.to_string(),
    }
}

/// Whether `If-None-Match` names this body in any of its encodings (weak comparison, as
/// RFC 9110 §13.1.2 asks for this header).
fn matches(if_none_match: &str, base: &str) -> bool {
    if_none_match.split(',').any(|tag| {
        let tag = tag.trim().trim_start_matches("W/");
        tag == "*"
            || tag == base
            || ["-br\"", "-gzip\""].iter().any(|suffix| {
                tag.strip_suffix(suffix)
                    .is_some_and(|t| format!("{t}\"") == base)
            })
    })
}

fn compressible(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.starts_with("application/json")
                || t.starts_with("application/problem+json")
                || t.starts_with("text/")
                || t.starts_with("application/javascript")
        })
}

/// One `Vary` header: what the handler said, plus `Accept-Encoding`.
fn merge_vary(headers: &mut HeaderMap, add_encoding: bool) {
    // The common case (one value from the handler) is built without splitting and joining:
    // this runs on every read.
    let mut values = headers.get_all(header::VARY);
    if let (Some(only), None) = (values.next(), values.next())
        && let Ok(text) = only.to_str()
        && !text
            .split(',')
            .any(|n| n.trim().eq_ignore_ascii_case("accept-encoding"))
    {
        if !add_encoding {
            return;
        }
        let merged = format!("{}, Accept-Encoding", text.trim_end_matches([',', ' ']));
        if let Ok(value) = HeaderValue::from_str(&merged) {
            headers.insert(header::VARY, value);
        }
        return;
    }
    let mut names: Vec<String> = Vec::new();
    for value in headers.get_all(header::VARY) {
        for name in value.to_str().unwrap_or("").split(',') {
            let name = name.trim();
            if !name.is_empty() && !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                names.push(name.to_string());
            }
        }
    }
    if add_encoding
        && !names
            .iter()
            .any(|n| n.eq_ignore_ascii_case("accept-encoding"))
    {
        names.push("Accept-Encoding".to_string());
    }
    headers.remove(header::VARY);
    if let Ok(value) = HeaderValue::from_str(&names.join(", "))
        && !names.is_empty()
    {
        headers.insert(header::VARY, value);
    }
}

/// The middleware (`actix_web::middleware::from_fn(deliver)`).
pub async fn deliver(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let is_get = req.method() == Method::GET;
    let encoding = negotiate(
        req.headers()
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok()),
    );
    let if_none_match = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let res = next.call(req).await?;
    if res.status() != StatusCode::OK || res.headers().contains_key(header::CONTENT_ENCODING) {
        return Ok(res.map_into_boxed_body());
    }
    let precompressed = res
        .response()
        .extensions()
        .get::<Arc<Precompressed>>()
        .cloned();
    let version_tag = res.response().extensions().get::<VersionTag>().is_some();
    let (req, res) = res.into_parts();
    let (mut res, body) = res.into_parts();
    let bytes = match body.try_into_bytes() {
        Ok(bytes) => bytes,
        // A stream (none today): pass it on untouched.
        Err(body) => {
            return Ok(ServiceResponse::new(
                req,
                res.set_body(body).map_into_boxed_body(),
            ));
        }
    };
    let oversized = bytes.len() > MAX_PER_REQUEST_BYTES && precompressed.is_none();
    let eligible = bytes.len() >= MIN_COMPRESS_BYTES && !oversized && compressible(res.headers());
    let encoding = if eligible {
        encoding
    } else {
        Encoding::Identity
    };
    let headers = res.headers_mut();
    merge_vary(headers, eligible);
    if is_get {
        let (base, set_by_handler) = match headers.get(header::ETAG).and_then(|v| v.to_str().ok()) {
            Some(tag) => (tag.to_string(), true),
            None if oversized => {
                return Ok(ServiceResponse::new(req, res.set_body(BoxBody::new(bytes))));
            }
            None => (etag_of(&bytes), false),
        };
        // A handler's tag sent as it is (identity, or a version tag) is already in place.
        let unchanged = version_tag || encoding == Encoding::Identity;
        if !(unchanged && set_by_handler) {
            let tag = if unchanged {
                base.clone()
            } else {
                tag_for(&base, encoding)
            };
            if let Ok(value) = HeaderValue::from_str(&tag) {
                headers.insert(header::ETAG, value);
            }
        }
        if if_none_match.is_some_and(|inm| matches(&inm, &base)) {
            let mut not_modified = res.set_body(BoxBody::new(()));
            *not_modified.status_mut() = StatusCode::NOT_MODIFIED;
            not_modified.headers_mut().remove(header::CONTENT_TYPE);
            return Ok(ServiceResponse::new(req, not_modified));
        }
    }
    let body = match (encoding, precompressed) {
        (Encoding::Identity, _) => bytes,
        (Encoding::Br, Some(p)) => p.br(&bytes),
        (Encoding::Gzip, Some(p)) => p.gzip(&bytes),
        // Per-request bodies: fast levels, the request is waiting.
        (Encoding::Br, None) => Bytes::from(brotli(&bytes, 4)),
        (Encoding::Gzip, None) => Bytes::from(gzip(&bytes, flate2::Compression::fast())),
    };
    if let Some(name) = encoding.name() {
        res.headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
    }
    Ok(ServiceResponse::new(req, res.set_body(BoxBody::new(body))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_follows_q_values() {
        assert_eq!(negotiate(None), Encoding::Identity);
        assert_eq!(negotiate(Some("gzip, deflate, br")), Encoding::Br);
        assert_eq!(negotiate(Some("gzip, br;q=0.5")), Encoding::Gzip);
        assert_eq!(negotiate(Some("br;q=0, gzip;q=0")), Encoding::Identity);
        assert_eq!(negotiate(Some("identity")), Encoding::Identity);
        assert_eq!(negotiate(Some("*")), Encoding::Br);
        assert_eq!(negotiate(Some("zstd")), Encoding::Identity);
    }

    #[test]
    fn each_encoding_has_its_tag_and_all_revalidate() {
        assert_eq!(tag_for("\"abc\"", Encoding::Br), "\"abc-br\"");
        assert_eq!(tag_for("\"abc\"", Encoding::Gzip), "\"abc-gzip\"");
        assert_eq!(tag_for("\"abc\"", Encoding::Identity), "\"abc\"");
        for held in [
            "\"abc\"",
            "\"abc-br\"",
            "W/\"abc-gzip\"",
            "\"x\", \"abc-br\"",
            "*",
        ] {
            assert!(matches(held, "\"abc\""), "{held}");
        }
        assert!(!matches("\"abd-br\"", "\"abc\""));
        assert!(!matches("\"abc-zz\"", "\"abc\""));
    }
}
