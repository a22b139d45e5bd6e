//! How much work one request may ask for. Every body is capped, and every POST that computes
//! caps what it computes, so no single request can make the server allocate or format
//! without bound. Over a limit is a problem naming it: 413 for the body, 422 for a field.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::{JsonBody, Payload};
use actix_web::{FromRequest, HttpRequest};
use serde::de::DeserializeOwned;

use super::problem::ApiError;
use crate::db::changesets::MAX_DOCUMENT_BYTES;

/// Any JSON body, unless the operation says otherwise.
pub const JSON_BODY_BYTES: usize = 64 * 1024;
/// One edit carries one whole document. JSON escaping at most sextuples a byte (`\u0000`),
/// so this admits every document up to the document limit, which is checked after parsing.
pub const EDIT_BODY_BYTES: usize = 6 * MAX_DOCUMENT_BYTES + 16 * 1024;
/// Messages one render may ask for.
pub const RENDER_MESSAGES: usize = 50;
/// Arguments one render may pass.
pub const RENDER_ARGS: usize = 32;
/// Bytes of one argument's value (a name, an order number, a short address).
pub const RENDER_ARG_BYTES: usize = 1024;
/// Bytes of text one render may produce.
pub const RENDER_OUTPUT_BYTES: usize = 64 * 1024;

/// A JSON body read with its own size limit (the app-wide one is [`JSON_BODY_BYTES`]).
pub struct BoundedJson<T, const LIMIT: usize>(pub T);

impl<T: DeserializeOwned + 'static, const LIMIT: usize> FromRequest for BoundedJson<T, LIMIT> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = JsonBody::<T>::new(req, payload, None, true).limit(LIMIT);
        Box::pin(async move {
            body.await
                .map(BoundedJson)
                .map_err(|e| super::json_error(e, LIMIT))
        })
    }
}

/// A JSON body a client may leave out: a request with no body reads as `T::default()`; any
/// body present must be valid JSON of `T` (an empty optional body is common from generated
/// clients and curl; a malformed one is still a 400).
pub struct OptionalJson<T>(pub T);

impl<T: DeserializeOwned + Default + 'static> FromRequest for OptionalJson<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let headers = req.headers();
        let length = headers
            .get(actix_web::http::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .map(str::trim);
        let chunked = headers.contains_key(actix_web::http::header::TRANSFER_ENCODING);
        if length == Some("0") || (length.is_none() && !chunked) {
            return Box::pin(async { Ok(OptionalJson(T::default())) });
        }
        let body = JsonBody::<T>::new(req, payload, None, true).limit(JSON_BODY_BYTES);
        Box::pin(async move {
            body.await
                .map(OptionalJson)
                .map_err(|e| super::json_error(e, JSON_BODY_BYTES))
        })
    }
}

/// 422 naming `field` and the limit it went over.
pub fn exceeded(field: impl Into<String>, message: impl Into<String>) -> ApiError {
    ApiError::LimitExceeded {
        field: field.into(),
        message: message.into(),
    }
}
