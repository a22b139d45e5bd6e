//! Health probes, the seed import and the OpenAPI document.

mod common;

use common::spawn_app;
use marketguide::content::ContentSet;
use marketguide::db::{self, store};

#[actix_web::test]
async fn health_and_readiness() {
    let app = spawn_app();
    let reply = app.get("/healthz").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["status"], "ok");
    let reply = app.get("/readyz").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["release"], 1);
}

#[test]
fn fresh_database_gets_release_1_and_a_second_start_does_not_import_again() {
    let dir = tempfile::tempdir().unwrap();
    let url = dir
        .path()
        .join("nested/dir/db.sqlite3")
        .to_string_lossy()
        .into_owned();
    let seed = ContentSet::seed().unwrap();

    let state = marketguide::state::prepare(&url, &seed, keys()).unwrap();
    assert_eq!(state.snapshot.load().release.number, 1);
    let mut conn = state.pool.get().unwrap();
    let first = store::counts(&mut conn).unwrap();
    assert_eq!(first.releases, 1);
    assert_eq!(first.documents as usize, seed.documents.len());
    assert_eq!(first.revisions, first.documents);
    assert_eq!(store::load_release(&mut conn, 1).unwrap(), seed);
    drop(conn);
    drop(state);

    let state = marketguide::state::prepare(&url, &seed, keys()).unwrap();
    assert_eq!(state.snapshot.load().release.number, 1);
    let mut conn = state.pool.get().unwrap();
    assert_eq!(store::counts(&mut conn).unwrap(), first);
}

#[test]
fn a_broken_seed_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let url = common::fresh_database_url(dir.path());
    let mut seed = ContentSet::seed().unwrap();
    let key = "text/en-US/market/JP".parse().unwrap();
    seed.documents.insert(key, "market-name Japan\n".into());
    let error = marketguide::state::prepare(&url, &seed, keys())
        .err()
        .expect("refused")
        .to_string();
    assert!(error.contains("en-US/markets/JP.ftl:1:13: "), "{error}");
    let pool = db::connect(&url, 1).unwrap();
    assert_eq!(store::counts(&mut pool.get().unwrap()).unwrap().releases, 0);
}

#[actix_web::test]
async fn served_spec_equals_the_committed_file() {
    let app = spawn_app();
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json"))
            .expect("openapi/openapi.json is committed");
    assert!(
        committed == marketguide::openapi::document_json(),
        "openapi/openapi.json is stale: run `cargo run -- openapi -o openapi/openapi.json`"
    );
    let served = app.get("/openapi.json").await;
    assert_eq!(served.status, 200);
    let committed: serde_json::Value = serde_json::from_str(&committed).unwrap();
    assert_eq!(served.json(), committed);
}

#[test]
fn every_operation_is_documented() {
    let spec = serde_json::to_value(marketguide::openapi::document()).unwrap();
    let paths = spec["paths"].as_object().unwrap();
    for path in [
        "/v1/markets",
        "/v1/markets/{code}",
        "/v1/channels",
        "/healthz",
        "/readyz",
    ] {
        assert!(paths.contains_key(path), "{path} missing");
    }
    let mut ids = std::collections::BTreeSet::new();
    for (path, item) in paths {
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{method} {path}: no operationId"));
            assert!(ids.insert(id.to_string()), "duplicate operationId {id}");
            assert!(!op["tags"].as_array().unwrap().is_empty(), "{id}: no tag");
            assert!(op["summary"].is_string(), "{id}: no summary");
            let responses = op["responses"].as_object().unwrap();
            assert!(
                responses.keys().any(|s| s.starts_with('2')),
                "{id}: no success response"
            );
            // Operations behind a token name the bearer scheme and the role they need, both
            // for people (the description) and for programs (`x-required-role`).
            let security = op["security"]
                .as_array()
                .unwrap_or_else(|| panic!("{id}: no security (public operations say `[]`)"));
            if !security.is_empty() {
                let role = op["x-required-role"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{id}: no x-required-role"));
                assert!(
                    ["editor", "reviewer", "admin"].contains(&role),
                    "{id}: {role}"
                );
                let description = op["description"].as_str().unwrap_or("");
                assert!(
                    description.contains(&format!("Requires role: **{role}**")),
                    "{id}"
                );
            } else {
                assert!(op["x-required-role"].is_null(), "{id}");
            }
            for (status, response) in responses {
                if status.starts_with('4') || status.starts_with('5') {
                    let schema = &response["content"]["application/problem+json"]["schema"]["$ref"];
                    assert_eq!(schema, "#/components/schemas/Problem", "{id} {status}");
                }
            }
        }
    }
}

#[actix_web::test]
async fn docs_ui_is_served_from_the_binary() {
    let app = spawn_app();
    // `/docs` redirects to `/docs/` (the client follows it).
    let redirected = app.get("/docs").await;
    assert_eq!(redirected.status, 200);
    let page = app.get("/docs/").await;
    assert_eq!(page.status, 200);
    let html = String::from_utf8(page.body.clone()).unwrap();
    assert!(html.contains("swagger-ui-bundle.js"));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "the page loads nothing remote"
    );
    let init = app.get("/docs/swagger-initializer.js").await;
    let init = String::from_utf8(init.body).unwrap();
    assert!(init.contains("/openapi.json"));
    assert!(!init.contains("https://"), "no remote validator or spec");
    let bundle = app.get("/docs/swagger-ui-bundle.js").await;
    assert_eq!(bundle.status, 200);
    assert!(bundle.body.len() > 100_000);
}

fn keys() -> marketguide::auth::TokenKeys {
    marketguide::auth::TokenKeys::ephemeral(std::time::Duration::from_secs(3600))
}

#[actix_web::test]
async fn metrics_count_requests_per_route_not_per_path() {
    let app = spawn_app();
    for code in ["JP", "DE", "ZZ"] {
        app.get(&format!("/v1/markets/{code}")).await;
    }
    app.get("/no/such/thing").await;
    let reply = app.get("/metrics").await;
    assert_eq!(reply.status, 200);
    assert!(
        reply
            .header("content-type")
            .unwrap()
            .starts_with("text/plain")
    );
    let text = String::from_utf8(reply.body).unwrap();
    for line in [
        r#"marketguide_http_requests_total{method="GET",route="/v1/markets/{code}",status="200"} 2"#,
        r#"marketguide_http_requests_total{method="GET",route="/v1/markets/{code}",status="404"} 1"#,
        r#"marketguide_http_requests_total{method="GET",route="unmatched",status="404"} 1"#,
        "marketguide_release 1",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "missing `{line}` in:\n{text}"
        );
    }
    assert!(text.contains("marketguide_http_request_duration_seconds_bucket"));
    assert!(
        !text.contains("/v1/markets/JP"),
        "raw paths would explode the series"
    );
}
