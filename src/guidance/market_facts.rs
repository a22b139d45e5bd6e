//! Facts of the buyer's market that replies state: the payment methods buyers there use, as
//! one list in the reply's language ("Pix, cartões ou boleto"), from the market's commerce
//! section. List punctuation and the word for "or" come from CLDR (ICU4X `icu_list`).

use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use unic_langid::LanguageIdentifier;

use crate::snapshot::Snapshot;

/// A reply names the most used methods, not the whole market (seed 004: one concise line).
pub const PAYMENT_METHODS_LISTED: usize = 4;

/// The market's most used payment methods as one "A, B or C" list in `locale`. Method names
/// come from the registry in `locale` where it has them, else the reference locale.
pub fn payment_methods(
    snapshot: &Snapshot,
    market: &str,
    locale: &LanguageIdentifier,
) -> Option<String> {
    let view = snapshot
        .commerce(locale, market)
        .filter(|v| v.payments.is_some())
        .or_else(|| snapshot.commerce(snapshot.locales.first()?, market))?;
    let mut methods = view.payments.as_ref()?.methods.clone();
    methods.sort_by_key(|m| m.rank);
    let names: Vec<String> = methods
        .into_iter()
        .take(PAYMENT_METHODS_LISTED)
        .map(|m| m.name)
        .collect();
    if names.is_empty() {
        return None;
    }
    Some(or_list(locale, &names))
}

fn or_list(locale: &LanguageIdentifier, items: &[String]) -> String {
    let formatter = icu_locale_core::Locale::try_from_str(&locale.to_string())
        .ok()
        .and_then(|l| {
            ListFormatter::try_new_or(
                l.into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .ok()
        });
    match formatter {
        Some(f) => f.format_to_string(items.iter().map(String::as_str)),
        None => items.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_follow_the_language() {
        let items = ["Pix".to_string(), "boleto".into(), "cartão".into()];
        assert_eq!(
            or_list(&"pt-BR".parse().unwrap(), &items),
            "Pix, boleto ou cartão"
        );
        assert_eq!(
            or_list(&"en-US".parse().unwrap(), &items),
            "Pix, boleto, or cartão"
        );
        assert_eq!(
            or_list(&"zh-CN".parse().unwrap(), &items),
            "Pix、boleto或cartão"
        );
    }
}
