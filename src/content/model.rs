//! The language-neutral structure of markets and channels, as written in the TOML documents.
//! Human-readable text is not here: it lives in Fluent messages keyed by the ids below.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelRegistry {
    pub channels: Vec<ChannelDef>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelDef {
    pub id: String,
    pub kind: ChannelKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The longest message the channel accepts, in characters (the message lint's `length`
    /// rule). SMS needs none: its segments follow GSM 03.38 and are computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_characters: Option<u32>,
    /// Where `max_characters` comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_source: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, ToSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    Messenger,
    Social,
    Email,
    Sms,
    Voice,
    Chat,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MarketDef {
    pub code: String,
    pub region: Region,
    pub languages: Vec<String>,
    pub currencies: Vec<String>,
    pub time_zones: Vec<String>,
    pub formality: Formality,
    pub reply_within_hours: u32,
    pub salutation: Salutation,
    #[serde(default)]
    pub sources: Vec<String>,
    pub business_hours: BusinessHours,
    /// Hours in which marketing must not reach buyers, by law or custom (US TCPA). Their
    /// explanation is the `quiet-hours` message of the market's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiet_hours: Option<QuietHours>,
    /// Business hours that replace the usual ones while a holiday of the market lasts
    /// (Ramadan office hours). Each is explained by `seasonal-hours-<id>` in the text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seasonal_hours: Vec<SeasonalHours>,
    /// A working day between two public holidays is itself a holiday (Japan's "citizens'
    /// holiday", Act on National Holidays art. 3(3)).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sandwiched_day_is_holiday: bool,
    pub channels: Vec<ChannelUseDef>,
    pub holidays: Vec<HolidayDef>,
    pub etiquette: Vec<EtiquetteDef>,
    pub taboos: Vec<TabooDef>,
    /// Commerce facts (`commerce.rs`), each section dated and sourced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payments: Option<super::commerce::PaymentsDef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marketplaces: Option<super::commerce::MarketplacesDef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import: Option<super::commerce::ImportDef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<super::commerce::DeliveryDef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returns: Option<super::commerce::ReturnsDef>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, ToSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    EastAsia,
    SoutheastAsia,
    SouthAsia,
    Oceania,
    NorthAmerica,
    SouthAmerica,
    Europe,
    MiddleEast,
    Africa,
}

impl Region {
    pub const ALL: [Region; 9] = [
        Region::EastAsia,
        Region::SoutheastAsia,
        Region::SouthAsia,
        Region::Oceania,
        Region::NorthAmerica,
        Region::SouthAmerica,
        Region::Europe,
        Region::MiddleEast,
        Region::Africa,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Region::EastAsia => "east-asia",
            Region::SoutheastAsia => "southeast-asia",
            Region::SouthAsia => "south-asia",
            Region::Oceania => "oceania",
            Region::NorthAmerica => "north-america",
            Region::SouthAmerica => "south-america",
            Region::Europe => "europe",
            Region::MiddleEast => "middle-east",
            Region::Africa => "africa",
        }
    }
}

/// How formal written business communication is expected to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Formality {
    Low,
    Medium,
    High,
}

/// How to address a buyer by default (always mirror the buyer's own style first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Salutation {
    /// "Dear Ms Smith".
    TitleSurname,
    /// "Tanaka-sama", "김민수 고객님".
    FamilyNameHonorific,
    /// "Khun Somchai", "Encik Ahmad".
    TitleFirstName,
    /// "Hi Anna".
    FirstName,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BusinessHours {
    /// Working days.
    pub days: Vec<Weekday>,
    /// Local opening time, `HH:MM`.
    #[schema(example = "09:00")]
    pub open: String,
    /// Local closing time, `HH:MM`.
    #[schema(example = "18:00")]
    pub close: String,
    /// Breaks within the day (lunch, prayer).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaks: Vec<TimeSpan>,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TimeSpan {
    #[schema(example = "12:00")]
    pub start: String,
    #[schema(example = "13:00")]
    pub end: String,
}

/// A daily span of local time in which marketing messages and calls must not be sent.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QuietHours {
    /// Start of the quiet span, `HH:MM` local (the buyer's zone).
    #[schema(example = "21:00")]
    pub start: String,
    /// End of the quiet span, `HH:MM` local; before `start` when the span crosses midnight.
    #[schema(example = "08:00")]
    pub end: String,
    /// `law` or `custom`.
    pub basis: QuietHoursBasis,
    /// The law or guidance that sets them.
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum QuietHoursBasis {
    Law,
    Custom,
}

/// Office hours for the days a holiday of the market covers (e.g. Ramadan).
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SeasonalHours {
    #[schema(example = "ramadan")]
    pub id: String,
    /// The holiday (of this market) whose days these hours apply to.
    #[schema(example = "ramadan")]
    pub holiday: String,
    #[schema(example = "10:00")]
    pub open: String,
    #[schema(example = "15:00")]
    pub close: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaks: Vec<TimeSpan>,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelUseDef {
    pub id: String,
    pub rank: u32,
    pub uses: Vec<ChannelPurpose>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelPurpose {
    PreSale,
    AfterSale,
    Marketing,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayDef {
    pub id: String,
    pub kind: HolidayKind,
    pub closes_business: bool,
    pub promotion_lead_days: u32,
    #[serde(default = "one")]
    pub duration_days: u32,
    pub rule: DateRule,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed: Option<ObservedRule>,
    /// First year the holiday exists (the law that created or restored it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i32>,
    /// Last year the holiday exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<i32>,
    /// A multi-day holiday earns at most one substitute day, however many of its days fall
    /// on rest days (TH Songkran); by default each such day earns one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub single_substitute: bool,
    /// Dates fixed by the authorities that override the rule for their years (moon sighting
    /// for Islamic holidays, government decisions). A year listed here uses only these dates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub official_dates: Vec<NaiveDate>,
    /// The authorities fix this holiday's days off anew each year (CN: the State Council's
    /// notice, with weekend swaps), so a year without an announced `schedules` entry is only
    /// projected from the rule. Hijri holidays are projected without `official_dates` anyway.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub announced_yearly: bool,
    /// The last year whose dates the authorities have published; later dates (a `dated` list
    /// computed ahead from the lunar calendar, say) are projected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announced_through: Option<i32>,
    /// Announced schedules, one per year: they replace the rule (and any substitute day) for
    /// their year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<HolidaySchedule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// One year's announced days off for a holiday and the weekend days worked to pay for them
/// (CN tiaoxiu, TW make-up workdays).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HolidaySchedule {
    /// The year of the holiday (its days may begin in late December before).
    pub year: i32,
    /// Every day off, weekends inside the break included.
    #[schema(value_type = Vec<String>, format = Date)]
    pub days_off: Vec<NaiveDate>,
    /// Rest days made working days to pay for the break.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(value_type = Vec<String>, format = Date)]
    pub working_days: Vec<NaiveDate>,
    /// The announcement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

fn one() -> u32 {
    1
}

fn is_zero(n: &i16) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum HolidayKind {
    /// A public holiday set by law.
    Public,
    /// A shopping peak (Singles' Day, Black Friday, ...).
    Commercial,
    /// Widely kept but not a legal holiday (Obon, Ramadan, ...).
    Observance,
    /// Only on dated occurrences, never in content: a rest day made a working day to pay for
    /// a holiday's days off (`substitute_for` names the holiday). Offices are open.
    WorkingDay,
}

/// Whether an occurrence's dates were announced or fixed by law, or only computed from a rule
/// for a year the authorities have not announced yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DateStatus {
    /// Fixed by law or announced for that year.
    Official,
    /// From the rule, for a year without an announcement (moon sighting, yearly schedules).
    Projected,
}

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum DateRule {
    /// The same Gregorian date every year.
    Fixed { month: u8, day: u8 },
    /// The n-th (1..5) or last (-1) given weekday of a month, plus `offset` days
    /// (Black Friday = the day after the 4th Thursday of November).
    NthWeekday {
        month: u8,
        weekday: Weekday,
        nth: i8,
        #[serde(default, skip_serializing_if = "is_zero")]
        offset: i16,
    },
    /// Days from Easter Sunday.
    Easter {
        offset: i16,
        #[serde(default)]
        calendar: EasterCalendar,
    },
    /// A date of the Chinese lunisolar calendar (or its Korean or Vietnamese variant, whose
    /// months start by the new moon in Seoul or Hanoi time and so differ in some years).
    ChineseLunar {
        month: u8,
        day: u8,
        #[serde(default, skip_serializing_if = "LunisolarCalendar::is_chinese")]
        calendar: LunisolarCalendar,
    },
    /// The day of a solar term (equinoxes, solstices, Qingming).
    SolarTerm { term: SolarTerm },
    /// A date of the Islamic (Hijri) calendar, computed with the Umm al-Qura calendar of Saudi
    /// Arabia; countries that follow moon sighting list their announced dates in
    /// `official_dates`.
    Hijri { month: u8, day: u8 },
    /// Explicit dates, for calendars without a rule here.
    Dated { dates: Vec<NaiveDate> },
    /// Days from another holiday of the same market.
    Relative { holiday: String, offset: i16 },
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LunisolarCalendar {
    /// Months begin by the new moon in Beijing time (UTC+8).
    #[default]
    Chinese,
    /// Korean (Dangi): Seoul time (UTC+9).
    Korean,
    /// Vietnamese: Hanoi time (UTC+7).
    Vietnamese,
}

impl LunisolarCalendar {
    fn is_chinese(&self) -> bool {
        *self == Self::Chinese
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EasterCalendar {
    #[default]
    Western,
    Orthodox,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SolarTerm {
    VernalEquinox,
    AutumnalEquinox,
    Qingming,
    SummerSolstice,
    WinterSolstice,
}

/// Where the day off moves when the holiday falls on a weekend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ObservedRule {
    /// Saturday or Sunday → the following Monday.
    WeekendToMonday,
    /// Saturday → the working day before, Sunday → the working day after (skipping other
    /// holidays). On a working day taken by another holiday: the working day before, or the
    /// one after when the holiday is a Thursday (TW Children's Day and Tomb-Sweeping Day).
    NearestWeekday,
    /// Sunday → Monday; Saturday stays.
    SundayToMonday,
    /// On a non-working day of the market (per its business days), or on a day another public
    /// holiday already takes: the next working day that is not another holiday (substitute
    /// holiday: KR, TW, AU/GB Christmas).
    NextNonHoliday,
    /// On a Sunday only: the next working day that is not another holiday (JP, MY, SG).
    SundayNextNonHoliday,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EtiquetteDef {
    pub id: String,
    pub topic: EtiquetteTopic,
    /// For `topic = "emoji"`: the rule made machine-checkable for the message lint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emoji: Option<EmojiPolicy>,
}

/// How emoji in an outgoing message are judged in a market. The rationale is the etiquette
/// rule's own text.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EmojiPolicy {
    /// Channel kinds where emoji read as unprofessional, and how strongly.
    #[serde(default)]
    pub discouraged: std::collections::BTreeMap<ChannelKind, Severity>,
    /// Emoji with a bad meaning in the market on every channel (CN: 🙂).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoid: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EtiquetteTopic {
    Salutation,
    Formality,
    ReplyTime,
    Emoji,
    Negotiation,
    Gifts,
    CommunicationStyle,
    Language,
    Payment,
    Privacy,
    Religion,
    Timing,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TabooDef {
    pub id: String,
    pub category: TabooCategory,
    pub subject: String,
    pub severity: Severity,
    pub applies_to: Vec<TabooScope>,
    /// Words that make the taboo machine-checkable in text, by language (`ja`), locale
    /// (`zh-TW`) or `any` (digits, brand names). A term of digits only matches a whole number,
    /// also in full-width digits. Image and gesture taboos have none: they stay advice.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub terms: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TabooCategory {
    Colour,
    Number,
    Gesture,
    Imagery,
    Topic,
    Word,
    Product,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Info,
    Caution,
    Avoid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TabooScope {
    Marketing,
    Packaging,
    Messages,
    Product,
}
