//! Parses a [`ContentSet`] into typed structure and Fluent resources, and checks that the
//! documents agree with each other. A catalog that exists is a valid one.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::commerce::{MarketplaceDef, MarketplaceRegistry, PaymentDef, PaymentRegistry};
use super::diagnostics::{ContentError, ContentErrors};
use super::keys::DocumentKey;
use super::model::{ChannelDef, ChannelRegistry, MarketDef};
use super::source::ContentSet;
use super::validate;
use super::vocabulary::LintVocabulary;

/// The locale every text id must exist in; other locales fall back to it.
pub const REFERENCE_LOCALE: &str = "en-US";

pub fn reference_locale() -> LanguageIdentifier {
    REFERENCE_LOCALE.parse().expect("valid reference locale")
}

#[derive(Debug, Clone)]
pub struct Catalog {
    pub channels: Vec<ChannelDef>,
    /// The payment method registry (empty when the content has no `payments.toml`).
    pub payments: Vec<PaymentDef>,
    /// The marketplace registry (empty when the content has no `marketplaces.toml`).
    pub marketplaces: Vec<MarketplaceDef>,
    pub markets: BTreeMap<String, MarketDef>,
    pub texts: BTreeMap<LanguageIdentifier, LocaleTexts>,
    /// The message lint's words per locale.
    pub vocabularies: BTreeMap<LanguageIdentifier, LintVocabulary>,
}

/// The Fluent resources of one locale.
#[derive(Debug, Clone, Default)]
pub struct LocaleTexts {
    pub channels: Option<Arc<FluentResource>>,
    pub payments: Option<Arc<FluentResource>>,
    pub marketplaces: Option<Arc<FluentResource>>,
    pub markets: BTreeMap<String, Arc<FluentResource>>,
    /// Phrase set id → that set's messages in this locale.
    pub phrases: BTreeMap<String, Arc<FluentResource>>,
    /// What the guidance tools (contact window, lint, composer) say.
    pub guidance: Option<Arc<FluentResource>>,
}

impl LocaleTexts {
    pub fn resource(&self, key: &DocumentKey) -> Option<&Arc<FluentResource>> {
        match key {
            DocumentKey::ChannelText(_) => self.channels.as_ref(),
            DocumentKey::PaymentText(_) => self.payments.as_ref(),
            DocumentKey::MarketplaceText(_) => self.marketplaces.as_ref(),
            DocumentKey::MarketText(_, code) => self.markets.get(code),
            DocumentKey::Phrases(_, set) => self.phrases.get(set),
            DocumentKey::GuidanceText(_) => self.guidance.as_ref(),
            _ => None,
        }
    }
}

impl Catalog {
    pub fn parse(set: &ContentSet) -> Result<Self, ContentErrors> {
        let mut errors = Vec::new();
        let mut channels = None;
        let mut payments = Vec::new();
        let mut marketplaces = Vec::new();
        let mut markets = BTreeMap::new();
        let mut texts: BTreeMap<LanguageIdentifier, LocaleTexts> = BTreeMap::new();
        let mut vocabularies = BTreeMap::new();

        for (key, text) in &set.documents {
            let path = key.path();
            match key {
                DocumentKey::Channels => {
                    if let Some(registry) = parse_toml::<ChannelRegistry>(&path, text, &mut errors)
                    {
                        channels = Some(registry.channels);
                    }
                }
                DocumentKey::Payments => {
                    if let Some(registry) = parse_toml::<PaymentRegistry>(&path, text, &mut errors)
                    {
                        payments = registry.payments;
                    }
                }
                DocumentKey::Marketplaces => {
                    if let Some(registry) =
                        parse_toml::<MarketplaceRegistry>(&path, text, &mut errors)
                    {
                        marketplaces = registry.marketplaces;
                    }
                }
                DocumentKey::Market(code) => {
                    if let Some(market) = parse_toml::<MarketDef>(&path, text, &mut errors) {
                        if &market.code != code {
                            errors.push(ContentError::new(
                                &path,
                                format!(
                                    "code `{}` does not match the file name `{code}`",
                                    market.code
                                ),
                            ));
                        }
                        markets.insert(code.clone(), market);
                    }
                }
                DocumentKey::LintTerms(locale) => {
                    if let Some(vocabulary) = parse_toml::<LintVocabulary>(&path, text, &mut errors)
                    {
                        errors.extend(
                            vocabulary
                                .problems()
                                .into_iter()
                                .map(|p| ContentError::new(&path, p)),
                        );
                        vocabularies.insert(locale.clone(), vocabulary);
                    }
                }
                DocumentKey::ChannelText(locale)
                | DocumentKey::PaymentText(locale)
                | DocumentKey::MarketplaceText(locale)
                | DocumentKey::MarketText(locale, _)
                | DocumentKey::GuidanceText(locale)
                | DocumentKey::Phrases(locale, _) => {
                    let Some(resource) = parse_fluent(&path, text, &mut errors) else {
                        continue;
                    };
                    let entry = texts.entry(locale.clone()).or_default();
                    match key {
                        DocumentKey::MarketText(_, code) => {
                            entry.markets.insert(code.clone(), resource);
                        }
                        DocumentKey::Phrases(_, set) => {
                            entry.phrases.insert(set.clone(), resource);
                        }
                        DocumentKey::PaymentText(_) => entry.payments = Some(resource),
                        DocumentKey::MarketplaceText(_) => entry.marketplaces = Some(resource),
                        DocumentKey::GuidanceText(_) => entry.guidance = Some(resource),
                        _ => entry.channels = Some(resource),
                    }
                }
            }
        }

        let Some(channels) = channels else {
            errors.push(ContentError::new(
                DocumentKey::Channels.path(),
                "the channel registry is missing",
            ));
            return Err(ContentErrors(errors));
        };
        let catalog = Catalog {
            channels,
            payments,
            marketplaces,
            markets,
            texts,
            vocabularies,
        };
        // Cross-document checks on a partly parsed set would report phantom problems.
        if errors.is_empty() {
            errors.extend(validate::structure(&catalog));
            errors.extend(validate::commerce(&catalog, set));
            errors.extend(catalog.check_texts());
            errors.extend(crate::phrases::lint::check(
                &reference_locale(),
                &catalog.phrase_packs(),
            ));
        }
        if errors.is_empty() {
            Ok(catalog)
        } else {
            Err(ContentErrors(errors))
        }
    }

    /// The locales that have guidance text (market or channel), reference locale first.
    pub fn locales(&self) -> Vec<LanguageIdentifier> {
        let reference = reference_locale();
        let mut locales = vec![reference.clone()];
        locales.extend(
            self.texts
                .iter()
                .filter(|(l, t)| {
                    **l != reference
                        && (t.channels.is_some() || !t.markets.is_empty() || t.guidance.is_some())
                })
                .map(|(l, _)| l.clone()),
        );
        locales
    }

    /// Phrase set id → locale → that locale's pack.
    pub fn phrase_packs(
        &self,
    ) -> BTreeMap<String, BTreeMap<LanguageIdentifier, Arc<FluentResource>>> {
        let mut sets: BTreeMap<String, BTreeMap<_, _>> = BTreeMap::new();
        for (locale, texts) in &self.texts {
            for (set, resource) in &texts.phrases {
                sets.entry(set.clone())
                    .or_default()
                    .insert(locale.clone(), Arc::clone(resource));
            }
        }
        sets
    }

    /// Every message (and required attributes) the structure refers to, per text document.
    pub fn required_messages(&self) -> BTreeMap<DocumentKey, BTreeMap<String, Vec<&'static str>>> {
        let reference = reference_locale();
        let mut out = BTreeMap::new();
        out.insert(
            DocumentKey::ChannelText(reference.clone()),
            self.channels
                .iter()
                .map(|c| (format!("channel-{}", c.id), vec!["description"]))
                .collect(),
        );
        if !self.payments.is_empty() {
            out.insert(
                DocumentKey::PaymentText(reference.clone()),
                self.payments
                    .iter()
                    .map(|p| (format!("payment-{}", p.id), vec!["description"]))
                    .collect(),
            );
        }
        if !self.marketplaces.is_empty() {
            out.insert(
                DocumentKey::MarketplaceText(reference.clone()),
                self.marketplaces
                    .iter()
                    .map(|p| (format!("marketplace-{}", p.id), vec!["description"]))
                    .collect(),
            );
        }
        // Releases published before the guidance tools have no guidance text and stay
        // readable; once any locale has one, the reference must hold every message.
        if self.texts.values().any(|t| t.guidance.is_some()) {
            out.insert(
                DocumentKey::GuidanceText(reference.clone()),
                crate::guidance::text::MESSAGES
                    .iter()
                    .map(|id| (id.to_string(), vec![]))
                    .collect(),
            );
        }
        for (code, m) in &self.markets {
            let mut ids: BTreeMap<String, Vec<&'static str>> = BTreeMap::new();
            if m.quiet_hours.is_some() {
                ids.insert("quiet-hours".into(), vec![]);
            }
            ids.extend(
                m.seasonal_hours
                    .iter()
                    .map(|s| (format!("seasonal-hours-{}", s.id), vec![])),
            );
            for id in ["market-name", "market-summary", "business-hours"] {
                ids.insert(id.into(), vec![]);
            }
            ids.extend(
                m.channels
                    .iter()
                    .map(|c| (format!("channel-{}", c.id), vec![])),
            );
            ids.extend(
                m.holidays
                    .iter()
                    .map(|h| (format!("holiday-{}", h.id), vec![])),
            );
            if m.sandwiched_day_is_holiday {
                let id = format!("holiday-{}", crate::calendar::SANDWICHED_DAY);
                ids.insert(id, vec![]);
            }
            let make_up_days = m
                .holidays
                .iter()
                .flat_map(|h| &h.schedules)
                .any(|s| !s.working_days.is_empty());
            if make_up_days {
                let id = format!("holiday-{}", crate::calendar::WORKING_DAY);
                ids.insert(id, vec![]);
            }
            ids.extend(
                m.etiquette
                    .iter()
                    .map(|e| (format!("etiquette-{}", e.id), vec!["title"])),
            );
            ids.extend(
                m.taboos
                    .iter()
                    .map(|t| (format!("taboo-{}", t.id), vec!["rationale"])),
            );
            // Each commerce section is explained in the market's own text.
            for (section, _) in super::commerce::provenances(m) {
                ids.insert(format!("commerce-{section}"), vec![]);
            }
            if m.import
                .as_ref()
                .is_some_and(|i| i.buyer_customs_id.is_some())
            {
                ids.insert("commerce-customs-id".into(), vec!["name"]);
            }
            out.insert(
                DocumentKey::MarketText(reference.clone(), code.clone()),
                ids,
            );
        }
        out
    }

    /// The reference locale must hold every required message; no locale may hold messages the
    /// structure does not refer to (they would never be shown); every text must belong to a market.
    fn check_texts(&self) -> Vec<ContentError> {
        let mut errors = Vec::new();
        let reference = reference_locale();
        let required = self.required_messages();
        for (ref_key, wanted) in &required {
            for locale in self.texts.keys() {
                let key = match ref_key {
                    DocumentKey::ChannelText(_) => DocumentKey::ChannelText(locale.clone()),
                    DocumentKey::PaymentText(_) => DocumentKey::PaymentText(locale.clone()),
                    DocumentKey::MarketplaceText(_) => DocumentKey::MarketplaceText(locale.clone()),
                    DocumentKey::MarketText(_, code) => {
                        DocumentKey::MarketText(locale.clone(), code.clone())
                    }
                    DocumentKey::GuidanceText(_) => DocumentKey::GuidanceText(locale.clone()),
                    _ => unreachable!("only text documents are required"),
                };
                let resource = self.texts[locale].resource(&key);
                let Some(resource) = resource else {
                    if *locale == reference {
                        errors.push(ContentError::new(
                            key.path(),
                            "missing in the reference locale",
                        ));
                    }
                    continue;
                };
                let present = messages(resource);
                if *locale == reference {
                    for (id, attrs) in wanted {
                        match present.get(id.as_str()) {
                            None => errors.push(ContentError::new(
                                key.path(),
                                format!("message `{id}` is missing"),
                            )),
                            Some(have) => {
                                for attr in attrs.iter().filter(|a| !have.contains(*a)) {
                                    errors.push(ContentError::new(
                                        key.path(),
                                        format!("message `{id}` lacks attribute `.{attr}`"),
                                    ));
                                }
                            }
                        }
                    }
                }
                for id in present.keys().filter(|id| !wanted.contains_key(**id)) {
                    errors.push(ContentError::new(
                        key.path(),
                        format!("message `{id}` is not used by the structure"),
                    ));
                }
            }
        }
        for (locale, texts) in &self.texts {
            for code in texts
                .markets
                .keys()
                .filter(|c| !self.markets.contains_key(*c))
            {
                errors.push(ContentError::new(
                    DocumentKey::MarketText(locale.clone(), code.clone()).path(),
                    format!("text for market `{code}`, which has no markets/{code}.toml"),
                ));
            }
        }
        errors
    }
}

/// Checks one document on its own (TOML schema or Fluent syntax), before it is combined with
/// the others; an empty list means it parses.
pub fn check_document(key: &DocumentKey, text: &str) -> Vec<ContentError> {
    let path = key.path();
    let mut errors = Vec::new();
    match key {
        DocumentKey::Channels => {
            parse_toml::<ChannelRegistry>(&path, text, &mut errors);
        }
        DocumentKey::Payments => {
            parse_toml::<PaymentRegistry>(&path, text, &mut errors);
        }
        DocumentKey::Marketplaces => {
            parse_toml::<MarketplaceRegistry>(&path, text, &mut errors);
        }
        DocumentKey::Market(code) => {
            if let Some(market) = parse_toml::<MarketDef>(&path, text, &mut errors)
                && &market.code != code
            {
                errors.push(ContentError::new(
                    &path,
                    format!(
                        "code `{}` does not match the document `{code}`",
                        market.code
                    ),
                ));
            }
        }
        DocumentKey::LintTerms(_) => {
            if let Some(vocabulary) = parse_toml::<LintVocabulary>(&path, text, &mut errors) {
                errors.extend(
                    vocabulary
                        .problems()
                        .into_iter()
                        .map(|p| ContentError::new(&path, p)),
                );
            }
        }
        _ => {
            parse_fluent(&path, text, &mut errors);
        }
    }
    errors
}

/// Message id → attribute names.
pub fn messages(resource: &FluentResource) -> BTreeMap<&str, BTreeSet<&str>> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => {
                Some((m.id.name, m.attributes.iter().map(|a| a.id.name).collect()))
            }
            _ => None,
        })
        .collect()
}

fn parse_toml<T: serde::de::DeserializeOwned>(
    path: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    match toml::from_str(text) {
        Ok(value) => Some(value),
        Err(e) => {
            let message = e.message().trim().to_string();
            errors.push(match e.span() {
                Some(span) => ContentError::at(path, text, span, &message),
                None => ContentError::new(path, message),
            });
            None
        }
    }
}

fn parse_fluent(
    path: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<Arc<FluentResource>> {
    match FluentResource::try_new(text.to_string()) {
        Ok(resource) => Some(Arc::new(resource)),
        Err((_, parse_errors)) => {
            errors.extend(
                parse_errors
                    .iter()
                    .map(|e| ContentError::at(path, text, e.pos.clone(), &e.kind.to_string())),
            );
            None
        }
    }
}
