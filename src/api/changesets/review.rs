//! Moving a changeset through review: submit, withdraw, approve (which publishes),
//! request changes, reject.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, post, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::views::{self, ChangesetView};
use super::{if_match, respond};
use crate::api::blocking::with_conn;
use crate::api::limits::OptionalJson;
use crate::api::problem::{ApiError, Problem};
use crate::auth::{Caller, Role};
use crate::db::changesets::{self, Verdict};
use crate::state::{AppState, refresh_snapshot};

/// An approval; the body itself may be left out.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"comment": "Checked against the METI gift guidance."}))]
pub struct ApproveRequest {
    /// Shown with the review; optional.
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub comment: String,
}

/// Requesting changes or rejecting: the editors need to hear why.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"comment": "The zh-CN text still says 四 where the taboo is about 4."}))]
pub struct VerdictRequest {
    /// Why; not blank.
    #[schema(min_length = 1, max_length = 10000, pattern = r"\S")]
    pub comment: String,
}

/// Submit for review
///
/// Locks the edits and hands the changeset to reviewers. Refused with 409 while an edit's base
/// is no longer published (rebase first) and with 422 while the content has problems or there
/// are no edits. `If-Match` is optional. Requires role: **editor**.
#[utoipa::path(
    operation_id = "submitChangeset",
    tag = "changesets",
    params(
        ("number" = i64, Path, minimum = 1, description = "Changeset number"),
        ("If-Match" = Option<String>, Header, description = "Submit only if the changeset is still this version"),
    ),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "Now in review", body = ChangesetView,
            headers(("ETag" = String, description = "The changeset's version: send it back in `If-Match` on the next change"))),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such changeset", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Wrong state, or edits conflict with newer releases (`conflicts` names them)", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The ETag is stale", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No edits, or the content has problems", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/changesets/{number}/submit")]
pub async fn submit_changeset(
    state: web::Data<AppState>,
    req: HttpRequest,
    number: web::Path<i64>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let expected = if_match(&req)?;
    let id = number.into_inner();
    let view = with_conn(&state.pool, move |conn| {
        changesets::submit(conn, id, expected.as_deref(), caller.actor())?;
        views::load(conn, id)
    })
    .await?;
    Ok(respond(StatusCode::OK, &view))
}

/// Withdraw a changeset
///
/// Its author (or an admin) abandons it; it stays readable. Requires role: **editor**
/// (the author) or **admin**.
#[utoipa::path(
    operation_id = "withdrawChangeset",
    tag = "changesets",
    params(
        ("number" = i64, Path, minimum = 1, description = "Changeset number"),
        ("If-Match" = Option<String>, Header, description = "Withdraw only if the changeset is still this version"),
    ),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "Withdrawn", body = ChangesetView,
            headers(("ETag" = String, description = "The changeset's version: send it back in `If-Match` on the next change"))),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not its author", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such changeset", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already closed", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The ETag is stale", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/changesets/{number}/withdraw")]
pub async fn withdraw_changeset(
    state: web::Data<AppState>,
    req: HttpRequest,
    number: web::Path<i64>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let expected = if_match(&req)?;
    let id = number.into_inner();
    let view = with_conn(&state.pool, move |conn| {
        let is_admin = caller.role.allows(Role::Admin);
        changesets::withdraw(conn, id, expected.as_deref(), &caller.username, is_admin)?;
        views::load(conn, id)
    })
    .await?;
    Ok(respond(StatusCode::OK, &view))
}

/// Approve and publish
///
/// Publishes the edits atomically as a new numbered release, which storefront reads serve from
/// the moment this returns. Nobody approves a changeset they opened or edited. Refused with 409
/// when an edit's base is no longer the published revision (the conflicting documents are
/// named; the changeset stays in review and nothing is lost). Requires role: **reviewer**.
#[utoipa::path(
    operation_id = "approveChangeset",
    tag = "changesets",
    request_body(content = Option<ApproveRequest>, description = "Optional: an approval needs no body"),
    params(
        ("number" = i64, Path, minimum = 1, description = "Changeset number"),
        ("If-Match" = Option<String>, Header, description = "Approve only the version you reviewed"),
    ),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("reviewer"))),
    responses(
        (status = 200, description = "Published; `release` is the new release number", body = ChangesetView,
            headers(("ETag" = String, description = "The changeset's version: send it back in `If-Match` on the next change"))),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a reviewer, or the caller wrote or edited it", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such changeset", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not in review, or edits conflict with newer releases", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The changeset changed since it was read", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The content no longer validates against the latest release", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/changesets/{number}/approve")]
pub async fn approve_changeset(
    state: web::Data<AppState>,
    req: HttpRequest,
    number: web::Path<i64>,
    caller: Caller,
    body: OptionalJson<ApproveRequest>,
) -> Result<HttpResponse, ApiError> {
    review(state, req, caller, number, body.0.comment, Verdict::Approve).await
}

/// Request changes
///
/// Sends the changeset back to its editors with a comment (required). Requires role: **reviewer**.
#[utoipa::path(
    operation_id = "requestChangesetChanges",
    tag = "changesets",
    request_body = VerdictRequest,
    params(
        ("number" = i64, Path, minimum = 1, description = "Changeset number"),
        ("If-Match" = Option<String>, Header, description = "Only if the changeset is still this version"),
    ),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("reviewer"))),
    responses(
        (status = 200, description = "Back with its editors", body = ChangesetView,
            headers(("ETag" = String, description = "The changeset's version: send it back in `If-Match` on the next change"))),
        (status = 400, description = "The comment is missing", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a reviewer, or the caller wrote or edited it", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such changeset", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not in review", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The ETag is stale", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/changesets/{number}/request-changes")]
pub async fn request_changes(
    state: web::Data<AppState>,
    req: HttpRequest,
    number: web::Path<i64>,
    caller: Caller,
    body: web::Json<VerdictRequest>,
) -> Result<HttpResponse, ApiError> {
    let comment = body.into_inner().comment;
    review(state, req, caller, number, comment, Verdict::RequestChanges).await
}

/// Reject a changeset
///
/// Closes it for good with a comment (required); it stays readable. Requires role: **reviewer**.
#[utoipa::path(
    operation_id = "rejectChangeset",
    tag = "changesets",
    request_body = VerdictRequest,
    params(
        ("number" = i64, Path, minimum = 1, description = "Changeset number"),
        ("If-Match" = Option<String>, Header, description = "Only if the changeset is still this version"),
    ),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("reviewer"))),
    responses(
        (status = 200, description = "Rejected", body = ChangesetView,
            headers(("ETag" = String, description = "The changeset's version: send it back in `If-Match` on the next change"))),
        (status = 400, description = "The comment is missing", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a reviewer, or the caller wrote or edited it", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such changeset", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not in review", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The ETag is stale", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/changesets/{number}/reject")]
pub async fn reject_changeset(
    state: web::Data<AppState>,
    req: HttpRequest,
    number: web::Path<i64>,
    caller: Caller,
    body: web::Json<VerdictRequest>,
) -> Result<HttpResponse, ApiError> {
    review(
        state,
        req,
        caller,
        number,
        body.into_inner().comment,
        Verdict::Reject,
    )
    .await
}

async fn review(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
    number: web::Path<i64>,
    comment: String,
    verdict: Verdict,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Reviewer)?;
    let expected = if_match(&req)?;
    let id = number.into_inner();
    let view = with_conn(&state.pool, move |conn| {
        changesets::review(
            conn,
            id,
            expected.as_deref(),
            &caller.username,
            verdict,
            &comment,
        )?;
        views::load(conn, id)
    })
    .await?;
    if verdict == Verdict::Approve {
        // The release is committed; serve it before answering, so the approver's next read
        // sees it. A failure here is retried by the background refresh.
        let state = state.clone();
        let refreshed = crate::affinity::block(move || refresh_snapshot(&state)).await;
        if let Err(e) = refreshed.map_err(anyhow::Error::from).and_then(|r| r) {
            tracing::error!(error = ?e, "could not load the new release; will retry");
        }
    }
    Ok(respond(StatusCode::OK, &view))
}
