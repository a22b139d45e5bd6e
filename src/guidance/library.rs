//! The project's own words must pass its own lint: every shipped phrase, rendered with each
//! value of its selectors, is linted as a message to every market whose language its locale
//! serves. A `caution` or `avoid` there is a false alarm of the lint or a real mistake in the
//! phrase; either way `marketguide check` fails, so content repositories catch it in CI.

use std::collections::BTreeSet;
use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};

use super::lint::{LintInput, TextUse, lint};
use super::text::GuidanceBook;
use crate::content::Catalog;
use crate::content::catalog::reference_locale;
use crate::content::model::Severity;
use crate::phrases::PhraseBook;

/// One phrase that does not lint clean.
#[derive(Debug, Clone)]
pub struct Alarm {
    pub set: String,
    pub locale: String,
    pub message: String,
    pub market: String,
    pub text: String,
    pub finding: super::lint::Finding,
}

impl fmt::Display for Alarm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/phrases/{}.ftl: `{}` against {}: {:?} {:?} “{}” ({})",
            self.locale,
            self.set,
            self.message,
            self.market,
            self.finding.rule,
            self.finding.severity,
            self.finding.matched,
            self.finding.message
        )
    }
}

/// Selector values the shipped phrases branch on; each is tried with the others at their
/// first value.
const SELECTORS: &[(&str, &[&str])] = &[
    ("salutation", &["formal", "casual"]),
    ("buyer_status", &["first-time", "returning"]),
    ("reason", &["holiday", "weekend", "other"]),
    ("buyer_gender", &["female", "male", "other"]),
    ("agent_gender", &["female", "male"]),
];
const NUMBERS: &[&str] = &["days", "hours", "quantity", "percent", "amount"];
const TEXTS: &[(&str, &str)] = &[
    ("buyer_name", "Alex Morgan"),
    ("buyer_family_name", "Morgan"),
    ("buyer_given_name", "Alex"),
    ("agent_name", "Sam Lee"),
    ("shop_name", "Northwind"),
    ("order_id", "A1023587"),
    ("case_id", "C20871"),
    ("tracking_number", "LX203517896CN"),
    ("carrier", "DHL"),
    ("item_name", "Travel mug"),
    ("gift", "tote bag"),
    ("delivery_date", "2026-06-12"),
];

/// Every rendered variant of every shipped phrase with a caution or avoid finding.
pub fn alarms(catalog: &Catalog) -> Vec<Alarm> {
    let book = PhraseBook::build(catalog);
    let guidance = GuidanceBook::build(catalog, &catalog.locales());
    let reader = reference_locale();
    let mut out = Vec::new();
    for set in book.sets.values() {
        for (locale, pack) in &set.packs {
            let markets: Vec<_> = catalog
                .markets
                .values()
                .filter(|m| {
                    m.languages.iter().any(|l| {
                        l.parse::<unic_langid::LanguageIdentifier>()
                            .is_ok_and(|l| l.language == locale.language)
                    })
                })
                .collect();
            for message in &pack.messages {
                for text in variants(set, locale, &message.id) {
                    for market in &markets {
                        let findings = lint(
                            &guidance,
                            &LintInput {
                                market,
                                text: &text,
                                text_locale: locale,
                                text_use: TextUse::Messages,
                                channel: None,
                                in_reply_to: None,
                                reader_locale: &reader,
                            },
                        );
                        out.extend(
                            findings
                                .into_iter()
                                .filter(|f| f.severity >= Severity::Caution)
                                .map(|finding| Alarm {
                                    set: set.id.clone(),
                                    locale: locale.to_string(),
                                    message: message.id.clone(),
                                    market: market.code.clone(),
                                    text: text.clone(),
                                    finding,
                                }),
                        );
                    }
                }
            }
        }
    }
    out
}

/// The distinct texts of one message (value and attributes) over the selector values.
fn variants(
    set: &crate::phrases::PhraseSet,
    locale: &unic_langid::LanguageIdentifier,
    id: &str,
) -> BTreeSet<String> {
    let mut texts = BTreeSet::new();
    let chain = [locale.clone()];
    let mut choices: Vec<Vec<(&str, &str)>> = vec![Vec::new()];
    for (name, values) in SELECTORS {
        for value in values.iter().skip(1) {
            choices.push(vec![(name, value)]);
        }
    }
    for number in [1.0, 3.0] {
        for choice in &choices {
            let mut args = FluentArgs::new();
            for (name, values) in SELECTORS {
                args.set(*name, FluentValue::from(values[0]));
            }
            for (name, value) in choice {
                args.set(*name, FluentValue::from(*value));
            }
            for name in NUMBERS {
                args.set(*name, FluentValue::from(number));
            }
            for (name, value) in TEXTS {
                args.set(*name, FluentValue::from(*value));
            }
            let mut warnings = Vec::new();
            for rendered in set.render(&chain, Some(&[id.to_string()]), &args, false, &mut warnings)
            {
                texts.insert(rendered.text);
                texts.extend(rendered.attributes.into_values());
            }
        }
    }
    texts
}

/// For `marketguide check`: an error listing every alarm, or nothing.
pub fn check(catalog: &Catalog) -> anyhow::Result<()> {
    let alarms = alarms(catalog);
    if alarms.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = alarms.iter().map(ToString::to_string).collect();
    anyhow::bail!(
        "{} shipped phrase variant(s) do not lint clean:\n{}",
        alarms.len(),
        list.join("\n")
    )
}
