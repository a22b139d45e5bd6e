//! Every sentence the guidance tools return, resolved from Fluent content built once per
//! release: `<locale>/guidance.ftl` for the tools' own sentences, and the market texts for what
//! a finding or note cites (a taboo's rationale, the quiet-hours rule, an etiquette rule).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::content::catalog::{Catalog, reference_locale};
use crate::content::model::ChannelDef;
use crate::content::vocabulary::LintVocabulary;
use crate::snapshot::localize::Localizer;

/// The messages `guidance.ftl` must define in the reference locale.
pub const MESSAGES: &[&str] = &[
    "window-open",
    "window-closed",
    "window-holiday",
    "window-working-day",
    "window-seasonal-hours",
    "window-quiet-hours",
    "window-reply-expected",
    "window-channel",
    "lint-taboo",
    "lint-absolute-claim",
    "lint-absolute-claim-rationale",
    "lint-absolute-claim-suggestion",
    "lint-salutation-mirror",
    "lint-salutation-mirror-rationale",
    "lint-emoji",
    "lint-emoji-avoid",
    "lint-length-limit",
    "lint-length-sms",
    "lint-length-rationale",
    "lint-formality-plain",
    "lint-formality-mixed",
    "lint-formality-rationale",
];

type Bundle = FluentBundle<Arc<FluentResource>>;

/// A market's texts the tools cite, in one locale.
#[derive(Debug, Default)]
pub struct MarketWords {
    pub name: String,
    /// Taboo id → (what to avoid, why).
    pub taboos: HashMap<String, (String, String)>,
    /// Etiquette id → the rule.
    pub etiquette: HashMap<String, String>,
    pub quiet_hours: Option<String>,
    /// Seasonal hours id → explanation.
    pub seasonal: HashMap<String, String>,
}

pub struct GuidanceBook {
    bundles: BTreeMap<LanguageIdentifier, Bundle>,
    markets: HashMap<(LanguageIdentifier, String), MarketWords>,
    channel_names: HashMap<(LanguageIdentifier, String), String>,
    /// Lint words per locale.
    pub vocabularies: BTreeMap<LanguageIdentifier, LintVocabulary>,
    /// The channel registry by id.
    pub channels: BTreeMap<String, ChannelDef>,
    /// Locales with text, reference first (the snapshot's).
    locales: Vec<LanguageIdentifier>,
    /// Holiday dates of this release, per market and year.
    pub occurrences: super::hours::OccurrenceCache,
}

impl GuidanceBook {
    pub fn build(catalog: &Catalog, locales: &[LanguageIdentifier]) -> Self {
        let bundles = catalog
            .texts
            .iter()
            .filter_map(|(locale, texts)| {
                let resource = texts.guidance.as_ref()?;
                let mut bundle = Bundle::new_concurrent(vec![locale.clone()]);
                // Plain text: no isolation marks around the quoted matches.
                bundle.set_use_isolating(false);
                bundle.add_builtins().expect("builtins on an empty bundle");
                bundle
                    .add_resource(Arc::clone(resource))
                    .expect("a validated resource has unique ids");
                Some((locale.clone(), bundle))
            })
            .collect();
        let reference = reference_locale();
        let chain = |locale: &LanguageIdentifier| {
            let mut chain = vec![locale.clone()];
            if *locale != reference {
                chain.push(reference.clone());
            }
            chain
        };
        let mut markets = HashMap::new();
        let mut channel_names = HashMap::new();
        for locale in locales {
            let channel_text = Localizer::new(chain(locale).into_iter().filter_map(|l| {
                let r = catalog.texts.get(&l)?.channels.as_ref()?;
                Some((l, Arc::clone(r)))
            }));
            for channel in &catalog.channels {
                let name = channel_text
                    .get(&format!("channel-{}", channel.id), None)
                    .unwrap_or_else(|| channel.id.clone());
                channel_names.insert((locale.clone(), channel.id.clone()), name);
            }
            for (code, market) in &catalog.markets {
                let text = Localizer::new(chain(locale).into_iter().filter_map(|l| {
                    let r = catalog.texts.get(&l)?.markets.get(code)?;
                    Some((l, Arc::clone(r)))
                }));
                let words = MarketWords {
                    name: text.text("market-name", None),
                    taboos: market
                        .taboos
                        .iter()
                        .map(|t| {
                            let id = format!("taboo-{}", t.id);
                            (
                                t.id.clone(),
                                (text.text(&id, None), text.text(&id, Some("rationale"))),
                            )
                        })
                        .collect(),
                    etiquette: market
                        .etiquette
                        .iter()
                        .map(|e| {
                            (
                                e.id.clone(),
                                text.text(&format!("etiquette-{}", e.id), None),
                            )
                        })
                        .collect(),
                    quiet_hours: market
                        .quiet_hours
                        .as_ref()
                        .and_then(|_| text.get("quiet-hours", None)),
                    seasonal: market
                        .seasonal_hours
                        .iter()
                        .filter_map(|s| {
                            let t = text.get(&format!("seasonal-hours-{}", s.id), None)?;
                            Some((s.id.clone(), t))
                        })
                        .collect(),
                };
                markets.insert((locale.clone(), code.clone()), words);
            }
        }
        Self {
            bundles,
            markets,
            channel_names,
            vocabularies: catalog.vocabularies.clone(),
            channels: catalog
                .channels
                .iter()
                .map(|c| (c.id.clone(), c.clone()))
                .collect(),
            locales: locales.to_vec(),
            occurrences: Default::default(),
        }
    }

    /// A guidance sentence in `locale` (falling back to the reference locale).
    pub fn say(&self, locale: &LanguageIdentifier, id: &str, args: &FluentArgs<'_>) -> String {
        let reference = reference_locale();
        for l in [locale, &reference] {
            let Some(bundle) = self.bundles.get(l) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(args), &mut errors)
                .into_owned();
        }
        id.to_string()
    }

    /// The market's cited texts in `locale` (the reference locale's when it has none).
    pub fn market(&self, locale: &LanguageIdentifier, code: &str) -> Option<&MarketWords> {
        self.markets
            .get(&(locale.clone(), code.to_string()))
            .or_else(|| {
                self.markets
                    .get(&(self.locales[0].clone(), code.to_string()))
            })
    }

    pub fn channel_name(&self, locale: &LanguageIdentifier, id: &str) -> String {
        self.channel_names
            .get(&(locale.clone(), id.to_string()))
            .or_else(|| {
                self.channel_names
                    .get(&(self.locales[0].clone(), id.to_string()))
            })
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    /// The lint words for text in `locale`: that locale's, else another of the same language.
    pub fn vocabulary(&self, locale: &LanguageIdentifier) -> Option<&LintVocabulary> {
        self.vocabularies.get(locale).or_else(|| {
            self.vocabularies
                .iter()
                .find(|(l, _)| l.language == locale.language)
                .map(|(_, v)| v)
        })
    }
}
