//! The page shell every console page shares: language, navigation, the signed-in account
//! and the sign-out form.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use maud::{DOCTYPE, Markup, html};

use super::form::CSRF_FIELD;
use super::i18n::{Ui, languages};
use super::session::Staff;
use crate::auth::Role;

pub fn page(ui: &Ui, staff: Option<&Staff>, title: &str, body: Markup) -> HttpResponse {
    page_response(ui, staff, title, body, StatusCode::OK)
}

pub fn page_response(
    ui: &Ui,
    staff: Option<&Staff>,
    title: &str,
    body: Markup,
    status: StatusCode,
) -> HttpResponse {
    let markup = html! {
        (DOCTYPE)
        html lang=(ui.lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (ui.t("console-name")) }
                link rel="stylesheet" href="/console/static/console.css";
            }
            body {
                a class="skip" href="#main" { (ui.t("nav-skip")) }
                header class="top" {
                    a class="brand" href="/console/" { (ui.t("console-name")) }
                    @if let Some(staff) = staff {
                        nav aria-label=(ui.t("nav-label")) {
                            a href="/console/" { (ui.t("nav-home")) }
                            a href="/console/documents" { (ui.t("nav-documents")) }
                            a href="/console/changesets" { (ui.t("nav-changesets")) }
                            a href="/console/translate" { (ui.t("nav-translate")) }
                            a href="/console/releases" { (ui.t("nav-releases")) }
                            @if staff.is(Role::Admin) {
                                a href="/console/admin/users" { (ui.t("nav-users")) }
                                a href="/console/admin/audit" { (ui.t("nav-audit")) }
                                a href="/console/admin/webhooks" { (ui.t("nav-webhooks")) }
                            }
                        }
                    }
                    div class="account" {
                        @for (tag, name) in languages() {
                            @if tag == ui.lang() {
                                span class="lang current" lang=(tag) aria-current="true" { (name) }
                            } @else {
                                a class="lang" lang=(tag) hreflang=(tag)
                                    href={ "/console/lang?to=" (tag) } { (name) }
                            }
                        }
                        @if let Some(staff) = staff {
                            span class="who" {
                                (staff.username) " · " (ui.t(&format!("role-{}", staff.role)))
                            }
                            form method="post" action="/console/logout" class="inline" {
                                input type="hidden" name=(CSRF_FIELD) value=(staff.csrf);
                                button type="submit" { (ui.t("nav-logout")) }
                            }
                        }
                    }
                }
                div id="main" tabindex="-1" { (body) }
            }
        }
    };
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .insert_header(("X-Frame-Options", "DENY"))
        .insert_header((
            "Content-Security-Policy",
            "default-src 'self'; script-src 'none'; frame-ancestors 'none'; form-action 'self'",
        ))
        .body(markup.into_string())
}

/// A page for a refusal or failure (no account at hand: the error carries only the language).
pub fn error_page(lang: &str, title: &str, detail: &str) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang) {
            head {
                meta charset="utf-8";
                title { (title) }
                link rel="stylesheet" href="/console/static/console.css";
            }
            body {
                main class="narrow" {
                    h1 { (title) }
                    @if !detail.is_empty() {
                        p class="notice error" role="alert" { (detail) }
                    }
                    p { a href="/console/" { "← /console/" } }
                }
            }
        }
    }
}

/// A hidden CSRF field for a form.
pub fn csrf(staff: &Staff) -> Markup {
    html! { input type="hidden" name=(CSRF_FIELD) value=(staff.csrf); }
}

/// A timestamp as UTC, to the minute.
pub fn when(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// A changeset's state as a badge.
pub fn state_badge(ui: &Ui, state: crate::db::changesets::State) -> Markup {
    html! {
        span class={ "badge state-" (state.as_str()) } { (ui.t(&format!("state-{}", state.as_str()))) }
    }
}
