//! The append-only audit log: every state change, written in the same transaction as the change
//! itself, so the log and the data cannot disagree. There is deliberately no update or delete
//! here, and triggers in the schema refuse them.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::DbConnection;
use super::schema::audit_log;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub detail: String,
}

/// Appends one entry.
pub fn record(
    conn: &mut DbConnection,
    actor: &str,
    action: &str,
    target: &str,
    detail: &str,
) -> QueryResult<()> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(Utc::now().naive_utc()),
            audit_log::actor.eq(actor),
            audit_log::action.eq(action),
            audit_log::target.eq(target),
            audit_log::detail.eq(detail),
        ))
        .execute(conn)?;
    Ok(())
}

/// The distinct accounts that did any of `actions` to `target`.
pub fn actors(conn: &mut DbConnection, target: &str, actions: &[&str]) -> QueryResult<Vec<String>> {
    audit_log::table
        .filter(audit_log::target.eq(target))
        .filter(audit_log::action.eq_any(actions))
        .select(audit_log::actor)
        .distinct()
        .load(conn)
}

/// What to list; every filter is optional and they combine with AND.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor: Option<String>,
    pub action: Option<String>,
    /// Exact target (`changeset/7`), or a prefix when it ends with `/` (`changeset/`).
    pub target: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    /// Only entries older than this id (the cursor of the previous page).
    pub before: Option<i64>,
    pub limit: i64,
}

/// Entries newest first.
pub fn list(conn: &mut DbConnection, filter: &AuditFilter) -> QueryResult<Vec<AuditEntry>> {
    let mut query = audit_log::table.into_boxed();
    if let Some(actor) = &filter.actor {
        query = query.filter(audit_log::actor.eq(actor.clone()));
    }
    if let Some(action) = &filter.action {
        query = query.filter(audit_log::action.eq(action.clone()));
    }
    if let Some(target) = &filter.target {
        query = if target.ends_with('/') {
            query.filter(
                audit_log::target
                    .like(format!("{}%", escape_like(target)))
                    .escape('\\'),
            )
        } else {
            query.filter(audit_log::target.eq(target.clone()))
        };
    }
    if let Some(since) = filter.since {
        query = query.filter(audit_log::at.ge(since.naive_utc()));
    }
    if let Some(until) = filter.until {
        query = query.filter(audit_log::at.lt(until.naive_utc()));
    }
    if let Some(before) = filter.before {
        query = query.filter(audit_log::id.lt(before));
    }
    let rows: Vec<(i64, NaiveDateTime, String, String, String, String)> = query
        .order(audit_log::id.desc())
        .limit(filter.limit)
        .select((
            audit_log::id,
            audit_log::at,
            audit_log::actor,
            audit_log::action,
            audit_log::target,
            audit_log::detail,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, at, actor, action, target, detail)| AuditEntry {
            id,
            at: at.and_utc(),
            actor,
            action,
            target,
            detail,
        })
        .collect())
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
