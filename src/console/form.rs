//! Posted forms, read as name/value pairs (checkboxes repeat a name; the structured forms
//! have one text field per locale), and the CSRF token every one of them carries.

use actix_web::web;

/// The name of the hidden field with the session's form token.
pub const CSRF_FIELD: &str = "csrf";

pub struct Posted(pub Vec<(String, String)>);

impl Posted {
    pub fn from(form: web::Form<Vec<(String, String)>>) -> Self {
        Self(form.into_inner())
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The value of `name`, trimmed; empty when absent.
    pub fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or("").trim().to_string()
    }

    /// Every value of `name` (checkboxes).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// Compares in time independent of where the strings differ, so the token cannot be
/// guessed byte by byte from response times.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A redirect target from a form or query: only paths inside the console, never another
/// site (`//evil.example`, `https://...`).
pub fn local_path(path: Option<&str>) -> String {
    match path {
        Some(p) if p.starts_with("/console/") && !p.contains("//") && !p.contains('\\') => {
            p.to_string()
        }
        _ => "/console/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirects_stay_inside_the_console() {
        assert_eq!(
            local_path(Some("/console/changesets/3")),
            "/console/changesets/3"
        );
        assert_eq!(local_path(Some("//evil.example/console/")), "/console/");
        assert_eq!(local_path(Some("https://evil.example/")), "/console/");
        assert_eq!(local_path(Some("/console//evil.example")), "/console/");
        assert_eq!(local_path(None), "/console/");
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "ab"));
    }
}
