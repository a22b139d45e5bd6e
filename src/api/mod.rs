//! The HTTP API. [`configure`] is the single route table used by the server, the tests and
//! the OpenAPI generator, so the spec cannot list what the server does not serve.

pub mod accounts;
pub mod audit;
pub mod blocking;
pub mod caching;
pub mod changesets;
pub mod channels;
pub mod documents;
pub mod guidance;
pub mod health;
pub mod holidays;
pub mod locale;
pub mod markets;
pub mod params;
pub mod phrases;
pub mod pinning;
pub mod problem;
pub mod releases;

use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use utoipa_actix_web::{scope, service_config::ServiceConfig};

use problem::ApiError;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.app_data(
        web::QueryConfig::default()
            .error_handler(|err, _| ApiError::invalid("query", err.to_string()).into()),
    )
    .app_data(
        web::PathConfig::default()
            .error_handler(|err, _| ApiError::invalid("path", err.to_string()).into()),
    )
    // serde_json's messages carry line and column ("... at line 3 column 7").
    .app_data(
        web::JsonConfig::default()
            .limit(64 * 1024)
            .error_handler(|err, _| ApiError::invalid("body", err.to_string()).into()),
    )
    // Only byte bodies use this: the import upload, which can carry a whole `locales/` folder.
    .app_data(web::PayloadConfig::default().limit(changesets::proposals::MAX_IMPORT_BYTES))
    .service(health::healthz)
    .service(health::readyz)
    .service(health::metrics)
    .service(
        scope::scope("/v1")
            .service(markets::list_markets)
            .service(markets::get_market)
            .service(holidays::market_holidays)
            .service(holidays::merged_calendar)
            .service(channels::list_channels)
            .service(phrases::list_phrase_sets)
            .service(phrases::get_phrase_pack)
            .service(phrases::render_phrases)
            .service(releases::list_releases)
            .service(releases::get_release)
            .service(accounts::create_token)
            .service(accounts::create_user)
            .service(accounts::list_users)
            .service(changesets::read::create_changeset)
            .service(changesets::read::list_changesets)
            .service(changesets::proposals::create_revert)
            .service(changesets::proposals::import_changeset)
            .service(changesets::read::get_changeset)
            .service(changesets::read::update_changeset)
            .service(changesets::edits::put_edit)
            .service(changesets::edits::delete_edit)
            .service(changesets::edits::changeset_diff)
            .service(changesets::review::submit_changeset)
            .service(changesets::review::withdraw_changeset)
            .service(changesets::review::approve_changeset)
            .service(changesets::review::request_changes)
            .service(changesets::review::reject_changeset)
            .service(documents::list_documents)
            .service(documents::get_document)
            .service(documents::get_revision)
            .service(documents::diff_revision)
            .service(audit::list_audit)
            .service(guidance::contact_window::contact_window)
            .service(guidance::contact_window::contact_windows)
            .service(guidance::lint::lint_message)
            .service(guidance::compose::compose_reply),
    );
}

/// Every unmatched route gets a 404 problem, never an HTML page.
pub async fn not_found(req: HttpRequest) -> HttpResponse {
    ApiError::RouteNotFound(req.path().to_string()).error_response()
}
