//! Easter Sunday (computus) for the Western and Orthodox churches.

use chrono::{Days, NaiveDate};

use crate::content::model::EasterCalendar;

pub fn easter(year: i32, calendar: EasterCalendar) -> Option<NaiveDate> {
    match calendar {
        EasterCalendar::Western => western(year),
        EasterCalendar::Orthodox => orthodox(year),
    }
}

/// The anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8).
fn western(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The Julian computus (Meeus, ch. 8), converted to the Gregorian calendar.
fn orthodox(year: i32) -> Option<NaiveDate> {
    let a = year % 4;
    let b = year % 7;
    let c = year % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // Julian → Gregorian: the gap is 13 days from 1900 to 2099 and grows by one a century
    // (except every fourth).
    let century = year / 100;
    let gap = century - century / 4 - 2;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)?.checked_add_days(Days::new(gap as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_easters() {
        for (y, m, d) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2030, 4, 21),
        ] {
            assert_eq!(
                easter(y, EasterCalendar::Western),
                NaiveDate::from_ymd_opt(y, m, d),
                "{y}"
            );
        }
        for (y, m, d) in [
            (2024, 5, 5),
            (2025, 4, 20),
            (2026, 4, 12),
            (2027, 5, 2),
            (2030, 4, 28),
        ] {
            assert_eq!(
                easter(y, EasterCalendar::Orthodox),
                NaiveDate::from_ymd_opt(y, m, d),
                "{y}"
            );
        }
    }
}
