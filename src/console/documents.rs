//! Browsing documents and editing any of them as text. The text is checked with the same
//! function an API edit goes through (`check_document`, then `changesets::put_edit`), and
//! problems come back beside the text at line:column.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use maud::{Markup, html};

use super::error::ConsoleError;
use super::form::Posted;
use super::layout::{self, csrf, when};
use super::session::Staff;
use crate::api::blocking::{internal, with_conn};
use crate::auth::Role;
use crate::content::catalog::check_document;
use crate::content::{ContentError, DocumentKey};
use crate::db::changesets::{self, ChangesetError};
use crate::db::documents;
use crate::state::AppState;

#[derive(serde::Deserialize)]
pub struct BrowseQuery {
    prefix: Option<String>,
    /// Only one locale's documents (text and phrase sets).
    locale: Option<String>,
}

/// Groups for the browse page, by key prefix: (prefix, message id of the heading).
const GROUPS: &[(&str, &str)] = &[
    ("market/", "docs-group-markets"),
    ("text/", "docs-group-text"),
    ("phrases/", "docs-group-phrases"),
    ("", "docs-group-other"),
];

pub async fn browse(
    state: web::Data<AppState>,
    staff: Staff,
    query: web::Query<BrowseQuery>,
) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let prefix = query.prefix.clone().filter(|p| !p.trim().is_empty());
    let filter = prefix.clone();
    let list = with_conn(&state.pool, move |conn| {
        documents::list(conn, filter.as_deref()).map_err(internal)
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    let locales: std::collections::BTreeSet<String> = list
        .iter()
        .filter_map(|d| {
            d.key
                .parse::<DocumentKey>()
                .ok()?
                .locale()
                .map(|l| l.to_string())
        })
        .collect();
    let locale = query.locale.clone().filter(|l| locales.contains(l));
    let list: Vec<_> = match &locale {
        Some(l) => list
            .into_iter()
            .filter(|d| d.key.contains(&format!("/{l}/")) || d.key.ends_with(&format!("/{l}")))
            .collect(),
        None => list,
    };
    let markets: Vec<String> = list
        .iter()
        .filter_map(|d| d.key.strip_prefix("market/").map(str::to_string))
        .collect();
    let body = html! {
        main {
            h1 { (ui.t("docs-title")) }
            form method="get" action="/console/documents" class="row" {
                label for="prefix" { (ui.t("docs-filter")) }
                input id="prefix" name="prefix" type="text" value=(prefix.clone().unwrap_or_default())
                    placeholder="text/zh-CN/market/JP";
                button type="submit" { (ui.t("docs-filter-apply")) }
            }
            p class="chips" aria-label=(ui.t("docs-by-locale")) {
                a class="chip" href="/console/documents" aria-current=[locale.is_none().then_some("page")] { (ui.t("cs-all")) }
                @for l in &locales {
                    a class="chip" lang=(l) href={ "/console/documents?locale=" (l) } aria-current=[(locale.as_ref() == Some(l)).then_some("page")] { (l) }
                }
            }
            @if !markets.is_empty() {
                section {
                    h2 { (ui.t("docs-structured")) }
                    p class="muted" { (ui.t("docs-structured-intro")) }
                    p class="chips" {
                        @for code in &markets {
                            a class="chip" href={ "/console/markets/" (code) } { (code) }
                        }
                    }
                }
            }
            @for (group, heading) in GROUPS {
                @let docs: Vec<_> = list.iter().filter(|d| {
                    if group.is_empty() {
                        !GROUPS[..GROUPS.len() - 1].iter().any(|(g, _)| d.key.starts_with(g))
                    } else {
                        d.key.starts_with(group)
                    }
                }).collect();
                @if !docs.is_empty() {
                    section {
                        h2 { (ui.t(heading)) " " span class="muted" { "(" (docs.len()) ")" } }
                        ul class="columns" {
                            @for d in docs {
                                li {
                                    a href={ "/console/documents/" (d.key) } { (d.key) }
                                    @if d.head.is_none() { " " span class="badge" { (ui.t("docs-removed")) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(layout::page(&ui, Some(&staff), &ui.t("docs-title"), body))
}

#[derive(serde::Deserialize)]
pub struct EditorQuery {
    changeset: Option<i64>,
}

/// What the editor shows: the text, what it is based on, and where it goes.
struct Draft {
    key: DocumentKey,
    content: String,
    base: Option<i64>,
    /// An open changeset to put the edit into (with its ETag), else a new one.
    changeset: Option<(i64, String, String)>,
    /// My editable changesets, to continue one of them instead: (number, title).
    drafts: Vec<(i64, String)>,
    title: String,
    errors: Vec<ContentError>,
    history: Option<documents::History>,
}

pub async fn editor(
    state: web::Data<AppState>,
    staff: Staff,
    key: web::Path<String>,
    query: web::Query<EditorQuery>,
) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let key_text = key.into_inner();
    let key: DocumentKey = key_text
        .parse()
        .map_err(|_| ConsoleError::not_found(&ui, ui.t1("error-no-document", "key", &key_text)))?;
    let changeset = query.changeset;
    let k = key.clone();
    let me = staff.username.clone();
    let draft = with_conn(&state.pool, move |conn| {
        let history = documents::history(conn, &k.to_string()).map_err(internal)?;
        let head = history.as_ref().and_then(|h| h.document.head);
        let mut content = match head {
            Some(rev) => documents::revision(conn, rev)
                .map_err(internal)?
                .map(|(_, c)| c)
                .unwrap_or_default(),
            None => String::new(),
        };
        let mut base = head;
        let mut target = None;
        if let Some(id) = changeset {
            let cs = changesets::get(conn, id)?;
            // Continue the changeset's own edit of this document, if it has one.
            if let Some(edit) = changesets::edits(conn, id)?
                .into_iter()
                .find(|e| e.document == k.to_string())
            {
                content = edit.content.unwrap_or_default();
                base = edit.base_revision;
            }
            target = Some((cs.id, cs.etag(), cs.title));
        }
        let drafts = changesets::list(
            conn,
            &changesets::ListFilter {
                open: true,
                author: Some(me),
                limit: 20,
                ..changesets::ListFilter::default()
            },
        )?
        .into_iter()
        .filter(|(c, _)| {
            matches!(
                c.state,
                changesets::State::Draft | changesets::State::ChangesRequested
            )
        })
        .map(|(c, _)| (c.id, c.title))
        .collect();
        Ok(Draft {
            key: k,
            content,
            base,
            drafts,
            changeset: target,
            title: String::new(),
            errors: Vec::new(),
            history,
        })
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    Ok(render(&staff, draft, StatusCode::OK))
}

fn render(staff: &Staff, draft: Draft, status: StatusCode) -> HttpResponse {
    let ui = &staff.ui;
    let key = draft.key.to_string();
    let lines = draft.content.lines().count().clamp(12, 40);
    let body = html! {
        main {
            h1 { (ui.t("edit-title")) " " code { (key) } }
            p class="muted" {
                (ui.t1("edit-path", "path", draft.key.path())) " · "
                @match draft.base {
                    Some(rev) => { (ui.t1("edit-based-on", "revision", rev)) }
                    None => { (ui.t("edit-new-document")) }
                }
                @if let Some(market) = key.strip_prefix("market/") {
                    " · " a href={ "/console/markets/" (market) } { (ui.t("edit-structured-link")) }
                }
                @if draft.key.is_fluent() {
                    " · " a href={ "/console/translate?document=" (key) } { (ui.t("nav-translate")) }
                }
            }
            @if !draft.errors.is_empty() {
                div class="notice error" role="alert" {
                    p { strong { (ui.t("edit-invalid")) } }
                    ul {
                        @for e in &draft.errors {
                            li {
                                code { (e.document)
                                    @if let (Some(l), Some(c)) = (e.line, e.column) { ":" (l) ":" (c) }
                                }
                                " " (e.message)
                            }
                        }
                    }
                }
            }
            @if staff.is(Role::Editor) {
                form method="post" action="/console/edit" class="stack" {
                    (csrf(staff))
                    input type="hidden" name="document" value=(key);
                    @if let Some(base) = draft.base {
                        input type="hidden" name="base_revision" value=(base);
                    }
                    @match &draft.changeset {
                        Some((id, etag, title)) => {
                            input type="hidden" name="changeset" value=(id);
                            input type="hidden" name="etag" value=(etag);
                            p { (ui.t("edit-into")) " " a href={ "/console/changesets/" (id) } { "#" (id) " " (title) } }
                        }
                        None => {
                            @if !draft.drafts.is_empty() {
                                p class="small" {
                                    (ui.t("edit-continue")) " "
                                    @for (id, title) in &draft.drafts {
                                        a href={ "/console/documents/" (key) "?changeset=" (id) } { "#" (id) " " (title) } " "
                                    }
                                }
                            }
                            label for="title" { (ui.t("edit-changeset-title")) }
                            input id="title" name="title" type="text" required maxlength="200"
                                value=(if draft.title.is_empty() { ui.t1("edit-default-title", "key", &key) } else { draft.title.clone() });
                        }
                    }
                    label for="content" { (ui.t("edit-content")) }
                    textarea id="content" name="content" rows=(lines) spellcheck="false" class="code" { (draft.content) }
                    div class="row" {
                        button type="submit" class="primary" { (ui.t("edit-save")) }
                    }
                }
            } @else {
                pre class="code" { (draft.content) }
            }
            @if let Some(history) = &draft.history {
                (revisions(staff, history))
            }
        }
    };
    layout::page_response(ui, Some(staff), &key, body, status)
}

/// A document's revisions, newest first, with a diff to the parent and a restore action.
fn revisions(staff: &Staff, history: &documents::History) -> Markup {
    let ui = &staff.ui;
    let key = &history.document.key;
    html! {
        section {
            h2 { (ui.t("hist-revisions")) }
            table {
                thead { tr {
                    th scope="col" { (ui.t("hist-revision")) }
                    th scope="col" { (ui.t("hist-author")) }
                    th scope="col" { (ui.t("hist-when")) }
                    th scope="col" { (ui.t("hist-release")) }
                    th scope="col" { span class="sr-only" { (ui.t("hist-actions")) } }
                } }
                tbody {
                    @for rev in &history.revisions {
                        @let releases: Vec<i64> = history.timeline.iter().filter(|t| t.revision == Some(rev.id)).map(|t| t.release).collect();
                        tr {
                            td {
                                a href={ "/console/revisions/" (rev.id) } { (rev.id) }
                                @if history.document.head == Some(rev.id) { " " span class="badge state-published" { (ui.t("hist-current")) } }
                            }
                            td { (rev.author) }
                            td class="muted" { (when(rev.created_at)) }
                            td { @for r in &releases { a href={ "/console/releases/" (r) } { "#" (r) } " " } }
                            td {
                                @if history.document.head != Some(rev.id) && staff.is(Role::Editor) {
                                    form method="post" action="/console/revert" class="inline" {
                                        (csrf(staff))
                                        input type="hidden" name="document" value=(key);
                                        input type="hidden" name="revision" value=(rev.id);
                                        button type="submit" { (ui.t("hist-restore")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub async fn save(
    state: web::Data<AppState>,
    staff: Staff,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ConsoleError> {
    let form = Posted::from(form);
    staff.check(&form)?;
    staff.require(Role::Editor)?;
    let ui = staff.ui;
    let key_text = form.text("document");
    let key: DocumentKey = key_text
        .parse()
        .map_err(|_| ConsoleError::bad_input(&ui, ui.t1("error-no-document", "key", &key_text)))?;
    // Browsers send textarea lines as CRLF; the content is stored with LF like the seed.
    let content = form.get("content").unwrap_or("").replace("\r\n", "\n");
    let base = parse_number(&ui, form.get("base_revision"))?;
    let changeset = parse_number(&ui, form.get("changeset"))?;
    let etag = form.get("etag").map(str::to_string);
    let title = form.text("title");
    let draft = |errors| Draft {
        key: key.clone(),
        content: content.clone(),
        base,
        changeset: changeset.map(|id| (id, etag.clone().unwrap_or_default(), String::new())),
        drafts: Vec::new(),
        title: title.clone(),
        errors,
        history: None,
    };
    // The check an API edit gets, before anything is written (no empty changeset is left
    // behind by a text that does not parse).
    let errors = check_document(&key, &content);
    if !errors.is_empty() {
        return Ok(render(
            &staff,
            draft(errors),
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let (k, c, t, e) = (key.clone(), content.clone(), title.clone(), etag.clone());
    let me = staff.username.clone();
    let admin = staff.is(Role::Admin);
    let saved = with_conn(&state.pool, move |conn| {
        let actor = changesets::Actor { name: &me, admin };
        let id = match changeset {
            Some(id) => id,
            None => changesets::create(conn, &me, &t, "")?.id,
        };
        let result = changesets::put_edit(conn, id, e.as_deref(), actor, &k, Some(&c), base);
        Ok(result.map(|_| id))
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    match saved {
        Ok(id) => Ok(see_other(&format!("/console/changesets/{id}"))),
        Err(ChangesetError::Invalid(errors)) => Ok(render(
            &staff,
            draft(errors.0),
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
        Err(other) => Err(ConsoleError::from_changeset(&ui, other)),
    }
}

pub fn parse_number(
    ui: &super::i18n::Ui,
    value: Option<&str>,
) -> Result<Option<i64>, ConsoleError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => v
            .parse()
            .map(Some)
            .map_err(|_| ConsoleError::bad_input(ui, format!("`{v}` is not a number"))),
    }
}

pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", location.to_string()))
        .finish()
}
