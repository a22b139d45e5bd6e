//! Accounts and tokens: login, roles, and every kind of bad token refused with a problem.

mod common;

use common::{TEST_SECRET, spawn_app, test_keys};
use marketguide::auth::Role;
use marketguide::auth::token::{AUDIENCE, Audience, ISSUER};
use serde_json::json;

const ADMIN_PASSWORD: &str = "admin passphrase 2026";

#[actix_web::test]
async fn admin_creates_editor_and_reviewer_who_can_log_in() {
    let app = spawn_app();
    app.add_user("root", ADMIN_PASSWORD, Role::Admin);
    let admin = app.login("root", ADMIN_PASSWORD).await;

    for (name, role) in [("mei", "editor"), ("kenji", "reviewer")] {
        let reply = app
            .post_json(
                "/v1/users",
                &json!({"username": name, "password": "a long enough passphrase", "role": role}),
                Some(&admin),
            )
            .await;
        assert_eq!(
            reply.status,
            201,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
        assert_eq!(reply.json()["role"], role);
    }
    let again = app
        .post_json(
            "/v1/users",
            &json!({"username": "mei", "password": "a long enough passphrase", "role": "editor"}),
            Some(&admin),
        )
        .await;
    again.problem(409, "conflict");
    let weak = app
        .post_json(
            "/v1/users",
            &json!({"username": "xy", "password": "short", "role": "editor"}),
            Some(&admin),
        )
        .await;
    assert_eq!(
        weak.problem(400, "invalid-input")["errors"][0]["field"],
        "password"
    );

    let reply = app
        .post_json(
            "/v1/auth/token",
            &json!({"username": "mei", "password": "a long enough passphrase"}),
            None,
        )
        .await;
    assert_eq!(reply.status, 200);
    let body = reply.json();
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["role"], "editor");
    let claims = test_keys()
        .verify(body["access_token"].as_str().unwrap())
        .unwrap();
    assert_eq!((claims.sub.as_str(), claims.role), ("mei", Role::Editor));
    assert_eq!(
        (claims.iss.as_str(), claims.aud),
        (ISSUER, Audience::One(AUDIENCE.into()))
    );
    assert!(claims.exp > claims.iat);

    // An editor may not manage accounts.
    let editor = body["access_token"].as_str().unwrap().to_string();
    let denied = app
        .post_json(
            "/v1/users",
            &json!({"username": "eve", "password": "a long enough passphrase", "role": "admin"}),
            Some(&editor),
        )
        .await;
    denied.problem(403, "forbidden");
    let listed = app
        .get_with(
            "/v1/users",
            &[("authorization", &format!("Bearer {admin}"))],
        )
        .await;
    assert_eq!(listed.json()["items"].as_array().unwrap().len(), 3);
}

#[actix_web::test]
async fn wrong_credentials_are_401_and_reads_stay_anonymous() {
    let app = spawn_app();
    app.add_user("root", ADMIN_PASSWORD, Role::Admin);
    for (user, pass) in [("root", "wrong passphrase!!"), ("nobody", ADMIN_PASSWORD)] {
        let reply = app
            .post_json(
                "/v1/auth/token",
                &json!({"username": user, "password": pass}),
                None,
            )
            .await;
        reply.problem(401, "unauthorized");
    }
    assert_eq!(app.get("/v1/markets").await.status, 200);
    let reply = app.get("/v1/users").await;
    reply.problem(401, "unauthorized");
    assert!(
        reply
            .header("www-authenticate")
            .unwrap()
            .starts_with("Bearer")
    );
}

#[actix_web::test]
async fn bad_tokens_are_refused() {
    let app = spawn_app();
    app.add_user("root", ADMIN_PASSWORD, Role::Admin);
    let good = app.login("root", ADMIN_PASSWORD).await;
    let now = chrono::Utc::now().timestamp();
    let keys = test_keys();
    let claims = |exp: i64, nbf: i64, iss: &str, aud: &str| json!({"sub": "root", "role": "admin", "iat": now, "nbf": nbf, "exp": exp, "iss": iss, "aud": aud, "ver": 1});
    let parts: Vec<&str> = good.split('.').collect();
    // Change one character inside the signature (not the last, whose spare bits would make
    // the base64 itself invalid): still well-formed, no longer the right signature.
    let tampered = {
        let mut sig: Vec<char> = parts[2].chars().collect();
        sig[5] = if sig[5] == 'A' { 'B' } else { 'A' };
        format!(
            "{}.{}.{}",
            parts[0],
            parts[1],
            sig.into_iter().collect::<String>()
        )
    };
    // base64url of {"alg":"none","typ":"JWT"}
    let alg_none = format!("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.{}.", parts[1]);
    let other_key = marketguide::auth::TokenKeys::from_secret(
        "another secret, just as long as the first one",
        std::time::Duration::from_secs(60),
    )
    .unwrap()
    .issue("root", Role::Admin, 1);
    let cases = [
        ("expired", keys.sign(&claims(now - 3600, now - 7200, ISSUER, AUDIENCE)), "expired"),
        ("not yet valid", keys.sign(&claims(now + 7200, now + 3600, ISSUER, AUDIENCE)), "not valid yet"),
        ("tampered", tampered, "signature"),
        ("alg none", alg_none, ""),
        ("wrong audience", keys.sign(&claims(now + 600, now, ISSUER, "someone-else")), "audience"),
        ("wrong issuer", keys.sign(&claims(now + 600, now, "evil", AUDIENCE)), "issuer"),
        ("no audience", keys.sign(&json!({"sub": "root", "role": "admin", "iat": now, "nbf": now, "exp": now + 600, "iss": ISSUER})), ""),
        ("other key", other_key, "signature"),
        ("garbage", "not-a-token".to_string(), "malformed"),
    ];
    for (what, token, says) in cases {
        let reply = app
            .get_with(
                "/v1/users",
                &[("authorization", &format!("Bearer {token}"))],
            )
            .await;
        let body = reply.problem(401, "unauthorized");
        assert!(
            body["detail"].as_str().unwrap().contains(says),
            "{what}: {body}"
        );
    }
    // The good token works, and a valid token without the role is 403, not 401.
    let ok = app
        .get_with("/v1/users", &[("authorization", &format!("Bearer {good}"))])
        .await;
    assert_eq!(ok.status, 200);
    app.add_user("mei", "mei's long enough passphrase", Role::Editor);
    let editor = keys.issue("mei", Role::Editor, 1);
    app.get_with(
        "/v1/users",
        &[("authorization", &format!("Bearer {editor}"))],
    )
    .await
    .problem(403, "forbidden");
    assert!(TEST_SECRET.len() >= 32);
}

#[test]
fn weak_or_missing_secrets_are_refused() {
    use marketguide::auth::TokenKeys;
    let ttl = std::time::Duration::from_secs(60);
    assert!(TokenKeys::from_secret("", ttl).is_err());
    assert!(TokenKeys::from_secret("short", ttl).is_err());
    assert!(TokenKeys::from_secret(&"a".repeat(64), ttl).is_err());
    assert!(TokenKeys::from_secret(TEST_SECRET, ttl).is_ok());
}

#[test]
fn serve_refuses_to_start_without_a_secret_outside_dev_mode() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_marketguide"))
        // --data-dir decides where the database is, whatever the shell says.
        .env_remove("MARKETGUIDE_DATABASE_URL")
        .args([
            "--data-dir",
            dir.path().to_str().unwrap(),
            "serve",
            "--bind",
            "127.0.0.1:0",
        ])
        .env_remove("MARKETGUIDE_JWT_SECRET")
        .env_remove("MARKETGUIDE_DEV")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("refusing to start") && stderr.contains("MARKETGUIDE_JWT_SECRET"),
        "{stderr}"
    );
}

#[test]
fn cli_bootstraps_an_admin_and_mints_a_token() {
    let dir = tempfile::tempdir().unwrap();
    let exe = env!("CARGO_BIN_EXE_marketguide");
    let data = dir.path().to_str().unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(exe)
            .env_remove("MARKETGUIDE_DATABASE_URL")
            .env("MARKETGUIDE_PASSWORD", ADMIN_PASSWORD)
            .args(["--data-dir", data])
            .args(args)
            .output()
            .unwrap()
    };
    // No database there yet: refused, naming the file, and none is created.
    let refused = run(&["user", "add", "root", "--role", "admin"]);
    assert!(!refused.status.success());
    let database = dir.path().join("marketguide.sqlite3");
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains(database.to_str().unwrap()),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(!database.exists());
    assert!(run(&["migrate"]).status.success());
    let add = std::process::Command::new(exe)
        .env_remove("MARKETGUIDE_DATABASE_URL")
        .args(["--data-dir", data, "user", "add", "root", "--role", "admin"])
        .env("MARKETGUIDE_PASSWORD", ADMIN_PASSWORD)
        .output()
        .unwrap();
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
    let token = std::process::Command::new(exe)
        .env_remove("MARKETGUIDE_DATABASE_URL")
        .args(["--data-dir", data, "token", "root"])
        .env("MARKETGUIDE_JWT_SECRET", TEST_SECRET)
        .output()
        .unwrap();
    assert!(
        token.status.success(),
        "{}",
        String::from_utf8_lossy(&token.stderr)
    );
    let claims = test_keys()
        .verify(String::from_utf8(token.stdout).unwrap().trim())
        .unwrap();
    assert_eq!((claims.sub.as_str(), claims.role), ("root", Role::Admin));

    // Managing accounts from the command line, each change in the database at once.
    assert!(
        run(&["user", "add", "mei", "--role", "editor"])
            .status
            .success()
    );
    let last_admin = run(&["user", "set-role", "root", "editor"]);
    assert!(!last_admin.status.success());
    assert!(String::from_utf8_lossy(&last_admin.stderr).contains("last enabled admin"));
    let promoted = run(&["user", "set-role", "mei", "reviewer"]);
    assert!(String::from_utf8_lossy(&promoted.stdout).contains("now reviewer"));
    assert!(run(&["user", "passwd", "mei"]).status.success());
    assert!(run(&["user", "disable", "mei"]).status.success());
    assert!(
        !run(&["user", "add", "Mei ", "--role", "editor"])
            .status
            .success()
    );
    let pool = marketguide::db::connect(database.to_str().unwrap(), 1).unwrap();
    let mei = marketguide::db::users::find(&mut pool.get().unwrap(), "mei")
        .unwrap()
        .unwrap();
    assert_eq!(
        (mei.role, mei.disabled, mei.token_version),
        (Role::Reviewer, true, 2)
    );
}
