//! The holiday calendar engine: turns a market's holiday rules into dated occurrences for any
//! range, with multi-day spans, official overrides, substitute (observed) days, announced
//! yearly schedules and their make-up working days.

pub mod astro;
pub mod easter;
pub mod ical;

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate, Weekday as ChronoWeekday};

use crate::content::model::{
    DateRule, DateStatus, HolidayDef, HolidayKind, HolidaySchedule, MarketDef, ObservedRule,
    Weekday,
};

/// The id of the day Japan's law makes a holiday because it lies between two holidays.
pub const SANDWICHED_DAY: &str = "sandwiched-day";

/// The text id (`holiday-working-day`, variable `$holiday`) naming a make-up working day; the
/// reference text of a market whose schedules have make-up days must define it.
pub const WORKING_DAY: &str = "working-day";

/// One dated holiday, its substitute day off, or a make-up working day paying for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// The holiday's id in the market; [`SANDWICHED_DAY`] for a day made a holiday by law.
    pub holiday: String,
    pub start: NaiveDate,
    /// Last day, inclusive.
    pub end: NaiveDate,
    /// [`HolidayKind::WorkingDay`] for a make-up working day.
    pub kind: HolidayKind,
    pub closes_business: bool,
    pub promotion_lead_days: u32,
    /// For a substitute day off or a make-up working day: the holiday it is for.
    pub substitute_for: Option<String>,
    pub status: DateStatus,
    /// The holiday's year (a scheduled break or make-up day may lie in the December before).
    pub year: i32,
}

/// Every occurrence overlapping `from..=to`, in date order.
pub fn occurrences(market: &MarketDef, from: NaiveDate, to: NaiveDate) -> Vec<Occurrence> {
    let mut out = Vec::new();
    // A span or substitute may cross into the range from the year before; a scheduled break
    // may begin in the December before its year (rare: look a year ahead only then).
    let early_break = market.holidays.iter().flat_map(|h| &h.schedules).any(|s| {
        s.days_off
            .iter()
            .chain(&s.working_days)
            .any(|d| d.year() < s.year)
    });
    let last = if early_break {
        to.year() + 1
    } else {
        to.year()
    };
    for year in from.year() - 1..=last {
        out.extend(year_occurrences(market, year));
    }
    out.retain(|o| o.end >= from && o.start <= to);
    out.sort_by(|a, b| {
        (a.start, &a.substitute_for, &a.holiday).cmp(&(b.start, &b.substitute_for, &b.holiday))
    });
    out.dedup();
    out
}

/// The occurrences whose holiday date falls in Gregorian `year`, with their substitutes
/// (which may fall early in the next year).
pub fn year_occurrences(market: &MarketDef, year: i32) -> Vec<Occurrence> {
    // Neighbouring years matter: a holiday on 31 December that falls on a weekend must not
    // be given 1 January, itself a holiday, as its substitute.
    let mut base: Vec<Occurrence> = (year - 1..=year + 1)
        .flat_map(|y| base_occurrences(market, y))
        .collect();
    // Date order; on the same day, the order of the market file.
    let order = |id: &str| {
        market
            .holidays
            .iter()
            .position(|h| h.id == id)
            .unwrap_or(usize::MAX)
    };
    base.sort_by_key(|o| (o.start, order(&o.holiday)));

    // Days an announced schedule settles: no rule adds a substitute day for them, and a
    // holiday computed from its rule inside them is confirmed by the announcement.
    let scheduled: BTreeSet<NaiveDate> = base
        .iter()
        .filter(|o| is_scheduled(market, o))
        .flat_map(|o| days(o.start, o.end))
        .collect();
    for occurrence in &mut base {
        if occurrence.status == DateStatus::Projected
            && days(occurrence.start, occurrence.end).all(|d| scheduled.contains(&d))
        {
            occurrence.status = DateStatus::Official;
        }
    }
    // Days that substitutes must avoid: every public holiday day, then each substitute given.
    let mut days_off: BTreeSet<NaiveDate> = base
        .iter()
        .filter(|o| o.kind == HolidayKind::Public)
        .flat_map(|o| days(o.start, o.end))
        .collect();
    if market.sandwiched_day_is_holiday {
        let sandwiched: Vec<NaiveDate> = days_off
            .iter()
            .filter_map(|d| {
                let between = d.succ_opt()?;
                let after = between.succ_opt()?;
                (days_off.contains(&after)
                    && !days_off.contains(&between)
                    && between.weekday() != ChronoWeekday::Sun)
                    .then_some(between)
            })
            .collect();
        for day in sandwiched {
            days_off.insert(day);
            base.push(Occurrence {
                holiday: SANDWICHED_DAY.to_string(),
                start: day,
                end: day,
                kind: HolidayKind::Public,
                closes_business: true,
                promotion_lead_days: 0,
                substitute_for: None,
                status: DateStatus::Official,
                year: day.year(),
            });
        }
        base.sort_by_key(|o| (o.start, order(&o.holiday)));
    }

    let working = |d: NaiveDate| market.business_hours.days.contains(&weekday(d));
    // Public holiday days already claimed by an earlier holiday (date order, then file order),
    // so a second holiday on the same day can claim a substitute.
    let mut claimed: BTreeSet<NaiveDate> = BTreeSet::new();
    let mut substitutes = Vec::new();
    for occurrence in &base {
        let holiday = market.holidays.iter().find(|h| h.id == occurrence.holiday);
        let span: Vec<NaiveDate> = days(occurrence.start, occurrence.end).collect();
        let overlapping: Vec<bool> = span.iter().map(|d| claimed.contains(d)).collect();
        if occurrence.kind == HolidayKind::Public {
            claimed.extend(span.iter().copied());
        }
        let Some(holiday) = holiday else { continue };
        let Some(rule) = holiday.observed else {
            continue;
        };
        if occurrence.kind == HolidayKind::WorkingDay || is_scheduled(market, occurrence) {
            continue;
        }
        let mut moved = Vec::new();
        for (day, overlaps) in span.iter().zip(overlapping) {
            if scheduled.contains(day) {
                continue;
            }
            let substitute = if overlaps && rule == ObservedRule::NextNonHoliday {
                next_free(occurrence.end, &days_off, &working, true)
            } else if overlaps && rule == ObservedRule::NearestWeekday && working(*day) {
                // Taiwan: the day before, or the day after when that makes a long weekend.
                if day.weekday() == ChronoWeekday::Thu {
                    next_free(*day, &days_off, &working, true)
                } else {
                    previous_free(*day, &days_off, &working)
                }
            } else {
                substitute(rule, *day, occurrence.end, &days_off, &working)
            };
            if let Some(substitute) = substitute {
                days_off.insert(substitute);
                moved.push(substitute);
                if holiday.single_substitute {
                    break;
                }
            }
        }
        for day in moved {
            substitutes.push(Occurrence {
                start: day,
                end: day,
                substitute_for: Some(occurrence.holiday.clone()),
                promotion_lead_days: 0,
                ..occurrence.clone()
            });
        }
    }
    // Keep what belongs to `year`: its holidays and the substitutes given for them.
    let in_year = |o: &Occurrence| o.year == year;
    let mut out: Vec<Occurrence> = base.into_iter().filter(in_year).collect();
    // A substitute belongs to the year of the holiday it replaces.
    out.extend(substitutes.into_iter().filter(in_year));
    out
}

/// The substitute day off for `day` (a day of a holiday ending on `end`), if the rule gives one.
fn substitute(
    rule: ObservedRule,
    day: NaiveDate,
    end: NaiveDate,
    days_off: &BTreeSet<NaiveDate>,
    working: &dyn Fn(NaiveDate) -> bool,
) -> Option<NaiveDate> {
    match (rule, day.weekday()) {
        (ObservedRule::WeekendToMonday, ChronoWeekday::Sat) => day.checked_add_days(Days::new(2)),
        (ObservedRule::WeekendToMonday | ObservedRule::SundayToMonday, ChronoWeekday::Sun) => {
            day.succ_opt()
        }
        // Saturday → the working day before, Sunday → the working day after, skipping other
        // holidays (TW 2027: Sunday 4 April → Tuesday, Monday being Tomb-Sweeping Day).
        (ObservedRule::NearestWeekday, ChronoWeekday::Sat) => previous_free(day, days_off, working),
        (ObservedRule::NearestWeekday, ChronoWeekday::Sun) => {
            next_free(day, days_off, working, true)
        }
        (ObservedRule::NextNonHoliday, _) if !working(day) => {
            next_free(end, days_off, working, true)
        }
        (ObservedRule::SundayNextNonHoliday, ChronoWeekday::Sun) => {
            next_free(end, days_off, working, false)
        }
        _ => None,
    }
}

/// The announced schedule of `holiday` for `year`, if any.
pub fn schedule(holiday: &HolidayDef, year: i32) -> Option<&HolidaySchedule> {
    holiday.schedules.iter().find(|s| s.year == year)
}

/// Whether the occurrence comes from an announced schedule (its days off or make-up days).
fn is_scheduled(market: &MarketDef, occurrence: &Occurrence) -> bool {
    market
        .holidays
        .iter()
        .find(|h| h.id == occurrence.holiday)
        .and_then(|h| schedule(h, occurrence.year))
        .is_some()
}

/// Each holiday's occurrences of `year` (their first day in `year`, or their announced
/// schedule for `year`), before substitutes.
fn base_occurrences(market: &MarketDef, year: i32) -> Vec<Occurrence> {
    let mut out = Vec::new();
    for holiday in &market.holidays {
        let template = Occurrence {
            holiday: holiday.id.clone(),
            start: NaiveDate::MIN,
            end: NaiveDate::MIN,
            kind: holiday.kind,
            closes_business: holiday.closes_business,
            promotion_lead_days: holiday.promotion_lead_days,
            substitute_for: None,
            status: DateStatus::Official,
            year,
        };
        if let Some(schedule) = schedule(holiday, year) {
            out.extend(scheduled_occurrences(schedule, &template));
            continue;
        }
        let projected = is_projected(market, holiday, year);
        for start in holiday_dates(market, holiday, year) {
            let end = start + Days::new(u64::from(holiday.duration_days.max(1) - 1));
            out.push(Occurrence {
                start,
                end,
                status: if projected {
                    DateStatus::Projected
                } else {
                    DateStatus::Official
                },
                ..template.clone()
            });
        }
    }
    out
}

/// Whether `holiday`'s dates in `year` come only from its rule while the authorities decide
/// them: Hijri dates fixed by moon sighting, schedules announced yearly, dates computed beyond
/// the last published year, or a day relative to such a holiday (SA Eid al-Fitr after
/// Ramadan), with nothing announced for the year.
fn is_projected(market: &MarketDef, holiday: &HolidayDef, year: i32) -> bool {
    if holiday.official_dates.iter().any(|d| d.year() == year) || schedule(holiday, year).is_some()
    {
        return false;
    }
    match &holiday.rule {
        _ if holiday.announced_yearly => true,
        _ if holiday.announced_through.is_some_and(|last| year > last) => true,
        DateRule::Hijri { .. } => true,
        // Validation keeps relative rules one level deep, so this recursion ends.
        DateRule::Relative { holiday: base, .. } => market
            .holidays
            .iter()
            .find(|h| &h.id == base)
            .is_some_and(|base| is_projected(market, base, year)),
        _ => false,
    }
}

/// One occurrence per run of consecutive days off, and one `working-day` per make-up day.
fn scheduled_occurrences(schedule: &HolidaySchedule, template: &Occurrence) -> Vec<Occurrence> {
    let mut off: Vec<NaiveDate> = schedule.days_off.clone();
    off.sort_unstable();
    off.dedup();
    let mut out: Vec<Occurrence> = Vec::new();
    for day in off {
        match out.last_mut() {
            Some(run) if run.end.succ_opt() == Some(day) => run.end = day,
            _ => out.push(Occurrence {
                start: day,
                end: day,
                ..template.clone()
            }),
        }
    }
    for &day in &schedule.working_days {
        out.push(Occurrence {
            start: day,
            end: day,
            kind: HolidayKind::WorkingDay,
            closes_business: false,
            promotion_lead_days: 0,
            substitute_for: Some(template.holiday.clone()),
            ..template.clone()
        });
    }
    out
}

/// The last working day before `day` that is not a day off.
fn previous_free(
    day: NaiveDate,
    days_off: &BTreeSet<NaiveDate>,
    working: &dyn Fn(NaiveDate) -> bool,
) -> Option<NaiveDate> {
    let mut candidate = day.pred_opt()?;
    for _ in 0..31 {
        if !days_off.contains(&candidate) && working(candidate) {
            return Some(candidate);
        }
        candidate = candidate.pred_opt()?;
    }
    None
}

/// The first day after `day` that is not a day off (and, if `skip_rest_days`, a working day).
fn next_free(
    day: NaiveDate,
    days_off: &BTreeSet<NaiveDate>,
    working: &dyn Fn(NaiveDate) -> bool,
    skip_rest_days: bool,
) -> Option<NaiveDate> {
    let mut candidate = day.succ_opt()?;
    for _ in 0..31 {
        if !days_off.contains(&candidate) && (!skip_rest_days || working(candidate)) {
            return Some(candidate);
        }
        candidate = candidate.succ_opt()?;
    }
    None
}

/// The start dates of one holiday in Gregorian `year` (usually one; two for some Hijri dates).
pub fn holiday_dates(market: &MarketDef, holiday: &HolidayDef, year: i32) -> Vec<NaiveDate> {
    let official: Vec<NaiveDate> = holiday
        .official_dates
        .iter()
        .copied()
        .filter(|d| d.year() == year)
        .collect();
    if !official.is_empty() {
        return official;
    }
    if holiday.since.is_some_and(|y| year < y) || holiday.until.is_some_and(|y| year > y) {
        return Vec::new();
    }
    rule_dates(market, &holiday.rule, year)
}

fn rule_dates(market: &MarketDef, rule: &DateRule, year: i32) -> Vec<NaiveDate> {
    match rule {
        DateRule::Fixed { month, day } => {
            NaiveDate::from_ymd_opt(year, (*month).into(), (*day).into())
                .into_iter()
                .collect()
        }
        DateRule::NthWeekday {
            month,
            weekday: wd,
            nth,
            offset,
        } => nth_weekday(year, *month, *wd, *nth)
            .and_then(|d| shift(d, *offset))
            .into_iter()
            .collect(),
        DateRule::Easter { offset, calendar } => easter::easter(year, *calendar)
            .and_then(|d| shift(d, *offset))
            .into_iter()
            .collect(),
        DateRule::ChineseLunar {
            month,
            day,
            calendar,
        } => {
            // Lunar month 11-12 of the year that began in `year - 1` can fall in January.
            [year - 1, year]
                .into_iter()
                .filter_map(|y| astro::lunisolar(*calendar, y, *month, *day))
                .filter(|d| d.year() == year)
                .collect()
        }
        DateRule::SolarTerm { term } => {
            let zone = market.time_zones[0].parse().unwrap_or(chrono_tz::UTC);
            astro::solar_term(*term, year, zone).into_iter().collect()
        }
        DateRule::Hijri { month, day } => astro::hijri(year, *month, *day),
        DateRule::Dated { dates } => dates.iter().copied().filter(|d| d.year() == year).collect(),
        DateRule::Relative { holiday, offset } => {
            let Some(base) = market.holidays.iter().find(|h| &h.id == holiday) else {
                return Vec::new();
            };
            // The base may sit in the neighbouring year (New Year's Eve of a January festival).
            [year - 1, year, year + 1]
                .into_iter()
                .flat_map(|y| holiday_dates(market, base, y))
                .filter_map(|d| shift(d, *offset))
                .filter(|d| d.year() == year)
                .collect()
        }
    }
}

fn nth_weekday(year: i32, month: u8, wd: Weekday, nth: i8) -> Option<NaiveDate> {
    let wd = chrono_weekday(wd);
    if nth > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month.into(), wd, nth as u8)
    } else {
        // The last one: count back from the first day of the next month.
        let first_next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, u32::from(month) + 1, 1)?
        };
        let mut d = first_next.pred_opt()?;
        while d.weekday() != wd {
            d = d.pred_opt()?;
        }
        Some(d)
    }
}

fn shift(date: NaiveDate, offset: i16) -> Option<NaiveDate> {
    if offset >= 0 {
        date.checked_add_days(Days::new(offset as u64))
    } else {
        date.checked_sub_days(Days::new(offset.unsigned_abs() as u64))
    }
}

fn days(start: NaiveDate, end: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    start.iter_days().take_while(move |d| *d <= end)
}

fn chrono_weekday(w: Weekday) -> ChronoWeekday {
    match w {
        Weekday::Mon => ChronoWeekday::Mon,
        Weekday::Tue => ChronoWeekday::Tue,
        Weekday::Wed => ChronoWeekday::Wed,
        Weekday::Thu => ChronoWeekday::Thu,
        Weekday::Fri => ChronoWeekday::Fri,
        Weekday::Sat => ChronoWeekday::Sat,
        Weekday::Sun => ChronoWeekday::Sun,
    }
}

fn weekday(d: NaiveDate) -> Weekday {
    match d.weekday() {
        ChronoWeekday::Mon => Weekday::Mon,
        ChronoWeekday::Tue => Weekday::Tue,
        ChronoWeekday::Wed => Weekday::Wed,
        ChronoWeekday::Thu => Weekday::Thu,
        ChronoWeekday::Fri => Weekday::Fri,
        ChronoWeekday::Sat => Weekday::Sat,
        ChronoWeekday::Sun => Weekday::Sun,
    }
}
