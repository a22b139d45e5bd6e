//! Console sign-in sessions. The cookie carries a random token; the table keeps only its
//! SHA-256, who it belongs to, the account's token version at sign-in, the form token (CSRF)
//! and when it ends. Rows live in the shared database, so every node honours a sign-out.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::DbConnection;
use super::schema::console_sessions as s;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub username: String,
    pub token_version: i64,
    pub csrf_token: String,
    pub expires_at: DateTime<Utc>,
}

/// Hex SHA-256 of the cookie value: what the table is keyed by.
pub fn hash_token(token: &str) -> String {
    super::store::content_hash(token)
}

/// A new random value (256 bits, URL-safe base64) for a cookie or a form token.
pub fn random_token() -> String {
    use base64::Engine;
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Stores a session for `username` and returns (cookie token, CSRF token). Expired rows are
/// swept here, so the table stays as small as the number of people signed in.
pub fn create(
    conn: &mut DbConnection,
    username: &str,
    token_version: i64,
    ttl: chrono::Duration,
) -> QueryResult<(String, String)> {
    let now = Utc::now().naive_utc();
    diesel::delete(s::table.filter(s::expires_at.le(now))).execute(conn)?;
    let token = random_token();
    let csrf = random_token();
    diesel::insert_into(s::table)
        .values((
            s::token_hash.eq(hash_token(&token)),
            s::username.eq(username),
            s::token_version.eq(token_version),
            s::csrf_token.eq(&csrf),
            s::created_at.eq(now),
            s::expires_at.eq(now + ttl),
        ))
        .execute(conn)?;
    Ok((token, csrf))
}

/// The live session whose cookie value is `token`.
pub fn find(conn: &mut DbConnection, token: &str) -> QueryResult<Option<Session>> {
    let now = Utc::now().naive_utc();
    let row: Option<(String, i64, String, chrono::NaiveDateTime)> = s::table
        .filter(s::token_hash.eq(hash_token(token)))
        .filter(s::expires_at.gt(now))
        .select((s::username, s::token_version, s::csrf_token, s::expires_at))
        .first(conn)
        .optional()?;
    Ok(row.map(
        |(username, token_version, csrf_token, expires_at)| Session {
            username,
            token_version,
            csrf_token,
            expires_at: expires_at.and_utc(),
        },
    ))
}

/// Signs out: the cookie value is worthless from now on, on every node.
pub fn delete(conn: &mut DbConnection, token: &str) -> QueryResult<()> {
    diesel::delete(s::table.filter(s::token_hash.eq(hash_token(token)))).execute(conn)?;
    Ok(())
}
