//! Structured logs via `tracing`; `RUST_LOG` (or `MARKETGUIDE_LOG`) sets the filter.
//!
//! Lines are written by a background thread (`tracing-appender`): a request only formats its
//! line and hands it over, it never waits on stderr. When the writer falls behind, lines are
//! dropped rather than slowing the requests down.

use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::EnvFilter;

/// Keep the guard for the life of the process: dropping it flushes the last lines.
pub fn init(json: bool) -> WorkerGuard {
    let filter = EnvFilter::try_from_env("MARKETGUIDE_LOG")
        .or_else(|_| EnvFilter::try_from_default_env())
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let (writer, guard) = tracing_appender::non_blocking(std::io::stderr());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
    guard
}
