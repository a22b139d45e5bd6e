//! `POST /v1/compose`: a reply that follows the market's etiquette.

use actix_web::{HttpRequest, HttpResponse, post, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;
use utoipa::ToSchema;

use super::{best, channel, limit, market, market_locale};
use crate::api::caching;
use crate::api::locale::{negotiate, requested};
use crate::api::params::LangQuery;
use crate::api::pinning::{ReleaseQuery, snapshot_at};
use crate::api::problem::{ApiError, Problem};
use crate::guidance::compose::{BuyerStatus, ComposeInput, FRAME_SET, ReplyParts, compose};
use crate::guidance::lint::Finding;
use crate::phrases::render::RenderWarning;
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Buyer {
    /// The buyer's full name as they sign.
    #[schema(example = "田中 太郎")]
    pub name: String,
    pub status: BuyerStatus,
    /// The buyer's message, to mirror its greeting register.
    pub message: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "market": "JP",
    "scenario": "customer-service/will-check-and-reply",
    "buyer": {"name": "田中 太郎", "status": "first-time", "message": "Dear shop, is this available in blue?"},
    "args": {"hours": 24, "shop_name": "Sakura Store", "agent_name": "佐藤"},
    "received_at": "2026-05-01T10:00:00+09:00",
    "now": "2026-05-07T09:30:00+09:00"
}))]
pub struct ComposeRequest {
    /// The buyer's market (ISO 3166-1 alpha-2).
    #[schema(pattern = r"^[A-Za-z]{2}$")]
    pub market: String,
    /// The body: `set/message` of a phrase set (see `GET /v1/phrase-sets`).
    #[schema(example = "shipping/order-shipped")]
    pub scenario: String,
    /// The reply's language; else `Accept-Language`; else the market's buyer language.
    #[schema(pattern = "{bcp47-list}")]
    pub locale: Option<String>,
    pub buyer: Buyer,
    /// Variables for the body and frame (`shop_name`, `agent_name`, `buyer_gender`,
    /// `buyer_family_name`, ...): strings or numbers.
    #[serde(default)]
    #[schema(value_type = std::collections::BTreeMap<String, crate::api::phrases::ArgValue>)]
    pub args: serde_json::Map<String, serde_json::Value>,
    /// When the buyer's message arrived; with `now`, decides `late-reply-apology`.
    pub received_at: Option<DateTime<Utc>>,
    /// Default: the server's clock.
    pub now: Option<DateTime<Utc>>,
    /// The channel the reply goes through (lint: emoji, length).
    #[schema(pattern = r"^[a-z0-9][a-z0-9-]*$")]
    pub channel: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ComposeResponse {
    #[schema(example = "JP")]
    pub market: String,
    /// The reply's language.
    #[schema(example = "ja-JP")]
    pub locale: String,
    pub release: i64,
    /// Opening, body and closing joined by blank lines.
    pub text: String,
    pub parts: ReplyParts,
    /// The etiquette rules applied: `salutation-mirror` (the buyer's greeting register),
    /// `market-salutation` (the market's form of address), `first-time-thanks` or
    /// `returning-welcome`, `late-reply-apology`, `closing`.
    #[schema(example = json!(["salutation-mirror", "market-salutation", "first-time-thanks", "late-reply-apology", "closing"]))]
    pub applied: Vec<String>,
    /// The composed text, linted.
    pub lint: Vec<Finding>,
    /// Formatting problems (missing arguments); the request still succeeds.
    pub warnings: Vec<RenderWarning>,
}

/// Compose a reply
///
/// Opening and closing lines from the phrase set `reply-frame` in the buyer's language around
/// a phrase-set message: the buyer's greeting register mirrored ("Dear" ↔ "Dear", "Hi" ↔ "Hi";
/// without a buyer message, the market's formality decides), the market's form of address
/// (family name + 様 in JP; Sehr geehrte/r + surname in DE when formal), thanks to a first-time
/// buyer or a welcome back to a returning one, an apology when `now − received_at` exceeds the
/// market's `reply_within_hours` (naming a holiday or weekend in between), and a closing.
/// The text is linted as a message to the market.
#[utoipa::path(
    operation_id = "composeReply",
    tag = "guidance",
    params(ReleaseQuery, LangQuery,
        ("Accept-Language" = Option<String>, Header, description = "The reply's language when `locale` is absent.")),
    request_body = ComposeRequest,
    responses(
        (status = 200, description = "The reply", body = ComposeResponse),
        (status = 400, description = "Malformed body, market code, scenario, locale or channel", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such market or release", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Buyer message over the size limit (16,384 bytes)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/compose")]
pub async fn compose_reply(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    query: web::Query<LangQuery>,
    body: web::Json<ComposeRequest>,
) -> Result<HttpResponse, ApiError> {
    if let Some(message) = &body.buyer.message {
        limit("buyer.message", message)?;
    }
    limit("buyer.name", &body.buyer.name)?;
    crate::api::phrases::check_arg_types(&body.args)?;
    let (snapshot, pinned) = snapshot_at(&state, pin.release).await?;
    let market = market(&snapshot, &body.market)?;
    let bad_scenario = || {
        ApiError::invalid(
            "scenario",
            format!(
                "`{}` is not `set/message` of a phrase set (see GET /v1/phrase-sets)",
                body.scenario
            ),
        )
    };
    let (set_id, message) = body.scenario.split_once('/').ok_or_else(bad_scenario)?;
    let set = snapshot
        .phrases
        .sets
        .get(set_id)
        .filter(|s| s.reference.iter().any(|m| m.id == message))
        .ok_or_else(bad_scenario)?;
    let frame = snapshot.phrases.sets.get(FRAME_SET).ok_or_else(|| {
        ApiError::Unavailable(format!("this release has no `{FRAME_SET}` phrase set"))
    })?;
    let asked = requested(&req, body.locale.as_deref(), "locale")?;
    let first: LanguageIdentifier = if asked.is_empty() {
        market_locale(market, &frame.locales)
    } else {
        best(&asked, &frame.locales)
    };
    let chain = frame.chain(std::slice::from_ref(&first));
    let reader = match query.lang.as_deref() {
        Some(lang) => negotiate(&req, Some(lang), &snapshot.locales)?,
        None => best(std::slice::from_ref(&first), &snapshot.locales),
    };
    let channel = channel(&snapshot, body.channel.as_deref())?;
    let composed = compose(
        &snapshot,
        &ComposeInput {
            market,
            set,
            message,
            chain,
            buyer_name: &body.buyer.name,
            buyer_status: body.buyer.status,
            buyer_message: body.buyer.message.as_deref(),
            args: &body.args,
            received_at: body.received_at,
            now: body.now.unwrap_or_else(Utc::now),
            channel,
            reader_locale: &reader,
        },
    );
    Ok(caching::respond_json(
        &composed.locale,
        &ComposeResponse {
            market: market.code.clone(),
            locale: composed.locale.to_string(),
            release: snapshot.release.number,
            text: composed.text,
            parts: composed.parts,
            applied: composed.applied,
            lint: composed.lint,
            warnings: composed.warnings,
        },
        pinned && body.now.is_some(),
    ))
}
