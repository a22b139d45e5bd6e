//! Prometheus metrics: request counts and latencies per route, the release being served and
//! the connection pool. Each app state owns its registry, so test apps never share counters.

use std::time::Duration;

use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts,
    Registry, TextEncoder,
};

pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    release: IntGauge,
    response_cache_hits: IntCounter,
    pool_connections: IntGauge,
    pool_idle: IntGauge,
}

/// Latency buckets from 100 µs (snapshot reads) to 10 s (slow writes).
const BUCKETS: [f64; 14] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 10.0,
];

impl Metrics {
    pub fn new() -> Self {
        let registry =
            Registry::new_custom(Some("marketguide".into()), None).expect("valid metric prefix");
        let requests = IntCounterVec::new(
            Opts::new("http_requests_total", "HTTP requests answered"),
            &["method", "route", "status"],
        )
        .expect("valid metric");
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "http_request_duration_seconds",
                "Time to answer an HTTP request",
            )
            .buckets(BUCKETS.to_vec()),
            &["method", "route"],
        )
        .expect("valid metric");
        let release = IntGauge::new("release", "The release number being served").unwrap();
        let response_cache_hits = IntCounter::new(
            "response_cache_hits_total",
            "Reads answered from the response cache",
        )
        .unwrap();
        let pool_connections = IntGauge::new(
            "db_pool_connections",
            "Database connections open in the pool",
        )
        .unwrap();
        let pool_idle =
            IntGauge::new("db_pool_idle_connections", "Idle database connections").unwrap();
        for collector in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(latency.clone()),
            Box::new(release.clone()),
            Box::new(response_cache_hits.clone()),
            Box::new(pool_connections.clone()),
            Box::new(pool_idle.clone()),
        ] {
            registry.register(collector).expect("unique metric names");
        }
        Self {
            registry,
            requests,
            latency,
            release,
            response_cache_hits,
            pool_connections,
            pool_idle,
        }
    }

    /// `route` is the matched pattern (`/v1/markets/{code}`), never the raw path, so the
    /// number of series stays bounded whatever clients send.
    pub fn observe(&self, method: &str, route: &str, status: &str, elapsed: Duration) {
        self.requests
            .with_label_values(&[method, route, status])
            .inc();
        self.latency
            .with_label_values(&[method, route])
            .observe(elapsed.as_secs_f64());
    }

    pub fn response_cache_hit(&self) {
        self.response_cache_hits.inc();
    }

    pub fn response_cache_hits(&self) -> u64 {
        self.response_cache_hits.get()
    }

    /// The series of one (method, route, status), looked up once for a caller that will
    /// count the same kind of answer many times (the response cache).
    pub fn route(&self, method: &str, route: &str, status: &str) -> RouteMetrics {
        RouteMetrics {
            requests: self.requests.with_label_values(&[method, route, status]),
            latency: self.latency.with_label_values(&[method, route]),
        }
    }

    /// The text exposition format, with the gauges read now.
    pub fn render(&self, release: i64, pool: diesel::r2d2::State) -> String {
        self.release.set(release);
        self.pool_connections.set(i64::from(pool.connections));
        self.pool_idle.set(i64::from(pool.idle_connections));
        let mut out = Vec::new();
        TextEncoder::new()
            .encode(&self.registry.gather(), &mut out)
            .expect("metrics encode");
        String::from_utf8(out).expect("metrics are UTF-8")
    }
}

/// One route's request counter and latency histogram (see [`Metrics::route`]).
pub struct RouteMetrics {
    requests: IntCounter,
    latency: Histogram,
}

impl RouteMetrics {
    pub fn observe(&self, elapsed: Duration) {
        self.requests.inc();
        self.latency.observe(elapsed.as_secs_f64());
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
