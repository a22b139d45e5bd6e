//! The structured form for an etiquette rule: its topic in the market's structure
//! (`[[etiquette]]` in `market/CC`) and its title and advice, message `etiquette-<id>` with
//! `.title`, in the market's text in every locale, all in one changeset. Machine-checkable
//! parts (a rule's emoji policy) are kept as they are; the text editor changes those.

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
use crate::content::{ContentError, DocumentKey};
use crate::state::AppState;

pub const TOPICS: &[&str] = &[
    "salutation",
    "formality",
    "reply-time",
    "emoji",
    "negotiation",
    "gifts",
    "communication-style",
    "language",
    "payment",
    "privacy",
    "religion",
    "timing",
];

struct Values {
    id: String,
    topic: String,
    /// (locale, title, advice)
    texts: Vec<(String, String, String)>,
}

fn current(docs: &MarketDocs, topic: Option<String>, id: &str) -> Values {
    let message = format!("etiquette-{id}");
    Values {
        id: id.to_string(),
        topic: topic.unwrap_or_else(|| "communication-style".into()),
        texts: docs
            .texts
            .iter()
            .map(|(locale, text, _)| {
                let (value, attrs) = structured::read_message(text, &message).unwrap_or_default();
                let title = attrs
                    .into_iter()
                    .find(|(n, _)| n == "title")
                    .map(|(_, t)| t)
                    .unwrap_or_default();
                (locale.clone(), title, value)
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
    let rule = market.etiquette.iter().find(|r| r.id == id);
    if !is_new && rule.is_none() {
        return Err(ConsoleError::not_found(
            &ui,
            ui.t1("error-no-rule", "id", &id),
        ));
    }
    let values = current(
        &docs,
        rule.map(|r| kebab(r.topic)),
        if is_new { "" } else { &id },
    );
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
        ui.t1("rule-new-title", "code", code)
    } else {
        ui.t1("rule-edit-title", "id", &v.id)
    };
    let action = format!(
        "/console/markets/{code}/etiquette/{}",
        if is_new { "new" } else { &v.id }
    );
    let body = html! {
        main {
            p { a href={ "/console/markets/" (code) } { "← " (ui.t1("market-title", "code", code)) } }
            h1 { (title) }
            p class="muted" { (ui.t("taboo-explain")) }
            (market::problems(ui, errors))
            form method="post" action=(action) class="stack rule" {
                (csrf(staff))
                @if is_new {
                    label for="rule-id" { (ui.t("taboo-id")) }
                    input id="rule-id" name="id" type="text" required pattern="[a-z0-9][a-z0-9-]{1,62}" value=(v.id) aria-describedby="rule-id-help";
                    p id="rule-id-help" class="small muted" { (ui.t("taboo-id-help")) }
                }
                label for="topic" { (ui.t("rule-topic")) }
                select id="topic" name="topic" {
                    @for t in TOPICS {
                        option value=(t) selected[*t == v.topic] { (ui.t(&format!("rule-topic-{t}"))) }
                    }
                }
                @for (locale, heading, advice) in &v.texts {
                    fieldset lang=(locale) {
                        legend { (ui.t1("taboo-text-in", "locale", locale)) }
                        label for={ "title-" (locale) } { (ui.t("rule-title")) }
                        input id={ "title-" (locale) } name={ "title-" (locale) } type="text" required value=(heading);
                        label for={ "text-" (locale) } { (ui.t("taboo-text")) }
                        textarea id={ "text-" (locale) } name={ "text-" (locale) } rows="3" required { (advice) }
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
    let exists = market.etiquette.iter().any(|r| r.id == id);
    if !super::taboo::valid_id(&id) || is_new == exists {
        return Err(ConsoleError::bad_input(
            &ui,
            ui.t1("taboo-id-taken", "id", &id),
        ));
    }
    let topic = form.text("topic");
    if !TOPICS.contains(&topic.as_str()) {
        return Err(ConsoleError::bad_input(&ui, format!("topic: `{topic}`")));
    }
    let values = Values {
        id: id.clone(),
        topic: topic.clone(),
        texts: docs
            .texts
            .iter()
            .map(|(locale, _, _)| {
                (
                    locale.clone(),
                    form.text(&format!("title-{locale}")),
                    form.text(&format!("text-{locale}")),
                )
            })
            .collect(),
    };
    let entry = Entry {
        id: &id,
        values: vec![("topic", topic.as_str().into())],
    };
    let structure = structured::write_entry(&docs.structure.0, "etiquette", &entry)
        .map_err(|e| ConsoleError::internal(&ui, e))?;
    let mut writes: Vec<Write> = vec![(
        DocumentKey::Market(docs.code.clone()),
        docs.structure.0.clone(),
        structure,
        docs.structure.1,
    )];
    let message = format!("etiquette-{id}");
    for ((locale, before, head), (_, heading, advice)) in docs.texts.iter().zip(&values.texts) {
        let after = structured::write_message(
            before,
            &message,
            advice,
            &[("title", heading.as_str())],
            "etiquette-",
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
    if values
        .texts
        .iter()
        .any(|(_, t, a)| t.is_empty() || a.is_empty())
    {
        errors.push(ContentError::new(
            docs.code.clone(),
            ui.t("rule-text-required"),
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
    let title = format!("{}: etiquette {id}", docs.code);
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
