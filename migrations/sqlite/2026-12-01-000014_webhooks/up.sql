-- Webhooks (issue 14): endpoints that admins register, and a transactional outbox. An event and
-- one delivery per subscribed endpoint are written in the same transaction as what they announce
-- (a publish, a changeset's state change): an uncommitted release is never announced, and a crash
-- after the commit loses nothing, since the delivery worker finds the pending row after a restart.
CREATE TABLE webhook_endpoints (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    url TEXT NOT NULL,
    -- Event types, comma-separated (`release.published,changeset.approved`).
    events TEXT NOT NULL,
    -- `whsec_<base64>`: needed in clear to sign, so shown once and never listed.
    secret TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    -- Set when a receiver answered 410 Gone: nothing more is sent to it.
    disabled_at TIMESTAMP,
    disabled_reason TEXT
);

-- One row per announced event; `payload` is the exact body that is signed and sent.
CREATE TABLE webhook_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- The outbox proper: an event owed to one endpoint. A worker claims a due row by setting a lease
-- (owner, until); an expired lease (a node that died mid-attempt) lets another node take it.
CREATE TABLE webhook_deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    endpoint_id BIGINT NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id BIGINT NOT NULL REFERENCES webhook_events (id),
    state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed', 'cancelled')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    lease_owner TEXT,
    lease_until TIMESTAMP,
    last_status BIGINT,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at);
CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries (endpoint_id, id);

-- The delivery log: every attempt and what the receiver answered.
CREATE TABLE webhook_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    delivery_id BIGINT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt BIGINT NOT NULL,
    at TIMESTAMP NOT NULL,
    -- The HTTP status; NULL when there was no answer (refused, timed out).
    status BIGINT,
    error TEXT,
    duration_ms BIGINT NOT NULL
);
CREATE INDEX webhook_attempts_by_delivery ON webhook_attempts (delivery_id, id);
