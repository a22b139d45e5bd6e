//! Webhook endpoints for admins: register a receiver, list and remove them, read the delivery
//! log and send a delivery again. Sending is the worker's job (`crate::webhooks`).

use actix_web::http::header;
use actix_web::{HttpResponse, delete, get, post, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::blocking::{internal, with_conn};
use super::params::page_limit;
use super::problem::{ApiError, Problem};
use crate::auth::{Caller, Role};
use crate::db::webhooks::{self as store, DeliveryRecord, Endpoint, RedeliverError};
use crate::state::AppState;
use crate::webhooks::EventType;
use crate::webhooks::destination;
use crate::webhooks::signature::Secret;

/// An endpoint subscribes to at most this many event types (there are fewer).
const MAX_EVENTS: usize = 16;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"url": "https://shop.example/hooks/marketguide", "events": ["release.published"]}))]
pub struct NewWebhook {
    /// Where to POST events: `https` (or `http`), resolving to a public address.
    pub url: String,
    /// The event types to send (at least one).
    #[schema(value_type = Vec<EventType>, min_items = 1)]
    pub events: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookView {
    pub id: i64,
    pub url: String,
    pub events: Vec<EventType>,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    /// A disabled endpoint (its receiver answered 410 Gone) is sent nothing more.
    pub disabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled_reason: Option<String>,
}

impl From<Endpoint> for WebhookView {
    fn from(e: Endpoint) -> Self {
        Self {
            id: e.id,
            url: e.url,
            events: e.events,
            created_by: e.created_by,
            created_at: e.created_at,
            disabled: e.disabled_at.is_some(),
            disabled_at: e.disabled_at,
            disabled_reason: e.disabled_reason,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedWebhook {
    #[serde(flatten)]
    pub webhook: WebhookView,
    /// The signing secret (`whsec_` and base64). Shown here only, never again: keep it now.
    #[schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwAbCdEfGhIjK=")]
    pub secret: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookList {
    pub items: Vec<WebhookView>,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
#[schema(as = WebhookDeliveryState)]
pub enum DeliveryState {
    /// Not delivered yet; `next_attempt_at` says when it is tried.
    Pending,
    Delivered,
    /// Out of attempts, or the receiver answered 410 Gone.
    Failed,
    /// Not sent because the endpoint was disabled.
    Cancelled,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookDeliveryView {
    pub id: i64,
    /// The `webhook-id` header: the same for every attempt and every redelivery of the event.
    pub webhook_id: String,
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub state: DeliveryState,
    pub attempts: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// The receiver's last HTTP status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_status: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<DateTime<Utc>>,
    /// The body as sent.
    #[schema(value_type = Object)]
    pub payload: serde_json::Value,
    /// Every attempt, oldest first.
    pub log: Vec<WebhookAttemptView>,
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(as = WebhookAttempt)]
pub struct WebhookAttemptView {
    pub attempt: i64,
    pub at: DateTime<Utc>,
    /// Absent when no answer came (refused, timed out, destination not allowed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub duration_ms: i64,
}

impl TryFrom<DeliveryRecord> for WebhookDeliveryView {
    type Error = ApiError;

    fn try_from(d: DeliveryRecord) -> Result<Self, ApiError> {
        let state = match d.state.as_str() {
            store::PENDING => DeliveryState::Pending,
            store::DELIVERED => DeliveryState::Delivered,
            store::FAILED => DeliveryState::Failed,
            _ => DeliveryState::Cancelled,
        };
        Ok(Self {
            id: d.id,
            webhook_id: d.message_id,
            event_type: EventType::parse(&d.event_type)
                .ok_or_else(|| internal(anyhow::anyhow!("stored event type `{}`", d.event_type)))?,
            state,
            attempts: d.attempts,
            next_attempt_at: d.next_attempt_at,
            last_status: d.last_status,
            last_error: d.last_error,
            created_at: d.created_at,
            finished_at: d.finished_at,
            payload: serde_json::from_str(&d.payload).map_err(internal)?,
            log: d
                .log
                .into_iter()
                .map(|a| WebhookAttemptView {
                    attempt: a.attempt,
                    at: a.at,
                    status: a.status,
                    error: a.error,
                    duration_ms: a.duration_ms,
                })
                .collect(),
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookDeliveryList {
    /// Newest first.
    pub items: Vec<WebhookDeliveryView>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DeliveryListQuery {
    /// At most this many (1-200, default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<i64>,
    /// Only deliveries older than this id (for paging).
    pub before: Option<i64>,
}

fn field(field: &str, message: impl Into<String>) -> ApiError {
    ApiError::InvalidField {
        field: field.into(),
        message: message.into(),
    }
}

fn parse_events(raw: &[String]) -> Result<Vec<EventType>, ApiError> {
    if raw.is_empty() {
        return Err(field("events", "name at least one event type"));
    }
    if raw.len() > MAX_EVENTS {
        return Err(field("events", format!("at most {MAX_EVENTS} event types")));
    }
    let mut events = Vec::new();
    for (i, name) in raw.iter().enumerate() {
        let event = EventType::parse(name).ok_or_else(|| {
            let known: Vec<&str> = EventType::ALL.iter().map(|e| e.as_str()).collect();
            field(
                &format!("events[{i}]"),
                format!(
                    "unknown event `{name}`; expected one of {}",
                    known.join(", ")
                ),
            )
        })?;
        if !events.contains(&event) {
            events.push(event);
        }
    }
    Ok(events)
}

/// Checks and stores a new endpoint for `actor` (the API and the console both register
/// through here); returns it with its secret, which is never shown again.
pub async fn register(
    state: &AppState,
    actor: &str,
    url: &str,
    events: &[String],
) -> Result<(Endpoint, String), ApiError> {
    let url = destination::parse_url(url.trim()).map_err(|m| field("url", m))?;
    let events = parse_events(events)?;
    let allow_private = state.webhooks.allow_private;
    let checked = url.clone();
    // Resolving a name blocks.
    crate::affinity::block(move || destination::check_host(&checked, allow_private))
        .await
        .map_err(internal)?
        .map_err(|m| field("url", m))?;
    let secret = Secret::generate();
    let stored = secret.clone();
    let actor = actor.to_owned();
    let created = with_conn(&state.pool, move |conn| {
        store::create_endpoint(conn, &actor, url.as_str(), &events, &stored).map_err(internal)
    })
    .await?;
    Ok((created, secret))
}

fn not_found(id: i64) -> ApiError {
    ApiError::NotFound(format!("There is no webhook {id}."))
}

/// Admin answers name receivers' URLs, which may carry their own tokens: never cached.
fn private_json(body: &impl Serialize) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .json(body)
}

/// Register a webhook
///
/// Events are POSTed to `url` signed as Standard Webhooks 1.0 (`webhook-id`,
/// `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`
/// keyed with the base64-decoded part of the secret after `whsec_`). The secret is in this
/// answer only. URLs on private, loopback or link-local addresses are refused unless the
/// operator started the server with `--webhook-allow-private`. Requires role: **admin**.
#[utoipa::path(
    operation_id = "createWebhook",
    tag = "webhooks",
    request_body = NewWebhook,
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("admin"))),
    responses(
        (status = 201, description = "Registered; keep the secret", body = CreatedWebhook,
            headers(("Location" = String, description = "The new webhook"))),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A bad URL (scheme, host, a private address) or an unknown event; `errors` names the field", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/webhooks")]
pub async fn create_webhook(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<NewWebhook>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Admin)?;
    let body = body.into_inner();
    let (created, secret) = register(&state, &caller.username, &body.url, &body.events).await?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("/v1/webhooks/{}", created.id)))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(CreatedWebhook {
            webhook: created.into(),
            secret,
        }))
}

/// List webhooks
///
/// Every registered endpoint, oldest first, without secrets. Requires role: **admin**.
#[utoipa::path(
    operation_id = "listWebhooks",
    tag = "webhooks",
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("admin"))),
    responses(
        (status = 200, description = "The endpoints", body = WebhookList),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/webhooks")]
pub async fn list_webhooks(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Admin)?;
    let endpoints = with_conn(&state.pool, |conn| store::endpoints(conn).map_err(internal)).await?;
    Ok(private_json(&WebhookList {
        items: endpoints.into_iter().map(WebhookView::from).collect(),
    }))
}

/// Get a webhook
///
/// One endpoint, without its secret. Requires role: **admin**.
#[utoipa::path(
    operation_id = "getWebhook",
    tag = "webhooks",
    params(("id" = i64, Path, description = "Webhook id")),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("admin"))),
    responses(
        (status = 200, description = "The endpoint", body = WebhookView),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such webhook", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/webhooks/{id}")]
pub async fn get_webhook(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Admin)?;
    let id = id.into_inner();
    let endpoint = with_conn(&state.pool, move |conn| {
        store::endpoint(conn, id).map_err(internal)
    })
    .await?
    .ok_or_else(|| not_found(id))?;
    Ok(private_json(&WebhookView::from(endpoint)))
}

/// Remove a webhook
///
/// Stops all deliveries to it and drops its delivery log. Requires role: **admin**.
#[utoipa::path(
    operation_id = "deleteWebhook",
    tag = "webhooks",
    params(("id" = i64, Path, description = "Webhook id")),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("admin"))),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such webhook", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/webhooks/{id}")]
pub async fn delete_webhook(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Admin)?;
    let id = id.into_inner();
    let removed = with_conn(&state.pool, move |conn| {
        store::delete_endpoint(conn, &caller.username, id).map_err(internal)
    })
    .await?;
    if removed {
        Ok(HttpResponse::NoContent().finish())
    } else {
        Err(not_found(id))
    }
}

/// A webhook's delivery log
///
/// Deliveries newest first, each with every attempt and the receiver's answer.
/// Requires role: **admin**.
#[utoipa::path(
    operation_id = "listWebhookDeliveries",
    tag = "webhooks",
    params(("id" = i64, Path, description = "Webhook id"), DeliveryListQuery),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("admin"))),
    responses(
        (status = 200, description = "The deliveries", body = WebhookDeliveryList),
        (status = 400, description = "Bad limit", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such webhook", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/webhooks/{id}/deliveries")]
pub async fn list_deliveries(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    query: web::Query<DeliveryListQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Admin)?;
    let id = id.into_inner();
    let limit = page_limit(query.limit, 50, 200)?;
    let before = query.before;
    let records = with_conn(&state.pool, move |conn| {
        if store::endpoint(conn, id).map_err(internal)?.is_none() {
            return Err(not_found(id));
        }
        store::deliveries(conn, id, limit, before).map_err(internal)
    })
    .await?;
    let items = records
        .into_iter()
        .map(WebhookDeliveryView::try_from)
        .collect::<Result<_, _>>()?;
    Ok(private_json(&WebhookDeliveryList { items }))
}

/// Send a delivery again
///
/// Owes the delivery's event to the endpoint once more, as a new delivery due now with a full
/// set of attempts and the same `webhook-id` (receivers that already have it can drop it).
/// Requires role: **admin**.
#[utoipa::path(
    operation_id = "redeliverWebhookDelivery",
    tag = "webhooks",
    params(
        ("id" = i64, Path, description = "Webhook id"),
        ("delivery" = i64, Path, description = "Delivery id"),
    ),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("admin"))),
    responses(
        (status = 202, description = "Queued; the new delivery", body = WebhookDeliveryView),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such webhook or delivery", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The webhook is disabled", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/webhooks/{id}/deliveries/{delivery}/redeliver")]
pub async fn redeliver(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Admin)?;
    let (id, delivery) = path.into_inner();
    let record = with_conn(&state.pool, move |conn| {
        let new = store::redeliver(conn, &caller.username, id, delivery).map_err(|e| match e {
            RedeliverError::NotFound(..) => ApiError::NotFound(e.to_string()),
            RedeliverError::Disabled(_) => ApiError::Conflict(format!(
                "Webhook {id} is disabled (its receiver answered 410 Gone); register it again."
            )),
            RedeliverError::Query(q) => internal(q),
        })?;
        // The newest delivery of the endpoint is the one just queued.
        store::deliveries(conn, id, 1, Some(new + 1))
            .map_err(internal)?
            .pop()
            .ok_or_else(|| internal(anyhow::anyhow!("redelivery {new} vanished")))
    })
    .await?;
    Ok(HttpResponse::Accepted()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(WebhookDeliveryView::try_from(record)?))
}
