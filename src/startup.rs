//! Builds the actix `App` from the application state, once for the server and the tests.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_web::body::MessageBody;
use actix_web::dev::{Server, Service, ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::{App, HttpServer, web};
use tracing_actix_web::TracingLogger;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::{Config, SwaggerUi};

use crate::api;
use crate::state::{AppState, refresh_snapshot};

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
