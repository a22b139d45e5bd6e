//! When to try again: exponential backoff with jitter, so receivers that come back after an
//! outage are not hit by every sender in the same second.

use std::time::Duration;

#[derive(Debug, Clone, Copy)]
pub struct Schedule {
    /// Wait after the first failure; each later failure doubles it.
    pub first: Duration,
    /// No wait grows beyond this.
    pub max: Duration,
    /// Attempts in all before a delivery is given up as failed.
    pub attempts: u32,
}

impl Default for Schedule {
    /// 2 s, 4 s, 8 s … (the last wait 4.5 h): 15 attempts span about nine hours, enough for
    /// a receiver's overnight outage.
    fn default() -> Self {
        Self {
            first: Duration::from_secs(2),
            max: Duration::from_secs(6 * 3600),
            attempts: 15,
        }
    }
}

impl Schedule {
    /// The wait after `failed` attempts (1 = the first failed), or `None` when that was the
    /// last one allowed. `jitter` in [0, 1) moves the wait within ±25 %.
    pub fn after(&self, failed: u32, jitter: f64) -> Option<Duration> {
        if failed >= self.attempts {
            return None;
        }
        let exponent = failed.saturating_sub(1).min(31);
        let base = self
            .first
            .checked_mul(1u32 << exponent)
            .unwrap_or(self.max)
            .min(self.max);
        Some(base.mul_f64(0.75 + 0.5 * jitter.clamp(0.0, 1.0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_are_capped_jittered_and_end() {
        let s = Schedule::default();
        assert_eq!(s.after(1, 0.5), Some(Duration::from_secs(2)));
        assert_eq!(s.after(2, 0.5), Some(Duration::from_secs(4)));
        assert_eq!(s.after(5, 0.5), Some(Duration::from_secs(32)));
        assert_eq!(s.after(14, 0.5), Some(Duration::from_secs(16384)));
        assert_eq!(s.after(15, 0.5), None);
        let total: Duration = (1..15).map(|n| s.after(n, 0.5).unwrap()).sum();
        assert!(total > Duration::from_secs(8 * 3600) && total < Duration::from_secs(10 * 3600));
        let long = Schedule { attempts: 40, ..s };
        assert_eq!(long.after(30, 0.5), Some(Duration::from_secs(6 * 3600)));
        assert_eq!(s.after(1, 0.0), Some(Duration::from_millis(1500)));
        assert!(s.after(1, 0.999).unwrap() < Duration::from_millis(2500));
    }
}
