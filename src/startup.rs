//! Builds the application state and the actix `App`, once for the server and the tests.

use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::body::MessageBody;
use actix_web::dev::{Server, Service, ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use tracing_actix_web::TracingLogger;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::{Config, SwaggerUi};

use crate::api;
use crate::auth::TokenKeys;
use crate::content::{Catalog, ContentSet};
use crate::db::{self, Pool, store};
use crate::metrics::Metrics;
use crate::snapshot::history::History;
use crate::snapshot::views::ReleaseInfo;
use crate::snapshot::{Snapshot, SnapshotHandle};

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub snapshot: SnapshotHandle,
    /// Generated once; served at `/openapi.json` and by the docs UI.
    pub openapi: utoipa::openapi::OpenApi,
    /// Past releases read with `?release=N`.
    pub history: Arc<History>,
    /// Signs and verifies access tokens.
    pub tokens: Arc<TokenKeys>,
    /// Serializes snapshot refreshes, so an older release can never replace a newer one.
    pub refresh: Arc<Mutex<()>>,
    /// Served at `/metrics`.
    pub metrics: Arc<Metrics>,
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
    let snapshot = load_latest(&mut conn)?;
    Ok(AppState {
        pool,
        snapshot: SnapshotHandle::new(snapshot),
        openapi: crate::openapi::document(),
        history: Arc::default(),
        tokens: Arc::new(tokens),
        refresh: Arc::default(),
        metrics: Arc::default(),
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

/// How often a server looks for releases published by someone else.
const REFRESH_INTERVAL: Duration = Duration::from_secs(5);

/// Polls for new releases in the background for the life of the process. A plain thread:
/// the check is blocking database work, and it must not depend on an async runtime being
/// around when the server is assembled.
fn spawn_refresher(state: AppState) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("release-refresh".into())
        .spawn(move || {
            loop {
                std::thread::sleep(REFRESH_INTERVAL);
                if let Err(e) = refresh_snapshot(&state) {
                    tracing::warn!(error = ?e, "release refresh failed");
                }
            }
        })?;
    Ok(())
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
    let set = store::load_release(conn, release.id)?;
    let catalog = Catalog::parse(&set)
        .map_err(|e| anyhow::anyhow!("release {} is invalid:\n{e}", release.id))?;
    Ok(Snapshot::build(
        ReleaseInfo {
            number: release.id,
            title: release.title.clone(),
            published_at: release.created_at_utc(),
        },
        &catalog,
    ))
}

/// The whole application: API routes, spec, docs UI, error shaping and request logs.
pub fn app(
    state: AppState,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let openapi = state.openapi.clone();
    let metrics = Arc::clone(&state.metrics);
    App::new()
        .into_utoipa_app()
        .configure(api::configure)
        .into_app()
        .app_data(web::Data::new(state))
        .service(
            SwaggerUi::new("/docs/{_:.*}")
                .url("/openapi.json", openapi)
                .config(Config::new(["/openapi.json"]).validator_url("none")),
        )
        .service(web::redirect("/docs", "/docs/"))
        .default_service(web::to(api::not_found))
        .wrap(api::problem::problem_safety_net())
        // Outside the safety net, so the status counted is the one the client gets.
        .wrap_fn(move |req, srv| {
            let metrics = Arc::clone(&metrics);
            // Cheap on the hot path: standard methods clone without allocating.
            let method = req.method().clone();
            let start = Instant::now();
            let call = srv.call(req);
            async move {
                let res = call.await?;
                let route = res.request().match_pattern();
                metrics.observe(
                    method.as_str(),
                    route.as_deref().unwrap_or("unmatched"),
                    res.status().as_str(),
                    start.elapsed(),
                );
                Ok(res)
            }
        })
        .wrap(TracingLogger::default())
}

pub fn run(
    listener: TcpListener,
    state: AppState,
    workers: Option<usize>,
) -> anyhow::Result<Server> {
    spawn_refresher(state.clone())?;
    let mut server = HttpServer::new(move || app(state.clone())).listen(listener)?;
    if let Some(workers) = workers {
        server = server.workers(workers);
    }
    Ok(server.run())
}
