//! What the structured forms share: the published documents of one market, and proposing a
//! set of new texts as one changeset, checked as a whole before anything is kept.

use maud::html;

use super::error::ConsoleError;
use super::i18n::Ui;
use super::session::Staff;
use crate::api::blocking::{internal, with_conn};
use crate::api::problem::ApiError;
use crate::auth::Role;
use crate::content::model::MarketDef;
use crate::content::{ContentError, ContentErrors, DocumentKey};
use crate::db::changesets::{self, ChangesetError};
use crate::db::documents;
use crate::state::AppState;

/// The published documents a market's taboos live in.
pub struct MarketDocs {
    pub code: String,
    pub structure: (String, i64),
    /// (locale, text, head revision), reference locale first.
    pub texts: Vec<(String, String, i64)>,
}

fn market_code(ui: &Ui, code: &str) -> Result<String, ConsoleError> {
    let code = code.to_ascii_uppercase();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(ConsoleError::not_found(
            ui,
            ui.t1("error-no-market", "code", &code),
        ))
    }
}

pub async fn load(state: &AppState, ui: &Ui, code: &str) -> Result<MarketDocs, ConsoleError> {
    let code = market_code(ui, code)?;
    let c = code.clone();
    let docs = with_conn(&state.pool, move |conn| {
        let head_text = |conn: &mut crate::db::DbConnection, rev: i64| {
            documents::revision(conn, rev)
                .map_err(internal)
                .map(|r| r.map(|(_, t)| t).unwrap_or_default())
        };
        let Some(structure) = documents::list(conn, Some(&format!("market/{c}")))
            .map_err(internal)?
            .into_iter()
            .find(|d| d.key == format!("market/{c}"))
            .and_then(|d| d.head)
        else {
            return Ok(None);
        };
        let suffix = format!("/market/{c}");
        let mut texts = Vec::new();
        for doc in documents::list(conn, Some("text/")).map_err(internal)? {
            let (Some(head), Some(locale)) = (
                doc.head,
                doc.key
                    .strip_prefix("text/")
                    .and_then(|rest| rest.strip_suffix(&suffix)),
            ) else {
                continue;
            };
            texts.push((locale.to_string(), head_text(conn, head)?, head));
        }
        // The reference locale first, then alphabetical.
        texts.sort_by_key(|(l, _, _)| (l != "en-US", l.clone()));
        Ok(Some(MarketDocs {
            code: c.clone(),
            structure: (head_text(conn, structure)?, structure),
            texts,
        }))
    })
    .await
    .map_err(|e| ConsoleError::from_api(ui, e))?;
    docs.ok_or_else(|| ConsoleError::not_found(ui, ui.t1("error-no-market", "code", &code)))
}

pub fn parse_market(ui: &Ui, docs: &MarketDocs) -> Result<MarketDef, ConsoleError> {
    toml::from_str(&docs.structure.0).map_err(|e| ConsoleError::internal(ui, e))
}

pub fn kebab(v: impl serde::Serialize) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// (document, text before, text after, the revision it is based on)
pub type Write = (DocumentKey, String, String, i64);

/// Opens a changeset with an edit for every write that changes something, through the same
/// functions an API client calls (`changesets::create`, `changesets::put_edit`), then checks
/// the whole content with the edits applied (`changesets::assess`: the rules submit and
/// approval enforce). Any problem rolls everything back and comes back to the form instead.
pub async fn propose(
    state: &AppState,
    staff: &Staff,
    title: &str,
    writes: Vec<Write>,
) -> Result<Result<i64, Vec<ContentError>>, ConsoleError> {
    let ui = staff.ui;
    let me = staff.username.clone();
    let admin = staff.is(Role::Admin);
    let title = title.to_string();
    let outcome = with_conn(&state.pool, move |conn| {
        use diesel::Connection;
        let result = conn.transaction(|conn| {
            let actor = changesets::Actor { name: &me, admin };
            let changeset = changesets::create(conn, &me, &title, "")?;
            for (key, before, after, base) in &writes {
                if before != after {
                    changesets::put_edit(
                        conn,
                        changeset.id,
                        None,
                        actor,
                        key,
                        Some(after),
                        Some(*base),
                    )?;
                }
            }
            let assessment = changesets::assess(conn, changeset.id)?;
            if !assessment.errors.is_empty() {
                return Err(ChangesetError::Invalid(ContentErrors(assessment.errors)));
            }
            Ok(changeset.id)
        });
        Ok::<_, ApiError>(result)
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    match outcome {
        Ok(id) => Ok(Ok(id)),
        Err(ChangesetError::Invalid(ContentErrors(errors))) => Ok(Err(errors)),
        Err(e) => Err(ConsoleError::from_changeset(&ui, e)),
    }
}

/// Problems at file:line:column above a form.
pub fn problems(ui: &Ui, errors: &[ContentError]) -> maud::Markup {
    html! {
        @if !errors.is_empty() {
            div class="notice error" role="alert" {
                p { strong { (ui.t("edit-invalid")) } }
                ul { @for e in errors { li { code { (e.document) @if let (Some(l), Some(c)) = (e.line, e.column) { ":" (l) ":" (c) } } " " (e.message) } } }
            }
        }
    }
}
