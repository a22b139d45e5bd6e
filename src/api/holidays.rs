//! Holiday calendars: one market's dated holidays, and a promotion calendar across markets,
//! as JSON or iCalendar.

use actix_web::http::header::{self, Header};
use actix_web::{HttpRequest, HttpResponse, get, web};
use chrono::{Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;
use utoipa::{IntoParams, ToSchema};

use super::locale::negotiate;
use super::params::MarketCode;
use super::pinning::{ReleaseQuery, snapshot_at};
use super::problem::{ApiError, Problem};
use crate::calendar::{ical, occurrences};
use crate::content::model::{DateStatus, HolidayKind};
use crate::snapshot::Snapshot;
use crate::state::AppState;

/// The longest range one request may ask for.
const MAX_DAYS: i64 = 3 * 366;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HolidayQuery {
    /// First day (YYYY-MM-DD, years 1900-2100); default today (UTC).
    #[param(format = Date, pattern = r"^(19[0-9]{2}|20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$", example = "2026-01-01")]
    pub from: Option<String>,
    /// Last day, inclusive (YYYY-MM-DD); default one year after `from`. At most 3 years.
    #[param(format = Date, pattern = r"^(19[0-9]{2}|20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$", example = "2026-12-31")]
    pub to: Option<String>,
    /// Locale of the names (BCP 47, or a comma-separated list). Overrides `Accept-Language`.
    #[param(pattern = "{bcp47-list}", example = "zh-CN")]
    pub lang: Option<String>,
    /// `ics` or `json`: kept for curl users; the `.ics` operations are the typed way.
    #[param(ignore)]
    pub format: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CalendarQuery {
    /// Market codes (ISO 3166-1 alpha-2), comma-separated; all markets when absent.
    #[param(pattern = r"^[A-Za-z]{2}(,[A-Za-z]{2})*$", example = "CN,JP,US")]
    pub markets: Option<String>,
    /// First day (YYYY-MM-DD, years 1900-2100); default today (UTC).
    #[param(format = Date, pattern = r"^(19[0-9]{2}|20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$", example = "2026-11-01")]
    pub from: Option<String>,
    /// Last day, inclusive (YYYY-MM-DD); default one year after `from`. At most 3 years.
    #[param(format = Date, pattern = r"^(19[0-9]{2}|20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$", example = "2026-12-31")]
    pub to: Option<String>,
    /// Locale of the names (BCP 47, or a comma-separated list). Overrides `Accept-Language`.
    #[param(pattern = "{bcp47-list}", example = "zh-CN")]
    pub lang: Option<String>,
    /// `ics` or `json`: kept for curl users; the `.ics` operations are the typed way.
    #[param(ignore)]
    pub format: Option<String>,
}

/// One dated holiday, shopping peak or observance in one market.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HolidayOccurrence {
    #[schema(example = "CN")]
    pub market: String,
    #[schema(example = "spring-festival")]
    pub id: String,
    #[schema(example = "Spring Festival")]
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// `working-day` for a rest day worked to pay for a holiday's days off (`substitute_for`
    /// names it): offices are open that day.
    pub kind: HolidayKind,
    /// `official` when fixed by law or announced for that year; `projected` when computed
    /// from the rule for a year the authorities have not announced (moon sighting, yearly
    /// schedules with weekend swaps).
    pub status: DateStatus,
    /// First day.
    #[schema(value_type = String, format = Date, example = "2026-02-17")]
    pub start: NaiveDate,
    /// Last day, inclusive.
    #[schema(value_type = String, format = Date, example = "2026-02-23")]
    pub end: NaiveDate,
    /// Whether offices and many businesses close.
    pub closes_business: bool,
    /// Days before `start` to begin promoting.
    pub promotion_lead_days: u32,
    /// `start` minus the lead days.
    #[schema(value_type = String, format = Date)]
    pub promotion_starts: NaiveDate,
    /// For a substitute day off (a holiday that fell on a weekend) or a make-up working day:
    /// the holiday's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub substitute_for: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HolidayCalendar {
    /// Market codes covered.
    pub markets: Vec<String>,
    pub release: i64,
    #[schema(example = "en-US")]
    pub locale: String,
    #[schema(value_type = String, format = Date)]
    pub from: NaiveDate,
    #[schema(value_type = String, format = Date)]
    pub to: NaiveDate,
    /// Occurrences in date order.
    pub items: Vec<HolidayOccurrence>,
}

/// A market's holidays in a date range
///
/// Public holidays (with substitute days where the law makes them), shopping peaks and
/// observances, with their dates computed for the range. Islamic dates follow the Umm al-Qura
/// calendar unless the market's authorities announced otherwise; observed dates can shift a
/// day with moon sighting. `GET /v1/markets/{code}/holidays.ics` gives the same as iCalendar.
#[utoipa::path(
    operation_id = "listMarketHolidays",
    tag = "holidays",
    params(
        ReleaseQuery,
        ("code" = String, Path, pattern = r"^[A-Za-z]{2}$", description = "ISO 3166-1 alpha-2 market code", example = "CN"),
        HolidayQuery,
        ("Accept-Language" = Option<String>, Header, description = "Preferred locales when `lang` is absent."),
    ),
    responses(
        (status = 200, description = "The occurrences", body = HolidayCalendar),
        (status = 400, description = "Bad date, range or language tag", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such market", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/markets/{code}/holidays")]
pub async fn market_holidays(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    code: web::Path<String>,
    query: web::Query<HolidayQuery>,
) -> Result<HttpResponse, ApiError> {
    let ics = wants_ics(&req, query.format.as_deref())?;
    market_answer(&req, &state, pin.release, &code, &query, ics).await
}

/// A market's holidays as iCalendar
///
/// The same occurrences as `GET /v1/markets/{code}/holidays`, as an iCalendar file to
/// subscribe to or import (all-day events; working days marked busy).
#[utoipa::path(
    operation_id = "exportMarketHolidays",
    tag = "holidays",
    params(
        ReleaseQuery,
        ("code" = String, Path, pattern = r"^[A-Za-z]{2}$", description = "ISO 3166-1 alpha-2 market code", example = "CN"),
        HolidayQuery,
        ("Accept-Language" = Option<String>, Header, description = "Preferred locales when `lang` is absent."),
    ),
    responses(
        (status = 200, description = "The occurrences as iCalendar (RFC 5545)", body = String, content_type = "text/calendar",
            example = json!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n...")),
        (status = 400, description = "Bad date, range or language tag", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such market", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/markets/{code}/holidays.ics")]
pub async fn market_holidays_ics(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    code: web::Path<String>,
    query: web::Query<HolidayQuery>,
) -> Result<HttpResponse, ApiError> {
    market_answer(&req, &state, pin.release, &code, &query, true).await
}

async fn market_answer(
    req: &HttpRequest,
    state: &AppState,
    release: Option<i64>,
    code: &str,
    query: &HolidayQuery,
    ics: bool,
) -> Result<HttpResponse, ApiError> {
    let code = MarketCode::parse(code)?;
    let (snapshot, pinned) = snapshot_at(state, release).await?;
    if !snapshot.market_defs.contains_key(code.as_str()) {
        return Err(ApiError::MarketNotFound(code.as_str().to_string()));
    }
    let (from, to) = range(query.from.as_deref(), query.to.as_deref())?;
    let locale = negotiate(req, query.lang.as_deref(), &snapshot.locales)?;
    let selection = Selection {
        markets: vec![code.as_str().to_string()],
        from,
        to,
        locale,
        ics,
        pinned,
        moving: query.from.is_none(),
    };
    respond(&snapshot, &selection)
}

/// Promotion calendar across markets
///
/// Holidays and shopping peaks of several markets merged in date order, with promotion lead
/// times. `GET /v1/calendar.ics` gives the same as iCalendar.
#[utoipa::path(
    operation_id = "getCalendar",
    tag = "holidays",
    params(
        ReleaseQuery,
        CalendarQuery,
        ("Accept-Language" = Option<String>, Header, description = "Preferred locales when `lang` is absent."),
    ),
    responses(
        (status = 200, description = "The merged calendar", body = HolidayCalendar),
        (status = 400, description = "Bad market code, date, range or language tag", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "A market that does not exist", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/calendar")]
pub async fn merged_calendar(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    query: web::Query<CalendarQuery>,
) -> Result<HttpResponse, ApiError> {
    let ics = wants_ics(&req, query.format.as_deref())?;
    calendar_answer(&req, &state, pin.release, &query, ics).await
}

/// Promotion calendar as iCalendar
///
/// The same merged calendar as `GET /v1/calendar`, as an iCalendar file (one event per
/// occurrence, the market in each summary).
#[utoipa::path(
    operation_id = "exportCalendar",
    tag = "holidays",
    params(
        ReleaseQuery,
        CalendarQuery,
        ("Accept-Language" = Option<String>, Header, description = "Preferred locales when `lang` is absent."),
    ),
    responses(
        (status = 200, description = "The merged calendar as iCalendar (RFC 5545)", body = String, content_type = "text/calendar",
            example = json!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n...")),
        (status = 400, description = "Bad market code, date, range or language tag", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "A market that does not exist", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/calendar.ics")]
pub async fn merged_calendar_ics(
    req: HttpRequest,
    state: web::Data<AppState>,
    pin: web::Query<ReleaseQuery>,
    query: web::Query<CalendarQuery>,
) -> Result<HttpResponse, ApiError> {
    calendar_answer(&req, &state, pin.release, &query, true).await
}

async fn calendar_answer(
    req: &HttpRequest,
    state: &AppState,
    release: Option<i64>,
    query: &CalendarQuery,
    ics: bool,
) -> Result<HttpResponse, ApiError> {
    let (snapshot, pinned) = snapshot_at(state, release).await?;
    let markets: Vec<String> = match query.markets.as_deref() {
        None => snapshot.market_defs.keys().cloned().collect(),
        Some(list) => {
            let mut codes = Vec::new();
            for raw in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                let code = MarketCode::parse(raw).map_err(|_| {
                    ApiError::invalid(
                        "markets",
                        format!("`{raw}` is not a market code (two letters)"),
                    )
                })?;
                if !snapshot.market_defs.contains_key(code.as_str()) {
                    return Err(ApiError::MarketNotFound(code.as_str().to_string()));
                }
                if !codes.contains(&code.as_str().to_string()) {
                    codes.push(code.as_str().to_string());
                }
            }
            if codes.is_empty() {
                return Err(ApiError::invalid("markets", "no market code given"));
            }
            codes
        }
    };
    let (from, to) = range(query.from.as_deref(), query.to.as_deref())?;
    let locale = negotiate(req, query.lang.as_deref(), &snapshot.locales)?;
    let selection = Selection {
        markets,
        from,
        to,
        locale,
        ics,
        pinned,
        moving: query.from.is_none(),
    };
    respond(&snapshot, &selection)
}

/// What a calendar request asks for, validated.
struct Selection {
    markets: Vec<String>,
    from: NaiveDate,
    to: NaiveDate,
    locale: LanguageIdentifier,
    ics: bool,
    pinned: bool,
    /// No `from`: the window starts today, so tomorrow's answer differs even when pinned.
    moving: bool,
}

/// A window that moves with the date may be reused for a few minutes, never for good.
const CACHE_CONTROL_MOVING: &str = "public, max-age=300";

/// Whether the JSON operation was asked for iCalendar the curl way (`?format=ics` or
/// `Accept: text/calendar`).
fn wants_ics(req: &HttpRequest, format: Option<&str>) -> Result<bool, ApiError> {
    match format {
        None => Ok(wants_calendar(req)),
        Some("ics") => Ok(true),
        Some("json") => Ok(false),
        Some(other) => Err(ApiError::invalid(
            "format",
            format!("`{other}` is not `json` or `ics`"),
        )),
    }
}

fn respond(snapshot: &Snapshot, selection: &Selection) -> Result<HttpResponse, ApiError> {
    let Selection {
        markets,
        from,
        to,
        locale,
        ics,
        pinned,
        moving,
    } = selection;
    let (from, to, pinned, ics) = (*from, *to, *pinned, *ics);
    // The same question of the same release always has the same answer: compute, serialize
    // and compress it once.
    // Days since the epoch format faster than dates; the key only has to be unique.
    let key = format!(
        "{}|{}|{}|{locale}|{}",
        markets.join(","),
        chrono::Datelike::num_days_from_ce(&from),
        chrono::Datelike::num_days_from_ce(&to),
        if ics { "ics" } else { "json" }
    );
    let content_type = if ics {
        "text/calendar; charset=utf-8"
    } else {
        "application/json"
    };
    let memo = snapshot.memo.get_or_insert(key, content_type, || {
        Ok::<_, ApiError>(body(snapshot, markets, from, to, locale, ics))
    })?;
    let mut response = HttpResponse::Ok();
    response
        .content_type(memo.content_type)
        .insert_header((header::ETAG, memo.etag.as_str()))
        .insert_header((header::CONTENT_LANGUAGE, locale.to_string()))
        .insert_header((header::VARY, "Accept, Accept-Language"))
        .insert_header((
            header::CACHE_CONTROL,
            if *moving {
                CACHE_CONTROL_MOVING
            } else {
                super::caching::cache_control(pinned)
            },
        ));
    let mut response = response.body(memo.body.clone());
    response
        .extensions_mut()
        .insert(std::sync::Arc::clone(&memo.compressed));
    // A moving window's answer changes with the date.
    if !moving {
        super::response_cache::mark(&mut response, snapshot, pinned);
    }
    Ok(response)
}

/// The JSON or iCalendar body of a calendar question.
fn body(
    snapshot: &Snapshot,
    markets: &[String],
    from: NaiveDate,
    to: NaiveDate,
    locale: &LanguageIdentifier,
    ics: bool,
) -> Vec<u8> {
    let mut items: Vec<HolidayOccurrence> = markets
        .iter()
        .flat_map(|code| {
            let market = &snapshot.market_defs[code];
            occurrences(market, from, to)
                .into_iter()
                .map(move |o| (code, o))
        })
        .map(|(code, o)| {
            let text = snapshot.holiday_text(locale, code, &o.holiday);
            let (name, note) = match (o.kind, text.working_day) {
                (HolidayKind::WorkingDay, Some(name)) => (name, None),
                (HolidayKind::WorkingDay, None) => (format!("{} (working day)", text.name), None),
                _ => (text.name, text.note),
            };
            HolidayOccurrence {
                market: code.clone(),
                promotion_starts: o
                    .start
                    .checked_sub_days(Days::new(u64::from(o.promotion_lead_days)))
                    .unwrap_or(o.start),
                name,
                note,
                kind: o.kind,
                status: o.status,
                start: o.start,
                end: o.end,
                closes_business: o.closes_business,
                promotion_lead_days: o.promotion_lead_days,
                substitute_for: o.substitute_for,
                id: o.holiday,
            }
        })
        .collect();
    items.sort_by(|a, b| (a.start, &a.market, &a.id).cmp(&(b.start, &b.market, &b.id)));

    if ics {
        return ics_body(snapshot, markets, &items).into_bytes();
    }
    serde_json::to_vec(&HolidayCalendar {
        markets: markets.to_vec(),
        release: snapshot.release.number,
        locale: locale.to_string(),
        from,
        to,
        items,
    })
    .expect("calendars serialize")
}

fn ics_body(snapshot: &Snapshot, markets: &[String], items: &[HolidayOccurrence]) -> String {
    let summaries: Vec<String> = items
        .iter()
        .map(|o| match (&o.substitute_for, o.kind) {
            (Some(_), HolidayKind::WorkingDay) | (None, _) => format!("{}: {}", o.market, o.name),
            (Some(_), _) => format!("{}: {} (substitute day off)", o.market, o.name),
        })
        .collect();
    let events: Vec<ical::Event<'_>> = items
        .iter()
        .zip(&summaries)
        .map(|(o, summary)| ical::Event {
            uid: format!(
                "{}-{}-{}{}@marketguide",
                o.market,
                o.id,
                o.start.format("%Y%m%d"),
                match (&o.substitute_for, o.kind) {
                    (Some(_), HolidayKind::WorkingDay) => "-working-day",
                    (Some(_), _) => "-substitute",
                    (None, _) => "",
                }
            ),
            start: o.start,
            end: o.end,
            summary,
            description: o.note.clone(),
            categories: match o.kind {
                HolidayKind::Public => "PUBLIC HOLIDAY",
                HolidayKind::Commercial => "SHOPPING PEAK",
                HolidayKind::Observance => "OBSERVANCE",
                HolidayKind::WorkingDay => "WORKING DAY",
            },
            status: match o.status {
                DateStatus::Official => "official",
                DateStatus::Projected => "projected",
            },
            busy: o.kind == HolidayKind::WorkingDay,
        })
        .collect();
    let name = format!("marketguide holidays: {}", markets.join(", "));
    ical::calendar(&name, snapshot.release.published_at, &events)
}

fn wants_calendar(req: &HttpRequest) -> bool {
    header::Accept::parse(req).is_ok_and(|accept| {
        accept
            .ranked()
            .first()
            .is_some_and(|m| m.type_() == "text" && m.subtype() == "calendar")
    })
}

/// `YYYY-MM-DD` exactly. Read by hand: chrono's `parse_from_str` interprets its format string
/// on every call, a visible share of a memoized holiday read's time (perf, benches/http.sh).
fn date(field: &str, raw: &str) -> Result<NaiveDate, ApiError> {
    let bad = || ApiError::invalid(field, format!("`{raw}` is not a date (YYYY-MM-DD)"));
    let b = raw.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return Err(bad());
    };
    NaiveDate::from_ymd_opt(year as i32, month, day).ok_or_else(bad)
}

fn range(from: Option<&str>, to: Option<&str>) -> Result<(NaiveDate, NaiveDate), ApiError> {
    let from = match from {
        Some(raw) => date("from", raw)?,
        None => Utc::now().date_naive(),
    };
    let to = match to {
        Some(raw) => date("to", raw)?,
        None => from
            .checked_add_days(Days::new(364))
            .ok_or_else(|| ApiError::invalid("from", "too far in the future"))?,
    };
    if to < from {
        return Err(ApiError::invalid(
            "to",
            format!("`{to}` is before `from` ({from})"),
        ));
    }
    if (to - from).num_days() >= MAX_DAYS {
        return Err(ApiError::invalid(
            "to",
            "the range may span at most 3 years",
        ));
    }
    if !(1900..=2100).contains(&chrono::Datelike::year(&from))
        || !(1900..=2100).contains(&chrono::Datelike::year(&to))
    {
        return Err(ApiError::invalid(
            "from",
            "dates must be between 1900 and 2100",
        ));
    }
    Ok((from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_exactly_year_month_day() {
        assert_eq!(
            date("from", "2026-02-28").unwrap(),
            NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()
        );
        for bad in [
            "2026-02-30",
            "2026-2-01",
            "2026/02/01",
            "+026-02-01",
            "2026-02-01 ",
            "",
            "２０２６-02-01",
        ] {
            assert!(date("from", bad).is_err(), "{bad}");
        }
    }
}
