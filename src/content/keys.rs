//! Names of the editable documents, and where each lives in the `locales/` layout.

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

/// One editable unit of content (DESIGN.md §3). The string form is the database key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DocumentKey {
    /// `channels`: the channel registry (`channels.toml`).
    Channels,
    /// `payments`: the payment method registry (`payments.toml`).
    Payments,
    /// `marketplaces`: the marketplace registry (`marketplaces.toml`).
    Marketplaces,
    /// `market/JP`: a market's structure (`markets/JP.toml`).
    Market(String),
    /// `text/en-US/channels`: channel names in one locale (`en-US/channels.ftl`).
    ChannelText(LanguageIdentifier),
    /// `text/en-US/payments`: payment method names in one locale (`en-US/payments.ftl`).
    PaymentText(LanguageIdentifier),
    /// `text/en-US/marketplaces`: marketplace names in one locale (`en-US/marketplaces.ftl`).
    MarketplaceText(LanguageIdentifier),
    /// `text/en-US/market/JP`: a market's guidance text in one locale (`en-US/markets/JP.ftl`).
    MarketText(LanguageIdentifier, String),
    /// `phrases/en-US/shipping`: one locale's phrase set (`en-US/phrases/shipping.ftl`).
    Phrases(LanguageIdentifier, String),
    /// `text/en-US/guidance`: the sentences the guidance tools say, in one locale
    /// (`en-US/guidance.ftl`).
    GuidanceText(LanguageIdentifier),
    /// `lint/en-US`: the words the message lint looks for in one locale's text: absolute
    /// claims, greeting registers, formality markers (`en-US/lint.toml`).
    LintTerms(LanguageIdentifier),
}

impl DocumentKey {
    /// The document's kind, stored beside its key.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Channels => "channel-registry",
            Self::Payments => "payment-registry",
            Self::Marketplaces => "marketplace-registry",
            Self::Market(_) => "market",
            Self::ChannelText(_) => "channel-text",
            Self::PaymentText(_) => "payment-text",
            Self::MarketplaceText(_) => "marketplace-text",
            Self::MarketText(..) => "market-text",
            Self::Phrases(..) => "phrase-set",
            Self::GuidanceText(_) => "guidance-text",
            Self::LintTerms(_) => "lint-terms",
        }
    }

    /// Path of the document relative to the `locales/` folder.
    pub fn path(&self) -> String {
        match self {
            Self::Channels => "channels.toml".into(),
            Self::Payments => "payments.toml".into(),
            Self::Marketplaces => "marketplaces.toml".into(),
            Self::Market(code) => format!("markets/{code}.toml"),
            Self::ChannelText(locale) => format!("{locale}/channels.ftl"),
            Self::PaymentText(locale) => format!("{locale}/payments.ftl"),
            Self::MarketplaceText(locale) => format!("{locale}/marketplaces.ftl"),
            Self::MarketText(locale, code) => format!("{locale}/markets/{code}.ftl"),
            Self::Phrases(locale, set) => format!("{locale}/phrases/{set}.ftl"),
            Self::GuidanceText(locale) => format!("{locale}/guidance.ftl"),
            Self::LintTerms(locale) => format!("{locale}/lint.toml"),
        }
    }

    /// The inverse of [`DocumentKey::path`]; `None` for files that are not content.
    pub fn from_path(path: &str) -> Option<Self> {
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["channels.toml"] => Some(Self::Channels),
            ["payments.toml"] => Some(Self::Payments),
            ["marketplaces.toml"] => Some(Self::Marketplaces),
            ["markets", file] => Some(Self::Market(market_code(file.strip_suffix(".toml")?)?)),
            [locale, "channels.ftl"] => {
                Some(Self::ChannelText(crate::langneg::parse_locale_id(locale)?))
            }
            [locale, "payments.ftl"] => {
                Some(Self::PaymentText(crate::langneg::parse_locale_id(locale)?))
            }
            [locale, "marketplaces.ftl"] => Some(Self::MarketplaceText(
                crate::langneg::parse_locale_id(locale)?,
            )),
            [locale, "guidance.ftl"] => {
                Some(Self::GuidanceText(crate::langneg::parse_locale_id(locale)?))
            }
            [locale, "lint.toml"] => {
                Some(Self::LintTerms(crate::langneg::parse_locale_id(locale)?))
            }
            [locale, "markets", file] => Some(Self::MarketText(
                crate::langneg::parse_locale_id(locale)?,
                market_code(file.strip_suffix(".ftl")?)?,
            )),
            [locale, "phrases", file] => Some(Self::Phrases(
                crate::langneg::parse_locale_id(locale)?,
                set_id(file.strip_suffix(".ftl")?)?,
            )),
            _ => None,
        }
    }

    pub fn locale(&self) -> Option<&LanguageIdentifier> {
        match self {
            Self::ChannelText(locale)
            | Self::PaymentText(locale)
            | Self::MarketplaceText(locale)
            | Self::MarketText(locale, _)
            | Self::Phrases(locale, _)
            | Self::GuidanceText(locale)
            | Self::LintTerms(locale) => Some(locale),
            _ => None,
        }
    }

    pub fn is_fluent(&self) -> bool {
        self.locale().is_some() && !matches!(self, Self::LintTerms(_))
    }
}

/// Phrase set ids are lowercase kebab-case (`customer-service`).
fn set_id(stem: &str) -> Option<String> {
    let ok = stem.starts_with(|c: char| c.is_ascii_lowercase())
        && stem
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    ok.then(|| stem.to_string())
}

fn market_code(stem: &str) -> Option<String> {
    (stem.len() == 2 && stem.bytes().all(|b| b.is_ascii_uppercase())).then(|| stem.to_string())
}

impl fmt::Display for DocumentKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Channels => f.write_str("channels"),
            Self::Payments => f.write_str("payments"),
            Self::Marketplaces => f.write_str("marketplaces"),
            Self::Market(code) => write!(f, "market/{code}"),
            Self::ChannelText(locale) => write!(f, "text/{locale}/channels"),
            Self::PaymentText(locale) => write!(f, "text/{locale}/payments"),
            Self::MarketplaceText(locale) => write!(f, "text/{locale}/marketplaces"),
            Self::MarketText(locale, code) => write!(f, "text/{locale}/market/{code}"),
            Self::Phrases(locale, set) => write!(f, "phrases/{locale}/{set}"),
            Self::GuidanceText(locale) => write!(f, "text/{locale}/guidance"),
            Self::LintTerms(locale) => write!(f, "lint/{locale}"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("not a document key: {0}")]
pub struct BadKey(String);

/// The regex of a document key, anchored, as `FromStr` reads it (the OpenAPI document
/// states it; a test checks every seed key matches).
pub fn key_syntax() -> String {
    let locale = crate::langneg::LOCALE_ID_SYNTAX;
    format!(
        "^(channels|payments|marketplaces|market/[A-Z]{{2}}|lint/{locale}\
         |text/{locale}/(channels|payments|marketplaces|guidance|market/[A-Z]{{2}})\
         |phrases/{locale}/[a-z][a-z0-9-]*)$"
    )
}

impl FromStr for DocumentKey {
    type Err = BadKey;

    fn from_str(s: &str) -> Result<Self, BadKey> {
        let bad = || BadKey(s.to_string());
        let parts: Vec<&str> = s.split('/').collect();
        match parts.as_slice() {
            ["channels"] => Ok(Self::Channels),
            ["payments"] => Ok(Self::Payments),
            ["marketplaces"] => Ok(Self::Marketplaces),
            ["market", code] => market_code(code).map(Self::Market).ok_or_else(bad),
            ["text", locale, "channels"] => Ok(Self::ChannelText(
                crate::langneg::parse_locale_id(locale).ok_or_else(bad)?,
            )),
            ["text", locale, "payments"] => Ok(Self::PaymentText(
                crate::langneg::parse_locale_id(locale).ok_or_else(bad)?,
            )),
            ["text", locale, "marketplaces"] => Ok(Self::MarketplaceText(
                crate::langneg::parse_locale_id(locale).ok_or_else(bad)?,
            )),
            ["text", locale, "guidance"] => Ok(Self::GuidanceText(
                crate::langneg::parse_locale_id(locale).ok_or_else(bad)?,
            )),
            ["lint", locale] => Ok(Self::LintTerms(
                crate::langneg::parse_locale_id(locale).ok_or_else(bad)?,
            )),
            ["text", locale, "market", code] => Ok(Self::MarketText(
                crate::langneg::parse_locale_id(locale).ok_or_else(bad)?,
                market_code(code).ok_or_else(bad)?,
            )),
            ["phrases", locale, set] => Ok(Self::Phrases(
                crate::langneg::parse_locale_id(locale).ok_or_else(bad)?,
                set_id(set).ok_or_else(bad)?,
            )),
            _ => Err(bad()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_syntax_matches_exactly_what_parses() {
        let syntax = regex::Regex::new(&key_syntax()).unwrap();
        for key in crate::content::ContentSet::seed().unwrap().documents.keys() {
            assert!(syntax.is_match(&key.to_string()), "{key}");
        }
        for bad in [
            "text/10Wu-vFG/guidance",
            "market/jp",
            "text/en_US/channels",
            "phrases/en-US/Bad",
        ] {
            assert!(!syntax.is_match(bad), "{bad}");
            assert!(bad.parse::<DocumentKey>().is_err(), "{bad}");
        }
    }

    #[test]
    fn key_and_path_round_trip() {
        for path in [
            "channels.toml",
            "markets/JP.toml",
            "zh-CN/channels.ftl",
            "payments.toml",
            "marketplaces.toml",
            "en-US/payments.ftl",
            "zh-CN/marketplaces.ftl",
            "en-US/markets/BR.ftl",
            "ja-JP/guidance.ftl",
            "de-DE/lint.toml",
        ] {
            let key = DocumentKey::from_path(path).unwrap();
            assert_eq!(key.path(), path);
            assert_eq!(key.to_string().parse::<DocumentKey>().unwrap(), key);
        }
    }

    #[test]
    fn rejects_what_is_not_content() {
        for path in [
            "README.md",
            "markets/jp.toml",
            "markets/JPN.toml",
            "xx_!/channels.ftl",
            "en-US/other.ftl",
        ] {
            assert_eq!(DocumentKey::from_path(path), None, "{path}");
        }
    }
}
