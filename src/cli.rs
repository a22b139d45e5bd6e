//! The command line: one binary for serving, migrating, importing, exporting and checking.

use std::net::TcpListener;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};

use std::time::Duration;

use crate::auth::{Role, TokenKeys, password};
use crate::content::{Catalog, ContentSet};
use crate::db::{self, store};
use crate::db::{changesets, users};
use crate::phrases::{PhraseBook, coverage};
use crate::startup;

#[derive(Debug, Parser)]
#[command(
    name = "marketguide",
    version,
    about = "Market guidance for cross-border sellers: a REST API"
)]
pub struct Cli {
    /// Database URL: a SQLite file path (`sqlite://PATH` also accepted), or `postgres://...`
    /// when built with the `postgres` feature. Defaults to `<data-dir>/marketguide.sqlite3`.
    #[arg(long, env = "MARKETGUIDE_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Folder for the embedded database.
    #[arg(
        long,
        env = "MARKETGUIDE_DATA_DIR",
        default_value = "data",
        global = true
    )]
    pub data_dir: PathBuf,
    /// Secret for signing access tokens (at least 32 random bytes, e.g. from
    /// `openssl rand -base64 48`).
    #[arg(
        long,
        env = "MARKETGUIDE_JWT_SECRET",
        global = true,
        hide_env_values = true
    )]
    pub jwt_secret: Option<String>,
    /// Lifetime of access tokens, in minutes.
    #[arg(
        long,
        env = "MARKETGUIDE_TOKEN_TTL_MINUTES",
        default_value_t = 60,
        global = true
    )]
    pub token_ttl_minutes: u64,
    /// Log as JSON lines instead of text.
    #[arg(long, env = "MARKETGUIDE_LOG_JSON", global = true)]
    pub log_json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP API (creates, migrates and seeds the database when needed).
    Serve {
        /// Address to listen on.
        #[arg(long, env = "MARKETGUIDE_BIND", default_value = "127.0.0.1:8080")]
        bind: String,
        /// Worker threads (default: one per core).
        #[arg(long, env = "MARKETGUIDE_WORKERS")]
        workers: Option<usize>,
        /// Seed a new database from this `locales/` folder instead of the built-in content.
        #[arg(long, env = "MARKETGUIDE_SEED_DIR")]
        seed_dir: Option<PathBuf>,
        /// Development mode: without a signing secret, use a random one for this process
        /// (tokens die on restart). Without it, `serve` refuses a missing or weak secret.
        #[arg(long, env = "MARKETGUIDE_DEV")]
        dev: bool,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Mint an access token for an existing user (needs the signing secret).
    Token { username: String },
    /// Create or upgrade the database schema, then exit.
    Migrate,
    /// Propose a `locales/` folder as the complete content: opens a changeset with an edit per
    /// changed document and submits it for review (a reviewer approves it to publish).
    Import {
        dir: PathBuf,
        /// Recorded as the changeset's author (who then cannot approve it).
        #[arg(long, default_value = "import")]
        author: String,
        /// Changeset title.
        #[arg(long, default_value = "Import")]
        title: String,
    },
    /// Write a release (default: the latest) to a folder in the `locales/` layout.
    Export {
        dir: PathBuf,
        #[arg(long)]
        release: Option<i64>,
    },
    /// Validate a `locales/` folder offline; exits 1 and prints file:line:column on errors.
    /// Prints phrase-set coverage per locale.
    Check {
        dir: PathBuf,
        /// Print the coverage report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print the OpenAPI document (or write it to a file).
    Openapi {
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user. The password is read from MARKETGUIDE_PASSWORD, else from stdin.
    Add {
        username: String,
        #[arg(long, default_value = "editor")]
        role: Role,
    },
}

impl Cli {
    fn token_keys(&self, dev: bool) -> anyhow::Result<TokenKeys> {
        let ttl = Duration::from_secs(self.token_ttl_minutes * 60);
        match TokenKeys::from_secret(self.jwt_secret.as_deref().unwrap_or(""), ttl) {
            Ok(keys) => Ok(keys),
            Err(e) if dev => {
                tracing::warn!("{e}; development mode: using a random secret for this process");
                Ok(TokenKeys::ephemeral(ttl))
            }
            Err(e) => anyhow::bail!(
                "refusing to start: {e}. Set MARKETGUIDE_JWT_SECRET (e.g. `openssl rand -base64 48`) or pass --dev"
            ),
        }
    }

    fn database_url(&self) -> String {
        self.database_url.clone().unwrap_or_else(|| {
            self.data_dir
                .join("marketguide.sqlite3")
                .to_string_lossy()
                .into_owned()
        })
    }
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    let url = cli.database_url();
    let keys = match &cli.command {
        Command::Serve { dev, .. } => Some(cli.token_keys(*dev)?),
        Command::Token { .. } => Some(cli.token_keys(false)?),
        _ => None,
    };
    match cli.command {
        Command::Serve {
            bind,
            workers,
            seed_dir,
            dev: _,
        } => {
            let seed = match &seed_dir {
                Some(dir) => ContentSet::read_dir(dir)?,
                None => ContentSet::seed()?,
            };
            let state = startup::prepare(&url, &seed, keys.expect("serve has keys"))?;
            let listener = TcpListener::bind(&bind).with_context(|| format!("binding {bind}"))?;
            tracing::info!(
                address = %listener.local_addr()?,
                database = %url,
                release = state.snapshot.load().release.number,
                "marketguide is serving"
            );
            actix_web::rt::System::new().block_on(startup::run(listener, state, workers)?)?;
        }
        Command::User {
            command: UserCommand::Add { username, role },
        } => {
            let password = match std::env::var("MARKETGUIDE_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\r', '\n']).to_string()
                }
            };
            let hash = password::hash(&password).map_err(|e| anyhow::anyhow!(e))?;
            let pool = db::connect(&url, 1)?;
            let mut conn = pool.get()?;
            users::create(&mut conn, "cli", &username, &hash, role)?;
            println!("created {role} `{username}`");
        }
        Command::Token { username } => {
            let pool = db::connect(&url, 1)?;
            let mut conn = pool.get()?;
            let user = users::find(&mut conn, &username)?
                .with_context(|| format!("no user `{username}`"))?;
            println!(
                "{}",
                keys.expect("token has keys")
                    .issue(&user.username, user.role)
            );
        }
        Command::Migrate => {
            let pool = db::connect(&url, 1)?;
            tracing::info!(database = %url, "schema is up to date");
            drop(pool);
        }
        Command::Import { dir, author, title } => {
            let set = read_valid(&dir)?;
            let pool = db::connect(&url, 1)?;
            let mut conn = pool.get()?;
            let latest = store::latest_release(&mut conn)?.map_or(0, |r| r.id);
            let writes = changesets::writes_replacing_all(&mut conn, &set)?;
            let description = format!("Imported from {}", dir.display());
            match changesets::create_with_writes(&mut conn, &author, &title, &description, &writes)
            {
                Ok(changeset) => {
                    let edits = changesets::edits(&mut conn, changeset.id)?.len();
                    changesets::submit(&mut conn, changeset.id, None, &author)?;
                    println!(
                        "opened changeset {} with {edits} edit(s), now in review; \
                         a reviewer publishes it with POST /v1/changesets/{}/approve",
                        changeset.id, changeset.id
                    );
                }
                Err(changesets::ChangesetError::Unchanged(_)) => {
                    println!("nothing differs from release {latest}; no changeset opened");
                }
                Err(e) => return Err(e.into()),
            }
        }
        Command::Export { dir, release } => {
            let pool = db::connect(&url, 1)?;
            let mut conn = pool.get()?;
            let release = match release {
                Some(n) => {
                    store::release(&mut conn, n)?.with_context(|| format!("no release {n}"))?
                }
                None => {
                    store::latest_release(&mut conn)?.context("the database holds no release")?
                }
            };
            store::load_release(&mut conn, release.id)?.write_dir(&dir)?;
            println!("wrote release {} to {}", release.id, dir.display());
        }
        Command::Check { dir, json } => {
            let set = read_valid(&dir)?;
            let catalog = Catalog::parse(&set).expect("validated above");
            crate::guidance::library::check(&catalog)?;
            let report = coverage::report(&PhraseBook::build(&catalog));
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
                return Ok(());
            }
            print!("{}", coverage::table(&report));
            println!(
                "ok: {} documents, {} markets, locales {}",
                set.documents.len(),
                catalog.markets.len(),
                catalog
                    .locales()
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        Command::Openapi { output } => {
            let json = crate::openapi::document_json();
            match output {
                Some(path) => std::fs::write(&path, json)
                    .with_context(|| format!("writing {}", path.display()))?,
                None => print!("{json}"),
            }
        }
    }
    Ok(())
}

fn read_valid(dir: &std::path::Path) -> anyhow::Result<ContentSet> {
    let set = ContentSet::read_dir(dir)?;
    if let Err(errors) = Catalog::parse(&set) {
        anyhow::bail!(
            "{} has {} problem(s):\n{errors}",
            dir.display(),
            errors.0.len()
        );
    }
    Ok(set)
}
