//! Finds terms in text by comparing characters, never with `\b`: Chinese, Japanese and Thai
//! write words without spaces, so a word boundary there means nothing. A term is matched
//! character by character (case- and width-folded); only where a script separates words with
//! spaces is a match required to start and end at a word edge, so "ham" does not match inside
//! "shampoo" while 保证 matches inside 我们保证质量. Offsets come back in bytes and in UTF-16
//! code units (what JavaScript and LanguageTool count), so they stay right after emoji.

/// One match: byte and UTF-16 ranges into the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub byte_start: usize,
    pub byte_end: usize,
    pub start: usize,
    pub end: usize,
}

/// The text prepared once for every term looked up in it.
pub struct Haystack<'a> {
    pub text: &'a str,
    /// Folded characters.
    chars: Vec<char>,
    /// Byte offset of each character, plus the text's length at the end.
    bytes: Vec<usize>,
    /// UTF-16 offset of each character, plus the total at the end.
    utf16: Vec<usize>,
}

impl<'a> Haystack<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut chars = Vec::with_capacity(text.len());
        let mut bytes = Vec::with_capacity(text.len() + 1);
        let mut utf16 = Vec::with_capacity(text.len() + 1);
        let mut units = 0;
        for (at, c) in text.char_indices() {
            chars.push(fold(c));
            bytes.push(at);
            utf16.push(units);
            units += c.len_utf16();
        }
        bytes.push(text.len());
        utf16.push(units);
        Self {
            text,
            chars,
            bytes,
            utf16,
        }
    }

    /// Number of characters (Unicode scalar values).
    pub fn len_chars(&self) -> usize {
        self.chars.len()
    }

    /// The span of characters `from..to`.
    pub fn span(&self, from: usize, to: usize) -> Span {
        Span {
            byte_start: self.bytes[from],
            byte_end: self.bytes[to],
            start: self.utf16[from],
            end: self.utf16[to],
        }
    }

    pub fn slice(&self, span: &Span) -> &'a str {
        &self.text[span.byte_start..span.byte_end]
    }

    /// Character index of a byte offset (which must be a character boundary).
    pub fn char_at_byte(&self, byte: usize) -> usize {
        self.bytes.partition_point(|b| *b < byte)
    }

    /// Every place `term` occurs, as character ranges.
    fn find_chars(&self, term: &str) -> Vec<(usize, usize)> {
        let needle: Vec<char> = term.chars().map(fold).collect();
        let (Some(&first), Some(&last)) = (needle.first(), needle.last()) else {
            return Vec::new();
        };
        let digits_only = needle.iter().all(|c| c.is_ascii_digit());
        let mut out = Vec::new();
        if needle.len() > self.chars.len() {
            return out;
        }
        for start in 0..=self.chars.len() - needle.len() {
            // The first character decides most positions; comparing whole slices costs a
            // memcmp call at every one.
            if self.chars[start] != first {
                continue;
            }
            let end = start + needle.len();
            if self.chars[start + 1..end] != needle[1..] {
                continue;
            }
            let before = start.checked_sub(1).map(|i| self.chars[i]);
            let after = self.chars.get(end).copied();
            let ok = if digits_only {
                self.whole_number(start, end)
            } else {
                (!needs_edge(first, Edge::Start) || before.is_none_or(|c| !c.is_alphanumeric()))
                    && (!needs_edge(last, Edge::End) || after.is_none_or(|c| !c.is_alphanumeric()))
            };
            if ok {
                out.push((start, end));
            }
        }
        out
    }

    /// A digit run that is a whole number: no digit next to it, and not part of a decimal or
    /// grouped number (4.5, 1,400).
    fn whole_number(&self, start: usize, end: usize) -> bool {
        let digit = |i: Option<usize>| {
            i.and_then(|i| self.chars.get(i))
                .is_some_and(|c| c.is_numeric())
        };
        let sep = |i: Option<usize>| {
            i.and_then(|i| self.chars.get(i))
                .is_some_and(|c| matches!(c, '.' | ',' | '٫' | '٬'))
        };
        let before = start.checked_sub(1);
        let before2 = start.checked_sub(2);
        !(digit(before)
            || digit(Some(end))
            || (sep(before) && digit(before2))
            || (sep(Some(end)) && digit(Some(end + 1))))
    }
}

/// Matches of any of `terms` that do not lie inside a match of `except`, longest first where
/// they overlap, in text order.
pub fn find_all(hay: &Haystack<'_>, terms: &[String], except: &[String]) -> Vec<Span> {
    let excluded: Vec<(usize, usize)> = except.iter().flat_map(|e| hay.find_chars(e)).collect();
    let mut found: Vec<(usize, usize)> = terms
        .iter()
        .flat_map(|t| hay.find_chars(t))
        .filter(|(s, e)| !excluded.iter().any(|(xs, xe)| xs <= s && e <= xe))
        .collect();
    found.sort_by_key(|(s, e)| (*s, std::cmp::Reverse(*e)));
    let mut kept: Vec<(usize, usize)> = Vec::new();
    for (s, e) in found {
        if kept.last().is_none_or(|(_, last_end)| s >= *last_end) {
            kept.push((s, e));
        }
    }
    kept.into_iter().map(|(s, e)| hay.span(s, e)).collect()
}

#[derive(Clone, Copy)]
enum Edge {
    Start,
    End,
}

/// Whether a match must begin (or end) at a word edge when the term begins (ends) with `c`.
fn needs_edge(c: char, edge: Edge) -> bool {
    if !c.is_alphanumeric() {
        return false;
    }
    match script(c) {
        Script::Unspaced => false,
        // Korean endings and particles attach to the end of a word (돼지고기를), but a word
        // starts after a space: 넷 must not match inside 인터넷.
        Script::Hangul => matches!(edge, Edge::Start),
        Script::Spaced => true,
    }
}

enum Script {
    /// Written without spaces between words.
    Unspaced,
    Hangul,
    Spaced,
}

fn script(c: char) -> Script {
    match c as u32 {
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        // Thai, Lao, Myanmar, Khmer; CJK punctuation, kana, Han, full-width forms.
        0x0E00..=0x0EFF
        | 0x1000..=0x109F
        | 0x1780..=0x17FF
        | 0x2E80..=0x2FFF
        | 0x3000..=0x30FF
        | 0x3190..=0x9FFF
        | 0xF900..=0xFAFF
        | 0xFF66..=0xFF9F
        | 0x20000..=0x3FFFF => Script::Unspaced,
        _ => Script::Spaced,
    }
}

/// Full-width ASCII to ASCII, then lower case (when that is one character).
fn fold(c: char) -> char {
    let c = match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(text: &str, terms: &[&str]) -> Vec<String> {
        let hay = Haystack::new(text);
        let terms: Vec<String> = terms.iter().map(|t| t.to_string()).collect();
        find_all(&hay, &terms, &[])
            .iter()
            .map(|s| hay.slice(s).to_string())
            .collect()
    }

    #[test]
    fn latin_terms_need_word_edges() {
        assert_eq!(matches("Ham and shampoo", &["ham"]), vec!["Ham"]);
        assert!(matches("shampoo", &["ham"]).is_empty());
        assert_eq!(
            matches("ABSOLUTELY fine", &["absolutely"]),
            vec!["ABSOLUTELY"]
        );
    }

    #[test]
    fn cjk_and_thai_match_inside_runs() {
        assert_eq!(matches("我们保证质量", &["保证"]), vec!["保证"]);
        assert_eq!(matches("สินค้าดีที่สุดในโลก", &["ที่สุด"]), vec!["ที่สุด"]);
        assert_eq!(matches("돼지고기를", &["돼지고기"]), vec!["돼지고기"]);
        assert!(matches("인터넷", &["넷"]).is_empty());
    }

    #[test]
    fn digit_terms_match_whole_numbers_in_any_width() {
        assert_eq!(matches("4点と４個", &["4"]), vec!["4", "４"]);
        assert!(matches("14 items, 2024, 4.5 kg, 1,400", &["4"]).is_empty());
        assert_eq!(matches("4종 세트", &["4"]), vec!["4"]);
    }

    #[test]
    fn exceptions_and_overlaps() {
        let hay = Haystack::new("第一次购买，第一品牌");
        let found = find_all(&hay, &["第一".into()], &["第一次".into()]);
        assert_eq!(found.len(), 1);
        assert_eq!(hay.slice(&found[0]), "第一");
        assert_eq!(found[0].start, 6);
        let overlapping = matches("the best in the world", &["best", "best in the world"]);
        assert_eq!(overlapping, vec!["best in the world"]);
    }

    #[test]
    fn offsets_count_utf16_after_astral_characters() {
        let text = "😀 绝对";
        let hay = Haystack::new(text);
        let found = find_all(&hay, &["绝对".into()], &[]);
        assert_eq!((found[0].start, found[0].end), (3, 5));
        assert_eq!((found[0].byte_start, found[0].byte_end), (5, 11));
    }
}
