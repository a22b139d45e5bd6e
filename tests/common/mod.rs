//! Shared test setup: the real application on a fresh database per test.

#![allow(dead_code)]

use actix_test::TestServer;
use marketguide::content::ContentSet;
use marketguide::startup::{self, AppState};
use serde_json::Value;
use tempfile::TempDir;

pub struct TestApp {
    pub server: TestServer,
    pub state: AppState,
    pub db_url: String,
    _dir: TempDir,
}

/// Starts the app on a new SQLite file seeded with the built-in content.
pub fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let db_url = dir
        .path()
        .join("test.sqlite3")
        .to_string_lossy()
        .into_owned();
    let state = startup::prepare(&db_url, &ContentSet::seed().expect("seed")).expect("prepare");
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
