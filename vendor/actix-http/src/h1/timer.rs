use std::{fmt, future::Future, pin::Pin, task::Context};

use tokio::time::{Instant, Sleep};
use tracing::trace;

#[derive(Debug)]
pub(super) enum TimerState {
    Disabled,
    Inactive,
    Active { timer: Pin<Box<Sleep>> },
}

impl TimerState {
    pub(super) fn new(enabled: bool) -> Self {
        if enabled {
            Self::Inactive
        } else {
            Self::Disabled
        }
    }

    pub(super) fn is_enabled(&self) -> bool {
        matches!(self, Self::Active { .. } | Self::Inactive)
    }

    pub(super) fn set(&mut self, timer: Sleep, line: u32) {
        if matches!(self, Self::Disabled) {
            trace!("setting disabled timer from line {}", line);
        }

        *self = Self::Active {
            timer: Box::pin(timer),
        };
    }

    pub(super) fn set_and_init(&mut self, cx: &mut Context<'_>, timer: Sleep, line: u32) {
        self.set(timer, line);
        self.init(cx);
    }

    pub(super) fn clear(&mut self, line: u32) {
        if matches!(self, Self::Disabled) {
            trace!("trying to clear a disabled timer from line {}", line);
        }

        if matches!(self, Self::Inactive) {
            trace!("trying to clear an inactive timer from line {}", line);
        }

        *self = Self::Inactive;
    }

    pub(super) fn init(&mut self, cx: &mut Context<'_>) {
        if let TimerState::Active { timer } = self {
            let _ = timer.as_mut().poll(cx);
        }
    }
}

impl fmt::Display for TimerState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimerState::Disabled => f.write_str("timer is disabled"),
            TimerState::Inactive => f.write_str("timer is inactive"),
            TimerState::Active { timer } => {
                let deadline = timer.deadline();
                let now = Instant::now();

                if deadline < now {
                    f.write_str("timer is active and has reached deadline")
                } else {
                    write!(
                        f,
                        "timer is active and due to expire in {} milliseconds",
                        ((deadline - now).as_secs_f32() * 1000.0)
                    )
                }
            }
        }
    }
}

/// marketguide: the keep-alive timer, armed lazily. Upstream replaces a boxed `Sleep` after
/// every response and drops it at the next request, which registers and removes a timer
/// entry per request (about 2% of a small keep-alive read's CPU). This keeps one `Sleep` per
/// connection: a response only records the idle deadline, and when the sleep fires early it
/// is moved to the recorded deadline, so the timer wheel is touched about once per
/// keep-alive period instead of once per request.
#[derive(Debug)]
pub(super) struct IdleTimer {
    enabled: bool,
    /// When the connection, idle since its last response, should close; `None` while a
    /// request is being read or answered.
    deadline: Option<Instant>,
    sleep: Option<Pin<Box<Sleep>>>,
}

impl IdleTimer {
    pub(super) fn new(enabled: bool) -> Self {
        Self {
            enabled,
            deadline: None,
            sleep: None,
        }
    }

    pub(super) fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// The connection is idle from now on and closes at `deadline` unless a request comes.
    /// The dispatcher calls this on every wake-up while idle; only the first call after a
    /// request counts, so the deadline stays one period after the last response (upstream
    /// moved it on with each wake-up, which a timer re-armed here would do forever).
    pub(super) fn set_and_init(&mut self, cx: &mut Context<'_>, deadline: Instant) {
        let deadline = *self.deadline.get_or_insert(deadline);
        match &mut self.sleep {
            // It fires early and `poll_expired` moves it on.
            Some(sleep) if sleep.deadline() <= deadline => {}
            Some(sleep) => sleep.as_mut().reset(deadline),
            None => self.sleep = Some(Box::pin(tokio::time::sleep_until(deadline))),
        }
        if let Some(sleep) = &mut self.sleep {
            let _ = sleep.as_mut().poll(cx);
        }
    }

    /// A request has started: the connection is no longer idle.
    pub(super) fn clear(&mut self) {
        self.deadline = None;
    }

    /// Whether the connection has been idle until its deadline.
    pub(super) fn poll_expired(&mut self, cx: &mut Context<'_>) -> bool {
        let Some(sleep) = &mut self.sleep else {
            return false;
        };
        if sleep.as_mut().poll(cx).is_pending() {
            return false;
        }
        match self.deadline {
            // Fired while a request was in hand; the next response arms it again.
            None => {
                self.sleep = None;
                false
            }
            Some(deadline) if sleep.deadline() >= deadline => true,
            Some(deadline) => {
                sleep.as_mut().reset(deadline);
                let _ = sleep.as_mut().poll(cx);
                false
            }
        }
    }
}

impl fmt::Display for IdleTimer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.enabled, self.deadline) {
            (false, _) => f.write_str("timer is disabled"),
            (true, None) => f.write_str("timer is inactive"),
            (true, Some(deadline)) => {
                let now = Instant::now();
                if deadline < now {
                    f.write_str("timer is active and has reached deadline")
                } else {
                    write!(
                        f,
                        "timer is active and due to expire in {} milliseconds",
                        ((deadline - now).as_secs_f32() * 1000.0)
                    )
                }
            }
        }
    }
}
