//! The words the message lint looks for in one locale's text (`<locale>/lint.toml`): content,
//! versioned and reviewed like every other document, so a linguist can add a claim word
//! without touching code.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LintVocabulary {
    /// Absolute claims a seller should not make (seed 004: "our quality is absolutely fine").
    #[serde(default)]
    pub absolute_claims: TermList,
    /// Greeting words by register, for mirroring the buyer's "Dear" or "Hi".
    #[serde(default)]
    pub greetings: Greetings,
    /// Markers of polite and plain style, where mixing them or using the plain one in a
    /// high-formality market is a mistake (ja: です/ます vs である; de: Sie vs du).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formality: Option<FormalityMarkers>,
}

/// Terms to find, and longer phrases that contain a term without meaning it
/// (第一次 "the first time" contains 第一 "number one").
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TermList {
    #[serde(default)]
    pub terms: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Greetings {
    /// "Dear", "Sehr geehrte", "尊敬的".
    #[serde(default)]
    pub formal: Vec<String>,
    /// "Hi", "Hallo", "你好".
    #[serde(default)]
    pub casual: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FormalityMarkers {
    pub polite: Vec<String>,
    pub plain: Vec<String>,
}

impl LintVocabulary {
    /// Problems a reviewer should fix: empty terms would match everywhere.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let lists = [
            ("absolute_claims.terms", &self.absolute_claims.terms),
            ("absolute_claims.except", &self.absolute_claims.except),
            ("greetings.formal", &self.greetings.formal),
            ("greetings.casual", &self.greetings.casual),
        ];
        let formality = self.formality.iter().flat_map(|f| {
            [
                ("formality.polite", &f.polite),
                ("formality.plain", &f.plain),
            ]
        });
        for (name, list) in lists.into_iter().chain(formality) {
            if list.iter().any(|t| t.trim().is_empty()) {
                out.push(format!("`{name}` has an empty term"));
            }
        }
        out
    }
}
