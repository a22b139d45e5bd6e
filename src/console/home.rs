//! The start page: what waits for me.

use actix_web::HttpResponse;
use actix_web::web;
use maud::{Markup, html};

use super::error::ConsoleError;
use super::layout::{self, state_badge, when};
use super::session::Staff;
use crate::api::blocking::{internal, with_conn};
use crate::auth::Role;
use crate::db::changesets::{self, Changeset, ListFilter, State};
use crate::db::store;
use crate::state::AppState;

pub async fn page(state: web::Data<AppState>, staff: Staff) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let me = staff.username.clone();
    let (waiting, drafts, sent_back, releases) = with_conn(&state.pool, move |conn| {
        let list = |conn: &mut _, state, author: Option<String>| {
            changesets::list(
                conn,
                &ListFilter {
                    state: Some(state),
                    author,
                    limit: 50,
                    ..ListFilter::default()
                },
            )
        };
        let waiting = list(conn, State::InReview, None)?;
        let drafts = list(conn, State::Draft, Some(me.clone()))?;
        let sent_back = list(conn, State::ChangesRequested, Some(me))?;
        let releases = store::list_releases(conn, 5, None).map_err(internal)?;
        Ok((waiting, drafts, sent_back, releases))
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    let body = html! {
        main {
            h1 { (ui.t("home-title")) }
            div class="grid" {
                @if staff.is(Role::Reviewer) {
                    section {
                        h2 { (ui.t("home-waiting")) }
                        (table(&staff, &waiting, &ui.t("home-waiting-none")))
                    }
                }
                section {
                    h2 { (ui.t("home-drafts")) }
                    (table(&staff, &drafts, &ui.t("home-drafts-none")))
                    p { a href="/console/documents" { (ui.t("home-start-editing")) } }
                }
                section {
                    h2 { (ui.t("home-sent-back")) }
                    (table(&staff, &sent_back, &ui.t("home-sent-back-none")))
                }
                section {
                    h2 { (ui.t("home-releases")) }
                    ul class="plain" {
                        @for (release, changed) in &releases {
                            li {
                                a href={ "/console/releases/" (release.id) } { "#" (release.id) }
                                " " (release.title) " "
                                span class="muted" {
                                    (when(release.created_at_utc())) " · "
                                    (ui.t1("release-documents", "count", changed))
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(layout::page(&ui, Some(&staff), &ui.t("home-title"), body))
}

/// Changesets as a table (shared with the changeset list).
pub fn table(staff: &Staff, rows: &[(Changeset, i64)], empty: &str) -> Markup {
    let ui = &staff.ui;
    html! {
        @if rows.is_empty() {
            p class="muted" { (empty) }
        } @else {
            table {
                thead { tr {
                    th scope="col" { "#" }
                    th scope="col" { (ui.t("cs-title")) }
                    th scope="col" { (ui.t("cs-author")) }
                    th scope="col" { (ui.t("cs-state")) }
                    th scope="col" { (ui.t("cs-edits")) }
                    th scope="col" { (ui.t("cs-updated")) }
                } }
                tbody {
                    @for (c, edits) in rows {
                        tr {
                            td { a href={ "/console/changesets/" (c.id) } { (c.id) } }
                            td { a href={ "/console/changesets/" (c.id) } { (c.title) } }
                            td { (c.author) }
                            td { (state_badge(ui, c.state)) }
                            td class="num" { (edits) }
                            td class="muted" { (when(c.updated_at)) }
                        }
                    }
                }
            }
        }
    }
}
