//! The review workflow over HTTP: changesets, their edits and their reviews.
//!
//! Every change to a changeset answers with its new `ETag`; edits must send the ETag they
//! started from in `If-Match` (412 when stale, 428 when missing), so concurrent editors cannot
//! overwrite each other. Transitions accept `If-Match` too, to review exactly what was read.
//!
//! Handlers take the path number before the caller: a request a more specific path shadows
//! (`PATCH /v1/changesets/import`) is then a 405 for anyone, before any token check
//! (see `api::shadowed`).

pub mod edits;
pub mod proposals;
pub mod read;
pub mod review;
pub mod views;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse};

use super::problem::{ApiError, ConflictView};
use crate::db::changesets::ChangesetError;
use views::ChangesetView;

impl From<ChangesetError> for ApiError {
    fn from(e: ChangesetError) -> Self {
        let detail = e.to_string();
        match e {
            ChangesetError::NotFound(_) => ApiError::NotFound(detail),
            ChangesetError::Stale { .. } => ApiError::PreconditionFailed(detail),
            ChangesetError::WrongState { .. } => ApiError::Conflict(detail),
            ChangesetError::Forbidden(_) => ApiError::Forbidden(detail),
            ChangesetError::Conflicts(conflicts) => ApiError::EditConflict {
                detail,
                conflicts: conflicts.into_iter().map(ConflictView::from).collect(),
            },
            ChangesetError::Invalid(errors) => ApiError::InvalidContent(detail, errors.0),
            ChangesetError::BadInput { field, message } => ApiError::invalid(field, message),
            ChangesetError::TooLarge { field, message } => {
                ApiError::LimitExceeded { field, message }
            }
            ChangesetError::Unchanged(_) => ApiError::Unprocessable(detail),
            ChangesetError::Store(e) => ApiError::Internal(e.into()),
        }
    }
}

/// The `If-Match` value, when sent.
pub fn if_match(req: &HttpRequest) -> Result<Option<String>, ApiError> {
    req.headers()
        .get(header::IF_MATCH)
        .map(|v| {
            v.to_str()
                .map(str::to_string)
                .map_err(|_| ApiError::invalid("If-Match", "must be visible ASCII"))
        })
        .transpose()
}

/// The `If-Match` value; edits without one are refused (428) rather than applied blindly.
pub fn required_if_match(req: &HttpRequest) -> Result<String, ApiError> {
    if_match(req)?.ok_or(ApiError::PreconditionRequired)
}

/// The changeset as JSON with its ETag.
pub fn respond(status: actix_web::http::StatusCode, view: &ChangesetView) -> HttpResponse {
    let mut response = HttpResponse::build(status)
        .insert_header((header::ETAG, view.etag.clone()))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(view);
    // Editors send this tag back in If-Match: it must read the same in every encoding.
    response
        .extensions_mut()
        .insert(crate::api::delivery::VersionTag);
    response
}
