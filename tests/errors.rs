//! Every bad input gets an RFC 9457 problem, never a 500 or an HTML page.

mod common;

use common::spawn_app;

#[actix_web::test]
async fn unknown_market_is_404_naming_the_code() {
    let app = spawn_app();
    let body = app
        .get("/v1/markets/ZZ")
        .await
        .problem(404, "market-not-found");
    assert!(body["detail"].as_str().unwrap().contains("ZZ"));
}

#[actix_web::test]
async fn malformed_market_code_is_400() {
    let app = spawn_app();
    for code in ["JPN", "J", "1A", "J%20"] {
        let body = app
            .get(&format!("/v1/markets/{code}"))
            .await
            .problem(400, "invalid-input");
        assert_eq!(body["errors"][0]["field"], "code", "{code}");
        assert!(
            body["detail"].as_str().unwrap().contains("two letters"),
            "{code}"
        );
    }
}

#[actix_web::test]
async fn malformed_language_tags_are_400() {
    let app = spawn_app();
    let body = app
        .get("/v1/markets/JP?lang=en_US!")
        .await
        .problem(400, "invalid-input");
    assert_eq!(body["errors"][0]["field"], "lang");
    assert!(body["detail"].as_str().unwrap().contains("en_US!"));

    // The header is the user agent's: junk items are skipped, the valid ones still count.
    let reply = app
        .get_with(
            "/v1/markets/JP",
            &[("Accept-Language", "!!!, zh-CN;q=0.5, de;q=x")],
        )
        .await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-language"), Some("zh-CN"));
}

#[actix_web::test]
async fn unknown_routes_are_404_problems() {
    let app = spawn_app();
    for path in [
        "/",
        "/v1",
        "/v1/nothing",
        "/v2/markets",
        "/v1/markets/JP/extra",
    ] {
        let reply = app.get(path).await;
        reply.problem(404, "not-found");
    }
}

#[actix_web::test]
async fn hostile_inputs_never_yield_500_or_html() {
    let app = spawn_app();
    let paths = [
        "/v1/markets?region=",
        "/v1/markets?region=east-asia&region=europe",
        "/v1/markets?channel=",
        "/v1/markets?lang=",
        "/v1/markets?lang=%FF%FE",
        "/v1/markets?lang=zh-CN,,",
        "/v1/markets/%E6%97%A5%E6%9C%AC",
        "/v1/markets/%00%00",
        "/v1/markets/JP?lang=x-private-only",
        "/v1/markets/JP?lang=i-klingon",
        "/v1/channels?lang=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "/v1/markets/JP?release=abc",
        "/openapi.json?x=%",
    ];
    for path in paths {
        let reply = app.get(path).await;
        assert!(reply.status < 500, "{path} gave {}", reply.status);
        let content_type = reply.header("content-type").unwrap_or("");
        assert!(
            content_type.starts_with("application/json")
                || content_type == "application/problem+json",
            "{path} gave {content_type}"
        );
    }
}
