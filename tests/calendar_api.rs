//! The holiday calendar over HTTP: per-market ranges, the merged calendar and iCalendar output.

mod common;

use common::spawn_app;
use serde_json::Value;

/// The holiday's own occurrences (not its substitute days off).
fn find<'a>(body: &'a Value, id: &str) -> Vec<&'a Value> {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["id"] == id && i["substitute_for"].is_null())
        .collect()
}

#[actix_web::test]
async fn china_2027_lunar_dates_are_projected() {
    let app = spawn_app();
    let body = app
        .get("/v1/markets/CN/holidays?from=2027-01-01&to=2027-12-31")
        .await
        .json();
    let lny = find(&body, "spring-festival");
    assert_eq!(lny.len(), 1, "{body}");
    assert_eq!(lny[0]["start"], "2027-02-06");
    assert_eq!(lny[0]["end"], "2027-02-08");
    assert_eq!(find(&body, "mid-autumn")[0]["start"], "2027-09-15");
    assert_eq!(lny[0]["kind"], "public");
    // No notice for 2027 yet: the rule's dates, flagged as such.
    assert_eq!(lny[0]["status"], "projected");
    assert!(lny[0]["promotion_starts"].as_str().unwrap() < "2027-02-06");
}

/// The State Council's notice on the 2026 holidays (国办发明电〔2025〕号, November 2025), day by day:
/// (holiday, first day off, last day off, make-up working days).
const CN_2026: &[(&str, &str, &str, &[&str])] = &[
    ("new-year", "2026-01-01", "2026-01-03", &["2026-01-04"]),
    (
        "spring-festival",
        "2026-02-15",
        "2026-02-23",
        &["2026-02-14", "2026-02-28"],
    ),
    ("qingming", "2026-04-04", "2026-04-06", &[]),
    ("labour-day", "2026-05-01", "2026-05-05", &["2026-05-09"]),
    ("dragon-boat", "2026-06-19", "2026-06-21", &[]),
    ("mid-autumn", "2026-09-25", "2026-09-27", &[]),
    (
        "national-day",
        "2026-10-01",
        "2026-10-07",
        &["2026-09-20", "2026-10-10"],
    ),
];

#[actix_web::test]
async fn china_2026_matches_the_state_council_notice_day_by_day() {
    use std::collections::BTreeMap;

    use chrono::NaiveDate;

    let app = spawn_app();
    let body = app
        .get("/v1/markets/CN/holidays?from=2026-01-01&to=2026-12-31")
        .await
        .json();
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let mut expected_off = BTreeMap::new();
    let mut expected_worked = BTreeMap::new();
    for (holiday, first, last, worked) in CN_2026 {
        for d in day(first).iter_days().take_while(|d| *d <= day(last)) {
            expected_off.insert(d, *holiday);
        }
        for w in *worked {
            expected_worked.insert(day(w), *holiday);
        }
    }
    let mut off = BTreeMap::new();
    let mut worked = BTreeMap::new();
    for item in body["items"].as_array().unwrap() {
        let (start, end) = (
            day(item["start"].as_str().unwrap()),
            day(item["end"].as_str().unwrap()),
        );
        if item["kind"] == "working-day" {
            assert_eq!(start, end, "{item}");
            assert_eq!(item["closes_business"], false, "{item}");
            assert_eq!(item["substitute_for"], item["id"], "{item}");
            assert_eq!(item["status"], "official", "{item}");
            assert!(
                item["name"]
                    .as_str()
                    .unwrap()
                    .starts_with("Working day (make-up for "),
                "{item}"
            );
            worked.insert(start, item["id"].as_str().unwrap().to_string());
        } else if item["kind"] == "public" && item["closes_business"] == true {
            assert_eq!(item["status"], "official", "{item}");
            for d in start.iter_days().take_while(|d| *d <= end) {
                // Spring Festival Eve (16 Feb) lies inside the Spring Festival break.
                off.entry(d)
                    .or_insert_with(|| item["id"].as_str().unwrap().to_string());
            }
        }
    }
    let off: BTreeMap<NaiveDate, &str> = off.iter().map(|(d, h)| (*d, h.as_str())).collect();
    let worked: BTreeMap<NaiveDate, &str> = worked.iter().map(|(d, h)| (*d, h.as_str())).collect();
    assert_eq!(off, expected_off, "days off");
    assert_eq!(worked, expected_worked, "make-up working days");
    // Nothing else closes: no rule-made substitute day on top of the notice.
    assert_eq!(off.len(), 33);

    let zh = app
        .get("/v1/markets/CN/holidays?from=2026-02-14&to=2026-02-14&lang=zh-CN")
        .await
        .json();
    assert_eq!(zh["items"][0]["name"], "调休上班日（春节）", "{zh}");
    let ics = app
        .get("/v1/markets/CN/holidays?from=2026-02-01&to=2026-02-28&format=ics")
        .await
        .body;
    let ics = String::from_utf8(ics).unwrap();
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains("SUMMARY:CN: Working day (make-up for Spring Festival"),
        "{ics}"
    );
    assert!(
        unfolded.contains("UID:CN-spring-festival-20260214-working-day@marketguide"),
        "{ics}"
    );
    assert!(unfolded.contains("X-MARKETGUIDE-STATUS:official"), "{ics}");
}

#[actix_web::test]
async fn saudi_eid_japanese_substitutes_and_us_thanksgiving() {
    let app = spawn_app();
    let sa = app
        .get("/v1/markets/SA/holidays?from=2026-01-01&to=2026-12-31")
        .await
        .json();
    let eid = find(&sa, "eid-al-fitr");
    assert_eq!(eid.len(), 1);
    let start = eid[0]["start"].as_str().unwrap();
    assert!(("2026-03-19"..="2026-03-21").contains(&start), "{start}");

    let us = app
        .get("/v1/markets/US/holidays?from=2026-11-01&to=2026-11-30")
        .await
        .json();
    assert_eq!(find(&us, "thanksgiving")[0]["start"], "2026-11-26");
    assert_eq!(find(&us, "black-friday")[0]["start"], "2026-11-27");
    assert_eq!(find(&us, "black-friday")[0]["kind"], "commercial");

    // Every JP public holiday on a Sunday gets a substitute day off that is itself no holiday.
    let jp = app
        .get("/v1/markets/JP/holidays?from=2024-01-01&to=2026-12-31")
        .await
        .json();
    let items = jp["items"].as_array().unwrap();
    let substitutes: Vec<&Value> = items
        .iter()
        .filter(|i| i["substitute_for"].is_string())
        .collect();
    assert!(!substitutes.is_empty());
    // 2024-02-11 (National Foundation Day) and 2024-02-23... fall on Sunday/Friday; 2024-02-12
    // is the substitute for the Sunday one, as the Cabinet Office lists.
    if !find(&jp, "national-foundation-day").is_empty() {
        assert!(
            substitutes.iter().any(|s| s["start"] == "2024-02-12"),
            "{substitutes:?}"
        );
    }
}

#[actix_web::test]
async fn merged_calendar_is_in_date_order_and_ics_has_one_event_per_item() {
    let app = spawn_app();
    let url = "/v1/calendar?markets=CN,JP,US&from=2026-01-01&to=2026-12-31";
    let body = app.get(url).await.json();
    let items = body["items"].as_array().unwrap();
    let starts: Vec<&str> = items.iter().map(|i| i["start"].as_str().unwrap()).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    for market in ["CN", "JP", "US"] {
        assert!(items.iter().any(|i| i["market"] == market), "{market}");
    }

    let reply = app.get_with(url, &[("Accept", "text/calendar")]).await;
    assert_eq!(reply.status, 200);
    assert!(
        reply
            .header("content-type")
            .unwrap()
            .starts_with("text/calendar")
    );
    let text = String::from_utf8(reply.body.clone()).unwrap();
    let parsed: icalendar::Calendar = text.parse().expect("a real iCalendar parser accepts it");
    let events: Vec<_> = parsed
        .components
        .iter()
        .filter_map(|c| match c {
            icalendar::CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), items.len());
    let uids: std::collections::BTreeSet<_> = events
        .iter()
        .map(|e| icalendar::Component::get_uid(*e).unwrap().to_string())
        .collect();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
    // ?format=ics is the same document.
    let by_param = app.get(&format!("{url}&format=ics")).await;
    assert_eq!(by_param.body, reply.body);
}

#[actix_web::test]
async fn names_are_localized() {
    let app = spawn_app();
    let body = app
        .get("/v1/markets/CN/holidays?from=2026-02-01&to=2026-02-28&lang=zh-CN")
        .await;
    assert_eq!(body.header("content-language"), Some("zh-CN"));
    let body = body.json();
    let name = find(&body, "spring-festival")[0]["name"].as_str().unwrap();
    assert!(name.contains("春节"), "{name}");
}

#[actix_web::test]
async fn bad_dates_and_ranges_are_400_problems() {
    let app = spawn_app();
    let cases = [
        (
            "/v1/markets/CN/holidays?from=2026-13-01&to=2026-12-31",
            "from",
        ),
        ("/v1/markets/CN/holidays?from=2026-01-01&to=tomorrow", "to"),
        (
            "/v1/markets/CN/holidays?from=2026-05-01&to=2026-04-01",
            "to",
        ),
        (
            "/v1/markets/CN/holidays?from=2020-01-01&to=2026-01-01",
            "to",
        ),
        ("/v1/calendar?markets=CN,JAPAN", "markets"),
        ("/v1/calendar?markets=CN&format=pdf", "format"),
    ];
    for (url, field) in cases {
        let body = app.get(url).await.problem(400, "invalid-input");
        assert_eq!(body["errors"][0]["field"], field, "{url}");
    }
    app.get("/v1/markets/ZZ/holidays")
        .await
        .problem(404, "market-not-found");
    app.get("/v1/calendar?markets=CN,ZZ")
        .await
        .problem(404, "market-not-found");
}

#[actix_web::test]
async fn holidays_exist_only_from_the_year_the_law_made_them() {
    let app = spawn_app();
    let y2020 = app
        .get("/v1/markets/US/holidays?from=2020-01-01&to=2020-12-31")
        .await
        .json();
    assert!(find(&y2020, "juneteenth").is_empty());
    let y2021 = app
        .get("/v1/markets/US/holidays?from=2021-01-01&to=2021-12-31")
        .await
        .json();
    assert_eq!(find(&y2021, "juneteenth")[0]["start"], "2021-06-19");
    // 2021-06-19 was a Saturday: the federal day off was Friday the 18th.
    assert!(
        y2021["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["start"] == "2021-06-18" && i["substitute_for"] == "juneteenth")
    );
}
