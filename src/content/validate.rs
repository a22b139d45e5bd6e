//! Semantic checks on the structure documents: what TOML and serde cannot say.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, NaiveTime};
use unic_langid::LanguageIdentifier;

use super::catalog::Catalog;
use super::commerce;
use super::diagnostics::ContentError;
use super::keys::DocumentKey;
use super::model::{BusinessHours, DateRule, EtiquetteTopic, HolidayDef, HolidayKind, MarketDef};
use super::source::ContentSet;

pub fn structure(catalog: &Catalog) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let registry_path = DocumentKey::Channels.path();
    let mut known = BTreeSet::new();
    for channel in &catalog.channels {
        check_id(&registry_path, "channel", &channel.id, &mut errors);
        if !known.insert(channel.id.as_str()) {
            errors.push(ContentError::new(
                &registry_path,
                format!("channel `{}` is defined twice", channel.id),
            ));
        }
    }
    for (code, market) in &catalog.markets {
        let path = DocumentKey::Market(code.clone()).path();
        let mut push = |message: String| errors.push(ContentError::new(&path, message));
        market_fields(market, &known, &mut push);
    }
    errors
}

fn market_fields(market: &MarketDef, channels: &BTreeSet<&str>, push: &mut impl FnMut(String)) {
    if market.languages.is_empty() {
        push("`languages` is empty".into());
    }
    for tag in &market.languages {
        if tag.parse::<LanguageIdentifier>().is_err() {
            push(format!("`{tag}` is not a BCP 47 language tag"));
        }
    }
    if market.currencies.is_empty() {
        push("`currencies` is empty".into());
    }
    for currency in &market.currencies {
        if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
            push(format!("`{currency}` is not an ISO 4217 code"));
        }
    }
    if market.time_zones.is_empty() {
        push("`time_zones` is empty".into());
    }
    for zone in &market.time_zones {
        if zone.parse::<chrono_tz::Tz>().is_err() {
            push(format!("`{zone}` is not an IANA time zone"));
        }
    }
    business_hours(&market.business_hours, push);

    let mut ranks = market.channels.iter().map(|c| c.rank).collect::<Vec<_>>();
    ranks.sort_unstable();
    if ranks != (1..=market.channels.len() as u32).collect::<Vec<_>>() {
        push("channel ranks must be 1, 2, 3, ... with no gaps or repeats".into());
    }
    for channel in &market.channels {
        if !channels.contains(channel.id.as_str()) {
            push(format!("channel `{}` is not in channels.toml", channel.id));
        }
        if channel.uses.is_empty() {
            push(format!("channel `{}` has no `uses`", channel.id));
        }
    }
    unique("channel", market.channels.iter().map(|c| &c.id), push);
    unique("holiday", market.holidays.iter().map(|h| &h.id), push);
    unique(
        "etiquette rule",
        market.etiquette.iter().map(|e| &e.id),
        push,
    );
    unique("taboo", market.taboos.iter().map(|t| &t.id), push);
    for id in market
        .holidays
        .iter()
        .map(|h| &h.id)
        .chain(market.etiquette.iter().map(|e| &e.id))
        .chain(market.taboos.iter().map(|t| &t.id))
    {
        check_id_with(id, push);
    }
    for holiday in &market.holidays {
        holiday_rule(holiday, &market.holidays, push);
    }
    guidance_fields(market, push);
    for taboo in &market.taboos {
        if taboo.subject.trim().is_empty() {
            push(format!("taboo `{}` has an empty subject", taboo.id));
        }
        if taboo.applies_to.is_empty() {
            push(format!("taboo `{}` has no `applies_to`", taboo.id));
        }
    }
}

/// The fields the guidance tools compute with: quiet hours, seasonal hours, emoji policy and
/// taboo match terms.
fn guidance_fields(market: &MarketDef, push: &mut impl FnMut(String)) {
    let valid_time = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").is_ok();
    if let Some(quiet) = &market.quiet_hours {
        for t in [&quiet.start, &quiet.end] {
            if !valid_time(t) {
                push(format!("quiet_hours: `{t}` is not a time of day (HH:MM)"));
            }
        }
        if quiet.start == quiet.end {
            push("quiet_hours: start and end are the same".into());
        }
        if quiet.source.trim().is_empty() {
            push("quiet_hours needs a source".into());
        }
    }
    unique(
        "seasonal hours",
        market.seasonal_hours.iter().map(|s| &s.id),
        push,
    );
    for seasonal in &market.seasonal_hours {
        check_id_with(&seasonal.id, push);
        if !market.holidays.iter().any(|h| h.id == seasonal.holiday) {
            push(format!(
                "seasonal hours `{}` name unknown holiday `{}`",
                seasonal.id, seasonal.holiday
            ));
        }
        if seasonal.source.trim().is_empty() {
            push(format!("seasonal hours `{}` need a source", seasonal.id));
        }
        business_hours(
            &BusinessHours {
                days: market.business_hours.days.clone(),
                open: seasonal.open.clone(),
                close: seasonal.close.clone(),
                breaks: seasonal.breaks.clone(),
            },
            push,
        );
    }
    for rule in &market.etiquette {
        if rule.emoji.is_some() && rule.topic != EtiquetteTopic::Emoji {
            push(format!(
                "etiquette `{}` has an emoji policy but its topic is not `emoji`",
                rule.id
            ));
        }
    }
    for taboo in &market.taboos {
        for (language, terms) in &taboo.terms {
            if language != "any" && language.parse::<LanguageIdentifier>().is_err() {
                push(format!(
                    "taboo `{}`: terms key `{language}` is neither `any` nor a language tag",
                    taboo.id
                ));
            }
            if terms.is_empty() || terms.iter().any(|t| t.trim().is_empty()) {
                push(format!(
                    "taboo `{}`: terms for `{language}` are empty or contain an empty term",
                    taboo.id
                ));
            }
        }
    }
}

fn business_hours(hours: &BusinessHours, push: &mut impl FnMut(String)) {
    if hours.days.is_empty() {
        push("`business_hours.days` is empty".into());
    }
    let time = |s: &str, push: &mut dyn FnMut(String)| {
        let parsed = NaiveTime::parse_from_str(s, "%H:%M");
        if parsed.is_err() {
            push(format!("`{s}` is not a time of day (HH:MM)"));
        }
        parsed.ok()
    };
    if let (Some(open), Some(close)) = (time(&hours.open, push), time(&hours.close, push)) {
        if open >= close {
            push("business hours close before they open".into());
        }
        for span in &hours.breaks {
            let (start, end) = (time(&span.start, push), time(&span.end, push));
            if let (Some(start), Some(end)) = (start, end)
                && !(open <= start && start < end && end <= close)
            {
                push(format!(
                    "break {}-{} is not within business hours",
                    span.start, span.end
                ));
            }
        }
    }
}

fn holiday_rule(holiday: &HolidayDef, all: &[HolidayDef], push: &mut impl FnMut(String)) {
    let id = &holiday.id;
    if holiday.duration_days == 0 {
        push(format!("holiday `{id}` lasts zero days"));
    }
    if holiday.kind == HolidayKind::WorkingDay {
        push(format!(
            "holiday `{id}`: `working-day` is given to make-up days by `schedules`, not a kind to write"
        ));
    }
    if [
        crate::calendar::SANDWICHED_DAY,
        crate::calendar::WORKING_DAY,
    ]
    .contains(&id.as_str())
    {
        push(format!("holiday id `{id}` is reserved"));
    }
    schedules(holiday, push);
    let month_day =
        |month: u8, day: u8, max_month: u8, max_day: u8, push: &mut dyn FnMut(String)| {
            if !(1..=max_month).contains(&month) || !(1..=max_day).contains(&day) {
                push(format!(
                    "holiday `{id}`: month {month}, day {day} is not a date"
                ));
            }
        };
    match &holiday.rule {
        DateRule::Fixed { month, day } => {
            // 2024 is a leap year, so 29 February is accepted.
            if NaiveDate::from_ymd_opt(2024, (*month).into(), (*day).into()).is_none() {
                push(format!("holiday `{id}`: {month}/{day} is not a date"));
            }
        }
        DateRule::NthWeekday { month, nth, .. } => {
            if !(1..=12).contains(month) || !matches!(nth, 1..=5 | -1) {
                push(format!(
                    "holiday `{id}`: month must be 1-12 and nth 1-5 or -1"
                ));
            }
        }
        DateRule::ChineseLunar { month, day, .. } => month_day(*month, *day, 12, 30, push),
        DateRule::Hijri { month, day } => month_day(*month, *day, 12, 30, push),
        DateRule::Dated { dates } => {
            if dates.is_empty() {
                push(format!("holiday `{id}` has no dates"));
            }
        }
        DateRule::Relative { holiday: base, .. } => match all.iter().find(|h| &h.id == base) {
            None => push(format!(
                "holiday `{id}` is relative to unknown holiday `{base}`"
            )),
            Some(h) if matches!(h.rule, DateRule::Relative { .. }) => push(format!(
                "holiday `{id}` is relative to `{base}`, which is itself relative"
            )),
            Some(_) => {}
        },
        DateRule::Easter { .. } | DateRule::SolarTerm { .. } => {}
    }
}

fn schedules(holiday: &HolidayDef, push: &mut impl FnMut(String)) {
    let id = &holiday.id;
    let mut years = BTreeSet::new();
    for schedule in &holiday.schedules {
        let year = schedule.year;
        if !years.insert(year) {
            push(format!("holiday `{id}`: two schedules for {year}"));
        }
        if schedule.days_off.is_empty() {
            push(format!(
                "holiday `{id}`: the {year} schedule has no `days_off`"
            ));
        }
        // A break may begin in the December before its year (CN New Year 2023).
        let near = |d: &NaiveDate| (year - 1..=year).contains(&d.year());
        for day in schedule.days_off.iter().chain(&schedule.working_days) {
            if !near(day) {
                push(format!(
                    "holiday `{id}`: {day} in the {year} schedule is not in {year} (or the December before)"
                ));
            }
        }
        let mut seen = BTreeSet::new();
        for day in schedule.days_off.iter().chain(&schedule.working_days) {
            if !seen.insert(day) {
                push(format!(
                    "holiday `{id}`: {day} appears twice in the {year} schedule (a day is off or worked)"
                ));
            }
        }
        if !schedule.days_off.is_sorted() || !schedule.working_days.is_sorted() {
            push(format!(
                "holiday `{id}`: the {year} schedule's dates must be in date order"
            ));
        }
    }
}

fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a String>, push: &mut impl FnMut(String)) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            push(format!("{what} `{id}` appears twice"));
        }
    }
}

/// Ids become parts of Fluent message ids, so they must be lowercase kebab-case.
fn check_id_with(id: &str, push: &mut impl FnMut(String)) {
    let ok = id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !ok {
        push(format!(
            "id `{id}` must be lowercase letters, digits and '-'"
        ));
    }
}

fn check_id(path: &str, what: &str, id: &str, errors: &mut Vec<ContentError>) {
    check_id_with(id, &mut |m| {
        errors.push(ContentError::new(path, format!("{what}: {m}")))
    });
}

/// The commerce sections: registry ids exist (reported at their line and column), ranks,
/// dates, ranges and formats hold.
pub fn commerce(catalog: &Catalog, set: &ContentSet) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let payments = registry_ids(
        &DocumentKey::Payments.path(),
        "payment",
        catalog.payments.iter().map(|p| p.id.as_str()),
        &mut errors,
    );
    let marketplaces = registry_ids(
        &DocumentKey::Marketplaces.path(),
        "marketplace",
        catalog.marketplaces.iter().map(|m| m.id.as_str()),
        &mut errors,
    );
    let today = chrono::Utc::now().date_naive();
    for (code, market) in &catalog.markets {
        let key = DocumentKey::Market(code.clone());
        let path = key.path();
        let text = set.documents.get(&key).map_or("", String::as_str);
        let mut unknown = |id: &toml::Spanned<String>, registry: &BTreeSet<&str>, what: &str| {
            if !registry.contains(id.get_ref().as_str()) {
                errors.push(ContentError::at(
                    &path,
                    text,
                    id.span(),
                    &format!("{what} `{}` is not in {what}s.toml", id.get_ref()),
                ));
            }
        };
        if let Some(section) = &market.payments {
            for method in &section.methods {
                unknown(&method.id, &payments, "payment");
            }
        }
        if let Some(section) = &market.marketplaces {
            for platform in &section.platforms {
                unknown(&platform.id, &marketplaces, "marketplace");
            }
        }
        let mut push = |message: String| errors.push(ContentError::new(&path, message));
        commerce_fields(market, today, &mut push);
    }
    errors
}

fn registry_ids<'a>(
    path: &str,
    what: &str,
    ids: impl Iterator<Item = &'a str>,
    errors: &mut Vec<ContentError>,
) -> BTreeSet<&'a str> {
    let mut known = BTreeSet::new();
    for id in ids {
        check_id(path, what, id, errors);
        if !known.insert(id) {
            errors.push(ContentError::new(
                path,
                format!("{what} `{id}` is defined twice"),
            ));
        }
    }
    known
}

fn commerce_fields(market: &MarketDef, today: NaiveDate, push: &mut impl FnMut(String)) {
    for (section, p) in commerce::provenances(market) {
        if p.as_of > today {
            push(format!("[{section}] `as_of` {} is in the future", p.as_of));
        }
        if !(1..=3 * 366).contains(&p.review_days) {
            push(format!(
                "[{section}] `review_days` must be 1 to 1098 (facts are checked at least every three years)"
            ));
        }
        if p.sources.is_empty() {
            push(format!("[{section}] has no `sources`"));
        }
        for source in p.sources {
            if !(source.starts_with("https://") || source.starts_with("http://")) {
                push(format!("[{section}] source `{source}` is not a URL"));
            }
        }
        if p.note.is_some_and(|n| n.trim().is_empty()) {
            push(format!("[{section}] has an empty `note`"));
        }
    }
    if let Some(section) = &market.payments {
        ranks("payments", section.methods.iter().map(|m| m.rank), push);
        unique(
            "payment method",
            section.methods.iter().map(|m| m.id.get_ref()),
            push,
        );
        let mut total = 0.0;
        for method in &section.methods {
            if let Some(share) = method.share_percent {
                if !(0.0..=100.0).contains(&share) {
                    push(format!(
                        "payment `{}`: share_percent {share} is not 0-100",
                        method.id.get_ref()
                    ));
                }
                total += share;
            }
        }
        if total > 100.5 {
            push(format!("payment shares add up to {total}%, over 100"));
        }
    }
    if let Some(section) = &market.marketplaces {
        ranks(
            "marketplaces",
            section.platforms.iter().map(|m| m.rank),
            push,
        );
        unique(
            "marketplace",
            section.platforms.iter().map(|m| m.id.get_ref()),
            push,
        );
    }
    if let Some(import) = &market.import {
        for (field, money) in [
            ("duty_free_up_to", &import.duty_free_up_to),
            ("tax_free_up_to", &import.tax_free_up_to),
        ] {
            if let Some(money) = money {
                if !(money.amount >= 0.0 && money.amount.is_finite()) {
                    push(format!("[import] `{field}` must be 0 or more"));
                }
                if !is_currency(&money.currency) {
                    push(format!(
                        "[import] `{field}`: `{}` is not an ISO 4217 code",
                        money.currency
                    ));
                }
            }
        }
        if import.collected_by.is_empty() {
            push("[import] `collected_by` is empty".into());
        }
        if let Some(id) = &import.buyer_customs_id {
            check_id_with(&id.id, push);
        }
    }
    if let Some(delivery) = &market.delivery {
        for (field, range) in [
            ("from_china_days", delivery.from_china_days),
            ("from_eu_days", delivery.from_eu_days),
            ("express_days", delivery.express_days),
        ] {
            if let Some(range) = range
                && (range.min == 0 || range.min > range.max)
            {
                push(format!(
                    "[delivery] `{field}`: min must be at least 1 and not above max"
                ));
            }
        }
        if delivery.carriers.is_empty() {
            push("[delivery] `carriers` is empty".into());
        }
        let postcode = &delivery.postcode;
        if let Some(example) = &postcode.example
            && !postcode
                .formats
                .iter()
                .any(|f| postcode_matches(f, example))
        {
            push(format!(
                "[delivery] postcode example `{example}` matches none of the `formats`"
            ));
        }
    }
    if let Some(returns) = &market.returns
        && returns.withdrawal_days.is_some()
        && returns.law.is_none()
    {
        push("[returns] a `withdrawal_days` right needs the `law` that gives it".into());
    }
}

fn ranks(section: &str, ranks: impl Iterator<Item = u32>, push: &mut impl FnMut(String)) {
    let mut ranks: Vec<u32> = ranks.collect();
    ranks.sort_unstable();
    if ranks != (1..=ranks.len() as u32).collect::<Vec<_>>() {
        push(format!(
            "[{section}] ranks must be 1, 2, 3, ... with no gaps or repeats"
        ));
    }
}

fn is_currency(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// `N` is a digit, `A` a letter, anything else itself.
pub(crate) fn postcode_matches(format: &str, postcode: &str) -> bool {
    format.chars().count() == postcode.chars().count()
        && format.chars().zip(postcode.chars()).all(|(f, c)| match f {
            'N' => c.is_ascii_digit(),
            'A' => c.is_ascii_alphabetic(),
            _ => f == c,
        })
}
