//! A Fluent document beside its reference (en-US): every message of the reference, the
//! translation next to it, missing ones highlighted, placeables (`{ $buyer_name }`) marked.

use actix_web::{HttpResponse, web};
use maud::{Markup, html};

use super::error::ConsoleError;
use super::layout;
use super::session::Staff;
use super::structured::read_message;
use crate::api::blocking::{internal, with_conn};
use crate::content::DocumentKey;
use crate::db::documents;
use crate::state::AppState;

const REFERENCE: &str = "en-US";

#[derive(serde::Deserialize)]
pub struct Query {
    document: Option<String>,
}

/// The same document in another locale (`text/zh-CN/market/JP` → `text/en-US/market/JP`).
fn in_locale(key: &DocumentKey, locale: &str) -> Option<DocumentKey> {
    let path = key.path();
    let (_, rest) = path.split_once('/')?;
    DocumentKey::from_path(&format!("{locale}/{rest}"))
}

pub async fn page(
    state: web::Data<AppState>,
    staff: Staff,
    query: web::Query<Query>,
) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let wanted = query
        .document
        .clone()
        .unwrap_or_else(|| "text/zh-CN/market/JP".to_string());
    let key: DocumentKey = wanted
        .parse()
        .ok()
        .filter(DocumentKey::is_fluent)
        .ok_or_else(|| ConsoleError::bad_input(&ui, ui.t1("error-no-document", "key", &wanted)))?;
    let reference = in_locale(&key, REFERENCE)
        .ok_or_else(|| ConsoleError::bad_input(&ui, ui.t1("error-no-document", "key", &wanted)))?;
    let (k, r) = (key.to_string(), reference.to_string());
    let (target, source, siblings) = with_conn(&state.pool, move |conn| {
        let text = |conn: &mut crate::db::DbConnection,
                    key: &str|
         -> Result<Option<String>, crate::api::problem::ApiError> {
            let head = documents::history(conn, key)
                .map_err(internal)?
                .and_then(|h| h.document.head);
            Ok(match head {
                Some(rev) => documents::revision(conn, rev)
                    .map_err(internal)?
                    .map(|(_, c)| c),
                None => None,
            })
        };
        let target = text(conn, &k)?;
        let source = text(conn, &r)?;
        // Every locale that has this document, for the locale switch.
        let rest = r
            .trim_start_matches("text/en-US/")
            .trim_start_matches("phrases/en-US/")
            .to_string();
        let siblings: Vec<String> = documents::list(conn, None)
            .map_err(internal)?
            .into_iter()
            .filter(|d| d.head.is_some() && d.key.ends_with(&format!("/{rest}")) && d.key != r)
            .map(|d| d.key)
            .collect();
        Ok((target, source, siblings))
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    let source = source.unwrap_or_default();
    let target_text = target.clone().unwrap_or_default();
    let ids = message_ids(&source);
    let missing = ids
        .iter()
        .filter(|id| read_message(&target_text, id).is_none())
        .count();
    let locale = key.locale().map(|l| l.to_string()).unwrap_or_default();
    let body = html! {
        main {
            h1 { (ui.t("tr-title")) " " code { (key.to_string()) } }
            form method="get" action="/console/translate" class="row" {
                label for="document" { (ui.t("tr-document")) }
                input id="document" name="document" type="text" value=(key.to_string()) size="32";
                button type="submit" { (ui.t("tr-open")) }
            }
            p class="chips" {
                @for s in &siblings {
                    a class="chip" href={ "/console/translate?document=" (s) } aria-current=[(s == &key.to_string()).then_some("page")] { (s) }
                }
            }
            p {
                (ui.t1("tr-summary", "missing", missing)) " "
                a href={ "/console/documents/" (key.to_string()) } { (ui.t("tr-edit")) }
            }
            table class="translate" {
                thead { tr {
                    th scope="col" { (ui.t("diff-message")) }
                    th scope="col" lang=(REFERENCE) { (REFERENCE) " " span class="muted" { (ui.t("tr-reference")) } }
                    th scope="col" lang=(locale) { (locale) }
                } }
                tbody {
                    @for id in &ids {
                        @let theirs = read_message(&target_text, id);
                        tr class=[theirs.is_none().then_some("missing")] {
                            th scope="row" { code { (id) } }
                            td lang=(REFERENCE) { (message(read_message(&source, id))) }
                            td lang=(locale) {
                                @match theirs {
                                    Some(m) => { (message(Some(m))) }
                                    None => { span class="badge missing" { (ui.t("tr-missing")) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(layout::page(&ui, Some(&staff), &ui.t("tr-title"), body))
}

/// The message ids of a Fluent text, in order (terms, which translators rarely touch, left out).
fn message_ids(ftl: &str) -> Vec<String> {
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn message(m: Option<(String, Vec<(String, String)>)>) -> Markup {
    let Some((value, attrs)) = m else {
        return html! {};
    };
    html! {
        div class="pattern" { (placeables(&value)) }
        @for (name, text) in &attrs {
            div class="attr" { code { "." (name) } " " (placeables(text)) }
        }
    }
}

/// Text with every `{ … }` shown as a placeable.
fn placeables(text: &str) -> Markup {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let (before, after) = rest.split_at(start);
        let end = matching_brace(after).unwrap_or(after.len());
        parts.push((false, before.to_string()));
        parts.push((true, after[..end].to_string()));
        rest = &after[end..];
    }
    parts.push((false, rest.to_string()));
    html! {
        @for (is_placeable, part) in parts {
            @if is_placeable { code class="placeable" { (part) } } @else { (part) }
        }
    }
}

/// Byte length of the `{ … }` at the start of `s`, nested braces included.
fn matching_brace(s: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}
