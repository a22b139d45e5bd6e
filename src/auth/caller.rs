//! The authenticated caller of a request, from its `Authorization: Bearer` token.

use std::future::{Ready, ready};

use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};

use super::Role;
use crate::api::problem::ApiError;
use crate::startup::AppState;

#[derive(Debug, Clone)]
pub struct Caller {
    pub username: String,
    pub role: Role,
}

impl Caller {
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
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        ready(authenticate(req))
    }
}

fn authenticate(req: &HttpRequest) -> Result<Caller, ApiError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no application state")))?;
    let value = req.headers().get(header::AUTHORIZATION).ok_or_else(|| {
        ApiError::Unauthorized("This needs a bearer token (POST /v1/auth/token).".into())
    })?;
    let token = value
        .to_str()
        .ok()
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .ok_or_else(|| {
            ApiError::Unauthorized("The Authorization header must be `Bearer <token>`.".into())
        })?;
    let claims = state
        .tokens
        .verify(token.trim())
        .map_err(|reason| ApiError::Unauthorized(format!("Invalid token: {reason}.")))?;
    Ok(Caller {
        username: claims.sub,
        role: claims.role,
    })
}
