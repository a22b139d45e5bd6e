//! HTTP handlers of the guidance tools: contact window, message lint, reply composer.

pub mod compose;
pub mod contact_window;
pub mod lint;

use unic_langid::LanguageIdentifier;

use super::params::MarketCode;
use super::problem::ApiError;
use crate::content::model::{ChannelDef, MarketDef};
use crate::guidance::lint::MAX_TEXT_BYTES;
use crate::snapshot::Snapshot;

/// The market named in a request body, or 400/404.
fn market<'s>(snapshot: &'s Snapshot, raw: &str) -> Result<&'s MarketDef, ApiError> {
    let code = MarketCode::parse(raw).map_err(|_| {
        ApiError::invalid(
            "market",
            format!("`{raw}` is not a market code: expected two letters (e.g. `JP`)"),
        )
    })?;
    snapshot
        .market_defs
        .get(code.as_str())
        .ok_or_else(|| ApiError::MarketNotFound(code.as_str().to_string()))
}

fn channel<'s>(
    snapshot: &'s Snapshot,
    raw: Option<&str>,
) -> Result<Option<&'s ChannelDef>, ApiError> {
    raw.map(|id| {
        snapshot.guidance.channels.get(id).ok_or_else(|| {
            ApiError::invalid(
                "channel",
                format!("unknown channel `{id}` (see GET /v1/channels)"),
            )
        })
    })
    .transpose()
}

/// Refuses a text over [`MAX_TEXT_BYTES`] with a 422 naming the field and the limit.
fn limit(field: &str, text: &str) -> Result<(), ApiError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(ApiError::Unprocessable(format!(
            "`{field}` is {} bytes of UTF-8; the limit is {MAX_TEXT_BYTES} bytes (text-too-long)",
            text.len()
        )));
    }
    Ok(())
}

/// One locale name (`ja-JP`), exactly as the schema's `locale-id` pattern states it.
fn tag(field: &str, raw: &str) -> Result<LanguageIdentifier, ApiError> {
    crate::langneg::parse_locale_id(raw).ok_or_else(|| {
        ApiError::invalid(
            field,
            format!("`{raw}` is not a BCP 47 language tag (e.g. `ja-JP`)"),
        )
    })
}

/// The buyer's language among `available`: the market's languages in order, else the
/// reference locale.
fn market_locale(market: &MarketDef, available: &[LanguageIdentifier]) -> LanguageIdentifier {
    let wanted: Vec<LanguageIdentifier> = market
        .languages
        .iter()
        .filter_map(|l| l.parse().ok())
        .collect();
    best(&wanted, available)
}

fn best(wanted: &[LanguageIdentifier], available: &[LanguageIdentifier]) -> LanguageIdentifier {
    fluent_langneg::negotiate_languages(
        wanted,
        available,
        Some(&available[0]),
        fluent_langneg::NegotiationStrategy::Filtering,
    )
    .first()
    .map_or_else(|| available[0].clone(), |l| (*l).clone())
}

/// Locales a text can be in: those with lint words or phrase packs, reference first.
fn text_locales(snapshot: &Snapshot) -> Vec<LanguageIdentifier> {
    let mut out = snapshot.locales[..1].to_vec();
    let more = snapshot.guidance.vocabularies.keys().chain(
        snapshot
            .phrases
            .sets
            .values()
            .flat_map(|s| s.locales.iter()),
    );
    for locale in more {
        if !out.contains(locale) {
            out.push(locale.clone());
        }
    }
    out
}
