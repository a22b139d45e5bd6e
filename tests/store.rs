//! The versioned store: releases record only what changed, and every release stays readable.

mod common;

use marketguide::content::{ContentSet, DocumentKey};
use marketguide::db::store::DocumentWrite;
use marketguide::db::{self, store};

fn fresh() -> (tempfile::TempDir, db::Pool) {
    let dir = tempfile::tempdir().unwrap();
    let url = common::fresh_database_url(dir.path());
    let pool = db::connect(&url, 2).unwrap();
    (dir, pool)
}

#[test]
fn publishing_the_same_content_twice_makes_no_release() {
    let (_dir, pool) = fresh();
    let mut conn = pool.get().unwrap();
    let seed = ContentSet::seed().unwrap();
    assert_eq!(
        store::publish(&mut conn, &seed, "a", "one").unwrap(),
        Some(1)
    );
    assert_eq!(
        store::publish(&mut conn, &seed, "a", "again").unwrap(),
        None
    );
    assert_eq!(store::counts(&mut conn).unwrap().releases, 1);
}

#[test]
fn old_releases_stay_readable_and_removals_are_recorded() {
    let (_dir, pool) = fresh();
    let mut conn = pool.get().unwrap();
    let v1 = ContentSet::seed().unwrap();
    store::publish(&mut conn, &v1, "a", "one").unwrap();

    let mut v2 = v1.clone();
    let jp: DocumentKey = "text/zh-CN/market/JP".parse().unwrap();
    v2.documents.get_mut(&jp).unwrap().push_str("\n# edited\n");
    let removed: DocumentKey = "text/zh-CN/market/FR".parse().unwrap();
    v2.documents.remove(&removed);
    assert_eq!(store::publish(&mut conn, &v2, "b", "two").unwrap(), Some(2));

    assert_eq!(store::load_release(&mut conn, 1).unwrap(), v1);
    assert_eq!(store::load_release(&mut conn, 2).unwrap(), v2);
    let counts = store::counts(&mut conn).unwrap();
    // One new revision and one tombstone: the release costs two rows, not a copy of everything.
    assert_eq!(counts.revisions as usize, v1.documents.len() + 1);
    assert_eq!(counts.release_entries as usize, v1.documents.len() + 2);
    assert_eq!(
        store::latest_release(&mut conn).unwrap().unwrap().author,
        "b"
    );
}

#[test]
fn storage_grows_with_changes_not_with_releases() {
    let (_dir, pool) = fresh();
    let mut conn = pool.get().unwrap();
    let seed = ContentSet::seed().unwrap();
    store::publish(&mut conn, &seed, "a", "seed").unwrap();
    let documents = seed.documents.len() as i64;
    let key: DocumentKey = "text/en-US/market/DE".parse().unwrap();
    let original = seed.documents[&key].clone();
    let text = |i: i64| format!("{original}# edit {i}\n");
    let releases = 1_000;
    for i in 1..=releases {
        let write = DocumentWrite {
            key: key.clone(),
            content: Some(text(i)),
            author: "a".into(),
        };
        store::publish_writes(&mut conn, &[write], "a", "edit")
            .unwrap()
            .expect("a release");
    }
    // One revision and one release entry per release; the other documents cost nothing.
    let counts = store::counts(&mut conn).unwrap();
    println!("{documents} documents, {releases} one-document releases: {counts:?}");
    assert_eq!(counts.releases, releases + 1);
    assert_eq!(counts.documents, documents);
    assert_eq!(counts.revisions, documents + releases);
    assert_eq!(counts.release_entries, documents + releases);
    // Any release still reads back exactly.
    for n in [2, 500, releases + 1] {
        let mut expected = seed.clone();
        expected.documents.insert(key.clone(), text(n - 1));
        assert_eq!(
            store::load_release(&mut conn, n).unwrap(),
            expected,
            "release {n}"
        );
    }
}

#[test]
fn export_then_import_gives_identical_content() {
    let (_dir, pool) = fresh();
    let mut conn = pool.get().unwrap();
    let seed = ContentSet::seed().unwrap();
    store::publish(&mut conn, &seed, "a", "seed").unwrap();
    let out = tempfile::tempdir().unwrap();
    store::load_release(&mut conn, 1)
        .unwrap()
        .write_dir(out.path())
        .unwrap();
    let back = ContentSet::read_dir(out.path()).unwrap();
    assert_eq!(back, seed);
    assert_eq!(
        store::publish(&mut conn, &back, "a", "reimport").unwrap(),
        None
    );
}

#[test]
fn concurrent_publishers_do_not_lose_releases() {
    let (_dir, pool) = fresh();
    store::publish(
        &mut pool.get().unwrap(),
        &ContentSet::seed().unwrap(),
        "a",
        "seed",
    )
    .unwrap();
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let pool = pool.clone();
            std::thread::spawn(move || {
                let mut set = ContentSet::seed().unwrap();
                let key: DocumentKey = format!("text/en-US/market/{}", ["JP", "US", "DE", "BR"][t])
                    .parse()
                    .unwrap();
                for i in 0..10 {
                    set.documents
                        .get_mut(&key)
                        .unwrap()
                        .push_str(&format!("# {t} {i}\n"));
                    store::publish(&mut pool.get().unwrap(), &set, "a", "edit").unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let counts = store::counts(&mut pool.get().unwrap()).unwrap();
    // Every publish saw the previous release and got its own number.
    assert!(counts.releases >= 11, "{counts:?}");
}
