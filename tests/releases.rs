//! Releases over HTTP: the history, what each changed, and `?release=N` reads.

mod common;

use common::spawn_app;
use marketguide::content::{ContentSet, DocumentKey};
use marketguide::db::store;

/// Publishes release 2 straight into the store: JP's English summary changes.
fn publish_second_release(app: &common::TestApp) {
    let mut set = ContentSet::seed().unwrap();
    let key: DocumentKey = "text/en-US/market/JP".parse().unwrap();
    let text = set.documents.get_mut(&key).unwrap();
    let (line_start, _) = text.match_indices("market-summary = ").next().unwrap();
    text.insert_str(line_start + "market-summary = ".len(), "EDITED. ");
    let mut conn = app.state.pool.get().unwrap();
    assert_eq!(
        store::publish(&mut conn, &set, "editor-1", "Sharper JP summary").unwrap(),
        Some(2)
    );
}

#[actix_web::test]
async fn releases_list_and_detail() {
    let app = spawn_app();
    publish_second_release(&app);
    let list = app.get("/v1/releases").await.json();
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["number"], 2);
    // Account names are login targets: anonymous readers do not see them.
    assert!(items[0].get("author").is_none(), "{}", items[0]);
    assert_eq!(items[0]["changed_documents"], 1);
    app.add_user(
        "mei",
        "a long enough passphrase",
        marketguide::auth::Role::Editor,
    );
    let token = app.login("mei", "a long enough passphrase").await;
    let auth = format!("Bearer {token}");
    let signed_in = app
        .get_with("/v1/releases", &[("authorization", &auth)])
        .await
        .json();
    assert_eq!(signed_in["items"][0]["author"], "editor-1");
    let one = app
        .get_with("/v1/releases/2", &[("authorization", &auth)])
        .await
        .json();
    assert_eq!(one["author"], "editor-1");
    assert!(items[1]["changed_documents"].as_i64().unwrap() > 100);

    let detail = app.get("/v1/releases/2").await.json();
    assert_eq!(detail["title"], "Sharper JP summary");
    assert!(detail.get("author").is_none());
    let changes = detail["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0]["document"], "text/en-US/market/JP");
    assert_eq!(changes[0]["kind"], "modified");
    assert!(changes[0]["previous_revision"].is_number());
    let first = app.get("/v1/releases/1").await.json();
    assert!(
        first["changes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["kind"] == "added")
    );

    app.get("/v1/releases/9").await.problem(404, "not-found");
    app.get("/v1/releases?limit=0")
        .await
        .problem(400, "invalid-input");
    let paged = app.get("/v1/releases?before=2").await.json();
    assert_eq!(paged["items"].as_array().unwrap().len(), 1);
}

#[actix_web::test]
async fn reads_pin_a_release_exactly() {
    let app = spawn_app();
    publish_second_release(&app);
    // The server still serves release 1 as latest (publishing through the API, which swaps
    // the snapshot, comes with the review workflow); release 2 is readable when pinned.
    let pinned = app.get("/v1/markets/JP?release=2").await;
    assert_eq!(pinned.status, 200);
    assert!(
        pinned
            .header("cache-control")
            .unwrap()
            .contains("immutable")
    );
    let pinned = pinned.json();
    assert_eq!(pinned["release"], 2);
    assert!(pinned["summary"].as_str().unwrap().starts_with("EDITED. "));
    let old = app.get("/v1/markets/JP?release=1").await.json();
    assert_eq!(old["release"], 1);
    assert!(!old["summary"].as_str().unwrap().starts_with("EDITED. "));
    // Chinese text was not edited: the same in both releases.
    let zh2 = app.get("/v1/markets/JP?release=2&lang=zh-CN").await.json();
    let zh1 = app.get("/v1/markets/JP?release=1&lang=zh-CN").await.json();
    assert_eq!(zh1["summary"], zh2["summary"]);

    for url in [
        "/v1/markets?release=2",
        "/v1/channels?release=2",
        "/v1/phrase-sets?release=2",
        "/v1/markets/JP/holidays?release=2&from=2026-01-01&to=2026-12-31",
        "/v1/calendar?markets=JP&release=2",
    ] {
        let reply = app.get(url).await;
        assert_eq!(reply.status, 200, "{url}");
        assert_eq!(reply.json()["release"], 2, "{url}");
    }
    app.get("/v1/markets/JP?release=7")
        .await
        .problem(404, "not-found");
    app.get("/v1/markets/JP?release=0")
        .await
        .problem(400, "invalid-input");
    app.get("/v1/markets/JP?release=abc")
        .await
        .problem(400, "invalid-input");
}
