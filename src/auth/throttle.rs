//! Failed-login throttling, per account and per client address (GCRA limiters from
//! `governor`). Only failures count. Once a key has used up its allowance it is blocked
//! until the limiter would let the next failure through, and blocked requests are turned
//! away before any password is hashed, so a guessing run costs the server almost nothing.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// How often one account's failures are written to the audit log: once per kind and window,
/// so a guessing run cannot fill the database.
pub const AUDIT_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Allowances, as a burst and one more failure per period after it.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub account_burst: u32,
    pub account_period: Duration,
    pub client_burst: u32,
    pub client_period: Duration,
}

impl Default for Limits {
    /// An account: 10 failures, then one per 30 s (at most 130 guesses in the first hour).
    /// A client address: 30 failures, then one per 5 s (people behind one NAT share it).
    fn default() -> Self {
        Self {
            account_burst: 10,
            account_period: Duration::from_secs(30),
            client_burst: 30,
            client_period: Duration::from_secs(5),
        }
    }
}

/// A login refused without looking at the password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttled {
    pub retry_after: Duration,
}

/// What a failed login leads to.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Failure {
    /// The account or address is now blocked (the failure itself is still a 401).
    pub throttled: Option<Throttled>,
    /// Audit actions to record for the account, at most one per kind and window.
    pub audit: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Account(String),
    Client(IpAddr),
}

pub struct LoginThrottle {
    accounts: DefaultKeyedRateLimiter<String>,
    clients: DefaultKeyedRateLimiter<IpAddr>,
    clock: DefaultClock,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// Keys refused until the instant, without a password check.
    blocked: HashMap<Key, Instant>,
    /// When each (account, action) was last audited.
    audited: HashMap<(String, &'static str), Instant>,
    failures_since_prune: u32,
}

fn quota(burst: u32, period: Duration) -> Quota {
    Quota::with_period(period)
        .expect("a positive period")
        .allow_burst(NonZeroU32::new(burst.max(1)).expect("positive"))
}

impl LoginThrottle {
    pub fn new(limits: Limits) -> Self {
        Self {
            accounts: RateLimiter::keyed(quota(limits.account_burst, limits.account_period)),
            clients: RateLimiter::keyed(quota(limits.client_burst, limits.client_period)),
            clock: DefaultClock::default(),
            state: Mutex::default(),
        }
    }

    /// Before a password is checked: refused while the account or the address is blocked.
    pub fn check(&self, account: &str, client: IpAddr) -> Result<(), Throttled> {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        let until = [Key::Account(account.to_string()), Key::Client(client)]
            .iter()
            .filter_map(|key| state.blocked.get(key).copied())
            .filter(|until| *until > now)
            .max();
        match until {
            Some(until) => Err(Throttled {
                retry_after: until - now,
            }),
            None => Ok(()),
        }
    }

    /// After a wrong password (or an unknown account). `known` says whether the account
    /// exists: only then is anything audited, so made-up names cannot grow the log.
    pub fn failed(&self, account: &str, client: IpAddr, known: bool) -> Failure {
        let mut failure = Failure::default();
        let now = Instant::now();
        let clock_now = self.clock.now();
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let mut block = |key: Key, wait: Duration, state: &mut State| {
            state.blocked.insert(key, now + wait);
            let longest = failure.throttled.map_or(wait, |t| t.retry_after.max(wait));
            failure.throttled = Some(Throttled {
                retry_after: longest,
            });
        };
        if let Err(not_until) = self.accounts.check_key(&account.to_string()) {
            block(
                Key::Account(account.to_string()),
                not_until.wait_time_from(clock_now),
                &mut state,
            );
        }
        if let Err(not_until) = self.clients.check_key(&client) {
            block(
                Key::Client(client),
                not_until.wait_time_from(clock_now),
                &mut state,
            );
        }
        if known {
            let mut note = |action: &'static str, state: &mut State| {
                let key = (account.to_string(), action);
                let due = state
                    .audited
                    .get(&key)
                    .is_none_or(|at| now.duration_since(*at) >= AUDIT_WINDOW);
                if due {
                    state.audited.insert(key, now);
                    failure.audit.push(action);
                }
            };
            note("auth.failed", &mut state);
            if failure.throttled.is_some() {
                note("auth.throttled", &mut state);
            }
        }
        state.failures_since_prune += 1;
        if state.failures_since_prune >= 1024 {
            state.failures_since_prune = 0;
            state.blocked.retain(|_, until| *until > now);
            state
                .audited
                .retain(|_, at| now.duration_since(*at) < AUDIT_WINDOW);
            drop(state);
            self.accounts.retain_recent();
            self.clients.retain_recent();
        }
        failure
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> LoginThrottle {
        LoginThrottle::new(Limits {
            account_burst: 3,
            account_period: Duration::from_secs(60),
            client_burst: 5,
            client_period: Duration::from_secs(60),
        })
    }

    const HOME: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 1));
    const AWAY: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 2));

    #[test]
    fn an_account_is_blocked_after_its_burst_of_failures() {
        let t = small();
        for _ in 0..3 {
            assert!(t.check("mei", HOME).is_ok());
            assert_eq!(t.failed("mei", HOME, true).throttled, None);
        }
        let fourth = t.failed("mei", HOME, true);
        let wait = fourth.throttled.expect("blocked").retry_after;
        assert!(wait > Duration::from_secs(50) && wait <= Duration::from_secs(60));
        // From any address, and before the password is looked at.
        assert!(t.check("mei", AWAY).is_err());
        assert!(t.check("kenji", AWAY).is_ok());
    }

    #[test]
    fn an_address_is_blocked_across_accounts() {
        let t = small();
        for n in 0..5 {
            assert_eq!(t.failed(&format!("user{n}"), HOME, false).throttled, None);
        }
        assert!(t.failed("user9", HOME, false).throttled.is_some());
        assert!(t.check("anyone", HOME).is_err());
        assert!(t.check("anyone", AWAY).is_ok());
    }

    #[test]
    fn failures_are_audited_once_per_window_and_only_for_real_accounts() {
        let t = small();
        assert_eq!(t.failed("mei", HOME, true).audit, vec!["auth.failed"]);
        assert!(t.failed("mei", HOME, true).audit.is_empty());
        assert!(t.failed("mei", HOME, true).audit.is_empty());
        assert_eq!(t.failed("mei", HOME, true).audit, vec!["auth.throttled"]);
        assert!(t.failed("mei", HOME, true).audit.is_empty());
        assert!(t.failed("ghost", AWAY, false).audit.is_empty());
    }
}
