//! The structured form for a holiday: what the promotion calendar needs in the market's
//! structure (kind, whether offices close, lead time, length; for a new holiday a fixed date)
//! and its name and note, message `holiday-<id>` with `.note`, in every locale, in one
//! changeset. Other date rules (lunar, Easter, n-th weekday, schedules) are written in the text
//! editor: see `locales/README.md`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use maud::html;

use super::documents::see_other;
use super::error::ConsoleError;
use super::form::Posted;
use super::layout::{self, csrf};
use super::market::{self, MarketDocs, Write, kebab, load, parse_market};
use super::session::Staff;
use super::structured::{self, Entry};
use crate::auth::Role;
use crate::content::catalog::check_document;
use crate::content::model::HolidayDef;
use crate::content::{ContentError, DocumentKey};
use crate::state::AppState;

const KINDS: &[&str] = &["public", "commercial", "observance"];

struct Values {
    id: String,
    kind: String,
    closes_business: bool,
    lead_days: String,
    duration_days: String,
    /// For a new holiday: a fixed date.
    month: String,
    day: String,
    source: String,
    /// (locale, name, note)
    texts: Vec<(String, String, String)>,
}

fn current(docs: &MarketDocs, holiday: Option<&HolidayDef>, id: &str) -> Values {
    let message = format!("holiday-{id}");
    Values {
        id: id.to_string(),
        kind: holiday.map_or("commercial".into(), |h| kebab(h.kind)),
        closes_business: holiday.is_some_and(|h| h.closes_business),
        lead_days: holiday.map_or("14".into(), |h| h.promotion_lead_days.to_string()),
        duration_days: holiday.map_or("1".into(), |h| h.duration_days.to_string()),
        month: String::new(),
        day: String::new(),
        source: String::new(),
        texts: docs
            .texts
            .iter()
            .map(|(locale, text, _)| {
                let (value, attrs) = structured::read_message(text, &message).unwrap_or_default();
                let note = attrs
                    .into_iter()
                    .find(|(n, _)| n == "note")
                    .map(|(_, t)| t)
                    .unwrap_or_default();
                (locale.clone(), value, note)
            })
            .collect(),
    }
}

pub async fn form(
    state: web::Data<AppState>,
    staff: Staff,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let (code, id) = path.into_inner();
    let docs = load(&state, &ui, &code).await?;
    let market = parse_market(&ui, &docs)?;
    let is_new = id == "new";
    let holiday = market.holidays.iter().find(|h| h.id == id);
    if !is_new && holiday.is_none() {
        return Err(ConsoleError::not_found(
            &ui,
            ui.t1("error-no-holiday", "id", &id),
        ));
    }
    let values = current(&docs, holiday, if is_new { "" } else { &id });
    Ok(render(
        &staff,
        &docs.code,
        is_new,
        &values,
        &[],
        StatusCode::OK,
    ))
}

fn render(
    staff: &Staff,
    code: &str,
    is_new: bool,
    v: &Values,
    errors: &[ContentError],
    status: StatusCode,
) -> HttpResponse {
    let ui = &staff.ui;
    let title = if is_new {
        ui.t1("holiday-new-title", "code", code)
    } else {
        ui.t1("holiday-edit-title", "id", &v.id)
    };
    let action = format!(
        "/console/markets/{code}/holidays/{}",
        if is_new { "new" } else { &v.id }
    );
    let body = html! {
        main {
            p { a href={ "/console/markets/" (code) } { "← " (ui.t1("market-title", "code", code)) } }
            h1 { (title) }
            p class="muted" { (ui.t("taboo-explain")) " " (ui.t("holiday-rules-elsewhere")) }
            (market::problems(ui, errors))
            form method="post" action=(action) class="stack holiday" {
                (csrf(staff))
                @if is_new {
                    label for="holiday-id" { (ui.t("taboo-id")) }
                    input id="holiday-id" name="id" type="text" required pattern="[a-z0-9][a-z0-9-]{1,62}" value=(v.id) aria-describedby="holiday-id-help";
                    p id="holiday-id-help" class="small muted" { (ui.t("taboo-id-help")) }
                    div class="cols" {
                        div class="stack" {
                            label for="month" { (ui.t("holiday-month")) }
                            input id="month" name="month" type="number" min="1" max="12" required value=(v.month);
                        }
                        div class="stack" {
                            label for="day" { (ui.t("holiday-day")) }
                            input id="day" name="day" type="number" min="1" max="31" required value=(v.day);
                        }
                    }
                    label for="source" { (ui.t("holiday-source")) }
                    input id="source" name="source" type="text" value=(v.source) placeholder="https://";
                }
                div class="cols" {
                    div class="stack" {
                        label for="kind" { (ui.t("holiday-kind")) }
                        select id="kind" name="kind" {
                            @for k in KINDS { option value=(k) selected[*k == v.kind] { (ui.t(&format!("holiday-kind-{k}"))) } }
                        }
                    }
                    div class="stack" {
                        label for="lead" { (ui.t("holiday-lead")) }
                        input id="lead" name="promotion_lead_days" type="number" min="0" max="365" required value=(v.lead_days);
                    }
                }
                label for="duration" { (ui.t("holiday-duration")) }
                input id="duration" name="duration_days" type="number" min="1" max="60" required value=(v.duration_days);
                label class="check" {
                    input type="checkbox" name="closes_business" value="true" checked[v.closes_business];
                    " " (ui.t("holiday-closes"))
                }
                @for (locale, name, note) in &v.texts {
                    fieldset lang=(locale) {
                        legend { (ui.t1("taboo-text-in", "locale", locale)) }
                        label for={ "name-" (locale) } { (ui.t("holiday-name")) }
                        input id={ "name-" (locale) } name={ "name-" (locale) } type="text" required value=(name);
                        label for={ "note-" (locale) } { (ui.t("holiday-note")) }
                        textarea id={ "note-" (locale) } name={ "note-" (locale) } rows="2" { (note) }
                    }
                }
                div class="row" { button type="submit" class="primary" { (ui.t("taboo-save")) } }
            }
        }
    };
    layout::page_response(ui, Some(staff), &title, body, status)
}

fn number(ui: &super::i18n::Ui, name: &str, text: &str) -> Result<i64, ConsoleError> {
    text.parse()
        .map_err(|_| ConsoleError::bad_input(ui, format!("{name}: `{text}`")))
}

pub async fn save(
    state: web::Data<AppState>,
    staff: Staff,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ConsoleError> {
    let form = Posted::from(form);
    staff.check(&form)?;
    staff.require(Role::Editor)?;
    let ui = staff.ui;
    let (code, id) = path.into_inner();
    let docs = load(&state, &ui, &code).await?;
    let market = parse_market(&ui, &docs)?;
    let is_new = id == "new";
    let id = if is_new { form.text("id") } else { id };
    let exists = market.holidays.iter().any(|h| h.id == id);
    if !super::taboo::valid_id(&id) || is_new == exists {
        return Err(ConsoleError::bad_input(
            &ui,
            ui.t1("taboo-id-taken", "id", &id),
        ));
    }
    let kind = form.text("kind");
    if !KINDS.contains(&kind.as_str()) {
        return Err(ConsoleError::bad_input(&ui, format!("kind: `{kind}`")));
    }
    let values = Values {
        id: id.clone(),
        kind: kind.clone(),
        closes_business: form.get("closes_business") == Some("true"),
        lead_days: form.text("promotion_lead_days"),
        duration_days: form.text("duration_days"),
        month: form.text("month"),
        day: form.text("day"),
        source: form.text("source"),
        texts: docs
            .texts
            .iter()
            .map(|(locale, _, _)| {
                (
                    locale.clone(),
                    form.text(&format!("name-{locale}")),
                    form.text(&format!("note-{locale}")),
                )
            })
            .collect(),
    };
    let mut fields: Vec<(&str, toml_edit::Value)> = vec![
        ("kind", kind.as_str().into()),
        ("closes_business", values.closes_business.into()),
        (
            "promotion_lead_days",
            number(&ui, "promotion_lead_days", &values.lead_days)?.into(),
        ),
    ];
    let duration = number(&ui, "duration_days", &values.duration_days)?;
    // Only written when it is not the default, as the seed files do.
    if duration != 1
        || market
            .holidays
            .iter()
            .any(|h| h.id == id && h.duration_days != 1)
    {
        fields.push(("duration_days", duration.into()));
    }
    if is_new {
        let mut rule = toml_edit::InlineTable::new();
        rule.insert("type", "fixed".into());
        rule.insert("month", number(&ui, "month", &values.month)?.into());
        rule.insert("day", number(&ui, "day", &values.day)?.into());
        fields.push(("rule", toml_edit::Value::InlineTable(rule)));
        if !values.source.is_empty() {
            fields.push(("source", values.source.as_str().into()));
        }
    }
    let structure = structured::write_entry(
        &docs.structure.0,
        "holidays",
        &Entry {
            id: &id,
            values: fields,
        },
    )
    .map_err(|e| ConsoleError::internal(&ui, e))?;
    let mut writes: Vec<Write> = vec![(
        DocumentKey::Market(docs.code.clone()),
        docs.structure.0.clone(),
        structure,
        docs.structure.1,
    )];
    let message = format!("holiday-{id}");
    for ((locale, before, head), (_, name, note)) in docs.texts.iter().zip(&values.texts) {
        let after = structured::write_message(
            before,
            &message,
            name,
            &[("note", note.as_str())],
            "holiday-",
        );
        let key = DocumentKey::MarketText(
            locale.parse().map_err(|e| ConsoleError::internal(&ui, e))?,
            docs.code.clone(),
        );
        writes.push((key, before.clone(), after, *head));
    }
    let mut errors: Vec<ContentError> = writes
        .iter()
        .flat_map(|(key, _, after, _)| check_document(key, after))
        .collect();
    if values.texts.iter().any(|(_, name, _)| name.is_empty()) {
        errors.push(ContentError::new(
            docs.code.clone(),
            ui.t("holiday-name-required"),
        ));
    }
    if !errors.is_empty() {
        return Ok(render(
            &staff,
            &docs.code,
            is_new,
            &values,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    if writes.iter().all(|(_, before, after, _)| before == after) {
        return Err(ConsoleError::bad_input(&ui, ui.t("taboo-unchanged")));
    }
    let title = format!("{}: holiday {id}", docs.code);
    match market::propose(&state, &staff, &title, writes).await? {
        Ok(changeset) => Ok(see_other(&format!("/console/changesets/{changeset}"))),
        Err(errors) => Ok(render(
            &staff,
            &docs.code,
            is_new,
            &values,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )),
    }
}
