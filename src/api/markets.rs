//! Market profiles: the list and one market's full guidance.

use actix_web::{HttpRequest, HttpResponse, get, web};

use super::caching;
use super::locale::negotiate;
use super::params::{LangQuery, MarketCode, MarketListQuery};
use super::pinning::{ReleaseQuery, snapshot_at};
use super::problem::{ApiError, Problem};
use super::response_cache;
use crate::snapshot::views::{MarketList, MarketProfile};
use crate::state::AppState;

/// List markets
///
/// Summaries of every market, optionally filtered by region, channel, payment method and
/// marketplace (filters combine). Text is in the
/// negotiated locale, named in `Content-Language`.
#[utoipa::path(
    operation_id = "listMarkets",
    tag = "markets",
    params(
        ReleaseQuery,
        MarketListQuery,
        ("Accept-Language" = Option<String>, Header, description = "Preferred locales with q-weights; used when `lang` is absent.", example = "zh-CN,zh;q=0.9,en;q=0.8"),
        ("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier response; 304 when unchanged."),
    ),
    responses(
        (status = 200, description = "The markets", body = MarketList,
            headers(("Content-Language" = String, description = "Locale of the text"), ("ETag" = String, description = "Entity tag of the unfiltered list"))),
        (status = 304, description = "Not modified since the given ETag"),
        (status = 400, description = "Bad region, channel, payment, marketplace or language tag", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such release", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/markets")]
pub async fn list_markets(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    query: web::Query<MarketListQuery>,
) -> Result<HttpResponse, ApiError> {
    let (snapshot, pinned) = snapshot_at(&state, pin.release).await?;
    let locale = negotiate(&req, query.lang.as_deref(), &snapshot.locales)?;
    if let Some(channel) = query
        .channel
        .as_ref()
        .filter(|c| !snapshot.channel_ids.contains(*c))
    {
        return Err(ApiError::invalid(
            "channel",
            format!("unknown channel `{channel}` (see GET /v1/channels)"),
        ));
    }
    if let Some(payment) = query
        .payment
        .as_ref()
        .filter(|p| !snapshot.payment_ids.contains(*p))
    {
        return Err(ApiError::invalid(
            "payment",
            format!("unknown payment method `{payment}` (see GET /v1/payments)"),
        ));
    }
    if let Some(marketplace) = query
        .marketplace
        .as_ref()
        .filter(|m| !snapshot.marketplace_ids.contains(*m))
    {
        return Err(ApiError::invalid(
            "marketplace",
            format!("unknown marketplace `{marketplace}` (see GET /v1/marketplaces)"),
        ));
    }
    let region = query.region()?;
    if region.is_none()
        && query.channel.is_none()
        && query.payment.is_none()
        && query.marketplace.is_none()
    {
        return Ok(caching::respond(
            &snapshot,
            snapshot.market_list(&locale),
            &locale,
            pinned,
        ));
    }
    // Both lists are ordered by market code, so they zip item by item.
    let items = snapshot
        .market_summaries(&locale)
        .iter()
        .zip(&snapshot.markets)
        .filter(|(_, index)| region.is_none_or(|r| index.region == r))
        .filter(|(_, index)| {
            query
                .channel
                .as_ref()
                .is_none_or(|c| index.channels.contains(c))
        })
        .filter(|(_, index)| {
            query
                .payment
                .as_ref()
                .is_none_or(|p| index.payments.contains(p))
        })
        .filter(|(_, index)| {
            query
                .marketplace
                .as_ref()
                .is_none_or(|m| index.marketplaces.contains(m))
        })
        .map(|(summary, _)| summary.clone())
        .collect();
    let mut response = caching::respond_json(
        &locale,
        &MarketList {
            release: snapshot.release.number,
            locale: locale.to_string(),
            items,
        },
        pinned,
    );
    response_cache::mark(&mut response, &snapshot, pinned);
    Ok(response)
}

/// Get a market profile
///
/// Channels ranked, holidays and shopping peaks, business etiquette and taboos for one
/// market, and its commerce facts (payments, marketplaces, import rules for a parcel from
/// abroad, delivery, returns), each dated (`as_of`, `review_by`) and sourced, with text in the negotiated locale (`?lang=`, then `Accept-Language`, falling back
/// to `en-US`).
#[utoipa::path(
    operation_id = "getMarket",
    tag = "markets",
    params(
        ReleaseQuery,
        ("code" = String, Path, pattern = r"^[A-Za-z]{2}$", description = "ISO 3166-1 alpha-2 market code (case-insensitive)", example = "JP"),
        LangQuery,
        ("Accept-Language" = Option<String>, Header, description = "Preferred locales with q-weights; used when `lang` is absent.", example = "de-DE,de;q=0.9"),
        ("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier response; 304 when unchanged."),
    ),
    responses(
        (status = 200, description = "The market's profile", body = MarketProfile,
            headers(("Content-Language" = String, description = "Locale of the text"), ("ETag" = String, description = "Entity tag of this representation"))),
        (status = 304, description = "Not modified since the given ETag"),
        (status = 400, description = "Malformed market code or language tag", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such market", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/markets/{code}")]
pub async fn get_market(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    code: web::Path<String>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, ApiError> {
    let code = MarketCode::parse(&code)?;
    let (snapshot, pinned) = snapshot_at(&state, pin.release).await?;
    let locale = negotiate(&req, query.lang.as_deref(), &snapshot.locales)?;
    let profile = snapshot
        .profile(&locale, code.as_str())
        .ok_or_else(|| ApiError::MarketNotFound(code.as_str().to_string()))?;
    Ok(caching::respond(&snapshot, profile, &locale, pinned))
}
