//! The channel registry.

use actix_web::{HttpRequest, HttpResponse, get, web};

use super::caching;
use super::locale::negotiate;
use super::params::LangQuery;
use super::pinning::{ReleaseQuery, snapshot_at};
use super::problem::{ApiError, Problem};
use crate::snapshot::views::ChannelList;
use crate::state::AppState;

/// List contact channels
///
/// Every channel a market may rank (WeChat, LINE, WhatsApp, e-mail, ...), with its localized
/// name and the markets that use it.
#[utoipa::path(
    operation_id = "listChannels",
    tag = "channels",
    params(
        ReleaseQuery,
        LangQuery,
        ("Accept-Language" = Option<String>, Header, description = "Preferred locales with q-weights; used when `lang` is absent."),
        ("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier response; 304 when unchanged."),
    ),
    responses(
        (status = 200, description = "The channel registry", body = ChannelList,
            headers(("Content-Language" = String, description = "Locale of the text"), ("ETag" = String, description = "Entity tag of this representation"))),
        (status = 304, description = "Not modified since the given ETag"),
        (status = 400, description = "Malformed language tag", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such release", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/channels")]
pub async fn list_channels(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, ApiError> {
    let (snapshot, pinned) = snapshot_at(&state, pin.release).await?;
    let locale = negotiate(&req, query.lang.as_deref(), &snapshot.locales)?;
    Ok(caching::respond(
        &snapshot,
        snapshot.channels(&locale),
        &locale,
        pinned,
    ))
}
