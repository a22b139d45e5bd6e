//! Logging in and managing accounts.

use actix_web::{HttpRequest, HttpResponse, get, patch, post, put, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::blocking::{internal, with_conn};
use super::problem::{ApiError, Problem};
use crate::auth::hashing::Busy;
use crate::auth::{Caller, Role, names, password};
use crate::db::audit;
use crate::db::users::{self, AccountChange, User, UserError};
use crate::state::AppState;

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
    /// 2 to 64 characters: a-z, 0-9, `.`, `_`, `-`, starting with a letter or digit.
    #[schema(pattern = "^[a-z0-9][a-z0-9._-]{1,63}$")]
    pub username: String,
    /// At least 12 characters.
    #[schema(min_length = 12)]
    pub password: String,
    pub role: Role,
}

/// An account name: 2 to 64 characters, a-z, 0-9, `.`, `_`, `-`, starting with a letter or
/// digit.
#[derive(ToSchema)]
#[schema(pattern = "^[a-z0-9][a-z0-9._-]{1,63}$", example = "mei")]
pub struct Username(#[allow(dead_code)] String);

#[derive(Debug, Serialize, ToSchema)]
pub struct UserView {
    pub username: String,
    pub role: Role,
    pub created_at: DateTime<Utc>,
    /// A disabled account cannot log in and its tokens are refused.
    pub disabled: bool,
}

impl From<User> for UserView {
    fn from(u: User) -> Self {
        Self {
            username: u.username,
            role: u.role,
            created_at: u.created_at,
            disabled: u.disabled,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"role": "editor", "disabled": false}))]
pub struct UserPatch {
    pub role: Option<Role>,
    pub disabled: Option<bool>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"current_password": "the old passphrase", "password": "a new long passphrase"}))]
pub struct PasswordChange {
    /// Required when changing your own password; an admin resetting someone else's omits it.
    pub current_password: Option<String>,
    /// At least 12 characters.
    #[schema(min_length = 12)]
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UserList {
    pub items: Vec<UserView>,
}

fn busy() -> ApiError {
    ApiError::TooManyRequests {
        detail: "Too many logins are being checked right now; try again in a moment.".into(),
        retry_after: std::time::Duration::from_secs(1),
    }
}

/// Hashes a new password on the hashing threads (never on a request worker).
async fn hash_password(state: &AppState, new: String) -> Result<String, ApiError> {
    state
        .hashing
        .run(move || password::hash(&new))
        .await
        .map_err(|Busy| busy())?
        .map_err(|m| ApiError::invalid("password", m))
}

/// Get an access token
///
/// Exchanges a username and password for a signed token carrying the user's role. Failed
/// logins are limited per account and per client address: past the limit the answer is 429
/// with `Retry-After`, without checking the password.
#[utoipa::path(
    operation_id = "createToken",
    tag = "accounts",
    request_body = TokenRequest,
    responses(
        (status = 200, description = "A bearer token", body = TokenResponse),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Wrong username or password, or a disabled account", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many failed logins for this account or address (see `Retry-After`), or the server is busy checking others", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[post("/auth/token")]
pub async fn create_token(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<TokenRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let client = state.client_address.of(&req);
    state
        .throttle
        .check(&body.username, client)
        .map_err(|t| ApiError::TooManyRequests {
            detail: "Too many failed logins; wait before trying again.".into(),
            retry_after: t.retry_after,
        })?;
    // Read the stored hash and give the connection back before the slow part.
    let user = if names::is_valid_username(&body.username) {
        let name = body.username.clone();
        with_conn(&state.pool, move |conn| {
            users::find(conn, &name).map_err(internal)
        })
        .await?
    } else {
        None
    };
    // Unknown users are checked against a decoy, so both take as long.
    let stored = user.as_ref().map_or_else(
        || password::decoy().to_string(),
        |u| u.password_hash.clone(),
    );
    let attempt = body.password;
    let ok = state
        .hashing
        .run(move || password::verify(&attempt, &stored))
        .await
        .map_err(|Busy| busy())?;
    let known = user.is_some();
    let Some(user) = user.filter(|_| ok) else {
        let failure = state.throttle.failed(&body.username, client, known);
        tracing::warn!(username = %body.username, %client, "refused a login");
        if !failure.audit.is_empty() {
            let name = body.username.clone();
            let detail =
                format!("from {client}; further failures in the next 15 minutes are not logged");
            with_conn(&state.pool, move |conn| {
                for action in failure.audit {
                    audit::record(conn, &name, action, &format!("user/{name}"), &detail)
                        .map_err(internal)?;
                }
                Ok(())
            })
            .await?;
        }
        return Err(ApiError::Unauthorized("Wrong username or password.".into()));
    };
    if user.disabled {
        return Err(ApiError::Unauthorized("This account is disabled.".into()));
    }
    let name = user.username.clone();
    with_conn(&state.pool, move |conn| {
        audit::record(conn, &name, "auth.token", &format!("user/{name}"), "").map_err(internal)
    })
    .await?;
    Ok(HttpResponse::Ok().json(TokenResponse {
        access_token: state
            .tokens
            .issue(&user.username, user.role, user.token_version),
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
        (status = 422, description = "The username breaks the naming rule", body = Problem, content_type = "application/problem+json"),
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
    if !names::is_valid_username(&body.username) {
        return Err(ApiError::InvalidField {
            field: "username".into(),
            message: names::RULE.into(),
        });
    }
    let hash = hash_password(&state, body.password).await?;
    let created = with_conn(&state.pool, move |conn| {
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
    Ok(HttpResponse::Created().json(UserView::from(created)))
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
        items: list.into_iter().map(UserView::from).collect(),
    }))
}

fn account_error(e: UserError) -> ApiError {
    match e {
        UserError::NotFound(name) => ApiError::NotFound(format!("There is no user `{name}`.")),
        UserError::LastAdmin(detail) => ApiError::Conflict(detail),
        other => internal(other),
    }
}

/// Read a user
///
/// Any account may read itself; reading another account needs an admin.
/// Requires role: **editor**.
#[utoipa::path(
    operation_id = "getUser",
    tag = "accounts",
    params(("name" = String, Path, description = "Username", example = "mei")),
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 200, description = "The account", body = UserView),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Another account, and not an admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such user", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/users/{name}")]
pub async fn get_user(
    state: web::Data<AppState>,
    caller: Caller,
    name: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let name = name.into_inner();
    if name != caller.username {
        caller.require(Role::Admin)?;
    }
    let user = with_conn(&state.pool, move |conn| {
        users::find(conn, &name)
            .map_err(internal)?
            .ok_or_else(|| ApiError::NotFound(format!("There is no user `{name}`.")))
    })
    .await?;
    Ok(HttpResponse::Ok().json(UserView::from(user)))
}

/// Change a user's role or disable it
///
/// Takes effect on the account's very next request: its tokens carry no power of their own.
/// The last enabled admin cannot be demoted or disabled. Requires role: **admin**.
#[utoipa::path(
    operation_id = "updateUser",
    tag = "accounts",
    params(("name" = String, Path, description = "Username", example = "mei")),
    request_body = UserPatch,
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("admin"))),
    responses(
        (status = 200, description = "The account as it is now", body = UserView),
        (status = 400, description = "Malformed body", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such user", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "It would leave no enabled admin", body = Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/users/{name}")]
pub async fn update_user(
    state: web::Data<AppState>,
    caller: Caller,
    name: web::Path<String>,
    body: web::Json<UserPatch>,
) -> Result<HttpResponse, ApiError> {
    caller.require(Role::Admin)?;
    let name = name.into_inner();
    let change = AccountChange {
        role: body.role,
        disabled: body.disabled,
    };
    let user = with_conn(&state.pool, move |conn| {
        users::update(conn, &caller.username, &name, &change).map_err(account_error)
    })
    .await?;
    Ok(HttpResponse::Ok().json(UserView::from(user)))
}

/// Change a password
///
/// Your own, with `current_password`; an admin sets anyone's without it. Every token issued
/// before is refused from the next request on. Someone else's needs an admin.
/// Requires role: **editor**.
#[utoipa::path(
    operation_id = "setUserPassword",
    tag = "accounts",
    params(("name" = String, Path, description = "Username", example = "mei")),
    request_body = PasswordChange,
    security(("bearer" = [])),
    extensions(("x-required-role" = json!("editor"))),
    responses(
        (status = 204, description = "Changed; log in again"),
        (status = 400, description = "Malformed body or a password under 12 characters", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or invalid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Wrong current password, or another account without being an admin", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such user", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "The server is busy hashing; try again", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/users/{name}/password")]
pub async fn set_password(
    state: web::Data<AppState>,
    caller: Caller,
    name: web::Path<String>,
    body: web::Json<PasswordChange>,
) -> Result<HttpResponse, ApiError> {
    let name = name.into_inner();
    let body = body.into_inner();
    let own = name == caller.username;
    // An admin changing their own password proves it like anyone else.
    if !own {
        caller.require(Role::Admin)?;
    } else {
        let current = body.current_password.clone().ok_or_else(|| {
            ApiError::invalid("current_password", "changing your own password needs it")
        })?;
        let me = caller.username.clone();
        let stored = with_conn(&state.pool, move |conn| {
            users::find(conn, &me)
                .map_err(internal)?
                .map(|u| u.password_hash)
                .ok_or_else(|| ApiError::NotFound(format!("There is no user `{me}`.")))
        })
        .await?;
        let ok = state
            .hashing
            .run(move || password::verify(&current, &stored))
            .await
            .map_err(|Busy| busy())?;
        if !ok {
            return Err(ApiError::Forbidden("The current password is wrong.".into()));
        }
    }
    let hash = hash_password(&state, body.password).await?;
    with_conn(&state.pool, move |conn| {
        users::set_password(conn, &caller.username, &name, &hash).map_err(account_error)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
