//! `marketguide export` and `import` against a running app's database: a round trip changes
//! nothing, and an import only proposes (a reviewer publishes it over HTTP).

mod common;

use std::process::Command;

use common::spawn_app;
use marketguide::auth::Role;
use marketguide::content::ContentSet;
use marketguide::db::store;
use marketguide::state::refresh_snapshot;
use serde_json::json;

fn cli(db_url: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_marketguide"))
        .args(["--database-url", db_url])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[actix_web::test]
async fn import_of_an_export_changes_nothing_and_an_edit_waits_for_review() {
    let app = spawn_app();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("locales");
    let folder = out.to_str().unwrap();

    cli(&app.db_url, &["export", folder]);
    assert_eq!(
        ContentSet::read_dir(&out).unwrap(),
        ContentSet::seed().unwrap(),
        "export writes the release back byte for byte"
    );
    let again = cli(&app.db_url, &["import", folder]);
    assert!(again.contains("nothing differs"), "{again}");

    let path = out.join("en-US/markets/JP.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("market-name = Japan", "market-name = Nippon"),
    )
    .unwrap();
    let opened = cli(&app.db_url, &["import", folder, "--author", "batch"]);
    assert!(
        opened.contains("opened changeset 1 with 1 edit(s)"),
        "{opened}"
    );
    assert_eq!(app.get("/v1/markets/JP").await.json()["name"], "Japan");

    app.add_user("kenji", "kenji-long-password", Role::Reviewer);
    let reviewer = app.login("kenji", "kenji-long-password").await;
    let approved = app
        .post_json(
            "/v1/changesets/1/approve",
            &json!({"comment": "ok"}),
            Some(&reviewer),
        )
        .await;
    assert_eq!(
        approved.status,
        200,
        "{}",
        String::from_utf8_lossy(&approved.body)
    );
    assert_eq!(approved.json()["release"], 2);
    let profile = app.get("/v1/markets/JP").await.json();
    assert_eq!(profile["name"], "Nippon");
    assert_eq!(profile["release"], 2);
}

#[actix_web::test]
async fn a_release_published_elsewhere_is_picked_up_by_the_refresh() {
    let app = spawn_app();
    let mut set = ContentSet::seed().unwrap();
    let key = "text/en-US/market/JP".parse().unwrap();
    let text = set.documents[&key].replace("market-name = Japan", "market-name = Nihon");
    set.documents.insert(key, text);
    {
        let mut conn = app.state.pool.get().unwrap();
        assert_eq!(
            store::publish(&mut conn, &set, "other-node", "x").unwrap(),
            Some(2)
        );
    }
    assert_eq!(app.get("/v1/markets/JP").await.json()["name"], "Japan");
    assert!(refresh_snapshot(&app.state).unwrap());
    assert!(
        !refresh_snapshot(&app.state).unwrap(),
        "nothing newer the second time"
    );
    assert_eq!(app.get("/v1/markets/JP").await.json()["name"], "Nihon");
}
