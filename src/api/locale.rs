//! Locale negotiation: `?lang=` first, then `Accept-Language` by q-weight, then the default.

use actix_web::HttpRequest;
use actix_web::http::header::{AcceptLanguage, Header};
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
    // The header comes from user agents and proxies, not from the caller's own code: an item
    // that is not a language tag is skipped (RFC 9110 §12.5.4 lets a server ignore the
    // field), so a proxy's junk never breaks a read. `?lang=` is the caller's and is checked.
    let mut weighted: Vec<(f32, usize, LanguageIdentifier)> = Vec::new();
    for value in req.headers().get_all(AcceptLanguage::name()) {
        let Ok(value) = value.to_str() else { continue };
        for item in value.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("").trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q=").map(str::parse::<f32>))
                .unwrap_or(Ok(1.0));
            let Ok(quality) = quality else { continue };
            if tag == "*" || !(0.0..=1.0).contains(&quality) || quality == 0.0 {
                continue;
            }
            if let Ok(Some(id)) = crate::langneg::parse_tag(tag) {
                weighted.push((quality, weighted.len(), id));
            }
        }
    }
    // Highest weight first; equal weights keep the header's order.
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    Ok(weighted.into_iter().map(|(_, _, id)| id).collect())
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
