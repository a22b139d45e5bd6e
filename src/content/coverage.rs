//! Coverage of guidance text per locale: which of the messages the structure refers to
//! (market names, etiquette, taboos, channel descriptions, ...) each locale translates.
//! Readers of a locale get the reference text for what it lacks, so editors need to see it:
//! `marketguide check` prints it, and a changeset's status warns about the gaps it opens.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use serde::Serialize;
use unic_langid::LanguageIdentifier;
use utoipa::ToSchema;

use super::catalog::{Catalog, messages, reference_locale};
use super::keys::DocumentKey;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GuidanceCoverage {
    #[schema(example = "zh-CN")]
    pub locale: String,
    /// Required messages and attributes (`taboo-x.rationale`) this locale has.
    pub translated: usize,
    pub total: usize,
    /// `translated / total` in percent, one decimal.
    pub percent: f64,
    /// What it lacks, per document (`zh-CN/markets/JP.ftl`).
    pub missing: Vec<MissingText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct MissingText {
    /// The document's path in the `locales/` layout.
    #[schema(example = "zh-CN/markets/JP.ftl")]
    pub document: String,
    /// Message ids, with `.attribute` for a present message lacking a required attribute.
    #[schema(example = json!(["taboo-white-flowers", "taboo-white-flowers.rationale"]))]
    pub messages: Vec<String>,
}

/// A gap a changeset opens: text the reference gains (or a locale loses) that a locale with
/// guidance text does not have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct CoverageWarning {
    #[schema(example = "zh-CN")]
    pub locale: String,
    #[schema(example = "zh-CN/markets/JP.ftl")]
    pub document: String,
    pub messages: Vec<String>,
    pub detail: String,
}

/// Locale → document path → missing message ids (with `.attr` entries), and the total.
type Gaps = BTreeMap<LanguageIdentifier, (usize, BTreeMap<String, BTreeSet<String>>)>;

fn gaps(catalog: &Catalog) -> Gaps {
    let required = catalog.required_messages();
    let total: usize = required
        .values()
        .flat_map(BTreeMap::values)
        .map(|attrs| 1 + attrs.len())
        .sum();
    let mut out = Gaps::new();
    for locale in catalog.locales().into_iter().skip(1) {
        let texts = &catalog.texts[&locale];
        let mut missing: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (reference_key, wanted) in &required {
            let key = match reference_key {
                DocumentKey::ChannelText(_) => DocumentKey::ChannelText(locale.clone()),
                DocumentKey::PaymentText(_) => DocumentKey::PaymentText(locale.clone()),
                DocumentKey::MarketplaceText(_) => DocumentKey::MarketplaceText(locale.clone()),
                DocumentKey::MarketText(_, code) => {
                    DocumentKey::MarketText(locale.clone(), code.clone())
                }
                _ => continue,
            };
            let present = texts
                .resource(&key)
                .map(|r| messages(r))
                .unwrap_or_default();
            let mut lacking = BTreeSet::new();
            for (id, attrs) in wanted {
                match present.get(id.as_str()) {
                    None => {
                        lacking.insert(id.clone());
                        lacking.extend(attrs.iter().map(|a| format!("{id}.{a}")));
                    }
                    Some(have) => lacking.extend(
                        attrs
                            .iter()
                            .filter(|a| !have.contains(**a))
                            .map(|a| format!("{id}.{a}")),
                    ),
                }
            }
            if !lacking.is_empty() {
                missing.insert(key.path(), lacking);
            }
        }
        out.insert(locale, (total, missing));
    }
    out
}

/// Every locale with guidance text except the reference, which has it all by construction.
pub fn report(catalog: &Catalog) -> Vec<GuidanceCoverage> {
    gaps(catalog)
        .into_iter()
        .map(|(locale, (total, missing))| {
            let lacking: usize = missing.values().map(BTreeSet::len).sum();
            GuidanceCoverage {
                locale: locale.to_string(),
                translated: total - lacking,
                total,
                percent: percent(total - lacking, total),
                missing: missing
                    .into_iter()
                    .map(|(document, messages)| MissingText {
                        document,
                        messages: messages.into_iter().collect(),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// What `after` lacks that `before` did not: the translation debt a changeset creates.
pub fn new_gaps(before: &Catalog, after: &Catalog) -> Vec<CoverageWarning> {
    let before = gaps(before);
    let reference = reference_locale();
    let mut warnings = Vec::new();
    for (locale, (_, documents)) in gaps(after) {
        for (document, lacking) in documents {
            let known = before
                .get(&locale)
                .and_then(|(_, docs)| docs.get(&document));
            let new: Vec<String> = lacking
                .into_iter()
                .filter(|id| known.is_none_or(|k| !k.contains(id)))
                .collect();
            if new.is_empty() {
                continue;
            }
            warnings.push(CoverageWarning {
                detail: format!(
                    "{document} lacks {}: readers of {locale} will get the {reference} text",
                    new.iter()
                        .map(|m| format!("`{m}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                locale: locale.to_string(),
                document,
                messages: new,
            });
        }
    }
    warnings
}

fn percent(part: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        (part as f64 * 1000.0 / total as f64).round() / 10.0
    }
}

/// A readable table, one row per locale, with the first few gaps.
pub fn table(report: &[GuidanceCoverage]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<20} {:<8} {:>9} {:>7}  missing",
        "guidance text", "locale", "messages", "%"
    );
    for l in report {
        let missing: Vec<String> = l
            .missing
            .iter()
            .flat_map(|d| {
                d.messages
                    .iter()
                    .map(move |m| format!("{}#{m}", d.document))
            })
            .collect();
        let shown = missing
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        let more = missing.len().saturating_sub(5);
        let _ = writeln!(
            out,
            "{:<20} {:<8} {:>9} {:>6.1}%  {shown}{}",
            "markets, channels",
            l.locale,
            format!("{}/{}", l.translated, l.total),
            l.percent,
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        );
    }
    out
}
