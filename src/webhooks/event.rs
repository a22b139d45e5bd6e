//! What a webhook announces, and the thin body it carries.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An event a webhook endpoint can subscribe to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[schema(as = WebhookEventType)]
pub enum EventType {
    /// A new release is being served (`data.release` is its number).
    #[serde(rename = "release.published")]
    ReleasePublished,
    /// A changeset was handed to reviewers.
    #[serde(rename = "changeset.submitted")]
    ChangesetSubmitted,
    /// A reviewer approved a changeset, which published `data.release`.
    #[serde(rename = "changeset.approved")]
    ChangesetApproved,
    #[serde(rename = "changeset.rejected")]
    ChangesetRejected,
    #[serde(rename = "changeset.changes_requested")]
    ChangesetChangesRequested,
}

impl EventType {
    pub const ALL: [Self; 5] = [
        Self::ReleasePublished,
        Self::ChangesetSubmitted,
        Self::ChangesetApproved,
        Self::ChangesetRejected,
        Self::ChangesetChangesRequested,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ReleasePublished => "release.published",
            Self::ChangesetSubmitted => "changeset.submitted",
            Self::ChangesetApproved => "changeset.approved",
            Self::ChangesetRejected => "changeset.rejected",
            Self::ChangesetChangesRequested => "changeset.changes_requested",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == s)
    }
}

/// The body of one event. Thin on purpose: receivers fetch what they need, and `release`
/// (the newest release number when the event happened, which only grows) lets them drop an
/// event that arrives after a newer one.
pub fn payload(event: EventType, at: DateTime<Utc>, data: serde_json::Value) -> String {
    serde_json::json!({
        "type": event.as_str(),
        "timestamp": at.to_rfc3339_opts(SecondsFormat::Millis, true),
        "data": data,
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for event in EventType::ALL {
            assert_eq!(EventType::parse(event.as_str()), Some(event));
            assert_eq!(
                serde_json::to_value(event).unwrap(),
                serde_json::json!(event.as_str())
            );
        }
        assert_eq!(EventType::parse("release.deleted"), None);
    }
}
