//! Which usernames accounts may have: lower-case ASCII letters, digits and `._-`, starting with
//! a letter or digit, 2 to 64 characters. Nothing that renders like another name (trailing
//! spaces, bidi controls, NUL, look-alike letters) can become an identity in the audit log.

/// The rule, as shown to whoever picked a name that breaks it.
pub const RULE: &str = "2 to 64 characters from a-z, 0-9, `.`, `_` and `-`, starting with a letter or digit (^[a-z0-9][a-z0-9._-]{1,63}$)";

pub fn is_valid_username(name: &str) -> bool {
    let bytes = name.as_bytes();
    (2..=64).contains(&bytes.len())
        && bytes[0].is_ascii_lowercase() | bytes[0].is_ascii_digit()
        && bytes[1..]
            .iter()
            .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::is_valid_username;

    #[test]
    fn only_plain_lower_case_names_pass() {
        for good in [
            "ed1",
            "mei",
            "kenji.sato",
            "a_b-c",
            "0admin",
            &"a".repeat(64),
        ] {
            assert!(is_valid_username(good), "{good}");
        }
        for bad in [
            "ed1 ",
            " ed1",
            "\u{202e}ed1",
            "nul\u{0}user",
            "Ed1",
            "a",
            "",
            "-ed",
            ".ed",
            "ed@x",
            "еd1", // Cyrillic е
            &"a".repeat(65),
        ] {
            assert!(!is_valid_username(bad), "{bad:?}");
        }
    }
}
