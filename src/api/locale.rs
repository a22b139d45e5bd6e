//! Locale negotiation: `?lang=` first, then `Accept-Language` by q-weight, then the default.

use actix_web::HttpRequest;
use actix_web::http::header::{AcceptLanguage, Header, Preference};
use unic_langid::LanguageIdentifier;

use super::problem::ApiError;
use crate::snapshot::Snapshot;

/// Picks the best of `available` (reference locale first) for this request.
pub fn negotiate(
    req: &HttpRequest,
    lang: Option<&str>,
    available: &[LanguageIdentifier],
) -> Result<LanguageIdentifier, ApiError> {
    let requested = requested(req, lang, "lang")?;
    Ok(crate::langneg::chain(&requested, available).swap_remove(0))
}

/// The locales a request asks for, best first: `explicit` (a parameter named `field`) when
/// given, else the `Accept-Language` header by q-weight.
pub fn requested(
    req: &HttpRequest,
    explicit: Option<&str>,
    field: &str,
) -> Result<Vec<LanguageIdentifier>, ApiError> {
    if let Some(explicit) = explicit {
        let mut tags = Vec::new();
        for tag in explicit.split(',').map(str::trim) {
            let parsed = crate::langneg::parse_tag(tag).map_err(|_| {
                ApiError::invalid(
                    field,
                    format!("`{tag}` is not a BCP 47 language tag (e.g. `zh-CN`)"),
                )
            })?;
            tags.extend(parsed);
        }
        return Ok(tags);
    }
    if !req.headers().contains_key(AcceptLanguage::name()) {
        return Ok(Vec::new());
    }
    let malformed = || {
        ApiError::invalid(
            "Accept-Language",
            "the header is malformed (expected e.g. `de-DE,de;q=0.9,en;q=0.8`)",
        )
    };
    // actix skips items it cannot parse; a client sending garbage should hear about it.
    for value in req.headers().get_all(AcceptLanguage::name()) {
        let value = value.to_str().map_err(|_| malformed())?;
        for item in value.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let tag = item.split(';').next().unwrap_or("").trim();
            if tag != "*" && crate::langneg::parse_tag(tag).is_err() {
                return Err(ApiError::invalid(
                    "Accept-Language",
                    format!("`{tag}` is not a BCP 47 language tag"),
                ));
            }
        }
    }
    let header = AcceptLanguage::parse(req).map_err(|_| malformed())?;
    // `ranked()` orders by q-weight; fluent-langneg alone would ignore the weights.
    Ok(header
        .ranked()
        .into_iter()
        .filter_map(|preference| match preference {
            Preference::Specific(tag) => crate::langneg::parse_tag(tag.as_str()).ok().flatten(),
            Preference::Any => None,
        })
        .collect())
}

/// The buyer languages of market `code` (from its profile, most used first), as a request.
pub fn market_languages(
    snapshot: &Snapshot,
    code: &str,
) -> Result<Vec<LanguageIdentifier>, ApiError> {
    let market = snapshot
        .market_defs
        .get(&code.to_ascii_uppercase())
        .ok_or_else(|| {
            ApiError::invalid(
                "market",
                format!(
                    "there is no market `{code}` (expected an ISO 3166-1 alpha-2 code such as `TW`)"
                ),
            )
        })?;
    // The catalog validated every tag.
    Ok(market
        .languages
        .iter()
        .filter_map(|tag| tag.parse().ok())
        .collect())
}
