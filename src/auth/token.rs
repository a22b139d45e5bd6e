//! Signed access tokens (JWT, HS256): who the caller is and what role they hold.

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Utc;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use super::Role;

pub const ISSUER: &str = "marketguide";
pub const AUDIENCE: &str = "marketguide-api";
/// Secrets shorter than this (in bytes) are weak for HS256.
pub const MIN_SECRET_BYTES: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    /// The role when the token was issued: for the client's information only. Every request
    /// checks the account's current role.
    pub role: Role,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
    pub iss: String,
    pub aud: Audience,
    /// The account's token version when issued; a password change bumps it.
    pub ver: i64,
}

/// RFC 7519 §4.1.3: one audience, or an array of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Audience {
    One(String),
    Many(Vec<String>),
}

pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    pub ttl: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the signing secret is missing")]
    Missing,
    #[error("the signing secret is weak: use at least {MIN_SECRET_BYTES} random bytes")]
    Weak,
}

impl TokenKeys {
    /// Keys from a configured secret; refuses short or low-entropy ones.
    pub fn from_secret(secret: &str, ttl: Duration) -> Result<Self, KeyError> {
        if secret.is_empty() {
            return Err(KeyError::Missing);
        }
        let distinct = secret
            .chars()
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        if secret.len() < MIN_SECRET_BYTES || distinct < 10 {
            return Err(KeyError::Weak);
        }
        Ok(Self::new(secret.as_bytes(), ttl))
    }

    /// A random secret for development: tokens die with the process.
    pub fn ephemeral(ttl: Duration) -> Self {
        let secret: [u8; 32] = rand::random();
        Self::new(&secret, ttl)
    }

    fn new(secret: &[u8], ttl: Duration) -> Self {
        // The algorithm is fixed here, never taken from a token's header (no `alg: none`).
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        // Issuer and audience are only checked when present unless required.
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        validation.validate_nbf = true;
        validation.leeway = 30;
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            ttl,
        }
    }

    pub fn issue(&self, username: &str, role: Role, version: i64) -> String {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: username.to_string(),
            role,
            iat: now,
            nbf: now,
            exp: now + self.ttl.as_secs() as i64,
            iss: ISSUER.to_string(),
            aud: Audience::One(AUDIENCE.to_string()),
            ver: version,
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .expect("HS256 signing does not fail")
    }

    /// Signs arbitrary claims: for tests of what verification refuses.
    pub fn sign<T: Serialize>(&self, claims: &T) -> String {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &self.encoding)
            .expect("HS256 signing does not fail")
    }

    pub fn verify(&self, token: &str) -> Result<Claims, String> {
        // RFC 7515 §4.1.11: extensions we do not understand must not be ignored, and we
        // understand none. jsonwebtoken's `Header` drops unknown fields, so look ourselves.
        if header_has_crit(token) {
            return Err("the token's header has critical extensions (`crit`)".into());
        }
        let claims = jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation)
            .map(|data| data.claims)
            .map_err(describe)?;
        if claims.iat > Utc::now().timestamp() + self.validation.leeway as i64 {
            return Err("the token was issued in the future".into());
        }
        Ok(claims)
    }
}

fn header_has_crit(token: &str) -> bool {
    let Some(header) = token.split('.').next() else {
        return false;
    };
    URL_SAFE_NO_PAD
        .decode(header)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
        .is_some_and(|h| h.get("crit").is_some())
}

fn describe(e: jsonwebtoken::errors::Error) -> String {
    match e.kind() {
        jsonwebtoken::errors::ErrorKind::ExpiredSignature => "the token has expired".into(),
        jsonwebtoken::errors::ErrorKind::ImmatureSignature => "the token is not valid yet".into(),
        jsonwebtoken::errors::ErrorKind::InvalidSignature => {
            "the token's signature is invalid".into()
        }
        jsonwebtoken::errors::ErrorKind::InvalidAudience => {
            "the token is for another audience".into()
        }
        jsonwebtoken::errors::ErrorKind::InvalidIssuer => "the token is from another issuer".into(),
        jsonwebtoken::errors::ErrorKind::InvalidAlgorithm => {
            "the token's algorithm is not accepted".into()
        }
        _ => "the token is malformed".into(),
    }
}
