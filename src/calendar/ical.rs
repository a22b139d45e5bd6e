//! iCalendar (RFC 5545) output: one all-day VEVENT per occurrence.

use std::fmt::Write;

use chrono::{DateTime, Days, NaiveDate, Utc};

/// One event to write.
pub struct Event<'a> {
    pub uid: String,
    pub start: NaiveDate,
    /// Last day, inclusive (DTEND is written exclusive, as RFC 5545 wants for dates).
    pub end: NaiveDate,
    pub summary: &'a str,
    pub description: Option<String>,
    pub categories: &'a str,
    /// `official` or `projected`, written as `X-MARKETGUIDE-STATUS` and at the end of
    /// DESCRIPTION (calendar apps show no custom property).
    pub status: &'a str,
    /// Shown as busy (a make-up working day); holidays are transparent.
    pub busy: bool,
}

/// A whole calendar; `stamp` is the DTSTAMP of every event (the release's publication time,
/// so the same release always gives the same bytes).
pub fn calendar(name: &str, stamp: DateTime<Utc>, events: &[Event<'_>]) -> String {
    let mut out = String::new();
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//marketguide//holiday calendar//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for event in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", event.uid));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", event.start.format("%Y%m%d")),
        );
        let end = event
            .end
            .checked_add_days(Days::new(1))
            .unwrap_or(event.end);
        line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
        );
        line(&mut out, &format!("SUMMARY:{}", escape(event.summary)));
        let description = match &event.description {
            Some(text) => format!("{text}\n\n({})", event.status),
            None => format!("({})", event.status),
        };
        line(&mut out, &format!("DESCRIPTION:{}", escape(&description)));
        line(
            &mut out,
            &format!("CATEGORIES:{}", escape(event.categories)),
        );
        line(&mut out, &format!("X-MARKETGUIDE-STATUS:{}", event.status));
        let transp = if event.busy { "OPAQUE" } else { "TRANSPARENT" };
        line(&mut out, &format!("TRANSP:{transp}"));
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// TEXT escaping (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes a content line folded at 75 octets (never inside a UTF-8 character), CRLF-ended.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_long_lines_on_character_boundaries_and_escapes() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 17).unwrap();
        let summary = "春节".repeat(40);
        let ics = calendar(
            "CN; test",
            DateTime::from_timestamp(0, 0).unwrap(),
            &[Event {
                uid: "x@y".into(),
                start: d,
                end: d,
                summary: &summary,
                description: Some("a,b\nc".into()),
                categories: "PUBLIC",
                status: "projected",
                busy: false,
            }],
        );
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "{l}");
        }
        assert!(ics.contains("X-WR-CALNAME:CN\\; test"));
        assert!(ics.contains("DESCRIPTION:a\\,b\\nc\\n\\n(projected)"));
        assert!(ics.contains("X-MARKETGUIDE-STATUS:projected"));
        assert!(ics.contains("DTEND;VALUE=DATE:20260218"));
    }
}
