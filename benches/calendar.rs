//! Holiday computation cost: one market, one year (`year_occurrences`), for markets with
//! fixed, lunisolar, Islamic and substitute-day rules. Caches are warmed first, as on a
//! running server. Run with `cargo bench --bench calendar`; prints medians.

use std::time::Instant;

use marketguide::calendar::year_occurrences;
use marketguide::content::{Catalog, ContentSet};

fn main() {
    let catalog = Catalog::parse(&ContentSet::seed().unwrap()).unwrap();
    for code in ["US", "JP", "CN", "KR", "VN", "SA", "IN"] {
        let market = &catalog.markets[code];
        for year in 2020..=2035 {
            std::hint::black_box(year_occurrences(market, year));
        }
        let iterations = 2_000;
        let mut samples = Vec::new();
        for _ in 0..7 {
            let start = Instant::now();
            for i in 0..iterations {
                let year = 2020 + (i % 16);
                std::hint::black_box(year_occurrences(market, year));
            }
            samples.push(start.elapsed().as_secs_f64() * 1e6 / iterations as f64);
        }
        samples.sort_by(f64::total_cmp);
        println!(
            "{code}: one year of holidays in median {:.1} µs ({} rules)",
            samples[3],
            market.holidays.len()
        );
    }
}
