//! Phrase sets over HTTP: listing with coverage, packs, rendering, negotiation and warnings.

mod common;

use common::spawn_app;
use serde_json::{Value, json};

async fn render(
    app: &common::TestApp,
    set: &str,
    body: Value,
    headers: &[(&str, &str)],
) -> common::Reply {
    let mut request = app
        .server
        .post(format!("/v1/phrase-sets/{set}/render"))
        .insert_header(("content-type", "application/json"));
    for (name, value) in headers {
        request = request.insert_header((*name, *value));
    }
    let mut response = request.send_body(body.to_string()).await.expect("sent");
    common::Reply {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.body().await.expect("body").to_vec(),
    }
}

const LOCALES: [&str; 10] = [
    "en-US", "zh-CN", "ja-JP", "ko-KR", "de-DE", "fr-FR", "es-ES", "pt-BR", "ar-SA", "th-TH",
];

#[actix_web::test]
async fn lists_sets_with_purpose_and_coverage() {
    let app = spawn_app();
    let body = app.get("/v1/phrase-sets").await.json();
    let items = body["items"].as_array().unwrap();
    for set in ["customer-service", "negotiation", "shipping", "after-sale"] {
        let item = items
            .iter()
            .find(|i| i["set"] == set)
            .unwrap_or_else(|| panic!("{set}"));
        assert!(!item["purpose"].as_str().unwrap().is_empty(), "{set}");
        assert_eq!(item["reference_locale"], "en-US");
        let locales: Vec<&str> = item["locales"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["locale"].as_str().unwrap())
            .collect();
        for locale in LOCALES {
            assert!(locales.contains(&locale), "{set} lacks {locale}");
        }
        for l in item["locales"].as_array().unwrap() {
            assert_eq!(l["translated"], l["total"], "{set} {l}");
            assert_eq!(l["percent"], 100.0);
        }
    }
}

#[actix_web::test]
async fn japanese_greeting_in_keigo() {
    let app = spawn_app();
    let reply = render(
        &app,
        "customer-service",
        json!({"locale": "ja-JP", "messages": ["greeting"],
               "args": {"salutation": "formal", "buyer_status": "returning", "buyer_name": "田中", "shop_name": "さくら屋"}}),
        &[],
    )
    .await;
    assert_eq!(reply.status, 200);
    let body = reply.json();
    let result = &body["results"][0];
    assert_eq!(result["locale"], "ja-JP");
    assert_eq!(result["fallback"], false);
    let text = result["text"].as_str().unwrap();
    assert!(text.starts_with("田中様"), "{text}");
    assert!(
        text.contains("いただき") && text.contains("ございます"),
        "not keigo: {text}"
    );
    assert!(
        !text.contains('\u{2068}'),
        "plain text has no isolation marks"
    );
    assert!(
        result["attributes"]["subject"]
            .as_str()
            .unwrap()
            .contains("さくら屋")
    );
    assert_eq!(body["warnings"], json!([]));
}

#[actix_web::test]
async fn portuguese_from_portugal_falls_back_to_brazil_and_says_so() {
    let app = spawn_app();
    let reply = render(
        &app,
        "customer-service",
        json!({"messages": ["greeting"], "args": {"salutation": "casual", "buyer_status": "first-time", "buyer_name": "Ana", "shop_name": "Loja"}}),
        &[("Accept-Language", "pt-PT")],
    )
    .await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-language"), Some("pt-BR"));
    let body = reply.json();
    assert_eq!(body["fallback_chain"], json!(["pt-BR", "en-US"]));
    assert_eq!(body["results"][0]["locale"], "pt-BR");
    assert!(body["results"][0]["text"].as_str().unwrap().contains("Ana"));
}

#[actix_web::test]
async fn missing_arguments_and_unknown_messages_are_warnings() {
    let app = spawn_app();
    let reply = render(
        &app,
        "shipping",
        json!({"locale": "en-US", "messages": ["order-shipped", "no-such-message"], "args": {"order_id": "A-1", "carrier": "DHL", "days": 2}}),
        &[],
    )
    .await;
    assert_eq!(reply.status, 200);
    let body = reply.json();
    assert_eq!(body["results"].as_array().unwrap().len(), 1);
    let text = body["results"][0]["text"].as_str().unwrap();
    // No Fluent markup reaches the buyer: the gap is neutral, and the warning names it.
    assert!(!text.contains("{$"), "{text}");
    assert!(text.contains("tracking number is …"), "{text}");
    let warnings = body["warnings"].as_array().unwrap();
    assert!(
        warnings.iter().any(|w| w["kind"] == "missing-argument"
            && w["message"] == "order-shipped"
            && w["detail"].as_str().unwrap().contains("tracking_number")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w["kind"] == "unknown-message" && w["message"] == "no-such-message")
    );
}

#[actix_web::test]
async fn plural_selection_follows_the_locale() {
    let app = spawn_app();
    let one = render(
        &app,
        "customer-service",
        json!({"locale": "en-US", "messages": ["will-check-and-reply"], "args": {"hours": 1}}),
        &[],
    )
    .await
    .json();
    assert!(
        one["results"][0]["text"]
            .as_str()
            .unwrap()
            .contains("within one hour")
    );
    let many = render(
        &app,
        "customer-service",
        json!({"locale": "en-US", "messages": ["will-check-and-reply"], "args": {"hours": 4}}),
        &[],
    )
    .await
    .json();
    assert!(
        many["results"][0]["text"]
            .as_str()
            .unwrap()
            .contains("within 4 hours")
    );
    let ar = render(&app, "after-sale", json!({"locale": "ar-SA", "messages": ["refund-or-reship"], "args": {"order_id": "7", "amount": "SAR 50"}}), &[]).await.json();
    assert_eq!(ar["results"][0]["locale"], "ar-SA");
}

#[actix_web::test]
async fn html_gets_isolation_marks_and_all_messages_render_by_default() {
    let app = spawn_app();
    let args = json!({"order_id": "A-1", "carrier": "DHL", "tracking_number": "RR1", "days": 3,
                      "reason": "customs", "delivery_date": "3 May", "amount": "$5", "hours": 24,
                      "market": "SA", "duties": "buyer-pays", "holiday": "lunar-new-year",
                      "start_date": "1 Feb", "end_date": "9 Feb", "cutoff_date": "25 Jan",
                      "pickup_point": "Riyadh depot", "store": "Aramex point", "pickup_code": "K7"});
    let html = render(
        &app,
        "shipping",
        json!({"locale": "ar-SA", "format": "html", "args": args}),
        &[],
    )
    .await
    .json();
    let results = html["results"].as_array().unwrap();
    let listing = app.get("/v1/phrase-sets").await.json();
    let shipping = listing["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["set"] == "shipping")
        .unwrap()["messages"]
        .as_u64()
        .unwrap();
    assert_eq!(results.len() as u64, shipping, "every message of the set");
    assert!(
        results
            .iter()
            .all(|r| r["text"].as_str().unwrap().contains('\u{2068}'))
    );
    let forced = render(
        &app,
        "shipping",
        json!({"locale": "ar-SA", "format": "html", "isolate": false, "args": args}),
        &[],
    )
    .await
    .json();
    assert!(
        !forced["results"][0]["text"]
            .as_str()
            .unwrap()
            .contains('\u{2068}')
    );
    assert_eq!(forced["warnings"], json!([]));
}

#[actix_web::test]
async fn packs_expose_variables_attributes_and_raw_ftl() {
    let app = spawn_app();
    let reply = app.get("/v1/phrase-sets/shipping/ja-JP").await;
    assert_eq!(reply.status, 200);
    let body = reply.json();
    let shipped = body["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "order-shipped")
        .unwrap();
    assert!(
        shipped["variables"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v == "tracking_number")
    );
    assert_eq!(shipped["attributes"]["subject"], json!(["order_id"]));
    let file = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/locales/ja-JP/phrases/shipping.ftl"
    ))
    .unwrap();
    assert_eq!(body["ftl"], file);

    let plain = app
        .get_with(
            "/v1/phrase-sets/shipping/ja-JP",
            &[("Accept", "text/plain")],
        )
        .await;
    assert_eq!(plain.status, 200);
    assert!(
        plain
            .header("content-type")
            .unwrap()
            .starts_with("text/plain")
    );
    assert_eq!(String::from_utf8(plain.body).unwrap(), file);
}

#[actix_web::test]
async fn unknown_sets_locales_and_bad_bodies_are_problems() {
    let app = spawn_app();
    app.get("/v1/phrase-sets/poetry/en-US")
        .await
        .problem(404, "not-found");
    let body = app
        .get("/v1/phrase-sets/shipping/sw-KE")
        .await
        .problem(404, "not-found");
    assert!(
        body["detail"].as_str().unwrap().contains("ja-JP"),
        "lists the locales it has"
    );
    app.get("/v1/phrase-sets/shipping/!!")
        .await
        .problem(400, "invalid-input");
    render(&app, "poetry", json!({}), &[])
        .await
        .problem(404, "not-found");

    let reply = render(&app, "shipping", json!({"locale": 5}), &[]).await;
    let body = reply.problem(400, "invalid-input");
    assert_eq!(body["errors"][0]["field"], "body");
    assert!(
        body["detail"].as_str().unwrap().contains("line 1 column"),
        "{body}"
    );
    let body = render(&app, "shipping", json!({"locale": "!!"}), &[])
        .await
        .problem(400, "invalid-input");
    assert_eq!(body["errors"][0]["field"], "locale");
    // Arguments are strings or numbers, as the schema says.
    let body = render(&app, "shipping", json!({"args": {"order_id": ["x"]}}), &[])
        .await
        .problem(400, "invalid-input");
    assert_eq!(body["errors"][0]["field"], "args.order_id");
}
