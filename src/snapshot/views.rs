//! What storefronts read: the localized views of a release, as serialized to JSON.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::content::model::{
    BusinessHours, ChannelKind, ChannelPurpose, DateRule, EtiquetteTopic, Formality, HolidayKind,
    ObservedRule, Region, Salutation, Severity, TabooCategory, TabooScope, TimeSpan, Weekday,
};

/// A market in a list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MarketSummary {
    #[schema(example = "JP")]
    pub code: String,
    #[schema(example = "Japan")]
    pub name: String,
    pub region: Region,
    /// BCP 47 tags, most used first.
    #[schema(example = json!(["ja-JP"]))]
    pub languages: Vec<String>,
    /// Channel ids, first choice first.
    #[schema(example = json!(["line", "email", "x"]))]
    pub channels: Vec<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MarketList {
    /// The release these items come from.
    pub release: i64,
    /// The locale of the text (also in `Content-Language`).
    #[schema(example = "en-US")]
    pub locale: String,
    pub items: Vec<MarketSummary>,
}

/// Everything a seller needs to know to talk to buyers in one market.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MarketProfile {
    #[schema(example = "JP")]
    pub code: String,
    #[schema(example = "Japan")]
    pub name: String,
    /// How to approach buyers there, in one paragraph.
    pub summary: String,
    pub region: Region,
    pub release: i64,
    #[schema(example = "en-US")]
    pub locale: String,
    #[schema(example = json!(["ja-JP"]))]
    pub languages: Vec<String>,
    #[schema(example = json!(["JPY"]))]
    pub currencies: Vec<String>,
    /// IANA time zones, the most populous first.
    #[schema(example = json!(["Asia/Tokyo"]))]
    pub time_zones: Vec<String>,
    pub formality: Formality,
    /// Hours within which buyers expect a first reply.
    #[schema(example = 24)]
    pub reply_within_hours: u32,
    pub salutation: Salutation,
    pub business_hours: BusinessHoursView,
    /// Contact channels, first choice first.
    pub channels: Vec<ChannelAdvice>,
    pub holidays: Vec<HolidayView>,
    pub etiquette: Vec<EtiquetteView>,
    pub taboos: Vec<TabooView>,
    /// Where the facts come from.
    pub sources: Vec<String>,
    /// Text ids (`taboo-x`, `taboo-x.rationale`, ...) this locale lacks: those items are
    /// shown in the reference locale. Empty when everything is translated.
    #[schema(example = json!(["taboo-number-4.rationale"]))]
    pub fallback: Vec<String>,
    /// Payments, marketplaces, import rules, delivery and returns, each dated and sourced.
    pub commerce: super::commerce::CommerceView,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BusinessHoursView {
    pub days: Vec<Weekday>,
    #[schema(example = "09:00")]
    pub open: String,
    #[schema(example = "18:00")]
    pub close: String,
    pub breaks: Vec<TimeSpan>,
    /// The time zone the hours are in (the market's main one).
    #[schema(example = "Asia/Tokyo")]
    pub time_zone: String,
    /// Working habits and the periods when nobody answers.
    pub note: String,
}

impl BusinessHoursView {
    pub fn new(hours: &BusinessHours, time_zone: &str, note: String) -> Self {
        Self {
            days: hours.days.clone(),
            open: hours.open.clone(),
            close: hours.close.clone(),
            breaks: hours.breaks.clone(),
            time_zone: time_zone.to_string(),
            note,
        }
    }
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChannelAdvice {
    #[schema(example = "line")]
    pub id: String,
    /// 1 is the first choice.
    pub rank: u32,
    #[schema(example = "LINE")]
    pub name: String,
    pub kind: ChannelKind,
    pub uses: Vec<ChannelPurpose>,
    /// How to use this channel in this market.
    pub advice: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HolidayView {
    #[schema(example = "golden-week")]
    pub id: String,
    #[schema(example = "Golden Week")]
    pub name: String,
    /// What the holiday means for sellers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub kind: HolidayKind,
    /// Whether offices and many businesses close.
    pub closes_business: bool,
    /// Days before the date to start promoting.
    pub promotion_lead_days: u32,
    pub duration_days: u32,
    /// How the date is found each year.
    pub rule: DateRule,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed: Option<ObservedRule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EtiquetteView {
    #[schema(example = "salutation")]
    pub id: String,
    pub topic: EtiquetteTopic,
    #[schema(example = "Salutation")]
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TabooView {
    #[schema(example = "number-4")]
    pub id: String,
    pub category: TabooCategory,
    /// What is taboo, language-neutral.
    #[schema(example = "4")]
    pub subject: String,
    pub severity: Severity,
    pub applies_to: Vec<TabooScope>,
    /// What to avoid.
    pub text: String,
    /// Why.
    pub rationale: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChannelView {
    #[schema(example = "whatsapp")]
    pub id: String,
    pub kind: ChannelKind,
    #[schema(example = "WhatsApp")]
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Markets that rank this channel, by code.
    pub markets: Vec<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChannelList {
    pub release: i64,
    #[schema(example = "en-US")]
    pub locale: String,
    pub items: Vec<ChannelView>,
}

/// A published release, as the snapshot knows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReleaseInfo {
    pub number: i64,
    pub title: String,
    pub published_at: DateTime<Utc>,
}
