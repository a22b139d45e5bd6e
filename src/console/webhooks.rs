//! Webhooks, for admins: the endpoints, registering one (its secret shown this once), removing
//! one. Registration goes through `api::webhooks::register`, so the URL and private-address
//! rules are the API's.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use maud::html;

use super::documents::see_other;
use super::error::ConsoleError;
use super::form::Posted;
use super::layout::{self, csrf, when};
use super::session::Staff;
use crate::api::blocking::{internal, with_conn};
use crate::api::problem::ApiError;
use crate::auth::Role;
use crate::db::webhooks as store;
use crate::state::AppState;
use crate::webhooks::EventType;

/// What the page says above the list.
enum Notice {
    Created { url: String, secret: String },
    Refused(StatusCode, String),
}

pub async fn page(state: web::Data<AppState>, staff: Staff) -> Result<HttpResponse, ConsoleError> {
    staff.require(Role::Admin)?;
    render(&state, &staff, None).await
}

async fn render(
    state: &AppState,
    staff: &Staff,
    notice: Option<Notice>,
) -> Result<HttpResponse, ConsoleError> {
    let ui = staff.ui;
    let endpoints = with_conn(&state.pool, |conn| store::endpoints(conn).map_err(internal))
        .await
        .map_err(|e| ConsoleError::from_api(&ui, e))?;
    let status = match &notice {
        Some(Notice::Created { .. }) => StatusCode::CREATED,
        Some(Notice::Refused(status, _)) => *status,
        None => StatusCode::OK,
    };
    let body = html! {
        main {
            h1 { (ui.t("webhooks-title")) }
            p class="muted" { (ui.t("webhooks-intro")) }
            @match &notice {
                Some(Notice::Created { url, secret }) => {
                    div class="notice ok" role="status" {
                        p { (ui.t("webhooks-created")) " " code { (url) } }
                        p { (ui.t("webhooks-secret-once")) }
                        p { code class="secret" { (secret) } }
                    }
                }
                Some(Notice::Refused(_, message)) => {
                    p class="notice error" role="alert" { (message) }
                }
                None => {}
            }
            @if endpoints.is_empty() {
                p { (ui.t("webhooks-none")) }
            } @else {
                table {
                    thead { tr {
                        th scope="col" { (ui.t("webhooks-url")) }
                        th scope="col" { (ui.t("webhooks-events")) }
                        th scope="col" { (ui.t("users-created")) }
                        th scope="col" { (ui.t("webhooks-state")) }
                        th scope="col" { span class="sr-only" { (ui.t("webhooks-delete")) } }
                    } }
                    tbody {
                        @for e in &endpoints {
                            tr class=[e.disabled_at.is_some().then_some("disabled")] {
                                td { code { (e.url) } }
                                td { @for (i, ev) in e.events.iter().enumerate() { @if i > 0 { ", " } code { (ev.as_str()) } } }
                                td class="muted" { (when(e.created_at)) " · " (e.created_by) }
                                td {
                                    @match (&e.disabled_at, &e.disabled_reason) {
                                        (Some(at), reason) => {
                                            span class="badge" { (ui.t("webhooks-disabled")) }
                                            " " span class="small muted" { (when(*at)) @if let Some(r) = reason { " · " (r) } }
                                        }
                                        (None, _) => { (ui.t("webhooks-active")) }
                                    }
                                }
                                td {
                                    form method="post" action={ "/console/admin/webhooks/" (e.id) "/delete" } {
                                        (csrf(staff))
                                        button type="submit" aria-label={ (ui.t("webhooks-delete")) " " (e.url) } { (ui.t("webhooks-delete")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            section {
                h2 { (ui.t("webhooks-add")) }
                form method="post" action="/console/admin/webhooks" class="stack narrow" {
                    (csrf(staff))
                    label for="webhook-url" { (ui.t("webhooks-url")) }
                    input id="webhook-url" name="url" type="url" required placeholder="https://shop.example/hooks/marketguide";
                    fieldset {
                        legend { (ui.t("webhooks-events")) }
                        div class="row" {
                            @for ev in EventType::ALL {
                                label class="check" {
                                    input type="checkbox" name="events" value=(ev.as_str()) checked[ev == EventType::ReleasePublished];
                                    " " code { (ev.as_str()) }
                                }
                            }
                        }
                    }
                    div class="row" { button type="submit" class="primary" { (ui.t("webhooks-add")) } }
                }
            }
        }
    };
    Ok(layout::page_response(
        &ui,
        Some(staff),
        &ui.t("webhooks-title"),
        body,
        status,
    ))
}

pub async fn create(
    state: web::Data<AppState>,
    staff: Staff,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ConsoleError> {
    let form = Posted::from(form);
    staff.check(&form)?;
    staff.require(Role::Admin)?;
    let events: Vec<String> = form.all("events").into_iter().map(String::from).collect();
    let registered =
        crate::api::webhooks::register(&state, &staff.username, &form.text("url"), &events).await;
    let notice = match registered {
        Ok((endpoint, secret)) => Notice::Created {
            url: endpoint.url,
            secret,
        },
        Err(e) => refusal(&staff, e)?,
    };
    render(&state, &staff, Some(notice)).await
}

pub async fn delete(
    state: web::Data<AppState>,
    staff: Staff,
    id: web::Path<i64>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, ConsoleError> {
    let form = Posted::from(form);
    staff.check(&form)?;
    staff.require(Role::Admin)?;
    let id = id.into_inner();
    let me = staff.username.clone();
    let deleted = with_conn(&state.pool, move |conn| {
        store::delete_endpoint(conn, &me, id).map_err(internal)
    })
    .await;
    match deleted {
        Ok(true) => Ok(see_other("/console/admin/webhooks")),
        Ok(false) => {
            let e = ApiError::NotFound(format!("There is no webhook {id}."));
            let notice = refusal(&staff, e)?;
            render(&state, &staff, Some(notice)).await
        }
        Err(e) => Err(ConsoleError::from_api(&staff.ui, e)),
    }
}

/// A refusal the admin can fix is shown on the page; a server failure is an error page.
fn refusal(staff: &Staff, e: ApiError) -> Result<Notice, ConsoleError> {
    let status = actix_web::ResponseError::status_code(&e);
    if status.is_server_error() {
        return Err(ConsoleError::from_api(&staff.ui, e));
    }
    Ok(Notice::Refused(status, e.to_string()))
}
