//! Adding, replacing and dropping a changeset's edits, and what they change.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, delete, get, put, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::views::{self, ChangesetView, EditAction};
use super::{required_if_match, respond};
use crate::api::blocking::with_conn;
use crate::api::limits::{BoundedJson, EDIT_BODY_BYTES};
use crate::api::problem::{ApiError, Problem};
use crate::auth::{Caller, Role};
use crate::content::DocumentKey;
use crate::content::diff::{DocumentDiff, diff_document};
use crate::db::{changesets, documents};
use crate::state::AppState;

/// The body the handler reads: lenient where the contract is strict (`action` defaults to
/// `put`, as it did before the contract named it required), checked by hand below.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditBody {
    /// The document key: `channels`, `market/CC`, `text/LOCALE/channels`,
    /// `text/LOCALE/market/CC` or `phrases/LOCALE/SET`.
    pub document: String,
    #[serde(default = "put")]
    pub action: EditAction,
    /// The new text (TOML for structure, Fluent for text); required for `put`.
    pub content: Option<String>,
    /// The revision you started from (from `GET /v1/documents/{key}`); null for a new document.
    /// If it is no longer the published one when the changeset is submitted or approved, that
    /// is a 409 conflict to rebase, never a silent overwrite.
    pub base_revision: Option<i64>,
}

fn put() -> EditAction {
    EditAction::Put
}

// The contract's form of the body; only its schema is used (the handler reads `EditBody`).
/// One document's edit: a `put` carries the new text, a `remove` none.
#[derive(Deserialize, ToSchema)]
#[serde(tag = "action", rename_all = "lowercase", deny_unknown_fields)]
#[schema(example = json!({
    "action": "put",
    "document": "text/ja-JP/market/JP",
    "content": "market-name = 日本\n",
    "base_revision": null
}))]
#[allow(dead_code)]
pub enum EditRequest {
    /// Create or replace the document.
    Put {
        /// The document key: `channels`, `market/CC`, `text/LOCALE/channels`,
        /// `text/LOCALE/market/CC` or `phrases/LOCALE/SET`.
        #[schema(pattern = "{document-key}")]
        document: String,
        /// The new text: TOML for structure, Fluent for text (at most 256 KiB).
        #[schema(max_length = 262144)]
        content: String,
        /// The revision you started from (`head_revision` of `GET /v1/documents/{key}`);
        /// null for a new document. If it is no longer the published one when the changeset
        /// is submitted or approved, that is a 409 conflict to rebase, never an overwrite.
        base_revision: Option<i64>,
    },
    /// Remove the document.
    Remove {
        #[schema(pattern = "{document-key}")]
        document: String,
        /// The revision you are removing.
        base_revision: Option<i64>,
    },
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DocumentQuery {
    /// The document key whose edit to drop.
    #[param(pattern = "{document-key}", example = "text/ja-JP/market/JP")]
    pub document: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChangesetDiff {
    pub items: Vec<EditDiff>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EditDiff {
    pub document: String,
    /// What the edit is compared with (absent: a new document).
    pub base_revision: Option<i64>,
    pub diff: DocumentDiff,
}

pub(super) fn parse_key(document: &str) -> Result<DocumentKey, ApiError> {
    document.parse().map_err(|_| {
        ApiError::invalid(
            "document",
            format!("`{document}` is not a document key (e.g. `market/JP`, `text/ja-JP/market/JP`, `phrases/en-US/shipping`)"),
        )
    })
}

/// Add or replace an edit
///
/// Puts one document's new text (or its removal) into the changeset, replacing any earlier
/// edit of the same document. The text is checked on its own at once (syntax, schema; errors
/// with line:column); how it fits with everything else is shown in the changeset's `status`
/// and enforced on submit. Needs `If-Match`. Requires role: **editor**.
#[utoipa::path(
    operation_id = "putChangesetEdit",
    tag = "changesets",
    request_body = EditRequest,
    params(
        ("number" = i64, Path, minimum = 1, description = "Changeset number"),
        ("If-Match" = String, Header, description = "The ETag the edit is based on"),
    ),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "The changeset with the edit; new ETag in the header", body = ChangesetView,
            headers(("ETag" = String, description = "The changeset's version: send it back in `If-Match` on the next change"))),
        (status = 400, description = "Malformed body, unknown document key or base revision", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such changeset", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not editable in its state", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The ETag is stale: someone else changed the changeset", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body over 1.5 MiB", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The text does not parse (errors carry line and column), or is over the 256 KiB document limit", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/changesets/{number}/edits")]
pub async fn put_edit(
    state: web::Data<AppState>,
    req: HttpRequest,
    number: web::Path<i64>,
    caller: Caller,
    body: BoundedJson<EditBody, EDIT_BODY_BYTES>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let expected = required_if_match(&req)?;
    let id = number.into_inner();
    let body = body.0;
    let key = parse_key(&body.document)?;
    let content = match (body.action, body.content) {
        (EditAction::Put, Some(content)) => Some(content),
        (EditAction::Put, None) => {
            return Err(ApiError::invalid("content", "`put` needs the new content"));
        }
        (EditAction::Remove, None) => None,
        (EditAction::Remove, Some(_)) => {
            return Err(ApiError::invalid("content", "`remove` takes no content"));
        }
    };
    let view = with_conn(&state.pool, move |conn| {
        changesets::put_edit(
            conn,
            id,
            Some(&expected),
            caller.actor(),
            &key,
            content.as_deref(),
            body.base_revision,
        )?;
        views::load(conn, id)
    })
    .await?;
    Ok(respond(StatusCode::OK, &view))
}

/// Drop an edit
///
/// Takes one document's edit out of the changeset. Needs `If-Match`. Requires role: **editor**.
#[utoipa::path(
    operation_id = "deleteChangesetEdit",
    tag = "changesets",
    params(
        ("number" = i64, Path, minimum = 1, description = "Changeset number"),
        DocumentQuery,
        ("If-Match" = String, Header, description = "The ETag the change is based on"),
    ),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "The changeset without the edit", body = ChangesetView,
            headers(("ETag" = String, description = "The changeset's version: send it back in `If-Match` on the next change"))),
        (status = 400, description = "Unknown document key, or no edit of it", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such changeset", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not editable in its state", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The ETag is stale", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match is missing", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/changesets/{number}/edits")]
pub async fn delete_edit(
    state: web::Data<AppState>,
    req: HttpRequest,
    number: web::Path<i64>,
    caller: Caller,
    query: web::Query<DocumentQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let expected = required_if_match(&req)?;
    let id = number.into_inner();
    let key = parse_key(&query.document)?;
    let view = with_conn(&state.pool, move |conn| {
        changesets::drop_edit(conn, id, Some(&expected), caller.actor(), &key)?;
        views::load(conn, id)
    })
    .await?;
    Ok(respond(StatusCode::OK, &view))
}

/// What a changeset changes
///
/// Each edit compared with the revision it was based on: Fluent text per message id (added,
/// removed, changed, variables changed), structure per field. Requires role: **editor**.
#[utoipa::path(
    operation_id = "getChangesetDiff",
    tag = "changesets",
    params(("number" = i64, Path, minimum = 1, description = "Changeset number")),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "One diff per edit", body = ChangesetDiff),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such changeset", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/changesets/{number}/diff")]
pub async fn changeset_diff(
    state: web::Data<AppState>,
    number: web::Path<i64>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let id = number.into_inner();
    let items = with_conn(&state.pool, move |conn| {
        changesets::get(conn, id)?;
        let mut items = Vec::new();
        for edit in changesets::edits(conn, id)? {
            let key = parse_key(&edit.document)?;
            let before = match edit.base_revision {
                Some(revision) => documents::revision(conn, revision)
                    .map_err(crate::api::blocking::internal)?
                    .map(|(_, content)| content),
                None => None,
            };
            items.push(EditDiff {
                diff: diff_document(&key, before.as_deref(), edit.content.as_deref()),
                document: edit.document,
                base_revision: edit.base_revision,
            });
        }
        Ok(items)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(ChangesetDiff { items }))
}
