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

/// Every header but `date`, in a comparable order.
fn headers_of(reply: &common::Reply) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = reply
        .headers
        .iter()
        .filter(|(name, _)| name.as_str() != "date")
        .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_string()))
        .collect();
    all.sort();
    all
}

/// Publishes the seed with `text` appended to JP's English text and serves it here.
fn publish_with(app: &TestApp, text: &str) -> i64 {
    let mut set = marketguide::content::ContentSet::seed().unwrap();
    let key: marketguide::content::DocumentKey = "text/en-US/market/JP".parse().unwrap();
    set.documents.get_mut(&key).unwrap().push_str(text);
    let mut conn = app.state.pool.get().unwrap();
    let release = marketguide::db::store::publish(&mut conn, &set, "ed", "next")
        .unwrap()
        .unwrap();
    drop(conn);
    marketguide::state::refresh_snapshot(&app.state).unwrap();
    release
}

#[actix_web::test]
async fn repeated_reads_come_from_memory_until_a_release_replaces_them() {
    let app = spawn_app();
    let hits = || app.state.metrics.response_cache_hits();
    let asked = [
        ("accept-language", "zh-CN"),
        ("accept-encoding", "br"),
        ("origin", "https://shop.example"),
    ];
    let first = raw_get(&app, "/v1/markets/JP", &asked).await;
    let before = hits();
    let second = raw_get(&app, "/v1/markets/JP", &asked).await;
    assert_eq!(hits(), before + 1, "the second read was not kept");
    assert_eq!((first.status, &first.body), (second.status, &second.body));
    assert_eq!(headers_of(&first), headers_of(&second));
    assert_eq!(
        second.header("access-control-allow-origin"),
        Some("https://shop.example")
    );

    // Another language, encoding or origin is another answer, not this one.
    let identity = raw_get(&app, "/v1/markets/JP", &asked[..1]).await;
    assert_eq!(hits(), before + 1);
    assert_eq!(unbrotli(&second.body), identity.body);
    assert!(identity.header("access-control-allow-origin").is_none());
    let english = raw_get(&app, "/v1/markets/JP", &[("accept-encoding", "br")]).await;
    assert_ne!(english.header("content-language"), Some("zh-CN"));

    // A HEAD is the GET's answer without its body, from the same entry.
    for _ in 0..2 {
        let mut head = app.server.head("/v1/markets/JP").insert_header(asked[0]);
        head = head.no_decompress();
        let mut response = head.send().await.expect("sent");
        assert_eq!(response.status(), 200);
        let length = response.headers().get("content-length").unwrap();
        assert_eq!(length.to_str().unwrap(), identity.body.len().to_string());
        let head_reply = common::Reply {
            status: 200,
            headers: response.headers().clone(),
            body: Vec::new(),
        };
        assert_eq!(headers_of(&head_reply), headers_of(&identity));
        assert!(response.body().await.unwrap().is_empty());
    }
    assert_eq!(
        hits(),
        before + 3,
        "a HEAD was not answered from the GET's entry"
    );

    // A 304 is kept too, and revalidates against the same tag.
    let tag = second.header("etag").unwrap().to_string();
    let held = [
        asked[0],
        asked[1],
        asked[2],
        ("if-none-match", tag.as_str()),
    ];
    for _ in 0..2 {
        let not_modified = raw_get(&app, "/v1/markets/JP", &held).await;
        assert_eq!(not_modified.status, 304);
        assert!(not_modified.body.is_empty());
    }
    assert_eq!(hits(), before + 4);

    // The next read after a publish is the new release, and so is its 304 check.
    let release = publish_with(&app, "\n# kept answers end here\n");
    let after = raw_get(&app, "/v1/markets/JP", &asked[..1]).await;
    assert_eq!(after.json()["release"], release);
    let stale = raw_get(&app, "/v1/markets/JP", &held).await;
    assert_eq!(stale.status, 200, "an answer of the old release was reused");
    assert_eq!(unbrotli(&stale.body), after.body);
    // A pinned read of the old release still answers as before.
    let pinned = raw_get(&app, "/v1/markets/JP?release=1", &asked[..1]).await;
    assert_eq!(pinned.json()["release"], 1);
}

#[actix_web::test]
async fn answers_that_move_with_the_clock_or_the_caller_are_never_kept() {
    let app = spawn_app();
    app.add_user(
        "ed",
        "a long enough passphrase",
        marketguide::auth::Role::Editor,
    );
    let token = app.login("ed", "a long enough passphrase").await;
    let bearer = format!("Bearer {token}");
    let cases: [(&str, &[(&str, &str)]); 5] = [
        ("/v1/markets/JP/holidays", &[]),
        ("/v1/calendar?markets=JP,CN", &[]),
        ("/v1/markets/JP/contact-window", &[]),
        ("/v1/markets/JP", &[("authorization", bearer.as_str())]),
        ("/v1/releases", &[]),
    ];
    for (path, headers) in cases {
        let before = app.state.metrics.response_cache_hits();
        for _ in 0..2 {
            assert_eq!(raw_get(&app, path, headers).await.status, 200, "{path}");
        }
        assert_eq!(app.state.metrics.response_cache_hits(), before, "{path}");
    }
    // The same questions with fixed dates are kept.
    for path in [
        "/v1/markets/JP/holidays?from=2026-01-01&to=2026-12-31",
        "/v1/calendar?markets=JP,CN&from=2026-11-01&to=2027-01-29",
        "/v1/markets/JP/contact-window?at=2026-12-01T03:00:00Z",
        "/v1/phrase-sets/customer-service/ja-JP",
    ] {
        let before = app.state.metrics.response_cache_hits();
        for _ in 0..2 {
            assert_eq!(raw_get(&app, path, &[]).await.status, 200, "{path}");
        }
        assert_eq!(
            app.state.metrics.response_cache_hits(),
            before + 1,
            "{path}"
        );
    }
}

/// The first `count` responses on one connection, as (head, body), once all have arrived;
/// `None` while some are still incomplete.
fn split_responses(mut bytes: &[u8], count: usize) -> Option<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    while out.len() < count {
        let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
        let head = String::from_utf8(bytes[..end].to_vec()).unwrap();
        let length: usize = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length: ")
                    .map(|v| v.trim().parse().unwrap())
            })
            .expect("content-length");
        let body = bytes.get(end..end + length)?;
        out.push((head, body.to_vec()));
        bytes = &bytes[end + length..];
    }
    assert!(
        bytes.is_empty(),
        "{} bytes more than the answers",
        bytes.len()
    );
    Some(out)
}

#[actix_web::test]
async fn large_bodies_leave_whole_and_in_order_on_one_connection() {
    let app = spawn_app();
    let bundle = raw_get(&app, "/docs/swagger-ui-bundle.js", &[]).await.body;
    let spec = raw_get(&app, "/openapi.json", &[]).await.body;
    let profile = raw_get(&app, "/v1/markets/JP", &[]).await.body;
    assert!(bundle.len() > 1 << 20 && spec.len() > 64 << 10 && profile.len() > 8 << 10);
    let addr = app.server.addr();
    let responses = actix_web::rt::task::spawn_blocking(move || {
        use std::io::Write;
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        // Pipelined, and not read for a while: megabytes fill the sockets' buffers, so the
        // server must finish a body across several writes before the next answer may start.
        let get = |path: &str| format!("GET {path} HTTP/1.1\r\nhost: x\r\n\r\n");
        let requests = [
            "/docs/swagger-ui-bundle.js",
            "/v1/markets/JP",
            "/docs/swagger-ui-bundle.js",
            "/openapi.json",
            "/docs/swagger-ui-bundle.js",
            "/v1/markets/JP",
        ];
        stream
            .write_all(requests.map(get).concat().as_bytes())
            .unwrap();
        std::thread::sleep(Duration::from_millis(300));
        let mut all = Vec::new();
        let mut chunk = vec![0; 64 << 10];
        loop {
            if let Some(responses) = split_responses(&all, requests.len()) {
                return responses;
            }
            let n = stream.read(&mut chunk).unwrap();
            assert!(n > 0, "the connection closed early");
            all.extend_from_slice(&chunk[..n]);
        }
    })
    .await
    .unwrap();
    assert!(
        responses
            .iter()
            .all(|(head, _)| head.starts_with("HTTP/1.1 200 "))
    );
    let expected: [&[u8]; 6] = [&bundle, &profile, &bundle, &spec, &bundle, &profile];
    for (i, ((_, got), want)) in responses.iter().zip(expected).enumerate() {
        assert!(got[..] == *want, "answer {i} arrived changed");
    }
}

/// The server's keep-alive period (actix's default, which `startup` and the test server keep).
const KEEP_ALIVE: Duration = Duration::from_secs(5);

#[actix_web::test]
async fn connections_close_after_a_keep_alive_period_idle_and_not_before() {
    let app = spawn_app();
    let addr = app.server.addr();
    actix_web::rt::task::spawn_blocking(move || {
        use std::io::Write;
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(KEEP_ALIVE + Duration::from_secs(5)))
            .unwrap();
        let read_answer = |stream: &mut std::net::TcpStream| {
            let mut all = Vec::new();
            let mut chunk = vec![0; 64 << 10];
            loop {
                if let Some(mut answers) = split_responses(&all, 1) {
                    return answers.remove(0);
                }
                let n = stream.read(&mut chunk).unwrap();
                assert!(n > 0, "the connection closed while in use");
                all.extend_from_slice(&chunk[..n]);
            }
        };
        // In use for longer than the period, never idle for long: it stays open (the idle
        // timer set after the first answer must not close it).
        let started = std::time::Instant::now();
        while started.elapsed() < KEEP_ALIVE + Duration::from_secs(2) {
            stream
                .write_all(b"GET /v1/markets/JP HTTP/1.1\r\nhost: x\r\n\r\n")
                .unwrap();
            let (head, _) = read_answer(&mut stream);
            assert!(head.starts_with("HTTP/1.1 200 "), "{head}");
            std::thread::sleep(Duration::from_millis(900));
        }
        // Then idle: the server closes it about one period after the last answer.
        let idle = std::time::Instant::now();
        let mut rest = [0; 64];
        let n = stream.read(&mut rest).expect("closed, not timed out");
        assert_eq!(n, 0, "bytes after the last answer");
        let waited = idle.elapsed();
        assert!(
            waited >= KEEP_ALIVE - Duration::from_millis(1500)
                && waited <= KEEP_ALIVE + Duration::from_secs(2),
            "closed after {waited:?} idle"
        );
    })
    .await
    .unwrap();
}

#[actix_web::test]
async fn every_read_answers_head_like_its_get_without_the_body() {
    let app = spawn_app();
    for path in [
        "/v1/markets/JP",
        "/v1/markets/JP/holidays",
        "/openapi.json",
        "/v1/releases",
        "/docs/",
        "/healthz",
    ] {
        let get = raw_get(&app, path, &[]).await;
        let mut response = app
            .server
            .head(path)
            .no_decompress()
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status().as_u16(), get.status, "HEAD {path}");
        assert_eq!(
            response
                .headers()
                .get("content-length")
                .map(|v| v.to_str().unwrap().to_string()),
            Some(get.body.len().to_string()),
            "HEAD {path}"
        );
        assert_eq!(
            response.headers().get("etag"),
            get.headers.get("etag"),
            "HEAD {path}"
        );
        assert!(
            response.body().await.unwrap().is_empty(),
            "HEAD {path} sent a body"
        );
    }
    // A write route still refuses it, naming what it allows.
    let response = app.server.head("/v1/lint").send().await.expect("sent");
    assert_eq!(response.status(), 405);
    assert!(response.headers().get("allow").is_some());
}
