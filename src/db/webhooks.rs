//! Webhook endpoints, the outbox and the delivery log (see `crate::webhooks` for the design).
//!
//! [`enqueue`] runs inside the caller's transaction: the event exists exactly when what it
//! announces was committed. Claiming is one conditional UPDATE (due, unleased or lease
//! expired), portable across backends, so two nodes on one database never both hold a row.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::DbConnection;
use super::audit;
use super::schema::{webhook_attempts, webhook_deliveries, webhook_endpoints, webhook_events};
use crate::webhooks::{EventType, event};

pub const PENDING: &str = "pending";
pub const DELIVERED: &str = "delivered";
pub const FAILED: &str = "failed";
/// Given up because the endpoint was disabled (it answered 410 Gone).
pub const CANCELLED: &str = "cancelled";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub id: i64,
    pub url: String,
    pub events: Vec<EventType>,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub disabled_at: Option<DateTime<Utc>>,
    pub disabled_reason: Option<String>,
}

type EndpointRow = (
    i64,
    String,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<String>,
);

const ENDPOINT: (
    webhook_endpoints::id,
    webhook_endpoints::url,
    webhook_endpoints::events,
    webhook_endpoints::created_by,
    webhook_endpoints::created_at,
    webhook_endpoints::disabled_at,
    webhook_endpoints::disabled_reason,
) = (
    webhook_endpoints::id,
    webhook_endpoints::url,
    webhook_endpoints::events,
    webhook_endpoints::created_by,
    webhook_endpoints::created_at,
    webhook_endpoints::disabled_at,
    webhook_endpoints::disabled_reason,
);

fn parse_events(stored: &str) -> Vec<EventType> {
    stored.split(',').filter_map(EventType::parse).collect()
}

impl From<EndpointRow> for Endpoint {
    fn from(
        (id, url, events, created_by, created_at, disabled_at, disabled_reason): EndpointRow,
    ) -> Self {
        Self {
            id,
            url,
            events: parse_events(&events),
            created_by,
            created_at: created_at.and_utc(),
            disabled_at: disabled_at.map(|t| t.and_utc()),
            disabled_reason,
        }
    }
}

fn target(id: i64) -> String {
    format!("webhook/{id}")
}

pub fn create_endpoint(
    conn: &mut DbConnection,
    actor: &str,
    url: &str,
    events: &[EventType],
    secret: &str,
) -> QueryResult<Endpoint> {
    let events: Vec<&str> = events.iter().map(|e| e.as_str()).collect();
    super::store::write_transaction(conn, |conn| {
        let id: i64 = diesel::insert_into(webhook_endpoints::table)
            .values((
                webhook_endpoints::url.eq(url),
                webhook_endpoints::events.eq(events.join(",")),
                webhook_endpoints::secret.eq(secret),
                webhook_endpoints::created_by.eq(actor),
                webhook_endpoints::created_at.eq(Utc::now().naive_utc()),
            ))
            .returning(webhook_endpoints::id)
            .get_result(conn)?;
        audit::record(conn, actor, "webhook.create", &target(id), url)?;
        endpoint(conn, id)?.ok_or(diesel::result::Error::NotFound)
    })
}

pub fn endpoint(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Endpoint>> {
    Ok(webhook_endpoints::table
        .find(id)
        .select(ENDPOINT)
        .first::<EndpointRow>(conn)
        .optional()?
        .map(Endpoint::from))
}

pub fn endpoints(conn: &mut DbConnection) -> QueryResult<Vec<Endpoint>> {
    Ok(webhook_endpoints::table
        .order(webhook_endpoints::id.asc())
        .select(ENDPOINT)
        .load::<EndpointRow>(conn)?
        .into_iter()
        .map(Endpoint::from)
        .collect())
}

/// Removes the endpoint with its deliveries and their log; `false` when there was none.
pub fn delete_endpoint(conn: &mut DbConnection, actor: &str, id: i64) -> QueryResult<bool> {
    super::store::write_transaction(conn, |conn| {
        let deliveries = webhook_deliveries::table
            .filter(webhook_deliveries::endpoint_id.eq(id))
            .select(webhook_deliveries::id);
        diesel::delete(
            webhook_attempts::table.filter(webhook_attempts::delivery_id.eq_any(deliveries)),
        )
        .execute(conn)?;
        diesel::delete(webhook_deliveries::table.filter(webhook_deliveries::endpoint_id.eq(id)))
            .execute(conn)?;
        let removed = diesel::delete(webhook_endpoints::table.find(id)).execute(conn)? > 0;
        if removed {
            audit::record(conn, actor, "webhook.delete", &target(id), "")?;
        }
        Ok(removed)
    })
}

/// Inside the transaction that makes `event` true: records it and owes it to every enabled
/// endpoint subscribed to it. Nothing is written when nobody listens.
pub fn enqueue(
    conn: &mut DbConnection,
    event: EventType,
    data: serde_json::Value,
) -> QueryResult<()> {
    let listeners: Vec<i64> = webhook_endpoints::table
        .filter(webhook_endpoints::disabled_at.is_null())
        .select((webhook_endpoints::id, webhook_endpoints::events))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .filter(|(_, events)| parse_events(events).contains(&event))
        .map(|(id, _)| id)
        .collect();
    if listeners.is_empty() {
        return Ok(());
    }
    let now = Utc::now();
    let bytes: [u8; 16] = rand::random();
    let message_id = format!("msg_{}", hex::encode(bytes));
    let event_id: i64 = diesel::insert_into(webhook_events::table)
        .values((
            webhook_events::message_id.eq(&message_id),
            webhook_events::event_type.eq(event.as_str()),
            webhook_events::payload.eq(event::payload(event, now, data)),
            webhook_events::created_at.eq(now.naive_utc()),
        ))
        .returning(webhook_events::id)
        .get_result(conn)?;
    for endpoint in listeners {
        insert_delivery(conn, endpoint, event_id, now.naive_utc())?;
    }
    Ok(())
}

fn insert_delivery(
    conn: &mut DbConnection,
    endpoint: i64,
    event: i64,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    diesel::insert_into(webhook_deliveries::table)
        .values((
            webhook_deliveries::endpoint_id.eq(endpoint),
            webhook_deliveries::event_id.eq(event),
            webhook_deliveries::state.eq(PENDING),
            webhook_deliveries::attempts.eq(0),
            webhook_deliveries::next_attempt_at.eq(now),
            webhook_deliveries::created_at.eq(now),
        ))
        .returning(webhook_deliveries::id)
        .get_result(conn)
}

/// Claims up to `limit` due deliveries for `owner` until `lease_until`; returns their ids.
/// Each claim is one conditional UPDATE, so of two nodes racing for a row exactly one wins.
pub fn claim_due(
    conn: &mut DbConnection,
    owner: &str,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<i64>> {
    let free = || {
        webhook_deliveries::lease_until
            .is_null()
            .or(webhook_deliveries::lease_until.lt(now))
    };
    let candidates: Vec<i64> = webhook_deliveries::table
        .filter(webhook_deliveries::state.eq(PENDING))
        .filter(webhook_deliveries::next_attempt_at.le(now))
        .filter(free())
        .order(webhook_deliveries::next_attempt_at.asc())
        .select(webhook_deliveries::id)
        .limit(limit)
        .load(conn)?;
    let mut claimed = Vec::with_capacity(candidates.len());
    for id in candidates {
        let won = diesel::update(
            webhook_deliveries::table
                .find(id)
                .filter(webhook_deliveries::state.eq(PENDING))
                .filter(free()),
        )
        .set((
            webhook_deliveries::lease_owner.eq(owner),
            webhook_deliveries::lease_until.eq(lease_until),
        ))
        .execute(conn)?
            == 1;
        if won {
            claimed.push(id);
        }
    }
    Ok(claimed)
}

/// Everything one attempt needs.
#[derive(Debug, Clone)]
pub struct Job {
    pub delivery: i64,
    pub endpoint: i64,
    pub url: String,
    pub secret: String,
    pub message_id: String,
    pub payload: String,
    /// Attempts made before this one.
    pub attempts: i64,
}

pub fn job(conn: &mut DbConnection, delivery: i64) -> QueryResult<Option<Job>> {
    let row = webhook_deliveries::table
        .inner_join(webhook_endpoints::table)
        .inner_join(webhook_events::table)
        .filter(webhook_deliveries::id.eq(delivery))
        .select((
            webhook_deliveries::endpoint_id,
            webhook_endpoints::url,
            webhook_endpoints::secret,
            webhook_events::message_id,
            webhook_events::payload,
            webhook_deliveries::attempts,
        ))
        .first::<(i64, String, String, String, String, i64)>(conn)
        .optional()?;
    Ok(row.map(
        |(endpoint, url, secret, message_id, payload, attempts)| Job {
            delivery,
            endpoint,
            url,
            secret,
            message_id,
            payload,
            attempts,
        },
    ))
}

/// What an attempt came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub status: Option<u16>,
    pub error: Option<String>,
    pub duration_ms: i64,
}

/// What to do with the delivery after an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    Delivered,
    /// Try again at this time.
    Retry(NaiveDateTime),
    /// No attempts left.
    GiveUp,
    /// The receiver said 410 Gone: disable the endpoint and cancel what it is still owed.
    Gone,
}

/// Logs the attempt and moves the delivery on, releasing the lease. Only the lease holder's
/// report counts (a report after the lease passed to another node is dropped).
pub fn finish_attempt(
    conn: &mut DbConnection,
    job: &Job,
    owner: &str,
    attempt: &Attempt,
    next: Next,
) -> QueryResult<()> {
    super::store::write_transaction(conn, |conn| {
        let now = Utc::now().naive_utc();
        let number = job.attempts + 1;
        let status = attempt.status.map(i64::from);
        let held = diesel::update(
            webhook_deliveries::table
                .find(job.delivery)
                .filter(webhook_deliveries::lease_owner.eq(owner))
                .filter(webhook_deliveries::state.eq(PENDING)),
        )
        .set((
            webhook_deliveries::attempts.eq(number),
            webhook_deliveries::last_status.eq(status),
            webhook_deliveries::last_error.eq(&attempt.error),
            webhook_deliveries::lease_owner.eq(None::<String>),
            webhook_deliveries::lease_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
        if held == 0 {
            return Ok(());
        }
        diesel::insert_into(webhook_attempts::table)
            .values((
                webhook_attempts::delivery_id.eq(job.delivery),
                webhook_attempts::attempt.eq(number),
                webhook_attempts::at.eq(now),
                webhook_attempts::status.eq(status),
                webhook_attempts::error.eq(&attempt.error),
                webhook_attempts::duration_ms.eq(attempt.duration_ms),
            ))
            .execute(conn)?;
        let this = webhook_deliveries::table.find(job.delivery);
        match next {
            Next::Retry(at) => {
                diesel::update(this)
                    .set(webhook_deliveries::next_attempt_at.eq(at))
                    .execute(conn)?;
            }
            Next::Delivered | Next::GiveUp => {
                let state = if next == Next::Delivered {
                    DELIVERED
                } else {
                    FAILED
                };
                diesel::update(this)
                    .set((
                        webhook_deliveries::state.eq(state),
                        webhook_deliveries::finished_at.eq(now),
                    ))
                    .execute(conn)?;
            }
            Next::Gone => {
                diesel::update(this)
                    .set((
                        webhook_deliveries::state.eq(FAILED),
                        webhook_deliveries::finished_at.eq(now),
                    ))
                    .execute(conn)?;
                diesel::update(
                    webhook_deliveries::table
                        .filter(webhook_deliveries::endpoint_id.eq(job.endpoint))
                        .filter(webhook_deliveries::state.eq(PENDING)),
                )
                .set((
                    webhook_deliveries::state.eq(CANCELLED),
                    webhook_deliveries::finished_at.eq(now),
                ))
                .execute(conn)?;
                diesel::update(webhook_endpoints::table.find(job.endpoint))
                    .set((
                        webhook_endpoints::disabled_at.eq(now),
                        webhook_endpoints::disabled_reason.eq("the receiver answered 410 Gone"),
                    ))
                    .execute(conn)?;
                audit::record(
                    conn,
                    "webhooks",
                    "webhook.disable",
                    &target(job.endpoint),
                    "410 Gone",
                )?;
            }
        }
        Ok(())
    })
}

/// One delivery as the log shows it, with its attempts oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryRecord {
    pub id: i64,
    pub message_id: String,
    pub event_type: String,
    pub payload: String,
    pub state: String,
    pub attempts: i64,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub log: Vec<AttemptRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptRecord {
    pub attempt: i64,
    pub at: DateTime<Utc>,
    pub status: Option<i64>,
    pub error: Option<String>,
    pub duration_ms: i64,
}

type DeliveryRow = (
    i64,
    String,
    String,
    String,
    String,
    i64,
    NaiveDateTime,
    Option<i64>,
    Option<String>,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

/// The endpoint's deliveries, newest first, at most `limit`, older than `before` when given.
pub fn deliveries(
    conn: &mut DbConnection,
    endpoint: i64,
    limit: i64,
    before: Option<i64>,
) -> QueryResult<Vec<DeliveryRecord>> {
    let mut query = webhook_deliveries::table
        .inner_join(webhook_events::table)
        .filter(webhook_deliveries::endpoint_id.eq(endpoint))
        .into_boxed();
    if let Some(before) = before {
        query = query.filter(webhook_deliveries::id.lt(before));
    }
    let rows: Vec<DeliveryRow> = query
        .order(webhook_deliveries::id.desc())
        .limit(limit)
        .select((
            webhook_deliveries::id,
            webhook_events::message_id,
            webhook_events::event_type,
            webhook_events::payload,
            webhook_deliveries::state,
            webhook_deliveries::attempts,
            webhook_deliveries::next_attempt_at,
            webhook_deliveries::last_status,
            webhook_deliveries::last_error,
            webhook_deliveries::created_at,
            webhook_deliveries::finished_at,
        ))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut attempts: Vec<(i64, AttemptRecord)> = webhook_attempts::table
        .filter(webhook_attempts::delivery_id.eq_any(&ids))
        .order(webhook_attempts::id.asc())
        .select((
            webhook_attempts::delivery_id,
            webhook_attempts::attempt,
            webhook_attempts::at,
            webhook_attempts::status,
            webhook_attempts::error,
            webhook_attempts::duration_ms,
        ))
        .load::<(i64, i64, NaiveDateTime, Option<i64>, Option<String>, i64)>(conn)?
        .into_iter()
        .map(|(delivery, attempt, at, status, error, duration_ms)| {
            (
                delivery,
                AttemptRecord {
                    attempt,
                    at: at.and_utc(),
                    status,
                    error,
                    duration_ms,
                },
            )
        })
        .collect();
    Ok(rows
        .into_iter()
        .map(|row| {
            let (id, message_id, event_type, payload, state, count, next, status, error) = (
                row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8,
            );
            let log = attempts
                .extract_if(.., |(d, _)| *d == id)
                .map(|(_, a)| a)
                .collect();
            DeliveryRecord {
                id,
                message_id,
                event_type,
                payload,
                next_attempt_at: (state == PENDING).then(|| next.and_utc()),
                state,
                attempts: count,
                last_status: status,
                last_error: error,
                created_at: row.9.and_utc(),
                finished_at: row.10.map(|t| t.and_utc()),
                log,
            }
        })
        .collect())
}

#[derive(Debug, thiserror::Error)]
pub enum RedeliverError {
    #[error("endpoint {0} has no delivery {1}")]
    NotFound(i64, i64),
    #[error("endpoint {0} is disabled")]
    Disabled(i64),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
}

/// Owes the delivery's event to its endpoint once more, as a new delivery due now (with a
/// full set of attempts); returns the new delivery's id.
pub fn redeliver(
    conn: &mut DbConnection,
    actor: &str,
    endpoint: i64,
    delivery: i64,
) -> Result<i64, RedeliverError> {
    super::store::write_transaction(conn, |conn| {
        let event: i64 = webhook_deliveries::table
            .find(delivery)
            .filter(webhook_deliveries::endpoint_id.eq(endpoint))
            .select(webhook_deliveries::event_id)
            .first(conn)
            .optional()?
            .ok_or(RedeliverError::NotFound(endpoint, delivery))?;
        let found =
            self::endpoint(conn, endpoint)?.ok_or(RedeliverError::NotFound(endpoint, delivery))?;
        if found.disabled_at.is_some() {
            return Err(RedeliverError::Disabled(endpoint));
        }
        let id = insert_delivery(conn, endpoint, event, Utc::now().naive_utc())?;
        audit::record(
            conn,
            actor,
            "webhook.redeliver",
            &target(endpoint),
            &format!("delivery {delivery} as {id}"),
        )?;
        Ok(id)
    })
}
