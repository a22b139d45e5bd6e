//! The delivery worker: one per node, on a thread of its own with its own small runtime (like
//! the snapshot refresher, it must not depend on the server's runtime being around). Every
//! `poll` it claims due deliveries with a lease and sends each as a task of its own, so one
//! slow receiver delays no other.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;

use super::Settings;
use super::destination::{self, GuardedResolver};
use super::signature::Secret;
use crate::db::Pool;
use crate::db::webhooks::{self as outbox, Attempt, Job, Next};

/// Attempts in flight on one node at most.
const MAX_IN_FLIGHT: usize = 32;
/// Receivers' answers are logged up to this many bytes.
const ERROR_BODY_BYTES: usize = 512;

/// Starts the worker; it runs for the life of the process.
pub fn spawn(pool: Pool, settings: Settings) -> std::io::Result<()> {
    let client = client(&settings).map_err(std::io::Error::other)?;
    std::thread::Builder::new()
        .name("webhook-delivery".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for webhook deliveries");
            runtime.block_on(run(pool, settings, client));
        })?;
    Ok(())
}

fn client(settings: &Settings) -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(settings.timeout)
        .connect_timeout(settings.timeout)
        // A redirect would lead past the destination check; receivers answer where they are.
        .redirect(reqwest::redirect::Policy::none())
        // Proxy variables meant for the operator's shell must not reroute deliveries.
        .no_proxy()
        .dns_resolver(Arc::new(GuardedResolver {
            allow_private: settings.allow_private,
        }))
        .user_agent(concat!("marketguide-webhooks/", env!("CARGO_PKG_VERSION")))
        .build()
}

async fn run(pool: Pool, settings: Settings, client: reqwest::Client) {
    let owner = {
        let bytes: [u8; 8] = rand::random();
        format!("node-{}-{}", std::process::id(), hex::encode(bytes))
    };
    let in_flight = Arc::new(AtomicUsize::new(0));
    let settings = Arc::new(settings);
    loop {
        let room = MAX_IN_FLIGHT.saturating_sub(in_flight.load(Ordering::Relaxed));
        if room > 0 {
            match claim(&pool, &owner, &settings, room).await {
                Ok(jobs) => {
                    for job in jobs {
                        in_flight.fetch_add(1, Ordering::Relaxed);
                        let (pool, owner, client, settings, in_flight) = (
                            pool.clone(),
                            owner.clone(),
                            client.clone(),
                            Arc::clone(&settings),
                            Arc::clone(&in_flight),
                        );
                        tokio::spawn(async move {
                            attempt(&pool, &owner, &client, &settings, job).await;
                            in_flight.fetch_sub(1, Ordering::Relaxed);
                        });
                    }
                }
                Err(e) => tracing::warn!(error = %e, "cannot claim webhook deliveries"),
            }
        }
        tokio::time::sleep(settings.poll).await;
    }
}

async fn claim(
    pool: &Pool,
    owner: &str,
    settings: &Settings,
    room: usize,
) -> anyhow::Result<Vec<Job>> {
    let (pool, owner) = (pool.clone(), owner.to_string());
    let lease = chrono::Duration::from_std(settings.lease())?;
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get()?;
        let now = Utc::now().naive_utc();
        let ids = outbox::claim_due(&mut conn, &owner, now, now + lease, room as i64)?;
        let mut jobs = Vec::with_capacity(ids.len());
        for id in ids {
            jobs.extend(outbox::job(&mut conn, id)?);
        }
        Ok(jobs)
    })
    .await?
}

/// Sends one delivery and records what came of it.
async fn attempt(
    pool: &Pool,
    owner: &str,
    client: &reqwest::Client,
    settings: &Settings,
    job: Job,
) {
    let started = Instant::now();
    let (status, error) = match send(client, settings, &job).await {
        Ok((status, _)) if (200..300).contains(&status) => (Some(status), None),
        Ok((status, body)) => (Some(status), Some(body)),
        Err(e) => (None, Some(e)),
    };
    let failed = job.attempts as u32 + 1;
    let next = match status {
        Some(s) if (200..300).contains(&s) => Next::Delivered,
        Some(410) => Next::Gone,
        _ => match settings.retry.after(failed, rand::random::<f64>()) {
            Some(wait) => Next::Retry(
                Utc::now().naive_utc()
                    + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX),
            ),
            None => Next::GiveUp,
        },
    };
    let record = Attempt {
        status,
        error,
        duration_ms: started.elapsed().as_millis() as i64,
    };
    match next {
        Next::Delivered => {
            tracing::debug!(delivery = job.delivery, url = %job.url, "webhook delivered")
        }
        _ => tracing::info!(
            delivery = job.delivery,
            url = %job.url,
            status = ?record.status,
            error = record.error.as_deref().unwrap_or(""),
            next = ?next,
            "webhook attempt failed"
        ),
    }
    let (pool, owner) = (pool.clone(), owner.to_string());
    let finished = tokio::task::spawn_blocking(move || {
        let mut conn = pool.get()?;
        outbox::finish_attempt(&mut conn, &job, &owner, &record, next)?;
        anyhow::Ok(())
    })
    .await;
    if let Err(e) = finished.map_err(anyhow::Error::from).and_then(|r| r) {
        // The lease runs out and the delivery is tried again: at least once, never lost.
        tracing::warn!(error = %e, "cannot record a webhook attempt");
    }
}

/// The receiver's status and (for errors) the start of its body, or why there was none.
async fn send(
    client: &reqwest::Client,
    settings: &Settings,
    job: &Job,
) -> Result<(u16, String), String> {
    let url = destination::parse_url(&job.url)?;
    // Names are checked by the resolver at connect time; literal addresses never reach it.
    if !settings.allow_private
        && let Some(ip) = destination::literal_ip(&url)
    {
        destination::refuse_internal(ip, url.host_str().unwrap_or_default())?;
    }
    let secret = Secret::parse(&job.secret).ok_or("the stored secret is unreadable")?;
    let timestamp = Utc::now().timestamp();
    let signature = secret.sign(&job.message_id, timestamp, job.payload.as_bytes());
    let response = client
        .post(url)
        .header("content-type", "application/json")
        .header("webhook-id", &job.message_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signature)
        .body(job.payload.clone())
        .send()
        .await
        .map_err(describe)?;
    let status = response.status().as_u16();
    let body = if (200..300).contains(&status) {
        String::new()
    } else {
        let text = tokio::time::timeout(Duration::from_secs(2), response.text())
            .await
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default();
        let mut cut = text.len().min(ERROR_BODY_BYTES);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("HTTP {status}: {}", &text[..cut])
    };
    Ok((status, body))
}

/// reqwest's own message hides the cause (a refused destination, a refused connection).
fn describe(e: reqwest::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
