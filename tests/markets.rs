//! The market read API over HTTP: listing, filters, profiles and locale negotiation.

mod common;

use std::collections::BTreeSet;

use common::spawn_app;
use serde_json::Value;

fn codes(body: &Value) -> BTreeSet<String> {
    body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|m| m["code"].as_str().expect("code").to_string())
        .collect()
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[actix_web::test]
async fn lists_at_least_24_markets_with_summaries() {
    let app = spawn_app();
    let reply = app.get("/v1/markets").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-language"), Some("en-US"));
    let body = reply.json();
    let items = body["items"].as_array().unwrap();
    assert!(items.len() >= 24, "only {} markets", items.len());
    assert_eq!(body["release"], 1);
    for item in items {
        for field in ["code", "name", "region"] {
            assert!(
                item[field].as_str().is_some_and(|s| !s.is_empty()),
                "{item}"
            );
        }
        assert!(!item["languages"].as_array().unwrap().is_empty(), "{item}");
    }
    let required = [
        "CN", "JP", "KR", "TW", "TH", "VN", "ID", "MY", "SG", "PH", "IN", "AU", "US", "CA", "MX",
        "BR", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "SA", "AE", "TR", "NG", "KE", "ZA", "EG",
    ];
    let listed = codes(&body);
    for code in required {
        assert!(listed.contains(code), "{code} missing");
    }
}

#[actix_web::test]
async fn filters_by_region_and_channel() {
    let app = spawn_app();
    let east_asia = app.get("/v1/markets?region=east-asia").await.json();
    assert_eq!(
        codes(&east_asia),
        ["CN", "JP", "KR", "TW"].map(String::from).into()
    );

    let kakao = app.get("/v1/markets?channel=kakaotalk").await.json();
    assert!(codes(&kakao).contains("KR"));
    assert!(!codes(&kakao).contains("US"));
    for item in kakao["items"].as_array().unwrap() {
        assert!(
            item["channels"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c == "kakaotalk")
        );
    }

    let both = app
        .get("/v1/markets?region=south-america&channel=whatsapp")
        .await
        .json();
    assert_eq!(codes(&both), ["BR"].map(String::from).into());

    let none = app.get("/v1/markets?region=europe&channel=kakaotalk").await;
    assert_eq!(none.status, 200);
    assert!(codes(&none.json()).is_empty());

    let zh = app.get("/v1/markets?region=east-asia&lang=zh-CN").await;
    assert_eq!(zh.header("content-language"), Some("zh-CN"));
    assert!(
        zh.json()["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| has_cjk(m["name"].as_str().unwrap()))
    );
}

#[actix_web::test]
async fn bad_filters_are_400_problems_naming_the_field() {
    let app = spawn_app();
    let body = app
        .get("/v1/markets?region=mars")
        .await
        .problem(400, "invalid-input");
    assert_eq!(body["errors"][0]["field"], "region");
    assert!(body["detail"].as_str().unwrap().contains("mars"));

    let body = app
        .get("/v1/markets?channel=pigeon")
        .await
        .problem(400, "invalid-input");
    assert_eq!(body["errors"][0]["field"], "channel");
}

#[actix_web::test]
async fn one_full_profile_per_region() {
    let app = spawn_app();
    for (code, region) in [
        ("JP", "east-asia"),
        ("TH", "southeast-asia"),
        ("IN", "south-asia"),
        ("AU", "oceania"),
        ("US", "north-america"),
        ("BR", "south-america"),
        ("DE", "europe"),
        ("SA", "middle-east"),
        ("NG", "africa"),
    ] {
        let reply = app.get(&format!("/v1/markets/{code}")).await;
        assert_eq!(reply.status, 200, "{code}");
        let p = reply.json();
        assert_eq!(p["code"], code);
        assert_eq!(p["region"], region);
        for field in ["name", "summary"] {
            assert!(
                p[field].as_str().is_some_and(|s| !s.is_empty()),
                "{code} {field}"
            );
        }
        let channels = p["channels"].as_array().unwrap();
        assert!(channels.len() >= 3, "{code} channels");
        let ranks: Vec<u64> = channels
            .iter()
            .map(|c| c["rank"].as_u64().unwrap())
            .collect();
        assert_eq!(
            ranks,
            (1..=channels.len() as u64).collect::<Vec<_>>(),
            "{code} ranked"
        );
        assert!(
            channels
                .iter()
                .all(|c| !c["advice"].as_str().unwrap().is_empty())
        );
        assert!(
            p["holidays"].as_array().unwrap().len() >= 4,
            "{code} holidays"
        );
        for h in p["holidays"].as_array().unwrap() {
            assert!(!h["name"].as_str().unwrap().is_empty(), "{code} {h}");
            assert!(h["rule"]["type"].is_string(), "{code} {h}");
        }
        assert!(
            p["etiquette"].as_array().unwrap().len() >= 4,
            "{code} etiquette"
        );
        for e in p["etiquette"].as_array().unwrap() {
            assert!(
                !e["title"].as_str().unwrap().is_empty() && !e["text"].as_str().unwrap().is_empty()
            );
        }
        let taboos = p["taboos"].as_array().unwrap();
        assert!(taboos.len() >= 4, "{code} taboos");
        for t in taboos {
            assert!(["info", "caution", "avoid"].contains(&t["severity"].as_str().unwrap()));
            assert!(!t["rationale"].as_str().unwrap().is_empty(), "{code} {t}");
        }
        assert!(p["business_hours"]["time_zone"].is_string());
        assert!(!p["time_zones"].as_array().unwrap().is_empty());
    }
}

#[actix_web::test]
async fn chinese_guidance_with_lang_parameter() {
    let app = spawn_app();
    let en = app.get("/v1/markets/JP").await.json();
    let reply = app.get("/v1/markets/JP?lang=zh-CN").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-language"), Some("zh-CN"));
    let zh = reply.json();
    assert_eq!(zh["locale"], "zh-CN");
    assert_eq!(zh["name"], "日本");
    assert!(has_cjk(zh["summary"].as_str().unwrap()));
    assert_ne!(zh["summary"], en["summary"]);
    for list in ["channels", "holidays", "etiquette", "taboos"] {
        assert!(!zh[list].as_array().unwrap().is_empty(), "{list}");
    }
    assert!(has_cjk(zh["taboos"][0]["rationale"].as_str().unwrap()));
    assert!(has_cjk(zh["etiquette"][0]["text"].as_str().unwrap()));
    // Structure is language-neutral: the same in both locales.
    assert_eq!(zh["taboos"][0]["subject"], en["taboos"][0]["subject"]);
    assert_eq!(zh["holidays"], zh["holidays"]);
}

#[actix_web::test]
async fn accept_language_negotiation_and_fallback() {
    let app = spawn_app();
    let cases: [(&str, &str); 6] = [
        ("de-DE,de;q=0.9", "en-US"),
        ("zh-CN", "zh-CN"),
        ("zh", "zh-CN"),
        ("fr-FR;q=0.9, zh-CN;q=0.8, en;q=0.5", "zh-CN"),
        ("en;q=0.2, zh-CN;q=0.9", "zh-CN"),
        ("*", "en-US"),
    ];
    for (header, expected) in cases {
        let reply = app
            .get_with("/v1/markets/JP", &[("Accept-Language", header)])
            .await;
        assert_eq!(reply.status, 200, "{header}");
        assert_eq!(reply.header("content-language"), Some(expected), "{header}");
        assert_eq!(reply.json()["locale"], expected, "{header}");
    }
    // `?lang=` wins over the header.
    let reply = app
        .get_with("/v1/markets/JP?lang=en-US", &[("Accept-Language", "zh-CN")])
        .await;
    assert_eq!(reply.header("content-language"), Some("en-US"));
    // A locale with no text at all falls back to the reference.
    let reply = app.get("/v1/markets/JP?lang=sw-KE").await;
    assert_eq!(reply.header("content-language"), Some("en-US"));
    assert_eq!(reply.json()["name"], "Japan");
}

#[actix_web::test]
async fn channel_registry_is_localized() {
    let app = spawn_app();
    let en = app.get("/v1/channels").await;
    assert_eq!(en.status, 200);
    let en = en.json();
    let wechat = en["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "wechat")
        .unwrap();
    assert_eq!(wechat["name"], "WeChat");
    assert!(
        wechat["markets"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m == "CN")
    );
    let zh = app.get("/v1/channels?lang=zh-CN").await.json();
    let wechat = zh["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "wechat")
        .unwrap();
    assert_eq!(wechat["name"], "微信");
}

#[actix_web::test]
async fn etag_revalidation_gives_304() {
    let app = spawn_app();
    let first = app.get("/v1/markets/JP?lang=zh-CN").await;
    let etag = first.header("etag").expect("etag").to_string();
    assert!(first.header("cache-control").is_some());
    assert!(
        first
            .header("vary")
            .is_some_and(|v| v.contains("Accept-Language"))
    );
    let again = app
        .get_with("/v1/markets/JP?lang=zh-CN", &[("If-None-Match", &etag)])
        .await;
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    // Another locale is another representation.
    let en = app
        .get_with("/v1/markets/JP", &[("If-None-Match", &etag)])
        .await;
    assert_eq!(en.status, 200);
    assert_ne!(en.header("etag"), Some(etag.as_str()));
}

#[actix_web::test]
async fn market_codes_are_case_insensitive() {
    let app = spawn_app();
    let reply = app.get("/v1/markets/jp").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["code"], "JP");
}
