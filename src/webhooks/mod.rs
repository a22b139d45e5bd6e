//! Signed webhooks (Standard Webhooks 1.0) from a transactional outbox.
//!
//! What happens is recorded where it happens: the publishing transaction (and each changeset
//! state change) writes an event and one delivery per subscribed endpoint (`db::webhooks`), so
//! receivers hear only of committed changes and a crash cannot lose one. A worker on every node
//! ([`worker`]) claims due deliveries with a lease, signs them ([`signature`]), sends them to
//! destinations that resolve to public addresses only ([`destination`]), and retries with
//! exponential backoff ([`retry`]); a `410 Gone` disables the endpoint.

pub mod destination;
pub mod event;
pub mod retry;
pub mod signature;
pub mod worker;

use std::time::Duration;

pub use event::EventType;

/// How this node sends webhooks.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Let destinations resolve to private, loopback or link-local addresses (tests, or a
    /// receiver inside the operator's own network). Off by default: an admin account must not
    /// be able to make the server call into its own network.
    pub allow_private: bool,
    /// Longest wait for one attempt (connect, send, answer).
    pub timeout: Duration,
    /// How often the worker looks for due deliveries.
    pub poll: Duration,
    pub retry: retry::Schedule,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            allow_private: false,
            timeout: Duration::from_secs(10),
            poll: Duration::from_millis(500),
            retry: retry::Schedule::default(),
        }
    }
}

impl Settings {
    /// A claim outlives the longest attempt, so a live worker never loses its row to another;
    /// a dead one's row is free again soon after.
    pub fn lease(&self) -> Duration {
        self.timeout + Duration::from_secs(5)
    }
}
