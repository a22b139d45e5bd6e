//! The authenticated caller of a request, from its `Authorization: Bearer` token.
//!
//! The token proves who signed in; what they may do is read from the account on every
//! request, so a role change, a disabled account or a password change takes effect on the
//! very next request, on every node (one indexed read per write-path request; no cache to
//! invalidate across processes).

use std::future::Future;
use std::pin::Pin;

use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};

use super::Role;
use super::token::Claims;
use crate::api::blocking::{internal, with_conn};
use crate::api::problem::ApiError;
use crate::db::users;
use crate::state::AppState;

#[derive(Debug, Clone)]
pub struct Caller {
    pub username: String,
    /// The account's role now, not the one the token was issued with.
    pub role: Role,
}

impl Caller {
    /// The caller as the changeset rules see them.
    pub fn actor(&self) -> crate::db::changesets::Actor<'_> {
        crate::db::changesets::Actor {
            name: &self.username,
            admin: self.role == Role::Admin,
        }
    }

    /// 403 unless the caller's role includes `needed`.
    pub fn require(&self, needed: Role) -> Result<(), ApiError> {
        if self.role.allows(needed) {
            Ok(())
        } else {
            Err(ApiError::Forbidden(format!(
                "This needs the {needed} role; `{}` is {}.",
                self.username, self.role
            )))
        }
    }
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let verified = verify_token(req);
        Box::pin(async move {
            let (state, claims) = verified?;
            let username = claims.sub.clone();
            let account = with_conn(&state.pool, move |conn| {
                users::find(conn, &username).map_err(internal)
            })
            .await?;
            let account = account.ok_or_else(|| {
                ApiError::Unauthorized(format!("The account `{}` no longer exists.", claims.sub))
            })?;
            if account.disabled {
                return Err(ApiError::Unauthorized(format!(
                    "The account `{}` is disabled.",
                    account.username
                )));
            }
            if account.token_version != claims.ver {
                return Err(ApiError::Unauthorized(
                    "The password was changed after this token was issued; log in again.".into(),
                ));
            }
            Ok(Caller {
                username: account.username,
                role: account.role,
            })
        })
    }
}

fn verify_token(req: &HttpRequest) -> Result<(web::Data<AppState>, Claims), ApiError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no application state")))?;
    let value = req.headers().get(header::AUTHORIZATION).ok_or_else(|| {
        ApiError::Unauthorized("This needs a bearer token (POST /v1/auth/token).".into())
    })?;
    // RFC 9110 §11.1: the scheme is case-insensitive.
    let token = value
        .to_str()
        .ok()
        .and_then(|v| v.trim_start().split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .filter(|token| !token.is_empty())
        .ok_or_else(|| {
            ApiError::Unauthorized("The Authorization header must be `Bearer <token>`.".into())
        })?;
    let claims = state
        .tokens
        .verify(token)
        .map_err(|reason| ApiError::Unauthorized(format!("Invalid token: {reason}.")))?;
    Ok((state, claims))
}
