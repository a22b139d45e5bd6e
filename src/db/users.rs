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
    /// A disabled account cannot log in, and its tokens are refused.
    pub disabled: bool,
    /// Bumped on every password change; tokens carry the version they were issued under.
    pub token_version: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("user `{0}` already exists")]
    Exists(String),
    #[error("there is no user `{0}`")]
    NotFound(String),
    #[error("{0}")]
    LastAdmin(String),
    #[error(transparent)]
    Query(#[from] DieselError),
    #[error("stored role `{0}` is not understood")]
    BadRole(String),
}

/// What an admin may change about an account; `None` leaves it as it is.
#[derive(Debug, Default, Clone)]
pub struct AccountChange {
    pub role: Option<Role>,
    pub disabled: Option<bool>,
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
        super::audit::record(conn, actor, "user.create", &target(username), role.as_str())?;
        Ok(())
    })
}

fn target(username: &str) -> String {
    format!("user/{username}")
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
            users::disabled.eq(false),
            users::token_version.eq(1),
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

type UserRow = (String, String, String, chrono::NaiveDateTime, bool, i64);

const COLUMNS: (
    users::username,
    users::password_hash,
    users::role,
    users::created_at,
    users::disabled,
    users::token_version,
) = (
    users::username,
    users::password_hash,
    users::role,
    users::created_at,
    users::disabled,
    users::token_version,
);

pub fn find(conn: &mut DbConnection, username: &str) -> Result<Option<User>, UserError> {
    let row: Option<UserRow> = users::table
        .filter(users::username.eq(username))
        .select(COLUMNS)
        .first(conn)
        .optional()?;
    row.map(to_user).transpose()
}

fn get(conn: &mut DbConnection, username: &str) -> Result<User, UserError> {
    find(conn, username)?.ok_or_else(|| UserError::NotFound(username.to_string()))
}

pub fn list(conn: &mut DbConnection) -> Result<Vec<User>, UserError> {
    users::table
        .order(users::username.asc())
        .select(COLUMNS)
        .load::<UserRow>(conn)?
        .into_iter()
        .map(to_user)
        .collect()
}

/// Changes an account's role or enabled state, audited. Refused when it would leave no
/// enabled admin, since nobody could then manage accounts through the API.
pub fn update(
    conn: &mut DbConnection,
    actor: &str,
    username: &str,
    change: &AccountChange,
) -> Result<User, UserError> {
    conn.transaction(|conn| {
        let before = get(conn, username)?;
        let role = change.role.unwrap_or(before.role);
        let disabled = change.disabled.unwrap_or(before.disabled);
        let was_admin = before.role == Role::Admin && !before.disabled;
        let stays_admin = role == Role::Admin && !disabled;
        if was_admin && !stays_admin && enabled_admins(conn)? <= 1 {
            return Err(UserError::LastAdmin(format!(
                "`{username}` is the last enabled admin; make another admin first."
            )));
        }
        diesel::update(users::table.filter(users::username.eq(username)))
            .set((users::role.eq(role.as_str()), users::disabled.eq(disabled)))
            .execute(conn)?;
        let mut detail = Vec::new();
        if role != before.role {
            detail.push(format!("role {} -> {role}", before.role));
        }
        if disabled != before.disabled {
            detail.push(if disabled { "disabled" } else { "enabled" }.to_string());
        }
        super::audit::record(
            conn,
            actor,
            "user.update",
            &target(username),
            &detail.join(", "),
        )?;
        get(conn, username)
    })
}

fn enabled_admins(conn: &mut DbConnection) -> Result<i64, UserError> {
    Ok(users::table
        .filter(users::role.eq(Role::Admin.as_str()))
        .filter(users::disabled.eq(false))
        .count()
        .get_result(conn)?)
}

/// Stores a new password hash and bumps the token version, so every token issued before
/// is refused from the next request on.
pub fn set_password(
    conn: &mut DbConnection,
    actor: &str,
    username: &str,
    password_hash: &str,
) -> Result<User, UserError> {
    conn.transaction(|conn| {
        get(conn, username)?;
        diesel::update(users::table.filter(users::username.eq(username)))
            .set((
                users::password_hash.eq(password_hash),
                users::token_version.eq(users::token_version + 1),
            ))
            .execute(conn)?;
        super::audit::record(conn, actor, "user.password", &target(username), "")?;
        get(conn, username)
    })
}

fn to_user(
    (username, password_hash, role, created_at, disabled, token_version): UserRow,
) -> Result<User, UserError> {
    Ok(User {
        username,
        password_hash,
        role: role.parse().map_err(|_| UserError::BadRole(role))?,
        created_at: created_at.and_utc(),
        disabled,
        token_version,
    })
}
