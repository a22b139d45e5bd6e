//! The in-memory snapshot of a published release that storefront reads are served from.
//! Built once per release; the hot responses are pre-serialized with their ETags.

pub mod commerce;
pub mod history;
pub mod localize;
pub mod memo;
pub mod views;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use actix_web::web::Bytes;
use arc_swap::ArcSwap;
use unic_langid::LanguageIdentifier;

use fluent_bundle::FluentResource;

use crate::compression::{Precompressed, etag_of};
use crate::content::catalog::{Catalog, LocaleTexts, reference_locale};
use crate::content::model::{MarketDef, Region};
use crate::phrases::PhraseBook;
use localize::Localizer;
use views::{
    BusinessHoursView, ChannelAdvice, ChannelList, ChannelView, EtiquetteView, HolidayView,
    MarketList, MarketProfile, MarketSummary, ReleaseInfo, TabooView,
};

/// A response body ready to send, with its entity tag.
#[derive(Debug, Clone)]
pub struct Cached {
    pub body: Bytes,
    pub etag: String,
    /// Its `br` and `gzip` copies, made on first request and kept with the release.
    pub compressed: Arc<Precompressed>,
}

impl Cached {
    fn json(value: &impl serde::Serialize) -> Self {
        let body = serde_json::to_vec(value).expect("views serialize");
        Self {
            etag: etag_of(&body),
            body: Bytes::from(body),
            compressed: Precompressed::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct HolidayText {
    pub name: String,
    pub note: Option<String>,
    /// The name of a make-up working day for this holiday ("Working day (make-up for …)"),
    /// where the market's text has `holiday-working-day`.
    pub working_day: Option<String>,
}

/// Language-neutral facts used to filter lists.
#[derive(Debug, Clone)]
pub struct MarketIndex {
    pub code: String,
    pub region: Region,
    pub channels: Vec<String>,
    /// Payment method ids the market ranks.
    pub payments: Vec<String>,
    /// Marketplace ids the market ranks.
    pub marketplaces: Vec<String>,
}

pub struct Snapshot {
    pub release: ReleaseInfo,
    /// Locales with text, reference locale first.
    pub locales: Vec<LanguageIdentifier>,
    pub markets: Vec<MarketIndex>,
    pub channel_ids: BTreeSet<String>,
    pub payment_ids: BTreeSet<String>,
    pub marketplace_ids: BTreeSet<String>,
    pub phrases: PhraseBook,
    /// Market structure by code, for computations such as the holiday calendar.
    pub market_defs: BTreeMap<String, MarketDef>,
    /// Sentences, words and registries the guidance tools use.
    pub guidance: crate::guidance::text::GuidanceBook,
    views: HashMap<LanguageIdentifier, LocaleView>,
    /// Answers computed on request (holiday ranges), kept for the life of the release.
    pub memo: memo::Memo,
}

/// Everything readable in one locale.
struct LocaleView {
    /// (market code, holiday id) → localized name and note.
    holiday_text: HashMap<(String, String), HolidayText>,
    summaries: Vec<MarketSummary>,
    list: Cached,
    profiles: HashMap<String, Cached>,
    channels: Cached,
    payments: Cached,
    marketplaces: Cached,
    /// Market code → its commerce sections, for tools that quote them (reply composer, lint).
    commerce: HashMap<String, commerce::CommerceView>,
}

impl Snapshot {
    /// Bytes of the pre-serialized bodies: the bulk of a snapshot's memory.
    pub fn cached_bytes(&self) -> usize {
        self.views
            .values()
            .map(|v| {
                v.list.body.len()
                    + v.channels.body.len()
                    + v.payments.body.len()
                    + v.marketplaces.body.len()
                    + v.profiles.values().map(|p| p.body.len()).sum::<usize>()
            })
            .sum()
    }

    pub fn build(release: ReleaseInfo, catalog: &Catalog) -> Self {
        let locales = catalog.locales();
        let views = locales
            .iter()
            .map(|locale| (locale.clone(), LocaleView::build(&release, catalog, locale)))
            .collect();
        Self {
            markets: catalog
                .markets
                .values()
                .map(|m| MarketIndex {
                    code: m.code.clone(),
                    region: m.region,
                    channels: ranked_channels(m),
                    payments: m
                        .payments
                        .iter()
                        .flat_map(|s| &s.methods)
                        .map(|u| u.id.get_ref().clone())
                        .collect(),
                    marketplaces: m
                        .marketplaces
                        .iter()
                        .flat_map(|s| &s.platforms)
                        .map(|u| u.id.get_ref().clone())
                        .collect(),
                })
                .collect(),
            channel_ids: catalog.channels.iter().map(|c| c.id.clone()).collect(),
            payment_ids: catalog.payments.iter().map(|p| p.id.clone()).collect(),
            marketplace_ids: catalog.marketplaces.iter().map(|m| m.id.clone()).collect(),
            phrases: PhraseBook::build(catalog),
            market_defs: catalog.markets.clone(),
            guidance: crate::guidance::text::GuidanceBook::build(catalog, &locales),
            locales,
            release,
            views,
            memo: memo::Memo::default(),
        }
    }

    fn view(&self, locale: &LanguageIdentifier) -> &LocaleView {
        self.views
            .get(locale)
            .unwrap_or_else(|| &self.views[&self.locales[0]])
    }

    pub fn market_list(&self, locale: &LanguageIdentifier) -> &Cached {
        &self.view(locale).list
    }

    /// The list's items, for filtered responses serialized per request.
    pub fn market_summaries(&self, locale: &LanguageIdentifier) -> &[MarketSummary] {
        &self.view(locale).summaries
    }

    pub fn profile(&self, locale: &LanguageIdentifier, code: &str) -> Option<&Cached> {
        self.view(locale).profiles.get(code)
    }

    pub fn channels(&self, locale: &LanguageIdentifier) -> &Cached {
        &self.view(locale).channels
    }

    pub fn payments(&self, locale: &LanguageIdentifier) -> &Cached {
        &self.view(locale).payments
    }

    pub fn marketplaces(&self, locale: &LanguageIdentifier) -> &Cached {
        &self.view(locale).marketplaces
    }

    /// A market's commerce sections in `locale` (payment names, thresholds, explanations).
    pub fn commerce(
        &self,
        locale: &LanguageIdentifier,
        market: &str,
    ) -> Option<&commerce::CommerceView> {
        self.view(locale).commerce.get(market)
    }

    /// A holiday's localized name and note (the id itself if the text is missing).
    pub fn holiday_text(
        &self,
        locale: &LanguageIdentifier,
        market: &str,
        holiday: &str,
    ) -> HolidayText {
        self.view(locale)
            .holiday_text
            .get(&(market.to_string(), holiday.to_string()))
            .cloned()
            .unwrap_or_else(|| HolidayText {
                name: holiday.to_string(),
                note: None,
                working_day: None,
            })
    }
}

/// Text for `locale`, falling back to the reference locale message by message.
fn localizer<'a>(
    catalog: &'a Catalog,
    locale: &LanguageIdentifier,
    pick: impl Fn(&'a LocaleTexts) -> Option<&'a Arc<FluentResource>>,
) -> Localizer {
    let reference = reference_locale();
    let mut chain = vec![locale.clone()];
    if *locale != reference {
        chain.push(reference);
    }
    Localizer::new(chain.into_iter().filter_map(|l| {
        let resource = catalog.texts.get(&l).and_then(&pick)?;
        Some((l, Arc::clone(resource)))
    }))
}

fn ranked_channels(market: &MarketDef) -> Vec<String> {
    let mut channels: Vec<_> = market.channels.iter().collect();
    channels.sort_by_key(|c| c.rank);
    channels.into_iter().map(|c| c.id.clone()).collect()
}

impl LocaleView {
    fn build(release: &ReleaseInfo, catalog: &Catalog, locale: &LanguageIdentifier) -> Self {
        let channel_text = localizer(catalog, locale, |t| t.channels.as_ref());
        let channel_names: HashMap<&str, (String, &crate::content::model::ChannelDef)> = catalog
            .channels
            .iter()
            .map(|c| {
                let id = format!("channel-{}", c.id);
                (c.id.as_str(), (channel_text.text(&id, None), c))
            })
            .collect();
        let registries = commerce::RegistryText::build(
            catalog,
            &localizer(catalog, locale, |t| t.payments.as_ref()),
            &localizer(catalog, locale, |t| t.marketplaces.as_ref()),
        );

        let mut summaries = Vec::new();
        let mut profiles = HashMap::new();
        let mut holiday_text = HashMap::new();
        let mut commerce = HashMap::new();
        for (code, market) in &catalog.markets {
            let text = localizer(catalog, locale, |t| t.markets.get(code));
            let ids = market
                .holidays
                .iter()
                .map(|h| h.id.as_str())
                .chain(Some(crate::calendar::SANDWICHED_DAY));
            for id in ids {
                let message = format!("holiday-{id}");
                if let Some(name) = text.get(&message, None) {
                    let note = text.get(&message, Some("note"));
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("holiday", name.clone());
                    let working_day = text.get_with(
                        &format!("holiday-{}", crate::calendar::WORKING_DAY),
                        None,
                        Some(&args),
                    );
                    holiday_text.insert(
                        (code.clone(), id.to_string()),
                        HolidayText {
                            name,
                            note,
                            working_day,
                        },
                    );
                }
            }
            let mut profile = profile(release, locale, market, &text, &channel_names);
            profile.commerce = registries.commerce(market, &text);
            // Commerce explanations come from the same text: their fallbacks count too.
            for id in text.take_fallbacks() {
                if !profile.fallback.contains(&id) {
                    profile.fallback.push(id);
                }
            }
            commerce.insert(code.clone(), profile.commerce.clone());
            summaries.push(MarketSummary {
                code: code.clone(),
                name: profile.name.clone(),
                region: market.region,
                languages: market.languages.clone(),
                channels: ranked_channels(market),
            });
            profiles.insert(code.clone(), Cached::json(&profile));
        }
        let list = Cached::json(&MarketList {
            release: release.number,
            locale: locale.to_string(),
            items: summaries.clone(),
        });
        let channels = Cached::json(&ChannelList {
            release: release.number,
            locale: locale.to_string(),
            items: catalog
                .channels
                .iter()
                .map(|c| ChannelView {
                    id: c.id.clone(),
                    kind: c.kind,
                    name: channel_names[c.id.as_str()].0.clone(),
                    description: channel_text
                        .text(&format!("channel-{}", c.id), Some("description")),
                    url: c.url.clone(),
                    markets: catalog
                        .markets
                        .values()
                        .filter(|m| m.channels.iter().any(|u| u.id == c.id))
                        .map(|m| m.code.clone())
                        .collect(),
                })
                .collect(),
        });
        let payments =
            Cached::json(&registries.payment_list(catalog, release.number, &locale.to_string()));
        let marketplaces = Cached::json(&registries.marketplace_list(
            catalog,
            release.number,
            &locale.to_string(),
        ));
        Self {
            holiday_text,
            summaries,
            list,
            profiles,
            channels,
            payments,
            marketplaces,
            commerce,
        }
    }
}

fn profile(
    release: &ReleaseInfo,
    locale: &LanguageIdentifier,
    market: &MarketDef,
    text: &Localizer,
    channel_names: &HashMap<&str, (String, &crate::content::model::ChannelDef)>,
) -> MarketProfile {
    let mut channels: Vec<_> = market
        .channels
        .iter()
        .map(|c| {
            let (name, def) = &channel_names[c.id.as_str()];
            ChannelAdvice {
                id: c.id.clone(),
                rank: c.rank,
                name: name.clone(),
                kind: def.kind,
                uses: c.uses.clone(),
                advice: text.text(&format!("channel-{}", c.id), None),
            }
        })
        .collect();
    channels.sort_by_key(|c| c.rank);
    let mut profile = MarketProfile {
        code: market.code.clone(),
        name: text.text("market-name", None),
        summary: text.text("market-summary", None),
        region: market.region,
        release: release.number,
        locale: locale.to_string(),
        languages: market.languages.clone(),
        currencies: market.currencies.clone(),
        time_zones: market.time_zones.clone(),
        formality: market.formality,
        reply_within_hours: market.reply_within_hours,
        salutation: market.salutation,
        business_hours: BusinessHoursView::new(
            &market.business_hours,
            &market.time_zones[0],
            text.text("business-hours", None),
        ),
        channels,
        holidays: market
            .holidays
            .iter()
            .map(|h| {
                let id = format!("holiday-{}", h.id);
                HolidayView {
                    id: h.id.clone(),
                    name: text.text(&id, None),
                    note: text.get(&id, Some("note")),
                    kind: h.kind,
                    closes_business: h.closes_business,
                    promotion_lead_days: h.promotion_lead_days,
                    duration_days: h.duration_days,
                    rule: h.rule.clone(),
                    observed: h.observed,
                    source: h.source.clone(),
                }
            })
            .collect(),
        etiquette: market
            .etiquette
            .iter()
            .map(|e| {
                let id = format!("etiquette-{}", e.id);
                EtiquetteView {
                    id: e.id.clone(),
                    topic: e.topic,
                    title: text.text(&id, Some("title")),
                    text: text.text(&id, None),
                }
            })
            .collect(),
        taboos: market
            .taboos
            .iter()
            .map(|t| {
                let id = format!("taboo-{}", t.id);
                TabooView {
                    id: t.id.clone(),
                    category: t.category,
                    subject: t.subject.clone(),
                    severity: t.severity,
                    applies_to: t.applies_to.clone(),
                    text: text.text(&id, None),
                    rationale: text.text(&id, Some("rationale")),
                }
            })
            .collect(),
        sources: market.sources.clone(),
        fallback: Vec::new(),
        commerce: Default::default(),
    };
    profile.fallback = text.take_fallbacks();
    profile
}

/// The current snapshot, swapped atomically when a release is published: a reader holds
/// either the old or the new release, never a mix.
#[derive(Clone)]
pub struct SnapshotHandle(Arc<ArcSwap<Snapshot>>);

impl SnapshotHandle {
    pub fn new(snapshot: Snapshot) -> Self {
        Self(Arc::new(ArcSwap::from_pointee(snapshot)))
    }

    pub fn load(&self) -> Arc<Snapshot> {
        self.0.load_full()
    }

    /// The number of the release being served, without taking a reference to it.
    pub fn release_number(&self) -> i64 {
        self.0.load().release.number
    }

    pub fn replace(&self, snapshot: Snapshot) {
        self.0.store(Arc::new(snapshot));
    }
}
