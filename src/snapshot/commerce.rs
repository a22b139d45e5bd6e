//! The commerce sections of a market profile and the payment and marketplace registries, as
//! storefronts read them: facts from the structure, explanations from the market's text.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use super::localize::Localizer;
use crate::content::catalog::Catalog;
use crate::content::commerce::{
    AddressOrder, CarrierType, Charge, CodUsage, Collector, DayRange, IdRequirement,
    MarketplaceKind, Money, PaymentKind, Postcode, Provenance,
};
use crate::content::model::MarketDef;

/// When the facts of a section were checked, until when they count as current, and where
/// they come from. A section past `review_by` is stale: show it as such.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProvenanceView {
    /// The day the facts were last checked against the sources.
    #[schema(value_type = String, format = Date, example = "2025-09-01")]
    pub as_of: NaiveDate,
    /// `as_of` plus the section's review interval.
    #[schema(value_type = String, format = Date, example = "2026-09-01")]
    pub review_by: NaiveDate,
    /// Where the facts come from (official pages where possible).
    pub sources: Vec<String>,
    /// The editor's note (English): what is unconfirmed, or why stale facts still stand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl From<Provenance<'_>> for ProvenanceView {
    fn from(p: Provenance<'_>) -> Self {
        Self {
            as_of: p.as_of,
            review_by: p.review_by(),
            sources: p.sources.to_vec(),
            note: p.note.map(str::to_string),
        }
    }
}

/// How buyers pay, where they shop, what a parcel from abroad costs them, how it reaches
/// them and how they may return it. A section the market has no facts for is absent.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct CommerceView {
    /// How buyers pay.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payments: Option<PaymentsView>,
    /// Where buyers shop.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marketplaces: Option<MarketplacesView>,
    /// Duties, taxes and customs for a parcel from abroad.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import: Option<ImportView>,
    /// Cross-border delivery times, carriers and address conventions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<DeliveryView>,
    /// The legal right to withdraw from an online purchase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub returns: Option<ReturnsView>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PaymentsView {
    /// First the most used.
    pub methods: Vec<PaymentMethodView>,
    /// How buyers pay in this market (habits, limits, confirmation customs).
    pub explanation: String,
    /// When the section was checked, and its sources.
    pub provenance: ProvenanceView,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PaymentMethodView {
    /// The method's id in the payment registry.
    #[schema(example = "pix")]
    pub id: String,
    /// 1 is the most used.
    pub rank: u32,
    /// Localized display name.
    #[schema(example = "Pix")]
    pub name: String,
    /// What sort of payment it is.
    pub kind: PaymentKind,
    /// Percent of online payments, where a source gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_percent: Option<f32>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MarketplacesView {
    /// First the most used.
    pub platforms: Vec<MarketplaceUseView>,
    /// Where buyers shop in this market, explained.
    pub explanation: String,
    /// When the section was checked, and its sources.
    pub provenance: ProvenanceView,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MarketplaceUseView {
    /// The platform's id in the marketplace registry.
    #[schema(example = "mercado-libre")]
    pub id: String,
    /// 1 is the most used.
    pub rank: u32,
    /// Localized display name.
    #[schema(example = "Mercado Libre / Mercado Livre")]
    pub name: String,
    /// What sort of platform it is.
    pub kind: MarketplaceKind,
    /// The platform's site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The platform's rules for messaging buyers, summarised.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messaging: Option<String>,
    /// Where the platform publishes those rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messaging_policy: Option<String>,
}

/// What a private buyer meets when a parcel from abroad arrives.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ImportView {
    /// Customs duty is waived up to this value of goods; 0 means no duty exemption; absent
    /// where the content does not state one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duty_free_up_to: Option<Money>,
    /// Import VAT/GST/sales tax is waived up to this value; 0 means taxed from the first unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_free_up_to: Option<Money>,
    /// What is charged above the thresholds.
    pub charged_above: Vec<Charge>,
    /// Who collects it.
    pub collected_by: Vec<Collector>,
    /// The customs identifier the buyer must give, where one is required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buyer_customs_id: Option<CustomsIdView>,
    /// Thresholds, charges and the usual clearance problems, explained.
    pub explanation: String,
    /// When the section was checked, and its sources.
    pub provenance: ProvenanceView,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CustomsIdView {
    /// A short id for the identifier.
    #[schema(example = "pccc")]
    pub id: String,
    /// When the buyer must give it.
    pub required: IdRequirement,
    /// Localized name of the identifier.
    #[schema(example = "Personal Customs Clearance Code (PCCC)")]
    pub name: String,
    /// What it is, how the buyer gets it and when to ask for it.
    pub explanation: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DeliveryView {
    /// Typical door-to-door days by economy post or cross-border line from China.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_china_days: Option<DayRange>,
    /// The same from the EU.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_eu_days: Option<DayRange>,
    /// By international express courier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub express_days: Option<DayRange>,
    /// The kinds of carriers that deliver parcels from abroad.
    pub carriers: Vec<CarrierType>,
    /// Whether addresses are written from the street up or from the province down.
    pub address_order: AddressOrder,
    /// Postcode formats and an example.
    pub postcode: Postcode,
    /// How much buyers use cash on delivery.
    pub cash_on_delivery: CodUsage,
    /// Times, carriers, address conventions and delivery problems, explained.
    pub explanation: String,
    /// When the section was checked, and its sources.
    pub provenance: ProvenanceView,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReturnsView {
    /// Days a consumer may withdraw from an online purchase by law; absent where the law
    /// gives no general right.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(example = 14)]
    pub withdrawal_days: Option<u32>,
    /// The law that gives the right.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(example = "Directive 2011/83/EU, art. 9")]
    pub law: Option<String>,
    /// The return or withdrawal right and its conditions, explained.
    pub explanation: String,
    /// When the section was checked, and its sources.
    pub provenance: ProvenanceView,
}

/// A payment method in the registry.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PaymentView {
    /// Registry id, used in profiles and in `GET /v1/markets?payment=`.
    #[schema(example = "pix")]
    pub id: String,
    /// What sort of payment it is.
    pub kind: PaymentKind,
    /// Localized display name.
    #[schema(example = "Pix")]
    pub name: String,
    /// What it is, localized.
    pub description: String,
    /// The provider's or scheme's site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Markets that rank this method, by code.
    pub markets: Vec<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PaymentList {
    /// The release these items come from.
    pub release: i64,
    /// The locale of the text (also in `Content-Language`).
    #[schema(example = "en-US")]
    pub locale: String,
    /// Every payment method, in registry order.
    pub items: Vec<PaymentView>,
}

/// A marketplace in the registry.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MarketplaceView {
    /// Registry id, used in profiles and in `GET /v1/markets?marketplace=`.
    #[schema(example = "shopee")]
    pub id: String,
    /// What sort of platform it is.
    pub kind: MarketplaceKind,
    /// Localized display name.
    #[schema(example = "Shopee")]
    pub name: String,
    /// What it is, localized.
    pub description: String,
    /// The platform's site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The platform's rules for messaging buyers, summarised.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messaging: Option<String>,
    /// Where the platform publishes those rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messaging_policy: Option<String>,
    /// Markets where buyers use it, by code.
    pub markets: Vec<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MarketplaceList {
    /// The release these items come from.
    pub release: i64,
    /// The locale of the text (also in `Content-Language`).
    #[schema(example = "en-US")]
    pub locale: String,
    /// Every marketplace, in registry order.
    pub items: Vec<MarketplaceView>,
}

/// Localized names of the registries' entries, built once per locale.
pub struct RegistryText {
    payments: HashMap<String, PaymentView>,
    marketplaces: HashMap<String, MarketplaceView>,
}

impl RegistryText {
    pub fn build(catalog: &Catalog, payments: &Localizer, marketplaces: &Localizer) -> Self {
        let used = |pick: &dyn Fn(&MarketDef) -> bool| -> Vec<String> {
            catalog
                .markets
                .values()
                .filter(|m| pick(m))
                .map(|m| m.code.clone())
                .collect()
        };
        let payments = catalog
            .payments
            .iter()
            .map(|p| {
                let id = format!("payment-{}", p.id);
                let view = PaymentView {
                    id: p.id.clone(),
                    kind: p.kind,
                    name: payments.text(&id, None),
                    description: payments.text(&id, Some("description")),
                    url: p.url.clone(),
                    markets: used(&|m| {
                        m.payments
                            .as_ref()
                            .is_some_and(|s| s.methods.iter().any(|u| *u.id.get_ref() == p.id))
                    }),
                };
                (p.id.clone(), view)
            })
            .collect();
        let marketplaces = catalog
            .marketplaces
            .iter()
            .map(|p| {
                let id = format!("marketplace-{}", p.id);
                let view = MarketplaceView {
                    id: p.id.clone(),
                    kind: p.kind,
                    name: marketplaces.text(&id, None),
                    description: marketplaces.text(&id, Some("description")),
                    url: p.url.clone(),
                    messaging: marketplaces.get(&id, Some("messaging")),
                    messaging_policy: p.messaging_policy.clone(),
                    markets: used(&|m| {
                        m.marketplaces
                            .as_ref()
                            .is_some_and(|s| s.platforms.iter().any(|u| *u.id.get_ref() == p.id))
                    }),
                };
                (p.id.clone(), view)
            })
            .collect();
        Self {
            payments,
            marketplaces,
        }
    }

    pub fn payment_list(&self, catalog: &Catalog, release: i64, locale: &str) -> PaymentList {
        PaymentList {
            release,
            locale: locale.to_string(),
            items: catalog
                .payments
                .iter()
                .map(|p| self.payments[&p.id].clone())
                .collect(),
        }
    }

    pub fn marketplace_list(
        &self,
        catalog: &Catalog,
        release: i64,
        locale: &str,
    ) -> MarketplaceList {
        MarketplaceList {
            release,
            locale: locale.to_string(),
            items: catalog
                .marketplaces
                .iter()
                .map(|m| self.marketplaces[&m.id].clone())
                .collect(),
        }
    }

    /// The market's commerce sections, with `text` the market's own guidance.
    pub fn commerce(&self, market: &MarketDef, text: &Localizer) -> CommerceView {
        let explain = |section: &str| text.text(&format!("commerce-{section}"), None);
        CommerceView {
            payments: market.payments.as_ref().map(|s| {
                let mut methods: Vec<_> = s
                    .methods
                    .iter()
                    .map(|m| {
                        let def = &self.payments[m.id.get_ref()];
                        PaymentMethodView {
                            id: def.id.clone(),
                            rank: m.rank,
                            name: def.name.clone(),
                            kind: def.kind,
                            share_percent: m.share_percent,
                        }
                    })
                    .collect();
                methods.sort_by_key(|m| m.rank);
                PaymentsView {
                    methods,
                    explanation: explain("payments"),
                    provenance: s.provenance().into(),
                }
            }),
            marketplaces: market.marketplaces.as_ref().map(|s| {
                let mut platforms: Vec<_> = s
                    .platforms
                    .iter()
                    .map(|p| {
                        let def = &self.marketplaces[p.id.get_ref()];
                        MarketplaceUseView {
                            id: def.id.clone(),
                            rank: p.rank,
                            name: def.name.clone(),
                            kind: def.kind,
                            url: def.url.clone(),
                            messaging: def.messaging.clone(),
                            messaging_policy: def.messaging_policy.clone(),
                        }
                    })
                    .collect();
                platforms.sort_by_key(|p| p.rank);
                MarketplacesView {
                    platforms,
                    explanation: explain("marketplaces"),
                    provenance: s.provenance().into(),
                }
            }),
            import: market.import.as_ref().map(|s| ImportView {
                duty_free_up_to: s.duty_free_up_to.clone(),
                tax_free_up_to: s.tax_free_up_to.clone(),
                charged_above: s.charged_above.clone(),
                collected_by: s.collected_by.clone(),
                buyer_customs_id: s.buyer_customs_id.as_ref().map(|id| CustomsIdView {
                    id: id.id.clone(),
                    required: id.required,
                    name: text.text("commerce-customs-id", Some("name")),
                    explanation: text.text("commerce-customs-id", None),
                }),
                explanation: explain("import"),
                provenance: s.provenance().into(),
            }),
            delivery: market.delivery.as_ref().map(|s| DeliveryView {
                from_china_days: s.from_china_days,
                from_eu_days: s.from_eu_days,
                express_days: s.express_days,
                carriers: s.carriers.clone(),
                address_order: s.address_order,
                postcode: s.postcode.clone(),
                cash_on_delivery: s.cash_on_delivery,
                explanation: explain("delivery"),
                provenance: s.provenance().into(),
            }),
            returns: market.returns.as_ref().map(|s| ReturnsView {
                withdrawal_days: s.withdrawal_days,
                law: s.law.clone(),
                explanation: explain("returns"),
                provenance: s.provenance().into(),
            }),
        }
    }
}
