//! A small fixed set of threads for password hashing, with a bounded queue in front.
//!
//! argon2id with the default parameters (m = 19 MiB, t = 2, p = 1, OWASP's minimum) costs
//! tens of milliseconds of one core and 19 MiB per hash. Run on actix's blocking pool (up to
//! hundreds of threads), a login flood hashes on every thread at once: the cores starve, the
//! allocator keeps a 19 MiB arena per thread, and memory grows into gigabytes. Here at most
//! `threads` hashes run at once, on the same threads every time (so at most that many arenas
//! hold hash memory), and a request that finds the queue full is turned away at once.

use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};

use tokio::sync::oneshot;

type Job = Box<dyn FnOnce() + Send>;

pub struct HashPool {
    queue: SyncSender<Job>,
}

/// Every hashing thread is busy and the queue is full: the caller answers 429.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy;

impl HashPool {
    /// `threads` workers (the core count is the right number: hashing is pure CPU) behind a
    /// queue of `queue` waiting jobs.
    pub fn new(threads: usize, queue: usize) -> Self {
        let (tx, rx) = mpsc::sync_channel::<Job>(queue);
        let rx = Arc::new(Mutex::new(rx));
        for n in 0..threads.max(1) {
            let rx = Arc::clone(&rx);
            std::thread::Builder::new()
                .name(format!("password-hash-{n}"))
                .spawn(move || work(&rx))
                .expect("spawn a password hashing thread");
        }
        Self { queue: tx }
    }

    /// One worker per core, and a queue a few seconds of hashing long at most.
    pub fn for_this_machine() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Self::new(cores, 16 * cores)
    }

    /// Runs `f` on a hashing thread and waits for its result without blocking the caller's
    /// async worker.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Busy> {
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = tx.send(f());
        });
        match self.queue.try_send(job) {
            Ok(()) => rx.await.map_err(|_| Busy),
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => Err(Busy),
        }
    }
}

fn work(rx: &Mutex<Receiver<Job>>) {
    loop {
        // The lock is held only while taking a job, never while running it.
        let job = match rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        match job {
            Ok(job) => job(),
            // Every sender is gone: the application state was dropped.
            Err(_) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[actix_web::test]
    async fn runs_jobs_and_refuses_when_the_queue_is_full() {
        let pool = Arc::new(HashPool::new(1, 1));
        assert_eq!(pool.run(|| 2 + 2).await, Ok(4));

        // Occupy the only thread, fill the one queue slot, then the next job is refused.
        let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
        let running = Arc::new(AtomicUsize::new(0));
        let started = Arc::clone(&running);
        let blocker = {
            let pool = Arc::clone(&pool);
            actix_web::rt::spawn(async move {
                pool.run(move || {
                    started.fetch_add(1, Ordering::SeqCst);
                    release_rx.recv().ok();
                })
                .await
            })
        };
        while running.load(Ordering::SeqCst) == 0 {
            actix_web::rt::time::sleep(Duration::from_millis(5)).await;
        }
        let queued = {
            let pool = Arc::clone(&pool);
            actix_web::rt::spawn(async move { pool.run(|| "queued").await })
        };
        actix_web::rt::time::sleep(Duration::from_millis(20)).await;
        assert_eq!(pool.run(|| "third").await, Err(Busy));
        release_tx.send(()).unwrap();
        assert_eq!(blocker.await.unwrap(), Ok(()));
        assert_eq!(queued.await.unwrap(), Ok("queued"));
    }
}
