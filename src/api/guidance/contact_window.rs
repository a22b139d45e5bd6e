//! `GET /v1/markets/{code}/contact-window` and the batch `GET /v1/contact-windows`.

use actix_web::{HttpRequest, HttpResponse, get, web};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::api::caching;
use crate::api::locale::negotiate;
use crate::api::params::MarketCode;
use crate::api::pinning::{ReleaseQuery, snapshot_at};
use crate::api::problem::{ApiError, Problem};
use crate::api::response_cache;
use crate::guidance::contact_window::{ContactUse, ContactWindow, WindowRequest, compute};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ContactWindowQuery {
    /// The instant to answer for (RFC 3339); default now.
    #[param(format = DateTime, example = "2026-05-01T10:00:00+09:00")]
    pub at: Option<String>,
    /// The buyer's IANA time zone; default the market's business-hours zone.
    #[param(
        pattern = r"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}$",
        example = "America/Los_Angeles"
    )]
    pub tz: Option<String>,
    /// `pre-sale` (default), `after-sale` or `marketing` (which honours quiet hours).
    #[serde(rename = "use")]
    #[param(rename = "use", value_type = Option<ContactUse>)]
    pub contact_use: Option<String>,
    /// Locale of the notes (BCP 47). Overrides `Accept-Language`.
    #[param(pattern = "{bcp47-list}")]
    pub lang: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ContactWindowsQuery {
    /// Market codes (ISO 3166-1 alpha-2), comma-separated.
    #[param(pattern = r"^[A-Za-z]{2}(,[A-Za-z]{2})*$", example = "JP,US,DE")]
    pub markets: String,
    /// The instant to answer for (RFC 3339); default now.
    #[param(format = DateTime)]
    pub at: Option<String>,
    /// `pre-sale` (default), `after-sale` or `marketing`.
    #[serde(rename = "use")]
    #[param(rename = "use", value_type = Option<ContactUse>)]
    pub contact_use: Option<String>,
    /// Locale of the notes (BCP 47). Overrides `Accept-Language`.
    #[param(pattern = "{bcp47-list}")]
    pub lang: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContactWindowList {
    pub release: i64,
    pub at: DateTime<Utc>,
    /// One per market asked for, in the order asked; each in the market's own zone.
    pub items: Vec<ContactWindow>,
}

/// When to contact a buyer in a market
///
/// Whether the market is reachable at `at` in the buyer's zone, why not (weekend, outside
/// hours, break, a closing holiday), the current or next open window (DST-correct), when a
/// first reply is expected and the channel to use. Business days are the market's
/// `business_hours.days` minus holidays that close business, plus make-up working days;
/// breaks split the day; seasonal hours (Ramadan) replace the usual ones while their holiday
/// lasts. `reply_expected_by` counts the market's `reply_within_hours` in business time:
/// only open spans count, from `at` (or the next opening). `use=marketing` follows the
/// market's quiet hours (US TCPA: 8:00-21:00 local) instead of office hours where it has them.
#[utoipa::path(
    operation_id = "getContactWindow",
    tag = "guidance",
    params(
        ReleaseQuery,
        ("code" = String, Path, pattern = r"^[A-Za-z]{2}$", description = "ISO 3166-1 alpha-2 market code", example = "JP"),
        ContactWindowQuery,
        ("Accept-Language" = Option<String>, Header, description = "Locale of the notes when `lang` is absent."),
    ),
    responses(
        (status = 200, description = "The contact window", body = ContactWindow, example = json!({
            "market": "JP", "release": 1, "at": "2026-05-01T01:00:00Z", "time_zone": "Asia/Tokyo",
            "local_time": "2026-05-01T10:00:00+09:00", "open": false, "reason": "holiday",
            "holiday": {"id": "golden-week", "name": "Golden Week", "kind": "observance", "start": "2026-04-29", "end": "2026-05-05"},
            "window": {"start": "2026-05-07T09:00:00+09:00", "end": "2026-05-07T12:00:00+09:00"},
            "reply_expected_by": "2026-05-11T18:00:00+09:00", "channel": "line",
            "notes": ["Offices are closed for a holiday. The next window opens 2026-05-07 09:00 (UTC+09:00)."]
        })),
        (status = 400, description = "Bad `at`, `tz`, `use`, market code or language tag", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such market or release", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/markets/{code}/contact-window")]
pub async fn contact_window(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    code: web::Path<String>,
    query: web::Query<ContactWindowQuery>,
) -> Result<HttpResponse, ApiError> {
    let code = MarketCode::parse(&code)?;
    let (snapshot, pinned) = snapshot_at(&state, pin.release).await?;
    let market = snapshot
        .market_defs
        .get(code.as_str())
        .ok_or_else(|| ApiError::MarketNotFound(code.as_str().to_string()))?;
    let request = WindowRequest {
        at: at(query.at.as_deref())?,
        tz: query.tz.as_deref().map(zone).transpose()?,
        contact_use: contact_use(query.contact_use.as_deref())?,
        locale: negotiate(&req, query.lang.as_deref(), &snapshot.locales)?,
    };
    let window = compute(&snapshot, market, &request);
    let mut response =
        caching::respond_json(&request.locale, &window, pinned && query.at.is_some());
    // Without `at` the answer is about now, which moves.
    if query.at.is_some() {
        response_cache::mark(&mut response, &snapshot, pinned);
    }
    Ok(response)
}

/// Contact windows of several markets
///
/// The same answer as `GET /v1/markets/{code}/contact-window` for each market, each in its own
/// business-hours zone: a dashboard of who can be reached now.
#[utoipa::path(
    operation_id = "listContactWindows",
    tag = "guidance",
    params(
        ReleaseQuery,
        ContactWindowsQuery,
        ("Accept-Language" = Option<String>, Header, description = "Locale of the notes when `lang` is absent."),
    ),
    responses(
        (status = 200, description = "One window per market", body = ContactWindowList),
        (status = 400, description = "Bad market list, `at`, `use` or language tag", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "A market or release that does not exist", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/contact-windows")]
pub async fn contact_windows(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    query: web::Query<ContactWindowsQuery>,
) -> Result<HttpResponse, ApiError> {
    let (snapshot, pinned) = snapshot_at(&state, pin.release).await?;
    let mut markets = Vec::new();
    for raw in query
        .markets
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let code = MarketCode::parse(raw).map_err(|_| {
            ApiError::invalid(
                "markets",
                format!("`{raw}` is not a market code (two letters)"),
            )
        })?;
        let market = snapshot
            .market_defs
            .get(code.as_str())
            .ok_or_else(|| ApiError::MarketNotFound(code.as_str().to_string()))?;
        if !markets
            .iter()
            .any(|m: &&crate::content::model::MarketDef| m.code == market.code)
        {
            markets.push(market);
        }
    }
    if markets.is_empty() {
        return Err(ApiError::invalid("markets", "no market code given"));
    }
    let request = WindowRequest {
        at: at(query.at.as_deref())?,
        tz: None,
        contact_use: contact_use(query.contact_use.as_deref())?,
        locale: negotiate(&req, query.lang.as_deref(), &snapshot.locales)?,
    };
    let items = markets
        .into_iter()
        .map(|m| compute(&snapshot, m, &request))
        .collect();
    let mut response = caching::respond_json(
        &request.locale,
        &ContactWindowList {
            release: snapshot.release.number,
            at: request.at,
            items,
        },
        pinned && query.at.is_some(),
    );
    if query.at.is_some() {
        response_cache::mark(&mut response, &snapshot, pinned);
    }
    Ok(response)
}

fn at(raw: Option<&str>) -> Result<DateTime<Utc>, ApiError> {
    match raw {
        None => Ok(Utc::now()),
        Some(raw) => DateTime::parse_from_rfc3339(raw)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| {
                ApiError::invalid(
                    "at",
                    format!(
                        "`{raw}` is not an RFC 3339 instant (e.g. `2026-05-01T10:00:00+09:00`)"
                    ),
                )
            }),
    }
}

fn zone(raw: &str) -> Result<Tz, ApiError> {
    raw.parse().map_err(|_| {
        ApiError::invalid(
            "tz",
            format!("`{raw}` is not an IANA time zone (e.g. `America/Los_Angeles`)"),
        )
    })
}

fn contact_use(raw: Option<&str>) -> Result<ContactUse, ApiError> {
    match raw {
        None => Ok(ContactUse::default()),
        Some("pre-sale") => Ok(ContactUse::PreSale),
        Some("after-sale") => Ok(ContactUse::AfterSale),
        Some("marketing") => Ok(ContactUse::Marketing),
        Some(other) => Err(ApiError::invalid(
            "use",
            format!("`{other}` is not one of pre-sale, after-sale, marketing"),
        )),
    }
}
