//! The OpenAPI document, generated from the route table.

mod contract;

use actix_web::App;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::AppExt;

use crate::api;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "marketguide",
        description = "How to talk to buyers in each market, and the words to do it: market profiles \
                       (channels, holidays, etiquette, taboos, payments, marketplaces, import rules, delivery, returns) with localized guidance.\n\n\
                       Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code`.\n\n\
                       **Versioning.** The path prefix is the contract: everything under `/v1` changes only by \
                       addition (new operations, optional parameters, response fields, enum values), so clients \
                       must ignore fields and tolerate enum values they do not know. A change that would break a \
                       client gets a new prefix (`/v2`) served beside `/v1`. `info.version` is the server's own \
                       release (semantic versioning), so a client can tell which additions a server has.",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
        contact(name = "marketguide maintainers", url = "https://github.com/marketguide/marketguide"),
    ),
    servers(
        (url = "http://localhost:8080", description = "A server started with `marketguide serve` on this machine; point clients at your own deployment"),
    ),
    tags(
        (name = "markets", description = "Market profiles: channels, holidays, etiquette, taboos and commerce facts"),
        (name = "channels", description = "The contact channel registry"),
        (name = "commerce", description = "The payment method and marketplace registries"),
        (name = "holidays", description = "Holiday and promotion calendars, as JSON or iCalendar"),
        (name = "phrases", description = "Customer-service phrase sets in Fluent: packs, coverage, rendering"),
        (name = "guidance", description = "Guidance tools: when to contact a buyer, lint an outgoing message, compose a reply that follows the etiquette"),
        (name = "releases", description = "Published releases and what each changed"),
        (name = "changesets", description = "Proposing changes: drafts, edits with base revisions, review, approval that publishes, reverts and uploads"),
        (name = "documents", description = "Documents, their revisions and diffs between revisions"),
        (name = "audit", description = "The append-only audit log"),
        (name = "accounts", description = "Tokens and accounts for editors, reviewers and admins"),
        (name = "operations", description = "Health probes"),
    ),
    components(schemas(api::problem::Problem, crate::guidance::contact_window::ContactUse)),
    modifiers(&BearerScheme)
)]
struct ApiDoc;

/// Declares the `bearer` scheme the write operations name in their `security`.
struct BearerScheme;

impl Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some(
                        "A token from `POST /v1/auth/token`. Published reads need none.",
                    ))
                    .build(),
            ),
        );
    }
}

/// The document the server serves at `/openapi.json`. JSON rather than utoipa's types: the
/// contract passes add what those types cannot always read back (an any-value schema `{}`).
pub fn document() -> serde_json::Value {
    let mut json = serde_json::to_value(generated()).expect("the spec serializes");
    contract::apply(&mut json);
    json
}

/// What utoipa generates from the route table, before the contract passes.
fn generated() -> utoipa::openapi::OpenApi {
    let (_, openapi) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(api::configure)
        .split_for_parts();
    openapi
}

/// The committed form (`openapi/openapi.json`): pretty JSON with a final newline.
pub fn document_json() -> String {
    let mut json = serde_json::to_string_pretty(&document()).expect("the spec serializes");
    json.push('\n');
    json
}
