//! Discussion on a changeset besides the verdicts: questions, answers, notes for the reviewer.
//! Appended only, and audited like every other change to a changeset.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::DbConnection;
use super::schema::changeset_comments as c;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub author: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// Longest comment, in characters (the same bound as a review comment).
pub const MAX_COMMENT_CHARS: usize = 10_000;

#[derive(Debug, thiserror::Error)]
pub enum CommentError {
    #[error("a comment must not be empty and is at most {MAX_COMMENT_CHARS} characters")]
    Invalid,
    #[error(transparent)]
    Changeset(#[from] super::changesets::ChangesetError),
}

impl From<diesel::result::Error> for CommentError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Changeset(e.into())
    }
}

/// Adds `body` by `author` to changeset `id` (which must exist), with its audit entry.
pub fn add(conn: &mut DbConnection, id: i64, author: &str, body: &str) -> Result<(), CommentError> {
    let body = body.trim();
    if body.is_empty() || body.chars().count() > MAX_COMMENT_CHARS {
        return Err(CommentError::Invalid);
    }
    conn.transaction(|conn| {
        super::changesets::get(conn, id)?;
        diesel::insert_into(c::table)
            .values((
                c::changeset_id.eq(id),
                c::author.eq(author),
                c::body.eq(body),
                c::created_at.eq(Utc::now().naive_utc()),
            ))
            .execute(conn)?;
        super::audit::record(
            conn,
            author,
            "changeset.comment",
            &format!("changeset/{id}"),
            "",
        )?;
        Ok(())
    })
}

/// Oldest first.
pub fn list(conn: &mut DbConnection, id: i64) -> QueryResult<Vec<Comment>> {
    let rows: Vec<(String, String, chrono::NaiveDateTime)> = c::table
        .filter(c::changeset_id.eq(id))
        .order(c::id.asc())
        .select((c::author, c::body, c::created_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(author, body, at)| Comment {
            author,
            body,
            created_at: at.and_utc(),
        })
        .collect())
}
