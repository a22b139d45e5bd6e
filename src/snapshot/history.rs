//! Snapshots of past releases, for reads pinned with `?release=N`: built on first use from the
//! database and kept in a most-recently-used cache bounded by bytes (releases never change).
//!
//! Builds run one at a time: concurrent requests for a release that is not cached wait for
//! the one build instead of each doing it, and a client cycling through old releases keeps
//! at most one core busy building, whatever its concurrency.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use super::Snapshot;

/// Memory the cache may hold by default (a seed-sized release weighs about 2 MiB).
pub const DEFAULT_BUDGET_BYTES: usize = 64 * 1024 * 1024;

pub struct History {
    budget: usize,
    /// Most recently used last, with each entry's weight.
    cache: Mutex<Cache>,
    /// Held while building, so a release is built once however many ask at once.
    building: tokio::sync::Mutex<()>,
    builds: AtomicU64,
}

#[derive(Default)]
struct Cache {
    entries: Vec<(i64, Arc<Snapshot>, usize)>,
    bytes: usize,
}

impl Default for History {
    fn default() -> Self {
        Self::with_budget(DEFAULT_BUDGET_BYTES)
    }
}

/// What a snapshot costs to keep: its pre-serialized bodies plus the parsed content behind
/// them (phrase bundles, market definitions), estimated as three times its source text.
pub fn weight(snapshot: &Snapshot, source_bytes: usize) -> usize {
    snapshot.cached_bytes() + 3 * source_bytes
}

impl History {
    pub fn with_budget(budget: usize) -> Self {
        Self {
            budget,
            cache: Mutex::default(),
            building: tokio::sync::Mutex::new(()),
            builds: AtomicU64::new(0),
        }
    }

    pub fn get(&self, release: i64) -> Option<Arc<Snapshot>> {
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        let at = cache.entries.iter().position(|(n, ..)| *n == release)?;
        let entry = cache.entries.remove(at);
        let snapshot = Arc::clone(&entry.1);
        cache.entries.push(entry);
        Some(snapshot)
    }

    /// The cached snapshot, or the one `build` makes (which then is cached). Only one build
    /// runs at a time; whoever waited for it finds its result in the cache.
    pub async fn get_or_build<E, F, Fut>(
        &self,
        release: i64,
        build: F,
    ) -> Result<Option<Arc<Snapshot>>, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Option<(Snapshot, usize)>, E>>,
    {
        if let Some(hit) = self.get(release) {
            return Ok(Some(hit));
        }
        let _building = self.building.lock().await;
        if let Some(hit) = self.get(release) {
            return Ok(Some(hit));
        }
        self.builds.fetch_add(1, Ordering::Relaxed);
        let Some((snapshot, weight)) = build().await? else {
            return Ok(None);
        };
        let snapshot = Arc::new(snapshot);
        self.insert(release, Arc::clone(&snapshot), weight);
        Ok(Some(snapshot))
    }

    fn insert(&self, release: i64, snapshot: Arc<Snapshot>, weight: usize) {
        if weight > self.budget {
            return;
        }
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(at) = cache.entries.iter().position(|(n, ..)| *n == release) {
            let (_, _, old) = cache.entries.remove(at);
            cache.bytes -= old;
        }
        while cache.bytes + weight > self.budget && !cache.entries.is_empty() {
            let (_, _, evicted) = cache.entries.remove(0);
            cache.bytes -= evicted;
        }
        cache.bytes += weight;
        cache.entries.push((release, snapshot, weight));
    }

    /// How many snapshots were built since start (for tests and metrics).
    pub fn builds(&self) -> u64 {
        self.builds.load(Ordering::Relaxed)
    }

    /// Bytes held now (for tests and metrics).
    pub fn bytes(&self) -> usize {
        self.cache.lock().unwrap_or_else(|e| e.into_inner()).bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Catalog, ContentSet};
    use crate::snapshot::views::ReleaseInfo;

    fn snapshot(number: i64) -> Snapshot {
        let catalog = Catalog::parse(&ContentSet::seed().unwrap()).unwrap();
        Snapshot::build(
            ReleaseInfo {
                number,
                title: String::new(),
                published_at: chrono::Utc::now(),
            },
            &catalog,
        )
    }

    #[actix_web::test]
    async fn the_cache_stays_within_its_byte_budget() {
        let one = snapshot(1);
        let weight = weight(&one, 1000);
        assert!(weight > one.cached_bytes());
        // Room for two: the third evicts the least recently used.
        let history = History::with_budget(2 * weight + weight / 2);
        for n in 1..=3 {
            let got = history
                .get_or_build(n, || async { Ok::<_, ()>(Some((snapshot(n), weight))) })
                .await
                .unwrap();
            assert_eq!(got.unwrap().release.number, n);
            assert!(history.bytes() <= 2 * weight + weight / 2);
        }
        assert_eq!(history.builds(), 3);
        assert!(history.get(1).is_none());
        assert!(history.get(3).is_some());
        // Too heavy for the budget: served, never cached.
        let tiny = History::with_budget(10);
        let got = tiny
            .get_or_build(1, || async { Ok::<_, ()>(Some((snapshot(1), weight))) })
            .await
            .unwrap();
        assert!(got.is_some() && tiny.bytes() == 0);
    }
}
