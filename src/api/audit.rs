//! Reading the audit log (admins only).

use actix_web::{HttpResponse, get, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::blocking::{internal, with_conn};
use super::params::page_limit;
use super::problem::{ApiError, Problem};
use crate::auth::{Caller, Role};
use crate::db::audit::{self, AuditFilter};
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEntryView {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    /// What happened, e.g. `changeset.approve`, `release.publish`, `user.create`.
    #[schema(example = "changeset.approve")]
    pub action: String,
    /// What it happened to, e.g. `changeset/7`, `release/3`, `user/mei`.
    #[schema(example = "changeset/7")]
    pub target: String,
    /// A comment, title or the edited document, when there is one.
    pub detail: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditPage {
    /// Newest first.
    pub items: Vec<AuditEntryView>,
    /// Pass as `before` for the next (older) page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_before: Option<i64>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Only entries by this user.
    pub actor: Option<String>,
    /// Only this action, e.g. `changeset.approve`.
    pub action: Option<String>,
    /// Only this target (`changeset/7`), or every target under a prefix ending in `/`
    /// (`changeset/`).
    pub target: Option<String>,
    /// Only entries at or after this instant (RFC 3339).
    pub since: Option<DateTime<Utc>>,
    /// Only entries before this instant (RFC 3339).
    pub until: Option<DateTime<Utc>>,
    /// Only entries older than this id (the previous page's `next_before`).
    pub before: Option<i64>,
    /// At most this many (1-500, default 100).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
}

/// Read the audit log
///
/// Every state change (changesets, reviews, releases, accounts, logins), newest first, with
/// filters and cursor paging. The log is append-only. Requires role: **admin**.
#[utoipa::path(
    operation_id = "listAuditEntries",
    tag = "audit",
    params(AuditQuery),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("admin"))),
    responses(
        (status = 200, description = "One page of entries", body = AuditPage),
        (status = 400, description = "Bad filter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/audit")]
pub async fn list_audit(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Admin)?;
    let q = query.into_inner();
    let limit = page_limit(q.limit, 100, 500)?;
    let filter = AuditFilter {
        actor: q.actor,
        action: q.action,
        target: q.target,
        since: q.since,
        until: q.until,
        before: q.before,
        // One more than asked, to know whether another page follows.
        limit: limit + 1,
    };
    let mut entries = with_conn(&state.pool, move |conn| {
        audit::list(conn, &filter).map_err(internal)
    })
    .await?;
    let more = entries.len() as i64 > limit;
    entries.truncate(limit as usize);
    let next_before = more.then(|| entries.last().map(|e| e.id)).flatten();
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(AuditPage {
            items: entries
                .into_iter()
                .map(|e| AuditEntryView {
                    id: e.id,
                    at: e.at,
                    actor: e.actor,
                    action: e.action,
                    target: e.target,
                    detail: e.detail,
                })
                .collect(),
            next_before,
        }))
}
