//! Documents, their revisions and diffs between revisions: what editors base edits on and
//! what reviewers compare.

use actix_web::{HttpResponse, get, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::blocking::{internal, with_conn};
use super::problem::{ApiError, Problem};
use crate::auth::{Caller, Role};
use crate::content::DocumentKey;
use crate::content::diff::{DocumentDiff, diff_document};
use crate::db::changesets;
use crate::db::documents::{self, DocumentInfo, RevisionInfo};
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentSummary {
    #[schema(example = "text/en-US/market/JP")]
    pub key: String,
    #[schema(example = "market-text")]
    pub kind: String,
    /// Where it lives in the `locales/` layout.
    #[schema(example = "en-US/markets/JP.ftl")]
    pub path: String,
    /// Its revision in the latest release; absent when the latest release removed it.
    /// Use it as `base_revision` when editing.
    pub head_revision: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentList {
    pub items: Vec<DocumentSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentHistory {
    #[serde(flatten)]
    pub document: DocumentSummary,
    /// The published text (absent when removed).
    pub content: Option<String>,
    /// Every revision, newest first.
    pub revisions: Vec<RevisionView>,
    /// Every release that changed it, newest first.
    pub releases: Vec<DocumentRelease>,
    /// Open changesets that edit it (draft, in review, changes requested): work that may
    /// conflict with yours.
    pub open_changesets: Vec<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionView {
    pub id: i64,
    pub document: String,
    /// The revision it replaced.
    pub parent: Option<i64>,
    pub author: String,
    pub created_at: DateTime<Utc>,
    /// SHA-256 of the content, hex.
    pub content_hash: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionContent {
    #[serde(flatten)]
    pub revision: RevisionView,
    pub content: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentRelease {
    pub release: i64,
    /// The revision it published; absent when the release removed the document.
    pub revision: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RevisionDiff {
    pub document: String,
    /// The older side (absent: compared with nothing, the revision is the first).
    pub from: Option<i64>,
    pub to: i64,
    pub diff: DocumentDiff,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DocumentListQuery {
    /// Only keys starting with this, e.g. `text/ja-JP/` or `market/`.
    pub prefix: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DiffQuery {
    /// The revision to compare with (same document); default: its parent.
    pub from: Option<i64>,
}

fn summary(info: DocumentInfo) -> DocumentSummary {
    DocumentSummary {
        path: info
            .key
            .parse::<DocumentKey>()
            .map(|k| k.path())
            .unwrap_or_default(),
        key: info.key,
        kind: info.kind,
        head_revision: info.head,
    }
}

fn revision_view(r: RevisionInfo) -> RevisionView {
    RevisionView {
        id: r.id,
        document: r.document,
        parent: r.parent,
        author: r.author,
        created_at: r.created_at,
        content_hash: r.content_hash,
    }
}

/// List documents
///
/// Every document ever published, with the revision the latest release holds.
/// Requires role: **editor**.
#[utoipa::path(
    operation_id = "listDocuments",
    tag = "documents",
    params(DocumentListQuery),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "Documents by key", body = DocumentList),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/documents")]
pub async fn list_documents(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<DocumentListQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let prefix = query.into_inner().prefix;
    let list = with_conn(&state.pool, move |conn| {
        documents::list(conn, prefix.as_deref()).map_err(internal)
    })
    .await?;
    Ok(HttpResponse::Ok().json(DocumentList {
        items: list.into_iter().map(summary).collect(),
    }))
}

/// Get a document and its history
///
/// The published text, every revision and every release that changed the document. The key
/// contains slashes, which may be sent as they are or percent-encoded.
/// Requires role: **editor**.
#[utoipa::path(
    operation_id = "getDocument",
    tag = "documents",
    params(("key" = String, Path, description = "Document key", example = "text/en-US/market/JP")),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "The document", body = DocumentHistory),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such document", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/documents/{key:.+}")]
pub async fn get_document(
    state: web::Data<AppState>,
    caller: Caller,
    key: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let key = key.into_inner();
    let found = with_conn(&state.pool, move |conn| {
        let Some(history) = documents::history(conn, &key).map_err(internal)? else {
            return Err(ApiError::NotFound(format!("There is no document `{key}`.")));
        };
        let content = match history.document.head {
            Some(head) => documents::revision(conn, head)
                .map_err(internal)?
                .map(|(_, c)| c),
            None => None,
        };
        let filter = changesets::ListFilter {
            open: true,
            document: Some(key.clone()),
            limit: 100,
            ..Default::default()
        };
        let open = changesets::list(conn, &filter)?
            .into_iter()
            .map(|(c, _)| c.id)
            .collect();
        Ok((history, content, open))
    })
    .await?;
    let (history, content, open_changesets) = found;
    Ok(HttpResponse::Ok().json(DocumentHistory {
        document: summary(history.document),
        content,
        revisions: history.revisions.into_iter().map(revision_view).collect(),
        releases: history
            .timeline
            .into_iter()
            .map(|t| DocumentRelease {
                release: t.release,
                revision: t.revision,
            })
            .collect(),
        open_changesets,
    }))
}

/// Get a revision
///
/// One revision with its full text. Requires role: **editor**.
#[utoipa::path(
    operation_id = "getRevision",
    tag = "documents",
    params(("id" = i64, Path, minimum = 1, description = "Revision id")),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "The revision", body = RevisionContent),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such revision", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/revisions/{id}")]
pub async fn get_revision(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let id = id.into_inner();
    let (info, content) = with_conn(&state.pool, move |conn| {
        documents::revision(conn, id)
            .map_err(internal)?
            .ok_or_else(|| ApiError::NotFound(format!("There is no revision {id}.")))
    })
    .await?;
    Ok(HttpResponse::Ok().json(RevisionContent {
        revision: revision_view(info),
        content,
    }))
}

/// Diff two revisions
///
/// What changed from `from` (default: the parent) to this revision: Fluent text per message
/// id (added, removed, changed, variables changed), structure per field.
/// Requires role: **editor**.
#[utoipa::path(
    operation_id = "diffRevision",
    tag = "documents",
    params(("id" = i64, Path, minimum = 1, description = "Revision id (the newer side)"), DiffQuery),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "The diff", body = RevisionDiff),
        (status = 400, description = "`from` belongs to another document", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an editor", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such revision", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/revisions/{id}/diff")]
pub async fn diff_revision(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    query: web::Query<DiffQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Editor)?;
    let id = id.into_inner();
    let from = query.into_inner().from;
    let diff = with_conn(&state.pool, move |conn| {
        let not_found = |r: i64| ApiError::NotFound(format!("There is no revision {r}."));
        let (to, to_content) = documents::revision(conn, id)
            .map_err(internal)?
            .ok_or_else(|| not_found(id))?;
        let from = from.or(to.parent);
        let before = match from {
            Some(r) => {
                let (info, content) = documents::revision(conn, r)
                    .map_err(internal)?
                    .ok_or_else(|| not_found(r))?;
                if info.document != to.document {
                    return Err(ApiError::invalid(
                        "from",
                        format!(
                            "revision {r} belongs to `{}`, not `{}`",
                            info.document, to.document
                        ),
                    ));
                }
                Some(content)
            }
            None => None,
        };
        let key: DocumentKey = to.document.parse().map_err(internal)?;
        Ok(RevisionDiff {
            diff: diff_document(&key, before.as_deref(), Some(&to_content)),
            document: to.document,
            from,
            to: id,
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(diff))
}
