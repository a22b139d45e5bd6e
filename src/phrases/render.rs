//! Formats messages of a phrase set for one request, message by message down a fallback chain.

use std::collections::BTreeMap;

use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::{FluentArgs, FluentError, FluentValue};
use serde::Serialize;
use unic_langid::LanguageIdentifier;
use utoipa::ToSchema;

use super::{Bundle, PhraseSet};

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RenderedMessage {
    #[schema(example = "greeting")]
    pub id: String,
    /// The locale this message actually came from.
    #[schema(example = "ja-JP")]
    pub locale: String,
    /// Whether `locale` is not the first choice for this request.
    pub fallback: bool,
    pub text: String,
    /// Formatted attributes (e.g. `subject` for e-mail).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

/// Something that went wrong formatting, reported instead of failing the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct RenderWarning {
    /// The message id the warning is about.
    pub message: String,
    pub kind: WarningKind,
    pub detail: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    /// A variable the message uses was not given; the text uses the locale's neutral fallback
    /// for it (a `-fallback-<variable>` term, else `…`).
    MissingArgument,
    /// No such message in the set.
    UnknownMessage,
    /// An argument that is neither a string nor a number.
    UnsupportedArgument,
    /// Any other Fluent formatting error.
    FormatError,
}

impl PhraseSet {
    /// The locales to try for a request, best first, ending with the reference locale.
    pub fn chain(&self, requested: &[LanguageIdentifier]) -> Vec<LanguageIdentifier> {
        crate::langneg::chain(requested, &self.locales)
    }

    /// Renders `ids` (every reference message when `None`).
    pub fn render(
        &self,
        chain: &[LanguageIdentifier],
        ids: Option<&[String]>,
        args: &FluentArgs,
        isolate: bool,
        warnings: &mut Vec<RenderWarning>,
    ) -> Vec<RenderedMessage> {
        let all: Vec<String>;
        let ids = match ids {
            Some(ids) => ids,
            None => {
                all = self.reference.iter().map(|m| m.id.clone()).collect();
                &all
            }
        };
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let found = chain.iter().enumerate().find_map(|(rank, locale)| {
                let pack = self.packs.get(locale)?;
                let bundle = pack.bundle(isolate);
                bundle
                    .get_message(id)
                    .map(|m| (rank, locale, pack, bundle, m))
            });
            let Some((rank, locale, pack, bundle, message)) = found else {
                warnings.push(RenderWarning {
                    message: id.clone(),
                    kind: WarningKind::UnknownMessage,
                    detail: format!("phrase set `{}` has no message `{id}`", self.id),
                });
                continue;
            };
            let fallbacks = &pack.fallbacks;
            let mut format = |pattern| format(bundle, fallbacks, id, pattern, args, warnings);
            let text = message.value().map(&mut format).unwrap_or_default();
            let attributes = message
                .attributes()
                .map(|a| (a.id().to_string(), format(a.value())))
                .collect();
            out.push(RenderedMessage {
                id: id.clone(),
                locale: locale.to_string(),
                fallback: rank > 0,
                text,
                attributes,
            });
        }
        out
    }
}

/// What a missing variable renders as when the locale has no `-fallback-<variable>` term:
/// visibly a gap, but not markup a buyer would puzzle over.
const NEUTRAL_GAP: &str = "…";

fn format(
    bundle: &Bundle,
    fallbacks: &BTreeMap<String, String>,
    id: &str,
    pattern: &fluent_syntax::ast::Pattern<&str>,
    args: &FluentArgs,
    warnings: &mut Vec<RenderWarning>,
) -> String {
    let mut errors = Vec::new();
    let mut text = bundle
        .format_pattern(pattern, Some(args), &mut errors)
        .into_owned();
    // Fluent reports only the variables the chosen variants use; those get a fallback and a
    // second pass, so the text never shows `{$name}`.
    let mut missing = Vec::new();
    let selectors = if errors.is_empty() {
        Default::default()
    } else {
        super::inspect::selectors(pattern)
    };
    for error in errors {
        let (kind, detail) = match &error {
            FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable {
                id: var,
            })) => {
                let fallback = fallbacks.get(var).map_or(NEUTRAL_GAP, String::as_str);
                missing.push((var.clone(), fallback));
                // A selector without its argument picks the default variant (e.g. formal).
                let used = if selectors.contains(var) {
                    "the default variant".to_string()
                } else {
                    format!("the fallback \"{fallback}\"")
                };
                (
                    WarningKind::MissingArgument,
                    format!("argument `{var}` is missing; the text uses {used}"),
                )
            }
            other => (WarningKind::FormatError, other.to_string()),
        };
        let warning = RenderWarning {
            message: id.to_string(),
            kind,
            detail,
        };
        // A variable used in several variants or attributes is reported once.
        if !warnings.contains(&warning) {
            warnings.push(warning);
        }
    }
    if !missing.is_empty() {
        let mut filled = FluentArgs::with_capacity(args.iter().count() + missing.len());
        for (name, value) in args.iter() {
            filled.set(name.to_string(), value.clone());
        }
        for (name, fallback) in &missing {
            // An empty fallback is marked so the clean-up knows which gaps it made.
            let value = if fallback.is_empty() {
                GAP_MARK
            } else {
                fallback
            };
            filled.set(name.clone(), FluentValue::from(value));
        }
        text = bundle
            .format_pattern(pattern, Some(&filled), &mut Vec::new())
            .into_owned();
        if text.contains(GAP_MARK) {
            text = close_gaps(&text);
        }
    }
    text
}

/// Stands for an empty fallback while formatting (a private-use character).
const GAP_MARK: &str = "\u{E000}";

/// Removes what empty fallbacks leave behind: a line that held only the absent value (an
/// unsigned signature), a double space ("Frau  Müller") or a space before punctuation
/// ("Guten Tag ,"). Only text around a gap is touched.
fn close_gaps(text: &str) -> String {
    const ISOLATION: [char; 2] = ['\u{2068}', '\u{2069}'];
    let mut lines = Vec::new();
    for line in text.split('\n') {
        if !line.contains(GAP_MARK) {
            lines.push(line.to_string());
            continue;
        }
        let rest = line.replace(GAP_MARK, "");
        if rest
            .trim_matches(|c: char| c.is_whitespace() || ISOLATION.contains(&c))
            .is_empty()
        {
            continue;
        }
        let mut line = line
            .replace(
                &format!("{}{GAP_MARK}{}", ISOLATION[0], ISOLATION[1]),
                GAP_MARK,
            )
            .replace(&format!(" {GAP_MARK} "), " ")
            .replace(&format!(" {GAP_MARK}"), "")
            .replace(&format!("{GAP_MARK} "), "")
            .replace(GAP_MARK, "");
        for mark in [",", ".", "،"] {
            line = line.replace(&format!(" {mark}"), mark);
        }
        lines.push(line);
    }
    lines.join("\n")
}

/// Converts JSON arguments to Fluent ones; strings and numbers only.
pub fn fluent_args<'a>(
    json: &'a serde_json::Map<String, serde_json::Value>,
    warnings: &mut Vec<RenderWarning>,
) -> FluentArgs<'a> {
    let mut args = FluentArgs::with_capacity(json.len());
    for (name, value) in json {
        match value {
            serde_json::Value::String(s) => args.set(name.as_str(), FluentValue::from(s.as_str())),
            serde_json::Value::Number(n) => match n.as_f64() {
                Some(f) => args.set(name.as_str(), FluentValue::from(f)),
                None => unsupported(name, "a number out of range", warnings),
            },
            _ => unsupported(name, "neither a string nor a number", warnings),
        }
    }
    args
}

fn unsupported(name: &str, why: &str, warnings: &mut Vec<RenderWarning>) {
    warnings.push(RenderWarning {
        message: String::new(),
        kind: WarningKind::UnsupportedArgument,
        detail: format!("argument `{name}` is {why}; it was ignored"),
    });
}
