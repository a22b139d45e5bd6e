//! The payment method and marketplace registries.

use actix_web::{HttpRequest, HttpResponse, get, web};

use super::caching;
use super::locale::negotiate;
use super::params::LangQuery;
use super::pinning::{ReleaseQuery, snapshot_at};
use super::problem::{ApiError, Problem};
use crate::snapshot::commerce::{MarketplaceList, PaymentList};
use crate::state::AppState;

/// List payment methods
///
/// Every payment method a market may rank (cards, wallets, instant transfers such as Pix or
/// UPI, buy now pay later, cash vouchers, cash on delivery), with its localized name and the
/// markets that use it.
#[utoipa::path(
    operation_id = "listPayments",
    tag = "commerce",
    params(
        ReleaseQuery,
        LangQuery,
        ("Accept-Language" = Option<String>, Header, description = "Preferred locales with q-weights; used when `lang` is absent."),
        ("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier response; 304 when unchanged."),
    ),
    responses(
        (status = 200, description = "The payment method registry", body = PaymentList,
            headers(("Content-Language" = String, description = "Locale of the text"), ("ETag" = String, description = "Entity tag of this representation"))),
        (status = 304, description = "Not modified since the given ETag"),
        (status = 400, description = "Malformed language tag", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such release", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/payments")]
pub async fn list_payments(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, ApiError> {
    let (snapshot, pinned) = snapshot_at(&state, pin.release).await?;
    let locale = negotiate(&req, query.lang.as_deref(), &snapshot.locales)?;
    Ok(caching::respond(
        &snapshot,
        snapshot.payments(&locale),
        &locale,
        pinned,
    ))
}

/// List marketplaces
///
/// Every marketplace a market may rank, with its localized name, the platform's published
/// rules for messaging buyers where it has them, and the markets where buyers use it.
#[utoipa::path(
    operation_id = "listMarketplaces",
    tag = "commerce",
    params(
        ReleaseQuery,
        LangQuery,
        ("Accept-Language" = Option<String>, Header, description = "Preferred locales with q-weights; used when `lang` is absent."),
        ("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier response; 304 when unchanged."),
    ),
    responses(
        (status = 200, description = "The marketplace registry", body = MarketplaceList,
            headers(("Content-Language" = String, description = "Locale of the text"), ("ETag" = String, description = "Entity tag of this representation"))),
        (status = 304, description = "Not modified since the given ETag"),
        (status = 400, description = "Malformed language tag", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such release", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/marketplaces")]
pub async fn list_marketplaces(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, ApiError> {
    let (snapshot, pinned) = snapshot_at(&state, pin.release).await?;
    let locale = negotiate(&req, query.lang.as_deref(), &snapshot.locales)?;
    Ok(caching::respond(
        &snapshot,
        snapshot.marketplaces(&locale),
        &locale,
        pinned,
    ))
}
