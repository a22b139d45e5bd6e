//! Announced schedules in the content: what the engine makes of them (days off, make-up working
//! days, official or projected) and what validation refuses.

use chrono::NaiveDate;
use marketguide::calendar::{self, Occurrence};
use marketguide::content::model::{DateStatus, HolidayKind};
use marketguide::content::{Catalog, ContentSet, DocumentKey};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn seed_catalog() -> Catalog {
    Catalog::parse(&ContentSet::seed().unwrap()).unwrap()
}

fn own<'a>(occurrences: &'a [Occurrence], id: &str) -> Vec<&'a Occurrence> {
    occurrences
        .iter()
        .filter(|o| o.holiday == id && o.substitute_for.is_none())
        .collect()
}

#[test]
fn a_schedule_replaces_the_rule_and_a_year_without_one_is_projected() {
    let catalog = seed_catalog();
    let cn = &catalog.markets["CN"];
    let y2026 = calendar::year_occurrences(cn, 2026);
    let spring = own(&y2026, "spring-festival");
    assert_eq!(spring.len(), 1);
    assert_eq!(
        (spring[0].start, spring[0].end),
        (day("2026-02-15"), day("2026-02-23"))
    );
    assert_eq!(spring[0].status, DateStatus::Official);
    // The Eve's rule date lies inside the announced break: confirmed, and no substitute.
    let eve = own(&y2026, "spring-festival-eve");
    assert_eq!(eve[0].status, DateStatus::Official);
    assert!(
        !y2026
            .iter()
            .any(|o| o.kind != HolidayKind::WorkingDay && o.substitute_for.is_some())
    );

    let y2027 = calendar::year_occurrences(cn, 2027);
    assert!(
        y2027
            .iter()
            .filter(|o| o.kind == HolidayKind::Public)
            .all(|o| o.status == DateStatus::Projected)
    );
    assert!(!y2027.iter().any(|o| o.kind == HolidayKind::WorkingDay));
    // Shopping peaks are not announced by anyone: their dates are what they are.
    assert!(
        own(&y2027, "singles-day")
            .iter()
            .all(|o| o.status == DateStatus::Official)
    );

    // A range that cuts through the year still gets the make-up days inside it.
    let range = calendar::occurrences(cn, day("2026-09-01"), day("2026-10-31"));
    let worked: Vec<NaiveDate> = range
        .iter()
        .filter(|o| o.kind == HolidayKind::WorkingDay)
        .map(|o| o.start)
        .collect();
    assert_eq!(worked, vec![day("2026-09-20"), day("2026-10-10")]);
}

#[test]
fn hijri_dates_without_an_announcement_and_days_relative_to_them_are_projected() {
    let catalog = seed_catalog();
    for (code, id) in [
        ("ID", "idul-fitri"),
        ("SA", "eid-al-fitr"),
        ("AE", "eid-al-fitr"),
    ] {
        let occurrences = calendar::year_occurrences(&catalog.markets[code], 2029);
        let found = own(&occurrences, id);
        assert!(!found.is_empty(), "{code} {id}");
        assert!(
            found.iter().all(|o| o.status == DateStatus::Projected),
            "{code} {id}: {found:?}"
        );
    }
    // Dates computed ahead of the last published list are projected; a day relative to one too.
    for (code, id, last) in [
        ("IN", "diwali", 2026),
        ("TH", "asahna-bucha", 2026),
        ("TH", "khao-phansa", 2026),
    ] {
        let market = &catalog.markets[code];
        for (year, status) in [
            (last, DateStatus::Official),
            (last + 1, DateStatus::Projected),
        ] {
            let occurrences = calendar::year_occurrences(market, year);
            let found = own(&occurrences, id);
            assert!(!found.is_empty(), "{code} {id} {year}");
            assert!(
                found.iter().all(|o| o.status == status),
                "{code} {id} {year}: {found:?}"
            );
        }
    }
    // Fixed by law: official in any year.
    let us = calendar::year_occurrences(&catalog.markets["US"], 2030);
    assert!(us.iter().all(|o| o.status == DateStatus::Official));
}

#[test]
fn a_break_that_starts_in_december_belongs_to_its_year_and_shows_in_a_december_range() {
    let mut catalog = seed_catalog();
    let cn = catalog.markets.get_mut("CN").unwrap();
    // As the State Council did for New Year 2023 (31 December 2022 to 2 January 2023).
    let new_year = cn.holidays.iter_mut().find(|h| h.id == "new-year").unwrap();
    new_year
        .schedules
        .push(marketguide::content::model::HolidaySchedule {
            year: 2027,
            days_off: vec![day("2026-12-31"), day("2027-01-01"), day("2027-01-02")],
            working_days: vec![day("2026-12-27")],
            source: None,
        });
    let cn = &catalog.markets["CN"];
    let december = calendar::occurrences(cn, day("2026-12-01"), day("2026-12-31"));
    let new_year: Vec<&Occurrence> = december
        .iter()
        .filter(|o| o.holiday == "new-year")
        .collect();
    assert_eq!(new_year.len(), 2, "{december:?}");
    assert_eq!(new_year[0].kind, HolidayKind::WorkingDay);
    assert_eq!(new_year[0].start, day("2026-12-27"));
    assert_eq!(
        (new_year[1].start, new_year[1].end),
        (day("2026-12-31"), day("2027-01-02"))
    );
    assert!(
        new_year
            .iter()
            .all(|o| o.year == 2027 && o.status == DateStatus::Official)
    );
}

fn errors_for(cn_toml: &str) -> Vec<String> {
    let mut set = ContentSet::seed().unwrap();
    set.documents.insert(
        "market/CN".parse::<DocumentKey>().unwrap(),
        cn_toml.to_string(),
    );
    Catalog::parse(&set)
        .expect_err("must be refused")
        .0
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn validation_refuses_bad_schedules_and_the_working_day_kind() {
    let seed = ContentSet::seed().unwrap();
    let cn = seed.documents[&"market/CN".parse::<DocumentKey>().unwrap()].clone();
    let cases = [
        (
            cn.replacen(
                "working_days = [\"2026-01-04\"]",
                "working_days = [\"2024-01-04\"]",
                1,
            ),
            "2024-01-04 in the 2026 schedule is not in 2026",
        ),
        (
            cn.replacen(
                "working_days = [\"2026-01-04\"]",
                "working_days = [\"2026-01-03\"]",
                1,
            ),
            "2026-01-03 appears twice in the 2026 schedule",
        ),
        (
            cn.replacen(
                "days_off = [\"2026-01-01\", \"2026-01-02\", \"2026-01-03\"]",
                "days_off = [\"2026-01-02\", \"2026-01-01\", \"2026-01-03\"]",
                1,
            ),
            "the 2026 schedule's dates must be in date order",
        ),
        (
            cn.replacen(
                "year = 2025\ndays_off = [\"2025-01-01\"]",
                "year = 2026\ndays_off = [\"2026-01-01\"]",
                1,
            ),
            "two schedules for 2026",
        ),
        (
            cn.replacen(
                "id = \"singles-day\"\nkind = \"commercial\"",
                "id = \"singles-day\"\nkind = \"working-day\"",
                1,
            ),
            "`working-day` is given to make-up days by `schedules`",
        ),
    ];
    for (text, expected) in cases {
        assert_ne!(text, cn, "the edit for `{expected}` did not apply");
        let found = errors_for(&text);
        assert!(
            found.iter().any(|e| e.contains(expected)),
            "{expected}: {found:?}"
        );
    }

    // Make-up days need their name in the reference text.
    let en = seed.documents[&"text/en-US/market/CN".parse::<DocumentKey>().unwrap()].clone();
    let without: String = en
        .lines()
        .filter(|l| !l.starts_with("holiday-working-day"))
        .map(|l| format!("{l}\n"))
        .collect();
    let mut set = seed;
    set.documents.insert(
        "text/en-US/market/CN".parse::<DocumentKey>().unwrap(),
        without,
    );
    let found: Vec<String> = Catalog::parse(&set)
        .expect_err("must be refused")
        .0
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        found
            .iter()
            .any(|e| e.contains("`holiday-working-day` is missing")),
        "{found:?}"
    );
}
