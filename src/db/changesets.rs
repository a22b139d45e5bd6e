//! The review workflow (DESIGN.md §3): changesets group edits, a reviewer other than the people
//! who wrote them approves, and approval publishes a release in the same transaction.
//!
//! Every mutation runs under the write lock, checks the caller's precondition (the changeset's
//! ETag) against the stored version, bumps the version and appends to the audit log, so two
//! editors can never overwrite each other and the log always matches the data.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::DbConnection;
use super::audit;
use super::documents;
use super::schema::{changeset_collaborators, changeset_edits, changesets, reviews};
use super::store::{self, DocumentWrite, StoreError, write_transaction};
use crate::content::catalog::check_document;
use crate::content::{Catalog, ContentError, ContentErrors, ContentSet, DocumentKey};
use crate::webhooks::EventType;

/// Largest document an edit may carry; the biggest seed document is a few KiB.
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024;

/// Where a changeset stands in review.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "kebab-case")]
#[schema(as = ChangesetState)]
pub enum State {
    /// Being written; edits allowed.
    Draft,
    /// Waiting for a reviewer; edits locked.
    InReview,
    /// A reviewer asked for changes; edits allowed, then submit again.
    ChangesRequested,
    /// Approved and published as `release`.
    Published,
    Rejected,
    Withdrawn,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::InReview => "in-review",
            Self::ChangesRequested => "changes-requested",
            Self::Published => "published",
            Self::Rejected => "rejected",
            Self::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Draft,
            Self::InReview,
            Self::ChangesRequested,
            Self::Published,
            Self::Rejected,
            Self::Withdrawn,
        ]
        .into_iter()
        .find(|state| state.as_str() == s)
    }

    /// Not yet published, rejected or withdrawn.
    pub fn is_open(self) -> bool {
        OPEN_STATES.contains(&self.as_str())
    }

    /// Edits may be added or changed only before review or after a reviewer asked for changes.
    fn is_editable(self) -> bool {
        matches!(self, Self::Draft | Self::ChangesRequested)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Approve,
    RequestChanges,
    Reject,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Approve => "approve",
            Self::RequestChanges => "request-changes",
            Self::Reject => "reject",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changeset {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub author: String,
    pub state: State,
    pub version: i64,
    /// The release its approval published.
    pub release: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Changeset {
    /// The strong entity tag editors send back in `If-Match`.
    pub fn etag(&self) -> String {
        format!("\"changeset-{}-v{}\"", self.id, self.version)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub document: String,
    /// `None` removes the document.
    pub content: Option<String>,
    /// The revision the editor started from; `None` for "the document did not exist".
    pub base_revision: Option<i64>,
    pub editor: String,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub reviewer: String,
    pub verdict: String,
    pub comment: String,
    pub created_at: DateTime<Utc>,
}

/// An edit whose base is no longer what the latest release holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub document: String,
    pub base_revision: Option<i64>,
    /// `None` when the latest release does not hold the document.
    pub head_revision: Option<i64>,
}

/// How a changeset would fare if published now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub head_release: i64,
    pub conflicts: Vec<Conflict>,
    pub errors: Vec<ContentError>,
    /// Guidance text the edits leave untranslated in some locale (publishing is still allowed).
    pub warnings: Vec<crate::content::coverage::CoverageWarning>,
}

#[derive(Debug, thiserror::Error)]
pub enum ChangesetError {
    #[error("There is no changeset {0}.")]
    NotFound(i64),
    #[error(
        "Changeset {id} has changed since you read it (its ETag is now {current}); reload it and apply your change again."
    )]
    Stale { id: i64, current: String },
    #[error("Changeset {id} is {}; {action} needs it to be {allowed}.", state.as_str())]
    WrongState {
        id: i64,
        state: State,
        action: &'static str,
        allowed: &'static str,
    },
    #[error("{0}")]
    Forbidden(String),
    #[error(
        "{} document(s) changed in a release published after the edit was started; rebase the edits on the published revisions.",
        .0.len()
    )]
    Conflicts(Vec<Conflict>),
    #[error("The content is invalid ({} problem(s)).", .0.0.len())]
    Invalid(ContentErrors),
    #[error("Invalid {field}: {message}")]
    BadInput { field: String, message: String },
    /// A document over [`MAX_DOCUMENT_BYTES`].
    #[error("Too large {field}: {message}")]
    TooLarge { field: String, message: String },
    #[error("{0}")]
    Unchanged(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<diesel::result::Error> for ChangesetError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Store(StoreError::Query(e))
    }
}

type Result<T, E = ChangesetError> = std::result::Result<T, E>;

fn bad(field: &str, message: impl Into<String>) -> ChangesetError {
    ChangesetError::BadInput {
        field: field.into(),
        message: message.into(),
    }
}

fn target(id: i64) -> String {
    format!("changeset/{id}")
}

// ---- reading -------------------------------------------------------------------------------

type ChangesetRow = (
    i64,
    String,
    String,
    String,
    String,
    i64,
    Option<i64>,
    NaiveDateTime,
    NaiveDateTime,
);

const CHANGESET: (
    changesets::id,
    changesets::title,
    changesets::description,
    changesets::author,
    changesets::state,
    changesets::version,
    changesets::release_id,
    changesets::created_at,
    changesets::updated_at,
) = (
    changesets::id,
    changesets::title,
    changesets::description,
    changesets::author,
    changesets::state,
    changesets::version,
    changesets::release_id,
    changesets::created_at,
    changesets::updated_at,
);

fn from_row(row: ChangesetRow) -> Result<Changeset> {
    let (id, title, description, author, state, version, release, created_at, updated_at) = row;
    let state = State::parse(&state)
        .ok_or_else(|| StoreError::UnknownKey(format!("changeset state `{state}`")))?;
    Ok(Changeset {
        id,
        title,
        description,
        author,
        state,
        version,
        release,
        created_at: created_at.and_utc(),
        updated_at: updated_at.and_utc(),
    })
}

pub fn get(conn: &mut DbConnection, id: i64) -> Result<Changeset> {
    let row = changesets::table
        .find(id)
        .select(CHANGESET)
        .first::<ChangesetRow>(conn)
        .optional()?
        .ok_or(ChangesetError::NotFound(id))?;
    from_row(row)
}

/// Changesets newest first, with their number of edits.
/// Which changesets to list; filters combine with AND.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub state: Option<State>,
    /// Only draft, in review or with changes requested.
    pub open: bool,
    pub author: Option<String>,
    /// Only changesets with an edit of this document key.
    pub document: Option<String>,
    /// Only changesets older than this number.
    pub before: Option<i64>,
    pub limit: i64,
}

const OPEN_STATES: [&str; 3] = ["draft", "in-review", "changes-requested"];

pub fn list(conn: &mut DbConnection, filter: &ListFilter) -> Result<Vec<(Changeset, i64)>> {
    let mut query = changesets::table.select(CHANGESET).into_boxed();
    if let Some(state) = filter.state {
        query = query.filter(changesets::state.eq(state.as_str()));
    }
    if filter.open {
        query = query.filter(changesets::state.eq_any(OPEN_STATES));
    }
    if let Some(author) = &filter.author {
        query = query.filter(changesets::author.eq(author.clone()));
    }
    if let Some(document) = &filter.document {
        let touching = changeset_edits::table
            .filter(changeset_edits::document_key.eq(document.clone()))
            .select(changeset_edits::changeset_id);
        query = query.filter(changesets::id.eq_any(touching));
    }
    if let Some(before) = filter.before {
        query = query.filter(changesets::id.lt(before));
    }
    let rows: Vec<ChangesetRow> = query
        .order(changesets::id.desc())
        .limit(filter.limit)
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let counts: std::collections::HashMap<i64, i64> = changeset_edits::table
        .filter(changeset_edits::changeset_id.eq_any(&ids))
        .group_by(changeset_edits::changeset_id)
        .select((changeset_edits::changeset_id, diesel::dsl::count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    rows.into_iter()
        .map(|row| {
            let count = counts.get(&row.0).copied().unwrap_or(0);
            Ok((from_row(row)?, count))
        })
        .collect()
}

/// The changeset whose approval published `release` (none for imports and the seed).
pub fn for_release(conn: &mut DbConnection, release: i64) -> Result<Option<i64>> {
    Ok(changesets::table
        .filter(changesets::release_id.eq(release))
        .select(changesets::id)
        .first(conn)
        .optional()?)
}

pub fn edits(conn: &mut DbConnection, id: i64) -> Result<Vec<Edit>> {
    type EditRow = (String, Option<String>, Option<i64>, String, NaiveDateTime);
    let rows: Vec<EditRow> = changeset_edits::table
        .filter(changeset_edits::changeset_id.eq(id))
        .order(changeset_edits::document_key.asc())
        .select((
            changeset_edits::document_key,
            changeset_edits::content,
            changeset_edits::base_revision,
            changeset_edits::editor,
            changeset_edits::updated_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(document, content, base_revision, editor, at)| Edit {
            document,
            content,
            base_revision,
            editor,
            updated_at: at.and_utc(),
        })
        .collect())
}

pub fn reviews(conn: &mut DbConnection, id: i64) -> Result<Vec<Review>> {
    let rows: Vec<(String, String, String, NaiveDateTime)> = reviews::table
        .filter(reviews::changeset_id.eq(id))
        .order(reviews::id.asc())
        .select((
            reviews::reviewer,
            reviews::verdict,
            reviews::comment,
            reviews::created_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(reviewer, verdict, comment, at)| Review {
            reviewer,
            verdict,
            comment,
            created_at: at.and_utc(),
        })
        .collect())
}

/// The changeset's edits applied to the latest release: conflicts and content problems.
pub fn assess(conn: &mut DbConnection, id: i64) -> Result<Assessment> {
    let edits = edits(conn, id)?;
    assess_edits(conn, &edits)
}

fn assess_edits(conn: &mut DbConnection, edits: &[Edit]) -> Result<Assessment> {
    let head_release = store::latest_release(conn)?.map_or(0, |r| r.id);
    let heads = store::head_revisions(conn, head_release)?;
    let conflicts = edits
        .iter()
        .filter_map(|edit| {
            let head = heads.get(&edit.document).copied();
            (head != edit.base_revision).then(|| Conflict {
                document: edit.document.clone(),
                base_revision: edit.base_revision,
                head_revision: head,
            })
        })
        .collect();
    let mut set = store::load_release(conn, head_release)?;
    let before = set.clone();
    for edit in edits {
        let key: DocumentKey = edit
            .document
            .parse()
            .map_err(|_| StoreError::UnknownKey(edit.document.clone()))?;
        match &edit.content {
            Some(content) => set.documents.insert(key, content.clone()),
            None => set.documents.remove(&key),
        };
    }
    let (errors, warnings) = match Catalog::parse(&set) {
        Ok(after) => {
            let warnings = Catalog::parse(&before)
                .map(|before| crate::content::coverage::new_gaps(&before, &after))
                .unwrap_or_default();
            (Vec::new(), warnings)
        }
        Err(ContentErrors(errors)) => (errors, Vec::new()),
    };
    Ok(Assessment {
        head_release,
        conflicts,
        errors,
        warnings,
    })
}

// ---- writing -------------------------------------------------------------------------------

/// Loads the changeset for a mutation and checks the caller's `If-Match` value, when given.
fn load_for_update(conn: &mut DbConnection, id: i64, if_match: Option<&str>) -> Result<Changeset> {
    let changeset = get(conn, id)?;
    if let Some(expected) = if_match {
        let etag = changeset.etag();
        let matches = expected
            .split(',')
            .map(str::trim)
            .any(|tag| tag == "*" || tag == etag);
        if !matches {
            return Err(ChangesetError::Stale { id, current: etag });
        }
    }
    Ok(changeset)
}

/// [`load_for_update`] for changes to the edits, which only drafts and changesets sent back
/// by a reviewer accept.
fn load_editable(
    conn: &mut DbConnection,
    id: i64,
    if_match: Option<&str>,
    action: &'static str,
) -> Result<Changeset> {
    let changeset = load_for_update(conn, id, if_match)?;
    require_state(
        &changeset,
        changeset.state.is_editable(),
        action,
        "a draft or have changes requested",
    )?;
    Ok(changeset)
}

fn require_state(
    changeset: &Changeset,
    ok: bool,
    action: &'static str,
    allowed: &'static str,
) -> Result<()> {
    if ok {
        Ok(())
    } else {
        Err(ChangesetError::WrongState {
            id: changeset.id,
            state: changeset.state,
            action,
            allowed,
        })
    }
}

/// Moves to `state` (or stays) and bumps the version.
fn touch(conn: &mut DbConnection, id: i64, state: State) -> Result<Changeset> {
    diesel::update(changesets::table.find(id))
        .set((
            changesets::state.eq(state.as_str()),
            changesets::version.eq(changesets::version + 1),
            changesets::updated_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)?;
    get(conn, id)
}

fn check_size(field: &str, content: &str) -> Result<()> {
    if content.len() > MAX_DOCUMENT_BYTES {
        return Err(ChangesetError::TooLarge {
            field: field.to_string(),
            message: format!(
                "{} bytes; a document is at most {MAX_DOCUMENT_BYTES} bytes",
                content.len()
            ),
        });
    }
    Ok(())
}

/// Who is changing a changeset. Its author, the collaborators the author added and admins
/// may change a draft; everybody else may only read and review it.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub name: &'a str,
    pub admin: bool,
}

fn require_writer(conn: &mut DbConnection, changeset: &Changeset, actor: Actor) -> Result<()> {
    if actor.admin
        || changeset.author == actor.name
        || collaborators(conn, changeset.id)?
            .iter()
            .any(|c| c == actor.name)
    {
        return Ok(());
    }
    Err(ChangesetError::Forbidden(format!(
        "Only its author `{}`, the collaborators they added and admins can change changeset {}.",
        changeset.author, changeset.id
    )))
}

/// The accounts the author added as co-editors, by name.
pub fn collaborators(conn: &mut DbConnection, id: i64) -> Result<Vec<String>> {
    Ok(changeset_collaborators::table
        .filter(changeset_collaborators::changeset_id.eq(id))
        .order(changeset_collaborators::username.asc())
        .select(changeset_collaborators::username)
        .load(conn)?)
}

/// Most collaborators one changeset may have.
pub const MAX_COLLABORATORS: usize = 20;

/// Replaces the collaborator list (author or admin only). Each must be an enabled account
/// that can edit.
fn set_collaborators(
    conn: &mut DbConnection,
    changeset: &Changeset,
    actor: Actor,
    names: &[String],
) -> Result<()> {
    if !actor.admin && changeset.author != actor.name {
        return Err(ChangesetError::Forbidden(format!(
            "Only its author `{}` or an admin chooses who else edits changeset {}.",
            changeset.author, changeset.id
        )));
    }
    let names: BTreeSet<&str> = names.iter().map(String::as_str).collect();
    if names.len() > MAX_COLLABORATORS {
        return Err(bad(
            "collaborators",
            format!("at most {MAX_COLLABORATORS} collaborators"),
        ));
    }
    for name in &names {
        let account = super::users::find(conn, name).map_err(|e| match e {
            super::users::UserError::Query(q) => ChangesetError::from(q),
            other => bad("collaborators", other.to_string()),
        })?;
        match account {
            Some(a) if !a.disabled => {}
            _ => {
                return Err(bad(
                    "collaborators",
                    format!("there is no enabled account `{name}`"),
                ));
            }
        }
    }
    diesel::delete(
        changeset_collaborators::table
            .filter(changeset_collaborators::changeset_id.eq(changeset.id)),
    )
    .execute(conn)?;
    let now = Utc::now().naive_utc();
    for name in names.iter().filter(|n| **n != changeset.author) {
        diesel::insert_into(changeset_collaborators::table)
            .values((
                changeset_collaborators::changeset_id.eq(changeset.id),
                changeset_collaborators::username.eq(*name),
                changeset_collaborators::added_by.eq(actor.name),
                changeset_collaborators::added_at.eq(now),
            ))
            .execute(conn)?;
    }
    let list: Vec<&str> = names.into_iter().collect();
    audit::record(
        conn,
        actor.name,
        "changeset.collaborators",
        &target(changeset.id),
        &list.join(","),
    )?;
    Ok(())
}

/// Everyone who ever wrote any part of the changeset: its author, its collaborators, and
/// every account the audit log shows editing it, even if that edit was dropped later.
fn contributors(conn: &mut DbConnection, changeset: &Changeset) -> Result<BTreeSet<String>> {
    let mut names: BTreeSet<String> = audit::actors(
        conn,
        &target(changeset.id),
        &[
            "changeset.create",
            "changeset.update",
            "changeset.edit",
            "changeset.drop-edit",
        ],
    )?
    .into_iter()
    .collect();
    names.insert(changeset.author.clone());
    names.extend(collaborators(conn, changeset.id)?);
    names.extend(edits(conn, changeset.id)?.into_iter().map(|e| e.editor));
    Ok(names)
}

fn check_text(field: &str, value: &str, max: usize, required: bool) -> Result<()> {
    if required && value.trim().is_empty() {
        return Err(bad(field, "must not be empty"));
    }
    if value.chars().count() > max {
        return Err(bad(field, format!("must be at most {max} characters")));
    }
    Ok(())
}

pub fn create(
    conn: &mut DbConnection,
    actor: &str,
    title: &str,
    description: &str,
) -> Result<Changeset> {
    check_text("title", title, 200, true)?;
    check_text("description", description, 10_000, false)?;
    write_transaction(conn, |conn| {
        let now = Utc::now().naive_utc();
        let id: i64 = diesel::insert_into(changesets::table)
            .values((
                changesets::title.eq(title),
                changesets::description.eq(description),
                changesets::author.eq(actor),
                changesets::state.eq(State::Draft.as_str()),
                changesets::version.eq(1),
                changesets::created_at.eq(now),
                changesets::updated_at.eq(now),
            ))
            .returning(changesets::id)
            .get_result(conn)?;
        audit::record(conn, actor, "changeset.create", &target(id), title)?;
        get(conn, id)
    })
}

pub fn update_details(
    conn: &mut DbConnection,
    id: i64,
    if_match: Option<&str>,
    actor: Actor,
    title: Option<&str>,
    description: Option<&str>,
    collaborators: Option<&[String]>,
) -> Result<Changeset> {
    if let Some(title) = title {
        check_text("title", title, 200, true)?;
    }
    if let Some(description) = description {
        check_text("description", description, 10_000, false)?;
    }
    write_transaction(conn, |conn| {
        let changeset = load_editable(conn, id, if_match, "changing it")?;
        require_writer(conn, &changeset, actor)?;
        if let Some(names) = collaborators {
            set_collaborators(conn, &changeset, actor, names)?;
        }
        if title.is_some() || description.is_some() {
            diesel::update(changesets::table.find(id))
                .set((
                    changesets::title.eq(title.unwrap_or(&changeset.title)),
                    changesets::description.eq(description.unwrap_or(&changeset.description)),
                ))
                .execute(conn)?;
            audit::record(conn, actor.name, "changeset.update", &target(id), "")?;
        }
        touch(conn, id, changeset.state)
    })
}

/// Adds or replaces the changeset's edit of `key`: new `content`, or `None` to remove the
/// document, based on `base_revision`. The document is checked on its own here; how it fits
/// with the rest is reported by [`assess`] and enforced on submit and approval.
#[allow(clippy::too_many_arguments)]
pub fn put_edit(
    conn: &mut DbConnection,
    id: i64,
    if_match: Option<&str>,
    actor: Actor,
    key: &DocumentKey,
    content: Option<&str>,
    base_revision: Option<i64>,
) -> Result<Changeset> {
    if let Some(content) = content {
        check_size("content", content)?;
        let errors = check_document(key, content);
        if !errors.is_empty() {
            return Err(ChangesetError::Invalid(ContentErrors(errors)));
        }
    }
    write_transaction(conn, |conn| {
        let changeset = load_editable(conn, id, if_match, "editing it")?;
        require_writer(conn, &changeset, actor)?;
        check_base(conn, key, base_revision)?;
        if content.is_none() && base_revision.is_none() {
            return Err(bad(
                "base_revision",
                "removing a document needs the revision you are removing",
            ));
        }
        let now = Utc::now().naive_utc();
        let values = (
            changeset_edits::changeset_id.eq(id),
            changeset_edits::document_key.eq(key.to_string()),
            changeset_edits::content.eq(content),
            changeset_edits::base_revision.eq(base_revision),
            changeset_edits::editor.eq(actor.name),
            changeset_edits::updated_at.eq(now),
        );
        // Delete then insert rather than an upsert: portable across backends.
        diesel::delete(
            changeset_edits::table
                .filter(changeset_edits::changeset_id.eq(id))
                .filter(changeset_edits::document_key.eq(key.to_string())),
        )
        .execute(conn)?;
        diesel::insert_into(changeset_edits::table)
            .values(values)
            .execute(conn)?;
        let action = if content.is_some() { "put" } else { "remove" };
        audit::record(
            conn,
            actor.name,
            "changeset.edit",
            &target(id),
            &format!("{action} {key}"),
        )?;
        touch(conn, id, changeset.state)
    })
}

/// Takes the changeset's edit of `key` out again.
pub fn drop_edit(
    conn: &mut DbConnection,
    id: i64,
    if_match: Option<&str>,
    actor: Actor,
    key: &DocumentKey,
) -> Result<Changeset> {
    write_transaction(conn, |conn| {
        let changeset = load_editable(conn, id, if_match, "editing it")?;
        require_writer(conn, &changeset, actor)?;
        let removed = diesel::delete(
            changeset_edits::table
                .filter(changeset_edits::changeset_id.eq(id))
                .filter(changeset_edits::document_key.eq(key.to_string())),
        )
        .execute(conn)?;
        if removed == 0 {
            return Err(bad(
                "document",
                format!("changeset {id} has no edit of `{key}`"),
            ));
        }
        audit::record(
            conn,
            actor.name,
            "changeset.drop-edit",
            &target(id),
            &key.to_string(),
        )?;
        touch(conn, id, changeset.state)
    })
}

/// Hands the changeset to reviewers. Refused while it is empty, conflicts or is invalid, so
/// reviewers only ever see something that could be published.
pub fn submit(
    conn: &mut DbConnection,
    id: i64,
    if_match: Option<&str>,
    actor: Actor,
) -> Result<Changeset> {
    write_transaction(conn, |conn| {
        let changeset = load_editable(conn, id, if_match, "submitting it")?;
        require_writer(conn, &changeset, actor)?;
        let edits = edits(conn, id)?;
        if edits.is_empty() {
            return Err(ChangesetError::Unchanged(format!(
                "Changeset {id} has no edits to review."
            )));
        }
        ensure_publishable(conn, &edits)?;
        audit::record(conn, actor.name, "changeset.submit", &target(id), "")?;
        announce(conn, EventType::ChangesetSubmitted, id, None)?;
        touch(conn, id, State::InReview)
    })
}

/// The author (or an admin, checked by the caller) takes the changeset back for good.
pub fn withdraw(
    conn: &mut DbConnection,
    id: i64,
    if_match: Option<&str>,
    actor: &str,
    is_admin: bool,
) -> Result<Changeset> {
    write_transaction(conn, |conn| {
        let changeset = load_for_update(conn, id, if_match)?;
        if changeset.author != actor && !is_admin {
            return Err(ChangesetError::Forbidden(format!(
                "Only its author `{}` can withdraw changeset {id}.",
                changeset.author
            )));
        }
        require_state(
            &changeset,
            changeset.state.is_open(),
            "withdrawing it",
            "open",
        )?;
        audit::record(conn, actor, "changeset.withdraw", &target(id), "")?;
        touch(conn, id, State::Withdrawn)
    })
}

/// A reviewer's verdict. Nobody reviews a changeset they ever wrote any part of (four eyes):
/// author, collaborators and everyone who edited it, including edits dropped since.
/// Approval publishes the edits as a new release in the same transaction.
pub fn review(
    conn: &mut DbConnection,
    id: i64,
    if_match: Option<&str>,
    actor: &str,
    verdict: Verdict,
    comment: &str,
) -> Result<Changeset> {
    if verdict != Verdict::Approve {
        check_text("comment", comment, 10_000, true)?;
    } else {
        check_text("comment", comment, 10_000, false)?;
    }
    write_transaction(conn, |conn| {
        let changeset = load_for_update(conn, id, if_match)?;
        require_state(
            &changeset,
            changeset.state == State::InReview,
            "reviewing it",
            "in review",
        )?;
        let edits = edits(conn, id)?;
        if contributors(conn, &changeset)?.contains(actor) {
            return Err(ChangesetError::Forbidden(format!(
                "`{actor}` wrote or edited changeset {id}; another reviewer must review it."
            )));
        }
        let now = Utc::now().naive_utc();
        diesel::insert_into(reviews::table)
            .values((
                reviews::changeset_id.eq(id),
                reviews::reviewer.eq(actor),
                reviews::verdict.eq(verdict.as_str()),
                reviews::comment.eq(comment),
                reviews::created_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor,
            &format!("changeset.{}", verdict.as_str()),
            &target(id),
            comment,
        )?;
        let next = match verdict {
            Verdict::RequestChanges => {
                announce(conn, EventType::ChangesetChangesRequested, id, None)?;
                State::ChangesRequested
            }
            Verdict::Reject => {
                announce(conn, EventType::ChangesetRejected, id, None)?;
                State::Rejected
            }
            Verdict::Approve => {
                ensure_publishable(conn, &edits)?;
                let writes = edits
                    .iter()
                    .map(|e| {
                        Ok(DocumentWrite {
                            key: e
                                .document
                                .parse()
                                .map_err(|_| StoreError::UnknownKey(e.document.clone()))?,
                            content: e.content.clone(),
                            author: e.editor.clone(),
                        })
                    })
                    .collect::<Result<Vec<_>, StoreError>>()?;
                let title = format!("{} (changeset {id})", changeset.title);
                let release =
                    store::publish_writes(conn, &writes, actor, &title)?.ok_or_else(|| {
                        ChangesetError::Unchanged(format!(
                            "Changeset {id} changes nothing in the latest release."
                        ))
                    })?;
                diesel::update(changesets::table.find(id))
                    .set(changesets::release_id.eq(release))
                    .execute(conn)?;
                announce(conn, EventType::ChangesetApproved, id, Some(release))?;
                State::Published
            }
        };
        touch(conn, id, next)
    })
}

/// Owes webhook receivers the news, in the transaction that makes it true. `release` is the
/// one the change published, else the newest at the time (so receivers can order events).
fn announce(
    conn: &mut DbConnection,
    event: EventType,
    changeset: i64,
    release: Option<i64>,
) -> Result<()> {
    let release = match release {
        Some(r) => r,
        None => store::latest_release(conn)?.map_or(0, |r| r.id),
    };
    super::webhooks::enqueue(
        conn,
        event,
        serde_json::json!({ "release": release, "changeset": changeset }),
    )?;
    Ok(())
}

/// Creates a draft whose edits take each named document to the given content, based on what
/// the latest release holds (used by import and revert). Writes that match the latest release
/// are dropped; if none is left there is nothing to propose.
pub fn create_with_writes(
    conn: &mut DbConnection,
    actor: &str,
    title: &str,
    description: &str,
    writes: &[(DocumentKey, Option<String>)],
) -> Result<Changeset> {
    let mut errors = Vec::new();
    for (key, content) in writes {
        if let Some(content) = content {
            check_size(&key.path(), content)?;
            errors.extend(check_document(key, content));
        }
    }
    if !errors.is_empty() {
        return Err(ChangesetError::Invalid(ContentErrors(errors)));
    }
    check_text("title", title, 200, true)?;
    write_transaction(conn, |conn| {
        let latest = store::latest_release(conn)?.map_or(0, |r| r.id);
        let heads = store::head_revisions(conn, latest)?;
        let current = store::load_release(conn, latest)?;
        let changed: Vec<_> = writes
            .iter()
            .filter(|(key, content)| current.documents.get(key) != content.as_ref())
            .collect();
        if changed.is_empty() {
            return Err(ChangesetError::Unchanged(
                "The latest release already holds exactly this content.".into(),
            ));
        }
        let changeset = create(conn, actor, title, description)?;
        let now = Utc::now().naive_utc();
        for (key, content) in changed {
            diesel::insert_into(changeset_edits::table)
                .values((
                    changeset_edits::changeset_id.eq(changeset.id),
                    changeset_edits::document_key.eq(key.to_string()),
                    changeset_edits::content.eq(content.as_deref()),
                    changeset_edits::base_revision.eq(heads.get(&key.to_string()).copied()),
                    changeset_edits::editor.eq(actor),
                    changeset_edits::updated_at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok(changeset)
    })
}

/// The writes that make `set` the whole content: every document in it, and the removal of
/// every document the latest release holds that `set` lacks (used by folder imports).
pub fn writes_replacing_all(
    conn: &mut DbConnection,
    set: &ContentSet,
) -> Result<Vec<(DocumentKey, Option<String>)>> {
    let latest = store::latest_release(conn)?.map_or(0, |r| r.id);
    let current = store::load_release(conn, latest)?;
    let mut writes: Vec<_> = set
        .documents
        .iter()
        .map(|(k, v)| (k.clone(), Some(v.clone())))
        .collect();
    writes.extend(
        current
            .documents
            .into_keys()
            .filter(|k| !set.documents.contains_key(k))
            .map(|k| (k, None)),
    );
    Ok(writes)
}

/// The writes that take the latest release back to release `release`'s content.
pub fn writes_restoring_release(
    conn: &mut DbConnection,
    release: i64,
) -> Result<Vec<(DocumentKey, Option<String>)>> {
    if store::release(conn, release)?.is_none() {
        return Err(bad("release", format!("there is no release {release}")));
    }
    let target = store::load_release(conn, release)?;
    writes_replacing_all(conn, &target)
}

/// The write that takes `key` back to revision `revision`.
pub fn write_restoring_revision(
    conn: &mut DbConnection,
    key: &DocumentKey,
    revision: i64,
) -> Result<(DocumentKey, Option<String>)> {
    match documents::revision(conn, revision)? {
        Some((info, content)) if info.document == key.to_string() => {
            Ok((key.clone(), Some(content)))
        }
        _ => Err(bad(
            "revision",
            format!("revision {revision} is not a revision of `{key}`"),
        )),
    }
}

fn check_base(conn: &mut DbConnection, key: &DocumentKey, base: Option<i64>) -> Result<()> {
    let Some(base) = base else { return Ok(()) };
    match documents::revision_document(conn, base)? {
        Some(document) if document == key.to_string() => Ok(()),
        Some(other) => Err(bad(
            "base_revision",
            format!("revision {base} belongs to `{other}`, not `{key}`"),
        )),
        None => Err(bad("base_revision", format!("there is no revision {base}"))),
    }
}

fn ensure_publishable(conn: &mut DbConnection, edits: &[Edit]) -> Result<()> {
    let assessment = assess_edits(conn, edits)?;
    if !assessment.conflicts.is_empty() {
        return Err(ChangesetError::Conflicts(assessment.conflicts));
    }
    if !assessment.errors.is_empty() {
        return Err(ChangesetError::Invalid(ContentErrors(assessment.errors)));
    }
    Ok(())
}
