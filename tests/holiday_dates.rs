//! The calendar engine against published dates: `tests/holidays/<CC>.toml` lists, per market,
//! the dates official calendars give for 2024-2030 (sources in each file), and every one must
//! match what the engine computes from the seed rules.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use marketguide::calendar;
use marketguide::content::{Catalog, ContentSet};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expectations {
    expect: Vec<Expect>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    holiday: String,
    year: i32,
    start: NaiveDate,
    #[serde(default)]
    substitutes: Vec<NaiveDate>,
    #[allow(dead_code)]
    source: Option<String>,
}

#[test]
fn engine_matches_published_dates() {
    let catalog = Catalog::parse(&ContentSet::seed().unwrap()).unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/holidays");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut checked = BTreeMap::new();
    let mut failures = Vec::new();
    for file in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "toml"))
    {
        let code = file.file_stem().unwrap().to_string_lossy().to_string();
        let market = catalog
            .markets
            .get(&code)
            .unwrap_or_else(|| panic!("{code}: no such market"));
        let expectations: Expectations = toml::from_str(&std::fs::read_to_string(file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for e in &expectations.expect {
            assert!(
                market.holidays.iter().any(|h| h.id == e.holiday),
                "{code}: expectation for unknown holiday `{}`",
                e.holiday
            );
            let occurrences = calendar::year_occurrences(market, e.year);
            let starts: Vec<NaiveDate> = occurrences
                .iter()
                .filter(|o| o.holiday == e.holiday && o.substitute_for.is_none())
                .map(|o| o.start)
                .collect();
            if !starts.contains(&e.start) {
                failures.push(format!(
                    "{code} {} {}: expected {}, computed {starts:?}",
                    e.holiday, e.year, e.start
                ));
            }
            // When holidays coincide or adjoin (KR 2025-05-05, Christmas and Boxing Day on a
            // weekend), which of them a substitute day is filed under is a matter of
            // bookkeeping: accept it under any holiday that starts within three days.
            let near = |o: &calendar::Occurrence| {
                o.substitute_for.as_deref() == Some(e.holiday.as_str())
                    || occurrences.iter().any(|h| {
                        h.substitute_for.is_none()
                            && o.substitute_for.as_deref() == Some(h.holiday.as_str())
                            && (h.start - e.start).num_days().abs() <= 3
                    })
            };
            let substitutes: Vec<NaiveDate> = occurrences
                .iter()
                .filter(|o| o.substitute_for.is_some() && near(o))
                .map(|o| o.start)
                .collect();
            for s in &e.substitutes {
                if !substitutes.contains(s) {
                    failures.push(format!(
                        "{code} {} {}: expected substitute {s}, computed {substitutes:?}",
                        e.holiday, e.year
                    ));
                }
            }
            *checked.entry(code.clone()).or_insert(0) += 1;
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
    for code in [
        "CN", "JP", "KR", "VN", "SG", "ID", "MY", "IN", "SA", "AE", "TR", "EG", "US", "GB", "DE",
        "BR",
    ] {
        assert!(
            checked.get(code).copied().unwrap_or(0) >= 7,
            "{code}: too few published dates checked ({checked:?})"
        );
    }
}
