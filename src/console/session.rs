//! Signing in and out, and the signed-in person of every other page.
//!
//! Same accounts, roles, password check (the shared hashing threads), and failed-login
//! throttle (the same limiter instance, so API and console failures count together) as
//! `POST /v1/auth/token`. The session is a random cookie value whose hash is a database row;
//! like a bearer token (`src/auth/caller.rs`) it proves only who signed in: the account is
//! read again on every request, so a disabled account, a new role or a password change
//! (token version) takes effect on the next click.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use maud::html;

use super::error::ConsoleError;
use super::form::{CSRF_FIELD, Posted, local_path, same_secret};
use super::i18n::Ui;
use super::layout;
use crate::api::blocking::{internal, with_conn};
use crate::auth::{Role, names, password};
use crate::db::{audit, sessions, users};
use crate::state::AppState;

/// The session cookie.
pub const SESSION_COOKIE: &str = "mg_console";
/// The sign-in form's own token (double submit), before there is a session to hold one.
const PRE_COOKIE: &str = "mg_console_pre";
/// How long a sign-in lasts: a working day, then sign in again.
pub const SESSION_HOURS: i64 = 12;

/// Someone signed in, as the account is right now.
pub struct Staff {
    pub username: String,
    pub role: Role,
    pub csrf: String,
    pub ui: Ui,
}

impl Staff {
    pub fn is(&self, role: Role) -> bool {
        self.role.allows(role)
    }

    /// 403 unless the account's role includes `needed`.
    pub fn require(&self, needed: Role) -> Result<(), ConsoleError> {
        if self.is(needed) {
            Ok(())
        } else {
            Err(ConsoleError::forbidden(
                &self.ui,
                self.ui.t1("error-needs-role", "role", needed),
            ))
        }
    }

    /// Every POST: the form must carry this session's token.
    pub fn check(&self, form: &Posted) -> Result<(), ConsoleError> {
        match form.get(CSRF_FIELD) {
            Some(token) if same_secret(token, &self.csrf) => Ok(()),
            _ => Err(ConsoleError::forbidden(&self.ui, self.ui.t("error-csrf"))),
        }
    }
}

impl FromRequest for Staff {
    type Error = ConsoleError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ConsoleError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let ui = Ui::negotiate(req);
        // After signing in, back to the page; a form posted without a session is not resent.
        let next = match req.method() {
            &actix_web::http::Method::GET => req
                .uri()
                .path_and_query()
                .map_or("/console/", |p| p.as_str())
                .to_string(),
            _ => "/console/".to_string(),
        };
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string());
        Box::pin(async move {
            let state = state.ok_or_else(|| ConsoleError::internal(&ui, "no application state"))?;
            let Some(token) = token else {
                return Err(ConsoleError::sign_in(&ui, &next));
            };
            let found = with_conn(&state.pool, move |conn| {
                let Some(session) = sessions::find(conn, &token).map_err(internal)? else {
                    return Ok(None);
                };
                let account = users::find(conn, &session.username).map_err(internal)?;
                Ok(Some((session, account)))
            })
            .await
            .map_err(|e| ConsoleError::from_api(&ui, e))?;
            match found {
                Some((session, Some(account)))
                    if !account.disabled && account.token_version == session.token_version =>
                {
                    Ok(Staff {
                        username: account.username,
                        role: account.role,
                        csrf: session.csrf_token,
                        ui,
                    })
                }
                // Expired, signed out, deleted, disabled or password changed: sign in again.
                _ => Err(ConsoleError::sign_in(&ui, &next)),
            }
        })
    }
}

/// Whether cookies must be `Secure`: the operator says so, the connection is TLS, or a
/// trusted proxy (the one `--client-ip-header` names) says the client used HTTPS. An
/// `X-Forwarded-Proto` from anyone else proves nothing and is ignored.
fn secure(req: &HttpRequest, state: &AppState) -> bool {
    state.secure_cookies
        || req.app_config().secure()
        || (state.client_address.behind_proxy()
            && req
                .headers()
                .get("x-forwarded-proto")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("https")))
}

fn cookie<'a>(name: &'a str, value: String, secure: bool, max_age: i64) -> Cookie<'a> {
    Cookie::build(name, value)
        .path("/console")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .max_age(actix_web::cookie::time::Duration::seconds(max_age))
        .finish()
}

#[derive(serde::Deserialize)]
pub struct Next {
    next: Option<String>,
}

pub async fn login_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    ui: Ui,
    query: web::Query<Next>,
) -> HttpResponse {
    let next = local_path(query.next.as_deref());
    login_form(&req, &state, &ui, &next, "", None, StatusCode::OK)
}

fn login_form(
    req: &HttpRequest,
    state: &AppState,
    ui: &Ui,
    next: &str,
    username: &str,
    error: Option<String>,
    status: StatusCode,
) -> HttpResponse {
    let token = sessions::random_token();
    let body = html! {
        main class="narrow" {
            h1 { (ui.t("login-title")) }
            p class="muted" { (ui.t("login-intro")) }
            @if let Some(error) = &error {
                p class="notice error" role="alert" { (error) }
            }
            form method="post" action="/console/login" class="stack" {
                input type="hidden" name=(CSRF_FIELD) value=(token);
                input type="hidden" name="next" value=(next);
                label for="username" { (ui.t("login-username")) }
                input id="username" name="username" type="text" autocomplete="username"
                    required autofocus value=(username);
                label for="password" { (ui.t("login-password")) }
                input id="password" name="password" type="password"
                    autocomplete="current-password" required;
                button type="submit" class="primary" { (ui.t("login-submit")) }
            }
        }
    };
    let mut response = layout::page_response(ui, None, &ui.t("login-title"), body, status);
    let _ = response.add_cookie(&cookie(PRE_COOKIE, token, secure(req, state), 3600));
    response
}

pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    ui: Ui,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ConsoleError> {
    let form = Posted::from(form);
    let next = local_path(form.get("next"));
    let username = form.text("username");
    let password_given = form.get("password").unwrap_or("").to_string();
    // Login CSRF: the form's token must be the one this browser was given with the form.
    let pre = req.cookie(PRE_COOKIE).map(|c| c.value().to_string());
    match (pre, form.get(CSRF_FIELD)) {
        (Some(a), Some(b)) if same_secret(&a, b) => {}
        _ => return Err(ConsoleError::forbidden(&ui, ui.t("error-csrf"))),
    }
    let client = state.client_address.of(&req);
    if let Err(t) = state.throttle.check(&username, client) {
        let wait = t.retry_after.as_secs().max(1);
        let mut response = login_form(
            &req,
            &state,
            &ui,
            &next,
            &username,
            Some(ui.t1("login-throttled", "seconds", wait)),
            StatusCode::TOO_MANY_REQUESTS,
        );
        response.headers_mut().insert(
            actix_web::http::header::RETRY_AFTER,
            wait.to_string().parse().expect("digits"),
        );
        return Ok(response);
    }
    let user = if names::is_valid_username(&username) {
        let name = username.clone();
        with_conn(&state.pool, move |conn| {
            users::find(conn, &name).map_err(internal)
        })
        .await
        .map_err(|e| ConsoleError::from_api(&ui, e))?
    } else {
        None
    };
    // Unknown users are checked against a decoy, so both take as long (as in the API).
    let stored = user.as_ref().map_or_else(
        || password::decoy().to_string(),
        |u| u.password_hash.clone(),
    );
    let ok = state
        .hashing
        .run(move || password::verify(&password_given, &stored))
        .await
        .map_err(|_| {
            ConsoleError::status(&ui, StatusCode::TOO_MANY_REQUESTS, ui.t("error-busy"))
        })?;
    let known = user.is_some();
    let Some(user) = user.filter(|_| ok) else {
        let failure = state.throttle.failed(&username, client, known);
        tracing::warn!(%username, %client, "refused a console sign-in");
        if !failure.audit.is_empty() {
            let name = username.clone();
            let detail = format!(
                "console, from {client}; further failures in the next 15 minutes are not logged"
            );
            with_conn(&state.pool, move |conn| {
                for action in failure.audit {
                    audit::record(conn, &name, action, &format!("user/{name}"), &detail)
                        .map_err(internal)?;
                }
                Ok(())
            })
            .await
            .map_err(|e| ConsoleError::from_api(&ui, e))?;
        }
        return Ok(login_form(
            &req,
            &state,
            &ui,
            &next,
            &username,
            Some(ui.t("login-wrong")),
            StatusCode::UNAUTHORIZED,
        ));
    };
    if user.disabled {
        return Ok(login_form(
            &req,
            &state,
            &ui,
            &next,
            &username,
            Some(ui.t("login-disabled")),
            StatusCode::UNAUTHORIZED,
        ));
    }
    let (name, version) = (user.username.clone(), user.token_version);
    let (token, _csrf) = with_conn(&state.pool, move |conn| {
        let created =
            sessions::create(conn, &name, version, chrono::Duration::hours(SESSION_HOURS))
                .map_err(internal)?;
        audit::record(
            conn,
            &name,
            "auth.session",
            &format!("user/{name}"),
            "console",
        )
        .map_err(internal)?;
        Ok(created)
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    let secure = secure(&req, &state);
    let mut gone = cookie(PRE_COOKIE, String::new(), secure, 0);
    gone.make_removal();
    Ok(HttpResponse::SeeOther()
        .insert_header(("Location", next))
        .insert_header(("Cache-Control", "no-store"))
        .cookie(cookie(SESSION_COOKIE, token, secure, SESSION_HOURS * 3600))
        .cookie(gone)
        .finish())
}

pub async fn logout(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ConsoleError> {
    staff.check(&Posted::from(form))?;
    if let Some(token) = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string()) {
        let ui = staff.ui;
        with_conn(&state.pool, move |conn| {
            sessions::delete(conn, &token).map_err(internal)
        })
        .await
        .map_err(|e| ConsoleError::from_api(&ui, e))?;
    }
    let mut gone = cookie(SESSION_COOKIE, String::new(), secure(&req, &state), 0);
    gone.make_removal();
    Ok(HttpResponse::SeeOther()
        .insert_header(("Location", "/console/login"))
        .cookie(gone)
        .finish())
}
