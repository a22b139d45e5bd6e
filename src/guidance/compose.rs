//! Composes a reply that follows the market's etiquette (seed 004): mirror the buyer's "Dear"
//! or "Hi", thank a first-time buyer for the inquiry or welcome a returning one back, apologise
//! for a late reply, address the buyer in the market's style, and close the way the language
//! does, around a phrase-set message as the body. Opening and closing lines are the phrase
//! set `reply-frame`, translated and reviewed like any other.

use chrono::{DateTime, Days, Utc};
use chrono_tz::Tz;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;
use utoipa::ToSchema;

use super::hours::WorkCalendar;
use super::lint::{Finding, LintInput, Register, TextUse, lint, register};
use crate::content::model::{ChannelDef, Formality, MarketDef, Salutation};
use crate::phrases::PhraseSet;
use crate::phrases::render::RenderWarning;
use crate::snapshot::Snapshot;

/// The phrase set holding opening and closing lines.
pub const FRAME_SET: &str = "reply-frame";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum BuyerStatus {
    FirstTime,
    Returning,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReplyParts {
    pub opening: String,
    pub body: String,
    pub closing: String,
}

/// Everything a composition needs, validated.
pub struct ComposeInput<'a> {
    pub market: &'a MarketDef,
    pub set: &'a PhraseSet,
    pub message: &'a str,
    /// Locales to try, best first (the frame's and the body's).
    pub chain: Vec<LanguageIdentifier>,
    pub buyer_name: &'a str,
    pub buyer_status: BuyerStatus,
    pub buyer_message: Option<&'a str>,
    pub args: &'a serde_json::Map<String, serde_json::Value>,
    pub received_at: Option<DateTime<Utc>>,
    pub now: DateTime<Utc>,
    pub channel: Option<&'a ChannelDef>,
    pub reader_locale: &'a LanguageIdentifier,
}

pub struct Composed {
    pub locale: LanguageIdentifier,
    pub text: String,
    pub parts: ReplyParts,
    pub applied: Vec<String>,
    pub lint: Vec<Finding>,
    pub warnings: Vec<RenderWarning>,
}

pub fn compose(snapshot: &Snapshot, input: &ComposeInput<'_>) -> Composed {
    let frame = &snapshot.phrases.sets[FRAME_SET];
    let locale = input.chain[0].clone();
    let vocabulary = snapshot.guidance.vocabulary(&locale);
    let mut applied = Vec::new();

    // The buyer's own register first; without one, the market's custom.
    let mirrored = input.buyer_message.and_then(|m| {
        vocabulary
            .and_then(|v| register(&v.greetings, m))
            .or_else(|| {
                snapshot
                    .guidance
                    .vocabularies
                    .values()
                    .find_map(|v| register(&v.greetings, m))
            })
    });
    let salutation = match mirrored {
        Some((r, _)) => {
            applied.push("salutation-mirror".to_string());
            r
        }
        None if input.market.formality == Formality::High
            || input.market.salutation == Salutation::TitleSurname =>
        {
            Register::Formal
        }
        None => Register::Casual,
    };
    applied.push("market-salutation".to_string());

    let text_arg = |name: &str| input.args.get(name).and_then(|v| v.as_str());
    let (family, given) = split_name(input.buyer_name, &locale);
    let mut frame_args: Vec<(String, String)> = vec![
        (
            "salutation".into(),
            match salutation {
                Register::Formal => "formal",
                Register::Casual => "casual",
            }
            .into(),
        ),
        (
            "buyer_status".into(),
            match input.buyer_status {
                BuyerStatus::FirstTime => "first-time",
                BuyerStatus::Returning => "returning",
            }
            .into(),
        ),
        ("buyer_name".into(), input.buyer_name.to_string()),
        (
            "buyer_family_name".into(),
            text_arg("buyer_family_name").map_or(family, str::to_string),
        ),
        (
            "buyer_given_name".into(),
            text_arg("buyer_given_name").map_or(given, str::to_string),
        ),
    ];
    for (name, default) in [
        ("buyer_gender", "other"),
        ("agent_gender", "other"),
        ("agent_name", ""),
        ("shop_name", ""),
        ("buyer_title", ""),
    ] {
        frame_args.push((name.into(), text_arg(name).unwrap_or(default).to_string()));
    }

    // A body that states the payment methods gets the market's own, unless the caller
    // named them.
    let body_uses = |variable: &str| {
        input
            .set
            .reference
            .iter()
            .find(|m| m.id == input.message)
            .is_some_and(|m| m.all_variables().contains(variable))
    };
    if body_uses("payment_methods")
        && !input.args.contains_key("payment_methods")
        && let Some(methods) =
            super::market_facts::payment_methods(snapshot, &input.market.code, &locale)
    {
        frame_args.push(("payment_methods".into(), methods));
        applied.push("market-payment-methods".into());
    }

    let mut opening_ids = vec!["salutation".to_string()];
    match input.buyer_status {
        BuyerStatus::FirstTime => {
            opening_ids.push("first-time-thanks".into());
            applied.push("first-time-thanks".into());
        }
        BuyerStatus::Returning => {
            opening_ids.push("returning-welcome".into());
            applied.push("returning-welcome".into());
        }
    }
    if let Some(received) = input.received_at
        && input.now - received
            > chrono::Duration::hours(i64::from(input.market.reply_within_hours))
    {
        frame_args.push((
            "reason".into(),
            late_reason(snapshot, input.market, received, input.now).into(),
        ));
        opening_ids.push("late-reply-apology".into());
        applied.push("late-reply-apology".into());
    }

    // The caller's arguments reach the body; the frame's computed ones win where both exist.
    let mut args = FluentArgs::new();
    let mut warnings = Vec::new();
    let user = crate::phrases::render::fluent_args(input.args, &mut warnings);
    for (name, value) in user.iter() {
        args.set(name.to_string(), value.clone());
    }
    for (name, value) in &frame_args {
        args.set(name.clone(), FluentValue::from(value.clone()));
    }

    let frame_chain = frame.chain(&input.chain);
    let opening: Vec<String> = frame
        .render(
            &frame_chain,
            Some(&opening_ids),
            &args,
            false,
            &mut warnings,
        )
        .into_iter()
        .map(|m| m.text)
        .collect();
    let body_chain = input.set.chain(&input.chain);
    let body = input
        .set
        .render(
            &body_chain,
            Some(&[input.message.to_string()]),
            &args,
            false,
            &mut warnings,
        )
        .into_iter()
        .map(|m| m.text)
        .collect::<Vec<_>>()
        .join("\n");
    let closing = frame
        .render(
            &frame_chain,
            Some(&["closing".to_string()]),
            &args,
            false,
            &mut warnings,
        )
        .into_iter()
        .map(|m| m.text)
        .collect::<Vec<_>>()
        .join("\n");
    applied.push("closing".into());
    let opening = without_blank_lines(&opening.join("\n"));
    let closing = without_blank_lines(&closing);
    let text = [opening.as_str(), body.as_str(), closing.as_str()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    let findings = lint(
        &snapshot.guidance,
        &LintInput {
            market: input.market,
            text: &text,
            text_locale: &locale,
            text_use: TextUse::Messages,
            channel: input.channel,
            in_reply_to: input.buyer_message,
            reader_locale: input.reader_locale,
        },
    );
    Composed {
        locale,
        text,
        parts: ReplyParts {
            opening,
            body,
            closing,
        },
        applied,
        lint: findings,
        warnings,
    }
}

/// Frame lines whose variables were not given (no agent name, say) leave empty lines; the
/// frame has no blank lines of its own.
fn without_blank_lines(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Why the reply is late, for the apology: a closing holiday or a rest day in between, in the
/// market's main zone.
fn late_reason(
    snapshot: &Snapshot,
    market: &MarketDef,
    received: DateTime<Utc>,
    now: DateTime<Utc>,
) -> &'static str {
    let tz: Tz = market.time_zones[0].parse().expect("validated zone");
    let calendar = WorkCalendar::around(market, tz, received, &snapshot.guidance.occurrences);
    let first = received.with_timezone(&tz).date_naive();
    let last = now.with_timezone(&tz).date_naive();
    let mut weekend = false;
    let mut day = first;
    while day <= last && day <= first + Days::new(super::hours::HORIZON_DAYS) {
        let d = calendar.day(day);
        if d.closing.is_some() && !d.business {
            return "holiday";
        }
        weekend |= !d.business;
        day = day + Days::new(1);
    }
    if weekend { "weekend" } else { "other" }
}

/// (family, given) from a full name. Chinese and Korean names put a (usually one-character)
/// family name first; Japanese names cannot be split without a dictionary, so the whole name
/// stands for both; elsewhere the family name is the last word.
pub fn split_name(name: &str, locale: &LanguageIdentifier) -> (String, String) {
    let name = name.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let family_first = matches!(locale.language.as_str(), "zh" | "ja" | "ko" | "vi" | "hu");
    match (words.as_slice(), family_first) {
        ([first, .., last], false) => (last.to_string(), first.to_string()),
        ([first, rest @ ..], true) if !rest.is_empty() => (first.to_string(), rest.join(" ")),
        (_, true)
            if matches!(locale.language.as_str(), "zh" | "ko") && name.chars().count() >= 2 =>
        {
            let mut chars = name.chars();
            let family: String = chars.next().into_iter().collect();
            (family, chars.collect())
        }
        _ => (name.to_string(), name.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_by_language() {
        let en: LanguageIdentifier = "en-US".parse().unwrap();
        let zh: LanguageIdentifier = "zh-CN".parse().unwrap();
        let ja: LanguageIdentifier = "ja-JP".parse().unwrap();
        assert_eq!(
            split_name("Anna Maria Schmidt", &en),
            ("Schmidt".into(), "Anna".into())
        );
        assert_eq!(split_name("王小明", &zh), ("王".into(), "小明".into()));
        assert_eq!(split_name("田中 太郎", &ja), ("田中".into(), "太郎".into()));
        assert_eq!(
            split_name("田中太郎", &ja),
            ("田中太郎".into(), "田中太郎".into())
        );
    }
}
