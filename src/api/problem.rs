//! RFC 9457 problem details: the one error shape of the API.

use actix_web::body::MessageBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

pub const PROBLEM_JSON: &str = "application/problem+json";

/// An error response (RFC 9457). `code` is stable and meant for programs; `detail` for people.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "type": "urn:marketguide:problem:market-not-found",
    "title": "Market not found",
    "status": 404,
    "detail": "There is no market `ZZ`.",
    "code": "market-not-found"
}))]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub type_uri: String,
    /// Short summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong in this case.
    pub detail: String,
    /// Stable machine-readable error code.
    pub code: String,
    /// The offending inputs, when the problem is about specific fields.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// For `conflict` on a changeset: the edits whose base is no longer the published head.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<ConflictView>,
}

/// An edit based on a revision that is no longer the published one.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConflictView {
    #[schema(example = "text/en-US/market/JP")]
    pub document: String,
    /// The revision the edit started from (absent: the document did not exist).
    pub base_revision: Option<i64>,
    /// The revision the latest release holds (absent: it holds no such document).
    pub head_revision: Option<i64>,
}

/// One invalid input.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FieldError {
    /// Where the input was: a query parameter, path segment or header name.
    #[schema(example = "lang")]
    pub field: String,
    pub message: String,
    /// 1-based line in the submitted text, when the problem has a position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column (in characters), when the problem has a position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
}

impl From<&crate::content::ContentError> for FieldError {
    /// A content problem names the document's path as the field, with its position.
    fn from(e: &crate::content::ContentError) -> Self {
        Self {
            field: e.document.clone(),
            message: e.message.clone(),
            line: e.line,
            column: e.column,
        }
    }
}

impl From<crate::db::changesets::Conflict> for ConflictView {
    fn from(c: crate::db::changesets::Conflict) -> Self {
        Self {
            document: c.document,
            base_revision: c.base_revision,
            head_revision: c.head_revision,
        }
    }
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
            line: None,
            column: None,
        }
    }
}

impl Problem {
    pub fn new(status: StatusCode, code: &str, title: &str, detail: impl Into<String>) -> Self {
        Self {
            type_uri: format!("urn:marketguide:problem:{code}"),
            title: title.to_string(),
            status: status.as_u16(),
            detail: detail.into(),
            code: code.to_string(),
            errors: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    pub fn response(&self) -> HttpResponse {
        HttpResponse::build(
            StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        )
        .content_type(PROBLEM_JSON)
        .json(self)
    }
}

/// Errors handlers return; each maps to one status and problem code.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("There is no market `{0}`.")]
    MarketNotFound(String),
    #[error("Invalid {field}: {message}")]
    InvalidInput { field: String, message: String },
    #[error("No resource at `{0}`.")]
    RouteNotFound(String),
    #[error("{0}")]
    NotFound(String),
    #[error("The service is not ready: {0}")]
    Unavailable(String),
    #[error("{0}")]
    Unauthorized(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    Conflict(String),
    /// A changeset edit based on revisions that are no longer published.
    #[error("{detail}")]
    EditConflict {
        detail: String,
        conflicts: Vec<ConflictView>,
    },
    #[error("{0}")]
    PreconditionFailed(String),
    #[error("This request must say which version it changes: send the ETag you read in If-Match.")]
    PreconditionRequired,
    /// Content that does not parse or does not fit the rest.
    #[error("{0}")]
    InvalidContent(String, Vec<crate::content::ContentError>),
    /// Well-formed, but not something that can be done (e.g. an empty changeset).
    #[error("{0}")]
    Unprocessable(String),
    /// A well-formed value that breaks a rule (a username outside the allowed characters).
    #[error("Invalid {field}: {message}")]
    InvalidField { field: String, message: String },
    /// A value over one of the per-request work limits; `message` names the limit.
    #[error("Too large {field}: {message}")]
    LimitExceeded { field: String, message: String },
    /// The body is larger than this operation reads.
    #[error("The request body is larger than the {limit} bytes this operation accepts.")]
    PayloadTooLarge { limit: usize },
    #[error("{detail}")]
    TooManyRequests {
        detail: String,
        retry_after: std::time::Duration,
    },
    /// A known path asked with a method it does not serve; `allow` lists the ones it does.
    #[error("`{path}` does not answer {method}; it answers {allow}.")]
    MethodNotAllowed {
        path: String,
        method: String,
        allow: String,
    },
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl ApiError {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::InvalidInput {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn problem(&self) -> Problem {
        let status = self.status_code();
        match self {
            Self::MarketNotFound(_) => Problem::new(
                status,
                "market-not-found",
                "Market not found",
                self.to_string(),
            ),
            Self::InvalidInput { field, message } => {
                let mut p =
                    Problem::new(status, "invalid-input", "Invalid input", self.to_string());
                p.errors
                    .push(FieldError::new(field.clone(), message.clone()));
                p
            }
            Self::RouteNotFound(_) | Self::NotFound(_) => {
                Problem::new(status, "not-found", "Not found", self.to_string())
            }
            Self::Unavailable(_) => Problem::new(
                status,
                "unavailable",
                "Service unavailable",
                self.to_string(),
            ),
            Self::Unauthorized(_) => {
                Problem::new(status, "unauthorized", "Unauthorized", self.to_string())
            }
            Self::Forbidden(_) => Problem::new(status, "forbidden", "Forbidden", self.to_string()),
            Self::Conflict(_) => Problem::new(status, "conflict", "Conflict", self.to_string()),
            Self::EditConflict { conflicts, .. } => {
                let mut p =
                    Problem::new(status, "edit-conflict", "Edit conflict", self.to_string());
                p.conflicts = conflicts.clone();
                p
            }
            Self::PreconditionFailed(_) => Problem::new(
                status,
                "precondition-failed",
                "Precondition failed",
                self.to_string(),
            ),
            Self::PreconditionRequired => Problem::new(
                status,
                "precondition-required",
                "Precondition required",
                self.to_string(),
            ),
            Self::InvalidContent(_, errors) => {
                let mut p = Problem::new(
                    status,
                    "invalid-content",
                    "Invalid content",
                    self.to_string(),
                );
                p.errors = errors.iter().map(FieldError::from).collect();
                p
            }
            Self::Unprocessable(_) => {
                Problem::new(status, "unprocessable", "Cannot be done", self.to_string())
            }
            Self::InvalidField { field, message } => {
                let mut p =
                    Problem::new(status, "invalid-field", "Invalid field", self.to_string());
                p.errors
                    .push(FieldError::new(field.clone(), message.clone()));
                p
            }
            Self::LimitExceeded { field, message } => {
                let mut p =
                    Problem::new(status, "limit-exceeded", "Limit exceeded", self.to_string());
                p.errors
                    .push(FieldError::new(field.clone(), message.clone()));
                p
            }
            Self::PayloadTooLarge { .. } => Problem::new(
                status,
                "payload-too-large",
                "Payload too large",
                self.to_string(),
            ),
            Self::TooManyRequests { .. } => Problem::new(
                status,
                "too-many-requests",
                "Too many requests",
                self.to_string(),
            ),
            Self::MethodNotAllowed { .. } => Problem::new(
                status,
                "method-not-allowed",
                "Method not allowed",
                self.to_string(),
            ),
            // The cause is logged, never sent: it may name internals.
            Self::Internal(_) => Problem::new(
                status,
                "internal",
                "Internal error",
                "The server failed to answer; the error has been logged.",
            ),
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::MarketNotFound(_) | Self::RouteNotFound(_) | Self::NotFound(_) => {
                StatusCode::NOT_FOUND
            }
            Self::InvalidInput { .. } => StatusCode::BAD_REQUEST,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::Conflict(_) | Self::EditConflict { .. } => StatusCode::CONFLICT,
            Self::PreconditionFailed(_) => StatusCode::PRECONDITION_FAILED,
            Self::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            Self::InvalidContent(..)
            | Self::Unprocessable(_)
            | Self::InvalidField { .. }
            | Self::LimitExceeded { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let Self::Internal(cause) = self {
            tracing::error!(error = ?cause, "request failed");
        }
        let mut response = self.problem().response();
        let headers = response.headers_mut();
        match self {
            Self::Unauthorized(_) => {
                headers.insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static(
                        "Bearer realm=\"marketguide\", error=\"invalid_token\"",
                    ),
                );
            }
            Self::TooManyRequests { retry_after, .. } => {
                // Whole seconds, rounded up: a client waiting this long is let through.
                let seconds = retry_after.as_secs() + u64::from(retry_after.subsec_nanos() > 0);
                headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
            }
            Self::MethodNotAllowed { allow, .. } => {
                if let Ok(value) = HeaderValue::from_str(allow) {
                    headers.insert(header::ALLOW, value);
                }
            }
            _ => {}
        }
        response
    }
}

/// Turns any error response that is not already a problem (from actix itself: 405, 413,
/// malformed headers, ...) into one, so clients only ever see problem JSON.
pub fn problem_safety_net<B: MessageBody + 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new().default_handler(|res: ServiceResponse<B>| {
        // Problem documents, and the console's own HTML error pages, are already shaped.
        let is_problem = res.headers().get(header::CONTENT_TYPE).is_some_and(|v| {
            v.as_bytes().starts_with(PROBLEM_JSON.as_bytes())
                || v.as_bytes().starts_with(b"text/html")
        });
        if is_problem {
            return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
        }
        let status = res.status();
        let (req, old) = res.into_parts();
        let title = status.canonical_reason().unwrap_or("Error");
        let detail = old
            .error()
            .map(|e| e.to_string())
            .filter(|d| !d.is_empty() && status.is_client_error())
            .unwrap_or_else(|| title.to_string());
        let mut new = Problem::new(
            status,
            &title.to_lowercase().replace(' ', "-"),
            title,
            detail,
        )
        .response();
        for name in [header::ALLOW, header::RETRY_AFTER] {
            if let Some(value) = old.headers().get(&name) {
                new.headers_mut().insert(name, HeaderValue::clone(value));
            }
        }
        Ok(ErrorHandlerResponse::Response(
            ServiceResponse::new(req, new).map_into_right_body(),
        ))
    })
}
