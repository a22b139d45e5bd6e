//! The command line: one binary for serving, migrating, importing, exporting and checking.

use std::net::TcpListener;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};

use std::time::Duration;

use crate::api::cors::CorsOrigins;
use crate::auth::client_address::ClientAddress;
use crate::auth::{Role, TokenKeys, names, password};
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
        /// Pin each worker thread to its own CPU: `auto` does when the workers are exactly as
        /// many as the CPUs this process may use and no CPU quota asks for fewer.
        #[arg(long, env = "MARKETGUIDE_PIN_WORKERS", value_enum, default_value_t)]
        pin_workers: crate::affinity::PinWorkers,
        /// Seed a new database from this `locales/` folder instead of the built-in content.
        #[arg(long, env = "MARKETGUIDE_SEED_DIR")]
        seed_dir: Option<PathBuf>,
        /// Development mode: without a signing secret, use a random one for this process
        /// (tokens die on restart). Without it, `serve` refuses a missing or weak secret.
        #[arg(long, env = "MARKETGUIDE_DEV")]
        dev: bool,
        /// Behind a load balancer: the header it sets with the client's address (e.g.
        /// `X-Forwarded-For`); its rightmost address is used for login throttling. Only set
        /// this when every request passes that proxy, or clients can pick their address.
        #[arg(long, env = "MARKETGUIDE_CLIENT_IP_HEADER")]
        client_ip_header: Option<String>,
        /// Browser origins allowed the write path as well, comma-separated
        /// (`https://console.example`). Reads and the public POSTs are open to every origin.
        #[arg(long, env = "MARKETGUIDE_CORS_ORIGINS")]
        cors_origins: Option<String>,
        /// Mark the console's cookies `Secure` (set this when TLS ends at a proxy that does
        /// not send `X-Forwarded-Proto`, or always in production).
        #[arg(long, env = "MARKETGUIDE_SECURE_COOKIES")]
        secure_cookies: bool,
        /// Let webhooks go to private, loopback and link-local addresses (a receiver on the
        /// operator's own network, or tests). Off: an admin could otherwise make the server
        /// call into its own network.
        #[arg(long, env = "MARKETGUIDE_WEBHOOK_ALLOW_PRIVATE")]
        webhook_allow_private: bool,
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
    /// Prints phrase-set and guidance-text coverage per locale.
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
    /// Create a user. The password comes from MARKETGUIDE_PASSWORD, else a prompt that does
    /// not echo (or one line of standard input when it is not a terminal).
    Add {
        username: String,
        #[arg(long, default_value = "editor")]
        role: Role,
    },
    /// Change a user's role (effective on their next request).
    SetRole { username: String, role: Role },
    /// Disable a user: no logins, and their tokens are refused at once.
    Disable { username: String },
    /// Enable a disabled user again.
    Enable { username: String },
    /// Set a user's password (read like `user add`); their earlier tokens stop working.
    Passwd { username: String },
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
            pin_workers,
            seed_dir,
            dev: _,
            client_ip_header,
            cors_origins,
            secure_cookies,
            webhook_allow_private,
        } => {
            let seed = match &seed_dir {
                Some(dir) => ContentSet::read_dir(dir)?,
                None => ContentSet::seed()?,
            };
            let state = crate::state::prepare(&url, &seed, keys.expect("serve has keys"))?
                .with_client_address(ClientAddress::new(client_ip_header.as_deref())?)
                .with_cors_origins(CorsOrigins::parse(cors_origins.as_deref())?)
                .with_secure_cookies(secure_cookies)
                .with_webhooks(crate::webhooks::Settings {
                    allow_private: webhook_allow_private,
                    ..Default::default()
                });
            let listener = TcpListener::bind(&bind).with_context(|| format!("binding {bind}"))?;
            tracing::info!(
                address = %listener.local_addr()?,
                database = %url,
                release = state.snapshot.load().release.number,
                "marketguide is serving"
            );
            actix_web::rt::System::new().block_on(startup::run(
                listener,
                state,
                workers,
                pin_workers,
            )?)?;
        }
        Command::User { command } => user_command(&url, command)?,
        Command::Token { username } => {
            let pool = db::connect(&url, 1)?;
            let mut conn = pool.get()?;
            let user = users::find(&mut conn, &username)?
                .with_context(|| format!("no user `{username}`"))?;
            println!(
                "{}",
                keys.expect("token has keys")
                    .issue(&user.username, user.role, user.token_version)
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
                    changesets::submit(
                        &mut conn,
                        changeset.id,
                        None,
                        changesets::Actor {
                            name: &author,
                            admin: false,
                        },
                    )?;
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
            let guidance = crate::content::coverage::report(&catalog);
            if json {
                let both = serde_json::json!({ "phrases": report, "guidance": guidance });
                println!("{}", serde_json::to_string_pretty(&both)?);
                return Ok(());
            }
            print!("{}", coverage::table(&report));
            print!("{}", crate::content::coverage::table(&guidance));
            // Stale or missing commerce facts are for reviewers, not a reason to refuse content.
            let today = chrono::Utc::now().date_naive();
            for market in catalog.markets.values() {
                for finding in crate::content::commerce::review_findings(market, today) {
                    eprintln!("review: {finding}");
                }
            }
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

/// Account commands work on an existing database only: creating a fresh, empty one by
/// accident (a wrong folder) would leave an admin that no server ever sees.
fn existing_database(url: &str) -> anyhow::Result<db::PooledConnection> {
    let is_server = url.starts_with("postgres://") || url.starts_with("postgresql://");
    if !is_server {
        let path = url.strip_prefix("sqlite://").unwrap_or(url);
        if !std::path::Path::new(path).exists() {
            anyhow::bail!(
                "there is no database at {path}; start `marketguide serve` (or `marketguide migrate`) \
                 once to create it, or point --data-dir / MARKETGUIDE_DATA_DIR at the server's folder"
            );
        }
    }
    Ok(db::connect(url, 1)?.get()?)
}

fn user_command(url: &str, command: UserCommand) -> anyhow::Result<()> {
    let mut conn = existing_database(url)?;
    let change = |role, disabled| users::AccountChange { role, disabled };
    match command {
        UserCommand::Add { username, role } => {
            if !names::is_valid_username(&username) {
                anyhow::bail!("`{username}` is not a valid username: {}", names::RULE);
            }
            let hash =
                password::hash(&read_password(&username)?).map_err(|e| anyhow::anyhow!(e))?;
            users::create(&mut conn, "cli", &username, &hash, role)?;
            println!("created {role} `{username}` in {url}");
        }
        UserCommand::SetRole { username, role } => {
            let user = users::update(&mut conn, "cli", &username, &change(Some(role), None))?;
            println!("`{}` is now {} (in {url})", user.username, user.role);
        }
        UserCommand::Disable { username } => {
            users::update(&mut conn, "cli", &username, &change(None, Some(true)))?;
            println!("disabled `{username}` (in {url}); its tokens are refused from now on");
        }
        UserCommand::Enable { username } => {
            users::update(&mut conn, "cli", &username, &change(None, Some(false)))?;
            println!("enabled `{username}` (in {url})");
        }
        UserCommand::Passwd { username } => {
            if users::find(&mut conn, &username)?.is_none() {
                anyhow::bail!("there is no user `{username}` in {url}");
            }
            let hash =
                password::hash(&read_password(&username)?).map_err(|e| anyhow::anyhow!(e))?;
            users::set_password(&mut conn, "cli", &username, &hash)?;
            println!("changed the password of `{username}` (in {url}); earlier tokens are refused");
        }
    }
    Ok(())
}

/// MARKETGUIDE_PASSWORD, else a prompt that does not echo (asked twice), else one line of
/// standard input for scripts.
fn read_password(username: &str) -> anyhow::Result<String> {
    use std::io::IsTerminal;
    if let Ok(p) = std::env::var("MARKETGUIDE_PASSWORD") {
        return Ok(p);
    }
    if std::io::stdin().is_terminal() {
        let prompt = format!(
            "Password for `{username}` (at least {} characters): ",
            password::MIN_LENGTH
        );
        let first = rpassword::prompt_password(prompt)?;
        let again = rpassword::prompt_password("The same password again: ")?;
        if first != again {
            anyhow::bail!("the two passwords differ");
        }
        return Ok(first);
    }
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
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
