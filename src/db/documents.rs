//! Reading documents and their revisions: what editors base their edits on, and history.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{documents, release_entries, revisions};
use super::store::{self, StoreError};

/// A document and where it stands in the latest release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentInfo {
    pub key: String,
    pub kind: String,
    /// Its revision in the latest release; `None` when it was removed.
    pub head: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionInfo {
    pub id: i64,
    pub document: String,
    pub parent: Option<i64>,
    pub author: String,
    pub created_at: DateTime<Utc>,
    pub content_hash: String,
}

/// One release that touched the document: the revision it published, `None` for a removal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineEntry {
    pub release: i64,
    pub revision: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    pub document: DocumentInfo,
    /// Newest first.
    pub revisions: Vec<RevisionInfo>,
    /// Newest first.
    pub timeline: Vec<TimelineEntry>,
}

/// Every document ever published, optionally only keys starting with `prefix`.
pub fn list(
    conn: &mut DbConnection,
    prefix: Option<&str>,
) -> Result<Vec<DocumentInfo>, StoreError> {
    let heads = latest_heads(conn)?;
    let rows: Vec<(i64, String, String)> = documents::table
        .order(documents::key.asc())
        .select((documents::id, documents::key, documents::kind))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter(|(_, key, _)| prefix.is_none_or(|p| key.starts_with(p)))
        .map(|(_, key, kind)| DocumentInfo {
            head: heads.get(&key).copied(),
            key,
            kind,
        })
        .collect())
}

pub fn history(conn: &mut DbConnection, key: &str) -> Result<Option<History>, StoreError> {
    let Some((id, kind)) = documents::table
        .filter(documents::key.eq(key))
        .select((documents::id, documents::kind))
        .first::<(i64, String)>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let heads = latest_heads(conn)?;
    let rows: Vec<RevisionRow> = revisions::table
        .filter(revisions::document_id.eq(id))
        .order(revisions::id.desc())
        .select(REVISION)
        .load(conn)?;
    let timeline = release_entries::table
        .filter(release_entries::document_id.eq(id))
        .order(release_entries::release_id.desc())
        .select((release_entries::release_id, release_entries::revision_id))
        .load::<(i64, Option<i64>)>(conn)?
        .into_iter()
        .map(|(release, revision)| TimelineEntry { release, revision })
        .collect();
    Ok(Some(History {
        document: DocumentInfo {
            key: key.to_string(),
            kind,
            head: heads.get(key).copied(),
        },
        revisions: rows.into_iter().map(|r| r.into_info(key)).collect(),
        timeline,
    }))
}

/// One revision with its content.
pub fn revision(
    conn: &mut DbConnection,
    id: i64,
) -> Result<Option<(RevisionInfo, String)>, StoreError> {
    let found: Option<(RevisionRow, String, String)> = revisions::table
        .inner_join(documents::table)
        .filter(revisions::id.eq(id))
        .select((REVISION, documents::key, revisions::content))
        .first(conn)
        .optional()?;
    Ok(found.map(|(row, key, content)| (row.into_info(&key), content)))
}

/// The key of the document a revision belongs to.
pub fn revision_document(conn: &mut DbConnection, id: i64) -> Result<Option<String>, StoreError> {
    Ok(revisions::table
        .inner_join(documents::table)
        .filter(revisions::id.eq(id))
        .select(documents::key)
        .first(conn)
        .optional()?)
}

fn latest_heads(conn: &mut DbConnection) -> Result<HashMap<String, i64>, StoreError> {
    let latest = store::latest_release(conn)?.map_or(0, |r| r.id);
    Ok(store::head_revisions(conn, latest)?.into_iter().collect())
}

type RevisionRow = (i64, Option<i64>, String, NaiveDateTime, String);

const REVISION: (
    revisions::id,
    revisions::parent_id,
    revisions::author,
    revisions::created_at,
    revisions::content_hash,
) = (
    revisions::id,
    revisions::parent_id,
    revisions::author,
    revisions::created_at,
    revisions::content_hash,
);

trait IntoInfo {
    fn into_info(self, key: &str) -> RevisionInfo;
}

impl IntoInfo for RevisionRow {
    fn into_info(self, key: &str) -> RevisionInfo {
        let (id, parent, author, created_at, content_hash) = self;
        RevisionInfo {
            id,
            document: key.to_string(),
            parent,
            author,
            created_at: created_at.and_utc(),
            content_hash,
        }
    }
}
