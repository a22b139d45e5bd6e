//! Safe to expose (issue 9): account changes take effect on the next request, logins are
//! throttled, every request's work is bounded, and every error is a problem document.

mod common;

use common::{TestApp, spawn_app, spawn_app_with, test_keys};
use marketguide::auth::Role;
use marketguide::auth::client_address::ClientAddress;
use marketguide::auth::token::{AUDIENCE, ISSUER};
use serde_json::{Value, json};

const ROOT_PASSWORD: &str = "root-long-password";

async fn with_admin(app: &TestApp) -> String {
    app.add_user("root", ROOT_PASSWORD, Role::Admin);
    app.login("root", ROOT_PASSWORD).await
}

async fn call(
    app: &TestApp,
    method: &str,
    path: &str,
    body: Option<Value>,
    token: &str,
) -> common::Reply {
    app.send(method, path, body.as_ref(), Some(token), &[])
        .await
}

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

#[actix_web::test]
async fn account_changes_take_effect_on_the_next_request() {
    let app = spawn_app();
    let admin = with_admin(&app).await;
    let reviewer = app.user_with_token(&admin, "kenji", "reviewer").await;
    let editor = app.user_with_token(&admin, "mei", "editor").await;

    // An editor's changeset in review, which kenji could approve a moment ago.
    let opened = call(
        &app,
        "POST",
        "/v1/changesets",
        Some(json!({"title": "JP"})),
        &editor,
    )
    .await;
    let number = opened.json()["number"].as_i64().unwrap();
    let etag = opened.header("etag").unwrap().to_string();
    let doc = app
        .get_with(
            "/v1/documents/market/JP",
            &[("authorization", &bearer(&editor))],
        )
        .await
        .json();
    let content = doc["content"]
        .as_str()
        .unwrap()
        .replace("rank = 1", "rank = 1 # edited");
    let put = app
        .send(
            "PUT",
            &format!("/v1/changesets/{number}/edits"),
            Some(&json!({"document": "market/JP", "content": content, "base_revision": doc["head_revision"]})),
            Some(&editor),
            &[("if-match", &etag)],
        )
        .await;
    assert_eq!(put.status, 200, "{}", String::from_utf8_lossy(&put.body));
    assert_eq!(
        call(
            &app,
            "POST",
            &format!("/v1/changesets/{number}/submit"),
            None,
            &editor
        )
        .await
        .status,
        200
    );

    // Demoted: the same token is 403 on the very next request.
    let demoted = call(
        &app,
        "PATCH",
        "/v1/users/kenji",
        Some(json!({"role": "editor"})),
        &admin,
    )
    .await;
    assert_eq!(demoted.json()["role"], "editor");
    call(
        &app,
        "POST",
        &format!("/v1/changesets/{number}/approve"),
        Some(json!({})),
        &reviewer,
    )
    .await
    .problem(403, "forbidden");

    // Disabled: 401, and no new token either.
    call(
        &app,
        "PATCH",
        "/v1/users/mei",
        Some(json!({"disabled": true})),
        &admin,
    )
    .await;
    call(&app, "GET", "/v1/changesets", None, &editor)
        .await
        .problem(401, "unauthorized");
    app.post_json(
        "/v1/auth/token",
        &json!({"username": "mei", "password": "mei-long-password"}),
        None,
    )
    .await
    .problem(401, "unauthorized");
    let shown = call(&app, "GET", "/v1/users/mei", None, &admin)
        .await
        .json();
    assert_eq!(shown["disabled"], true);

    // A password change refuses every earlier token; the new password works.
    let kenji_again = app.login("kenji", "kenji-long-password").await;
    let change = |current: &str| json!({"current_password": current, "password": "kenji's brand new passphrase"});
    call(
        &app,
        "PUT",
        "/v1/users/kenji/password",
        Some(change("wrong")),
        &kenji_again,
    )
    .await
    .problem(403, "forbidden");
    let changed = call(
        &app,
        "PUT",
        "/v1/users/kenji/password",
        Some(change("kenji-long-password")),
        &kenji_again,
    )
    .await;
    assert_eq!(
        changed.status,
        204,
        "{}",
        String::from_utf8_lossy(&changed.body)
    );
    let body = call(&app, "GET", "/v1/users/kenji", None, &kenji_again)
        .await
        .problem(401, "unauthorized");
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains("password was changed")
    );
    let fresh = app.login("kenji", "kenji's brand new passphrase").await;
    assert_eq!(
        call(&app, "GET", "/v1/users/kenji", None, &fresh)
            .await
            .status,
        200
    );
    // Someone else's account needs an admin.
    call(&app, "GET", "/v1/users/root", None, &fresh)
        .await
        .problem(403, "forbidden");
    call(
        &app,
        "PUT",
        "/v1/users/root/password",
        Some(json!({"password": "a takeover attempt"})),
        &fresh,
    )
    .await
    .problem(403, "forbidden");

    // The last admin cannot lock everybody out.
    call(
        &app,
        "PATCH",
        "/v1/users/root",
        Some(json!({"disabled": true})),
        &admin,
    )
    .await
    .problem(409, "conflict");

    // A well-signed token for an account that does not exist is refused.
    let ghost = test_keys().issue("ghost", Role::Admin, 1);
    let body = call(&app, "GET", "/v1/users", None, &ghost)
        .await
        .problem(401, "unauthorized");
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains("no longer exists")
    );

    // Every change is in the audit log.
    let audit = call(&app, "GET", "/v1/audit?target=user/", None, &admin)
        .await
        .json();
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in ["user.update", "user.password", "user.create"] {
        assert!(actions.contains(&action), "{actions:?}");
    }
}

#[actix_web::test]
async fn repeated_failures_are_throttled_and_audited_in_bounds() {
    let app = spawn_app();
    let admin = with_admin(&app).await;
    app.user_with_token(&admin, "mei", "editor").await;
    let wrong = json!({"username": "mei", "password": "not the password"});
    // The default allowance for one account is 10 failures.
    for attempt in 1..=11 {
        let reply = app.post_json("/v1/auth/token", &wrong, None).await;
        assert_eq!(reply.status, 401, "attempt {attempt}");
    }
    for body in [
        wrong,
        json!({"username": "mei", "password": "mei-long-password"}),
    ] {
        let reply = app.post_json("/v1/auth/token", &body, None).await;
        reply.problem(429, "too-many-requests");
        let retry: u64 = reply.header("retry-after").unwrap().parse().unwrap();
        assert!((1..=30).contains(&retry), "{retry}");
    }
    // Other accounts still log in.
    app.login("root", ROOT_PASSWORD).await;
    // One entry per kind and window, however many guesses.
    let audit = call(&app, "GET", "/v1/audit?target=user/mei", None, &admin)
        .await
        .json();
    let mut actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    actions.retain(|a| a.starts_with("auth."));
    assert_eq!(actions, ["auth.throttled", "auth.failed", "auth.token"]);
}

#[actix_web::test]
async fn addresses_are_throttled_across_accounts_behind_a_trusted_proxy() {
    let app = spawn_app_with(|s| {
        s.with_client_address(ClientAddress::new(Some("X-Forwarded-For")).unwrap())
    });
    let guess = |n: u32| json!({"username": format!("nobody{n}"), "password": "guess guess guess"});
    let from = |ip: &'static str| [("x-forwarded-for", ip)];
    let post = |body: Value, ip: &'static str| {
        let app = &app;
        async move {
            app.send("POST", "/v1/auth/token", Some(&body), None, &from(ip))
                .await
        }
    };
    for n in 0..31 {
        // The proxy appends the address it saw; what the client wrote before it is ignored.
        assert_eq!(
            post(guess(n), "198.51.100.1, 203.0.113.5").await.status,
            401
        );
    }
    post(guess(99), "10.0.0.1, 203.0.113.5")
        .await
        .problem(429, "too-many-requests");
    assert_eq!(post(guess(99), "203.0.113.6").await.status, 401);
}

#[actix_web::test]
async fn usernames_that_look_like_others_are_refused() {
    let app = spawn_app();
    let admin = with_admin(&app).await;
    for name in [
        "ed1 ",
        "\u{202e}ed1",
        "nul\u{0}user",
        "Ed1",
        "e",
        "ed1@example",
    ] {
        let reply = call(
            &app,
            "POST",
            "/v1/users",
            Some(
                json!({"username": name, "password": "a long enough passphrase", "role": "editor"}),
            ),
            &admin,
        )
        .await;
        let body = reply.problem(422, "invalid-field");
        assert_eq!(body["errors"][0]["field"], "username");
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("a-z")
        );
    }
}

#[actix_web::test]
async fn tokens_follow_the_jwt_rules() {
    let app = spawn_app();
    let admin = with_admin(&app).await;
    let now = chrono::Utc::now().timestamp();
    let keys = test_keys();
    let claims = |iat: i64, aud: Value| json!({"sub": "root", "role": "admin", "iat": iat, "nbf": now, "exp": now + 600, "iss": ISSUER, "aud": aud, "ver": 1});
    // The scheme is case-insensitive.
    for scheme in ["BEARER", "bearer", "Bearer"] {
        let reply = app
            .get_with(
                "/v1/users",
                &[("authorization", &format!("{scheme} {admin}"))],
            )
            .await;
        assert_eq!(reply.status, 200, "{scheme}");
    }
    // An audience array naming us is accepted (RFC 7519 §4.1.3).
    let array = keys.sign(&claims(now, json!(["someone-else", AUDIENCE])));
    assert_eq!(
        call(&app, "GET", "/v1/users", None, &array).await.status,
        200
    );
    // Issued in the future beyond the leeway.
    let future = keys.sign(&claims(now + 3600, json!(AUDIENCE)));
    let body = call(&app, "GET", "/v1/users", None, &future)
        .await
        .problem(401, "unauthorized");
    assert!(body["detail"].as_str().unwrap().contains("future"));
    // A `crit` header must be understood, and we understand no extension.
    use base64::Engine;
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let good = keys.sign(&claims(now, json!(AUDIENCE)));
    let payload = good.split('.').nth(1).unwrap();
    let header = b64.encode(br#"{"alg":"HS256","typ":"JWT","crit":["exp"],"exp":1}"#);
    let signing_input = format!("{header}.{payload}");
    let signature = {
        use hmac::Mac;
        let mut mac =
            hmac::Hmac::<sha2::Sha256>::new_from_slice(common::TEST_SECRET.as_bytes()).unwrap();
        mac.update(signing_input.as_bytes());
        b64.encode(mac.finalize().into_bytes())
    };
    let crit = format!("{signing_input}.{signature}");
    let body = call(&app, "GET", "/v1/users", None, &crit)
        .await
        .problem(401, "unauthorized");
    assert!(body["detail"].as_str().unwrap().contains("crit"), "{body}");
}

#[actix_web::test]
async fn render_work_is_bounded() {
    let app = spawn_app();
    let render = |body: Value| {
        let app = &app;
        async move {
            app.post_json("/v1/phrase-sets/customer-service/render", &body, None)
                .await
        }
    };
    // 2,000 copies of one message render it once.
    let many = vec!["greeting"; 2000];
    let reply = render(json!({"messages": many, "args": {"buyer_name": "Ana"}})).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["results"].as_array().unwrap().len(), 1);
    // More distinct messages than the limit.
    let distinct: Vec<String> = (0..51).map(|n| format!("m{n}")).collect();
    let body = render(json!({"messages": distinct}))
        .await
        .problem(422, "limit-exceeded");
    assert_eq!(body["errors"][0]["field"], "messages");
    assert!(body["detail"].as_str().unwrap().contains("50"));
    // An argument over the limit.
    let body =
        render(json!({"messages": ["greeting"], "args": {"buyer_name": "x".repeat(30_000)}}))
            .await
            .problem(422, "limit-exceeded");
    assert_eq!(body["errors"][0]["field"], "args.buyer_name");
    // A body over 64 KiB.
    let body = render(json!({"messages": ["greeting"], "args": {"pad": "x".repeat(70_000)}}))
        .await
        .problem(413, "payload-too-large");
    assert!(body["detail"].as_str().unwrap().contains("65536"));
}

#[actix_web::test]
async fn documents_up_to_the_limit_can_be_edited_and_no_larger_imported() {
    let app = spawn_app();
    let admin = with_admin(&app).await;
    let editor = app.user_with_token(&admin, "mei", "editor").await;
    let doc = app
        .get_with(
            "/v1/documents/text/en-US/market/JP",
            &[("authorization", &bearer(&editor))],
        )
        .await
        .json();
    let original = doc["content"].as_str().unwrap();
    let padded = |size: usize| {
        let mut text = original.to_string();
        while text.len() < size {
            text.push_str("# Notes for editors: keep each sentence sourced and short.\n");
        }
        text
    };

    // 300 KB through import: refused, naming the file.
    let import = json!({"title": "big", "files": [{"path": "en-US/markets/JP.ftl", "content": padded(300_000)}]});
    let body = call(&app, "POST", "/v1/changesets/import", Some(import), &editor)
        .await
        .problem(422, "limit-exceeded");
    assert_eq!(body["errors"][0]["field"], "en-US/markets/JP.ftl");

    // 200 KB through an edit: accepted (more than the 64 KiB of other JSON bodies).
    let opened = call(
        &app,
        "POST",
        "/v1/changesets",
        Some(json!({"title": "long notes"})),
        &editor,
    )
    .await;
    let number = opened.json()["number"].as_i64().unwrap();
    let etag = opened.header("etag").unwrap().to_string();
    let edit = |content: String| json!({"document": "text/en-US/market/JP", "content": content, "base_revision": doc["head_revision"]});
    let put = app
        .send(
            "PUT",
            &format!("/v1/changesets/{number}/edits"),
            Some(&edit(padded(200_000))),
            Some(&editor),
            &[("if-match", &etag)],
        )
        .await;
    assert_eq!(
        put.status,
        200,
        "{}",
        String::from_utf8_lossy(&put.body[..put.body.len().min(500)])
    );
    let etag = put.header("etag").unwrap().to_string();
    let over = app
        .send(
            "PUT",
            &format!("/v1/changesets/{number}/edits"),
            Some(&edit(padded(270_000))),
            Some(&editor),
            &[("if-match", &etag)],
        )
        .await;
    assert_eq!(
        over.problem(422, "limit-exceeded")["errors"][0]["field"],
        "content"
    );
}

#[actix_web::test]
async fn wrong_methods_are_405_with_allow() {
    let app = spawn_app();
    let reply = app.send("DELETE", "/v1/markets/JP", None, None, &[]).await;
    reply.problem(405, "method-not-allowed");
    assert_eq!(reply.header("allow"), Some("GET"));
    let reply = app
        .send("GET", "/v1/changesets/1/submit", None, None, &[])
        .await;
    reply.problem(405, "method-not-allowed");
    assert_eq!(reply.header("allow"), Some("POST"));
    let reply = app.send("PUT", "/v1/users/mei", None, None, &[]).await;
    assert_eq!(reply.header("allow"), Some("GET, PATCH"));
    app.send("DELETE", "/v1/nothing-here", None, None, &[])
        .await
        .problem(404, "not-found");
}

#[actix_web::test]
async fn concurrent_reads_of_an_old_release_build_it_once() {
    let app = spawn_app();
    let mut set = marketguide::content::ContentSet::seed().unwrap();
    let key: marketguide::content::DocumentKey = "text/en-US/market/JP".parse().unwrap();
    set.documents
        .get_mut(&key)
        .unwrap()
        .push_str("\n# release 2\n");
    let mut conn = app.state.pool.get().unwrap();
    marketguide::db::store::publish(&mut conn, &set, "ed", "two").unwrap();
    drop(conn);
    marketguide::state::refresh_snapshot(&app.state).unwrap();
    let before = app.state.history.builds();
    let reads = (0..16).map(|_| app.get("/v1/markets/JP?release=1"));
    for reply in futures_util::future::join_all(reads).await {
        assert_eq!(reply.status, 200);
        assert_eq!(reply.json()["release"], 1);
    }
    assert_eq!(app.state.history.builds() - before, 1);
}

/// Sends raw bytes and returns the status and the whole response.
async fn raw(app: &TestApp, request: Vec<u8>) -> (u16, String) {
    let addr = app.server.addr();
    actix_web::rt::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .unwrap();
        // The server may stop reading once it has seen enough to refuse.
        let _ = stream.write_all(&request);
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        let text = String::from_utf8_lossy(&response).into_owned();
        let status = text
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        (status, text)
    })
    .await
    .unwrap()
}

#[actix_web::test]
async fn errors_before_the_app_are_problems() {
    let app = spawn_app();
    let huge_header = format!(
        "GET /v1/markets HTTP/1.1\r\nhost: x\r\nx-pad: {}\r\n\r\n",
        "a".repeat(1 << 20)
    );
    let long_uri = format!(
        "GET /v1/markets?{} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
        "a=1&".repeat(20_000)
    );
    let mut raw_byte = b"GET /v1/markets/J".to_vec();
    raw_byte.push(0xFF);
    raw_byte.extend_from_slice(b"P HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n");
    for (request, status) in [
        (huge_header.into_bytes(), 431),
        (long_uri.into_bytes(), 400),
        (raw_byte, 400),
    ] {
        let (got, text) = raw(&app, request).await;
        assert_eq!(got, status, "{text}");
        assert!(
            text.to_ascii_lowercase()
                .contains("content-type: application/problem+json"),
            "{text}"
        );
        let body: Value = serde_json::from_str(text.split("\r\n\r\n").nth(1).unwrap()).unwrap();
        assert_eq!(body["status"], status);
        assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()));
    }
}
