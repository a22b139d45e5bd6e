//! A market's page and the structured form for its taboos. A taboo lives in three places:
//! the market's structure (`market/CC`: category, subject, severity, where it applies) and a
//! message `taboo-<id>` (with `.rationale`) in the market's text in every locale
//! (`text/LOCALE/market/CC`). The form writes all of them into one changeset, so an editor
//! never has to know that.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use maud::html;

use super::documents::see_other;
use super::error::ConsoleError;
use super::form::Posted;
use super::layout::{self, csrf};
use super::market::{self, MarketDocs, kebab, load, parse_market};
use super::session::Staff;
use super::structured::{self, Entry};
use crate::auth::Role;
use crate::content::catalog::check_document;
use crate::content::model::TabooDef;
use crate::content::{ContentError, DocumentKey};
use crate::state::AppState;

const CATEGORIES: &[&str] = &[
    "colour", "number", "gesture", "imagery", "topic", "word", "product",
];
const SEVERITIES: &[&str] = &["info", "caution", "avoid"];
const SCOPES: &[&str] = &["marketing", "packaging", "messages", "product"];

/// `GET /console/markets/{code}`: the market's documents and its taboos.
pub async fn market(
    state: web::Data<AppState>,
    staff: Staff,
    code: web::Path<String>,
) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let docs = load(&state, &ui, &code).await?;
    let market = parse_market(&ui, &docs)?;
    let code = &docs.code;
    let body = html! {
        main {
            h1 { (ui.t1("market-title", "code", code)) }
            p {
                a href={ "/console/documents/market/" (code) } { (ui.t("market-structure")) }
                @for (locale, _, _) in &docs.texts {
                    " · " a href={ "/console/documents/text/" (locale) "/market/" (code) } { (locale) }
                }
                " · " a href={ "/console/translate?document=text/zh-CN/market/" (code) } { (ui.t("nav-translate")) }
            }
            section {
                h2 { (ui.t("taboo-list")) }
                table {
                    thead { tr {
                        th scope="col" { "id" }
                        th scope="col" { (ui.t("taboo-category")) }
                        th scope="col" { (ui.t("taboo-subject")) }
                        th scope="col" { (ui.t("taboo-severity")) }
                        th scope="col" { (ui.t("taboo-applies")) }
                    } }
                    tbody {
                        @for t in &market.taboos {
                            tr {
                                td { a href={ "/console/markets/" (code) "/taboos/" (t.id) } { (t.id) } }
                                td { (ui.t(&format!("taboo-category-{}", kebab(t.category)))) }
                                td { (t.subject) }
                                td { span class={ "badge severity-" (kebab(t.severity)) } { (ui.t(&format!("taboo-severity-{}", kebab(t.severity)))) } }
                                td { (t.applies_to.iter().map(|s| ui.t(&format!("taboo-scope-{}", kebab(s)))).collect::<Vec<_>>().join(", ")) }
                            }
                        }
                    }
                }
                @if staff.is(Role::Editor) {
                    p { a class="button" href={ "/console/markets/" (code) "/taboos/new" } { (ui.t("taboo-add")) } }
                }
            }
            section {
                h2 { (ui.t("rule-list")) }
                ul class="plain" {
                    @for r in &market.etiquette {
                        li { a href={ "/console/markets/" (code) "/etiquette/" (r.id) } { (r.id) } " " span class="muted" { (ui.t(&format!("rule-topic-{}", kebab(r.topic)))) } }
                    }
                }
                @if staff.is(Role::Editor) {
                    p { a class="button" href={ "/console/markets/" (code) "/etiquette/new" } { (ui.t("rule-add")) } }
                }
            }
            section {
                h2 { (ui.t("holiday-list")) }
                ul class="columns" {
                    @for h in &market.holidays {
                        li { a href={ "/console/markets/" (code) "/holidays/" (h.id) } { (h.id) } " " span class="muted" { (ui.t(&format!("holiday-kind-{}", kebab(h.kind)))) } }
                    }
                }
                @if staff.is(Role::Editor) {
                    p { a class="button" href={ "/console/markets/" (code) "/holidays/new" } { (ui.t("holiday-add")) } }
                }
            }
            section {
                h2 { (ui.t("channels-list")) }
                ol {
                    @for c in sorted_channels(&market) { li { code { (c) } } }
                }
                @if staff.is(Role::Editor) {
                    p { a class="button" href={ "/console/markets/" (code) "/channels" } { (ui.t("channels-edit")) } }
                }
            }
        }
    };
    Ok(layout::page(
        &ui,
        Some(&staff),
        &ui.t1("market-title", "code", code),
        body,
    ))
}

fn sorted_channels(market: &crate::content::model::MarketDef) -> Vec<String> {
    let mut channels: Vec<_> = market.channels.iter().collect();
    channels.sort_by_key(|c| c.rank);
    channels.into_iter().map(|c| c.id.clone()).collect()
}

/// What the form holds (from the documents, or as posted).
struct Values {
    id: String,
    category: String,
    subject: String,
    severity: String,
    applies_to: Vec<String>,
    /// (locale, text, rationale)
    texts: Vec<(String, String, String)>,
}

fn current(docs: &MarketDocs, taboo: Option<&TabooDef>, id: &str) -> Values {
    let message = format!("taboo-{id}");
    Values {
        id: id.to_string(),
        category: taboo.map_or("topic".into(), |t| kebab(t.category)),
        subject: taboo.map_or(String::new(), |t| t.subject.clone()),
        severity: taboo.map_or("caution".into(), |t| kebab(t.severity)),
        applies_to: taboo.map_or(vec!["marketing".into()], |t| {
            t.applies_to.iter().map(kebab).collect()
        }),
        texts: docs
            .texts
            .iter()
            .map(|(locale, text, _)| {
                let (value, attrs) = structured::read_message(text, &message).unwrap_or_default();
                let rationale = attrs
                    .into_iter()
                    .find(|(n, _)| n == "rationale")
                    .map(|(_, t)| t)
                    .unwrap_or_default();
                (locale.clone(), value, rationale)
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
    let taboo = market.taboos.iter().find(|t| t.id == id);
    if !is_new && taboo.is_none() {
        return Err(ConsoleError::not_found(
            &ui,
            ui.t1("error-no-taboo", "id", &id),
        ));
    }
    let values = current(&docs, taboo, if is_new { "" } else { &id });
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
        ui.t1("taboo-new-title", "code", code)
    } else {
        ui.t1("taboo-edit-title", "id", &v.id)
    };
    let action = format!(
        "/console/markets/{code}/taboos/{}",
        if is_new { "new" } else { &v.id }
    );
    let body = html! {
        main {
            p { a href={ "/console/markets/" (code) } { "← " (ui.t1("market-title", "code", code)) } }
            h1 { (title) }
            p class="muted" { (ui.t("taboo-explain")) }
            (market::problems(ui, errors))
            form method="post" action=(action) class="stack taboo" {
                (csrf(staff))
                @if is_new {
                    label for="taboo-id" { (ui.t("taboo-id")) }
                    input id="taboo-id" name="id" type="text" required pattern="[a-z0-9][a-z0-9-]{1,62}" value=(v.id) aria-describedby="taboo-id-help";
                    p id="taboo-id-help" class="small muted" { (ui.t("taboo-id-help")) }
                }
                div class="cols" {
                    div class="stack" {
                        label for="category" { (ui.t("taboo-category")) }
                        select id="category" name="category" {
                            @for c in CATEGORIES {
                                option value=(c) selected[*c == v.category] { (ui.t(&format!("taboo-category-{c}"))) }
                            }
                        }
                    }
                    div class="stack" {
                        label for="severity" { (ui.t("taboo-severity")) }
                        select id="severity" name="severity" {
                            @for s in SEVERITIES {
                                option value=(s) selected[*s == v.severity] { (ui.t(&format!("taboo-severity-{s}"))) }
                            }
                        }
                    }
                }
                label for="subject" { (ui.t("taboo-subject")) }
                input id="subject" name="subject" type="text" required value=(v.subject);
                fieldset class="checks" {
                    legend { (ui.t("taboo-applies")) }
                    @for s in SCOPES {
                        label class="check" {
                            input type="checkbox" name="applies_to" value=(s) checked[v.applies_to.iter().any(|a| a == s)];
                            " " (ui.t(&format!("taboo-scope-{s}")))
                        }
                    }
                }
                @for (locale, text, rationale) in &v.texts {
                    fieldset lang=(locale) {
                        legend { (ui.t1("taboo-text-in", "locale", locale)) }
                        label for={ "text-" (locale) } { (ui.t("taboo-text")) }
                        textarea id={ "text-" (locale) } name={ "text-" (locale) } rows="2" required { (text) }
                        label for={ "rationale-" (locale) } { (ui.t("taboo-rationale")) }
                        textarea id={ "rationale-" (locale) } name={ "rationale-" (locale) } rows="2" { (rationale) }
                    }
                }
                div class="row" { button type="submit" class="primary" { (ui.t("taboo-save")) } }
            }
        }
    };
    layout::page_response(ui, Some(staff), &title, body, status)
}

/// An entry id: lowercase kebab-case, 2 to 63 characters.
pub fn valid_id(id: &str) -> bool {
    (2..=63).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
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
    let exists = market.taboos.iter().any(|t| t.id == id);
    let id_ok = id.len() >= 2
        && id.len() <= 63
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-');
    if !id_ok || (is_new && exists) || (!is_new && !exists) {
        return Err(ConsoleError::bad_input(
            &ui,
            ui.t1("taboo-id-taken", "id", &id),
        ));
    }
    let pick = |name: &str, allowed: &[&str]| -> Result<String, ConsoleError> {
        let v = form.text(name);
        if allowed.contains(&v.as_str()) {
            Ok(v)
        } else {
            Err(ConsoleError::bad_input(&ui, format!("{name}: `{v}`")))
        }
    };
    let values = Values {
        id: id.clone(),
        category: pick("category", CATEGORIES)?,
        severity: pick("severity", SEVERITIES)?,
        subject: form.text("subject"),
        applies_to: form
            .all("applies_to")
            .into_iter()
            .filter(|s| SCOPES.contains(s))
            .map(str::to_string)
            .collect(),
        texts: docs
            .texts
            .iter()
            .map(|(locale, _, _)| {
                (
                    locale.clone(),
                    form.text(&format!("text-{locale}")),
                    form.text(&format!("rationale-{locale}")),
                )
            })
            .collect(),
    };
    // The new text of each document the taboo lives in.
    let entry = Entry {
        id: &id,
        values: vec![
            ("category", values.category.as_str().into()),
            ("subject", values.subject.as_str().into()),
            ("severity", values.severity.as_str().into()),
            ("applies_to", structured::strings(&values.applies_to)),
        ],
    };
    let structure = structured::write_entry(&docs.structure.0, "taboos", &entry)
        .map_err(|e| ConsoleError::internal(&ui, e))?;
    let mut writes = vec![(
        DocumentKey::Market(docs.code.clone()),
        docs.structure.0.clone(),
        structure,
        docs.structure.1,
    )];
    let message = format!("taboo-{id}");
    for ((locale, before, head), (_, text, rationale)) in docs.texts.iter().zip(&values.texts) {
        let after = structured::write_message(
            before,
            &message,
            text,
            &[("rationale", rationale.as_str())],
            "taboo-",
        );
        let key = DocumentKey::MarketText(
            locale.parse().map_err(|e| ConsoleError::internal(&ui, e))?,
            docs.code.clone(),
        );
        writes.push((key, before.clone(), after, *head));
    }
    let errors: Vec<ContentError> = writes
        .iter()
        .flat_map(|(key, _, after, _)| check_document(key, after))
        .collect();
    let missing_text =
        values.texts.iter().any(|(_, t, _)| t.is_empty()) || values.subject.is_empty();
    if !errors.is_empty() || missing_text {
        let mut errors = errors;
        if missing_text {
            errors.push(ContentError::new(
                docs.code.clone(),
                ui.t("taboo-text-required"),
            ));
        }
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
    let title = if is_new {
        format!("{}: new taboo {id}", docs.code)
    } else {
        format!("{}: taboo {id}", docs.code)
    };
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
