//! What a console page answers when it cannot do what was asked: an HTML page in the user's
//! language with the right status (the API's problem documents are for machines).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use super::i18n::Ui;
use super::layout;
use crate::api::problem::ApiError;
use crate::db::changesets::ChangesetError;

#[derive(Debug)]
pub enum Kind {
    /// Not signed in, or the session ended: go to the sign-in page.
    SignIn {
        next: String,
    },
    Status(StatusCode),
}

#[derive(Debug)]
pub struct ConsoleError {
    kind: Kind,
    /// Localized lead line.
    title: String,
    /// What exactly went wrong (from the rules, in English where the rules speak English).
    detail: String,
    lang: String,
}

impl std::fmt::Display for ConsoleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.title, self.detail)
    }
}

impl ConsoleError {
    pub fn sign_in(ui: &Ui, next: &str) -> Self {
        Self {
            kind: Kind::SignIn {
                next: next.to_string(),
            },
            title: ui.t("error-signin"),
            detail: String::new(),
            lang: ui.lang(),
        }
    }

    pub fn status(ui: &Ui, status: StatusCode, detail: impl Into<String>) -> Self {
        let title = match status.as_u16() {
            400 | 422 => ui.t("error-bad-input"),
            403 => ui.t("error-forbidden"),
            404 => ui.t("error-not-found"),
            409 | 412 => ui.t("error-conflict"),
            429 => ui.t("error-busy"),
            _ => ui.t("error-internal"),
        };
        Self {
            kind: Kind::Status(status),
            title,
            detail: detail.into(),
            lang: ui.lang(),
        }
    }

    pub fn forbidden(ui: &Ui, detail: impl Into<String>) -> Self {
        Self::status(ui, StatusCode::FORBIDDEN, detail)
    }

    pub fn not_found(ui: &Ui, detail: impl Into<String>) -> Self {
        Self::status(ui, StatusCode::NOT_FOUND, detail)
    }

    pub fn bad_input(ui: &Ui, detail: impl Into<String>) -> Self {
        Self::status(ui, StatusCode::UNPROCESSABLE_ENTITY, detail)
    }

    /// Any failure of the shared rules, with the status the API gives it.
    pub fn from_api(ui: &Ui, e: ApiError) -> Self {
        let status = e.status_code();
        if status.is_server_error() {
            tracing::error!(error = %e, "console request failed");
            return Self::status(ui, status, ui.t("error-internal-detail"));
        }
        Self::status(ui, status, e.to_string())
    }

    pub fn internal(ui: &Ui, e: impl std::fmt::Display) -> Self {
        tracing::error!(error = %e, "console request failed");
        Self::status(
            ui,
            StatusCode::INTERNAL_SERVER_ERROR,
            ui.t("error-internal-detail"),
        )
    }

    pub fn from_changeset(ui: &Ui, e: ChangesetError) -> Self {
        Self::from_api(ui, ApiError::from(e))
    }
}

impl ResponseError for ConsoleError {
    fn status_code(&self) -> StatusCode {
        match self.kind {
            Kind::SignIn { .. } => StatusCode::SEE_OTHER,
            Kind::Status(s) => s,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match &self.kind {
            Kind::SignIn { next } => HttpResponse::SeeOther()
                .insert_header(("Location", format!("/console/login?next={}", encode(next))))
                .finish(),
            Kind::Status(status) => {
                let page = layout::error_page(&self.lang, &self.title, &self.detail);
                HttpResponse::build(*status)
                    .content_type("text/html; charset=utf-8")
                    .insert_header(("Cache-Control", "no-store"))
                    .body(page.into_string())
            }
        }
    }
}

/// Percent-encodes a path for a query value.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
