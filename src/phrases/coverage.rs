//! Coverage of phrase sets per locale: for the API, `marketguide check` and its JSON output.

use std::fmt::Write;

use serde::Serialize;
use utoipa::ToSchema;

use super::PhraseBook;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SetCoverage {
    #[schema(example = "customer-service")]
    pub set: String,
    /// What the set is for.
    pub purpose: String,
    #[schema(example = "en-US")]
    pub reference_locale: String,
    /// Messages in the reference.
    pub messages: usize,
    /// Every locale with a pack, reference first.
    pub locales: Vec<LocaleCoverage>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LocaleCoverage {
    #[schema(example = "ja-JP")]
    pub locale: String,
    /// Reference messages this locale translates.
    pub translated: usize,
    pub total: usize,
    /// `translated / total` in percent, one decimal.
    pub percent: f64,
    /// Reference messages this locale lacks (they fall back).
    pub missing: Vec<String>,
}

pub fn report(book: &PhraseBook) -> Vec<SetCoverage> {
    book.sets
        .values()
        .map(|set| {
            let total = set.reference.len();
            SetCoverage {
                set: set.id.clone(),
                purpose: set.purpose.clone(),
                reference_locale: set.locales[0].to_string(),
                messages: total,
                locales: set
                    .locales
                    .iter()
                    .map(|locale| {
                        let pack = &set.packs[locale];
                        LocaleCoverage {
                            locale: locale.to_string(),
                            translated: pack.translated,
                            total,
                            percent: percent(pack.translated, total),
                            missing: pack.missing.clone(),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

fn percent(part: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        (part as f64 * 1000.0 / total as f64).round() / 10.0
    }
}

/// A readable table, one row per set and locale.
pub fn table(report: &[SetCoverage]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<20} {:<8} {:>9} {:>7}  missing",
        "set", "locale", "messages", "%"
    );
    for set in report {
        for l in &set.locales {
            let _ = writeln!(
                out,
                "{:<20} {:<8} {:>9} {:>6.1}%  {}",
                set.set,
                l.locale,
                format!("{}/{}", l.translated, l.total),
                l.percent,
                l.missing.join(", ")
            );
        }
    }
    out
}
