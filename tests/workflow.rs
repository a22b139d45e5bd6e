//! The review workflow end to end over HTTP: changesets, four eyes, publishing, conflicts,
//! preconditions, reverts and the audit log.

mod common;

use common::{Reply, TestApp, spawn_app};
use marketguide::auth::Role;
use serde_json::{Value, json};

const JA_JP: &str = "market-name = 日本
market-summary = 信頼と品質を重んじる市場です。丁寧な日本語と確実な納期が求められます。
taboo-number-9 = 数字の9は避けてください。
    .rationale = 「く」と読み、「苦」を連想させます。
";

struct Team {
    app: TestApp,
    admin: String,
    editor: String,
    editor2: String,
    reviewer: String,
}

async fn team() -> Team {
    let app = spawn_app();
    app.add_user("root", "root-long-password", Role::Admin);
    let admin = app.login("root", "root-long-password").await;
    let editor = app.user_with_token(&admin, "mei", "editor").await;
    let editor2 = app.user_with_token(&admin, "ana", "editor").await;
    let reviewer = app.user_with_token(&admin, "kenji", "reviewer").await;
    Team {
        app,
        admin,
        editor,
        editor2,
        reviewer,
    }
}

impl Team {
    async fn call(&self, method: &str, path: &str, body: Option<Value>, token: &str) -> Reply {
        self.app
            .send(method, path, body.as_ref(), Some(token), &[])
            .await
    }

    async fn call_if(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
        token: &str,
        etag: &str,
    ) -> Reply {
        self.app
            .send(
                method,
                path,
                body.as_ref(),
                Some(token),
                &[("if-match", etag)],
            )
            .await
    }

    /// The published revision and text of a document.
    async fn document(&self, key: &str) -> (Option<i64>, String) {
        let reply = self
            .call("GET", &format!("/v1/documents/{key}"), None, &self.editor)
            .await;
        assert_eq!(
            reply.status,
            200,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
        let body = reply.json();
        (
            body["head_revision"].as_i64(),
            body["content"].as_str().unwrap_or_default().to_string(),
        )
    }

    /// Opens a changeset as `token`; returns its number and ETag.
    async fn open(&self, token: &str, title: &str) -> (i64, String) {
        let reply = self
            .call(
                "POST",
                "/v1/changesets",
                Some(json!({"title": title})),
                token,
            )
            .await;
        assert_eq!(
            reply.status,
            201,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
        let etag = reply.header("etag").expect("etag").to_string();
        assert_eq!(reply.json()["state"], "draft");
        assert_eq!(reply.json()["etag"], etag.as_str());
        (reply.json()["number"].as_i64().unwrap(), etag)
    }

    /// Puts an edit; returns the new ETag.
    async fn edit(
        &self,
        token: &str,
        number: i64,
        etag: &str,
        document: &str,
        content: &str,
        base: Option<i64>,
    ) -> String {
        let reply = self
            .call_if(
                "PUT",
                &format!("/v1/changesets/{number}/edits"),
                Some(json!({"document": document, "content": content, "base_revision": base})),
                token,
                etag,
            )
            .await;
        assert_eq!(
            reply.status,
            200,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
        let new = reply.header("etag").unwrap().to_string();
        assert_ne!(new, etag, "every change gets a new ETag");
        new
    }

    async fn act(&self, token: &str, number: i64, action: &str, comment: &str) -> Reply {
        self.call(
            "POST",
            &format!("/v1/changesets/{number}/{action}"),
            (action != "submit" && action != "withdraw").then(|| json!({"comment": comment})),
            token,
        )
        .await
    }

    async fn profile(&self, query: &str) -> Reply {
        self.app.get(&format!("/v1/markets/JP{query}")).await
    }
}

fn taboo_severity(profile: &Value, id: &str) -> String {
    profile["taboos"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == id)
        .unwrap_or_else(|| panic!("no taboo {id}"))["severity"]
        .as_str()
        .unwrap()
        .to_string()
}

fn with_severity(toml: &str, taboo: &str, from: &str, to: &str) -> String {
    let start = toml
        .find(&format!("id = \"{taboo}\""))
        .expect("taboo present");
    let at = start
        + toml[start..]
            .find(&format!("severity = \"{from}\""))
            .unwrap();
    let mut out = toml.to_string();
    out.replace_range(
        at..at + format!("severity = \"{from}\"").len(),
        &format!("severity = \"{to}\""),
    );
    out
}

#[actix_web::test]
async fn editors_propose_reviewers_publish_and_a_revert_restores() {
    let t = team().await;
    let (jp_base, jp_toml) = t.document("market/JP").await;
    let missing = t
        .call("GET", "/v1/documents/text/ja-JP/market/JP", None, &t.editor)
        .await;
    missing.problem(404, "not-found");
    let before = t.profile("").await.json();
    assert_eq!(taboo_severity(&before, "number-9"), "caution");
    assert_eq!(before["release"], 1);

    // One changeset: JP's taboos and new ja-JP guidance text.
    let (number, etag) = t
        .open(&t.editor, "JP: number 9 is a firm taboo; ja-JP text")
        .await;
    let changed = with_severity(&jp_toml, "number-9", "caution", "avoid");
    let etag = t
        .edit(&t.editor, number, &etag, "market/JP", &changed, jp_base)
        .await;
    t.edit(
        &t.editor,
        number,
        &etag,
        "text/ja-JP/market/JP",
        JA_JP,
        None,
    )
    .await;

    // Reviewers see meaningful diffs: a field for the structure, messages for the text.
    let diff = t
        .call(
            "GET",
            &format!("/v1/changesets/{number}/diff"),
            None,
            &t.editor,
        )
        .await
        .json();
    let items = diff["items"].as_array().unwrap();
    let structure = items.iter().find(|i| i["document"] == "market/JP").unwrap();
    assert_eq!(structure["diff"]["format"], "structure");
    assert_eq!(
        structure["diff"]["fields"],
        json!([{"path": "taboos[number-9].severity", "change": "changed", "before": "caution", "after": "avoid"}])
    );
    let text = items
        .iter()
        .find(|i| i["document"] == "text/ja-JP/market/JP")
        .unwrap();
    let ids: Vec<&str> = text["diff"]["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["market-name", "market-summary", "taboo-number-9"]);

    let submitted = t.act(&t.editor, number, "submit", "").await;
    assert_eq!(
        submitted.status,
        200,
        "{}",
        String::from_utf8_lossy(&submitted.body)
    );
    assert_eq!(submitted.json()["state"], "in-review");

    // The editor cannot approve (role), the reviewer can.
    t.act(&t.editor, number, "approve", "")
        .await
        .problem(403, "forbidden");
    assert_eq!(
        taboo_severity(&t.profile("").await.json(), "number-9"),
        "caution"
    );
    let approved = t
        .act(&t.reviewer, number, "approve", "Matches the source.")
        .await;
    assert_eq!(
        approved.status,
        200,
        "{}",
        String::from_utf8_lossy(&approved.body)
    );
    assert_eq!(approved.json()["state"], "published");
    assert_eq!(approved.json()["release"], 2);

    // Storefronts see release 2 at once; release 1 stays readable exactly.
    let now = t.profile("").await.json();
    assert_eq!(now["release"], 2);
    assert_eq!(taboo_severity(&now, "number-9"), "avoid");
    let ja = t.profile("?lang=ja-JP").await;
    assert_eq!(ja.header("content-language"), Some("ja-JP"));
    assert_eq!(ja.json()["name"], "日本");
    let old = t.profile("?release=1").await.json();
    assert_eq!(taboo_severity(&old, "number-9"), "caution");
    let old_ja = t.profile("?release=1&lang=ja-JP").await;
    assert_eq!(old_ja.header("content-language"), Some("en-US"));
    assert_eq!(old_ja.json()["name"], "Japan");

    let release = t
        .call("GET", "/v1/releases/2", None, &t.editor)
        .await
        .json();
    assert_eq!(release["author"], "kenji");
    assert_eq!(release["changeset"], number);
    let kinds: Vec<(String, String)> = release["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["document"].as_str().unwrap().into(),
                c["kind"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("market/JP".to_string(), "modified".to_string()),
            ("text/ja-JP/market/JP".to_string(), "added".to_string())
        ]
    );

    // History: the new revision names its editor and parent.
    let history = t
        .call("GET", "/v1/documents/market/JP", None, &t.editor)
        .await
        .json();
    let revisions = history["revisions"].as_array().unwrap();
    assert_eq!(revisions.len(), 2);
    assert_eq!(revisions[0]["author"], "mei");
    assert_eq!(revisions[0]["parent"], jp_base.unwrap());
    let new_revision = revisions[0]["id"].as_i64().unwrap();
    let revision_diff = t
        .call(
            "GET",
            &format!("/v1/revisions/{new_revision}/diff"),
            None,
            &t.editor,
        )
        .await
        .json();
    assert_eq!(revision_diff["from"], jp_base.unwrap());
    assert_eq!(
        revision_diff["diff"]["fields"][0]["path"],
        "taboos[number-9].severity"
    );

    // A revert is a changeset like any other: proposed, submitted, approved.
    let revert = t
        .call(
            "POST",
            "/v1/changesets/revert",
            Some(json!({"kind": "release", "release": 1})),
            &t.editor,
        )
        .await;
    assert_eq!(
        revert.status,
        201,
        "{}",
        String::from_utf8_lossy(&revert.body)
    );
    let revert = revert.json();
    let revert_number = revert["number"].as_i64().unwrap();
    let actions: Vec<(&str, &str)> = revert["edits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["document"].as_str().unwrap(),
                e["action"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        actions,
        [("market/JP", "put"), ("text/ja-JP/market/JP", "remove")]
    );
    assert_eq!(
        t.profile("").await.json()["release"],
        2,
        "a draft publishes nothing"
    );
    assert_eq!(
        t.act(&t.editor, revert_number, "submit", "").await.status,
        200
    );
    let approved = t.act(&t.reviewer, revert_number, "approve", "").await;
    assert_eq!(approved.json()["release"], 3);
    let restored = t.profile("").await.json();
    assert_eq!(restored["release"], 3);
    assert_eq!(taboo_severity(&restored, "number-9"), "caution");
    assert_eq!(
        t.profile("?lang=ja-JP").await.header("content-language"),
        Some("en-US")
    );
    let (_, restored_toml) = t.document("market/JP").await;
    assert_eq!(restored_toml, jp_toml);

    // Everything above is in the audit log, for admins only.
    let audit = t
        .call(
            "GET",
            &format!("/v1/audit?target=changeset/{number}"),
            None,
            &t.admin,
        )
        .await
        .json();
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "changeset.approve",
            "changeset.submit",
            "changeset.edit",
            "changeset.edit",
            "changeset.create"
        ]
    );
    t.call("GET", "/v1/audit", None, &t.reviewer)
        .await
        .problem(403, "forbidden");
}

#[actix_web::test]
async fn a_stale_base_is_a_conflict_and_nothing_is_lost() {
    let t = team().await;
    let (base, toml) = t.document("market/JP").await;

    let (first, etag) = t.open(&t.editor, "number 9: avoid").await;
    let first_text = with_severity(&toml, "number-9", "caution", "avoid");
    t.edit(&t.editor, first, &etag, "market/JP", &first_text, base)
        .await;
    let (second, etag) = t.open(&t.editor2, "number 4: caution").await;
    let second_text = with_severity(&toml, "number-4", "avoid", "caution");
    t.edit(&t.editor2, second, &etag, "market/JP", &second_text, base)
        .await;
    assert_eq!(t.act(&t.editor, first, "submit", "").await.status, 200);
    assert_eq!(t.act(&t.editor2, second, "submit", "").await.status, 200);
    // Each editor can see who else is working on the document.
    let doc = t
        .call("GET", "/v1/documents/market/JP", None, &t.editor)
        .await
        .json();
    assert_eq!(doc["open_changesets"], json!([second, first]));
    let touching = t
        .call(
            "GET",
            "/v1/changesets?document=market/JP&open=true",
            None,
            &t.editor,
        )
        .await
        .json();
    assert_eq!(touching["items"].as_array().unwrap().len(), 2);
    let elsewhere = t
        .call("GET", "/v1/changesets?document=market/BR", None, &t.editor)
        .await
        .json();
    assert_eq!(elsewhere["items"], json!([]));

    assert_eq!(t.act(&t.reviewer, first, "approve", "").await.status, 200);
    let (head, _) = t.document("market/JP").await;
    let conflict = t.act(&t.reviewer, second, "approve", "").await;
    let body = conflict.problem(409, "edit-conflict");
    assert_eq!(
        body["conflicts"],
        json!([{"document": "market/JP", "base_revision": base, "head_revision": head}])
    );

    // Both texts remain retrievable: the published one as a revision, the other in its changeset.
    let published = t
        .call(
            "GET",
            &format!("/v1/revisions/{}", head.unwrap()),
            None,
            &t.editor,
        )
        .await
        .json();
    assert_eq!(published["content"], first_text.as_str());
    let pending = t
        .call("GET", &format!("/v1/changesets/{second}"), None, &t.editor2)
        .await
        .json();
    assert_eq!(pending["state"], "in-review");
    assert_eq!(pending["edits"][0]["content"], second_text.as_str());
    assert_eq!(pending["status"]["publishable"], false);
    assert_eq!(pending["status"]["conflicts"][0]["document"], "market/JP");
    assert_eq!(t.profile("").await.json()["release"], 2);

    // The editor rebases on the published revision and it goes through.
    let back = t
        .act(
            &t.reviewer,
            second,
            "request-changes",
            "Rebase on release 2.",
        )
        .await;
    assert_eq!(back.json()["state"], "changes-requested");
    let etag = back.header("etag").unwrap().to_string();
    let merged = with_severity(&first_text, "number-4", "avoid", "caution");
    t.edit(&t.editor2, second, &etag, "market/JP", &merged, head)
        .await;
    assert_eq!(t.act(&t.editor2, second, "submit", "").await.status, 200);
    assert_eq!(
        t.act(&t.reviewer, second, "approve", "").await.json()["release"],
        3
    );
    let profile = t.profile("").await.json();
    assert_eq!(taboo_severity(&profile, "number-9"), "avoid");
    assert_eq!(taboo_severity(&profile, "number-4"), "caution");
}

#[actix_web::test]
async fn a_stale_etag_is_refused_and_a_missing_one_is_required() {
    let t = team().await;
    let (base, toml) = t.document("market/JP").await;
    let (number, etag) = t.open(&t.editor, "two editors, one changeset").await;
    let path = format!("/v1/changesets/{number}/edits");
    let edit =
        |text: &str| json!({"document": "market/JP", "content": text, "base_revision": base});

    let mine = with_severity(&toml, "number-9", "caution", "avoid");
    let theirs = with_severity(&toml, "number-4", "avoid", "info");
    // Both read the same ETag; the first write wins, the second is refused, not merged over.
    t.edit(&t.editor, number, &etag, "market/JP", &mine, base)
        .await;
    let stale = t
        .call_if("PUT", &path, Some(edit(&theirs)), &t.editor2, &etag)
        .await;
    let body = stale.problem(412, "precondition-failed");
    assert!(body["detail"].as_str().unwrap().contains("changed since"));
    t.call("PUT", &path, Some(edit(&theirs)), &t.editor2)
        .await
        .problem(428, "precondition-required");
    let current = t
        .call("GET", &format!("/v1/changesets/{number}"), None, &t.editor)
        .await
        .json();
    assert_eq!(current["edits"][0]["content"], mine.as_str());
    assert_eq!(current["edits"][0]["editor"], "mei");
}

#[actix_web::test]
async fn edits_are_validated_with_line_and_column() {
    let t = team().await;
    let (base, toml) = t.document("market/JP").await;
    let (number, etag) = t.open(&t.editor, "broken things").await;
    let path = format!("/v1/changesets/{number}/edits");
    let put = |document: &str, content: &str, base: Option<i64>| json!({"document": document, "content": content, "base_revision": base});

    let fluent = t
        .call_if(
            "PUT",
            &path,
            Some(put(
                "text/ja-JP/market/JP",
                "market-name = 日本\nmarket-summary = { $x ]\n",
                None,
            )),
            &t.editor,
            &etag,
        )
        .await;
    let body = fluent.problem(422, "invalid-content");
    assert_eq!(body["errors"][0]["field"], "ja-JP/markets/JP.ftl");
    assert_eq!(body["errors"][0]["line"], 2);
    assert!(body["errors"][0]["column"].as_u64().is_some());

    let structure = t
        .call_if(
            "PUT",
            &path,
            Some(put(
                "market/JP",
                &toml.replacen("severity = \"caution\"", "severity = \"dire\"", 1),
                base,
            )),
            &t.editor,
            &etag,
        )
        .await;
    let body = structure.problem(422, "invalid-content");
    assert_eq!(body["errors"][0]["field"], "markets/JP.toml");
    assert!(body["errors"][0]["line"].as_u64().unwrap() > 1);
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("dire")
    );

    let bad_key = t
        .call_if(
            "PUT",
            &path,
            Some(put("markets/JP", "x", None)),
            &t.editor,
            &etag,
        )
        .await;
    assert_eq!(
        bad_key.problem(400, "invalid-input")["errors"][0]["field"],
        "document"
    );
    let (other, _) = t.document("market/BR").await;
    let wrong_base = t
        .call_if(
            "PUT",
            &path,
            Some(put("market/JP", &toml, other)),
            &t.editor,
            &etag,
        )
        .await;
    assert_eq!(
        wrong_base.problem(400, "invalid-input")["errors"][0]["field"],
        "base_revision"
    );

    // Parses on its own but does not fit: a taboo with no text in the reference locale.
    let extra = format!(
        "{toml}\n[[taboos]]\nid = \"new-one\"\ncategory = \"number\"\nsubject = \"13\"\nseverity = \"info\"\napplies_to = [\"marketing\"]\n"
    );
    t.edit(&t.editor, number, &etag, "market/JP", &extra, base)
        .await;
    let status = t
        .call("GET", &format!("/v1/changesets/{number}"), None, &t.editor)
        .await
        .json();
    assert_eq!(status["status"]["publishable"], false);
    assert!(
        status["status"]["errors"]
            .to_string()
            .contains("taboo-new-one")
    );
    let refused = t.act(&t.editor, number, "submit", "").await;
    let body = refused.problem(422, "invalid-content");
    assert_eq!(body["errors"][0]["field"], "en-US/markets/JP.ftl");
    assert!(body["errors"].to_string().contains("taboo-new-one"));
}

#[actix_web::test]
async fn four_eyes_and_the_state_machine() {
    let t = team().await;
    let other_reviewer = t.app.user_with_token(&t.admin, "li", "reviewer").await;
    let (base, toml) = t.document("market/JP").await;
    let text = with_severity(&toml, "number-9", "caution", "avoid");

    // A reviewer's own changeset needs another reviewer.
    let (own, etag) = t.open(&t.reviewer, "reviewer's own change").await;
    t.edit(&t.reviewer, own, &etag, "market/JP", &text, base)
        .await;
    assert_eq!(t.act(&t.reviewer, own, "submit", "").await.status, 200);
    let body = t
        .act(&t.reviewer, own, "approve", "")
        .await
        .problem(403, "forbidden");
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains("another reviewer")
    );
    // Only the author, the collaborators they add and admins edit a draft.
    let (shared, etag) = t.open(&t.editor, "shared").await;
    let other_text = with_severity(&toml, "number-4", "avoid", "info");
    let edit_body = json!({"document": "market/JP", "content": other_text, "base_revision": base});
    let path = format!("/v1/changesets/{shared}/edits");
    t.call_if(
        "PUT",
        &path,
        Some(edit_body.clone()),
        &other_reviewer,
        &etag,
    )
    .await
    .problem(403, "forbidden");
    t.call_if(
        "PATCH",
        &format!("/v1/changesets/{shared}"),
        Some(json!({"title": "mine now"})),
        &t.editor2,
        &etag,
    )
    .await
    .problem(403, "forbidden");
    t.call(
        "POST",
        &format!("/v1/changesets/{shared}/submit"),
        None,
        &t.editor2,
    )
    .await
    .problem(403, "forbidden");
    let shared_with = t
        .call_if(
            "PATCH",
            &format!("/v1/changesets/{shared}"),
            Some(json!({"collaborators": ["li"]})),
            &t.editor,
            &etag,
        )
        .await;
    assert_eq!(shared_with.json()["collaborators"], json!(["li"]));
    let etag = shared_with.header("etag").unwrap().to_string();
    let etag = t
        .edit(
            &other_reviewer,
            shared,
            &etag,
            "market/JP",
            &other_text,
            base,
        )
        .await;
    // Four eyes over the whole history: li's edit is dropped and li is no longer a
    // collaborator, yet li once wrote part of it and still may not review it.
    let dropped = t
        .call_if(
            "DELETE",
            &format!("{path}?document=market/JP"),
            None,
            &t.editor,
            &etag,
        )
        .await;
    assert_eq!(
        dropped.status,
        200,
        "{}",
        String::from_utf8_lossy(&dropped.body)
    );
    let etag = dropped.header("etag").unwrap().to_string();
    let unshared = t
        .call_if(
            "PATCH",
            &format!("/v1/changesets/{shared}"),
            Some(json!({"collaborators": []})),
            &t.editor,
            &etag,
        )
        .await;
    assert_eq!(unshared.json()["collaborators"], json!([]));
    let etag = unshared.header("etag").unwrap().to_string();
    t.edit(&t.editor, shared, &etag, "market/JP", &other_text, base)
        .await;
    assert_eq!(t.act(&t.editor, shared, "submit", "").await.status, 200);
    let body = t
        .act(&other_reviewer, shared, "approve", "")
        .await
        .problem(403, "forbidden");
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains("`li` wrote or edited"),
        "{body}"
    );

    // Comments are required to send back or reject; closed changesets stay closed.
    t.act(&other_reviewer, own, "request-changes", " ")
        .await
        .problem(400, "invalid-input");
    t.act(&t.editor2, shared, "withdraw", "")
        .await
        .problem(403, "forbidden");
    let rejected = t.act(&t.reviewer, shared, "reject", "Not sourced.").await;
    assert_eq!(rejected.json()["state"], "rejected");
    assert_eq!(rejected.json()["reviews"][0]["comment"], "Not sourced.");
    t.act(&t.reviewer, shared, "approve", "")
        .await
        .problem(409, "conflict");
    assert_eq!(t.act(&other_reviewer, own, "approve", "").await.status, 200);

    // An empty changeset cannot be submitted; its author can withdraw it.
    let (empty, _) = t.open(&t.editor, "nothing yet").await;
    t.act(&t.editor, empty, "submit", "")
        .await
        .problem(422, "unprocessable");
    let withdrawn = t.act(&t.editor, empty, "withdraw", "").await;
    assert_eq!(withdrawn.json()["state"], "withdrawn");

    let listed = t
        .call("GET", "/v1/changesets?state=rejected", None, &t.editor)
        .await
        .json();
    let numbers: Vec<i64> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["number"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, [shared]);
    t.app
        .get("/v1/changesets")
        .await
        .problem(401, "unauthorized");
}

#[actix_web::test]
async fn an_upload_opens_a_changeset_and_publishes_only_when_approved() {
    let t = team().await;
    let (_, en) = t.document("text/en-US/market/JP").await;
    let en_changed = en.replace("market-name = Japan", "market-name = Japan (日本)");
    let upload = json!({
        "title": "ja-JP pack",
        "files": [
            {"path": "ja-JP/markets/JP.ftl", "content": JA_JP},
            {"path": "en-US/markets/JP.ftl", "content": en_changed},
            {"path": "README.md", "content": "ignored"}
        ]
    });
    let reply = t
        .call("POST", "/v1/changesets/import", Some(upload), &t.editor)
        .await;
    assert_eq!(
        reply.status,
        201,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let body = reply.json();
    assert_eq!(body["state"], "draft");
    assert_eq!(body["edits"].as_array().unwrap().len(), 2);
    assert_eq!(body["status"]["publishable"], true);
    assert_eq!(t.profile("").await.json()["name"], "Japan");
    let number = body["number"].as_i64().unwrap();
    assert_eq!(t.act(&t.editor, number, "submit", "").await.status, 200);
    assert_eq!(t.act(&t.reviewer, number, "approve", "").await.status, 200);
    assert_eq!(t.profile("").await.json()["name"], "Japan (日本)");

    let broken =
        json!({"title": "x", "files": [{"path": "ja-JP/markets/JP.ftl", "content": "a = {"}]});
    let body = t
        .call("POST", "/v1/changesets/import", Some(broken), &t.editor)
        .await
        .problem(422, "invalid-content");
    assert_eq!(body["errors"][0]["field"], "ja-JP/markets/JP.ftl");
    assert_eq!(body["errors"][0]["line"], 1);
    let outside = json!({"title": "x", "files": [{"path": "../etc/passwd.toml", "content": ""}]});
    t.call("POST", "/v1/changesets/import", Some(outside), &t.editor)
        .await
        .problem(400, "invalid-input");
    let same = json!({"title": "x", "files": [{"path": "ja-JP/markets/JP.ftl", "content": JA_JP}]});
    t.call("POST", "/v1/changesets/import", Some(same), &t.editor)
        .await
        .problem(422, "unprocessable");
}

#[actix_web::test]
async fn documents_accept_encoded_keys_and_the_audit_log_pages() {
    let t = team().await;
    let plain = t
        .call("GET", "/v1/documents/text/en-US/market/JP", None, &t.editor)
        .await
        .json();
    let encoded = t
        .call(
            "GET",
            "/v1/documents/text%2Fen-US%2Fmarket%2FJP",
            None,
            &t.editor,
        )
        .await
        .json();
    assert_eq!(plain["key"], "text/en-US/market/JP");
    assert_eq!(plain, encoded);
    let listed = t
        .call("GET", "/v1/documents?prefix=market/", None, &t.editor)
        .await
        .json();
    assert_eq!(listed["items"].as_array().unwrap().len(), 30);

    // Logins and account creation are audited; pages follow the cursor without overlap.
    let first = t
        .call("GET", "/v1/audit?limit=3", None, &t.admin)
        .await
        .json();
    assert_eq!(first["items"].as_array().unwrap().len(), 3);
    let cursor = first["next_before"].as_i64().unwrap();
    let second = t
        .call(
            "GET",
            &format!("/v1/audit?limit=3&before={cursor}"),
            None,
            &t.admin,
        )
        .await
        .json();
    let ids: Vec<i64> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .chain(second["items"].as_array().unwrap())
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "{ids:?}");
    let created = t
        .call(
            "GET",
            "/v1/audit?action=user.create&actor=root",
            None,
            &t.admin,
        )
        .await
        .json();
    let targets: Vec<&str> = created["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["target"].as_str().unwrap())
        .collect();
    assert_eq!(targets, ["user/kenji", "user/ana", "user/mei"]);

    // The log cannot be rewritten, not even with SQL.
    use diesel::RunQueryDsl;
    let mut conn = t.app.state.pool.get().unwrap();
    for sql in ["DELETE FROM audit_log", "UPDATE audit_log SET actor = 'x'"] {
        let refused = diesel::sql_query(sql).execute(&mut *conn);
        assert!(refused.is_err(), "{sql} was allowed");
    }
}

#[actix_web::test]
async fn concurrent_approvals_each_publish_their_own_release() {
    let t = team().await;
    let other_reviewer = t.app.user_with_token(&t.admin, "li", "reviewer").await;
    let mut numbers = Vec::new();
    for (market, token) in [("JP", &t.editor), ("BR", &t.editor2)] {
        let key = format!("text/en-US/market/{market}");
        let (base, text) = t.document(&key).await;
        let (number, etag) = t.open(token, &format!("{market} summary")).await;
        let changed = text.replacen("market-summary = ", "market-summary = (Reviewed) ", 1);
        t.edit(token, number, &etag, &key, &changed, base).await;
        assert_eq!(t.act(token, number, "submit", "").await.status, 200);
        numbers.push(number);
    }
    let (a, b) = futures_util::join!(
        t.act(&t.reviewer, numbers[0], "approve", ""),
        t.act(&other_reviewer, numbers[1], "approve", "")
    );
    let mut releases = vec![
        a.json()["release"].as_i64().unwrap(),
        b.json()["release"].as_i64().unwrap(),
    ];
    releases.sort();
    assert_eq!(releases, [2, 3]);
    // The snapshot ends on the newest release, whichever approval finished last.
    for market in ["JP", "BR"] {
        let profile = t.app.get(&format!("/v1/markets/{market}")).await.json();
        assert_eq!(profile["release"], 3);
        assert!(
            profile["summary"]
                .as_str()
                .unwrap()
                .starts_with("(Reviewed)"),
            "{market}"
        );
    }
}
