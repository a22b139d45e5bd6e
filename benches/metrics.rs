//! What the metrics middleware adds to every request: one counter and one histogram update
//! with route labels. Run with `cargo bench --bench metrics`; prints the median per request,
//! to set beside a full HTTP request in `benches/run.sh`.

use std::time::{Duration, Instant};

use marketguide::metrics::Metrics;

fn main() {
    let metrics = Metrics::new();
    let routes = [
        "/v1/markets/{code}",
        "/v1/markets",
        "/v1/channels",
        "unmatched",
    ];
    let iterations = 200_000;
    let mut samples = Vec::new();
    for _ in 0..7 {
        let start = Instant::now();
        for i in 0..iterations {
            metrics.observe(
                "GET",
                routes[i % routes.len()],
                "200",
                Duration::from_micros(75),
            );
        }
        samples.push(start.elapsed().as_secs_f64() * 1e9 / iterations as f64);
    }
    samples.sort_by(f64::total_cmp);
    println!("metrics per request: median {:.0} ns", samples[3]);
}
