//! Bodies computed on request but the same for everyone who asks the same question of one
//! release (a market's holidays for a range, the merged calendar): kept with the snapshot so
//! each is computed, serialized and compressed once. Bounded by bytes; when full it starts
//! over, which keeps the hot questions (this year, the next 90 days) cheap without any
//! bookkeeping on the read path.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use actix_web::web::Bytes;

use crate::compression::{Precompressed, etag_of};

/// Memory one release's memo may hold.
const BUDGET_BYTES: usize = 16 * 1024 * 1024;

#[derive(Debug)]
pub struct MemoBody {
    pub body: Bytes,
    pub etag: String,
    pub content_type: &'static str,
    pub compressed: Arc<Precompressed>,
}

#[derive(Default)]
pub struct Memo {
    inner: Mutex<(HashMap<String, Arc<MemoBody>>, usize)>,
}

impl Memo {
    /// The body for `key`, computing it with `make` the first time.
    pub fn get_or_insert<E>(
        &self,
        key: String,
        content_type: &'static str,
        make: impl FnOnce() -> Result<Vec<u8>, E>,
    ) -> Result<Arc<MemoBody>, E> {
        if let Some(hit) = self.lock().0.get(&key) {
            return Ok(Arc::clone(hit));
        }
        // Computed outside the lock: two first requests may both compute, never block others.
        let body = Bytes::from(make()?);
        let entry = Arc::new(MemoBody {
            etag: etag_of(&body),
            body,
            content_type,
            compressed: Precompressed::new(),
        });
        let mut guard = self.lock();
        let (map, bytes) = &mut *guard;
        let size = entry.body.len() + key.len();
        if *bytes + size > BUDGET_BYTES {
            map.clear();
            *bytes = 0;
        }
        *bytes += size;
        map.insert(key, Arc::clone(&entry));
        Ok(entry)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (HashMap<String, Arc<MemoBody>>, usize)> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_once_per_key() {
        let memo = Memo::default();
        let mut calls = 0;
        for _ in 0..3 {
            let got = memo
                .get_or_insert("a".into(), "application/json", || {
                    calls += 1;
                    Ok::<_, ()>(b"[1]".to_vec())
                })
                .unwrap();
            assert_eq!(&got.body[..], b"[1]");
        }
        assert_eq!(calls, 1);
    }
}
