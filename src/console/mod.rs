//! The editor and reviewer console at `/console/` (issue 15): server-rendered HTML from the
//! same binary, usable with JavaScript off. Every page calls the same `db` functions the API
//! handlers call, so the rules (who may edit, four eyes, conflicts, validation) live in one
//! place and the console cannot drift from the API.
//!
//! Templates are `maud` macros: HTML is checked when the crate compiles, every interpolated
//! value is escaped unless marked otherwise, and there are no template files to keep in step
//! with the code or to ship beside the binary (askama would give the same checks with separate
//! files; minijinja would find typos only at run time).
//!
//! Not part of the OpenAPI document: it is a user interface, not a contract.

mod admin;
mod channels;
mod diffview;
mod documents;
mod error;
mod etiquette;
mod form;
mod history;
mod holiday;
mod home;
mod i18n;
mod layout;
mod market;
mod review;
mod session;
mod structured;
mod taboo;
mod translate;
mod webhooks;

use actix_web::{HttpResponse, web};

pub use error::ConsoleError;

/// Largest form body: a whole document (256 KiB) URL-encoded, with room to spare.
const FORM_LIMIT: usize = 2 * 1024 * 1024;

static CSS: &str = include_str!("static/console.css");

/// Mounts the console under `/console`.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::redirect("/console", "/console/"));
    cfg.service(
        web::scope("/console")
            .app_data(web::FormConfig::default().limit(FORM_LIMIT))
            .route("/", web::get().to(home::page))
            .route("/static/console.css", web::get().to(stylesheet))
            .route("/lang", web::get().to(i18n::switch))
            .route("/login", web::get().to(session::login_page))
            .route("/login", web::post().to(session::login))
            .route("/logout", web::post().to(session::logout))
            .route("/documents", web::get().to(documents::browse))
            .route("/documents/{key:.*}", web::get().to(documents::editor))
            .route("/edit", web::post().to(documents::save))
            .route("/changesets", web::get().to(review::list))
            .route(
                "/changesets/approve-selected",
                web::post().to(review::approve_selected),
            )
            .route("/changesets/{number}", web::get().to(review::page))
            .route("/changesets/{number}/{action}", web::post().to(review::act))
            .route("/markets/{code}", web::get().to(taboo::market))
            .route("/markets/{code}/taboos/{id}", web::get().to(taboo::form))
            .route("/markets/{code}/taboos/{id}", web::post().to(taboo::save))
            .route(
                "/markets/{code}/etiquette/{id}",
                web::get().to(etiquette::form),
            )
            .route(
                "/markets/{code}/etiquette/{id}",
                web::post().to(etiquette::save),
            )
            .route(
                "/markets/{code}/holidays/{id}",
                web::get().to(holiday::form),
            )
            .route(
                "/markets/{code}/holidays/{id}",
                web::post().to(holiday::save),
            )
            .route("/markets/{code}/channels", web::get().to(channels::form))
            .route("/markets/{code}/channels", web::post().to(channels::save))
            .route("/translate", web::get().to(translate::page))
            .route("/releases", web::get().to(history::releases))
            .route("/releases/{number}", web::get().to(history::release))
            .route("/revisions/{id}", web::get().to(history::revision))
            .route("/revert", web::post().to(history::revert))
            .route("/admin/webhooks", web::get().to(webhooks::page))
            .route("/admin/webhooks", web::post().to(webhooks::create))
            .route(
                "/admin/webhooks/{id}/delete",
                web::post().to(webhooks::delete),
            )
            .route("/admin/users", web::get().to(admin::users))
            .route("/admin/users", web::post().to(admin::create_user))
            .route("/admin/users/{name}", web::post().to(admin::update_user))
            .route("/admin/audit", web::get().to(admin::audit)),
    );
}

async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(CSS)
}
