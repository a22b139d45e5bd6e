//! Builds the application (actix `App` behind the response cache) from the application
//! state, once for the server and the tests.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_http::{Request, Response};
use actix_web::body::BoxBody;
use actix_web::dev::{AppConfig, Server, Service, ServiceFactory};
use actix_web::{App, HttpServer, web};
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::{Config, SwaggerUi};

use crate::affinity::{PinWorkers, Pinning};
use crate::api;
use crate::state::{AppState, refresh_snapshot};

/// SQLite nodes sharing one file look for a newer release this often (one indexed read), so
/// a release approved on one is served by the others within about a quarter second.
const SQLITE_POLL: Duration = Duration::from_millis(250);
/// On PostgreSQL, NOTIFY brings releases at once; this poll only covers lost notifications.
#[cfg(feature = "postgres")]
const FALLBACK_POLL: Duration = Duration::from_secs(5);

/// Follows releases published by someone else (another node, the CLI) for the life of the
/// process. Plain threads: the checks are blocking database work, and they must not depend
/// on an async runtime being around when the server is assembled.
pub fn spawn_refresher(state: AppState) -> std::io::Result<()> {
    let refresh = |state: &AppState| {
        if let Err(e) = refresh_snapshot(state) {
            tracing::warn!(error = ?e, "release refresh failed");
        }
    };
    let poll = match &state.database {
        #[cfg(feature = "postgres")]
        crate::db::DatabaseUrl::Postgres(url) => {
            let (url, listening) = (url.clone(), state.clone());
            std::thread::Builder::new()
                .name("release-listen".into())
                .spawn(move || {
                    crate::db::notify::listen(&url, |announced| {
                        let serving = listening.snapshot.load().release.number;
                        // `None`: just (re)connected, announcements may have been missed.
                        if announced.is_none_or(|n| n > serving) {
                            refresh(&listening);
                        }
                    })
                })?;
            FALLBACK_POLL
        }
        _ => SQLITE_POLL,
    };
    std::thread::Builder::new()
        .name("release-refresh".into())
        .spawn(move || {
            loop {
                std::thread::sleep(poll);
                refresh(&state);
            }
        })?;
    Ok(())
}

/// The whole application: API routes, spec, docs UI, error shaping and request logs.
pub fn app(
    state: AppState,
) -> impl ServiceFactory<
    Request,
    Config = AppConfig,
    Response = Response<BoxBody>,
    Error = actix_web::Error,
    InitError = (),
> {
    let openapi = state.openapi.clone();
    let metrics = Arc::clone(&state.metrics);
    let cors = api::cors::middleware(&state.cors_origins);
    let response_cache = state.response_cache.clone();
    let app = App::new()
        .into_utoipa_app()
        .configure(api::configure)
        .into_app()
        .app_data(web::Data::new(state))
        .service(
            SwaggerUi::new("/docs/{_:.*}")
                .external_url_unchecked("/openapi.json", openapi)
                .config(Config::new(["/openapi.json"]).validator_url("none")),
        )
        .service(web::redirect("/docs", "/docs/"))
        .configure(crate::console::routes)
        .default_service(web::to(api::not_found))
        .wrap(api::problem::problem_safety_net())
        .wrap(actix_web::middleware::from_fn(api::delivery::deliver))
        // Outside the safety net, so the status counted and logged is the one the client
        // gets.
        .wrap_fn(move |req, srv| {
            let metrics = Arc::clone(&metrics);
            // Cheap on the hot path: standard methods clone without allocating.
            let method = req.method().clone();
            let start = Instant::now();
            let call = srv.call(req);
            async move {
                let res = call.await?;
                let route = res.request().match_pattern();
                let elapsed = start.elapsed();
                let status = res.status();
                metrics.observe(
                    method.as_str(),
                    route.as_deref().unwrap_or("unmatched"),
                    status.as_str(),
                    elapsed,
                );
                api::access::log(&method, res.request().path(), status, elapsed);
                Ok(res)
            }
        })
        // Around routing: preflights are answered before it, and every answer (errors too)
        // carries the CORS headers a browser needs to read it.
        .wrap(cors);
    // In front of everything: a kept answer is the finished one, CORS headers included.
    response_cache.around(app)
}

pub fn run(
    listener: TcpListener,
    state: AppState,
    workers: Option<usize>,
    pin: PinWorkers,
) -> anyhow::Result<Server> {
    spawn_refresher(state.clone())?;
    crate::webhooks::worker::spawn(state.pool.clone(), state.webhooks.clone())?;
    // actix's own default, stated so the pinning plan counts the same workers.
    let workers = workers
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1);
    let pinning = Pinning::plan(pin, workers);
    tracing::info!(workers, pinned = pinning.is_some(), "starting workers");
    // The factory runs on each worker's thread as it starts.
    let server = HttpServer::new(move || {
        if let Some(pinning) = &pinning {
            pinning.pin_this_thread();
        }
        app(state.clone())
    })
    .workers(workers)
    .on_connect(no_delay)
    .listen(listener)?;
    Ok(server.run())
}

/// Answers leave at once, as nginx sends them on kept-alive connections: with Nagle's
/// algorithm on, an answer written while the previous one is not yet acknowledged waits for
/// the client's delayed ACK.
fn no_delay(connection: &dyn std::any::Any, _: &mut actix_web::dev::Extensions) {
    if let Some(tcp) = connection.downcast_ref::<actix_web::rt::net::TcpStream>() {
        let _ = tcp.set_nodelay(true);
    }
}
