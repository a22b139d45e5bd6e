//! Telling the other nodes that a release was published. On PostgreSQL the publishing
//! transaction sends `NOTIFY marketguide_release, '<number>'`, which the server delivers only
//! when that transaction commits, and every node listens on a connection of its own. NOTIFY
//! is lost while a listener is disconnected, so a listener resyncs after every reconnect, and
//! a slow poll stays as the fallback (transaction-mode poolers do not pass NOTIFY at all).
//! SQLite has no such channel; nodes sharing a file poll the newest release instead.

use diesel::QueryResult;

use super::DbConnection;

pub const CHANNEL: &str = "marketguide_release";

/// Inside the publishing transaction. A no-op on SQLite.
pub fn announce(conn: &mut DbConnection, release: i64) -> QueryResult<()> {
    #[cfg(feature = "postgres")]
    if let DbConnection::Pg(pg) = conn {
        use diesel::RunQueryDsl;
        diesel::sql_query(format!("SELECT pg_notify('{CHANNEL}', '{release}')")).execute(pg)?;
    }
    let _ = (conn, release);
    Ok(())
}

/// Blocks forever: calls `on_release` with each announced release number, and with `None`
/// after (re)connecting, when announcements may have been missed.
#[cfg(feature = "postgres")]
pub fn listen(url: &str, on_release: impl Fn(Option<i64>)) -> ! {
    use diesel::{Connection, PgConnection, RunQueryDsl};
    use std::time::Duration;
    loop {
        let connected = PgConnection::establish(url).and_then(|mut conn| {
            diesel::sql_query(format!("LISTEN {CHANNEL}"))
                .execute(&mut conn)
                .map_err(|e| diesel::ConnectionError::BadConnection(e.to_string()))?;
            Ok(conn)
        });
        let mut conn = match connected {
            Ok(conn) => conn,
            Err(e) => {
                tracing::warn!(error = %e, "release listener cannot connect; retrying");
                std::thread::sleep(Duration::from_secs(1));
                continue;
            }
        };
        on_release(None);
        'connected: loop {
            // Reads what the socket holds without waiting: a notification is seen within
            // one tick of its commit.
            for notification in conn.notifications_iter() {
                match notification {
                    Ok(n) => on_release(n.payload.parse().ok()),
                    Err(e) => {
                        tracing::warn!(error = %e, "release listener lost its connection");
                        break 'connected;
                    }
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
