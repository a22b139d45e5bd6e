//! Locale negotiation shared by guidance and phrase sets: the requested BCP 47 tags matched
//! against the locales that have text, best first, ending with the reference locale.
//!
//! fluent-langneg alone gets two families wrong for buyers. Traditional-Chinese readers
//! (`zh-TW`, `zh-Hant`, `zh-HK`, `zh-MO`) must never be served Simplified text: the TW profile
//! itself says so, and in Taiwan it reads as a political statement. Latin-American Spanish
//! (`es-419`, `es-AR`, `es-CO`, ...) should get `es-MX` before Spain's Spanish (vosotros,
//! "ordenador", "coger" mean other things there).

use std::sync::LazyLock;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use regex::Regex;
use unic_langid::LanguageIdentifier;
use unic_langid::subtags::{Language, Region, Script};

/// Regions whose Spanish is Latin American (UN M49 419 plus the US, whose Spanish speakers
/// mostly use it).
const LATIN_AMERICA: &[&str] = &[
    "419", "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE",
    "PR", "PY", "SV", "US", "UY", "VE",
];

/// Regions whose Chinese is written in Traditional characters by default.
const TRADITIONAL_REGIONS: &[&str] = &["TW", "HK", "MO"];

/// The syntax of one BCP 47 tag (RFC 5646 §2.1 `Language-Tag`: langtag, private use, the
/// irregular grandfathered tags), unanchored. The server refuses exactly what this refuses;
/// the OpenAPI document states the same regex (`src/openapi/contract.rs`), so a client or a
/// fuzzer generating from the schema never meets a surprise 400.
pub const TAG_SYNTAX: &str = concat!(
    "(",
    // langtag: language (with extlangs), script, region, variants, extensions, private use
    "(([A-Za-z]{2,3}(-[A-Za-z]{3}){0,3})|[A-Za-z]{4,8})",
    "(-[A-Za-z]{4})?",
    "(-([A-Za-z]{2}|[0-9]{3}))?",
    "(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*",
    "(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*",
    "(-[xX](-[A-Za-z0-9]{1,8})+)?",
    "|[xX](-[A-Za-z0-9]{1,8})+",
    "|en-GB-oed|i-(ami|bnn|default|enochian|hak|klingon|lux|mingo|navajo|pwn|tao|tay|tsu)",
    "|sgn-(BE-FR|BE-NL|CH-DE)",
    ")"
);

/// The subset unic-langid reads (and locale names in document keys and pack paths use):
/// language, script, region and variants, `-` separated. Unanchored.
pub const LOCALE_ID_SYNTAX: &str = concat!(
    "([A-Za-z]{2,3}|[A-Za-z]{5,8})",
    "(-[A-Za-z]{4})?",
    "(-([A-Za-z]{2}|[0-9]{3}))?",
    "(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
);

/// A whole string that is one tag of [`TAG_SYNTAX`].
pub fn is_tag(text: &str) -> bool {
    static TAG: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!("^{TAG_SYNTAX}$")).expect("a valid regex"));
    TAG.is_match(text)
}

/// A locale name as document keys and pack paths spell it (`zh-CN`, `sr-Latn-RS`).
pub fn parse_locale_id(text: &str) -> Option<LanguageIdentifier> {
    static ID: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!("^{LOCALE_ID_SYNTAX}$")).expect("a valid regex"));
    ID.is_match(text).then(|| text.parse().ok()).flatten()
}

/// Reads one BCP 47 tag (RFC 5646) the way negotiation needs it: `Err` when it is not a
/// well-formed tag, `Ok(None)` when it is well-formed but names no language we could match
/// (private use such as `x-klingon`, irregular grandfathered tags such as `i-klingon`), else
/// the language, script, region and variants with extensions dropped
/// (`zh-Hans-CN-u-ca-chinese` → `zh-Hans-CN`).
///
/// unic-langid alone refuses extensions and private use, which are valid tags browsers and
/// clients do send; refusing the whole request for them would be wrong.
/// A tag of the right syntax that language-tags still refuses (a repeated variant or
/// extension) names nothing we can match, so it is `Ok(None)` too.
pub fn parse_tag(tag: &str) -> Result<Option<LanguageIdentifier>, NotATag> {
    if !is_tag(tag) {
        return Err(NotATag);
    }
    let Ok(parsed) = language_tags::LanguageTag::parse(tag) else {
        return Ok(None);
    };
    let parsed = parsed.canonicalize().unwrap_or(parsed);
    let language = parsed.primary_language();
    if language.eq_ignore_ascii_case("x") || language.eq_ignore_ascii_case("i") {
        return Ok(None);
    }
    let mut core = language.to_owned();
    for part in parsed
        .script()
        .into_iter()
        .chain(parsed.region())
        .chain(parsed.variant_subtags())
    {
        core.push('-');
        core.push_str(part);
    }
    // A language subtag unic-langid does not take (4-8 letters, reserved or registered for
    // future use) matches nothing we have either.
    Ok(core.parse().ok())
}

/// Text that is not a BCP 47 language tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotATag;

/// The locales to try for `requested`, best first; `available[0]` (the reference) is last
/// unless requested earlier. Each requested tag contributes, in order: an exact match, the
/// locale standing in for its family (`zh-TW`, `es-MX`), then fluent-langneg's matches.
pub fn chain(
    requested: &[LanguageIdentifier],
    available: &[LanguageIdentifier],
) -> Vec<LanguageIdentifier> {
    let mut out: Vec<LanguageIdentifier> = Vec::new();
    let push = |locale: &LanguageIdentifier, out: &mut Vec<LanguageIdentifier>| {
        if !out.contains(locale) {
            out.push(locale.clone());
        }
    };
    for tag in requested {
        // Readers of one Chinese script are not served the other.
        let traditional = is_traditional_chinese(tag);
        let simplified = is_simplified_chinese(tag);
        if let Some(exact) = available.iter().find(|l| *l == tag) {
            push(exact, &mut out);
        }
        let mut wanted = Vec::with_capacity(2);
        wanted.extend(stand_in(tag));
        wanted.push(tag.clone());
        for want in &wanted {
            let matches = negotiate_languages(
                std::slice::from_ref(want),
                available,
                None,
                NegotiationStrategy::Filtering,
            );
            for locale in matches {
                if (traditional && is_simplified_chinese(locale))
                    || (simplified && is_traditional_chinese(locale))
                {
                    continue;
                }
                push(locale, &mut out);
            }
        }
    }
    if let Some(reference) = available.first() {
        push(reference, &mut out);
    }
    out
}

/// The locale that serves a whole family: `zh-TW` for Traditional Chinese, `es-MX` for
/// Latin-American Spanish.
fn stand_in(tag: &LanguageIdentifier) -> Option<LanguageIdentifier> {
    let stand_in = if is_traditional_chinese(tag) {
        "zh-TW"
    } else if tag.language == lang("es") && tag.region.is_some_and(|r| in_list(r, LATIN_AMERICA)) {
        "es-MX"
    } else {
        return None;
    };
    stand_in.parse().ok()
}

pub fn is_traditional_chinese(tag: &LanguageIdentifier) -> bool {
    tag.language == lang("zh")
        && match tag.script {
            Some(script) => script == script_of("Hant"),
            None => tag.region.is_some_and(|r| in_list(r, TRADITIONAL_REGIONS)),
        }
}

fn is_simplified_chinese(tag: &LanguageIdentifier) -> bool {
    tag.language == lang("zh")
        && match tag.script {
            Some(script) => script == script_of("Hans"),
            None => !tag.region.is_some_and(|r| in_list(r, TRADITIONAL_REGIONS)),
        }
}

fn in_list(region: Region, list: &[&str]) -> bool {
    list.iter().any(|r| region.as_str() == *r)
}

fn lang(code: &str) -> Language {
    code.parse().expect("a valid language subtag")
}

fn script_of(code: &str) -> Script {
    code.parse().expect("a valid script subtag")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(tags: &[&str]) -> Vec<LanguageIdentifier> {
        tags.iter().map(|t| t.parse().unwrap()).collect()
    }

    fn names(chain: &[LanguageIdentifier]) -> Vec<String> {
        chain.iter().map(ToString::to_string).collect()
    }

    const AVAILABLE: &[&str] = &[
        "en-US", "ar-SA", "de-DE", "es-ES", "es-MX", "zh-CN", "zh-TW",
    ];

    #[test]
    fn valid_tags_outside_unic_langid_parse_or_fall_back() {
        let parsed = |t: &str| parse_tag(t).unwrap().map(|id| id.to_string());
        assert_eq!(
            parsed("zh-Hans-CN-u-ca-chinese").as_deref(),
            Some("zh-Hans-CN")
        );
        assert_eq!(parsed("de-DE-x-phonebk").as_deref(), Some("de-DE"));
        assert_eq!(parsed("sl-rozaj-biske").as_deref(), Some("sl-biske-rozaj"));
        assert_eq!(parsed("x-klingon"), None);
        assert_eq!(
            parse_locale_id("zh-CN").map(|l| l.to_string()).as_deref(),
            Some("zh-CN")
        );
        assert_eq!(parse_locale_id("en_US"), None);
        assert_eq!(parse_locale_id("zh-Hans-CN-u-ca-chinese"), None);
        // Irregular grandfathered: the preferred value when it has one, else nothing.
        assert_eq!(parsed("i-klingon").as_deref(), Some("tlh"));
        assert_eq!(parsed("i-enochian"), None);
        // Regular grandfathered tags canonicalize to their preferred value.
        assert_eq!(parsed("zh-min-nan").as_deref(), Some("nan"));
        assert_eq!(parsed("en-GB-oed").as_deref(), Some("en-GB-oxendict"));
        for bad in [
            "",
            "en_US",
            "a",
            "zh-Hans-CN-u",
            "en--US",
            "123",
            "0",
            "p0RbgB",
        ] {
            assert!(parse_tag(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn traditional_chinese_never_gets_simplified() {
        for tag in [
            "zh-TW",
            "zh-Hant",
            "zh-HK",
            "zh-Hant-HK",
            "zh-MO",
            "zh-Hant-TW",
        ] {
            let got = chain(&ids(&[tag]), &ids(AVAILABLE));
            assert_eq!(names(&got), ["zh-TW", "en-US"], "{tag}");
        }
        // Without a zh-TW pack they get the reference, not zh-CN.
        let got = chain(&ids(&["zh-HK"]), &ids(&["en-US", "zh-CN"]));
        assert_eq!(names(&got), ["en-US"]);
    }

    #[test]
    fn simplified_chinese_is_unchanged() {
        for tag in ["zh-CN", "zh", "zh-Hans", "zh-SG"] {
            let got = chain(&ids(&[tag]), &ids(AVAILABLE));
            assert_eq!(got[0].to_string(), "zh-CN", "{tag}");
            assert!(!names(&got).contains(&"zh-TW".to_string()), "{tag}");
        }
    }

    #[test]
    fn latin_american_spanish_gets_mexican_spanish_first() {
        for tag in ["es-419", "es-AR", "es-CO", "es-CL", "es-US", "es-MX"] {
            let got = chain(&ids(&[tag]), &ids(AVAILABLE));
            assert_eq!(names(&got)[..2], ["es-MX", "es-ES"], "{tag}");
        }
        let got = chain(&ids(&["es"]), &ids(AVAILABLE));
        assert_eq!(got[0].to_string(), "es-ES");
        let got = chain(&ids(&["es-ES"]), &ids(AVAILABLE));
        assert_eq!(got[0].to_string(), "es-ES");
    }

    #[test]
    fn other_regions_match_their_language() {
        let got = chain(&ids(&["ar-EG", "en"]), &ids(AVAILABLE));
        assert_eq!(names(&got), ["ar-SA", "en-US"]);
        let got = chain(&ids(&["de-AT"]), &ids(AVAILABLE));
        assert_eq!(names(&got), ["de-DE", "en-US"]);
        let got = chain(&[], &ids(AVAILABLE));
        assert_eq!(names(&got), ["en-US"]);
    }
}
