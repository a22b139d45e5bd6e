//! Published releases: the history of what changed, who published it and when.

use actix_web::http::header;
use actix_web::{HttpResponse, get, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::blocking::{internal, with_conn};
use super::params::page_limit;
use super::problem::{ApiError, Problem};
use crate::auth::Caller;
use crate::db::{changesets, store};
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct ReleaseSummary {
    pub number: i64,
    pub title: String,
    /// Who published it; only shown to signed-in callers (account names are login targets).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    pub published_at: DateTime<Utc>,
    /// Documents this release added, changed or removed.
    pub changed_documents: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReleaseList {
    /// Newest first.
    pub items: Vec<ReleaseSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReleaseDetail {
    pub number: i64,
    pub title: String,
    /// Who published it: the approving reviewer (each revision names its own editor). Only
    /// shown to signed-in callers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    pub published_at: DateTime<Utc>,
    /// The changeset whose approval published it (absent for the seed import).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changeset: Option<i64>,
    pub changes: Vec<DocumentChange>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentChange {
    /// The document's key, e.g. `market/JP` or `text/zh-CN/market/JP`.
    #[schema(example = "text/en-US/market/JP")]
    pub document: String,
    pub kind: ChangeKind,
    /// The revision the release published (absent when removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<i64>,
    /// The revision it replaced (absent when added).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_revision: Option<i64>,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Added,
    Modified,
    Removed,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReleaseListQuery {
    /// At most this many (1-200, default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<i64>,
    /// Only releases older than this number (for paging).
    pub before: Option<i64>,
}

/// Signed-in answers name accounts: never for shared caches.
fn cache_control(signed_in: bool, fixed: bool) -> &'static str {
    match (signed_in, fixed) {
        (true, _) => "private, no-cache",
        (false, true) => super::caching::cache_control(true),
        (false, false) => super::caching::cache_control(false),
    }
}

/// List releases
///
/// Published releases, newest first. Any read accepts `?release=N` to read one exactly.
#[utoipa::path(
    operation_id = "listReleases",
    tag = "releases",
    params(ReleaseListQuery),
    responses(
        (status = 200, description = "Releases, newest first", body = ReleaseList),
        (status = 400, description = "Bad limit", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/releases")]
pub async fn list_releases(
    state: web::Data<AppState>,
    caller: Option<Caller>,
    query: web::Query<ReleaseListQuery>,
) -> Result<HttpResponse, ApiError> {
    let signed_in = caller.is_some();
    let limit = page_limit(query.limit, 50, 200)?;
    let before = query.before;
    let rows = with_conn(&state.pool, move |conn| {
        store::list_releases(conn, limit, before).map_err(internal)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, cache_control(signed_in, false)))
        .json(ReleaseList {
            items: rows
                .into_iter()
                .map(|(r, changed)| ReleaseSummary {
                    number: r.id,
                    published_at: r.created_at_utc(),
                    title: r.title,
                    author: signed_in.then_some(r.author),
                    changed_documents: changed,
                })
                .collect(),
        }))
}

/// Get a release
///
/// What one release changed: each document added, modified or removed, with revisions.
#[utoipa::path(
    operation_id = "getRelease",
    tag = "releases",
    params(("number" = i64, Path, minimum = 1, description = "Release number", example = 1)),
    responses(
        (status = 200, description = "The release", body = ReleaseDetail),
        (status = 404, description = "No such release", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/releases/{number}")]
pub async fn get_release(
    state: web::Data<AppState>,
    caller: Option<Caller>,
    number: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let number = number.into_inner();
    let found = with_conn(&state.pool, move |conn| {
        let Some(release) = store::release(conn, number).map_err(internal)? else {
            return Ok(None);
        };
        let changes = store::release_changes(conn, number).map_err(internal)?;
        let changeset = changesets::for_release(conn, number)?;
        Ok(Some((release, changes, changeset)))
    })
    .await?;
    let (release, changes, changeset) =
        found.ok_or_else(|| ApiError::NotFound(format!("There is no release {number}.")))?;
    // A published release never changes.
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, cache_control(caller.is_some(), true)))
        .json(ReleaseDetail {
            number: release.id,
            published_at: release.created_at_utc(),
            title: release.title,
            author: caller.is_some().then_some(release.author),
            changeset,
            changes: changes
                .into_iter()
                .map(|c| DocumentChange {
                    kind: match (c.revision, c.previous) {
                        (None, _) => ChangeKind::Removed,
                        (Some(_), None) => ChangeKind::Added,
                        (Some(_), Some(_)) => ChangeKind::Modified,
                    },
                    document: c.document,
                    revision: c.revision,
                    previous_revision: c.previous,
                })
                .collect(),
        }))
}
