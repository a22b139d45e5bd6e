//! Conditional responses for pre-serialized snapshot bodies.

use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse};
use unic_langid::LanguageIdentifier;

use crate::snapshot::Cached;

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

/// 200 with the body, or 304 when the client already holds this exact representation.
pub fn respond(
    req: &HttpRequest,
    cached: &Cached,
    locale: &LanguageIdentifier,
    pinned: bool,
) -> HttpResponse {
    let not_modified = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .map(|t| t.trim().trim_start_matches("W/"))
                .any(|t| t == "*" || t == cached.etag)
        });
    let mut builder = if not_modified {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    builder
        .insert_header((header::ETAG, cached.etag.as_str()))
        .insert_header((header::CACHE_CONTROL, cache_control(pinned)))
        .insert_header((header::VARY, HeaderValue::from_static("Accept-Language")))
        .insert_header((header::CONTENT_LANGUAGE, locale.to_string()));
    if not_modified {
        builder.finish()
    } else {
        builder.content_type(mime_json()).body(cached.body.clone())
    }
}

/// A body serialized for this request (filtered lists), with the same headers minus the ETag.
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
