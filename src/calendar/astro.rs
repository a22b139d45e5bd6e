//! Dates from non-Gregorian calendars and astronomy, each computed by a maintained library:
//! ICU4X for the Chinese, Korean and Umm al-Qura calendars, ICU4X's calendrical calculations
//! for the Vietnamese calendar, and a VSOP87 solar ephemeris for solar terms. Expensive
//! results are memoized per year, so a calendar request costs microseconds once warm.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use calendrical_calculations::chinese_based::{self, ChineseBased, YearBounds};
use calendrical_calculations::rata_die::RataDie;
use chrono::{DateTime, Datelike, NaiveDate};
use chrono_tz::Tz;
use icu_calendar::Date;
use icu_calendar::cal::Hijri;
use icu_calendar::types::Month;

use crate::content::model::{LunisolarCalendar, SolarTerm};

fn from_rata_die(rd: RataDie) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(rd.to_i64_date()).ok()?)
}

fn to_rata_die(date: NaiveDate) -> RataDie {
    RataDie::new(i64::from(Datelike::num_days_from_ce(&date)))
}

/// The Gregorian date of lunar `month`/`day` in the lunar year that starts in Gregorian
/// `year` (so lunar 12/23 of the year starting in 2025 falls in January 2026).
pub fn lunisolar(calendar: LunisolarCalendar, year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    match calendar {
        LunisolarCalendar::Chinese => {
            let date = Date::try_new_chinese_traditional(year, Month::new(month), day).ok()?;
            from_rata_die(date.to_rata_die())
        }
        LunisolarCalendar::Korean => {
            let date = Date::try_new_korean_traditional(year, Month::new(month), day).ok()?;
            from_rata_die(date.to_rata_die())
        }
        LunisolarCalendar::Vietnamese => vietnamese(year, month, day),
    }
}

/// The Vietnamese calendar: the Chinese rules with new moons reckoned in UTC+7.
struct Vietnam;

impl ChineseBased for Vietnam {
    fn utc_offset(_fixed: RataDie) -> f64 {
        7.0 / 24.0
    }
    const EPOCH: RataDie = calendrical_calculations::gregorian::fixed_from_gregorian(-2636, 2, 15);
    const DEBUG_NAME: &'static str = "vietnamese";
}

/// A lunar year's first day and the first day of each of its months (ordinal, leap included).
#[derive(Clone)]
struct LunarYear {
    month_starts: Vec<RataDie>,
    /// Ordinal of the leap month (a repeat of the month before it), if any.
    leap: Option<usize>,
}

fn vietnamese(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    static CACHE: OnceLock<Mutex<HashMap<i32, LunarYear>>> = OnceLock::new();
    let lunar_year = memoized(&CACHE, year, || Some(vietnamese_year(year)))?;
    let ordinal = match lunar_year.leap {
        Some(leap) if leap <= usize::from(month) => usize::from(month) + 1,
        _ => usize::from(month),
    };
    let start = *lunar_year.month_starts.get(ordinal - 1)?;
    let next = *lunar_year.month_starts.get(ordinal)?;
    if i64::from(day) > next - start {
        return None;
    }
    from_rata_die(start + i64::from(day) - 1)
}

fn vietnamese_year(year: i32) -> LunarYear {
    let mid = calendrical_calculations::gregorian::fixed_from_gregorian(year, 6, 1);
    let bounds = YearBounds::compute::<Vietnam>(mid);
    let leap = bounds.is_leap().then(|| {
        usize::from(chinese_based::get_leap_month_from_new_year::<Vietnam>(
            bounds.new_year,
        ))
    });
    let months = if leap.is_some() { 13 } else { 12 };
    let mut month_starts: Vec<RataDie> = (1..=months)
        .map(|m| {
            bounds.new_year
                + i64::from(chinese_based::days_until_month::<Vietnam>(
                    bounds.new_year,
                    m,
                ))
        })
        .collect();
    month_starts.push(bounds.next_new_year);
    LunarYear { month_starts, leap }
}

/// `compute(key)` once per key; later calls read the cache. The lock is not held while
/// computing, so a race at worst computes a value twice.
fn memoized<K: std::hash::Hash + Eq, V: Clone>(
    cache: &OnceLock<Mutex<HashMap<K, V>>>,
    key: K,
    compute: impl FnOnce() -> Option<V>,
) -> Option<V> {
    let cache = cache.get_or_init(Default::default);
    if let Some(value) = cache.lock().ok()?.get(&key) {
        return Some(value.clone());
    }
    let value = compute()?;
    cache.lock().ok()?.insert(key, value.clone());
    Some(value)
}

/// Every Gregorian date in `year` that is `month`/`day` of the Umm al-Qura Hijri calendar
/// (a Hijri year is 354 or 355 days, so there may be two).
pub fn hijri(year: i32, month: u8, day: u8) -> Vec<NaiveDate> {
    let calendar = Hijri::new_umm_al_qura();
    let jan1 = Date::from_rata_die(
        to_rata_die(NaiveDate::from_ymd_opt(year, 1, 1).expect("valid year")),
        calendar,
    );
    let first = jan1.year().extended_year();
    (first..=first + 1)
        .filter_map(|h| Date::try_new_hijri_with_calendar(h, month, day, calendar).ok())
        .filter_map(|d| from_rata_die(d.to_rata_die()))
        .filter(|d| d.year() == year)
        .collect()
}

/// The local date in `zone` of the moment the Sun reaches the term's apparent longitude.
pub fn solar_term(term: SolarTerm, year: i32, zone: Tz) -> Option<NaiveDate> {
    static CACHE: OnceLock<Mutex<HashMap<(u16, i32), f64>>> = OnceLock::new();
    let (longitude, month) = match term {
        SolarTerm::VernalEquinox => (0u16, 3),
        SolarTerm::Qingming => (15, 3),
        SolarTerm::SummerSolstice => (90, 6),
        SolarTerm::AutumnalEquinox => (180, 9),
        SolarTerm::WinterSolstice => (270, 12),
    };
    let jd = memoized(&CACHE, (longitude, year), || {
        stem_branch::find_solar_term_moment(f64::from(longitude), year, month)
    })?;
    // Julian Day (UT) → Unix time.
    let seconds = ((jd - 2_440_587.5) * 86_400.0).round() as i64;
    Some(
        DateTime::from_timestamp(seconds, 0)?
            .with_timezone(&zone)
            .date_naive(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn lunar_new_year_differs_where_the_meridian_does() {
        // Hong Kong Observatory / KASI: Seollal 2027 is a day after Chinese New Year.
        assert_eq!(
            lunisolar(LunisolarCalendar::Chinese, 2026, 1, 1),
            Some(d(2026, 2, 17))
        );
        assert_eq!(
            lunisolar(LunisolarCalendar::Chinese, 2027, 1, 1),
            Some(d(2027, 2, 6))
        );
        assert_eq!(
            lunisolar(LunisolarCalendar::Korean, 2027, 1, 1),
            Some(d(2027, 2, 7))
        );
        // Tết 2030 is a day before Chinese New Year (3 February 2030).
        assert_eq!(
            lunisolar(LunisolarCalendar::Chinese, 2030, 1, 1),
            Some(d(2030, 2, 3))
        );
        assert_eq!(
            lunisolar(LunisolarCalendar::Vietnamese, 2030, 1, 1),
            Some(d(2030, 2, 2))
        );
        assert_eq!(
            lunisolar(LunisolarCalendar::Vietnamese, 2026, 1, 1),
            Some(d(2026, 2, 17))
        );
    }

    #[test]
    fn umm_al_qura_and_solar_terms() {
        // Eid al-Fitr 1447 (Umm al-Qura): 20 March 2026.
        assert_eq!(hijri(2026, 10, 1), vec![d(2026, 3, 20)]);
        let tokyo: Tz = "Asia/Tokyo".parse().unwrap();
        let shanghai: Tz = "Asia/Shanghai".parse().unwrap();
        assert_eq!(
            solar_term(SolarTerm::VernalEquinox, 2027, tokyo),
            Some(d(2027, 3, 21))
        );
        assert_eq!(
            solar_term(SolarTerm::Qingming, 2026, shanghai),
            Some(d(2026, 4, 5))
        );
    }
}
