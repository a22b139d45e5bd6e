//! Accounts and the audit log, for admins. The same `db::users` functions and checks as
//! `src/api/accounts.rs` (naming rule, password rule on the hashing threads, last-admin rule).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use maud::html;

use super::documents::see_other;
use super::error::{ConsoleError, encode};
use super::form::Posted;
use super::layout::{self, csrf, when};
use super::session::Staff;
use crate::api::blocking::{internal, with_conn};
use crate::api::problem::ApiError;
use crate::auth::{Role, names, password};
use crate::db::audit::{self, AuditFilter};
use crate::db::users::{self, AccountChange, UserError};
use crate::state::AppState;

const ROLES: [Role; 3] = [Role::Editor, Role::Reviewer, Role::Admin];

pub async fn users(state: web::Data<AppState>, staff: Staff) -> Result<HttpResponse, ConsoleError> {
    staff.require(Role::Admin)?;
    render_users(&state, &staff, None).await
}

async fn render_users(
    state: &AppState,
    staff: &Staff,
    notice: Option<(StatusCode, String)>,
) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let list = with_conn(&state.pool, |conn| users::list(conn).map_err(internal))
        .await
        .map_err(|e| ConsoleError::from_api(&ui, e))?;
    let status = notice.as_ref().map_or(StatusCode::OK, |(s, _)| *s);
    let body = html! {
        main {
            h1 { (ui.t("users-title")) }
            @if let Some((s, message)) = &notice {
                p class={ "notice " (if s.is_success() { "ok" } else { "error" }) } role="alert" { (message) }
            }
            table {
                thead { tr {
                    th scope="col" { (ui.t("login-username")) }
                    th scope="col" { (ui.t("users-role")) }
                    th scope="col" { (ui.t("users-created")) }
                    th scope="col" { (ui.t("users-change")) }
                    th scope="col" { (ui.t("users-reset")) }
                } }
                tbody {
                    @for u in &list {
                        tr class=[u.disabled.then_some("disabled")] {
                            td { (u.username) @if u.disabled { " " span class="badge" { (ui.t("users-disabled")) } } }
                            td { (ui.t(&format!("role-{}", u.role))) }
                            td class="muted" { (when(u.created_at)) }
                            td {
                                form method="post" action={ "/console/admin/users/" (u.username) } class="row" {
                                    (csrf(staff))
                                    input type="hidden" name="change" value="account";
                                    label class="sr-only" for={ "role-" (u.username) } { (ui.t("users-role")) }
                                    select id={ "role-" (u.username) } name="role" {
                                        @for r in ROLES { option value=(r) selected[r == u.role] { (ui.t(&format!("role-{r}"))) } }
                                    }
                                    label class="check" {
                                        input type="checkbox" name="disabled" value="true" checked[u.disabled];
                                        " " (ui.t("users-disabled"))
                                    }
                                    button type="submit" { (ui.t("users-save")) }
                                }
                            }
                            td {
                                form method="post" action={ "/console/admin/users/" (u.username) } class="row" {
                                    (csrf(staff))
                                    input type="hidden" name="change" value="password";
                                    label class="sr-only" for={ "pw-" (u.username) } { (ui.t("users-new-password")) }
                                    input id={ "pw-" (u.username) } name="password" type="password" autocomplete="new-password" minlength="12" required placeholder=(ui.t("users-password-short"));
                                    button type="submit" { (ui.t("users-reset")) }
                                }
                            }
                        }
                    }
                }
            }
            section {
                h2 { (ui.t("users-add")) }
                form method="post" action="/console/admin/users" class="stack narrow" {
                    (csrf(staff))
                    label for="new-username" { (ui.t("login-username")) }
                    input id="new-username" name="username" type="text" required pattern="[a-z0-9][a-z0-9._-]{1,63}" aria-describedby="new-username-help";
                    p id="new-username-help" class="small muted" { (ui.t("users-name-rule")) }
                    label for="new-password" { (ui.t("login-password")) }
                    input id="new-password" name="password" type="password" autocomplete="new-password" minlength="12" required;
                    label for="new-role" { (ui.t("users-role")) }
                    select id="new-role" name="role" {
                        @for r in ROLES { option value=(r) { (ui.t(&format!("role-{r}"))) } }
                    }
                    div class="row" { button type="submit" class="primary" { (ui.t("users-add")) } }
                }
            }
        }
    };
    Ok(layout::page_response(
        &ui,
        Some(staff),
        &ui.t("users-title"),
        body,
        status,
    ))
}

fn user_error(e: UserError) -> ApiError {
    match e {
        UserError::Exists(name) => ApiError::Conflict(format!("User `{name}` already exists.")),
        UserError::NotFound(name) => ApiError::NotFound(format!("There is no user `{name}`.")),
        UserError::LastAdmin(detail) => ApiError::Conflict(detail),
        other => internal(other),
    }
}

async fn hash(state: &AppState, new: String) -> Result<String, ApiError> {
    state
        .hashing
        .run(move || password::hash(&new))
        .await
        .map_err(|_| ApiError::TooManyRequests {
            detail: "Too many passwords are being hashed right now; try again.".into(),
            retry_after: std::time::Duration::from_secs(1),
        })?
        .map_err(|m| ApiError::invalid("password", m))
}

/// After a change: the list again with what happened, or the refusal.
async fn outcome(
    state: &AppState,
    staff: &Staff,
    result: Result<(), ApiError>,
) -> Result<HttpResponse, ConsoleError> {
    match result {
        Ok(()) => Ok(see_other("/console/admin/users")),
        Err(e) if actix_web::ResponseError::status_code(&e).is_server_error() => {
            Err(ConsoleError::from_api(&staff.ui, e))
        }
        Err(e) => {
            let status = actix_web::ResponseError::status_code(&e);
            render_users(state, staff, Some((status, e.to_string()))).await
        }
    }
}

pub async fn create_user(
    state: web::Data<AppState>,
    staff: Staff,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ConsoleError> {
    let form = Posted::from(form);
    staff.check(&form)?;
    staff.require(Role::Admin)?;
    let username = form.text("username");
    let role: Option<Role> = form.text("role").parse().ok();
    let result = async {
        let role = role.ok_or_else(|| ApiError::invalid("role", "editor, reviewer or admin"))?;
        if !names::is_valid_username(&username) {
            return Err(ApiError::InvalidField {
                field: "username".into(),
                message: names::RULE.into(),
            });
        }
        let hashed = hash(&state, form.get("password").unwrap_or("").to_string()).await?;
        let me = staff.username.clone();
        with_conn(&state.pool, move |conn| {
            users::create(conn, &me, &username, &hashed, role).map_err(user_error)
        })
        .await
    }
    .await;
    outcome(&state, &staff, result).await
}

pub async fn update_user(
    state: web::Data<AppState>,
    staff: Staff,
    name: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ConsoleError> {
    let form = Posted::from(form);
    staff.check(&form)?;
    staff.require(Role::Admin)?;
    let name = name.into_inner();
    let me = staff.username.clone();
    let result = if form.get("change") == Some("password") {
        // An admin sets someone's password (as `PUT /v1/users/{name}/password` does); their
        // sessions and tokens end with the token version.
        match hash(&state, form.get("password").unwrap_or("").to_string()).await {
            Ok(hashed) => {
                with_conn(&state.pool, move |conn| {
                    users::set_password(conn, &me, &name, &hashed)
                        .map(drop)
                        .map_err(user_error)
                })
                .await
            }
            Err(e) => Err(e),
        }
    } else {
        let change = AccountChange {
            role: form.text("role").parse().ok(),
            disabled: Some(form.get("disabled") == Some("true")),
        };
        with_conn(&state.pool, move |conn| {
            users::update(conn, &me, &name, &change)
                .map(drop)
                .map_err(user_error)
        })
        .await
    };
    outcome(&state, &staff, result).await
}

#[derive(serde::Deserialize)]
pub struct AuditQuery {
    actor: Option<String>,
    action: Option<String>,
    target: Option<String>,
    before: Option<i64>,
}

pub async fn audit(
    state: web::Data<AppState>,
    staff: Staff,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, ConsoleError> {
    staff.require(Role::Admin)?;
    let ui = staff.ui;
    let q = query.into_inner();
    let some = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
    let filter = AuditFilter {
        actor: some(&q.actor),
        action: some(&q.action),
        target: some(&q.target),
        before: q.before,
        limit: 100,
        ..AuditFilter::default()
    };
    let f = filter.clone();
    let entries = with_conn(&state.pool, move |conn| {
        audit::list(conn, &f).map_err(internal)
    })
    .await
    .map_err(|e| ConsoleError::from_api(&ui, e))?;
    let next = (entries.len() as i64 == filter.limit)
        .then(|| entries.last().map(|e| e.id))
        .flatten();
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let body = html! {
        main {
            h1 { (ui.t("audit-title")) }
            form method="get" action="/console/admin/audit" class="row" {
                label for="actor" { (ui.t("audit-actor")) }
                input id="actor" name="actor" type="text" value=(value(&filter.actor));
                label for="action" { (ui.t("audit-action")) }
                input id="action" name="action" type="text" value=(value(&filter.action)) placeholder="changeset.approve";
                label for="target" { (ui.t("audit-target")) }
                input id="target" name="target" type="text" value=(value(&filter.target)) placeholder="changeset/";
                button type="submit" { (ui.t("docs-filter-apply")) }
            }
            table {
                thead { tr {
                    th scope="col" { (ui.t("hist-when")) }
                    th scope="col" { (ui.t("audit-actor")) }
                    th scope="col" { (ui.t("audit-action")) }
                    th scope="col" { (ui.t("audit-target")) }
                    th scope="col" { (ui.t("audit-detail")) }
                } }
                tbody {
                    @for e in &entries {
                        tr {
                            td class="muted" { (when(e.at)) }
                            td { (e.actor) }
                            td { code { (e.action) } }
                            td { @if let Some(n) = e.target.strip_prefix("changeset/") { a href={ "/console/changesets/" (n) } { (e.target) } } @else { (e.target) } }
                            td { (e.detail) }
                        }
                    }
                }
            }
            @if let Some(before) = next {
                p { a href={ "/console/admin/audit?before=" (before) "&actor=" (encode(&value(&filter.actor))) "&action=" (encode(&value(&filter.action))) "&target=" (encode(&value(&filter.target))) } { (ui.t("audit-older")) } }
            }
        }
    };
    Ok(layout::page(&ui, Some(&staff), &ui.t("audit-title"), body))
}
