//! The structured form for a market's channels: each channel's rank and what it is used for
//! (`[[channels]]` in `market/CC`). Ranks must stay 1, 2, 3, ...; the whole content is checked
//! before the changeset is kept, so a gap or a repeat comes back to the form.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use maud::html;

use super::documents::see_other;
use super::error::ConsoleError;
use super::form::Posted;
use super::layout::{self, csrf};
use super::market::{self, Write, kebab, load, parse_market};
use super::session::Staff;
use super::structured::{self, Entry};
use crate::auth::Role;
use crate::content::{ContentError, DocumentKey};
use crate::state::AppState;

const PURPOSES: &[&str] = &["pre-sale", "after-sale", "marketing"];

/// (channel id, rank, uses)
type Row = (String, String, Vec<String>);

pub async fn form(
    state: web::Data<AppState>,
    staff: Staff,
    code: web::Path<String>,
) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let docs = load(&state, &ui, &code).await?;
    let market = parse_market(&ui, &docs)?;
    let mut rows: Vec<Row> = market
        .channels
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                c.rank.to_string(),
                c.uses.iter().map(kebab).collect(),
            )
        })
        .collect();
    rows.sort_by_key(|(_, rank, _)| rank.parse::<u32>().unwrap_or(u32::MAX));
    Ok(render(&staff, &docs.code, &rows, &[], StatusCode::OK))
}

fn render(
    staff: &Staff,
    code: &str,
    rows: &[Row],
    errors: &[ContentError],
    status: StatusCode,
) -> HttpResponse {
    let ui = &staff.ui;
    let title = ui.t1("channels-title", "code", code);
    let body = html! {
        main {
            p { a href={ "/console/markets/" (code) } { "← " (ui.t1("market-title", "code", code)) } }
            h1 { (title) }
            p class="muted" { (ui.t("channels-explain")) }
            (market::problems(ui, errors))
            form method="post" action={ "/console/markets/" (code) "/channels" } class="stack" {
                (csrf(staff))
                table {
                    thead { tr {
                        th scope="col" { (ui.t("channels-channel")) }
                        th scope="col" { (ui.t("channels-rank")) }
                        th scope="col" { (ui.t("channels-uses")) }
                    } }
                    tbody {
                        @for (id, rank, uses) in rows {
                            tr {
                                th scope="row" { code { (id) } }
                                td {
                                    label class="sr-only" for={ "rank-" (id) } { (ui.t1("channels-rank-of", "channel", id)) }
                                    input id={ "rank-" (id) } name={ "rank-" (id) } type="number" min="1" max=(rows.len()) required value=(rank) class="rank";
                                }
                                td {
                                    fieldset class="checks plain" {
                                        legend class="sr-only" { (ui.t1("channels-uses-of", "channel", id)) }
                                        @for p in PURPOSES {
                                            label class="check" {
                                                input type="checkbox" name={ "uses-" (id) } value=(p) checked[uses.iter().any(|u| u == p)];
                                                " " (ui.t(&format!("channels-use-{p}")))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                div class="row" { button type="submit" class="primary" { (ui.t("taboo-save")) } }
            }
        }
    };
    layout::page_response(ui, Some(staff), &title, body, status)
}

pub async fn save(
    state: web::Data<AppState>,
    staff: Staff,
    code: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ConsoleError> {
    let form = Posted::from(form);
    staff.check(&form)?;
    staff.require(Role::Editor)?;
    let ui = staff.ui;
    let docs = load(&state, &ui, &code).await?;
    let market = parse_market(&ui, &docs)?;
    let rows: Vec<Row> = market
        .channels
        .iter()
        .map(|c| {
            let uses = form
                .all(&format!("uses-{}", c.id))
                .into_iter()
                .filter(|u| PURPOSES.contains(u))
                .map(str::to_string)
                .collect();
            (c.id.clone(), form.text(&format!("rank-{}", c.id)), uses)
        })
        .collect();
    let mut structure = docs.structure.0.clone();
    for (id, rank, uses) in &rows {
        let Ok(rank) = rank.parse::<i64>() else {
            return Err(ConsoleError::bad_input(&ui, format!("rank-{id}: `{rank}`")));
        };
        structure = structured::write_entry(
            &structure,
            "channels",
            &Entry {
                id,
                values: vec![("rank", rank.into()), ("uses", structured::strings(uses))],
            },
        )
        .map_err(|e| ConsoleError::internal(&ui, e))?;
    }
    let writes: Vec<Write> = vec![(
        DocumentKey::Market(docs.code.clone()),
        docs.structure.0.clone(),
        structure,
        docs.structure.1,
    )];
    if writes.iter().all(|(_, before, after, _)| before == after) {
        return Err(ConsoleError::bad_input(&ui, ui.t("taboo-unchanged")));
    }
    let title = format!("{}: channel ranks", docs.code);
    match market::propose(&state, &staff, &title, writes).await? {
        Ok(changeset) => Ok(see_other(&format!("/console/changesets/{changeset}"))),
        Err(errors) => Ok(render(
            &staff,
            &docs.code,
            &rows,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
    }
}
