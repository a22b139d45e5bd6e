//! A changeset's page: its edits as side-by-side diffs, whether it would publish now
//! (content problems at line:column, conflicts with a rebase action), the discussion, and the
//! transitions. Every transition is the `db::changesets` function the API handler calls, so
//! the rules (who may edit, four eyes, conflicts, validation) are the API's own.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError, web};
use maud::html;

use super::diffview;
use super::documents::see_other;
use super::error::ConsoleError;
use super::form::Posted;
use super::home;
use super::layout::{self, csrf, state_badge, when};
use super::session::Staff;
use crate::api::blocking::{internal, with_conn};
use crate::api::changesets::views::{self, ChangesetView};
use crate::api::problem::ApiError;
use crate::auth::Role;
use crate::content::DocumentKey;
use crate::db::changesets::{self, ListFilter, State, Verdict};
use crate::db::comments::{self, Comment};
use crate::db::documents;
use crate::state::{AppState, refresh_snapshot};

#[derive(serde::Deserialize)]
pub struct ListQuery {
    state: Option<String>,
}

pub async fn list(
    state: web::Data<AppState>,
    staff: Staff,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let wanted = query.state.as_deref().and_then(State::parse);
    let rows = with_conn(&state.pool, move |conn| {
        Ok(changesets::list(
            conn,
            &ListFilter {
                state: wanted,
                limit: 200,
                ..ListFilter::default()
            },
        )?)
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    let states = [
        State::Draft,
        State::InReview,
        State::ChangesRequested,
        State::Published,
        State::Rejected,
        State::Withdrawn,
    ];
    let body = html! {
        main {
            h1 { (ui.t("cs-list-title")) }
            p class="chips" {
                a class="chip" href="/console/changesets" aria-current=[wanted.is_none().then_some("page")] { (ui.t("cs-all")) }
                @for s in states {
                    a class="chip" href={ "/console/changesets?state=" (s.as_str()) }
                        aria-current=[(wanted == Some(s)).then_some("page")] { (ui.t(&format!("state-{}", s.as_str()))) }
                }
            }
            (home::table(&staff, &rows, &ui.t("cs-none")))
            @let waiting: Vec<_> = rows.iter().filter(|(c, _)| c.state == State::InReview && c.author != staff.username).collect();
            @if staff.is(Role::Reviewer) && !waiting.is_empty() {
                section {
                    h2 { (ui.t("bulk-title")) }
                    p class="muted" { (ui.t("bulk-explain")) }
                    form method="post" action="/console/changesets/approve-selected" class="stack" {
                        (csrf(&staff))
                        fieldset {
                            legend { (ui.t("bulk-pick")) }
                            @for (c, _) in &waiting {
                                label class="check" {
                                    // The version shown is the version approved, as with If-Match.
                                    input type="checkbox" name="approve" value={ (c.id) "|" (c.etag()) };
                                    " #" (c.id) " " (c.title) " (" (c.author) ")"
                                }
                            }
                        }
                        label for="bulk-comment" { (ui.t("cs-verdict-comment")) }
                        textarea id="bulk-comment" name="comment" rows="2" {}
                        div class="row" { button type="submit" class="primary" { (ui.t("bulk-approve")) } }
                    }
                }
            }
        }
    };
    Ok(layout::page(
        &ui,
        Some(&staff),
        &ui.t("cs-list-title"),
        body,
    ))
}

/// `POST /console/changesets/approve-selected`: approves each chosen changeset in turn, as
/// the approve action would (each its own release; each refusal reported, none hidden).
pub async fn approve_selected(
    state: web::Data<AppState>,
    staff: Staff,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ConsoleError> {
    let form = Posted::from(form);
    staff.check(&form)?;
    staff.require(Role::Reviewer)?;
    let ui = staff.ui;
    let picked: Vec<(i64, String)> = form
        .all("approve")
        .into_iter()
        .filter_map(|v| {
            let (id, etag) = v.split_once('|')?;
            Some((id.parse().ok()?, etag.to_string()))
        })
        .collect();
    if picked.is_empty() {
        return Err(ConsoleError::bad_input(&ui, ui.t("bulk-none")));
    }
    let comment = form.text("comment");
    let me = staff.username.clone();
    let outcomes = with_conn(&state.pool, move |conn| {
        Ok(picked
            .into_iter()
            .map(|(id, etag)| {
                let result =
                    changesets::review(conn, id, Some(&etag), &me, Verdict::Approve, &comment)
                        .map(|c| c.release)
                        .map_err(|e| ApiError::from(e).to_string());
                (id, result)
            })
            .collect::<Vec<_>>())
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    if outcomes.iter().any(|(_, r)| r.is_ok()) {
        let state = state.clone();
        let refreshed = crate::affinity::block(move || refresh_snapshot(&state)).await;
        if let Err(e) = refreshed.map_err(anyhow::Error::from).and_then(|r| r) {
            tracing::error!(error = ?e, "could not load the new release; will retry");
        }
    }
    let all_ok = outcomes.iter().all(|(_, r)| r.is_ok());
    let body = html! {
        main {
            h1 { (ui.t("bulk-title")) }
            ul class="plain" {
                @for (id, result) in &outcomes {
                    li {
                        a href={ "/console/changesets/" (id) } { "#" (id) } " "
                        @match result {
                            Ok(Some(release)) => { span class="badge state-published" { (ui.t1("cs-published-as", "release", release)) } }
                            Ok(None) => { span class="badge" { (ui.t("state-published")) } }
                            Err(message) => { span class="notice error" { (message) } }
                        }
                    }
                }
            }
            p { a href="/console/changesets" { (ui.t("cs-list-title")) } }
        }
    };
    let status = if all_ok {
        StatusCode::OK
    } else {
        StatusCode::CONFLICT
    };
    Ok(layout::page_response(
        &ui,
        Some(&staff),
        &ui.t("bulk-title"),
        body,
        status,
    ))
}

/// Everything the page shows.
struct Loaded {
    view: ChangesetView,
    /// Per edit: the base revision's text.
    before: Vec<Option<String>>,
    comments: Vec<Comment>,
}

async fn load(state: &AppState, staff: &Staff, id: i64) -> Result<Loaded, ConsoleError> {
    let ui = staff.ui;
    with_conn(&state.pool, move |conn| {
        let view = views::load(conn, id)?;
        let mut before = Vec::new();
        for edit in &view.edits {
            before.push(match edit.base_revision {
                Some(rev) => documents::revision(conn, rev)
                    .map_err(internal)?
                    .map(|(_, c)| c),
                None => None,
            });
        }
        let comments = comments::list(conn, id).map_err(internal)?;
        Ok(Loaded {
            view,
            before,
            comments,
        })
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))
}

pub async fn page(
    state: web::Data<AppState>,
    staff: Staff,
    number: web::Path<i64>,
) -> Result<HttpResponse, ConsoleError> {
    let loaded = load(&state, &staff, number.into_inner()).await?;
    Ok(render(&staff, loaded, None))
}

fn render(staff: &Staff, loaded: Loaded, notice: Option<(StatusCode, String)>) -> HttpResponse {
    let ui = &staff.ui;
    let v = &loaded.view;
    let editable = matches!(v.state, State::Draft | State::ChangesRequested);
    let writer = staff.is(Role::Admin)
        || v.author == staff.username
        || v.collaborators.iter().any(|c| c == &staff.username);
    let title = format!("#{} {}", v.number, v.title);
    let status_code = notice.as_ref().map_or(StatusCode::OK, |(s, _)| *s);
    let body = html! {
        main {
            h1 { "#" (v.number) " " (v.title) " " (state_badge(ui, v.state)) }
            p class="muted" {
                (ui.t1("cs-by", "author", &v.author)) " · " (when(v.created_at))
                @if !v.collaborators.is_empty() { " · " (ui.t1("cs-collaborators", "names", v.collaborators.join(", "))) }
                @if let Some(release) = v.release {
                    " · " a href={ "/console/releases/" (release) } { (ui.t1("cs-published-as", "release", release)) }
                }
            }
            @if !v.description.is_empty() { p { (v.description) } }
            @if let Some((_, message)) = &notice {
                p class="notice error" role="alert" { (message) }
            }
            @if let Some(status) = &v.status {
                section class="status" {
                    h2 { (ui.t("cs-status")) }
                    @if status.publishable {
                        p class="notice ok" { (ui.t1("cs-publishable", "release", status.head_release)) }
                    } @else if v.edits.is_empty() {
                        p class="notice" { (ui.t("cs-empty")) }
                    }
                    @if !status.errors.is_empty() {
                        div class="notice error" {
                            p { strong { (ui.t("cs-errors")) } }
                            ul { @for e in &status.errors {
                                li { code { (e.field) @if let (Some(l), Some(c)) = (e.line, e.column) { ":" (l) ":" (c) } } " " (e.message) }
                            } }
                        }
                    }
                    @if !status.conflicts.is_empty() {
                        div class="notice error" {
                            p { strong { (ui.t("cs-conflicts")) } }
                            ul { @for c in &status.conflicts {
                                li { code { (c.document) } " "
                                    (ui.t1("cs-conflict-base", "base", c.base_revision.map_or("–".to_string(), |b| b.to_string())))
                                    " → "
                                    (ui.t1("cs-conflict-head", "head", c.head_revision.map_or("–".to_string(), |b| b.to_string())))
                                }
                            } }
                            @if editable && writer {
                                form method="post" action={ "/console/changesets/" (v.number) "/rebase" } {
                                    (csrf(staff))
                                    input type="hidden" name="etag" value=(v.etag);
                                    p class="small" { (ui.t("cs-rebase-explain")) }
                                    button type="submit" { (ui.t("cs-rebase")) }
                                }
                            }
                        }
                    }
                    @if !status.warnings.is_empty() {
                        details {
                            summary { (ui.t1("cs-warnings", "count", status.warnings.len())) }
                            ul { @for w in &status.warnings { li { (serde_json::to_string(w).unwrap_or_default()) } } }
                        }
                    }
                }
            }
            section {
                h2 { (ui.t1("cs-changes", "count", v.edits.len())) }
                @for (edit, before) in v.edits.iter().zip(&loaded.before) {
                    @let key: Option<DocumentKey> = edit.document.parse().ok();
                    article class="edit" {
                        h3 {
                            code { (edit.document) }
                            " " span class="muted small" { (edit.path) " · " (ui.t1("cs-edited-by", "editor", &edit.editor)) }
                        }
                        @if let Some(key) = &key {
                            (diffview::document(ui, key, before.as_deref(), edit.content.as_deref()))
                        }
                        @if editable && writer {
                            div class="row" {
                                a href={ "/console/documents/" (edit.document) "?changeset=" (v.number) } { (ui.t("cs-edit-text")) }
                                form method="post" action={ "/console/changesets/" (v.number) "/drop" } class="inline" {
                                    (csrf(staff))
                                    input type="hidden" name="etag" value=(v.etag);
                                    input type="hidden" name="document" value=(edit.document);
                                    button type="submit" { (ui.t("cs-drop")) }
                                }
                            }
                        }
                    }
                }
            }
            section {
                h2 { (ui.t("cs-discussion")) }
                @if v.reviews.is_empty() && loaded.comments.is_empty() { p class="muted" { (ui.t("cs-no-discussion")) } }
                ol class="timeline" {
                    @for r in &v.reviews {
                        li { strong { (r.reviewer) } " " span class="badge" { (ui.t(&format!("verdict-{}", r.verdict))) } " " span class="muted small" { (when(r.created_at)) }
                            @if !r.comment.is_empty() { p { (r.comment) } } }
                    }
                    @for c in &loaded.comments {
                        li { strong { (c.author) } " " span class="muted small" { (when(c.created_at)) } p { (c.body) } }
                    }
                }
                form method="post" action={ "/console/changesets/" (v.number) "/comment" } class="stack" {
                    (csrf(staff))
                    label for="comment-body" { (ui.t("cs-comment")) }
                    textarea id="comment-body" name="comment" rows="3" required {}
                    div class="row" { button type="submit" { (ui.t("cs-comment-add")) } }
                }
            }
            @if v.state.is_open() {
                section class="actions" {
                    h2 { (ui.t("cs-actions")) }
                    @if editable && writer {
                        form method="post" action={ "/console/changesets/" (v.number) "/submit" } class="inline" {
                            (csrf(staff))
                            input type="hidden" name="etag" value=(v.etag);
                            button type="submit" class="primary" { (ui.t("cs-submit")) }
                        }
                    }
                    @if v.author == staff.username || staff.is(Role::Admin) {
                        form method="post" action={ "/console/changesets/" (v.number) "/withdraw" } class="inline" {
                            (csrf(staff))
                            input type="hidden" name="etag" value=(v.etag);
                            button type="submit" { (ui.t("cs-withdraw")) }
                        }
                    }
                    @if v.state == State::InReview && staff.is(Role::Reviewer) {
                        form method="post" action={ "/console/changesets/" (v.number) "/review" } class="stack review" {
                            (csrf(staff))
                            input type="hidden" name="etag" value=(v.etag);
                            label for="verdict-comment" { (ui.t("cs-verdict-comment")) }
                            textarea id="verdict-comment" name="comment" rows="3" {}
                            div class="row" {
                                button type="submit" name="verdict" value="approve" class="primary" { (ui.t("cs-approve")) }
                                button type="submit" name="verdict" value="request-changes" { (ui.t("cs-request-changes")) }
                                button type="submit" name="verdict" value="reject" class="danger" { (ui.t("cs-reject")) }
                            }
                            p class="small muted" { (ui.t("cs-four-eyes")) }
                        }
                    }
                }
            }
        }
    };
    layout::page_response(ui, Some(staff), &title, body, status_code)
}

pub async fn act(
    state: web::Data<AppState>,
    staff: Staff,
    path: web::Path<(i64, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ConsoleError> {
    let form = Posted::from(form);
    staff.check(&form)?;
    let ui = staff.ui;
    let (id, action) = path.into_inner();
    let etag = form
        .get("etag")
        .map(str::to_string)
        .filter(|e| !e.is_empty());
    let comment = form.text("comment");
    let me = staff.username.clone();
    let admin = staff.is(Role::Admin);
    let verdict = match (action.as_str(), form.get("verdict")) {
        ("review", Some("approve")) | ("approve", _) => Some(Verdict::Approve),
        ("review", Some("request-changes")) | ("request-changes", _) => {
            Some(Verdict::RequestChanges)
        }
        ("review", Some("reject")) | ("reject", _) => Some(Verdict::Reject),
        ("review", _) => return Err(ConsoleError::bad_input(&ui, "verdict")),
        _ => None,
    };
    // The role checks the API handlers make before calling the same functions.
    match verdict {
        Some(_) => staff.require(Role::Reviewer)?,
        None if action == "comment" => {}
        None => staff.require(Role::Editor)?,
    }
    let document = form.text("document");
    let outcome: Result<(), ApiError> = with_conn(&state.pool, move |conn| {
        let actor = changesets::Actor { name: &me, admin };
        let done = match (action.as_str(), verdict) {
            (_, Some(verdict)) => {
                changesets::review(conn, id, etag.as_deref(), &me, verdict, &comment).map(drop)
            }
            ("submit", _) => changesets::submit(conn, id, etag.as_deref(), actor).map(drop),
            ("withdraw", _) => {
                changesets::withdraw(conn, id, etag.as_deref(), &me, admin).map(drop)
            }
            ("drop", _) => {
                let key: DocumentKey = document
                    .parse()
                    .map_err(|_| ApiError::invalid("document", "not a document key"))?;
                changesets::drop_edit(conn, id, etag.as_deref(), actor, &key).map(drop)
            }
            ("rebase", _) => rebase(conn, id, etag.as_deref(), actor),
            ("comment", _) => {
                return comments::add(conn, id, &me, &comment).map_err(|e| match e {
                    comments::CommentError::Invalid => ApiError::invalid("comment", e.to_string()),
                    comments::CommentError::Changeset(c) => c.into(),
                });
            }
            _ => return Err(ApiError::NotFound(format!("no action `{action}`"))),
        };
        done.map_err(ApiError::from)
    })
    .await;
    match outcome {
        Ok(()) => {
            if verdict == Some(Verdict::Approve) {
                // As the API does: serve the new release before answering.
                let state = state.clone();
                let refreshed = crate::affinity::block(move || refresh_snapshot(&state)).await;
                if let Err(e) = refreshed.map_err(anyhow::Error::from).and_then(|r| r) {
                    tracing::error!(error = ?e, "could not load the new release; will retry");
                }
            }
            Ok(see_other(&format!("/console/changesets/{id}")))
        }
        Err(ApiError::NotFound(detail)) => Err(ConsoleError::not_found(&ui, detail)),
        Err(e) if e.status_code().is_server_error() => Err(ConsoleError::from_api(&ui, e)),
        Err(e) => {
            // Refused by the rules: the page again, with the reason on top.
            let status = actix_web::ResponseError::status_code(&e);
            let message = match &e {
                ApiError::InvalidContent(detail, errors) => format!(
                    "{detail} {}",
                    errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
                other => other.to_string(),
            };
            let loaded = load(&state, &staff, id).await?;
            Ok(render(&staff, loaded, Some((status, message))))
        }
    }
}

/// Moves every conflicting edit onto the revision the latest release holds, keeping its
/// text. The diff then shows everything the text changes against that revision, including
/// anything it undoes, so the reviewer sees the result, not the old base.
fn rebase(
    conn: &mut crate::db::DbConnection,
    id: i64,
    etag: Option<&str>,
    actor: changesets::Actor,
) -> Result<(), changesets::ChangesetError> {
    use diesel::Connection;
    conn.transaction(|conn| {
        let conflicts = changesets::assess(conn, id)?.conflicts;
        let edits = changesets::edits(conn, id)?;
        let mut expected = etag.map(str::to_string);
        for conflict in conflicts {
            let Some(edit) = edits.iter().find(|e| e.document == conflict.document) else {
                continue;
            };
            let key: DocumentKey =
                edit.document
                    .parse()
                    .map_err(|_| changesets::ChangesetError::BadInput {
                        field: "document".into(),
                        message: edit.document.clone(),
                    })?;
            let after = changesets::put_edit(
                conn,
                id,
                expected.as_deref(),
                actor,
                &key,
                edit.content.as_deref(),
                conflict.head_revision,
            )?;
            expected = Some(after.etag());
        }
        Ok(())
    })
}
