//! Snapshots of past releases, for reads pinned with `?release=N`: built on first use from the
//! database and kept in a small most-recently-used cache (releases never change).

use std::sync::{Arc, Mutex};

use super::Snapshot;

/// How many past releases stay in memory.
const CAPACITY: usize = 8;

#[derive(Default)]
pub struct History {
    /// Most recently used last.
    cache: Mutex<Vec<(i64, Arc<Snapshot>)>>,
}

impl History {
    pub fn get(&self, release: i64) -> Option<Arc<Snapshot>> {
        let mut cache = self.cache.lock().ok()?;
        let at = cache.iter().position(|(n, _)| *n == release)?;
        let entry = cache.remove(at);
        let snapshot = Arc::clone(&entry.1);
        cache.push(entry);
        Some(snapshot)
    }

    pub fn insert(&self, release: i64, snapshot: Arc<Snapshot>) {
        let Ok(mut cache) = self.cache.lock() else {
            return;
        };
        cache.retain(|(n, _)| *n != release);
        if cache.len() >= CAPACITY {
            cache.remove(0);
        }
        cache.push((release, snapshot));
    }
}
