//! Guidance tools: answers computed from a published release, not facts restated. When to
//! contact a buyer ([`contact_window`]), whether an outgoing message fits the market
//! ([`lint`]), and a reply that follows the etiquette ([`compose`]). Every sentence they return
//! is Fluent content ([`text`]).

pub mod compose;
pub mod contact_window;
pub mod emoji;
pub mod hours;
pub mod library;
pub mod lint;
pub mod market_facts;
pub mod matcher;
pub mod sms;
pub mod text;
