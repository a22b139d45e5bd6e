//! A market's working calendar in one time zone: which local days are business days (the
//! weekdays of `business_hours`, minus closing holidays, plus make-up working days), which
//! hours are open on each (breaks split the day; seasonal hours replace the usual ones), and
//! those spans as instants, DST-correct.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::calendar::{Occurrence, year_occurrences};
use crate::content::model::{
    BusinessHours, HolidayKind, MarketDef, QuietHours, SeasonalHours, TimeSpan, Weekday,
};

/// How far ahead a window is looked for: longer than any closure in the content (Spring
/// Festival, Eid, Golden Week) with room to spare.
pub const HORIZON_DAYS: u64 = 120;

/// Holiday occurrences per (market, year), computed on first use and kept with the snapshot:
/// a release's rules never change, and computing a year of lunar and Hijri dates costs far more
/// than the rest of an answer.
#[derive(Default)]
pub struct OccurrenceCache(RwLock<HashMap<MarketYear, Arc<Vec<Occurrence>>>>);

/// (market code, Gregorian year).
type MarketYear = (String, i32);

/// Years kept; others are computed each time, so odd requests cannot grow the cache.
const CACHED_YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

impl OccurrenceCache {
    fn year(&self, market: &MarketDef, year: i32) -> Arc<Vec<Occurrence>> {
        let key = (market.code.clone(), year);
        if let Some(hit) = self.0.read().expect("cache lock").get(&key) {
            return Arc::clone(hit);
        }
        let computed = Arc::new(year_occurrences(market, year));
        if CACHED_YEARS.contains(&year) {
            self.0
                .write()
                .expect("cache lock")
                .insert(key, Arc::clone(&computed));
        }
        computed
    }

    /// The same as [`crate::calendar::occurrences`], from cached years.
    pub fn range(&self, market: &MarketDef, from: NaiveDate, to: NaiveDate) -> Vec<Occurrence> {
        let mut out = Vec::new();
        for year in from.year() - 1..=to.year() {
            out.extend(self.year(market, year).iter().cloned());
        }
        out.retain(|o| o.end >= from && o.start <= to);
        out.sort_by(|a, b| {
            (a.start, &a.substitute_for, &a.holiday).cmp(&(b.start, &b.substitute_for, &b.holiday))
        });
        out.dedup();
        out
    }
}

pub struct WorkCalendar<'a> {
    pub market: &'a MarketDef,
    pub tz: Tz,
    occurrences: Vec<Occurrence>,
}

/// What one local day is.
pub struct Day<'c> {
    pub date: NaiveDate,
    pub business: bool,
    /// The closing occurrence covering the day, if any.
    pub closing: Option<&'c Occurrence>,
    /// A make-up working-day occurrence covering the day.
    pub working_day: Option<&'c Occurrence>,
    /// Seasonal hours in force that day.
    pub seasonal: Option<&'c SeasonalHours>,
}

/// An open span as instants in the calendar's zone.
pub type Span = (DateTime<Tz>, DateTime<Tz>);

impl<'a> WorkCalendar<'a> {
    /// The calendar around `at`: occurrences from the day before to the horizon.
    pub fn around(
        market: &'a MarketDef,
        tz: Tz,
        at: DateTime<Utc>,
        cache: &OccurrenceCache,
    ) -> Self {
        let today = at.with_timezone(&tz).date_naive();
        let from = today - Days::new(1);
        let to = today + Days::new(HORIZON_DAYS + 1);
        Self::with_occurrences(market, tz, cache.range(market, from, to))
    }

    pub fn with_occurrences(market: &'a MarketDef, tz: Tz, occurrences: Vec<Occurrence>) -> Self {
        Self {
            market,
            tz,
            occurrences,
        }
    }

    pub fn day(&self, date: NaiveDate) -> Day<'_> {
        let covering = |o: &&Occurrence| o.start <= date && date <= o.end;
        let working_day = self
            .occurrences
            .iter()
            .filter(covering)
            .find(|o| o.kind == HolidayKind::WorkingDay);
        let closing = self
            .occurrences
            .iter()
            .filter(covering)
            .find(|o| o.closes_business && o.kind != HolidayKind::WorkingDay);
        let weekday = self.market.business_hours.days.contains(&weekday(date));
        let seasonal = self.market.seasonal_hours.iter().find(|s| {
            self.occurrences
                .iter()
                .filter(covering)
                .any(|o| o.holiday == s.holiday)
        });
        Day {
            date,
            business: working_day.is_some() || (weekday && closing.is_none()),
            closing,
            working_day,
            seasonal,
        }
    }

    /// The open spans of a local day, in order (none on a non-business day).
    pub fn business_spans(&self, date: NaiveDate) -> Vec<Span> {
        let day = self.day(date);
        if !day.business {
            return Vec::new();
        }
        let hours = &self.market.business_hours;
        let (open, close, breaks): (&str, &str, &[TimeSpan]) = match day.seasonal {
            Some(s) => (&s.open, &s.close, &s.breaks),
            None => (&hours.open, &hours.close, &hours.breaks),
        };
        local_spans(date, open, close, breaks)
            .into_iter()
            .map(|(s, e)| (self.instant(s), self.instant(e)))
            .collect()
    }

    /// The spans of a local day outside the quiet hours (every day: the law counts days, not
    /// business days).
    pub fn allowed_spans(&self, date: NaiveDate, quiet: &QuietHours) -> Vec<Span> {
        let (Some(start), Some(end)) = (time(&quiet.start), time(&quiet.end)) else {
            return Vec::new();
        };
        let midnight = date.and_time(NaiveTime::MIN);
        let next_midnight = (date + Days::new(1)).and_time(NaiveTime::MIN);
        let spans = if start > end {
            // Quiet across midnight (21:00-08:00): allowed from `end` to `start`.
            vec![(date.and_time(end), date.and_time(start))]
        } else {
            vec![
                (midnight, date.and_time(start)),
                (date.and_time(end), next_midnight),
            ]
        };
        spans
            .into_iter()
            .filter(|(s, e)| s < e)
            .map(|(s, e)| (self.instant(s), self.instant(e)))
            .collect()
    }

    /// The span containing `at`, or else the next one, by `spans_of` day; `None` when nothing
    /// opens within the horizon.
    pub fn window(
        &self,
        at: DateTime<Utc>,
        spans_of: impl Fn(NaiveDate) -> Vec<Span>,
    ) -> Option<(bool, Span)> {
        let today = at.with_timezone(&self.tz).date_naive();
        for offset in 0..=HORIZON_DAYS {
            for (start, end) in spans_of(today + Days::new(offset)) {
                if at < end {
                    return Some((at >= start, (start, end)));
                }
            }
        }
        None
    }

    /// `at` plus `hours` of business time: only open spans count, starting from `at` (or the
    /// next opening when closed). `None` beyond the horizon.
    pub fn add_business_hours(&self, at: DateTime<Utc>, hours: u32) -> Option<DateTime<Tz>> {
        let mut remaining = chrono::Duration::hours(i64::from(hours));
        let at = at.with_timezone(&self.tz);
        let today = at.date_naive();
        for offset in 0..=HORIZON_DAYS {
            for (start, end) in self.business_spans(today + Days::new(offset)) {
                if end <= at {
                    continue;
                }
                let from = start.max(at);
                let available = end - from;
                if available >= remaining {
                    return Some(from + remaining);
                }
                remaining -= available;
            }
        }
        None
    }

    /// A local time as an instant. Ambiguous times (the repeated hour in autumn) take the
    /// earlier instant; times in the spring gap move to the first instant after it.
    fn instant(&self, local: NaiveDateTime) -> DateTime<Tz> {
        let mut probe = local;
        for _ in 0..=180 {
            if let Some(t) = self.tz.from_local_datetime(&probe).earliest() {
                return t;
            }
            probe += chrono::Duration::minutes(1);
        }
        self.tz.from_utc_datetime(&local)
    }
}

/// Open spans of a day: `open..close` minus the breaks.
fn local_spans(
    date: NaiveDate,
    open: &str,
    close: &str,
    breaks: &[TimeSpan],
) -> Vec<(NaiveDateTime, NaiveDateTime)> {
    let (Some(open), Some(close)) = (time(open), time(close)) else {
        return Vec::new();
    };
    let mut cuts: Vec<(NaiveTime, NaiveTime)> = breaks
        .iter()
        .filter_map(|b| Some((time(&b.start)?, time(&b.end)?)))
        .collect();
    cuts.sort();
    let mut spans = Vec::new();
    let mut from = open;
    for (start, end) in cuts {
        if start > from {
            spans.push((from, start.min(close)));
        }
        from = from.max(end);
    }
    if from < close {
        spans.push((from, close));
    }
    spans
        .into_iter()
        .map(|(s, e)| (date.and_time(s), date.and_time(e)))
        .collect()
}

fn time(s: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(s, "%H:%M").ok()
}

pub fn weekday(date: NaiveDate) -> Weekday {
    match date.weekday() {
        chrono::Weekday::Mon => Weekday::Mon,
        chrono::Weekday::Tue => Weekday::Tue,
        chrono::Weekday::Wed => Weekday::Wed,
        chrono::Weekday::Thu => Weekday::Thu,
        chrono::Weekday::Fri => Weekday::Fri,
        chrono::Weekday::Sat => Weekday::Sat,
        chrono::Weekday::Sun => Weekday::Sun,
    }
}

/// Whether local `time` lies within the day's business hours (breaks included).
pub fn within_day(
    hours: &BusinessHours,
    seasonal: Option<&SeasonalHours>,
    local: NaiveTime,
) -> bool {
    let (open, close) = match seasonal {
        Some(s) => (&s.open, &s.close),
        None => (&hours.open, &hours.close),
    };
    matches!((time(open), time(close)), (Some(o), Some(c)) if o <= local && local < c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Catalog, ContentSet};

    fn catalog() -> Catalog {
        Catalog::parse(&ContentSet::seed().unwrap()).unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_make_up_working_day_counts_as_open() {
        let catalog = catalog();
        let cn = &catalog.markets["CN"];
        let tz: Tz = "Asia/Shanghai".parse().unwrap();
        // Sunday 2026-02-15, constructed as a make-up working day.
        let sunday = NaiveDate::from_ymd_opt(2026, 2, 15).unwrap();
        let make_up = Occurrence {
            holiday: "spring-festival-make-up".into(),
            start: sunday,
            end: sunday,
            kind: HolidayKind::WorkingDay,
            closes_business: false,
            promotion_lead_days: 0,
            substitute_for: None,
            status: crate::content::model::DateStatus::Official,
            year: 2026,
        };
        let without = WorkCalendar::with_occurrences(cn, tz, Vec::new());
        assert!(!without.day(sunday).business);
        let with = WorkCalendar::with_occurrences(cn, tz, vec![make_up]);
        assert!(with.day(sunday).business);
        let (open, (start, _)) = with
            .window(utc("2026-02-15T02:00:00Z"), |d| with.business_spans(d))
            .unwrap();
        assert!(open, "10:00 Beijing on the make-up Sunday is open");
        assert_eq!(start.to_rfc3339(), "2026-02-15T09:00:00+08:00");
    }

    #[test]
    fn cached_occurrences_equal_computed_ones() {
        let catalog = catalog();
        let cache = OccurrenceCache::default();
        for code in ["CN", "JP", "SA", "KR"] {
            let market = &catalog.markets[code];
            let (from, to) = (
                NaiveDate::from_ymd_opt(2025, 12, 1).unwrap(),
                NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
            );
            for _ in 0..2 {
                assert_eq!(
                    cache.range(market, from, to),
                    crate::calendar::occurrences(market, from, to)
                );
            }
        }
    }

    #[test]
    fn business_hours_are_added_over_breaks_and_nights() {
        let catalog = catalog();
        let jp = &catalog.markets["JP"];
        let tz: Tz = "Asia/Tokyo".parse().unwrap();
        // Tuesday 2026-06-02 11:00 JST, 24 business hours (8 a day): Friday 11:00.
        let at = utc("2026-06-02T02:00:00Z");
        let calendar = WorkCalendar::around(jp, tz, at, &OccurrenceCache::default());
        let by = calendar.add_business_hours(at, 24).unwrap();
        assert_eq!(by.to_rfc3339(), "2026-06-05T11:00:00+09:00");
    }
}
