//! Logging in and managing accounts.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::blocking::{internal, with_conn};
use super::problem::{ApiError, Problem};
use crate::auth::{Caller, Role, password};
use crate::db::audit;
use crate::db::users::{self, UserError};
use crate::startup::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"username": "mei", "password": "a long passphrase"}))]
pub struct TokenRequest {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenResponse {
    /// A JWT to send as `Authorization: Bearer <token>`.
    pub access_token: String,
    #[schema(example = "Bearer")]
    pub token_type: String,
    /// Seconds until the token expires.
    pub expires_in: u64,
    pub role: Role,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"username": "kenji", "password": "another long passphrase", "role": "reviewer"}))]
pub struct NewUser {
    pub username: String,
    /// At least 12 characters.
    pub password: String,
    pub role: Role,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UserView {
    pub username: String,
    pub role: Role,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UserList {
    pub items: Vec<UserView>,
}

/// Get an access token
///
/// Exchanges a username and password for a signed token carrying the user's role.
#[utoipa::path(
    operation_id = "createToken",
    tag = "accounts",
    request_body = TokenRequest,
    responses(
        (status = 200, description = "A bearer token", body = TokenResponse),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Wrong username or password", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/token")]
pub async fn create_token(
    state: web::Data<AppState>,
    body: web::Json<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    // Password hashing is deliberately slow: keep it off the async workers.
    let user = with_conn(&state.pool, move |conn| {
        let user = users::find(conn, &body.username).map_err(internal)?;
        let stored = user
            .as_ref()
            .map_or(password::decoy(), |u| u.password_hash.as_str());
        let ok = password::verify(&body.password, stored);
        let user = user.filter(|_| ok);
        // Logins are state changes worth knowing about; failures are only logged, so a
        // password-guessing run cannot fill the database.
        match &user {
            Some(u) => audit::record(
                conn,
                &u.username,
                "auth.token",
                &format!("user/{}", u.username),
                "",
            )
            .map_err(internal)?,
            None => tracing::warn!(username = %body.username, "refused a login"),
        }
        Ok(user)
    })
    .await?
    .ok_or_else(|| ApiError::Unauthorized("Wrong username or password.".into()))?;
    Ok(HttpResponse::Ok().json(TokenResponse {
        access_token: state.tokens.issue(&user.username, user.role),
        token_type: "Bearer".into(),
        expires_in: state.tokens.ttl.as_secs(),
        role: user.role,
    }))
}

/// Create a user
///
/// Requires role: **admin**.
#[utoipa::path(
    operation_id = "createUser",
    tag = "accounts",
    request_body = NewUser,
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("admin"))),
    responses(
        (status = 201, description = "Created", body = UserView),
        (status = 400, description = "Malformed body or weak password", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The username is taken", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/users")]
pub async fn create_user(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<NewUser>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Admin)?;
    let body = body.into_inner();
    if body.username.trim().is_empty() || body.username.len() > 64 {
        return Err(ApiError::invalid("username", "must be 1 to 64 characters"));
    }
    let created = with_conn(&state.pool, move |conn| {
        let hash = password::hash(&body.password).map_err(|m| ApiError::invalid("password", m))?;
        users::create(conn, &caller.username, &body.username, &hash, body.role).map_err(
            |e| match e {
                UserError::Exists(name) => {
                    ApiError::Conflict(format!("User `{name}` already exists."))
                }
                other => internal(other),
            },
        )?;
        users::find(conn, &body.username)
            .map_err(internal)?
            .ok_or_else(|| internal(anyhow::anyhow!("created user vanished")))
    })
    .await?;
    Ok(HttpResponse::Created().json(UserView {
        username: created.username,
        role: created.role,
        created_at: created.created_at,
    }))
}

/// List users
///
/// Requires role: **admin**.
#[utoipa::path(
    operation_id = "listUsers",
    tag = "accounts",
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("admin"))),
    responses(
        (status = 200, description = "Every account", body = UserList),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/users")]
pub async fn list_users(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Admin)?;
    let list = with_conn(&state.pool, |conn| users::list(conn).map_err(internal)).await?;
    Ok(HttpResponse::Ok().json(UserList {
        items: list
            .into_iter()
            .map(|u| UserView {
                username: u.username,
                role: u.role,
                created_at: u.created_at,
            })
            .collect(),
    }))
}
