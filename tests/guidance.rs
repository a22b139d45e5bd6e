//! The guidance tools through HTTP: contact window, message lint, reply composer.

mod common;

use common::spawn_app;
use serde_json::{Value, json};

async fn window(app: &common::TestApp, path: &str) -> Value {
    let reply = app.get(path).await;
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    reply.json()
}

// ---- contact window -------------------------------------------------------------------------

#[actix_web::test]
async fn us_spring_forward_moves_the_next_window_to_daylight_time() {
    let app = spawn_app();
    // Friday 2026-03-06 18:00 EST; clocks go forward on Sunday 2026-03-08.
    let w = window(
        &app,
        "/v1/markets/US/contact-window?at=2026-03-06T23:00:00Z",
    )
    .await;
    assert_eq!(w["time_zone"], "America/New_York");
    assert_eq!(w["local_time"], "2026-03-06T18:00:00-05:00");
    assert_eq!(w["open"], false);
    assert_eq!(w["reason"], "outside-hours");
    assert_eq!(w["holiday"], Value::Null);
    assert_eq!(w["window"]["start"], "2026-03-09T09:00:00-04:00");
    assert_eq!(w["window"]["end"], "2026-03-09T17:00:00-04:00");
    // 24 business hours of 8 a day from Monday 09:00 EDT: Wednesday 17:00.
    assert_eq!(w["reply_expected_by"], "2026-03-11T17:00:00-04:00");
    assert_eq!(w["at"], "2026-03-06T23:00:00Z");
}

#[actix_web::test]
async fn eu_summer_time_and_the_weekend() {
    let app = spawn_app();
    // Friday 2026-03-27 18:00 CET; Europe moves to CEST on Sunday 2026-03-29.
    let w = window(
        &app,
        "/v1/markets/DE/contact-window?at=2026-03-27T17:00:00Z",
    )
    .await;
    assert_eq!(w["local_time"], "2026-03-27T18:00:00+01:00");
    assert_eq!(w["reason"], "outside-hours");
    assert_eq!(w["window"]["start"], "2026-03-30T09:00:00+02:00");
    // Saturday is the weekend.
    let w = window(
        &app,
        "/v1/markets/DE/contact-window?at=2026-03-28T10:00:00Z",
    )
    .await;
    assert_eq!(w["reason"], "weekend");
}

#[actix_web::test]
async fn golden_week_closes_japan_with_the_holiday_named() {
    let app = spawn_app();
    // Friday 2026-05-01 10:00 JST: a weekday inside Golden Week.
    let w = window(
        &app,
        "/v1/markets/JP/contact-window?at=2026-05-01T01:00:00Z",
    )
    .await;
    assert_eq!(w["open"], false);
    assert_eq!(w["reason"], "holiday");
    assert_eq!(w["holiday"]["id"], "golden-week");
    assert_eq!(w["holiday"]["name"], "Golden Week");
    assert_eq!(w["holiday"]["end"], "2026-05-05");
    // 6 May is the substitute for Constitution Day (3 May, a Sunday): the next window is the 7th.
    assert_eq!(w["window"]["start"], "2026-05-07T09:00:00+09:00");
    assert_eq!(w["window"]["end"], "2026-05-07T12:00:00+09:00");
    assert_eq!(w["channel"], "line");
    let notes = w["notes"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n.as_str().unwrap().contains("Golden Week")),
        "{notes:?}"
    );
    // In Chinese, with the holiday's Chinese name.
    let w = window(
        &app,
        "/v1/markets/JP/contact-window?at=2026-05-01T01:00:00Z&lang=zh-CN",
    )
    .await;
    let first = w["notes"][0].as_str().unwrap();
    assert!(first.contains("节假日"), "{first}");
}

#[actix_web::test]
async fn spring_festival_closes_china() {
    let app = spawn_app();
    // Wednesday 2026-02-18 10:00 Beijing, the second day of the Spring Festival.
    let w = window(
        &app,
        "/v1/markets/CN/contact-window?at=2026-02-18T02:00:00Z",
    )
    .await;
    assert_eq!(w["reason"], "holiday");
    assert_eq!(w["holiday"]["id"], "spring-festival");
    // The State Council's 2026 schedule: 15-23 February off, back on Tuesday the 24th.
    assert_eq!(w["holiday"]["start"], "2026-02-15");
    assert_eq!(w["holiday"]["end"], "2026-02-23");
    assert_eq!(w["window"]["start"], "2026-02-24T09:00:00+08:00");
}

#[actix_web::test]
async fn the_announced_make_up_saturdays_are_open_in_china() {
    let app = spawn_app();
    // Saturday 2026-02-14 and 2026-02-28, 10:00 Beijing: worked to pay for the Spring Festival.
    for day in ["2026-02-14", "2026-02-28"] {
        let w = window(
            &app,
            &format!("/v1/markets/CN/contact-window?at={day}T02:00:00Z"),
        )
        .await;
        assert_eq!(w["open"], true, "{day}: {w}");
        assert!(w["reason"].is_null(), "{day}");
        assert!(
            w["window"]["start"].as_str().unwrap().starts_with(day),
            "{day}: {w}"
        );
    }
    // An ordinary Saturday stays closed.
    let w = window(
        &app,
        "/v1/markets/CN/contact-window?at=2026-03-07T02:00:00Z",
    )
    .await;
    assert_eq!(w["reason"], "weekend");
}

#[actix_web::test]
async fn japans_lunch_break_splits_the_day() {
    let app = spawn_app();
    // Tuesday 2026-06-02 12:30 JST.
    let w = window(
        &app,
        "/v1/markets/JP/contact-window?at=2026-06-02T03:30:00Z",
    )
    .await;
    assert_eq!(w["open"], false);
    assert_eq!(w["reason"], "break");
    assert_eq!(w["window"]["start"], "2026-06-02T13:00:00+09:00");
    assert_eq!(w["window"]["end"], "2026-06-02T18:00:00+09:00");
    // 11:00: open until the break.
    let w = window(
        &app,
        "/v1/markets/JP/contact-window?at=2026-06-02T02:00:00Z",
    )
    .await;
    assert_eq!(w["open"], true);
    assert_eq!(w["reason"], Value::Null);
    assert_eq!(w["window"]["end"], "2026-06-02T12:00:00+09:00");
}

#[actix_web::test]
async fn saudi_week_runs_sunday_to_thursday() {
    let app = spawn_app();
    // Friday 2026-06-05 11:00 Riyadh: the weekend.
    let w = window(
        &app,
        "/v1/markets/SA/contact-window?at=2026-06-05T08:00:00Z",
    )
    .await;
    assert_eq!(w["reason"], "weekend");
    assert_eq!(w["window"]["start"], "2026-06-07T09:00:00+03:00");
    // Sunday 10:00: open.
    let w = window(
        &app,
        "/v1/markets/SA/contact-window?at=2026-06-07T07:00:00Z",
    )
    .await;
    assert_eq!(w["open"], true);
}

#[actix_web::test]
async fn ramadan_office_hours_replace_the_usual_ones() {
    let app = spawn_app();
    // Sunday 2026-03-01 16:00 Riyadh, in Ramadan: the usual day runs to 17:00, Ramadan's to 15:00.
    let w = window(
        &app,
        "/v1/markets/SA/contact-window?at=2026-03-01T13:00:00Z",
    )
    .await;
    assert_eq!(w["open"], false);
    assert_eq!(w["reason"], "outside-hours");
    assert_eq!(w["window"]["start"], "2026-03-02T10:00:00+03:00");
    assert_eq!(w["window"]["end"], "2026-03-02T15:00:00+03:00");
    let notes: Vec<&str> = w["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(notes.iter().any(|n| n.contains("10:00–15:00")), "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("art. 98")), "{notes:?}");
}

#[actix_web::test]
async fn a_buyer_zone_moves_the_window() {
    let app = spawn_app();
    // 15:30 UTC is 11:30 in New York but 08:30 in Los Angeles.
    let ny = window(
        &app,
        "/v1/markets/US/contact-window?at=2026-06-02T15:30:00Z",
    )
    .await;
    assert_eq!(ny["open"], true);
    let la = window(
        &app,
        "/v1/markets/US/contact-window?at=2026-06-02T15:30:00Z&tz=America/Los_Angeles",
    )
    .await;
    assert_eq!(la["time_zone"], "America/Los_Angeles");
    assert_eq!(la["local_time"], "2026-06-02T08:30:00-07:00");
    assert_eq!(la["open"], false);
    assert_eq!(la["reason"], "outside-hours");
    assert_eq!(la["window"]["start"], "2026-06-02T09:00:00-07:00");
}

#[actix_web::test]
async fn marketing_follows_the_tcpa_quiet_hours() {
    let app = spawn_app();
    // 05:30 in Los Angeles: before 8:00, no marketing texts; office hours do not matter.
    let w = window(&app, "/v1/markets/US/contact-window?at=2026-06-06T12:30:00Z&tz=America/Los_Angeles&use=marketing").await;
    assert_eq!(w["open"], false);
    assert_eq!(w["window"]["start"], "2026-06-06T08:00:00-07:00");
    assert_eq!(w["window"]["end"], "2026-06-06T21:00:00-07:00");
    let notes: Vec<&str> = w["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(notes.iter().any(|n| n.contains("64.1200")), "{notes:?}");
    // A Saturday 10:00 is fine for marketing.
    let w = window(&app, "/v1/markets/US/contact-window?at=2026-06-06T17:00:00Z&tz=America/Los_Angeles&use=marketing").await;
    assert_eq!(w["open"], true);
}

#[actix_web::test]
async fn bad_inputs_are_problems_naming_the_field() {
    let app = spawn_app();
    for (path, field) in [
        ("/v1/markets/JP/contact-window?at=yesterday", "at"),
        ("/v1/markets/JP/contact-window?tz=Mars/Olympus", "tz"),
        ("/v1/markets/JP/contact-window?use=spam", "use"),
        ("/v1/contact-windows?markets=JP,JPN", "markets"),
    ] {
        let problem = app.get(path).await.problem(400, "invalid-input");
        assert_eq!(problem["errors"][0]["field"], field, "{path}");
    }
    app.get("/v1/markets/ZZ/contact-window")
        .await
        .problem(404, "market-not-found");
    app.get("/v1/contact-windows?markets=JP,ZZ")
        .await
        .problem(404, "market-not-found");
    app.get("/v1/markets/JP/contact-window?release=99")
        .await
        .problem(404, "not-found");
}

#[actix_web::test]
async fn batch_of_markets_for_a_dashboard() {
    let app = spawn_app();
    let list = window(
        &app,
        "/v1/contact-windows?markets=JP,US,DE&at=2026-06-02T07:00:00Z&release=1",
    )
    .await;
    assert_eq!(list["release"], 1);
    let items = list["items"].as_array().unwrap();
    let markets: Vec<&str> = items
        .iter()
        .map(|i| i["market"].as_str().unwrap())
        .collect();
    assert_eq!(markets, ["JP", "US", "DE"]);
    // 16:00 in Tokyo, 03:00 in New York, 09:00 in Berlin.
    let open: Vec<bool> = items.iter().map(|i| i["open"].as_bool().unwrap()).collect();
    assert_eq!(open, [true, false, true]);
    assert_eq!(items[1]["local_time"], "2026-06-02T03:00:00-04:00");
}

// ---- lint -----------------------------------------------------------------------------------

async fn lint(app: &common::TestApp, body: Value) -> Value {
    let reply = app.post_json("/v1/lint", &body, None).await;
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    reply.json()
}

fn rules(findings: &Value) -> Vec<(String, String)> {
    findings["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["match"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[actix_web::test]
async fn taboo_numbers_in_native_numerals_and_digits_follow_the_use() {
    let app = spawn_app();
    let text = "限定４個セット、四つ選べます";
    let body = lint(
        &app,
        json!({"market": "JP", "text": text, "use": "marketing"}),
    )
    .await;
    assert_eq!(body["locale"], "ja-JP");
    let found = rules(&body);
    assert_eq!(
        found,
        [
            ("taboo".to_string(), "４".to_string()),
            ("taboo".to_string(), "四つ".to_string())
        ]
    );
    let first = &body["findings"][0];
    assert_eq!(first["taboo"], "number-4");
    assert_eq!(first["severity"], "avoid");
    assert_eq!(
        (first["start"].as_u64(), first["end"].as_u64()),
        (Some(2), Some(3))
    );
    assert_eq!(
        (first["byte_start"].as_u64(), first["byte_end"].as_u64()),
        (Some(6), Some(9))
    );
    assert!(!first["rationale"].as_str().unwrap().is_empty());
    // Number taboos apply to marketing and packaging, not to a message to one buyer.
    let body = lint(&app, json!({"market": "JP", "text": text})).await;
    assert!(rules(&body).is_empty(), "{body}");
    // Korean counters and Chinese clocks; 14 and 2024 are not 4.
    let body = lint(
        &app,
        json!({"market": "KR", "text": "4종 세트 14개, 2024년", "use": "marketing"}),
    )
    .await;
    assert_eq!(rules(&body), [("taboo".to_string(), "4".to_string())]);
    let body = lint(
        &app,
        json!({"market": "CN", "text": "新品挂钟，送钟给长辈", "use": "marketing"}),
    )
    .await;
    let taboos: Vec<_> = body["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["taboo"].as_str().unwrap())
        .collect();
    assert_eq!(taboos, ["clock-gift", "clock-gift"]);
}

#[actix_web::test]
async fn taboo_products_and_topics_by_market() {
    let app = spawn_app();
    let body = lint(&app, json!({"market": "SA", "text": "Our new pork sausages and wine gift box", "locale": "en-US", "use": "marketing"})).await;
    assert_eq!(
        rules(&body),
        [
            ("taboo".into(), "pork".into()),
            ("taboo".into(), "wine".into())
        ]
    );
    // Not inside other words: "shampoo" has no ham.
    let body = lint(&app, json!({"market": "SA", "text": "Shampoo and Graham crackers", "locale": "en-US", "use": "marketing"})).await;
    assert!(rules(&body).is_empty(), "{body}");
    let body = lint(&app, json!({"market": "IN", "text": "Premium beef jerky", "locale": "en-US", "use": "packaging"})).await;
    assert_eq!(body["findings"][0]["taboo"], "beef");
    // The monarchy is off limits in a message to a Thai buyer too (Thai, no spaces).
    let body = lint(&app, json!({"market": "TH", "text": "สินค้าที่ในหลวงทรงใช้"})).await;
    assert_eq!(body["findings"][0]["taboo"], "royal-family");
    assert_eq!(body["findings"][0]["match"], "ในหลวง");
}

#[actix_web::test]
async fn absolute_claims_with_utf16_offsets_after_emoji() {
    let app = spawn_app();
    let text = "😀😀 我们的质量绝对没问题，第一次购买也放心";
    let body = lint(
        &app,
        json!({"market": "CN", "text": text, "channel": "wechat"}),
    )
    .await;
    let findings = body["findings"].as_array().unwrap();
    let claims: Vec<&Value> = findings
        .iter()
        .filter(|f| f["rule"] == "absolute-claim")
        .collect();
    assert_eq!(claims.len(), 1, "第一次 is not a claim: {findings:?}");
    let claim = claims[0];
    assert_eq!(claim["match"], "绝对");
    // Two emoji are four UTF-16 units, then a space and five Han characters.
    assert_eq!(
        (claim["start"].as_u64(), claim["end"].as_u64()),
        (Some(10), Some(12))
    );
    let (b0, b1) = (
        claim["byte_start"].as_u64().unwrap() as usize,
        claim["byte_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[b0..b1], "绝对");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16(&utf16[10..12]).unwrap(), "绝对");
    // English, German.
    let body = lint(
        &app,
        json!({"market": "US", "text": "Our quality is absolutely fine and 100% guaranteed."}),
    )
    .await;
    let matches: Vec<String> = rules(&body).into_iter().map(|(_, m)| m).collect();
    assert_eq!(matches, ["absolutely", "100%", "guaranteed"]);
    let body = lint(
        &app,
        json!({"market": "DE", "text": "Die Qualität ist garantiert einwandfrei."}),
    )
    .await;
    assert_eq!(rules(&body).len(), 2);
    assert!(body["findings"][0]["suggestion"].as_str().is_some());
}

#[actix_web::test]
async fn salutation_must_mirror_the_buyer() {
    let app = spawn_app();
    let body = lint(
        &app,
        json!({
            "market": "US", "text": "Hi Anna,\nthanks for writing.",
            "in_reply_to": "Dear Sir or Madam,\nis this in stock?"
        }),
    )
    .await;
    assert_eq!(rules(&body), [("salutation-mirror".into(), "Hi".into())]);
    assert_eq!(body["findings"][0]["suggestion"], "Dear");
    let body = lint(
        &app,
        json!({
            "market": "DE", "text": "Hallo Frau Müller,\nvielen Dank.",
            "in_reply_to": "Sehr geehrte Damen und Herren,\nist der Artikel lieferbar?"
        }),
    )
    .await;
    assert_eq!(rules(&body), [("salutation-mirror".into(), "Hallo".into())]);
    let body = lint(
        &app,
        json!({
            "market": "CN", "text": "尊敬的王先生：感谢您的咨询。",
            "in_reply_to": "你好，这个有货吗？"
        }),
    )
    .await;
    assert_eq!(
        rules(&body),
        [("salutation-mirror".into(), "尊敬的".into())]
    );
    // The same register is fine; an English buyer answered in Japanese is compared by register.
    let body = lint(
        &app,
        json!({"market": "US", "text": "Dear Anna,\nthanks.", "in_reply_to": "Dear seller"}),
    )
    .await;
    assert!(rules(&body).is_empty());
    let body = lint(
        &app,
        json!({"market": "JP", "text": "田中様、こんにちは。", "in_reply_to": "Dear shop owner,"}),
    )
    .await;
    assert_eq!(
        rules(&body),
        [("salutation-mirror".into(), "こんにちは".into())]
    );
}

#[actix_web::test]
async fn emoji_against_the_etiquette_of_the_channel() {
    let app = spawn_app();
    // Japan: no emoji in e-mail (the default channel); fine on LINE.
    let body = lint(
        &app,
        json!({"market": "JP", "text": "ありがとうございます👍🏻"}),
    )
    .await;
    let f = &body["findings"][0];
    assert_eq!(
        (
            f["rule"].as_str(),
            f["severity"].as_str(),
            f["match"].as_str()
        ),
        (Some("emoji"), Some("caution"), Some("👍🏻"))
    );
    assert_eq!(
        (f["start"].as_u64(), f["end"].as_u64()),
        (Some(10), Some(14))
    );
    assert!(f["rationale"].as_str().unwrap().contains("LINE"));
    let body = lint(
        &app,
        json!({"market": "JP", "text": "ありがとうございます👍🏻", "channel": "line"}),
    )
    .await;
    assert!(rules(&body).is_empty());
    // China: 🙂 reads as cold on any channel.
    let body = lint(
        &app,
        json!({"market": "CN", "text": "好的🙂", "channel": "wechat"}),
    )
    .await;
    assert_eq!(body["findings"][0]["severity"], "avoid");
}

#[actix_web::test]
async fn length_limits_per_channel() {
    let app = spawn_app();
    let long = "a".repeat(2001);
    let body = lint(
        &app,
        json!({"market": "US", "text": long, "channel": "amazon-messaging"}),
    )
    .await;
    let f = &body["findings"][0];
    assert_eq!(
        (f["rule"].as_str(), f["severity"].as_str()),
        (Some("length"), Some("avoid"))
    );
    assert_eq!(f["start"], 2000);
    assert_eq!(f["match"], "a");
    // SMS: 160 GSM-7 characters fit one message, 161 do not; Chinese fits 70.
    let body = lint(
        &app,
        json!({"market": "US", "text": "b".repeat(160), "channel": "sms"}),
    )
    .await;
    assert!(rules(&body).is_empty());
    let body = lint(
        &app,
        json!({"market": "US", "text": "b".repeat(161), "channel": "sms"}),
    )
    .await;
    assert_eq!(body["findings"][0]["start"], 160);
    assert!(
        body["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("2 SMS segments")
    );
    let body = lint(
        &app,
        json!({"market": "CN", "text": "好".repeat(71), "channel": "sms"}),
    )
    .await;
    assert_eq!(body["findings"][0]["start"], 70);
    assert!(
        body["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("UCS-2")
    );
}

#[actix_web::test]
async fn formality_in_japanese_and_german() {
    let app = spawn_app();
    let body = lint(
        &app,
        json!({"market": "JP", "text": "本日発送である。ご確認ください。"}),
    )
    .await;
    assert_eq!(rules(&body), [("formality".into(), "である".into())]);
    assert_eq!(body["findings"][0]["severity"], "caution");
    let body = lint(
        &app,
        json!({"market": "DE", "text": "Kannst du mir deine Adresse schicken?"}),
    )
    .await;
    let matches: Vec<String> = rules(&body).into_iter().map(|(_, m)| m).collect();
    assert_eq!(matches, ["du", "deine"]);
}

#[actix_web::test]
async fn lint_errors_are_problems() {
    let app = spawn_app();
    app.post_json("/v1/lint", &json!({"market": "ZZ", "text": "hi"}), None)
        .await
        .problem(404, "market-not-found");
    let p = app
        .post_json(
            "/v1/lint",
            &json!({"market": "JP", "text": "hi", "channel": "pigeon"}),
            None,
        )
        .await
        .problem(400, "invalid-input");
    assert_eq!(p["errors"][0]["field"], "channel");
    let big = "x".repeat(marketguide::guidance::lint::MAX_TEXT_BYTES + 1);
    let p = app
        .post_json("/v1/lint", &json!({"market": "JP", "text": big}), None)
        .await
        .problem(422, "unprocessable");
    assert!(p["detail"].as_str().unwrap().contains("16384"), "{p}");
    // Finding messages in Chinese on request.
    let reply = app
        .post_json(
            "/v1/lint?lang=zh-CN",
            &json!({"market": "US", "text": "absolutely"}),
            None,
        )
        .await;
    assert_eq!(reply.header("content-language"), Some("zh-CN"));
    assert!(
        reply.json()["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("绝对化")
    );
}

#[test]
fn the_shipped_phrase_library_lints_clean() {
    let catalog =
        marketguide::content::Catalog::parse(&marketguide::content::ContentSet::seed().unwrap())
            .unwrap();
    let alarms = marketguide::guidance::library::alarms(&catalog);
    let list: Vec<String> = alarms.iter().map(ToString::to_string).collect();
    assert!(list.is_empty(), "{}", list.join("\n"));
}

#[test]
fn the_library_check_catches_a_bad_phrase() {
    use marketguide::content::{Catalog, ContentSet, DocumentKey};
    let mut set = ContentSet::seed().unwrap();
    let key: DocumentKey = "phrases/zh-CN/customer-service".parse().unwrap();
    let text = set.documents.get_mut(&key).unwrap();
    *text = text.replace("感谢您的咨询", "我们的质量绝对没问题，感谢您的咨询");
    let catalog = Catalog::parse(&set).unwrap();
    let alarms = marketguide::guidance::library::alarms(&catalog);
    assert!(
        alarms
            .iter()
            .any(|a| a.market == "CN" && a.finding.matched == "绝对"),
        "{alarms:?}"
    );
    assert!(marketguide::guidance::library::check(&catalog).is_err());
}

// ---- compose --------------------------------------------------------------------------------

async fn compose(app: &common::TestApp, body: Value, headers: &[(&str, &str)]) -> Value {
    let reply = app
        .send("POST", "/v1/compose", Some(&body), None, headers)
        .await;
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    reply.json()
}

fn applied(body: &Value) -> Vec<&str> {
    body["applied"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect()
}

fn no_alarms(body: &Value) {
    let alarms: Vec<&Value> = body["lint"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] != "info")
        .collect();
    assert!(alarms.is_empty(), "{alarms:?}\n{}", body["text"]);
}

#[actix_web::test]
async fn compose_in_english_mirrors_thanks_and_apologises() {
    let app = spawn_app();
    let body = compose(&app, json!({
        "market": "US", "scenario": "customer-service/will-check-and-reply",
        "buyer": {"name": "John Smith", "status": "first-time", "message": "Dear seller,\nis the blue one in stock?"},
        "args": {"hours": 24, "shop_name": "Northwind", "agent_name": "Sam"},
        "received_at": "2026-06-05T20:00:00Z", "now": "2026-06-08T14:00:00Z"
    }), &[]).await;
    assert_eq!(body["locale"], "en-US");
    assert_eq!(
        applied(&body),
        [
            "salutation-mirror",
            "market-salutation",
            "first-time-thanks",
            "late-reply-apology",
            "closing"
        ]
    );
    let opening = body["parts"]["opening"].as_str().unwrap();
    assert!(
        opening.starts_with("Dear John Smith,\nThank you for your inquiry"),
        "{opening}"
    );
    assert!(
        opening.contains("over the weekend"),
        "a Friday-evening message answered on Monday: {opening}"
    );
    assert!(body["parts"]["body"].as_str().unwrap().contains("24 hours"));
    assert!(
        body["parts"]["closing"]
            .as_str()
            .unwrap()
            .starts_with("Kind regards,\nSam\nNorthwind")
    );
    assert_eq!(body["text"].as_str().unwrap().matches("\n\n").count(), 2);
    no_alarms(&body);
    // A casual buyer who comes back, answered in time.
    let body = compose(&app, json!({
        "market": "US", "scenario": "shipping/order-shipped",
        "buyer": {"name": "John Smith", "status": "returning", "message": "Hi there! Where is my parcel?"},
        "args": {"shop_name": "Northwind", "agent_name": "Sam", "order_id": "A1023", "carrier": "UPS", "tracking_number": "1Z999", "days": 3},
        "received_at": "2026-06-08T13:00:00Z", "now": "2026-06-08T14:00:00Z"
    }), &[]).await;
    assert_eq!(
        applied(&body),
        [
            "salutation-mirror",
            "market-salutation",
            "returning-welcome",
            "closing"
        ]
    );
    assert!(
        body["parts"]["opening"]
            .as_str()
            .unwrap()
            .starts_with("Hi John,\nNice to see you again!")
    );
    assert!(
        body["parts"]["closing"]
            .as_str()
            .unwrap()
            .starts_with("Best wishes,")
    );
    no_alarms(&body);
}

#[actix_web::test]
async fn compose_in_japanese_uses_family_name_and_sama() {
    let app = spawn_app();
    let body = compose(
        &app,
        json!({
            "market": "JP", "scenario": "customer-service/will-check-and-reply",
            "buyer": {"name": "田中 太郎", "status": "first-time"},
            "args": {"hours": 24, "shop_name": "さくら商店", "agent_name": "佐藤"},
            "received_at": "2026-04-30T10:00:00+09:00", "now": "2026-05-07T09:30:00+09:00"
        }),
        &[],
    )
    .await;
    assert_eq!(body["locale"], "ja-JP");
    assert_eq!(
        applied(&body),
        [
            "market-salutation",
            "first-time-thanks",
            "late-reply-apology",
            "closing"
        ]
    );
    let opening = body["parts"]["opening"].as_str().unwrap();
    assert!(
        opening.starts_with("田中様\nこのたびはお問い合わせいただき"),
        "{opening}"
    );
    assert!(
        opening.contains("祝日のため休業"),
        "Golden Week lies in between: {opening}"
    );
    assert!(
        body["parts"]["closing"]
            .as_str()
            .unwrap()
            .contains("お願い申し上げます")
    );
    no_alarms(&body);
    // A buyer who wrote "Hi" gets こんにちは, and a welcome back.
    let body = compose(
        &app,
        json!({
            "market": "JP", "scenario": "customer-service/will-check-and-reply",
            "buyer": {"name": "田中 太郎", "status": "returning", "message": "Hi! Quick question."},
            "args": {"hours": 3}
        }),
        &[],
    )
    .await;
    assert_eq!(
        applied(&body),
        [
            "salutation-mirror",
            "market-salutation",
            "returning-welcome",
            "closing"
        ]
    );
    assert!(
        body["parts"]["opening"]
            .as_str()
            .unwrap()
            .starts_with("田中様、こんにちは。\nいつもご利用いただき")
    );
}

#[actix_web::test]
async fn compose_in_chinese_mirrors_the_buyer() {
    let app = spawn_app();
    let body = compose(&app, json!({
        "market": "CN", "scenario": "customer-service/will-check-and-reply",
        "buyer": {"name": "王小明", "status": "first-time", "message": "你好，请问这款有现货吗？"},
        "args": {"hours": 2, "shop_name": "北风", "agent_name": "小李"}
    }), &[]).await;
    assert_eq!(body["locale"], "zh-CN");
    assert_eq!(
        applied(&body),
        [
            "salutation-mirror",
            "market-salutation",
            "first-time-thanks",
            "closing"
        ]
    );
    assert!(
        body["parts"]["opening"]
            .as_str()
            .unwrap()
            .starts_with("王小明，您好！\n感谢您的咨询")
    );
    no_alarms(&body);
    let body = compose(&app, json!({
        "market": "CN", "scenario": "customer-service/will-check-and-reply",
        "buyer": {"name": "王小明", "status": "returning", "message": "尊敬的卖家：订单何时发货？"},
        "args": {"hours": 2, "buyer_gender": "male"},
        "received_at": "2026-06-08T09:00:00+08:00", "now": "2026-06-08T15:00:00+08:00"
    }), &[]).await;
    assert_eq!(
        applied(&body),
        [
            "salutation-mirror",
            "market-salutation",
            "returning-welcome",
            "late-reply-apology",
            "closing"
        ]
    );
    let opening = body["parts"]["opening"].as_str().unwrap();
    assert!(
        opening.starts_with("尊敬的王先生：\n欢迎您再次光临"),
        "{opening}"
    );
    assert!(opening.contains("抱歉回复晚了"), "{opening}");
}

#[actix_web::test]
async fn compose_in_german_is_formal_by_default() {
    let app = spawn_app();
    let body = compose(&app, json!({
        "market": "DE", "scenario": "customer-service/will-check-and-reply",
        "buyer": {"name": "Anna Schmidt", "status": "first-time"},
        "args": {"hours": 24, "buyer_gender": "female", "shop_name": "Nordwind", "agent_name": "Jonas Weber"},
        "received_at": "2026-06-01T09:00:00+02:00", "now": "2026-06-03T10:00:00+02:00"
    }), &[]).await;
    assert_eq!(body["locale"], "de-DE");
    assert_eq!(
        applied(&body),
        [
            "market-salutation",
            "first-time-thanks",
            "late-reply-apology",
            "closing"
        ]
    );
    let opening = body["parts"]["opening"].as_str().unwrap();
    assert!(
        opening.starts_with("Sehr geehrte Frau Schmidt,\nvielen Dank für Ihre Anfrage"),
        "{opening}"
    );
    assert!(opening.contains("Geduld"), "{opening}");
    assert!(
        body["parts"]["closing"]
            .as_str()
            .unwrap()
            .starts_with("Mit freundlichen Grüßen\nJonas Weber")
    );
    no_alarms(&body);
    // "Hallo" from the buyer is mirrored; Accept-Language can ask for English instead.
    let body = compose(&app, json!({
        "market": "DE", "scenario": "customer-service/will-check-and-reply",
        "buyer": {"name": "Anna Schmidt", "status": "returning", "message": "Hallo, kurze Frage"},
        "args": {"hours": 24}
    }), &[]).await;
    assert!(
        body["parts"]["opening"]
            .as_str()
            .unwrap()
            .starts_with("Hallo Anna,\nschön, dass Sie wieder bei uns sind!")
    );
    let body = compose(
        &app,
        json!({
            "market": "DE", "scenario": "customer-service/will-check-and-reply",
            "buyer": {"name": "Anna Schmidt", "status": "returning"}, "args": {"hours": 24}
        }),
        &[("Accept-Language", "en-GB,en;q=0.8")],
    )
    .await;
    assert_eq!(body["locale"], "en-US");
}

#[actix_web::test]
async fn compose_lints_what_it_wrote_and_refuses_bad_input() {
    let app = spawn_app();
    // A returning Japanese buyer on e-mail with an emoji in the shop name: the lint says so.
    let body = compose(
        &app,
        json!({
            "market": "JP", "scenario": "customer-service/closing-thanks",
            "buyer": {"name": "田中 太郎", "status": "returning"},
            "args": {"shop_name": "さくら🌸", "agent_name": "佐藤"}
        }),
        &[],
    )
    .await;
    assert!(
        body["lint"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "emoji"),
        "{}",
        body["lint"]
    );
    let p = app.post_json("/v1/compose", &json!({"market": "JP", "scenario": "nope", "buyer": {"name": "A", "status": "first-time"}}), None).await.problem(400, "invalid-input");
    assert_eq!(p["errors"][0]["field"], "scenario");
    app.post_json("/v1/compose", &json!({"market": "ZZ", "scenario": "shipping/order-shipped", "buyer": {"name": "A", "status": "first-time"}}), None).await.problem(404, "market-not-found");
    let big = "x".repeat(marketguide::guidance::lint::MAX_TEXT_BYTES + 1);
    app.post_json("/v1/compose", &json!({"market": "JP", "scenario": "shipping/order-shipped", "buyer": {"name": "A", "status": "first-time", "message": big}}), None).await.problem(422, "unprocessable");
}

#[actix_web::test]
async fn the_payment_methods_reply_lists_the_markets_own_methods() {
    let app = spawn_app();
    let ask = |market: &str, locale: &str| {
        json!({"market": market, "scenario": "pre-sale/payment-methods", "locale": locale,
               "buyer": {"name": "Ana Souza", "status": "first-time"}})
    };
    let br = compose(&app, ask("BR", "en-US"), &[]).await;
    let text = br["text"].as_str().unwrap();
    assert!(
        text.contains("You can pay with Pix, Credit and debit cards"),
        "{text}"
    );
    assert!(text.contains("or Boleto bancário."), "{text}");
    assert!(applied(&br).contains(&"market-payment-methods"), "{br}");
    let sa = compose(&app, ask("SA", "en-US"), &[]).await;
    let text = sa["text"].as_str().unwrap();
    assert!(text.contains("mada, Apple Pay"), "{text}");
    assert!(!text.contains("Pix"), "{text}");
    // In Chinese, with the registry's Chinese names and CLDR's list words.
    let zh = compose(&app, ask("BR", "zh-CN"), &[]).await;
    let text = zh["text"].as_str().unwrap();
    assert!(text.contains("Pix、") && text.contains("或"), "{text}");
    // The caller's own list wins.
    let mut own = ask("BR", "en-US");
    own["args"] = json!({"payment_methods": "Pix only"});
    let mine = compose(&app, own, &[]).await;
    assert!(
        mine["text"]
            .as_str()
            .unwrap()
            .contains("You can pay with Pix only.")
    );
    assert!(!applied(&mine).contains(&"market-payment-methods"));
}
