//! What the changeset endpoints answer with.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::problem::{ApiError, ConflictView, FieldError};
use crate::content::DocumentKey;
use crate::db::DbConnection;
use crate::db::changesets::{self, Changeset, State};

#[derive(Debug, Serialize, ToSchema)]
pub struct ChangesetView {
    pub number: i64,
    pub title: String,
    pub description: String,
    pub author: String,
    /// Who besides the author may edit it.
    pub collaborators: Vec<String>,
    pub state: State,
    /// Send this back in `If-Match` when changing the changeset (also in the `ETag` header).
    #[schema(example = "\"changeset-7-v3\"")]
    pub etag: String,
    /// The release its approval published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub release: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub edits: Vec<EditView>,
    pub reviews: Vec<ReviewView>,
    /// How it would fare against the latest release now (open changesets only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<StatusView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EditView {
    /// The document key.
    #[schema(example = "text/ja-JP/market/JP")]
    pub document: String,
    /// Where the document lives in the `locales/` layout.
    #[schema(example = "ja-JP/markets/JP.ftl")]
    pub path: String,
    pub action: EditAction,
    /// The revision the edit started from (absent: a new document).
    pub base_revision: Option<i64>,
    /// The proposed text (absent when the edit removes the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    pub editor: String,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum EditAction {
    /// Create or replace the document with `content`.
    Put,
    /// Remove the document.
    Remove,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewView {
    pub reviewer: String,
    #[schema(example = "approve")]
    pub verdict: String,
    pub comment: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StatusView {
    /// The latest release the edits were checked against.
    pub head_release: i64,
    /// No conflicts and no content problems: it can be submitted or approved as it is.
    pub publishable: bool,
    pub conflicts: Vec<ConflictView>,
    /// Content problems of the whole set with these edits applied (line:column where known).
    pub errors: Vec<FieldError>,
    /// Guidance text these edits leave untranslated per locale; they do not block publishing.
    pub warnings: Vec<crate::content::coverage::CoverageWarning>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChangesetSummary {
    pub number: i64,
    pub title: String,
    pub author: String,
    pub state: State,
    /// Number of edited documents.
    pub edits: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub release: Option<i64>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChangesetList {
    /// Newest first.
    pub items: Vec<ChangesetSummary>,
}

impl ChangesetSummary {
    pub fn new(changeset: Changeset, edits: i64) -> Self {
        Self {
            number: changeset.id,
            title: changeset.title,
            author: changeset.author,
            state: changeset.state,
            edits,
            release: changeset.release,
            updated_at: changeset.updated_at,
        }
    }
}

/// Loads everything about changeset `id` (call on the blocking pool).
pub fn load(conn: &mut DbConnection, id: i64) -> Result<ChangesetView, ApiError> {
    let changeset = changesets::get(conn, id)?;
    let edits = changesets::edits(conn, id)?;
    let reviews = changesets::reviews(conn, id)?;
    let status = if changeset.state.is_open() {
        let a = changesets::assess(conn, id)?;
        Some(StatusView {
            head_release: a.head_release,
            publishable: a.conflicts.is_empty() && a.errors.is_empty() && !edits.is_empty(),
            conflicts: a.conflicts.into_iter().map(ConflictView::from).collect(),
            errors: a.errors.iter().map(FieldError::from).collect(),
            warnings: a.warnings,
        })
    } else {
        None
    };
    Ok(ChangesetView {
        number: changeset.id,
        etag: changeset.etag(),
        title: changeset.title,
        description: changeset.description,
        author: changeset.author,
        collaborators: changesets::collaborators(conn, id)?,
        state: changeset.state,
        release: changeset.release,
        created_at: changeset.created_at,
        updated_at: changeset.updated_at,
        edits: edits
            .into_iter()
            .map(|e| EditView {
                path: e
                    .document
                    .parse::<DocumentKey>()
                    .map(|k| k.path())
                    .unwrap_or_default(),
                action: if e.content.is_some() {
                    EditAction::Put
                } else {
                    EditAction::Remove
                },
                document: e.document,
                base_revision: e.base_revision,
                content: e.content,
                editor: e.editor,
                updated_at: e.updated_at,
            })
            .collect(),
        reviews: reviews
            .into_iter()
            .map(|r| ReviewView {
                reviewer: r.reviewer,
                verdict: r.verdict,
                comment: r.comment,
                created_at: r.created_at,
            })
            .collect(),
        status,
    })
}
