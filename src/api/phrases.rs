//! Phrase sets: listing with coverage, one locale's pack, and rendering.

use actix_web::http::header::{self, Header};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;
use utoipa::{IntoParams, ToSchema};

use super::limits::{self, exceeded};
use super::locale;
use super::pinning::{ReleaseQuery, snapshot_at};
use super::problem::{ApiError, Problem};
use super::response_cache;
use crate::phrases::coverage::{self, SetCoverage};
use crate::phrases::inspect::MessageInfo;
use crate::phrases::render::{RenderWarning, RenderedMessage, fluent_args};
use crate::phrases::{Pack, PhraseBook, PhraseSet};
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct PhraseSetList {
    pub release: i64,
    pub items: Vec<SetCoverage>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PhrasePack {
    #[schema(example = "shipping")]
    pub set: String,
    #[schema(example = "ja-JP")]
    pub locale: String,
    pub release: i64,
    pub messages: Vec<MessageInfo>,
    /// Reference messages this pack lacks.
    pub missing: Vec<String>,
    /// The pack's Fluent source.
    pub ftl: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "locale": "ja-JP",
    "messages": ["greeting", "late-reply-apology"],
    "args": {"salutation": "formal", "buyer_status": "returning", "buyer_name": "田中", "reason": "holiday"}
}))]
pub struct RenderRequest {
    /// Wanted locale (BCP 47). When absent, `Accept-Language` is used.
    #[schema(pattern = "{bcp47-list}")]
    pub locale: Option<String>,
    /// The buyer's market (ISO 3166-1 alpha-2). Its buyer languages come after `locale` or
    /// `Accept-Language`, so without those the text is in the market's language (TW → zh-TW,
    /// MX → es-MX, EG → ar-SA).
    #[schema(pattern = r"^[A-Za-z]{2}$", example = "TW")]
    pub market: Option<String>,
    /// Message ids to render (at most 50 distinct; repeats are rendered once); all of the
    /// set's messages when absent.
    pub messages: Option<Vec<String>>,
    /// Variables: strings or numbers (at most 32, each at most 1,024 bytes).
    #[serde(default)]
    #[schema(value_type = std::collections::BTreeMap<String, ArgValue>)]
    pub args: serde_json::Map<String, serde_json::Value>,
    /// Where the text goes: `text` (default) or `html`.
    #[serde(default)]
    pub format: TextFormat,
    /// Wrap variables in Unicode isolation marks (U+2068/U+2069). Defaults to off for `text`
    /// (SMS and chat apps show them as boxes) and on for `html`.
    pub isolate: Option<bool>,
}

/// A Fluent variable: text, or a number (formatted for the locale, and chosen by plural rules).
/// The schema of `args` values only: the handlers read them as JSON (see `check_arg_types`).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum ArgValue {
    Text(String),
    Number(f64),
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum TextFormat {
    #[default]
    Text,
    Html,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RenderResponse {
    #[schema(example = "customer-service")]
    pub set: String,
    pub release: i64,
    /// Locales tried for each message, best first.
    #[schema(example = json!(["pt-BR", "en-US"]))]
    pub fallback_chain: Vec<String>,
    pub results: Vec<RenderedMessage>,
    /// Formatting problems (missing arguments, unknown messages); the request still succeeds.
    pub warnings: Vec<RenderWarning>,
}

/// List phrase sets
///
/// Every phrase set with its purpose, its locales and how much of the reference each
/// locale translates.
#[utoipa::path(
    operation_id = "listPhraseSets",
    tag = "phrases",
    params(ReleaseQuery),
    responses(
        (status = 200, description = "The phrase sets", body = PhraseSetList),
        (status = 404, description = "No such release", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/phrase-sets")]
pub async fn list_phrase_sets(
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
) -> Result<HttpResponse, ApiError> {
    let (snapshot, pinned) = snapshot_at(&state, pin.release).await?;
    let mut response = HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, super::caching::cache_control(pinned)))
        .json(PhraseSetList {
            release: snapshot.release.number,
            items: coverage::report(&snapshot.phrases),
        });
    response_cache::mark(&mut response, &snapshot, pinned);
    Ok(response)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct PackPath {
    /// Phrase set id.
    #[param(example = "shipping")]
    pub set: String,
    /// Exact locale of the pack (BCP 47).
    #[param(pattern = "{locale-id}", example = "ja-JP")]
    pub locale: String,
}

/// Get one locale's phrase pack
///
/// The messages of one set in one locale, with their variables and attributes and the raw
/// Fluent source. `GET /v1/phrase-sets/{set}/{locale}.ftl` gives the `.ftl` file itself.
#[utoipa::path(
    operation_id = "getPhrasePack",
    tag = "phrases",
    params(PackPath, ReleaseQuery),
    responses(
        (status = 200, description = "The pack", body = PhrasePack,
            headers(("Content-Language" = String, description = "The pack's locale"))),
        (status = 400, description = "Malformed locale", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such set, or no pack in that locale", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/phrase-sets/{set}/{locale}")]
pub async fn get_phrase_pack(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    path: web::Path<PackPath>,
) -> Result<HttpResponse, ApiError> {
    // Content negotiation stays for curl users; the `.ftl` operation is the typed one.
    if wants_plain_text(&req) {
        return pack_source(&state, pin.release, &path).await;
    }
    let (snapshot, pinned) = snapshot_at(&state, pin.release).await?;
    // `GET /v1/phrase-sets/{set}/render` lands here; it is a 405, not a missing pack.
    let (set, wanted, pack) =
        find_pack(&snapshot, &path).map_err(|e| super::shadowed(&req).unwrap_or(e))?;
    let mut response = HttpResponse::Ok();
    response
        .insert_header((header::CONTENT_LANGUAGE, wanted.to_string()))
        .insert_header((header::CACHE_CONTROL, super::caching::cache_control(pinned)))
        .insert_header((header::VARY, "Accept"));
    let mut response = response.json(PhrasePack {
        set: set.id.clone(),
        locale: wanted.to_string(),
        release: snapshot.release.number,
        messages: pack.messages.clone(),
        missing: pack.missing.clone(),
        ftl: pack.resource.source().to_string(),
    });
    response_cache::mark(&mut response, &snapshot, pinned);
    Ok(response)
}

/// Get one locale's phrase pack as a Fluent file
///
/// The `.ftl` source of one set in one locale, as stored: what a translator or a build step
/// that bundles Fluent files wants.
#[utoipa::path(
    operation_id = "getPhrasePackSource",
    tag = "phrases",
    params(PackPath, ReleaseQuery),
    responses(
        (status = 200, description = "The Fluent file", body = String, content_type = "text/plain",
            headers(("Content-Language" = String, description = "The pack's locale")),
            example = json!("greeting = { $salutation ->\n    [formal] Dear { $buyer_name },\n   *[casual] Hi { $buyer_name },\n}\n")),
        (status = 400, description = "Malformed locale", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such set, or no pack in that locale", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/phrase-sets/{set}/{locale}.ftl")]
pub async fn get_phrase_pack_source(
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    path: web::Path<PackPath>,
) -> Result<HttpResponse, ApiError> {
    pack_source(&state, pin.release, &path).await
}

async fn pack_source(
    state: &AppState,
    release: Option<i64>,
    path: &PackPath,
) -> Result<HttpResponse, ApiError> {
    let (snapshot, pinned) = snapshot_at(state, release).await?;
    let (_, wanted, pack) = find_pack(&snapshot, path)?;
    let mut response = HttpResponse::Ok()
        .insert_header((header::CONTENT_LANGUAGE, wanted.to_string()))
        .insert_header((header::CACHE_CONTROL, super::caching::cache_control(pinned)))
        .insert_header((header::VARY, "Accept"))
        .content_type("text/plain; charset=utf-8")
        .body(pack.resource.source().to_string());
    response_cache::mark(&mut response, &snapshot, pinned);
    Ok(response)
}

fn find_pack<'s>(
    snapshot: &'s crate::snapshot::Snapshot,
    path: &PackPath,
) -> Result<(&'s PhraseSet, LanguageIdentifier, &'s Pack), ApiError> {
    let set = find_set(&snapshot.phrases, &path.set)?;
    let wanted = crate::langneg::parse_locale_id(&path.locale).ok_or_else(|| {
        ApiError::invalid(
            "locale",
            format!("`{}` is not a BCP 47 language tag", path.locale),
        )
    })?;
    let pack = set.packs.get(&wanted).ok_or_else(|| {
        ApiError::NotFound(format!(
            "Phrase set `{}` has no `{wanted}` pack; it has {}.",
            set.id,
            list(&set.locales)
        ))
    })?;
    Ok((set, wanted, pack))
}

/// Render phrases
///
/// Formats messages of a set with the given arguments, in the best locale for the request:
/// `locale` in the body, else `Accept-Language`, then the languages of `market`, falling back message by message down the
/// chain (e.g. `pt-PT` → `pt-BR` → `en-US`). Formatting problems come back as warnings.
#[utoipa::path(
    operation_id = "renderPhrases",
    tag = "phrases",
    params(
        ReleaseQuery,
        ("set" = String, Path, description = "Phrase set id", example = "customer-service"),
        ("Accept-Language" = Option<String>, Header, description = "Preferred locales when the body has no `locale`.", example = "pt-PT,pt;q=0.9"),
    ),
    request_body = RenderRequest,
    responses(
        (status = 200, description = "The rendered messages, with any warnings", body = RenderResponse),
        (status = 400, description = "Malformed body or locale", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such phrase set", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body over 64 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Over a render limit: more than 50 distinct messages, more than 32 arguments, an argument over 1,024 bytes, or more than 64 KiB of text produced", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/phrase-sets/{set}/render")]
pub async fn render_phrases(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    set: web::Path<String>,
    body: web::Json<RenderRequest>,
) -> Result<HttpResponse, ApiError> {
    let mut body = body.into_inner();
    check_render_limits(&mut body)?;
    let (snapshot, _) = snapshot_at(&state, pin.release).await?;
    let set = find_set(&snapshot.phrases, &set)?;
    let mut requested = locale::requested(&req, body.locale.as_deref(), "locale")?;
    if let Some(market) = &body.market {
        requested.extend(locale::market_languages(&snapshot, market)?);
    }
    let chain = set.chain(&requested);
    let mut warnings = Vec::new();
    let args = fluent_args(&body.args, &mut warnings);
    let isolate = body.isolate.unwrap_or(body.format == TextFormat::Html);
    let results = set.render(
        &chain,
        body.messages.as_deref(),
        &args,
        isolate,
        &mut warnings,
    );
    let produced: usize = results
        .iter()
        .map(|r| r.text.len() + r.attributes.values().map(String::len).sum::<usize>())
        .sum();
    if produced > limits::RENDER_OUTPUT_BYTES {
        return Err(exceeded(
            "messages",
            format!(
                "the rendered text would be {produced} bytes; one render produces at most {} bytes",
                limits::RENDER_OUTPUT_BYTES
            ),
        ));
    }
    let best = results
        .first()
        .map_or_else(|| chain[0].to_string(), |r| r.locale.clone());
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_LANGUAGE, best))
        .json(RenderResponse {
            set: set.id.clone(),
            release: snapshot.release.number,
            fallback_chain: chain.iter().map(ToString::to_string).collect(),
            results,
            warnings,
        }))
}

/// Bounds a render before any work: distinct messages (duplicates are rendered once), the
/// number of arguments and each argument's size.
fn check_render_limits(body: &mut RenderRequest) -> Result<(), ApiError> {
    if let Some(ids) = &mut body.messages {
        let mut seen = std::collections::HashSet::new();
        ids.retain(|id| seen.insert(id.clone()));
        if ids.len() > limits::RENDER_MESSAGES {
            return Err(exceeded(
                "messages",
                format!(
                    "{} distinct messages asked for; one render takes at most {}",
                    ids.len(),
                    limits::RENDER_MESSAGES
                ),
            ));
        }
    }
    if body.args.len() > limits::RENDER_ARGS {
        return Err(exceeded(
            "args",
            format!(
                "{} arguments given; one render takes at most {}",
                body.args.len(),
                limits::RENDER_ARGS
            ),
        ));
    }
    check_arg_types(&body.args)?;
    for (name, value) in &body.args {
        let size = match value {
            serde_json::Value::String(s) => s.len(),
            other => other.to_string().len(),
        };
        if size > limits::RENDER_ARG_BYTES {
            return Err(exceeded(
                format!("args.{name}"),
                format!(
                    "{size} bytes; an argument is at most {} bytes",
                    limits::RENDER_ARG_BYTES
                ),
            ));
        }
    }
    Ok(())
}

/// Fluent variables are strings or numbers (`ArgValue`); anything else is the caller's bug,
/// refused with the argument's name rather than rendered around.
pub fn check_arg_types(args: &serde_json::Map<String, serde_json::Value>) -> Result<(), ApiError> {
    for (name, value) in args {
        if !(value.is_string() || value.is_number()) {
            return Err(ApiError::invalid(
                format!("args.{name}"),
                "an argument is a string or a number",
            ));
        }
    }
    Ok(())
}

fn find_set<'a>(book: &'a PhraseBook, id: &str) -> Result<&'a PhraseSet, ApiError> {
    book.sets.get(id).ok_or_else(|| {
        ApiError::NotFound(format!(
            "There is no phrase set `{id}`; there are {}.",
            book.sets
                .keys()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
    })
}

fn list(locales: &[LanguageIdentifier]) -> String {
    locales
        .iter()
        .map(|l| format!("`{l}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `Accept: text/plain` (or a Fluent media type) preferred over JSON.
fn wants_plain_text(req: &HttpRequest) -> bool {
    let Ok(accept) = header::Accept::parse(req) else {
        return false;
    };
    accept.ranked().first().is_some_and(|m| {
        m.type_() == "text" && (m.subtype() == "plain" || m.subtype() == "x-fluent")
    })
}
