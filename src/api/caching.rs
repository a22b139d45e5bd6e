//! Conditional responses for pre-serialized snapshot bodies.

use actix_web::HttpResponse;
use actix_web::http::header::{self, HeaderValue};
use unic_langid::LanguageIdentifier;

use super::response_cache;
use crate::snapshot::{Cached, Snapshot};

/// Storefronts may reuse a body for a minute; the ETag makes revalidation cheap after that.
const CACHE_CONTROL: &str = "public, max-age=60";
/// A pinned release (`?release=N`) never changes.
const CACHE_CONTROL_PINNED: &str = "public, max-age=31536000, immutable";

pub fn cache_control(pinned: bool) -> &'static str {
    if pinned {
        CACHE_CONTROL_PINNED
    } else {
        CACHE_CONTROL
    }
}

/// 200 with the snapshot's body, its entity tag and compressed copies; the delivery
/// middleware answers 304 when the client already holds it (in any encoding). The answer is
/// the same for every request with the same URL and headers: the response cache keeps it.
pub fn respond(
    snapshot: &Snapshot,
    cached: &Cached,
    locale: &LanguageIdentifier,
    pinned: bool,
) -> HttpResponse {
    let mut response = HttpResponse::Ok()
        .insert_header((header::ETAG, cached.etag.as_str()))
        .insert_header((header::CACHE_CONTROL, cache_control(pinned)))
        .insert_header((header::VARY, HeaderValue::from_static("Accept-Language")))
        .insert_header((header::CONTENT_LANGUAGE, locale.to_string()))
        .content_type(mime_json())
        .body(cached.body.clone());
    response
        .extensions_mut()
        .insert(std::sync::Arc::clone(&cached.compressed));
    response_cache::mark(&mut response, snapshot, pinned);
    response
}

/// A body serialized for this request (filtered lists, contact windows, lint and compose
/// answers), with the same headers; the delivery middleware tags and compresses it.
pub fn respond_json(
    locale: &LanguageIdentifier,
    value: &impl serde::Serialize,
    pinned: bool,
) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, cache_control(pinned)))
        .insert_header((header::VARY, HeaderValue::from_static("Accept-Language")))
        .insert_header((header::CONTENT_LANGUAGE, locale.to_string()))
        .json(value)
}

fn mime_json() -> &'static str {
    "application/json"
}
