//! Storage: one connection type over every supported backend, its pool and its migrations.
//!
//! Handlers and the content store only see [`DbConnection`]: SQLite always, PostgreSQL when
//! built with the `postgres` feature. The URL scheme picks the backend; each has its own
//! migrations (`migrations/sqlite/`, `migrations/postgresql/`), kept in step by hand.

pub mod audit;
pub mod changesets;
pub mod comments;
pub mod documents;
pub mod notify;
pub mod schema;
pub mod sessions;
pub mod store;
pub mod users;

use std::path::PathBuf;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
#[cfg(feature = "postgres")]
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgresql");

// The derive cannot see `cfg` on variants, hence one definition per feature set.
#[cfg(not(feature = "postgres"))]
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(SqliteConnection),
}

#[cfg(feature = "postgres")]
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(SqliteConnection),
    Pg(PgConnection),
}

pub type Pool = r2d2::Pool<ConnectionManager>;
pub type PooledConnection = r2d2::PooledConnection<ConnectionManager>;

/// Where the database lives, parsed once from the configured URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite(PathBuf),
    /// A libpq connection URL.
    Postgres(String),
}

impl DatabaseUrl {
    /// `postgres://...` or `postgresql://...` select PostgreSQL; `sqlite://PATH`, `sqlite:PATH`
    /// or a bare file path select SQLite.
    pub fn parse(url: &str) -> Result<Self, DbError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return if cfg!(feature = "postgres") {
                Ok(Self::Postgres(url.to_string()))
            } else {
                Err(DbError::Unsupported(
                    "this binary was built without PostgreSQL; rebuild with `--features postgres`"
                        .into(),
                ))
            };
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        if path.is_empty() || path == ":memory:" {
            // Each pooled connection would get its own empty in-memory database.
            return Err(DbError::Unsupported(
                "SQLite needs a file path (in-memory databases are not shared between connections)"
                    .into(),
            ));
        }
        Ok(Self::Sqlite(PathBuf::from(path)))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database: {0}")]
    Unsupported(String),
    #[error("cannot create the database directory {path}: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Connection(#[from] diesel::ConnectionError),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
    #[error(transparent)]
    Pool(#[from] r2d2::PoolError),
    #[error("migration failed: {0}")]
    Migration(String),
}

/// r2d2 manager that opens the backend named by the URL (no trial-and-error over backends)
/// and applies the per-connection settings.
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    url: DatabaseUrl,
}

impl ConnectionManager {
    fn connect(&self) -> Result<DbConnection, DbError> {
        match &self.url {
            #[cfg(feature = "postgres")]
            DatabaseUrl::Postgres(url) => {
                let mut conn = PgConnection::establish(url)?;
                // Timestamps are stored as UTC without a zone; keep the session from shifting them.
                conn.batch_execute("SET TIME ZONE 'UTC'")?;
                Ok(DbConnection::Pg(conn))
            }
            #[cfg(not(feature = "postgres"))]
            DatabaseUrl::Postgres(_) => Err(DbError::Unsupported(
                "this binary was built without PostgreSQL".into(),
            )),
            DatabaseUrl::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(&path.to_string_lossy())?;
                // busy_timeout first: the WAL switch itself may have to wait for another process.
                conn.batch_execute(
                    "PRAGMA busy_timeout = 5000;
                     PRAGMA journal_mode = WAL;
                     PRAGMA synchronous = NORMAL;
                     PRAGMA foreign_keys = ON;",
                )?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }
}

impl ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        ConnectionManager::connect(self).map_err(|e| match e {
            DbError::Connection(e) => r2d2::Error::ConnectionError(e),
            DbError::Query(e) => r2d2::Error::QueryError(e),
            other => r2d2::Error::ConnectionError(diesel::ConnectionError::BadConnection(
                other.to_string(),
            )),
        })
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut DbConnection) -> bool {
        false
    }
}

/// Opens (creating the file and its folder if needed) and migrates the database.
pub fn connect(url: &str, max_size: u32) -> Result<Pool, DbError> {
    let url = DatabaseUrl::parse(url)?;
    if let DatabaseUrl::Sqlite(path) = &url
        && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(|source| DbError::CreateDir {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    let pool = r2d2::Pool::builder()
        .max_size(max_size)
        .connection_timeout(Duration::from_secs(5))
        .build(ConnectionManager { url })?;
    let mut conn = pool.get()?;
    migrate(&mut conn)?;
    drop(conn);
    Ok(pool)
}

/// Applies pending migrations; returns how many ran.
pub fn migrate(conn: &mut DbConnection) -> Result<usize, DbError> {
    let applied = match conn {
        DbConnection::Sqlite(conn) => conn.run_pending_migrations(SQLITE_MIGRATIONS),
        #[cfg(feature = "postgres")]
        DbConnection::Pg(conn) => {
            // Nodes starting together must not run the same migration twice: a session
            // advisory lock makes the others wait, then find nothing pending.
            conn.batch_execute("SELECT pg_advisory_lock(20261123)")?;
            let applied = conn
                .run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|v| v.len());
            conn.batch_execute("SELECT pg_advisory_unlock(20261123)")?;
            return applied.map_err(|e| DbError::Migration(e.to_string()));
        }
    };
    applied
        .map(|applied| applied.len())
        .map_err(|e| DbError::Migration(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_scheme_picks_the_backend() {
        for url in [
            "data/x.sqlite3",
            "sqlite://data/x.sqlite3",
            "sqlite:data/x.sqlite3",
        ] {
            assert_eq!(
                DatabaseUrl::parse(url).unwrap(),
                DatabaseUrl::Sqlite(PathBuf::from("data/x.sqlite3"))
            );
        }
        assert!(DatabaseUrl::parse(":memory:").is_err());
        let pg = DatabaseUrl::parse("postgres://u:p@db:5432/marketguide");
        if cfg!(feature = "postgres") {
            assert_eq!(
                pg.unwrap(),
                DatabaseUrl::Postgres("postgres://u:p@db:5432/marketguide".into())
            );
        } else {
            assert!(pg.unwrap_err().to_string().contains("--features postgres"));
        }
    }

    /// Both backends must go through the same schema steps, under the same names.
    #[test]
    fn migrations_exist_for_both_backends() {
        let names = |dir: &str| {
            let mut names: Vec<String> =
                std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
                    .unwrap()
                    .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect();
            names.sort();
            names
        };
        assert_eq!(names("migrations/sqlite"), names("migrations/postgresql"));
    }
}
