//! A Fluent document beside its reference (en-US): every message of the reference, the
//! translation next to it, missing ones highlighted, placeables (`{ $buyer_name }`) marked.
//! A phrase set's messages go to buyers, so each translation is also linted (the guidance
//! tool behind `POST /v1/lint`) against the markets whose buyers read that language.

use actix_web::{HttpResponse, web};
use maud::{Markup, html};

use super::error::ConsoleError;
use super::layout;
use super::session::Staff;
use crate::api::blocking::{internal, with_conn};
use crate::content::DocumentKey;
use crate::db::documents;
use crate::state::AppState;
use fluent_syntax::ast;

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
    let reference_messages = messages(&parse(&source));
    let target_messages: std::collections::HashMap<String, ast::Message<String>> =
        messages(&parse(&target_text)).into_iter().collect();
    let missing = reference_messages
        .iter()
        .filter(|(id, _)| !target_messages.contains_key(id))
        .count();
    let locale = key.locale().map(|l| l.to_string()).unwrap_or_default();
    let findings = buyer_findings(&state, &ui, &key, &target_messages);
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
                    @for (id, ours) in &reference_messages {
                        @let theirs = target_messages.get(id);
                        tr class=[theirs.is_none().then_some("missing")] {
                            th scope="row" { code { (id) } }
                            td lang=(REFERENCE) { (message(Some(ours))) }
                            td lang=(locale) {
                                @match theirs {
                                    Some(m) => { (message(Some(m))) }
                                    None => { span class="badge missing" { (ui.t("tr-missing")) } }
                                }
                                @if let Some(found) = findings.get(id) {
                                    ul class="findings" aria-label=(ui.t("tr-lint")) {
                                        @for (market, f) in found {
                                            li class={ "finding " (format!("{:?}", f.severity).to_lowercase()) } {
                                                strong { (market) } " · " (f.message) " "
                                                q { (f.matched) }
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
    };
    Ok(layout::page(&ui, Some(&staff), &ui.t("tr-title"), body))
}

/// Lint findings per message id, with the market they are for: only for phrase sets, whose
/// text buyers read, against each market with that buyer language.
fn buyer_findings(
    state: &AppState,
    ui: &super::i18n::Ui,
    key: &DocumentKey,
    target: &std::collections::HashMap<String, ast::Message<String>>,
) -> std::collections::HashMap<String, Vec<(String, crate::guidance::lint::Finding)>> {
    use crate::guidance::lint::{LintInput, TextUse, lint};
    let mut out = std::collections::HashMap::new();
    let DocumentKey::Phrases(text_locale, _) = key else {
        return out;
    };
    let snapshot = state.snapshot.load();
    let tag = text_locale.to_string();
    let reader = ui.lang().parse().unwrap_or_else(|_| text_locale.clone());
    let markets: Vec<_> = snapshot
        .market_defs
        .values()
        .filter(|m| m.languages.contains(&tag))
        .collect();
    for (id, message) in target {
        let text = plain_text(message);
        for market in &markets {
            let found = lint(
                &snapshot.guidance,
                &LintInput {
                    market,
                    text: &text,
                    text_locale,
                    text_use: TextUse::Messages,
                    channel: None,
                    in_reply_to: None,
                    reader_locale: &reader,
                },
            );
            out.entry(id.clone())
                .or_insert_with(Vec::new)
                .extend(found.into_iter().map(|f| (market.code.clone(), f)));
        }
    }
    out.retain(|_, v: &mut Vec<_>| !v.is_empty());
    out
}

/// What a buyer reads of a message, roughly: its text with each placeable as a space (the
/// values are not known here), every selector variant included.
fn plain_text(message: &ast::Message<String>) -> String {
    fn pattern(p: &ast::Pattern<String>, out: &mut String) {
        for element in &p.elements {
            match element {
                ast::PatternElement::TextElement { value } => out.push_str(value),
                ast::PatternElement::Placeable { expression } => {
                    out.push(' ');
                    if let ast::Expression::Select { variants, .. } = expression {
                        for v in variants {
                            pattern(&v.value, out);
                            out.push('\n');
                        }
                    }
                }
            }
        }
    }
    let mut out = String::new();
    if let Some(value) = &message.value {
        pattern(value, &mut out);
    }
    out
}

/// The messages of a Fluent text by id, in order (terms, which translators rarely touch,
/// left out). A text with syntax errors still shows the messages that parse.
fn messages(resource: &ast::Resource<&str>) -> Vec<(String, ast::Message<String>)> {
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some((m.id.name.to_string(), owned(m))),
            _ => None,
        })
        .collect()
}

fn parse(ftl: &str) -> ast::Resource<&str> {
    match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((r, _)) => r,
    }
}

/// The message with owned strings, so the page can keep it in a map beside the other
/// locale's.
fn owned(m: &ast::Message<&str>) -> ast::Message<String> {
    map_message(m.clone())
}

fn map_message(m: ast::Message<&str>) -> ast::Message<String> {
    ast::Message {
        id: ast::Identifier {
            name: m.id.name.to_string(),
        },
        value: m.value.map(map_pattern),
        attributes: m
            .attributes
            .into_iter()
            .map(|a| ast::Attribute {
                id: ast::Identifier {
                    name: a.id.name.to_string(),
                },
                value: map_pattern(a.value),
            })
            .collect(),
        comment: None,
    }
}

fn map_pattern(p: ast::Pattern<&str>) -> ast::Pattern<String> {
    ast::Pattern {
        elements: p
            .elements
            .into_iter()
            .map(|e| match e {
                ast::PatternElement::TextElement { value } => ast::PatternElement::TextElement {
                    value: value.to_string(),
                },
                ast::PatternElement::Placeable { expression } => ast::PatternElement::Placeable {
                    expression: map_expression(expression),
                },
            })
            .collect(),
    }
}

fn map_expression(e: ast::Expression<&str>) -> ast::Expression<String> {
    match e {
        ast::Expression::Select { selector, variants } => ast::Expression::Select {
            selector: map_inline(selector),
            variants: variants
                .into_iter()
                .map(|v| ast::Variant {
                    key: match v.key {
                        ast::VariantKey::Identifier { name } => ast::VariantKey::Identifier {
                            name: name.to_string(),
                        },
                        ast::VariantKey::NumberLiteral { value } => {
                            ast::VariantKey::NumberLiteral {
                                value: value.to_string(),
                            }
                        }
                    },
                    value: map_pattern(v.value),
                    default: v.default,
                })
                .collect(),
        },
        ast::Expression::Inline(i) => ast::Expression::Inline(map_inline(i)),
    }
}

fn map_inline(i: ast::InlineExpression<&str>) -> ast::InlineExpression<String> {
    // Only what the page shows is kept: names. Arguments are rendered from the source text.
    match i {
        ast::InlineExpression::StringLiteral { value } => ast::InlineExpression::StringLiteral {
            value: value.to_string(),
        },
        ast::InlineExpression::NumberLiteral { value } => ast::InlineExpression::NumberLiteral {
            value: value.to_string(),
        },
        ast::InlineExpression::VariableReference { id } => {
            ast::InlineExpression::VariableReference {
                id: ast::Identifier {
                    name: id.name.to_string(),
                },
            }
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            ast::InlineExpression::MessageReference {
                id: ast::Identifier {
                    name: id.name.to_string(),
                },
                attribute: attribute.map(|a| ast::Identifier {
                    name: a.name.to_string(),
                }),
            }
        }
        ast::InlineExpression::TermReference { id, attribute, .. } => {
            ast::InlineExpression::TermReference {
                id: ast::Identifier {
                    name: id.name.to_string(),
                },
                attribute: attribute.map(|a| ast::Identifier {
                    name: a.name.to_string(),
                }),
                arguments: None,
            }
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            ast::InlineExpression::FunctionReference {
                id: ast::Identifier {
                    name: id.name.to_string(),
                },
                arguments: ast::CallArguments {
                    positional: arguments.positional.into_iter().map(map_inline).collect(),
                    named: Vec::new(),
                },
            }
        }
        ast::InlineExpression::Placeable { expression } => ast::InlineExpression::Placeable {
            expression: Box::new(map_expression(*expression)),
        },
    }
}

fn message(m: Option<&ast::Message<String>>) -> Markup {
    let Some(m) = m else { return html! {} };
    html! {
        @if let Some(value) = &m.value { div class="pattern" { (pattern(value)) } }
        @for a in &m.attributes {
            div class="attr" { code { "." (a.id.name) } " " (pattern(&a.value)) }
        }
    }
}

/// Text as a reader sees it; placeables marked, selectors as their list of variants.
fn pattern(p: &ast::Pattern<String>) -> Markup {
    html! {
        @for element in &p.elements {
            @match element {
                ast::PatternElement::TextElement { value } => { (value) }
                ast::PatternElement::Placeable { expression } => { (expression_markup(expression)) }
            }
        }
    }
}

fn expression_markup(e: &ast::Expression<String>) -> Markup {
    match e {
        ast::Expression::Inline(i) => html! { code class="placeable" { "{ " (inline(i)) " }" } },
        ast::Expression::Select { selector, variants } => html! {
            span class="select" {
                code class="placeable" { "{ " (inline(selector)) " → }" }
                ul class="variants" {
                    @for v in variants {
                        li {
                            code class="key" { @if v.default { "*" } "[" (variant_key(&v.key)) "]" }
                            " " (pattern(&v.value))
                        }
                    }
                }
            }
        },
    }
}

fn variant_key(k: &ast::VariantKey<String>) -> &str {
    match k {
        ast::VariantKey::Identifier { name } => name,
        ast::VariantKey::NumberLiteral { value } => value,
    }
}

fn inline(i: &ast::InlineExpression<String>) -> String {
    match i {
        ast::InlineExpression::StringLiteral { value } => format!("\"{value}\""),
        ast::InlineExpression::NumberLiteral { value } => value.clone(),
        ast::InlineExpression::VariableReference { id } => format!("${}", id.name),
        ast::InlineExpression::MessageReference { id, attribute } => match attribute {
            Some(a) => format!("{}.{}", id.name, a.name),
            None => id.name.clone(),
        },
        ast::InlineExpression::TermReference { id, attribute, .. } => match attribute {
            Some(a) => format!("-{}.{}", id.name, a.name),
            None => format!("-{}", id.name),
        },
        ast::InlineExpression::FunctionReference { id, arguments } => format!(
            "{}({})",
            id.name,
            arguments
                .positional
                .iter()
                .map(inline)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ast::InlineExpression::Placeable { expression } => match &**expression {
            ast::Expression::Inline(i) => inline(i),
            ast::Expression::Select { selector, .. } => inline(selector),
        },
    }
}
