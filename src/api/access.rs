//! The access log: one line per request (target `access`), written off the request path by
//! the non-blocking writer (`telemetry`).

use std::time::Duration;

use actix_web::http::{Method, StatusCode};

/// Answers slower than this are always logged.
pub const SLOW_REQUEST: Duration = Duration::from_millis(500);

/// Errors and slow answers are always worth a line; the ordinary 200s are counted in the
/// metrics and logged only at debug (`MARKETGUIDE_LOG=info,access=debug`): formatting a line
/// per read cost 17% of the profile read's throughput (benches/http.sh).
pub fn log(method: &Method, path: &str, status: StatusCode, elapsed: Duration) {
    let notable = status.is_client_error() || status.is_server_error() || elapsed >= SLOW_REQUEST;
    macro_rules! access {
        ($level:ident) => {
            tracing::$level!(
                target: "access",
                method = method.as_str(),
                path,
                status = status.as_u16(),
                micros = elapsed.as_micros() as u64,
            )
        };
    }
    if notable {
        access!(info);
    } else {
        access!(debug);
    }
}
