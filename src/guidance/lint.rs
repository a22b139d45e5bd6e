//! Checks an outgoing message against a market: its taboos (by their match terms), absolute
//! claims, the buyer's greeting register, emoji etiquette per channel, channel length limits
//! and, where the language marks it, formality. Every finding says where it is in UTF-16 code
//! units and bytes, and why, in the reader's locale.

use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;
use utoipa::ToSchema;

use super::matcher::{Haystack, Span, find_all};
use super::text::GuidanceBook;
use super::{emoji, sms};
use crate::content::model::{
    ChannelDef, ChannelKind, EtiquetteTopic, Formality, MarketDef, Severity, TabooScope,
};
use crate::content::vocabulary::{Greetings, LintVocabulary};

/// The largest text the lint and the composer accept, in bytes (about 5,000 CJK characters):
/// marketplace messages are capped at 2,000 characters, so anything larger is not a message.
pub const MAX_TEXT_BYTES: usize = 16 * 1024;

/// Where the text will be used; taboos apply by their `applies_to`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TextUse {
    #[default]
    Messages,
    Marketing,
    Packaging,
}

impl TextUse {
    fn scope(self) -> TabooScope {
        match self {
            Self::Messages => TabooScope::Messages,
            Self::Marketing => TabooScope::Marketing,
            Self::Packaging => TabooScope::Packaging,
        }
    }
}

/// Stable rule ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    Taboo,
    AbsoluteClaim,
    SalutationMirror,
    Emoji,
    Length,
    Formality,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// What is wrong, in the negotiated locale.
    pub message: String,
    /// The exact substring found.
    #[serde(rename = "match")]
    #[schema(example = "绝对")]
    pub matched: String,
    /// Start in UTF-16 code units (as JavaScript and LanguageTool count).
    pub start: usize,
    /// End (exclusive) in UTF-16 code units.
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    /// The taboo's id when `rule = taboo`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taboo: Option<String>,
    /// Why it matters (the taboo's or etiquette rule's own text).
    pub rationale: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

/// One lint run's inputs, validated.
pub struct LintInput<'a> {
    pub market: &'a MarketDef,
    pub text: &'a str,
    /// The language of `text`.
    pub text_locale: &'a LanguageIdentifier,
    pub text_use: TextUse,
    /// Absent: judged as e-mail, the written default.
    pub channel: Option<&'a ChannelDef>,
    /// The buyer's message this text answers.
    pub in_reply_to: Option<&'a str>,
    /// The language findings are written in.
    pub reader_locale: &'a LanguageIdentifier,
}

pub fn lint(book: &GuidanceBook, input: &LintInput<'_>) -> Vec<Finding> {
    let hay = Haystack::new(input.text);
    let ctx = Context {
        book,
        input,
        hay: &hay,
    };
    let mut findings = Vec::new();
    ctx.taboos(&mut findings);
    let vocabulary = book.vocabulary(input.text_locale);
    if let Some(vocabulary) = vocabulary {
        ctx.absolute_claims(vocabulary, &mut findings);
        ctx.formality(vocabulary, &mut findings);
        if let Some(buyer) = input.in_reply_to {
            ctx.salutation(vocabulary, buyer, &mut findings);
        }
    }
    ctx.emoji(&mut findings);
    ctx.length(&mut findings);
    findings.sort_by_key(|a| (a.start, a.rule, a.end));
    findings
}

struct Context<'c, 'a> {
    book: &'c GuidanceBook,
    input: &'c LintInput<'a>,
    hay: &'c Haystack<'a>,
}

impl Context<'_, '_> {
    fn say(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.book.say(self.input.reader_locale, id, args)
    }

    fn market_name(&self) -> String {
        self.book
            .market(self.input.reader_locale, &self.input.market.code)
            .map_or_else(|| self.input.market.code.clone(), |w| w.name.clone())
    }

    fn finding(&self, rule: Rule, severity: Severity, span: &Span) -> Finding {
        Finding {
            rule,
            severity,
            message: String::new(),
            matched: self.hay.slice(span).to_string(),
            start: span.start,
            end: span.end,
            byte_start: span.byte_start,
            byte_end: span.byte_end,
            taboo: None,
            rationale: String::new(),
            suggestion: None,
        }
    }

    fn taboos(&self, out: &mut Vec<Finding>) {
        let locale = self.input.text_locale;
        let keys = [
            locale.to_string(),
            locale.language.as_str().to_string(),
            "any".to_string(),
        ];
        let words = self
            .book
            .market(self.input.reader_locale, &self.input.market.code);
        for taboo in &self.input.market.taboos {
            if !taboo.applies_to.contains(&self.input.text_use.scope()) {
                continue;
            }
            let mut terms: Vec<String> = Vec::new();
            for key in &keys {
                if let Some(list) = taboo.terms.get(key) {
                    terms.extend(list.iter().cloned());
                }
            }
            if terms.is_empty() {
                continue;
            }
            let (what, why) = words
                .and_then(|w| w.taboos.get(&taboo.id))
                .cloned()
                .unwrap_or_else(|| (taboo.subject.clone(), String::new()));
            for span in find_all(self.hay, &terms, &[]) {
                let mut f = self.finding(Rule::Taboo, taboo.severity, &span);
                let mut args = FluentArgs::new();
                args.set("match", f.matched.clone());
                args.set("market", self.market_name());
                args.set("taboo", what.clone());
                f.message = self.say("lint-taboo", &args);
                f.taboo = Some(taboo.id.clone());
                f.rationale = why.clone();
                out.push(f);
            }
        }
    }

    fn absolute_claims(&self, vocabulary: &LintVocabulary, out: &mut Vec<Finding>) {
        let claims = &vocabulary.absolute_claims;
        for span in find_all(self.hay, &claims.terms, &claims.except) {
            let mut f = self.finding(Rule::AbsoluteClaim, Severity::Caution, &span);
            let mut args = FluentArgs::new();
            args.set("match", f.matched.clone());
            f.message = self.say("lint-absolute-claim", &args);
            f.rationale = self.say("lint-absolute-claim-rationale", &FluentArgs::new());
            f.suggestion = Some(self.say("lint-absolute-claim-suggestion", &FluentArgs::new()));
            out.push(f);
        }
    }

    fn salutation(&self, vocabulary: &LintVocabulary, buyer: &str, out: &mut Vec<Finding>) {
        // The buyer may write in another language than the reply; a register is a register.
        let buyer_register = register(&vocabulary.greetings, buyer).or_else(|| {
            self.book
                .vocabularies
                .values()
                .find_map(|v| register(&v.greetings, buyer))
        });
        let Some((buyer_register, buyer_word)) = buyer_register else {
            return;
        };
        let Some((reply_register, span)) = register_span(&vocabulary.greetings, self.hay) else {
            return;
        };
        if reply_register == buyer_register {
            return;
        }
        let mut f = self.finding(Rule::SalutationMirror, Severity::Caution, &span);
        let wanted = match buyer_register {
            Register::Formal => vocabulary.greetings.formal.first(),
            Register::Casual => vocabulary.greetings.casual.first(),
        };
        let mut args = FluentArgs::new();
        args.set("buyer", buyer_word);
        args.set("match", f.matched.clone());
        args.set("suggestion", wanted.cloned().unwrap_or_default());
        f.message = self.say("lint-salutation-mirror", &args);
        f.rationale = self.say("lint-salutation-mirror-rationale", &FluentArgs::new());
        f.suggestion = wanted.cloned();
        out.push(f);
    }

    fn emoji(&self, out: &mut Vec<Finding>) {
        let market = self.input.market;
        let Some((rule, policy)) = market
            .etiquette
            .iter()
            .filter(|e| e.topic == EtiquetteTopic::Emoji)
            .find_map(|e| Some((e, e.emoji.as_ref()?)))
        else {
            return;
        };
        let kind = self.input.channel.map_or(ChannelKind::Email, |c| c.kind);
        let chars: Vec<char> = self.hay.text.chars().collect();
        let rationale = self
            .book
            .market(self.input.reader_locale, &market.code)
            .and_then(|w| w.etiquette.get(&rule.id).cloned())
            .unwrap_or_default();
        let channel_name = self.input.channel.map_or_else(
            || self.book.channel_name(self.input.reader_locale, "email"),
            |c| self.book.channel_name(self.input.reader_locale, &c.id),
        );
        for (start, end) in emoji::sequences(&chars) {
            let span = self.hay.span(start, end);
            let found: String = chars[start..end]
                .iter()
                .filter(|c| **c != '\u{FE0F}')
                .collect();
            let banned = policy
                .avoid
                .iter()
                .any(|a| a.chars().filter(|c| *c != '\u{FE0F}').eq(found.chars()));
            let (severity, id) = if banned {
                (Severity::Avoid, "lint-emoji-avoid")
            } else if let Some(severity) = policy.discouraged.get(&kind) {
                (*severity, "lint-emoji")
            } else {
                continue;
            };
            let mut f = self.finding(Rule::Emoji, severity, &span);
            let mut args = FluentArgs::new();
            args.set("match", f.matched.clone());
            args.set("market", self.market_name());
            args.set("channel", channel_name.clone());
            f.message = self.say(id, &args);
            f.rationale = rationale.clone();
            out.push(f);
        }
    }

    fn length(&self, out: &mut Vec<Finding>) {
        let Some(channel) = self.input.channel else {
            return;
        };
        let count = self.hay.len_chars();
        let name = self
            .book
            .channel_name(self.input.reader_locale, &channel.id);
        if let Some(limit) = channel.max_characters
            && count > limit as usize
        {
            let span = self.hay.span(limit as usize, count);
            let mut f = self.finding(Rule::Length, Severity::Avoid, &span);
            let mut args = FluentArgs::new();
            args.set("channel", name.clone());
            args.set("limit", limit);
            args.set("count", count);
            f.message = self.say("lint-length-limit", &args);
            f.rationale = self.say("lint-length-rationale", &FluentArgs::new());
            out.push(f);
        }
        if channel.kind == ChannelKind::Sms {
            let s = sms::segments(self.hay.text);
            if s.segments > 1 {
                // The overflow: what does not fit one message.
                let fits = first_segment_chars(self.hay.text, s.encoding);
                let span = self.hay.span(fits, count);
                let mut f = self.finding(Rule::Length, Severity::Info, &span);
                let mut args = FluentArgs::new();
                args.set("segments", s.segments);
                args.set("encoding", s.encoding.as_str());
                args.set("units", s.units);
                args.set("per", s.encoding.single());
                f.message = self.say("lint-length-sms", &args);
                f.rationale = self.say("lint-length-rationale", &FluentArgs::new());
                out.push(f);
            }
        }
    }

    fn formality(&self, vocabulary: &LintVocabulary, out: &mut Vec<Finding>) {
        let Some(markers) = &vocabulary.formality else {
            return;
        };
        let plain = find_all(self.hay, &markers.plain, &[]);
        if plain.is_empty() {
            return;
        }
        let rationale = self.say("lint-formality-rationale", &FluentArgs::new());
        if self.input.market.formality == Formality::High {
            for span in plain {
                let mut f = self.finding(Rule::Formality, Severity::Caution, &span);
                let mut args = FluentArgs::new();
                args.set("match", f.matched.clone());
                args.set("market", self.market_name());
                f.message = self.say("lint-formality-plain", &args);
                f.rationale = rationale.clone();
                out.push(f);
            }
        } else if !find_all(self.hay, &markers.polite, &[]).is_empty() {
            let mut f = self.finding(Rule::Formality, Severity::Info, &plain[0]);
            let mut args = FluentArgs::new();
            args.set("match", f.matched.clone());
            f.message = self.say("lint-formality-mixed", &args);
            f.rationale = rationale;
            out.push(f);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Register {
    Formal,
    Casual,
}

/// The register of a message's opening line: formal when a formal greeting is there (it
/// outranks a casual word beside it, as in "Bonjour Madame"), else casual when a casual one is.
pub fn register(greetings: &Greetings, message: &str) -> Option<(Register, String)> {
    let hay = Haystack::new(message);
    register_span(greetings, &hay).map(|(r, span)| (r, hay.slice(&span).to_string()))
}

fn register_span(greetings: &Greetings, hay: &Haystack<'_>) -> Option<(Register, Span)> {
    let text = hay.text;
    let lead = text.len() - text.trim_start().len();
    let line_end = text[lead..].find('\n').map_or(text.len(), |i| lead + i);
    let in_opening = |s: &Span| s.byte_start >= lead && s.byte_end <= line_end;
    for (register, terms) in [
        (Register::Formal, &greetings.formal),
        (Register::Casual, &greetings.casual),
    ] {
        if let Some(span) = find_all(hay, terms, &[]).into_iter().find(in_opening) {
            return Some((register, span));
        }
    }
    None
}

/// How many leading characters fit one SMS in `encoding`.
fn first_segment_chars(text: &str, encoding: sms::Encoding) -> usize {
    let mut units = 0;
    for (i, c) in text.chars().enumerate() {
        let cost = match encoding {
            sms::Encoding::Gsm7 => sms::segments(c.encode_utf8(&mut [0; 4])).units,
            sms::Encoding::Ucs2 => c.len_utf16(),
        };
        if units + cost > encoding.single() {
            return i;
        }
        units += cost;
    }
    text.chars().count()
}
