//! Opening, listing, reading and renaming changesets.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, patch, post, web};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::views::{self, ChangesetList, ChangesetSummary, ChangesetView};
use super::{required_if_match, respond};
use crate::api::blocking::with_conn;
use crate::api::params::page_limit;
use crate::api::problem::{ApiError, Problem};
use crate::auth::{Caller, Role};
use crate::db::changesets::{self, State};
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"title": "JP: gift-wrapping taboos", "description": "Adds the white-wrapping taboo and the ja-JP text."}))]
pub struct NewChangeset {
    /// 1-200 characters, not blank.
    #[schema(min_length = 1, max_length = 200, pattern = r"\S")]
    pub title: String,
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub description: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangesetPatch {
    /// 1-200 characters, not blank.
    #[schema(min_length = 1, max_length = 200, pattern = r"\S")]
    pub title: Option<String>,
    #[schema(max_length = 10000)]
    pub description: Option<String>,
    /// Replaces who besides the author may edit it (author or admin only; at most 20
    /// enabled accounts). Collaborators can never review it.
    #[schema(max_items = 20, value_type = Option<Vec<crate::api::accounts::Username>>)]
    pub collaborators: Option<Vec<String>>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ChangesetListQuery {
    /// Only changesets in this state.
    pub state: Option<State>,
    /// Only open changesets (draft, in review, changes requested).
    pub open: Option<bool>,
    /// Only changesets opened by this user.
    pub author: Option<String>,
    /// Only changesets that edit this document, e.g. `market/JP`: who else is working on it.
    #[param(pattern = "{document-key}")]
    pub document: Option<String>,
    /// Only changesets older than this number (for paging).
    pub before: Option<i64>,
    /// At most this many (1-200, default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<i64>,
}

/// Open a changeset
///
/// Starts an empty draft. Requires role: **editor**.
#[utoipa::path(
    operation_id = "createChangeset",
    tag = "changesets",
    request_body = NewChangeset,
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 201, description = "The new draft; its ETag is in the `ETag` header", body = ChangesetView,
            headers(("ETag" = String, description = "The changeset's version: send it back in `If-Match` on the next change"))),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/changesets")]
pub async fn create_changeset(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<NewChangeset>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let body = body.into_inner();
    let view = with_conn(&state.pool, move |conn| {
        let changeset = changesets::create(conn, &caller.username, &body.title, &body.description)?;
        views::load(conn, changeset.id)
    })
    .await?;
    Ok(respond(StatusCode::CREATED, &view))
}

/// List changesets
///
/// Newest first, filtered by state, author or edited document (`?document=market/JP&open=true`
/// shows who else is working on a document before you start). Requires role: **editor**.
#[utoipa::path(
    operation_id = "listChangesets",
    tag = "changesets",
    params(ChangesetListQuery),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "Changesets, newest first", body = ChangesetList),
        (status = 400, description = "Bad filter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/changesets")]
pub async fn list_changesets(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<ChangesetListQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let query = query.into_inner();
    let limit = page_limit(query.limit, 50, 200)?;
    if let Some(document) = &query.document {
        super::edits::parse_key(document)?;
    }
    let rows = with_conn(&state.pool, move |conn| {
        let filter = changesets::ListFilter {
            state: query.state,
            open: query.open.unwrap_or(false),
            author: query.author,
            document: query.document,
            before: query.before,
            limit,
        };
        Ok(changesets::list(conn, &filter)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(ChangesetList {
            items: rows
                .into_iter()
                .map(|(c, n)| ChangesetSummary::new(c, n))
                .collect(),
        }))
}

/// Get a changeset
///
/// Its edits (with the proposed text), reviews, and for open changesets whether it would
/// publish cleanly now: conflicts with newer releases and content problems with line:column.
/// Requires role: **editor**.
#[utoipa::path(
    operation_id = "getChangeset",
    tag = "changesets",
    params(("number" = i64, Path, minimum = 1, description = "Changeset number")),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "The changeset; its ETag is in the `ETag` header", body = ChangesetView,
            headers(("ETag" = String, description = "The changeset's version: send it back in `If-Match` on the next change"))),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such changeset", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/changesets/{number}")]
pub async fn get_changeset(
    state: web::Data<AppState>,
    number: web::Path<i64>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let id = number.into_inner();
    let view = with_conn(&state.pool, move |conn| views::load(conn, id)).await?;
    Ok(respond(StatusCode::OK, &view))
}

/// Rename, describe or share a changeset
///
/// Its author, the collaborators the author added and admins may change it; the author or an
/// admin sets `collaborators`. Needs `If-Match` with the changeset's current ETag.
/// Requires role: **editor**.
#[utoipa::path(
    operation_id = "updateChangeset",
    tag = "changesets",
    request_body = ChangesetPatch,
    params(
        ("number" = i64, Path, minimum = 1, description = "Changeset number"),
        ("If-Match" = String, Header, description = "The ETag the change is based on"),
    ),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "The updated changeset", body = ChangesetView,
            headers(("ETag" = String, description = "The changeset's version: send it back in `If-Match` on the next change"))),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor, or neither its author, a collaborator nor an admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such changeset", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not editable in its state", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The ETag is stale", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/changesets/{number}")]
pub async fn update_changeset(
    state: web::Data<AppState>,
    req: HttpRequest,
    number: web::Path<i64>,
    caller: Caller,
    body: web::Json<ChangesetPatch>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let expected = required_if_match(&req)?;
    let id = number.into_inner();
    let body = body.into_inner();
    let view = with_conn(&state.pool, move |conn| {
        changesets::update_details(
            conn,
            id,
            Some(&expected),
            caller.actor(),
            body.title.as_deref(),
            body.description.as_deref(),
            body.collaborators.as_deref(),
        )?;
        views::load(conn, id)
    })
    .await?;
    Ok(respond(StatusCode::OK, &view))
}
