//! When a buyer's market is reachable: open or not and why, the current or next window, when
//! a reply is expected, the channel to use, and the rules that shaped the answer, computed
//! from a release's market structure and holiday calendar.

use chrono::{DateTime, SecondsFormat, Utc};
use chrono_tz::Tz;
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;
use utoipa::ToSchema;

use super::hours::{Span, WorkCalendar, within_day};
use crate::content::model::{ChannelPurpose, HolidayKind, MarketDef, QuietHoursBasis};
use crate::snapshot::Snapshot;

/// What the contact is for; it picks the channel and, for marketing, the quiet hours.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ContactUse {
    #[default]
    PreSale,
    AfterSale,
    Marketing,
}

impl ContactUse {
    fn purpose(self) -> ChannelPurpose {
        match self {
            Self::PreSale => ChannelPurpose::PreSale,
            Self::AfterSale => ChannelPurpose::AfterSale,
            Self::Marketing => ChannelPurpose::Marketing,
        }
    }
}

/// Why the market is not reachable now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ClosedReason {
    Weekend,
    OutsideHours,
    Break,
    Holiday,
}

impl ClosedReason {
    fn as_str(self) -> &'static str {
        match self {
            Self::Weekend => "weekend",
            Self::OutsideHours => "outside-hours",
            Self::Break => "break",
            Self::Holiday => "holiday",
        }
    }
}

/// The closing holiday occurrence, localized.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ClosingHoliday {
    #[schema(example = "golden-week")]
    pub id: String,
    #[schema(example = "Golden Week")]
    pub name: String,
    pub kind: HolidayKind,
    #[schema(value_type = String, format = Date, example = "2026-04-29")]
    pub start: chrono::NaiveDate,
    /// Last day, inclusive.
    #[schema(value_type = String, format = Date, example = "2026-05-05")]
    pub end: chrono::NaiveDate,
}

/// A span of time, RFC 3339 with the offset of the requested zone.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Window {
    #[schema(example = "2026-05-07T09:00:00+09:00")]
    pub start: String,
    #[schema(example = "2026-05-07T12:00:00+09:00")]
    pub end: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ContactWindow {
    #[schema(example = "JP")]
    pub market: String,
    pub release: i64,
    /// The instant asked about, in UTC.
    pub at: DateTime<Utc>,
    /// IANA zone all local times are in.
    #[schema(example = "Asia/Tokyo")]
    pub time_zone: String,
    /// `at` in `time_zone`, RFC 3339 with offset.
    #[schema(example = "2026-05-01T10:00:00+09:00")]
    pub local_time: String,
    pub open: bool,
    /// Why not open (null when open).
    #[schema(required = true)]
    pub reason: Option<ClosedReason>,
    /// The closing holiday when `reason = holiday`, else null.
    #[schema(required = true)]
    pub holiday: Option<ClosingHoliday>,
    /// The current open span when open, else the next one (null when nothing opens within
    /// 120 days).
    #[schema(required = true)]
    pub window: Option<Window>,
    /// `reply_within_hours` of the market counted in business time from `at`: only open spans
    /// (business days, business hours, no breaks, no closing holidays) count.
    #[schema(required = true, example = "2026-05-12T10:00:00+09:00")]
    pub reply_expected_by: Option<String>,
    /// The best-ranked channel for `use` (null when the market ranks none for it).
    #[schema(required = true, example = "line")]
    pub channel: Option<String>,
    /// What shaped the answer, in the negotiated locale.
    pub notes: Vec<String>,
}

/// A validated request.
pub struct WindowRequest {
    pub at: DateTime<Utc>,
    /// The buyer's zone; the market's business-hours zone when absent.
    pub tz: Option<Tz>,
    pub contact_use: ContactUse,
    pub locale: LanguageIdentifier,
}

pub fn compute(snapshot: &Snapshot, market: &MarketDef, req: &WindowRequest) -> ContactWindow {
    let tz = req.tz.unwrap_or_else(|| {
        market.time_zones[0]
            .parse()
            .expect("validated IANA zone in the content")
    });
    let at = req.at;
    let calendar = WorkCalendar::around(market, tz, at, &snapshot.guidance.occurrences);
    let local = at.with_timezone(&tz);
    let today = calendar.day(local.date_naive());
    let guidance = &snapshot.guidance;
    let say = |id: &str, args: &FluentArgs<'_>| guidance.say(&req.locale, id, args);
    let words = guidance.market(&req.locale, &market.code);
    let mut notes = Vec::new();

    let quiet = market
        .quiet_hours
        .as_ref()
        .filter(|_| req.contact_use == ContactUse::Marketing);
    let found = match quiet {
        Some(q) => calendar.window(at, |d| calendar.allowed_spans(d, q)),
        None => calendar.window(at, |d| calendar.business_spans(d)),
    };
    let open = found.as_ref().is_some_and(|(open, _)| *open);
    let reason = (!open).then(|| {
        if quiet.is_some() {
            ClosedReason::OutsideHours
        } else if today.closing.is_some() && !today.business {
            ClosedReason::Holiday
        } else if !today.business {
            ClosedReason::Weekend
        } else if within_day(&market.business_hours, today.seasonal, local.time()) {
            ClosedReason::Break
        } else {
            ClosedReason::OutsideHours
        }
    });
    let holiday = match reason {
        Some(ClosedReason::Holiday) => today.closing.map(|o| {
            let text = snapshot.holiday_text(&req.locale, &market.code, &o.holiday);
            ClosingHoliday {
                id: o.holiday.clone(),
                name: text.name,
                kind: o.kind,
                start: o.start,
                end: o.end,
            }
        }),
        _ => None,
    };
    let window = found.map(|(_, span)| to_window(&span));

    match (&window, reason) {
        (Some(w), None) => {
            let mut args = FluentArgs::new();
            args.set("end", local_text(&w.end));
            notes.push(say("window-open", &args));
        }
        (next, Some(reason)) => {
            let mut args = FluentArgs::new();
            args.set("reason", reason.as_str());
            args.set(
                "start",
                next.as_ref()
                    .map_or_else(|| "-".to_string(), |w| local_text(&w.start)),
            );
            notes.push(say("window-closed", &args));
        }
        (None, None) => {}
    }
    if let Some(h) = &holiday {
        let mut args = FluentArgs::new();
        args.set("holiday", h.name.clone());
        args.set("last_day", h.end.to_string());
        notes.push(say("window-holiday", &args));
    }
    if let Some(o) = today.working_day {
        let mut args = FluentArgs::new();
        args.set(
            "holiday",
            snapshot
                .holiday_text(&req.locale, &market.code, &o.holiday)
                .name,
        );
        notes.push(say("window-working-day", &args));
    }
    if let Some(s) = today.seasonal.filter(|_| quiet.is_none()) {
        let mut args = FluentArgs::new();
        args.set("open", s.open.clone());
        args.set("close", s.close.clone());
        notes.push(say("window-seasonal-hours", &args));
        if let Some(text) = words.and_then(|w| w.seasonal.get(&s.id)) {
            notes.push(text.clone());
        }
    }
    if let Some(q) = quiet {
        let mut args = FluentArgs::new();
        args.set("start", q.start.clone());
        args.set("end", q.end.clone());
        args.set(
            "basis",
            match q.basis {
                QuietHoursBasis::Law => "law",
                QuietHoursBasis::Custom => "custom",
            },
        );
        notes.push(say("window-quiet-hours", &args));
        if let Some(text) = words.and_then(|w| w.quiet_hours.clone()) {
            notes.push(text);
        }
    }
    let reply_expected_by = calendar
        .add_business_hours(at, market.reply_within_hours)
        .map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true));
    if let Some(by) = &reply_expected_by {
        let mut args = FluentArgs::new();
        args.set("hours", market.reply_within_hours);
        args.set("by", local_text(by));
        notes.push(say("window-reply-expected", &args));
    }
    let channel = best_channel(market, req.contact_use);
    if let Some(id) = &channel {
        let mut args = FluentArgs::new();
        args.set("channel", guidance.channel_name(&req.locale, id));
        notes.push(say("window-channel", &args));
    }

    ContactWindow {
        market: market.code.clone(),
        release: snapshot.release.number,
        at,
        time_zone: tz.name().to_string(),
        local_time: local.to_rfc3339_opts(SecondsFormat::Secs, true),
        open,
        reason,
        holiday,
        window,
        reply_expected_by,
        channel,
        notes,
    }
}

pub fn best_channel(market: &MarketDef, contact_use: ContactUse) -> Option<String> {
    let purpose = contact_use.purpose();
    market
        .channels
        .iter()
        .filter(|c| c.uses.contains(&purpose))
        .min_by_key(|c| c.rank)
        .map(|c| c.id.clone())
}

fn to_window((start, end): &Span) -> Window {
    Window {
        start: start.to_rfc3339_opts(SecondsFormat::Secs, true),
        end: end.to_rfc3339_opts(SecondsFormat::Secs, true),
    }
}

/// `2026-05-07T09:00:00+09:00` → `2026-05-07 09:00 (+09:00)` for sentences.
fn local_text(rfc3339: &str) -> String {
    match DateTime::parse_from_rfc3339(rfc3339) {
        Ok(t) => t.format("%Y-%m-%d %H:%M (UTC%:z)").to_string(),
        Err(_) => rfc3339.to_string(),
    }
}
