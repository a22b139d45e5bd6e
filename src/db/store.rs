//! The versioned content store: documents, immutable revisions and numbered releases.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::DbConnection;
use super::schema::{documents, release_entries, releases, revisions, write_lock};
use crate::content::{ContentSet, DocumentKey};

#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Release {
    pub id: i64,
    pub title: String,
    pub author: String,
    pub created_at: NaiveDateTime,
}

impl Release {
    pub fn created_at_utc(&self) -> DateTime<Utc> {
        self.created_at.and_utc()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
    #[error("stored document key `{0}` is not understood by this version")]
    UnknownKey(String),
}

/// Runs `f` in a transaction that holds the write lock from its first statement, so
/// concurrent writers wait for each other instead of failing half-way. Any error from `f`
/// (a query, or a caller's own refusal such as a conflict) rolls everything back.
pub fn write_transaction<T, E: From<diesel::result::Error>>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E> {
    conn.transaction(|conn| {
        diesel::update(write_lock::table)
            .set(write_lock::generation.eq(write_lock::generation + 1))
            .execute(conn)?;
        f(conn)
    })
}

/// The columns a [`Release`] is loaded from.
const RELEASE: (
    releases::id,
    releases::title,
    releases::author,
    releases::created_at,
) = (
    releases::id,
    releases::title,
    releases::author,
    releases::created_at,
);

pub fn latest_release(conn: &mut DbConnection) -> Result<Option<Release>, StoreError> {
    Ok(releases::table
        .order(releases::id.desc())
        .select(RELEASE)
        .first(conn)
        .optional()?)
}

pub fn release(conn: &mut DbConnection, id: i64) -> Result<Option<Release>, StoreError> {
    Ok(releases::table
        .find(id)
        .select(RELEASE)
        .first(conn)
        .optional()?)
}

/// Releases newest first, at most `limit`, older than `before` when given, each with the
/// number of documents it changed.
pub fn list_releases(
    conn: &mut DbConnection,
    limit: i64,
    before: Option<i64>,
) -> Result<Vec<(Release, i64)>, StoreError> {
    let mut query = releases::table.select(RELEASE).into_boxed();
    if let Some(before) = before {
        query = query.filter(releases::id.lt(before));
    }
    let list: Vec<Release> = query.order(releases::id.desc()).limit(limit).load(conn)?;
    let ids: Vec<i64> = list.iter().map(|r| r.id).collect();
    let counts: HashMap<i64, i64> = release_entries::table
        .filter(release_entries::release_id.eq_any(&ids))
        .group_by(release_entries::release_id)
        .select((release_entries::release_id, diesel::dsl::count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    Ok(list
        .into_iter()
        .map(|r| {
            let changed = counts.get(&r.id).copied().unwrap_or(0);
            (r, changed)
        })
        .collect())
}

/// What one release changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub document: String,
    /// The new revision; `None` when the release removed the document.
    pub revision: Option<i64>,
    /// The revision it replaced; `None` when the document is new.
    pub previous: Option<i64>,
}

pub fn release_changes(conn: &mut DbConnection, id: i64) -> Result<Vec<Change>, StoreError> {
    let entries: Vec<(i64, String, Option<i64>)> = release_entries::table
        .inner_join(documents::table)
        .filter(release_entries::release_id.eq(id))
        .order(documents::key.asc())
        .select((
            release_entries::document_id,
            documents::key,
            release_entries::revision_id,
        ))
        .load(conn)?;
    let before = heads_at(conn, id - 1)?;
    Ok(entries
        .into_iter()
        .map(|(document, key, revision)| Change {
            document: key,
            revision,
            previous: before.get(&document).map(|(_, r)| *r),
        })
        .collect())
}

/// Every document's content as of release `id`.
pub fn load_release(conn: &mut DbConnection, id: i64) -> Result<ContentSet, StoreError> {
    let heads = heads_at(conn, id)?;
    let revision_ids: Vec<i64> = heads.values().map(|(_, revision)| *revision).collect();
    let rows: Vec<(String, String)> = revisions::table
        .inner_join(documents::table)
        .filter(revisions::id.eq_any(revision_ids))
        .select((documents::key, revisions::content))
        .load(conn)?;
    let mut set = ContentSet::default();
    for (key, content) in rows {
        let key = key.parse().map_err(|_| StoreError::UnknownKey(key))?;
        set.documents.insert(key, content);
    }
    Ok(set)
}

/// Document id → (key, revision id) of every document present in release `id`.
fn heads_at(conn: &mut DbConnection, id: i64) -> Result<HashMap<i64, (String, i64)>, StoreError> {
    let entries: Vec<(i64, Option<i64>, String)> = release_entries::table
        .inner_join(documents::table)
        .filter(release_entries::release_id.le(id))
        .order(release_entries::release_id.asc())
        .select((
            release_entries::document_id,
            release_entries::revision_id,
            documents::key,
        ))
        .load(conn)?;
    let mut heads = HashMap::new();
    for (document, revision, key) in entries {
        match revision {
            Some(revision) => heads.insert(document, (key, revision)),
            None => heads.remove(&document),
        };
    }
    Ok(heads)
}

/// One document's content in a new release: `None` removes it. `author` becomes the author of
/// the revision (the editor who wrote it, not whoever published it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentWrite {
    pub key: DocumentKey,
    pub content: Option<String>,
    pub author: String,
}

/// Publishes `set` as the complete content of a new release: documents whose text changed get
/// a new revision, documents absent from `set` are removed, unchanged ones cost nothing.
/// Returns the new release number, or `None` when nothing changed.
pub fn publish(
    conn: &mut DbConnection,
    set: &ContentSet,
    author: &str,
    title: &str,
) -> Result<Option<i64>, StoreError> {
    write_transaction(conn, |conn| {
        let previous = latest_release(conn)?.map_or(0, |r| r.id);
        let mut writes: Vec<DocumentWrite> = set
            .documents
            .iter()
            .map(|(key, content)| DocumentWrite {
                key: key.clone(),
                content: Some(content.clone()),
                author: author.to_string(),
            })
            .collect();
        for (key, _) in heads_at(conn, previous)?.into_values() {
            let key: DocumentKey = key.parse().map_err(|_| StoreError::UnknownKey(key))?;
            if !set.documents.contains_key(&key) {
                writes.push(DocumentWrite {
                    key,
                    content: None,
                    author: author.to_string(),
                });
            }
        }
        publish_writes(conn, &writes, author, title)
    })
}

/// Publishes `writes` on top of the latest release as one new release; documents not named
/// are carried over unchanged. Writes that change nothing are skipped; returns `None` when
/// none is left.
pub fn publish_writes(
    conn: &mut DbConnection,
    writes: &[DocumentWrite],
    author: &str,
    title: &str,
) -> Result<Option<i64>, StoreError> {
    write_transaction(conn, |conn| {
        let previous = latest_release(conn)?.map_or(0, |r| r.id);
        let heads = heads_at(conn, previous)?;
        let head_hashes: HashMap<i64, (i64, String)> = revisions::table
            .filter(revisions::id.eq_any(heads.values().map(|(_, r)| *r).collect::<Vec<_>>()))
            .select((
                revisions::document_id,
                revisions::id,
                revisions::content_hash,
            ))
            .load::<(i64, i64, String)>(conn)?
            .into_iter()
            .map(|(document, revision, hash)| (document, (revision, hash)))
            .collect();
        let known: BTreeMap<String, i64> = documents::table
            .select((documents::key, documents::id))
            .load::<(String, i64)>(conn)?
            .into_iter()
            .collect();

        let now = Utc::now().naive_utc();
        let release = previous + 1;
        let mut changes: Vec<(i64, Option<i64>)> = Vec::new();
        for write in writes {
            let known_id = known.get(&write.key.to_string()).copied();
            let Some(content) = &write.content else {
                if let Some(document) = known_id.filter(|d| heads.contains_key(d)) {
                    changes.push((document, None));
                }
                continue;
            };
            let hash = content_hash(content);
            let document = match known_id {
                Some(id) => id,
                None => insert_document(conn, &write.key, now)?,
            };
            let parent = head_hashes.get(&document);
            if parent.is_some_and(|(_, h)| *h == hash) {
                continue;
            }
            let revision: i64 = diesel::insert_into(revisions::table)
                .values((
                    revisions::document_id.eq(document),
                    revisions::parent_id.eq(parent.map(|(r, _)| *r)),
                    revisions::content.eq(content),
                    revisions::content_hash.eq(&hash),
                    revisions::author.eq(&write.author),
                    revisions::created_at.eq(now),
                ))
                .returning(revisions::id)
                .get_result(conn)?;
            changes.push((document, Some(revision)));
        }
        if changes.is_empty() {
            return Ok(None);
        }
        diesel::insert_into(releases::table)
            .values((
                releases::id.eq(release),
                releases::title.eq(title),
                releases::author.eq(author),
                releases::created_at.eq(now),
            ))
            .execute(conn)?;
        super::notify::announce(conn, release)?;
        // The outbox row commits (or rolls back) with the release itself.
        super::webhooks::enqueue(
            conn,
            crate::webhooks::EventType::ReleasePublished,
            serde_json::json!({ "release": release, "title": title }),
        )?;
        for (document, revision) in changes {
            diesel::insert_into(release_entries::table)
                .values((
                    release_entries::release_id.eq(release),
                    release_entries::document_id.eq(document),
                    release_entries::revision_id.eq(revision),
                ))
                .execute(conn)?;
        }
        super::audit::record(
            conn,
            author,
            "release.publish",
            &format!("release/{release}"),
            title,
        )?;
        Ok(Some(release))
    })
}

/// Document key → revision id of every document in release `id`.
pub fn head_revisions(
    conn: &mut DbConnection,
    id: i64,
) -> Result<BTreeMap<String, i64>, StoreError> {
    Ok(heads_at(conn, id)?.into_values().collect())
}

/// Imports `set` as release 1 if the database has no release yet; the check and the import
/// share one write transaction, so two nodes starting together cannot both seed.
pub fn seed_if_empty(conn: &mut DbConnection, set: &ContentSet) -> Result<Option<i64>, StoreError> {
    write_transaction(conn, |conn| {
        if latest_release(conn)?.is_some() {
            return Ok(None);
        }
        publish(conn, set, "seed", "Seed content")
    })
}

fn insert_document(
    conn: &mut DbConnection,
    key: &DocumentKey,
    now: NaiveDateTime,
) -> Result<i64, StoreError> {
    Ok(diesel::insert_into(documents::table)
        .values((
            documents::key.eq(key.to_string()),
            documents::kind.eq(key.kind()),
            documents::created_at.eq(now),
        ))
        .returning(documents::id)
        .get_result(conn)?)
}

pub fn content_hash(content: &str) -> String {
    hex::encode(Sha256::digest(content.as_bytes()))
}

/// Row counts, for tests and operators.
pub fn counts(conn: &mut DbConnection) -> Result<StoreCounts, StoreError> {
    Ok(StoreCounts {
        documents: documents::table.count().get_result(conn)?,
        revisions: revisions::table.count().get_result(conn)?,
        releases: releases::table.count().get_result(conn)?,
        release_entries: release_entries::table.count().get_result(conn)?,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreCounts {
    pub documents: i64,
    pub revisions: i64,
    pub releases: i64,
    pub release_entries: i64,
}
