//! Commerce facts on a market profile: how buyers pay, where they shop, what a parcel from
//! abroad costs them at the border, how it reaches them and how they may return it.
//!
//! These facts change often (de-minimis thresholds above all), so every section carries the
//! date it was last checked (`as_of`), how long it may go unchecked (`review_days`) and its
//! sources. Explanations are Fluent text (`commerce-<section>` in the market's text); only
//! language-neutral facts live here.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use toml::Spanned;
use utoipa::ToSchema;

/// The payment method registry (`payments.toml`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentRegistry {
    pub payments: Vec<PaymentDef>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentDef {
    pub id: String,
    pub kind: PaymentKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PaymentKind {
    /// Card schemes (Visa, Mastercard, domestic debit schemes such as mada or Elo).
    Card,
    /// Wallets and super-app payments (Alipay, PayPal, GCash).
    Wallet,
    /// Real-time account-to-account payments (Pix, UPI, iDEAL, BLIK, PromptPay).
    InstantTransfer,
    /// Ordinary bank or virtual-account transfers.
    BankTransfer,
    /// Buy now, pay later and instalment providers (Klarna, Tabby, Tamara).
    Bnpl,
    /// Vouchers paid in cash at a shop or bank (boleto, konbini, OXXO).
    CashVoucher,
    /// Cash paid to the courier.
    CashOnDelivery,
}

/// The marketplace registry (`marketplaces.toml`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MarketplaceRegistry {
    pub marketplaces: Vec<MarketplaceDef>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MarketplaceDef {
    pub id: String,
    pub kind: MarketplaceKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The platform's published rules for messaging buyers, where there are any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messaging_policy: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MarketplaceKind {
    /// Sells everything (Amazon, Shopee, Mercado Libre).
    General,
    /// Fashion and shoes (Zalando).
    Fashion,
    /// Handmade and vintage goods (Etsy).
    Handmade,
    /// Shopping inside a social or video app (TikTok Shop).
    Social,
    /// Mainly ships from abroad to the buyer (AliExpress, Temu, Shein).
    CrossBorder,
    /// Second-hand and classifieds.
    Secondhand,
}

/// When a section was checked and where its facts come from (the fields every section has;
/// written inline in each section's table, as serde's `flatten` would lose the spans).
#[derive(Debug, Clone, Copy)]
pub struct Provenance<'a> {
    pub as_of: NaiveDate,
    pub review_days: u32,
    pub sources: &'a [String],
    pub note: Option<&'a str>,
}

impl Provenance<'_> {
    /// The last day the facts count as current.
    pub fn review_by(&self) -> NaiveDate {
        self.as_of
            .checked_add_days(Days::new(self.review_days.into()))
            .unwrap_or(NaiveDate::MAX)
    }

    pub fn is_stale(&self, today: NaiveDate) -> bool {
        today > self.review_by()
    }
}

macro_rules! provenance {
    ($($section:ty),*) => {$(
        impl $section {
            pub fn provenance(&self) -> Provenance<'_> {
                Provenance {
                    as_of: self.as_of,
                    review_days: self.review_days,
                    sources: &self.sources,
                    note: self.note.as_deref(),
                }
            }
        }
    )*};
}

provenance!(
    PaymentsDef,
    MarketplacesDef,
    ImportDef,
    DeliveryDef,
    ReturnsDef
);

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentsDef {
    /// The day the facts were last checked against the sources.
    pub as_of: NaiveDate,
    /// Days after `as_of` by which the facts must be checked again.
    pub review_days: u32,
    pub sources: Vec<String>,
    /// An editor's note (English, for reviewers): what could not be confirmed, or why a
    /// section past its review date still stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// First the most used.
    pub methods: Vec<PaymentUseDef>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentUseDef {
    /// An id from `payments.toml`; spanned so an unknown id is reported at its line.
    pub id: Spanned<String>,
    pub rank: u32,
    /// Percent of online payments (by value unless the source says otherwise), only where a
    /// source gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_percent: Option<f32>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MarketplacesDef {
    /// The day the facts were last checked against the sources.
    pub as_of: NaiveDate,
    /// Days after `as_of` by which the facts must be checked again.
    pub review_days: u32,
    pub sources: Vec<String>,
    /// An editor's note (English, for reviewers): what could not be confirmed, or why a
    /// section past its review date still stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub platforms: Vec<MarketplaceUseDef>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MarketplaceUseDef {
    /// An id from `marketplaces.toml`.
    pub id: Spanned<String>,
    pub rank: u32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ImportDef {
    /// The day the facts were last checked against the sources.
    pub as_of: NaiveDate,
    /// Days after `as_of` by which the facts must be checked again.
    pub review_days: u32,
    pub sources: Vec<String>,
    /// An editor's note (English, for reviewers): what could not be confirmed, or why a
    /// section past its review date still stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Customs duty is waived up to this value of goods (0 = no duty exemption).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duty_free_up_to: Option<Money>,
    /// Import VAT/GST/sales tax is waived up to this value (0 = taxed from the first unit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_free_up_to: Option<Money>,
    /// What the buyer or seller pays on a parcel above the threshold.
    pub charged_above: Vec<Charge>,
    /// Who collects the charges.
    pub collected_by: Vec<Collector>,
    /// A customs identifier the buyer must give for a parcel to clear (`commerce-customs-id`
    /// in the market's text explains it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer_customs_id: Option<BuyerCustomsId>,
}

/// An amount in a currency (ISO 4217).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Money {
    /// The amount, in the currency's main unit.
    #[schema(example = 150.0)]
    pub amount: f64,
    /// ISO 4217 code.
    #[schema(example = "EUR")]
    pub currency: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Charge {
    /// Customs duty at the tariff rate.
    Duty,
    /// A flat duty per item or parcel instead of the tariff rate.
    FlatDuty,
    /// VAT, GST or sales tax on imports.
    ImportTax,
    /// Excise or a special consumption tax on some goods.
    Excise,
    /// The carrier's or post's fee for clearing the parcel.
    ClearanceFee,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Collector {
    /// The seller charges the tax at checkout and remits it (EU IOSS, UK/AU/NZ rules).
    SellerAtCheckout,
    /// The marketplace charges it as the deemed supplier or through its own scheme.
    Marketplace,
    /// The carrier or post collects from the buyer before or on delivery.
    CarrierFromBuyer,
    /// The buyer declares and pays at customs (or on a customs portal).
    BuyerAtCustoms,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BuyerCustomsId {
    /// A short id for the identifier (`pccc`, `cpf`, `cn-resident-id`).
    #[schema(example = "pccc")]
    pub id: String,
    pub required: IdRequirement,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum IdRequirement {
    /// On every parcel to a private buyer.
    Always,
    /// For cross-border e-commerce imports through the bonded/e-commerce channel.
    CrossBorderEcommerce,
    /// Only on parcels that are taxed or formally declared.
    AboveThreshold,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeliveryDef {
    /// The day the facts were last checked against the sources.
    pub as_of: NaiveDate,
    /// Days after `as_of` by which the facts must be checked again.
    pub review_days: u32,
    pub sources: Vec<String>,
    /// An editor's note (English, for reviewers): what could not be confirmed, or why a
    /// section past its review date still stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Typical door-to-door days by economy postal/consolidated service from China.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_china_days: Option<DayRange>,
    /// The same from the EU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_eu_days: Option<DayRange>,
    /// Express couriers, from either origin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub express_days: Option<DayRange>,
    pub carriers: Vec<CarrierType>,
    pub address_order: AddressOrder,
    pub postcode: Postcode,
    pub cash_on_delivery: CodUsage,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DayRange {
    /// Fewest days, typically.
    pub min: u32,
    /// Most days, typically.
    pub max: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CarrierType {
    /// The national post (UPU mail, e-packets).
    Postal,
    /// International express couriers (DHL, FedEx, UPS, SF).
    Express,
    /// Consolidators and cross-border lines (Cainiao, YunExpress, 4PX).
    CrossBorderLine,
    /// A marketplace's own logistics (Shopee Xpress, Amazon, Mercado Envíos).
    MarketplaceLogistics,
    /// Domestic couriers for the last mile.
    LocalCourier,
    /// Parcel lockers and pickup points.
    PickupPoint,
}

/// How an address is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AddressOrder {
    /// Name, street and number, then city and postcode (Western order).
    SmallToLarge,
    /// Postcode, prefecture/province, city, district, street, building, then name (CN, JP, KR, TW).
    LargeToSmall,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Postcode {
    /// Accepted patterns: `N` a digit, `A` a letter, other characters literal; empty where
    /// postcodes are not in use.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(example = json!(["NNNNN-NNN"]))]
    pub formats: Vec<String>,
    /// A valid postcode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = "01310-100")]
    pub example: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CodUsage {
    /// The usual way to pay for online orders.
    Dominant,
    /// Widely offered and used.
    Common,
    /// Offered by some shops, used by a minority.
    Available,
    /// Hardly offered.
    Rare,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnsDef {
    /// The day the facts were last checked against the sources.
    pub as_of: NaiveDate,
    /// Days after `as_of` by which the facts must be checked again.
    pub review_days: u32,
    pub sources: Vec<String>,
    /// An editor's note (English, for reviewers): what could not be confirmed, or why a
    /// section past its review date still stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Days a consumer may withdraw from an online purchase without a reason, by law; absent
    /// where the law gives no general right (returns then follow the shop's policy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawal_days: Option<u32>,
    /// The law that gives the right, as cited (language-neutral).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
}

/// The five commerce sections, for code that treats them alike.
pub const SECTIONS: [&str; 5] = ["payments", "marketplaces", "import", "delivery", "returns"];

/// The sections a market has, by name, with their provenance.
pub fn provenances(market: &super::model::MarketDef) -> Vec<(&'static str, Provenance<'_>)> {
    [
        ("payments", market.payments.as_ref().map(|s| s.provenance())),
        (
            "marketplaces",
            market.marketplaces.as_ref().map(|s| s.provenance()),
        ),
        ("import", market.import.as_ref().map(|s| s.provenance())),
        ("delivery", market.delivery.as_ref().map(|s| s.provenance())),
        ("returns", market.returns.as_ref().map(|s| s.provenance())),
    ]
    .into_iter()
    .filter_map(|(name, p)| Some((name, p?)))
    .collect()
}

/// What a reviewer must fix in a market's commerce facts on `today`: a missing section, or a
/// section past its review date without a note saying why it still stands. Not a validation
/// error: content goes stale with time alone, and a published release must stay loadable.
pub fn review_findings(market: &super::model::MarketDef, today: NaiveDate) -> Vec<String> {
    let present = provenances(market);
    let mut findings: Vec<String> = SECTIONS
        .iter()
        .filter(|s| !present.iter().any(|(name, _)| name == *s))
        .map(|s| format!("{}: no [{s}] section", market.code))
        .collect();
    for (section, p) in present {
        if p.is_stale(today) && p.note.is_none() {
            findings.push(format!(
                "{}: [{section}] was due for review on {} and has no note",
                market.code,
                p.review_by()
            ));
        }
    }
    findings
}
