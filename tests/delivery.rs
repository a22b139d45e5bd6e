//! Delivery at the edge (issue 14): compression with an entity tag per encoding, 304 across
//! encodings, revalidation on every GET, CORS, and releases reaching other nodes quickly.

mod common;

use std::io::Read;
use std::time::{Duration, Instant};

use common::{TestApp, spawn_app};

/// A GET whose body comes back exactly as sent (no transparent decompression).
async fn raw_get(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> common::Reply {
    let mut request = app.server.get(path).no_decompress();
    for (name, value) in headers {
        request = request.insert_header((*name, *value));
    }
    let mut response = request.send().await.expect("sent");
    let body = response.body().limit(16 << 20).await.expect("body");
    common::Reply {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: body.to_vec(),
    }
}

fn unbrotli(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(body, 4096)
        .read_to_end(&mut out)
        .unwrap();
    out
}

fn ungzip(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(body)
        .read_to_end(&mut out)
        .unwrap();
    out
}

const READS: [&str; 7] = [
    "/v1/markets/JP",
    "/v1/markets",
    "/v1/markets/CN/holidays?from=2026-01-01&to=2026-12-31",
    "/v1/calendar?markets=CN,JP,US&from=2026-11-01&to=2026-12-31",
    "/v1/phrase-sets",
    "/v1/phrase-sets/shipping/ja-JP",
    "/v1/channels",
];

#[actix_web::test]
async fn compressed_bodies_decode_to_the_same_bytes_and_have_their_own_tags() {
    let app = spawn_app();
    for path in READS {
        let plain = raw_get(&app, path, &[]).await;
        assert_eq!(plain.status, 200, "{path}");
        assert!(plain.header("content-encoding").is_none(), "{path}");
        let tag = plain
            .header("etag")
            .expect("an ETag on every read")
            .to_string();
        let vary = plain
            .header("vary")
            .unwrap_or_default()
            .to_ascii_lowercase();
        assert!(vary.contains("accept-encoding"), "{path}: {vary}");
        let localized = !path.starts_with("/v1/phrase-sets");
        assert_eq!(
            vary.contains("accept-language"),
            localized,
            "{path}: {vary}"
        );
        assert_eq!(
            plain.headers.get_all("vary").count(),
            1,
            "{path}: one merged Vary"
        );

        let br = raw_get(&app, path, &[("accept-encoding", "gzip;q=0.5, br")]).await;
        assert_eq!(br.header("content-encoding"), Some("br"), "{path}");
        assert_eq!(unbrotli(&br.body), plain.body, "{path}");
        let br_tag = br.header("etag").unwrap().to_string();
        let gz = raw_get(&app, path, &[("accept-encoding", "gzip")]).await;
        assert_eq!(gz.header("content-encoding"), Some("gzip"), "{path}");
        assert_eq!(ungzip(&gz.body), plain.body, "{path}");
        let gz_tag = gz.header("etag").unwrap().to_string();
        assert!(tag != br_tag && tag != gz_tag && br_tag != gz_tag, "{path}");
        assert!(br.body.len() < plain.body.len(), "{path}");

        // Any of the three revalidates, in any encoding.
        for held in [&tag, &br_tag, &gz_tag] {
            for asked in ["br", "gzip", "identity"] {
                let again = raw_get(
                    &app,
                    path,
                    &[("accept-encoding", asked), ("if-none-match", held)],
                )
                .await;
                assert_eq!(again.status, 304, "{path} {held} {asked}");
                assert!(again.body.is_empty());
            }
        }
        let stale = raw_get(&app, path, &[("if-none-match", "\"something-else\"")]).await;
        assert_eq!(stale.status, 200);
    }
    // Small bodies stay as they are.
    let small = raw_get(&app, "/healthz", &[("accept-encoding", "br")]).await;
    assert!(small.header("content-encoding").is_none());
}

#[actix_web::test]
async fn releases_revalidate_and_moving_windows_are_never_immutable() {
    let app = spawn_app();
    let list = raw_get(&app, "/v1/releases", &[]).await;
    let tag = list.header("etag").unwrap().to_string();
    assert_eq!(
        raw_get(&app, "/v1/releases", &[("if-none-match", &tag)])
            .await
            .status,
        304
    );

    let fixed = raw_get(
        &app,
        "/v1/markets/JP/holidays?from=2026-01-01&to=2026-12-31&release=1",
        &[],
    )
    .await;
    assert!(fixed.header("cache-control").unwrap().contains("immutable"));
    for path in [
        "/v1/markets/JP/holidays?release=1",
        "/v1/calendar?markets=JP&release=1",
        "/v1/markets/JP/holidays",
    ] {
        let moving = raw_get(&app, path, &[]).await;
        let cache = moving.header("cache-control").unwrap();
        assert!(!cache.contains("immutable"), "{path}: {cache}");
        assert!(cache.contains("max-age"), "{path}: {cache}");
    }
}

#[actix_web::test]
async fn browsers_may_read_from_anywhere_and_write_only_from_listed_origins() {
    let dir = tempfile::tempdir().unwrap();
    let url = common::fresh_database_url(dir.path());
    let state = marketguide::state::prepare(
        &url,
        &marketguide::content::ContentSet::seed().unwrap(),
        common::test_keys(),
    )
    .unwrap()
    .with_cors_origins(
        marketguide::api::cors::CorsOrigins::parse(Some("https://console.example")).unwrap(),
    );
    let server = actix_test::start(move || marketguide::startup::app(state.clone()));
    let preflight = |origin: &'static str, method: &'static str, path: &'static str| {
        server
            .request(actix_web::http::Method::OPTIONS, server.url(path))
            .insert_header(("origin", origin))
            .insert_header(("access-control-request-method", method))
            .insert_header((
                "access-control-request-headers",
                "content-type, if-none-match",
            ))
            .send()
    };
    let ok = preflight("https://shop.example", "GET", "/v1/markets/JP")
        .await
        .unwrap();
    assert!(ok.status().is_success());
    assert_eq!(
        ok.headers().get("access-control-allow-origin").unwrap(),
        "https://shop.example"
    );
    let max_age: u64 = ok
        .headers()
        .get("access-control-max-age")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(max_age >= 3600);
    assert!(
        ok.headers()
            .get("access-control-allow-credentials")
            .is_none()
    );
    let render = preflight(
        "https://shop.example",
        "POST",
        "/v1/phrase-sets/shipping/render",
    )
    .await
    .unwrap();
    assert!(render.status().is_success());
    // The write path: refused for an unlisted origin, allowed for the listed one.
    let refused = preflight("https://shop.example", "POST", "/v1/changesets")
        .await
        .unwrap();
    assert!(
        refused
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
    let listed = preflight("https://console.example", "POST", "/v1/changesets")
        .await
        .unwrap();
    assert_eq!(
        listed.headers().get("access-control-allow-origin").unwrap(),
        "https://console.example"
    );

    // A real read: scripts may see the ETag and the language.
    let read = server
        .get("/v1/markets/JP")
        .insert_header(("origin", "https://shop.example"))
        .send()
        .await
        .unwrap();
    let exposed = read
        .headers()
        .get("access-control-expose-headers")
        .unwrap()
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    assert!(
        exposed.contains("etag") && exposed.contains("content-language"),
        "{exposed}"
    );
}

#[actix_web::test]
async fn another_node_serves_a_new_release_within_a_second() {
    let app = spawn_app();
    // A second node on the same database, following releases as `serve` does.
    let other = marketguide::state::prepare(
        &app.db_url,
        &marketguide::content::ContentSet::seed().unwrap(),
        common::test_keys(),
    )
    .unwrap();
    marketguide::startup::spawn_refresher(other.clone()).unwrap();
    // Let the listener connect (PostgreSQL) before publishing.
    actix_web::rt::time::sleep(Duration::from_millis(300)).await;
    for round in 0..3 {
        let mut set = marketguide::content::ContentSet::seed().unwrap();
        let key: marketguide::content::DocumentKey = "text/en-US/market/JP".parse().unwrap();
        set.documents
            .get_mut(&key)
            .unwrap()
            .push_str(&format!("\n# round {round}\n"));
        let mut conn = app.state.pool.get().unwrap();
        let release = marketguide::db::store::publish(&mut conn, &set, "ed", "next")
            .unwrap()
            .unwrap();
        drop(conn);
        let published = Instant::now();
        while other.snapshot.load().release.number < release {
            assert!(
                published.elapsed() < Duration::from_secs(1),
                "round {round}: not seen within a second"
            );
            actix_web::rt::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

#[actix_web::test]
async fn a_changeset_read_compressed_keeps_the_tag_editors_send_back() {
    let app = spawn_app();
    app.add_user(
        "mei",
        "a long enough passphrase",
        marketguide::auth::Role::Editor,
    );
    let token = app.login("mei", "a long enough passphrase").await;
    let auth = format!("Bearer {token}");
    let opened = app
        .post_json(
            "/v1/changesets",
            &serde_json::json!({"title": "JP"}),
            Some(&token),
        )
        .await;
    let number = opened.json()["number"].as_i64().unwrap();
    let path = format!("/v1/changesets/{number}");
    let doc = app
        .get_with("/v1/documents/market/JP", &[("authorization", &auth)])
        .await
        .json();
    let edit = serde_json::json!({"document": "market/JP", "base_revision": doc["head_revision"],
        "content": format!("{}\n# reviewed\n", doc["content"].as_str().unwrap())});
    let etag = opened.header("etag").unwrap().to_string();
    let put = app
        .send(
            "PUT",
            &format!("{path}/edits"),
            Some(&edit),
            Some(&token),
            &[("if-match", &etag)],
        )
        .await;
    assert_eq!(put.status, 200, "{}", String::from_utf8_lossy(&put.body));
    let read = raw_get(
        &app,
        &path,
        &[("authorization", &auth), ("accept-encoding", "br, gzip")],
    )
    .await;
    assert_eq!(read.status, 200);
    // A changeset view (with its status and edits) is over 1 KiB: it does go out compressed.
    assert_eq!(read.header("content-encoding"), Some("br"));
    let body: serde_json::Value = serde_json::from_slice(&unbrotli(&read.body)).unwrap();
    let tag = read.header("etag").unwrap();
    assert_eq!(tag, body["etag"].as_str().unwrap());
    let renamed = app
        .send(
            "PATCH",
            &path,
            Some(&serde_json::json!({"title": "JP taboos"})),
            Some(&token),
            &[("if-match", tag)],
        )
        .await;
    assert_eq!(
        renamed.status,
        200,
        "{}",
        String::from_utf8_lossy(&renamed.body)
    );
}

#[actix_web::test]
async fn megabyte_bodies_are_not_compressed_per_request() {
    let app = spawn_app();
    let bundle = raw_get(
        &app,
        "/docs/swagger-ui-bundle.js",
        &[("accept-encoding", "br, gzip")],
    )
    .await;
    assert_eq!(bundle.status, 200);
    assert!(bundle.body.len() > marketguide::api::delivery::MAX_PER_REQUEST_BYTES);
    assert!(bundle.header("content-encoding").is_none());
    assert!(bundle.header("etag").is_none());
}
