//! The console's own words, in Fluent (`locales/*.ftl` beside this file, compiled in): kept
//! out of the content database, since they change with the code, not with the guidance.
//! Negotiated like the API's text: a `lang` cookie the language switch sets, else
//! `Accept-Language` by q-weight, through the same fallback chain (`src/langneg.rs`).

use std::sync::LazyLock;

use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The cookie holding the language the user picked.
pub const LANG_COOKIE: &str = "mg_console_lang";

const SOURCES: &[(&str, &str)] = &[
    ("en-US", include_str!("locales/en-US.ftl")),
    ("zh-CN", include_str!("locales/zh-CN.ftl")),
];

struct Locale {
    id: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
}

static LOCALES: LazyLock<Vec<Locale>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(tag, source)| {
            let id: LanguageIdentifier = tag.parse().expect("a valid tag");
            let resource = FluentResource::try_new(source.to_string())
                .unwrap_or_else(|(_, e)| panic!("console/locales/{tag}.ftl: {e:?}"));
            let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
            // Isolation marks would show up in `<title>` and `value=` attributes.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .expect("no duplicate message ids");
            Locale { id, bundle }
        })
        .collect()
});

/// The negotiated UI language of one request.
#[derive(Clone, Copy)]
pub struct Ui {
    locale: &'static Locale,
}

impl Ui {
    pub fn negotiate(req: &HttpRequest) -> Self {
        let available: Vec<LanguageIdentifier> = LOCALES.iter().map(|l| l.id.clone()).collect();
        let cookie = req.cookie(LANG_COOKIE).map(|c| c.value().to_string());
        // A malformed header or cookie is no reason to refuse a page: use the reference.
        let requested =
            crate::api::locale::requested(req, cookie.as_deref(), "lang").unwrap_or_default();
        let chosen = crate::langneg::chain(&requested, &available).swap_remove(0);
        let locale = LOCALES
            .iter()
            .find(|l| l.id == chosen)
            .unwrap_or(&LOCALES[0]);
        Self { locale }
    }

    pub fn lang(&self) -> String {
        self.locale.id.to_string()
    }

    /// The message `id`; falls back to en-US, then to the id itself (a test checks every id
    /// used exists in both files).
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// `id` with one argument.
    pub fn t1(&self, id: &str, name: &str, value: impl std::fmt::Display) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.to_string()));
        self.format(id, Some(&args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for locale in [self.locale, &LOCALES[0]] {
            if let Some(pattern) = locale.bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return locale
                    .bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }
}

impl FromRequest for Ui {
    type Error = actix_web::Error;
    type Future = std::future::Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        std::future::ready(Ok(Self::negotiate(req)))
    }
}

#[derive(serde::Deserialize)]
pub struct Switch {
    to: String,
    back: Option<String>,
}

/// `GET /console/lang?to=zh-CN`: remembers the choice in a cookie and goes back. A display
/// preference only, so a link (no form, no CSRF token) is enough.
pub async fn switch(query: web::Query<Switch>) -> HttpResponse {
    let to = LOCALES
        .iter()
        .find(|l| l.id.to_string() == query.to)
        .map_or_else(|| LOCALES[0].id.to_string(), |l| l.id.to_string());
    let back = super::form::local_path(query.back.as_deref());
    let cookie = actix_web::cookie::Cookie::build(LANG_COOKIE, to)
        .path("/console")
        .http_only(true)
        .same_site(actix_web::cookie::SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(365))
        .finish();
    HttpResponse::SeeOther()
        .insert_header(("Location", back))
        .cookie(cookie)
        .finish()
}

/// Every language the console speaks, as (tag, its own name).
pub fn languages() -> Vec<(String, &'static str)> {
    LOCALES
        .iter()
        .map(|l| {
            let tag = l.id.to_string();
            let name = if tag == "zh-CN" {
                "简体中文"
            } else {
                "English"
            };
            (tag, name)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message of the reference file exists in every other one, and the other way round.
    #[test]
    fn every_locale_has_every_message() {
        let ids = |source: &str| -> std::collections::BTreeSet<String> {
            source
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
                .collect()
        };
        let reference = ids(SOURCES[0].1);
        assert!(reference.len() > 50);
        for (tag, source) in &SOURCES[1..] {
            assert_eq!(ids(source), reference, "{tag}");
        }
        assert_eq!(LOCALES.len(), SOURCES.len());
    }

    /// Every id the pages ask for literally (`t("…")`, `t1("…", …)`) is in the reference file;
    /// ids built with `format!` are checked by the page tests, which would show the raw id.
    #[test]
    fn every_id_the_pages_use_exists() {
        let sources = [
            include_str!("admin.rs"),
            include_str!("channels.rs"),
            include_str!("diffview.rs"),
            include_str!("documents.rs"),
            include_str!("error.rs"),
            include_str!("etiquette.rs"),
            include_str!("history.rs"),
            include_str!("holiday.rs"),
            include_str!("home.rs"),
            include_str!("layout.rs"),
            include_str!("market.rs"),
            include_str!("review.rs"),
            include_str!("session.rs"),
            include_str!("taboo.rs"),
            include_str!("translate.rs"),
        ];
        let reference = &LOCALES[0].bundle;
        let mut used = 0;
        for source in sources {
            for marker in ["ui.t(\"", "ui.t1(\""] {
                for (at, _) in source.match_indices(marker) {
                    let rest = &source[at + marker.len()..];
                    let id = rest.split('"').next().unwrap();
                    assert!(
                        reference.has_message(id),
                        "`{id}` is used but not in en-US.ftl"
                    );
                    used += 1;
                }
            }
        }
        assert!(used > 100, "{used}");
    }
}
