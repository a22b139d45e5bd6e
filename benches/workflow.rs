//! The write path: what one review cycle costs (edit, submit with its whole-content check,
//! approve with its publish transaction, then the snapshot rebuild readers switch to), with a
//! short history and again after 1,000 releases, side by side in one run.
//! Run with `cargo bench --bench workflow`; prints medians in milliseconds. With
//! `--features postgres` and `MARKETGUIDE_BENCH_DATABASE_URL=postgres://...` (an empty database)
//! the same scenario then runs on PostgreSQL too.

use std::time::Instant;

use marketguide::content::{ContentSet, DocumentKey};
use marketguide::db::changesets::{self, Verdict};
use marketguide::db::store::{self, DocumentWrite};
use marketguide::db::{self, DbConnection};

const CYCLES: usize = 25;

#[derive(Default)]
struct Samples {
    edit: Vec<f64>,
    submit: Vec<f64>,
    approve: Vec<f64>,
    snapshot: Vec<f64>,
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = dir.path().join("bench.sqlite3");
    scenario("SQLite", &sqlite.to_string_lossy());
    if let Ok(url) = std::env::var("MARKETGUIDE_BENCH_DATABASE_URL") {
        scenario("PostgreSQL", &url);
    }
}

fn scenario(backend: &str, url: &str) {
    let pool = db::connect(url, 2).unwrap();
    let mut conn = pool.get().unwrap();
    let seed = ContentSet::seed().unwrap();
    store::seed_if_empty(&mut conn, &seed).unwrap();
    let key: DocumentKey = "text/en-US/market/DE".parse().unwrap();

    let short = cycles(&mut conn, &key, &seed);
    // Grow the history to 1,000 releases, each touching another document.
    let filler: DocumentKey = "text/en-US/market/FR".parse().unwrap();
    let latest = store::latest_release(&mut conn).unwrap().unwrap().id;
    for i in latest..1_000 {
        let write = DocumentWrite {
            key: filler.clone(),
            content: Some(format!("{}# filler {i}\n", seed.documents[&filler])),
            author: "bench".into(),
        };
        store::publish_writes(&mut conn, &[write], "bench", "filler").unwrap();
    }
    let long = cycles(&mut conn, &key, &seed);

    println!(
        "\n{backend}: one review cycle, median of {CYCLES} (ms)   short history   after 1,000 releases   ratio"
    );
    for (name, a, b) in [
        ("put edit (parse one document)", &short.edit, &long.edit),
        ("submit (whole-content check)", &short.submit, &long.submit),
        ("approve (check + publish)", &short.approve, &long.approve),
        ("snapshot rebuild", &short.snapshot, &long.snapshot),
    ] {
        let (a, b) = (median(a), median(b));
        println!("{name:<40} {a:>10.2} {b:>18.2} {:>10.2}x", b / a);
    }
}

fn cycles(conn: &mut DbConnection, key: &DocumentKey, seed: &ContentSet) -> Samples {
    let mut samples = Samples::default();
    for i in 0..CYCLES {
        let latest = store::latest_release(conn).unwrap().unwrap().id;
        let base = store::head_revisions(conn, latest).unwrap()[&key.to_string()];
        let text = format!("{}# bench {latest} {i}\n", seed.documents[key]);
        let changeset = changesets::create(conn, "editor", "bench", "").unwrap();

        let start = Instant::now();
        changesets::put_edit(
            conn,
            changeset.id,
            None,
            EDITOR,
            key,
            Some(&text),
            Some(base),
        )
        .unwrap();
        samples.edit.push(ms(start));

        let start = Instant::now();
        changesets::submit(conn, changeset.id, None, EDITOR).unwrap();
        samples.submit.push(ms(start));

        let start = Instant::now();
        changesets::review(conn, changeset.id, None, "reviewer", Verdict::Approve, "").unwrap();
        samples.approve.push(ms(start));

        let start = Instant::now();
        std::hint::black_box(marketguide::state::load_latest(conn).unwrap());
        samples.snapshot.push(ms(start));
    }
    samples
}

const EDITOR: changesets::Actor<'static> = changesets::Actor {
    name: "editor",
    admin: false,
};

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1e3
}

fn median(samples: &[f64]) -> f64 {
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted[sorted.len() / 2]
}
