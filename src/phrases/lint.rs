//! Cross-locale checks of phrase sets against the reference locale: a translation must offer
//! the same messages, attributes and variables. Missing messages are allowed (they fall back
//! and show in coverage); everything else is an error naming file, line and column.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use unic_langid::LanguageIdentifier;

use super::inspect::{MessageInfo, message_position, messages};
use crate::content::ContentError;
use crate::content::DocumentKey;

/// Checks every locale's packs of every set; `packs` is set id → locale → resource.
pub fn check(
    reference: &LanguageIdentifier,
    packs: &BTreeMap<String, BTreeMap<LanguageIdentifier, Arc<FluentResource>>>,
) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for (set, locales) in packs {
        let Some(reference_pack) = locales.get(reference) else {
            let (locale, _) = locales.iter().next().expect("a set exists through a pack");
            errors.push(ContentError::new(
                DocumentKey::Phrases(locale.clone(), set.clone()).path(),
                format!("phrase set `{set}` has no {reference} reference file"),
            ));
            continue;
        };
        let wanted: BTreeMap<String, MessageInfo> = messages(reference_pack)
            .into_iter()
            .map(|m| (m.id.clone(), m))
            .collect();
        let optional = optional_variables(reference_pack);
        for (locale, resource) in locales.iter().filter(|(l, _)| *l != reference) {
            let path = DocumentKey::Phrases(locale.clone(), set.clone()).path();
            for message in messages(resource) {
                let at = |text: String| {
                    let mut e = ContentError::new(&path, text);
                    if let Some((line, column)) = message_position(resource.source(), &message.id) {
                        e.line = Some(line);
                        e.column = Some(column);
                    }
                    e
                };
                match wanted.get(&message.id) {
                    None => errors.push(at(format!(
                        "message `{}` is not in the {reference} reference",
                        message.id
                    ))),
                    Some(expected) => {
                        errors.extend(compare(expected, &message, &optional).into_iter().map(at))
                    }
                }
            }
        }
    }
    errors
}

/// What differs between a translation and its reference message.
fn compare(
    expected: &MessageInfo,
    actual: &MessageInfo,
    optional: &BTreeSet<String>,
) -> Vec<String> {
    let id = &expected.id;
    let mut problems = Vec::new();
    variables(
        &mut problems,
        format!("`{id}`"),
        &expected.variables,
        &actual.variables,
        optional,
    );
    for (name, want) in &expected.attributes {
        match actual.attributes.get(name) {
            Some(have) => variables(
                &mut problems,
                format!("`{id}.{name}`"),
                want,
                have,
                optional,
            ),
            None => problems.push(format!("`{id}` lacks attribute `.{name}`")),
        }
    }
    for name in actual
        .attributes
        .keys()
        .filter(|n| !expected.attributes.contains_key(*n))
    {
        problems.push(format!(
            "`{id}` has attribute `.{name}`, which the reference does not"
        ));
    }
    problems
}

/// How a language addresses the buyer and speaks as the agent is its own business: German
/// puts a title and a gendered form before the family name, Japanese uses the family name
/// with 様, Thai picks its particle from the agent's gender. A translation may use any of
/// these variables, as long as it names the buyer where the reference does.
pub const ADDRESS_VARIABLES: &[&str] = &[
    "buyer_name",
    "buyer_given_name",
    "buyer_family_name",
    "buyer_title",
    "buyer_gender",
    "agent_gender",
];

/// The address variables that carry the buyer's name itself.
const NAME_VARIABLES: &[&str] = &["buyer_name", "buyer_given_name", "buyer_family_name"];

fn variables(
    problems: &mut Vec<String>,
    what: String,
    want: &BTreeSet<String>,
    have: &BTreeSet<String>,
    optional: &BTreeSet<String>,
) {
    // Address variables are each language's own business; `(optional)` ones may be left out.
    let free = |v: &&String| !ADDRESS_VARIABLES.contains(&v.as_str()) && !optional.contains(*v);
    for missing in want.difference(have).filter(free) {
        problems.push(format!(
            "{what} does not use `${missing}`, which the reference uses"
        ));
    }
    for extra in have.difference(want).filter(free) {
        problems.push(format!(
            "{what} uses `${extra}`, which the reference does not have"
        ));
    }
    let names = |set: &BTreeSet<String>| set.iter().any(|v| NAME_VARIABLES.contains(&v.as_str()));
    if names(want) && !names(have) {
        problems.push(format!(
            "{what} does not name the buyer (`$buyer_name`, `$buyer_given_name` or `$buyer_family_name`), which the reference does"
        ));
    }
}

/// Variables the reference file's `###` header marks `(optional)`: ones that only some
/// languages need (a buyer's gender for Ms/Mr or Frau/Herr, the agent's gender for Thai
/// particles, a given name where address uses the family name only). A translation may use
/// or leave out these; callers pass them whenever they know them.
pub fn optional_variables(resource: &FluentResource) -> BTreeSet<String> {
    let ast = fluent_syntax::parser::parse(resource.source()).unwrap_or_else(|(ast, _)| ast);
    ast.body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::ResourceComment(c) => Some(&c.content),
            _ => None,
        })
        .flatten()
        .filter(|line| line.contains("(optional)"))
        .filter_map(|line| {
            let name = line.trim().strip_prefix('$')?;
            let name: String = name
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            (!name.is_empty()).then_some(name)
        })
        .collect()
}

/// Per locale: how many reference messages it translates.
pub fn coverage(reference: &[MessageInfo], resource: &FluentResource) -> (usize, Vec<String>) {
    let present: BTreeSet<String> = messages(resource).into_iter().map(|m| m.id).collect();
    let missing: Vec<String> = reference
        .iter()
        .filter(|m| !present.contains(&m.id))
        .map(|m| m.id.clone())
        .collect();
    (reference.len() - missing.len(), missing)
}
