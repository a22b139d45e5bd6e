//! marketguide: tells cross-border sellers how to talk to buyers in each market, and gives
//! them the words to do it.

pub mod affinity;
pub mod api;
pub mod auth;
pub mod calendar;
pub mod cli;
pub mod compression;
pub mod console;
pub mod content;
pub mod db;
pub mod guidance;
pub mod langneg;
pub mod metrics;
pub mod openapi;
pub mod phrases;
pub mod snapshot;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod webhooks;
