//! Worker threads pinned one per CPU, when they are exactly as many as the CPUs this process
//! may run on.
//!
//! actix runs one single-threaded event loop per worker. Left to the scheduler, the two
//! workers of a two-CPU machine shared one CPU about 44% of the time both had work (nginx's
//! worker processes: 10%), and the storefront's profile read lost 10–20% of its rate to it
//! (`benches/http.sh`, pinned against not pinned). Pinning is only automatic when nothing
//! else is promised these CPUs: the workers cover the allowed set exactly and no CPU quota
//! asks for fewer (a container limited to 2 CPUs of 64 is not pinned to CPUs 0 and 1).
//!
//! Threads inherit their creator's CPU, so blocking work a worker starts (database calls, a
//! snapshot rebuild) goes through [`block`], which lets its thread run anywhere again.

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use actix_web::error::BlockingError;

/// `--pin-workers`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum PinWorkers {
    /// Pin when the workers cover the allowed CPUs exactly and no quota asks for fewer.
    #[default]
    Auto,
    /// Pin worker `n` to allowed CPU `n` (modulo their number), whatever the machine.
    On,
    /// Never pin.
    Off,
}

/// Which CPU each worker thread takes as it starts.
#[derive(Debug)]
pub struct Pinning {
    cpus: Vec<usize>,
    next: AtomicUsize,
}

impl Pinning {
    /// The pinning for `workers` worker threads, if any.
    pub fn plan(mode: PinWorkers, workers: usize) -> Option<Arc<Self>> {
        let cpus = allowed_cpus()?;
        let quota = std::thread::available_parallelism().map_or(0, |n| n.get());
        should_pin(mode, workers, cpus.len(), quota).then(|| {
            Arc::new(Self {
                cpus,
                next: AtomicUsize::new(0),
            })
        })
    }

    /// Pins the calling thread to the next CPU; a restarted worker takes the next one round.
    pub fn pin_this_thread(&self) {
        let cpu = self.cpus[self.next.fetch_add(1, Ordering::Relaxed) % self.cpus.len()];
        if !os::set_affinity(&[cpu]) {
            tracing::warn!(cpu, "could not pin a worker thread");
        }
    }
}

/// `quota`: the CPUs `std::thread::available_parallelism` grants, cgroup quotas included.
fn should_pin(mode: PinWorkers, workers: usize, allowed: usize, quota: usize) -> bool {
    match mode {
        PinWorkers::Off => false,
        PinWorkers::On => allowed > 0,
        PinWorkers::Auto => allowed > 1 && workers == allowed && quota == allowed,
    }
}

/// The CPUs the process was allowed at the first call (made before any worker is pinned).
pub fn allowed_cpus() -> Option<Vec<usize>> {
    static ALLOWED: OnceLock<Option<Vec<usize>>> = OnceLock::new();
    ALLOWED.get_or_init(os::affinity).clone()
}

thread_local! {
    static FREED: Cell<bool> = const { Cell::new(false) };
}

/// `actix_web::web::block` for work started by a worker: its thread is not held to the
/// worker's CPU.
pub async fn block<F, R>(f: F) -> Result<R, BlockingError>
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    actix_web::web::block(move || {
        if !FREED.replace(true)
            && let Some(cpus) = allowed_cpus()
        {
            os::set_affinity(&cpus);
        }
        f()
    })
    .await
}

#[cfg(target_os = "linux")]
mod os {
    use nix::sched::{CpuSet, sched_getaffinity, sched_setaffinity};
    use nix::unistd::Pid;

    pub fn affinity() -> Option<Vec<usize>> {
        let set = sched_getaffinity(Pid::from_raw(0)).ok()?;
        Some(
            (0..CpuSet::count())
                .filter(|&cpu| set.is_set(cpu).unwrap_or(false))
                .collect(),
        )
    }

    pub fn set_affinity(cpus: &[usize]) -> bool {
        let mut set = CpuSet::new();
        cpus.iter().all(|&cpu| set.set(cpu).is_ok())
            && sched_setaffinity(Pid::from_raw(0), &set).is_ok()
    }
}

#[cfg(not(target_os = "linux"))]
mod os {
    pub fn affinity() -> Option<Vec<usize>> {
        None
    }

    pub fn set_affinity(_: &[usize]) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_pins_only_workers_that_cover_the_cpus_exactly() {
        use PinWorkers::*;
        // A two-CPU machine or cpuset, one worker per CPU.
        assert!(should_pin(Auto, 2, 2, 2));
        // More or fewer workers than CPUs, one CPU, or a quota below the visible CPUs.
        assert!(!should_pin(Auto, 4, 2, 2));
        assert!(!should_pin(Auto, 1, 2, 2));
        assert!(!should_pin(Auto, 1, 1, 1));
        assert!(!should_pin(Auto, 2, 64, 2));
        assert!(should_pin(On, 4, 2, 2));
        assert!(!should_pin(Off, 2, 2, 2));
    }
}
