//! Changesets made for the editor: restoring earlier content (revert) and uploading files in
//! the `locales/` layout (import). Both only propose; a reviewer still approves.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::respond;
use super::views::{self, ChangesetView};
use crate::api::blocking::with_conn;
use crate::api::problem::{ApiError, Problem};
use crate::auth::{Caller, Role};
use crate::content::{ContentSet, DocumentKey};
use crate::db::changesets;
use crate::state::AppState;

/// Largest import body: the whole seed `locales/` folder is under 1 MiB.
pub const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;

/// The body the handler reads; serde checks the shape, the handler the combinations.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevertBody {
    pub kind: RevertKind,
    /// Restore every document to its content in this release.
    pub release: Option<i64>,
    /// Restore only this document (with `revision`).
    pub document: Option<String>,
    /// The revision of `document` to restore.
    pub revision: Option<i64>,
    /// Defaults to "Restore release N" or "Restore DOCUMENT to revision N".
    pub title: Option<String>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RevertKind {
    Release,
    Document,
}

// The contract's form of the body; only its schema is used (the handler reads `RevertBody`).
/// What to restore: a whole release, or one document's revision.
#[derive(Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
#[schema(example = json!({"kind": "release", "release": 1}))]
#[allow(dead_code)]
pub enum RevertRequest {
    /// Restore every document to its content in a release.
    Release {
        #[schema(minimum = 1)]
        release: i64,
        /// 1-200 characters; default "Restore release N".
        #[schema(min_length = 1, max_length = 200, pattern = r"\S")]
        title: Option<String>,
        #[serde(default)]
        #[schema(max_length = 10000)]
        description: String,
    },
    /// Restore one document to one of its revisions.
    Document {
        /// The document key, e.g. `market/JP`.
        #[schema(pattern = "{document-key}")]
        document: String,
        #[schema(minimum = 1)]
        revision: i64,
        /// 1-200 characters; default "Restore DOCUMENT to revision N".
        #[schema(min_length = 1, max_length = 200, pattern = r"\S")]
        title: Option<String>,
        #[serde(default)]
        #[schema(max_length = 10000)]
        description: String,
    },
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "title": "Import ja-JP guidance",
    "files": [{"path": "ja-JP/markets/JP.ftl", "content": "market-name = 日本\n"}]
}))]
pub struct ImportRequest {
    /// 1-200 characters, not blank.
    #[schema(min_length = 1, max_length = 200, pattern = r"\S")]
    pub title: String,
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub description: String,
    /// Files in the `locales/` layout (`markets/JP.toml`, `ja-JP/markets/JP.ftl`,
    /// `en-US/phrases/shipping.ftl`, ...). Other files (READMEs) are ignored.
    pub files: Vec<ImportFile>,
    /// The files are the complete content: documents not among them are removed.
    /// Default false: only the given files change.
    #[serde(default)]
    pub replace_all: bool,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportFile {
    #[schema(example = "ja-JP/markets/JP.ftl")]
    pub path: String,
    pub content: String,
}

/// Propose a revert
///
/// Opens a draft changeset that restores a whole release (`release`) or one document to an
/// earlier revision (`document` + `revision`), based on the latest release. It is reviewed like
/// any other. Requires role: **editor**.
#[utoipa::path(
    operation_id = "createRevert",
    tag = "changesets",
    request_body = RevertRequest,
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 201, description = "The draft with the restoring edits", body = ChangesetView,
            headers(("ETag" = String, description = "The changeset's version: send it back in `If-Match` on the next change"))),
        (status = 400, description = "Neither or both targets, unknown release or revision", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The latest release already holds that content", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/changesets/revert")]
pub async fn create_revert(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<RevertBody>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let body = body.into_inner();
    let target = match (body.kind, body.release, body.document, body.revision) {
        (RevertKind::Release, Some(release), None, None) => Target::Release(release),
        (RevertKind::Document, None, Some(document), Some(revision)) => {
            let key: DocumentKey = document.parse().map_err(|_| {
                ApiError::invalid("document", format!("`{document}` is not a document key"))
            })?;
            Target::Revision(key, revision)
        }
        _ => {
            return Err(ApiError::invalid(
                "body",
                "give either `kind: release` with `release`, or `kind: document` with `document` and `revision`",
            ));
        }
    };
    let view = with_conn(&state.pool, move |conn| {
        let (writes, default_title) = match &target {
            Target::Release(release) => (
                changesets::writes_restoring_release(conn, *release)?,
                format!("Restore release {release}"),
            ),
            Target::Revision(key, revision) => (
                vec![changesets::write_restoring_revision(conn, key, *revision)?],
                format!("Restore {key} to revision {revision}"),
            ),
        };
        let title = body.title.unwrap_or(default_title);
        let changeset = changesets::create_with_writes(
            conn,
            &caller.username,
            &title,
            &body.description,
            &writes,
        )?;
        views::load(conn, changeset.id)
    })
    .await?;
    Ok(respond(StatusCode::CREATED, &view))
}

enum Target {
    Release(i64),
    Revision(DocumentKey, i64),
}

/// Import files as a changeset
///
/// Uploads `.toml` structure and `.ftl` text files in the `locales/` layout and opens a draft
/// changeset with an edit for each file that differs from the latest release (nothing is
/// published until a reviewer approves). Each file is checked at once; errors carry the file
/// path, line and column. Body limit 16 MiB. Requires role: **editor**.
#[utoipa::path(
    operation_id = "importChangeset",
    tag = "changesets",
    request_body = ImportRequest,
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 201, description = "The draft with one edit per changed file", body = ChangesetView,
            headers(("ETag" = String, description = "The changeset's version: send it back in `If-Match` on the next change"))),
        (status = 400, description = "Malformed body or a path outside the layout", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body over 16 MiB", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A file does not parse, or nothing differs from the latest release", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/changesets/import")]
pub async fn import_changeset(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    // Read as bytes so this one route can take a whole `locales/` folder while every other
    // JSON body stays capped at 64 KiB.
    let request: ImportRequest =
        serde_json::from_slice(&body).map_err(|e| ApiError::invalid("body", e.to_string()))?;
    let set = ContentSet::from_files(
        request
            .files
            .into_iter()
            .map(|f| (f.path, f.content.into_bytes())),
    )
    .map_err(|e| ApiError::invalid("files", e.to_string()))?;
    let replace_all = request.replace_all;
    let view = with_conn(&state.pool, move |conn| {
        let writes: Vec<(DocumentKey, Option<String>)> = if replace_all {
            changesets::writes_replacing_all(conn, &set)?
        } else {
            set.documents
                .iter()
                .map(|(k, v)| (k.clone(), Some(v.clone())))
                .collect()
        };
        let changeset = changesets::create_with_writes(
            conn,
            &caller.username,
            &request.title,
            &request.description,
            &writes,
        )?;
        views::load(conn, changeset.id)
    })
    .await?;
    Ok(respond(StatusCode::CREATED, &view))
}
