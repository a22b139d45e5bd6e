//! Accounts.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use super::DbConnection;
use super::schema::users;
use crate::auth::Role;

#[derive(Debug, Clone)]
pub struct User {
    pub username: String,
    pub password_hash: String,
    pub role: Role,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("user `{0}` already exists")]
    Exists(String),
    #[error(transparent)]
    Query(#[from] DieselError),
    #[error("stored role `{0}` is not understood")]
    BadRole(String),
}

/// Creates an account; `actor` (who did it) goes into the audit log in the same transaction.
pub fn create(
    conn: &mut DbConnection,
    actor: &str,
    username: &str,
    password_hash: &str,
    role: Role,
) -> Result<(), UserError> {
    conn.transaction(|conn| {
        insert(conn, username, password_hash, role)?;
        super::audit::record(
            conn,
            actor,
            "user.create",
            &format!("user/{username}"),
            role.as_str(),
        )?;
        Ok(())
    })
}

fn insert(
    conn: &mut DbConnection,
    username: &str,
    password_hash: &str,
    role: Role,
) -> Result<(), UserError> {
    diesel::insert_into(users::table)
        .values((
            users::username.eq(username),
            users::password_hash.eq(password_hash),
            users::role.eq(role.as_str()),
            users::created_at.eq(Utc::now().naive_utc()),
        ))
        .execute(conn)
        .map_err(|e| match e {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                UserError::Exists(username.to_string())
            }
            other => other.into(),
        })?;
    Ok(())
}

pub fn find(conn: &mut DbConnection, username: &str) -> Result<Option<User>, UserError> {
    let row: Option<(String, String, String, chrono::NaiveDateTime)> = users::table
        .filter(users::username.eq(username))
        .select((
            users::username,
            users::password_hash,
            users::role,
            users::created_at,
        ))
        .first(conn)
        .optional()?;
    row.map(to_user).transpose()
}

pub fn list(conn: &mut DbConnection) -> Result<Vec<User>, UserError> {
    users::table
        .order(users::username.asc())
        .select((
            users::username,
            users::password_hash,
            users::role,
            users::created_at,
        ))
        .load::<(String, String, String, chrono::NaiveDateTime)>(conn)?
        .into_iter()
        .map(to_user)
        .collect()
}

fn to_user(
    (username, password_hash, role, created_at): (String, String, String, chrono::NaiveDateTime),
) -> Result<User, UserError> {
    Ok(User {
        username,
        password_hash,
        role: role.parse().map_err(|_| UserError::BadRole(role))?,
        created_at: created_at.and_utc(),
    })
}
