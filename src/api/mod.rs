//! The HTTP API. [`configure`] is the single route table used by the server, the tests and
//! the OpenAPI generator, so the spec cannot list what the server does not serve.

pub mod access;
pub mod accounts;
pub mod audit;
pub mod blocking;
pub mod caching;
pub mod changesets;
pub mod channels;
pub mod commerce;
pub mod cors;
pub mod delivery;
pub mod documents;
pub mod guidance;
pub mod health;
pub mod holidays;
pub mod limits;
pub mod locale;
pub mod markets;
pub mod params;
pub mod phrases;
pub mod pinning;
pub mod problem;
pub mod releases;
pub mod response_cache;
pub mod webhooks;

use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use utoipa_actix_web::{scope, service_config::ServiceConfig};

use problem::ApiError;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.app_data(
        web::QueryConfig::default()
            .error_handler(|err, _| ApiError::invalid("query", err.to_string()).into()),
    )
    .app_data(web::PathConfig::default().error_handler(|err, req| {
        shadowed(req)
            .unwrap_or_else(|| ApiError::invalid("path", err.to_string()))
            .into()
    }))
    // serde_json's messages carry line and column ("... at line 3 column 7").
    .app_data(
        web::JsonConfig::default()
            .limit(limits::JSON_BODY_BYTES)
            .error_handler(|err, _| json_error(err, limits::JSON_BODY_BYTES).into()),
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
            .service(holidays::market_holidays_ics)
            .service(holidays::merged_calendar)
            .service(holidays::merged_calendar_ics)
            .service(channels::list_channels)
            .service(commerce::list_payments)
            .service(commerce::list_marketplaces)
            .service(phrases::list_phrase_sets)
            // Before the JSON pack, whose `{locale}` would also match `ja-JP.ftl`.
            .service(phrases::get_phrase_pack_source)
            .service(phrases::get_phrase_pack)
            .service(phrases::render_phrases)
            .service(releases::list_releases)
            .service(releases::get_release)
            .service(accounts::create_token)
            .service(accounts::create_user)
            .service(accounts::list_users)
            .service(accounts::get_user)
            .service(accounts::update_user)
            .service(accounts::set_password)
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
            .service(webhooks::create_webhook)
            .service(webhooks::list_webhooks)
            .service(webhooks::get_webhook)
            .service(webhooks::delete_webhook)
            .service(webhooks::list_deliveries)
            .service(webhooks::redeliver)
            .service(guidance::contact_window::contact_window)
            .service(guidance::contact_window::contact_windows)
            .service(guidance::lint::lint_message)
            .service(guidance::compose::compose_reply),
    );
}

/// A body that is too large is 413 naming the limit; anything else about it is 400.
pub fn json_error(err: actix_web::error::JsonPayloadError, limit: usize) -> ApiError {
    use actix_web::error::JsonPayloadError;
    match err {
        JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
            ApiError::PayloadTooLarge { limit }
        }
        other => ApiError::invalid("body", other.to_string()),
    }
}

/// A request a templated route caught although a more specific path exists without its
/// method (`PATCH /v1/changesets/import` reaching `/v1/changesets/{number}`): 405 with the
/// specific path's `Allow`, as the document promises, not a 400 about the template.
pub fn shadowed(req: &HttpRequest) -> Option<ApiError> {
    let allowed = allowed_methods(req.path());
    (!allowed.is_empty() && !allowed.contains(&req.method().as_str())).then(|| {
        ApiError::MethodNotAllowed {
            path: req.path().to_string(),
            method: req.method().to_string(),
            allow: allowed.join(", "),
        }
    })
}

/// Every unmatched request gets a problem, never an HTML page: 405 with `Allow` when the path
/// exists with other methods, else 404.
pub async fn not_found(req: HttpRequest) -> HttpResponse {
    let allowed = allowed_methods(req.path());
    if allowed.is_empty() {
        return ApiError::RouteNotFound(req.path().to_string()).error_response();
    }
    ApiError::MethodNotAllowed {
        path: req.path().to_string(),
        method: req.method().to_string(),
        allow: allowed.join(", "),
    }
    .error_response()
}

/// The methods the route table serves at `path`, read from the OpenAPI document (which is
/// generated from that table, so the two cannot disagree). As in OpenAPI, the most specific
/// path wins: `/v1/phrase-sets/{set}/render` over `/v1/phrase-sets/{set}/{locale}`.
fn allowed_methods(path: &str) -> Vec<&'static str> {
    use actix_web::dev::ResourceDef;
    use std::sync::OnceLock;
    static ROUTES: OnceLock<Vec<(ResourceDef, Vec<&'static str>)>> = OnceLock::new();
    let routes = ROUTES.get_or_init(|| {
        let spec = crate::openapi::document();
        let paths = spec["paths"].as_object().cloned().unwrap_or_default();
        paths
            .into_iter()
            .map(|(pattern, item)| {
                let methods = ["GET", "PUT", "POST", "DELETE", "PATCH"]
                    .into_iter()
                    .filter(|m| item.get(m.to_ascii_lowercase()).is_some())
                    .collect();
                (ResourceDef::new(pattern.as_str()), methods)
            })
            .collect()
    });
    let matching: Vec<&(ResourceDef, Vec<&'static str>)> = routes
        .iter()
        .filter(|(def, _)| def.is_match(path))
        .collect();
    let fewest = matching
        .iter()
        .map(|(def, _)| def.pattern().unwrap_or("").matches('{').count())
        .min();
    let mut allowed: Vec<&'static str> = matching
        .iter()
        .filter(|(def, _)| Some(def.pattern().unwrap_or("").matches('{').count()) == fewest)
        .flat_map(|(_, methods)| methods.iter().copied())
        .collect();
    allowed.sort_unstable();
    allowed.dedup();
    allowed
}
