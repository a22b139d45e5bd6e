//! Finds emoji in text as whole sequences: a pictograph with its variation selector, skin
//! tone, keycap mark or zero-width-joined parts, and flag pairs, so one emoji gives one
//! finding and its offsets cover all of it.

/// Character ranges (start, end) of each emoji sequence.
pub fn sequences(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_regional(c) && chars.get(i + 1).copied().is_some_and(is_regional) {
            out.push((i, i + 2));
            i += 2;
            continue;
        }
        let keycap = (c.is_ascii_digit() || c == '#' || c == '*')
            && chars.get(i + 1) == Some(&'\u{FE0F}')
            && chars.get(i + 2) == Some(&'\u{20E3}');
        if !(is_pictograph(c) || keycap) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < chars.len() {
            let next = chars[i];
            if is_modifier(next) {
                i += 1;
            } else if next == '\u{200D}' && chars.get(i + 1).copied().is_some_and(is_pictograph) {
                i += 2;
            } else {
                break;
            }
        }
        out.push((start, i));
    }
    out
}

fn is_regional(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

fn is_modifier(c: char) -> bool {
    matches!(c as u32, 0xFE0F | 0x20E3 | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F)
}

/// Emoji-presentation pictographs. Stars (★ ☆) and other text symbols of the same blocks
/// are left out: Japanese and Chinese shop text uses them as punctuation.
fn is_pictograph(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1F0FF
        | 0x1F170..=0x1F19A
        | 0x1F200..=0x1F2FF
        | 0x1F300..=0x1FAFF
        | 0x2600..=0x2604
        | 0x2607..=0x27BF
        | 0x2B50 | 0x2B55 | 0x231A | 0x231B | 0x23E9..=0x23FA | 0x2934 | 0x2935
        | 0x3030 | 0x303D | 0x3297 | 0x3299)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        sequences(&chars)
            .into_iter()
            .map(|(s, e)| chars[s..e].iter().collect())
            .collect()
    }

    #[test]
    fn whole_sequences() {
        assert_eq!(found("Hi 👋🏽 ok"), vec!["👋🏽"]);
        assert_eq!(found("👨‍👩‍👧 family"), vec!["👨‍👩‍👧"]);
        assert_eq!(found("🇯🇵🇩🇪"), vec!["🇯🇵", "🇩🇪"]);
        assert_eq!(found("❤️ 1️⃣"), vec!["❤️", "1️⃣"]);
        assert!(found("★★★ 評価 ※注意").is_empty());
    }
}
