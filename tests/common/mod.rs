//! Shared test setup: the real application on a fresh database per test.

#![allow(dead_code)]

use actix_test::TestServer;
use marketguide::auth::TokenKeys;
use marketguide::content::ContentSet;
use marketguide::startup;
use marketguide::state::{self, AppState};
use serde_json::Value;
use tempfile::TempDir;

pub struct TestApp {
    pub server: TestServer,
    pub state: AppState,
    pub db_url: String,
    _dir: TempDir,
}

/// The signing secret every test app uses, so tests can forge tokens to test refusals.
pub const TEST_SECRET: &str = "test-secret: 0123456789abcdefghijklmnopqrstuvwxyz";

pub fn test_keys() -> TokenKeys {
    TokenKeys::from_secret(TEST_SECRET, std::time::Duration::from_secs(3600)).expect("strong")
}

/// The server CI runs the suite against a second time (`postgres://...`); unset means SQLite.
const SERVER_VARIABLE: &str = "MARKETGUIDE_TEST_DATABASE_URL";

/// A new, empty database for one test: a fresh PostgreSQL database on the server named by
/// `MARKETGUIDE_TEST_DATABASE_URL`, else a SQLite file in `dir`.
pub fn fresh_database_url(dir: &std::path::Path) -> String {
    match std::env::var(SERVER_VARIABLE) {
        Ok(server) if !server.is_empty() => create_postgres_database(&server),
        _ => dir.join("test.sqlite3").to_string_lossy().into_owned(),
    }
}

#[cfg(feature = "postgres")]
fn create_postgres_database(server: &str) -> String {
    use diesel::{Connection, PgConnection, RunQueryDsl};
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let name = format!(
        "mg_test_{}_{}_{nanos}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let mut admin = PgConnection::establish(server).expect("the test PostgreSQL server");
    diesel::sql_query(format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .expect("create the test database");
    // Replace the database name (the last path segment), keeping any query string.
    let (base, query) = server.split_once('?').unwrap_or((server, ""));
    let prefix = &base[..base.rfind('/').expect("a URL with a database path")];
    if query.is_empty() {
        format!("{prefix}/{name}")
    } else {
        format!("{prefix}/{name}?{query}")
    }
}

#[cfg(not(feature = "postgres"))]
fn create_postgres_database(_server: &str) -> String {
    panic!("{SERVER_VARIABLE} is set, but the tests were built without `--features postgres`")
}

/// Starts the app on a new database seeded with the built-in content.
pub fn spawn_app() -> TestApp {
    spawn_app_with(|state| state)
}

/// [`spawn_app`] with the state adjusted first (login limits, a trusted proxy header).
pub fn spawn_app_with(adjust: impl FnOnce(AppState) -> AppState) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let db_url = fresh_database_url(dir.path());
    let state = adjust(
        state::prepare(&db_url, &ContentSet::seed().expect("seed"), test_keys()).expect("prepare"),
    );
    let app_state = state.clone();
    let server = actix_test::start(move || startup::app(app_state.clone()));
    TestApp {
        server,
        state,
        db_url,
        _dir: dir,
    }
}

pub struct Reply {
    pub status: u16,
    pub headers: actix_web::http::header::HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "body is not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Asserts an RFC 9457 problem with this status and code; returns its body.
    pub fn problem(&self, status: u16, code: &str) -> Value {
        assert_eq!(
            self.status,
            status,
            "{}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(
            self.header("content-type"),
            Some("application/problem+json")
        );
        let body = self.json();
        assert_eq!(body["status"], status);
        assert_eq!(body["code"], code, "{body}");
        assert!(body["type"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(body["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(body["detail"].as_str().is_some_and(|t| !t.is_empty()));
        body
    }
}

impl TestApp {
    pub async fn get(&self, path: &str) -> Reply {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        let mut request = self.server.get(path);
        for (name, value) in headers {
            request = request.insert_header((*name, *value));
        }
        let mut response = request.send().await.expect("request sent");
        let body = response.body().limit(16 * 1024 * 1024).await.expect("body");
        Reply {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: body.to_vec(),
        }
    }
}

impl TestApp {
    /// POSTs JSON, with a bearer token when given.
    pub async fn post_json(&self, path: &str, body: &Value, token: Option<&str>) -> Reply {
        let mut request = self
            .server
            .post(path)
            .insert_header(("content-type", "application/json"));
        if let Some(token) = token {
            request = request.insert_header(("authorization", format!("Bearer {token}")));
        }
        let mut response = request.send_body(body.to_string()).await.expect("sent");
        Reply {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: response.body().await.expect("body").to_vec(),
        }
    }

    /// Creates a user straight in the store (as `marketguide user add` does).
    pub fn add_user(&self, username: &str, password: &str, role: marketguide::auth::Role) {
        let hash = marketguide::auth::password::hash(password).expect("hash");
        let mut conn = self.state.pool.get().expect("connection");
        marketguide::db::users::create(&mut conn, "test", username, &hash, role).expect("created");
    }

    /// Logs in and returns the access token.
    pub async fn login(&self, username: &str, password: &str) -> String {
        let reply = self
            .post_json(
                "/v1/auth/token",
                &serde_json::json!({"username": username, "password": password}),
                None,
            )
            .await;
        assert_eq!(
            reply.status,
            200,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
        reply.json()["access_token"]
            .as_str()
            .expect("token")
            .to_string()
    }
}

impl TestApp {
    /// Any request: JSON body and bearer token when given, plus extra headers.
    pub async fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        token: Option<&str>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let method = actix_web::http::Method::from_bytes(method.as_bytes()).expect("method");
        let mut request = self.server.request(method, self.server.url(path));
        if let Some(token) = token {
            request = request.insert_header(("authorization", format!("Bearer {token}")));
        }
        for (name, value) in headers {
            request = request.insert_header((*name, *value));
        }
        let mut response = match body {
            Some(body) => request
                .insert_header(("content-type", "application/json"))
                .send_body(body.to_string())
                .await
                .expect("sent"),
            None => request.send().await.expect("sent"),
        };
        Reply {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: response
                .body()
                .limit(16 * 1024 * 1024)
                .await
                .expect("body")
                .to_vec(),
        }
    }

    /// Creates a user through the API as `admin_token`, then logs in as them.
    pub async fn user_with_token(&self, admin_token: &str, username: &str, role: &str) -> String {
        let password = format!("{username}-long-password");
        let reply = self
            .post_json(
                "/v1/users",
                &serde_json::json!({"username": username, "password": password, "role": role}),
                Some(admin_token),
            )
            .await;
        assert_eq!(
            reply.status,
            201,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
        self.login(username, &password).await
    }
}
