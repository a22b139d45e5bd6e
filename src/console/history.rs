//! Releases and what each changed, one revision's diff against its parent (or any other
//! revision of the document), and restoring earlier content through a revert changeset.

use actix_web::{HttpResponse, web};
use maud::html;

use super::diffview;
use super::documents::{parse_number, see_other};
use super::error::ConsoleError;
use super::form::Posted;
use super::layout::{self, csrf, when};
use super::session::Staff;
use crate::api::blocking::{internal, with_conn};
use crate::api::problem::ApiError;
use crate::auth::Role;
use crate::content::DocumentKey;
use crate::db::{changesets, documents, store};
use crate::state::AppState;

/// Releases with at most this many documents show every diff on their page.
const MAX_INLINE_DIFFS: usize = 20;

pub async fn releases(
    state: web::Data<AppState>,
    staff: Staff,
) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let list = with_conn(&state.pool, |conn| {
        store::list_releases(conn, 100, None).map_err(internal)
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    let body = html! {
        main {
            h1 { (ui.t("rel-title")) }
            table {
                thead { tr {
                    th scope="col" { "#" }
                    th scope="col" { (ui.t("cs-title")) }
                    th scope="col" { (ui.t("rel-by")) }
                    th scope="col" { (ui.t("hist-when")) }
                    th scope="col" { (ui.t("rel-changed")) }
                } }
                tbody {
                    @for (r, changed) in &list {
                        tr {
                            td { a href={ "/console/releases/" (r.id) } { (r.id) } }
                            td { a href={ "/console/releases/" (r.id) } { (r.title) } }
                            td { (r.author) }
                            td class="muted" { (when(r.created_at_utc())) }
                            td class="num" { (changed) }
                        }
                    }
                }
            }
        }
    };
    Ok(layout::page(&ui, Some(&staff), &ui.t("rel-title"), body))
}

pub async fn release(
    state: web::Data<AppState>,
    staff: Staff,
    number: web::Path<i64>,
) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let n = number.into_inner();
    let found = with_conn(&state.pool, move |conn| {
        let Some(release) = store::release(conn, n).map_err(internal)? else {
            return Ok(None);
        };
        let changes = store::release_changes(conn, n).map_err(internal)?;
        // What each document's change says, for releases small enough to read on one page
        // (the seed release has hundreds of documents: those get links only).
        let mut diffs = Vec::new();
        if changes.len() <= MAX_INLINE_DIFFS {
            for change in &changes {
                let text = |conn: &mut crate::db::DbConnection,
                            rev: Option<i64>|
                 -> Result<Option<String>, ApiError> {
                    Ok(match rev {
                        Some(rev) => documents::revision(conn, rev)
                            .map_err(internal)?
                            .map(|(_, t)| t),
                        None => None,
                    })
                };
                diffs.push((text(conn, change.previous)?, text(conn, change.revision)?));
            }
        }
        let changeset = changesets::for_release(conn, n)?;
        let latest = store::latest_release(conn)
            .map_err(internal)?
            .map_or(0, |r| r.id);
        Ok(Some((release, changes, diffs, changeset, latest)))
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    let Some((release, changes, diffs, changeset, latest)) = found else {
        return Err(ConsoleError::not_found(
            &ui,
            ui.t1("rel-none", "release", n),
        ));
    };
    let body = html! {
        main {
            h1 { (ui.t1("rel-one", "release", n)) " " (release.title) }
            p class="muted" {
                (release.author) " · " (when(release.created_at_utc()))
                @if let Some(cs) = changeset { " · " a href={ "/console/changesets/" (cs) } { (ui.t1("rel-from-changeset", "number", cs)) } }
            }
            table {
                thead { tr {
                    th scope="col" { (ui.t("rel-document")) }
                    th scope="col" { (ui.t("rel-change")) }
                } }
                tbody {
                    @for c in &changes {
                        tr {
                            td { a href={ "/console/documents/" (c.document) } { (c.document) } }
                            td {
                                @match (c.previous, c.revision) {
                                    (None, Some(rev)) => { a href={ "/console/revisions/" (rev) } { (ui.t("rel-added")) } }
                                    (Some(_), None) => { (ui.t("rel-removed")) }
                                    (Some(prev), Some(rev)) => { a href={ "/console/revisions/" (rev) "?from=" (prev) } { (ui.t("rel-modified")) } }
                                    (None, None) => { "–" }
                                }
                            }
                        }
                    }
                }
            }
            @for (change, (before, after)) in changes.iter().zip(&diffs) {
                @if let Ok(key) = change.document.parse::<DocumentKey>() {
                    article class="edit" {
                        h3 { code { (change.document) } }
                        (diffview::document(&ui, &key, before.as_deref(), after.as_deref()))
                    }
                }
            }
            @if staff.is(Role::Editor) && n < latest {
                form method="post" action="/console/revert" class="inline" {
                    (csrf(&staff))
                    input type="hidden" name="release" value=(n);
                    button type="submit" { (ui.t1("rel-restore", "release", n)) }
                }
            }
        }
    };
    Ok(layout::page(
        &ui,
        Some(&staff),
        &ui.t1("rel-one", "release", n),
        body,
    ))
}

#[derive(serde::Deserialize)]
pub struct FromQuery {
    from: Option<i64>,
}

/// One revision's text and what changed since its parent (or `?from=`).
pub async fn revision(
    state: web::Data<AppState>,
    staff: Staff,
    id: web::Path<i64>,
    query: web::Query<FromQuery>,
) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let id = id.into_inner();
    let from = query.from;
    let found = with_conn(&state.pool, move |conn| {
        let Some((info, content)) = documents::revision(conn, id).map_err(internal)? else {
            return Ok(None);
        };
        let other = match from.or(info.parent) {
            Some(other) => match documents::revision(conn, other).map_err(internal)? {
                Some((o, text)) if o.document == info.document => Some((o.id, text)),
                _ => {
                    return Err(ApiError::invalid(
                        "from",
                        format!("revision {other} is not a revision of `{}`", info.document),
                    ));
                }
            },
            None => None,
        };
        let history = documents::history(conn, &info.document).map_err(internal)?;
        Ok(Some((info, content, other, history)))
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    let Some((info, content, other, history)) = found else {
        return Err(ConsoleError::not_found(
            &ui,
            ui.t1("hist-no-revision", "revision", id),
        ));
    };
    let key: DocumentKey = info
        .document
        .parse()
        .map_err(|e| ConsoleError::internal(&ui, e))?;
    let body = html! {
        main {
            h1 { (ui.t1("hist-revision-title", "revision", id)) " " code { (info.document) } }
            p class="muted" { (info.author) " · " (when(info.created_at)) " · "
                a href={ "/console/documents/" (info.document) } { (ui.t("hist-document")) } }
            form method="get" action={ "/console/revisions/" (id) } class="row" {
                label for="from" { (ui.t("hist-compare-with")) }
                select id="from" name="from" {
                    @for rev in history.iter().flat_map(|h| &h.revisions).filter(|r| r.id != id) {
                        option value=(rev.id) selected[other.as_ref().is_some_and(|(o, _)| *o == rev.id)] {
                            (rev.id) " · " (rev.author) " · " (when(rev.created_at))
                        }
                    }
                }
                button type="submit" { (ui.t("hist-compare")) }
            }
            h2 { @match &other { Some((o, _)) => { (ui.t1("hist-diff-from", "revision", o)) } None => { (ui.t("hist-diff-new")) } } }
            (diffview::document(&ui, &key, other.as_ref().map(|(_, t)| t.as_str()), Some(&content)))
            details {
                summary { (ui.t("hist-full-text")) }
                pre class="code" { (content) }
            }
        }
    };
    Ok(layout::page(&ui, Some(&staff), &info.document, body))
}

/// Opens a revert changeset (a whole release, or one document's revision), as
/// `POST /v1/changesets/revert` does, and shows it.
pub async fn revert(
    state: web::Data<AppState>,
    staff: Staff,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ConsoleError> {
    let form = Posted::from(form);
    staff.check(&form)?;
    staff.require(Role::Editor)?;
    let ui = staff.ui;
    let release = parse_number(&ui, form.get("release"))?;
    let revision = parse_number(&ui, form.get("revision"))?;
    let document = form.text("document");
    let me = staff.username.clone();
    let id = with_conn(&state.pool, move |conn| {
        let (writes, title) = match (release, revision) {
            (Some(release), None) => (
                changesets::writes_restoring_release(conn, release)?,
                format!("Restore release {release}"),
            ),
            (None, Some(revision)) => {
                let key: DocumentKey = document
                    .parse()
                    .map_err(|_| ApiError::invalid("document", "not a document key"))?;
                (
                    vec![changesets::write_restoring_revision(conn, &key, revision)?],
                    format!("Restore {key} to revision {revision}"),
                )
            }
            _ => {
                return Err(ApiError::invalid(
                    "body",
                    "a release, or a document and revision",
                ));
            }
        };
        Ok(changesets::create_with_writes(conn, &me, &title, "", &writes)?.id)
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    Ok(see_other(&format!("/console/changesets/{id}")))
}
