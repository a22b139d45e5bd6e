//! The application state every handler reads: the database pool, the snapshot being served,
//! past releases, token keys and the login guards. Built once by [`prepare`]; `startup`
//! wires it into the server, and the API depends only on this module, never on `startup`.

use std::sync::{Arc, Mutex};

use anyhow::Context;

use crate::api::cors::CorsOrigins;
use crate::api::response_cache::{self, ResponseCache};
use crate::auth::TokenKeys;
use crate::auth::client_address::ClientAddress;
use crate::auth::hashing::HashPool;
use crate::auth::throttle::{Limits, LoginThrottle};
use crate::content::{Catalog, ContentSet};
use crate::db::{self, Pool, store};
use crate::metrics::Metrics;
use crate::snapshot::history::History;
use crate::snapshot::views::ReleaseInfo;
use crate::snapshot::{Snapshot, SnapshotHandle};

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    /// Which database, for what only one backend has (PostgreSQL's NOTIFY).
    pub database: db::DatabaseUrl,
    pub snapshot: SnapshotHandle,
    /// Generated once; served at `/openapi.json` and by the docs UI.
    pub openapi: serde_json::Value,
    /// Past releases read with `?release=N`.
    pub history: Arc<History>,
    /// Signs and verifies access tokens.
    pub tokens: Arc<TokenKeys>,
    /// Serializes snapshot refreshes, so an older release can never replace a newer one.
    pub refresh: Arc<Mutex<()>>,
    /// Served at `/metrics`.
    pub metrics: Arc<Metrics>,
    /// Finished answers to repeated public reads.
    pub response_cache: ResponseCache,
    /// Failed-login limits per account and client address.
    pub throttle: Arc<LoginThrottle>,
    /// The only threads that hash passwords.
    pub hashing: Arc<HashPool>,
    /// Where a request's client address comes from (the peer, or a trusted proxy header).
    pub client_address: ClientAddress,
    /// Origins allowed the write path from a browser (reads are open to all).
    pub cors_origins: CorsOrigins,
    /// Console cookies are `Secure` even without TLS seen here (TLS ends before this node).
    pub secure_cookies: bool,
    /// How webhooks are checked and sent.
    pub webhooks: crate::webhooks::Settings,
}

impl AppState {
    /// Takes client addresses from a header set by the operator's proxy.
    pub fn with_client_address(mut self, client_address: ClientAddress) -> Self {
        self.client_address = client_address;
        self
    }

    /// Lets these browser origins use the write path too.
    pub fn with_cors_origins(mut self, origins: CorsOrigins) -> Self {
        self.cors_origins = origins;
        self
    }

    /// Marks console cookies `Secure` whatever the request looks like.
    pub fn with_secure_cookies(mut self, secure: bool) -> Self {
        self.secure_cookies = secure;
        self
    }

    /// Other webhook settings (private destinations allowed, quicker retries in tests).
    pub fn with_webhooks(mut self, settings: crate::webhooks::Settings) -> Self {
        self.webhooks = settings;
        self
    }

    /// Other login limits (tests use small ones).
    pub fn with_login_limits(mut self, limits: Limits) -> Self {
        self.throttle = Arc::new(LoginThrottle::new(limits));
        self
    }
}

/// Opens and migrates the database, imports `seed` as release 1 when it has no release yet,
/// and loads the latest release into memory.
pub fn prepare(
    database_url: &str,
    seed: &ContentSet,
    tokens: TokenKeys,
) -> anyhow::Result<AppState> {
    let pool = db::connect(database_url, 8)
        .with_context(|| format!("opening the database at {database_url}"))?;
    let mut conn = pool.get()?;
    // Validate before writing, so a broken seed never becomes release 1.
    Catalog::parse(seed).map_err(|e| anyhow::anyhow!("the seed content is invalid:\n{e}"))?;
    if let Some(release) = store::seed_if_empty(&mut conn, seed)? {
        tracing::info!(
            release,
            documents = seed.documents.len(),
            "imported the seed content"
        );
    }
    let snapshot = SnapshotHandle::new(load_latest(&mut conn)?);
    let metrics = Arc::new(Metrics::new());
    Ok(AppState {
        pool,
        database: db::DatabaseUrl::parse(database_url)?,
        response_cache: ResponseCache::new(
            snapshot.clone(),
            Arc::clone(&metrics),
            response_cache::DEFAULT_BUDGET_BYTES,
        ),
        snapshot,
        openapi: crate::openapi::document(),
        history: Arc::default(),
        tokens: Arc::new(tokens),
        refresh: Arc::default(),
        metrics,
        throttle: Arc::new(LoginThrottle::new(Limits::default())),
        hashing: Arc::new(HashPool::for_this_machine()),
        client_address: ClientAddress::default(),
        cors_origins: CorsOrigins::default(),
        secure_cookies: false,
        webhooks: crate::webhooks::Settings::default(),
    })
}

/// Swaps in the latest release if it is newer than the one being served. Called after an
/// approval, and periodically for releases published elsewhere (the CLI, another node).
/// Readers keep the old snapshot until the new one is complete: never half a release.
pub fn refresh_snapshot(state: &AppState) -> anyhow::Result<bool> {
    let _one_at_a_time = state.refresh.lock().unwrap_or_else(|e| e.into_inner());
    let mut conn = state.pool.get()?;
    let Some(latest) = store::latest_release(&mut conn)? else {
        return Ok(false);
    };
    if latest.id <= state.snapshot.load().release.number {
        return Ok(false);
    }
    let number = latest.id;
    let snapshot = load_release(&mut conn, latest)?;
    state.snapshot.replace(snapshot);
    tracing::info!(release = number, "now serving release");
    Ok(true)
}

/// Builds the snapshot of the newest release.
pub fn load_latest(conn: &mut db::DbConnection) -> anyhow::Result<Snapshot> {
    let release = store::latest_release(conn)?.context("the database holds no release")?;
    load_release(conn, release)
}

/// Builds the snapshot of `release`.
pub fn load_release(
    conn: &mut db::DbConnection,
    release: store::Release,
) -> anyhow::Result<Snapshot> {
    load_release_sized(conn, release).map(|(snapshot, _)| snapshot)
}

/// [`load_release`], and the bytes of the release's source text (to weigh it in a cache).
pub fn load_release_sized(
    conn: &mut db::DbConnection,
    release: store::Release,
) -> anyhow::Result<(Snapshot, usize)> {
    let set = store::load_release(conn, release.id)?;
    let source = set.documents.values().map(String::len).sum();
    let catalog = Catalog::parse(&set)
        .map_err(|e| anyhow::anyhow!("release {} is invalid:\n{e}", release.id))?;
    let snapshot = Snapshot::build(
        ReleaseInfo {
            number: release.id,
            title: release.title.clone(),
            published_at: release.created_at_utc(),
        },
        &catalog,
    );
    Ok((snapshot, source))
}
