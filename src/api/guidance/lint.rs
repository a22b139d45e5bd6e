//! `POST /v1/lint`: check an outgoing message against a market.

use actix_web::{HttpRequest, HttpResponse, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{channel, limit, market, market_locale, tag, text_locales};
use crate::api::caching;
use crate::api::locale::negotiate;
use crate::api::params::LangQuery;
use crate::api::pinning::{ReleaseQuery, snapshot_at};
use crate::api::problem::{ApiError, Problem};
use crate::guidance::lint::{Finding, LintInput, TextUse, lint};
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "market": "CN",
    "text": "亲，我们的质量绝对没问题 😀",
    "locale": "zh-CN",
    "use": "messages",
    "channel": "wechat",
    "in_reply_to": "尊敬的卖家：请问这个有货吗？"
}))]
pub struct LintRequest {
    /// The buyer's market (ISO 3166-1 alpha-2).
    #[schema(pattern = r"^[A-Za-z]{2}$")]
    pub market: String,
    /// The message, at most 16,384 bytes of UTF-8.
    pub text: String,
    /// The language of `text`; default the market's buyer language.
    #[schema(pattern = "{locale-id}")]
    pub locale: Option<String>,
    /// Where the text is used (taboos apply by their `applies_to`); default `messages`.
    #[serde(default, rename = "use")]
    pub text_use: TextUse,
    /// The channel it goes through (an id from `GET /v1/channels`): emoji etiquette and length
    /// limits follow it. Absent: judged as e-mail.
    #[schema(pattern = r"^[a-z0-9][a-z0-9-]*$")]
    pub channel: Option<String>,
    /// The buyer's message this text answers (for `salutation-mirror`).
    pub in_reply_to: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LintResponse {
    #[schema(example = "CN")]
    pub market: String,
    /// The language the text was checked as.
    #[schema(example = "zh-CN")]
    pub locale: String,
    pub release: i64,
    /// In text order. Rules: `taboo`, `absolute-claim`, `salutation-mirror`, `emoji`,
    /// `length`, `formality`.
    pub findings: Vec<Finding>,
}

/// Lint an outgoing message
///
/// Checks a message for the buyer's market: taboos made machine-checkable by their terms
/// (numbers, products, topics; filtered by `use`), absolute claims, a greeting register that
/// does not mirror the buyer's, emoji against the market's etiquette for the channel, channel
/// length limits (SMS segments in GSM-7 or UCS-2, Amazon's 2,000 characters) and plain style in
/// high-formality languages. Chinese, Japanese and Thai are matched by characters, never by
/// word boundaries. `start`/`end` count UTF-16 code units (as JavaScript does),
/// `byte_start`/`byte_end` UTF-8 bytes. Finding messages are in `?lang=` or `Accept-Language`.
#[utoipa::path(
    operation_id = "lintMessage",
    tag = "guidance",
    params(ReleaseQuery, LangQuery),
    request_body = LintRequest,
    responses(
        (status = 200, description = "The findings", body = LintResponse, example = json!({
            "market": "CN", "locale": "zh-CN", "release": 1,
            "findings": [{
                "rule": "absolute-claim", "severity": "caution", "message": "“绝对” is an absolute claim.",
                "match": "绝对", "start": 7, "end": 9, "byte_start": 21, "byte_end": 27,
                "rationale": "Buyers distrust absolute answers …", "suggestion": "Say what you can show instead …"
            }]
        })),
        (status = 400, description = "Malformed body, market code, locale or channel", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such market or release", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Text over the size limit (16,384 bytes)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/lint")]
pub async fn lint_message(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    query: web::Query<LangQuery>,
    body: web::Json<LintRequest>,
) -> Result<HttpResponse, ApiError> {
    limit("text", &body.text)?;
    if let Some(reply_to) = &body.in_reply_to {
        limit("in_reply_to", reply_to)?;
    }
    let (snapshot, pinned) = snapshot_at(&state, pin.release).await?;
    let market = market(&snapshot, &body.market)?;
    let text_locale = match &body.locale {
        Some(raw) => tag("locale", raw)?,
        None => market_locale(market, &text_locales(&snapshot)),
    };
    let reader = negotiate(&req, query.lang.as_deref(), &snapshot.locales)?;
    let channel = channel(&snapshot, body.channel.as_deref())?;
    let findings = lint(
        &snapshot.guidance,
        &LintInput {
            market,
            text: &body.text,
            text_locale: &text_locale,
            text_use: body.text_use,
            channel,
            in_reply_to: body.in_reply_to.as_deref(),
            reader_locale: &reader,
        },
    );
    Ok(caching::respond_json(
        &reader,
        &LintResponse {
            market: market.code.clone(),
            locale: text_locale.to_string(),
            release: snapshot.release.number,
            findings,
        },
        pinned,
    ))
}
