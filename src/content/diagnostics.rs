//! Content errors that point at a document, and where possible a line and column in it.

use std::fmt;
use std::ops::Range;

use serde::Serialize;
use utoipa::ToSchema;

/// One problem found in a content document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ContentError {
    /// The document's path in the `locales/` layout.
    #[schema(example = "en-US/markets/JP.ftl")]
    pub document: String,
    /// 1-based line, when the problem has a position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column in characters, when the problem has a position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    pub message: String,
}

impl ContentError {
    pub fn new(document: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            document: document.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// An error at a byte offset of `text`, with the offending text quoted.
    pub fn at(document: impl Into<String>, text: &str, span: Range<usize>, message: &str) -> Self {
        let (line, column) = line_column(text, span.start);
        let line_text = text.lines().nth(line as usize - 1).unwrap_or("").trim_end();
        Self {
            document: document.into(),
            line: Some(line),
            column: Some(column),
            message: if line_text.is_empty() {
                message.to_string()
            } else {
                format!("{message}: `{line_text}`")
            },
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.document)?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in a set of documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, thiserror::Error)]
pub struct ContentErrors(pub Vec<ContentError>);

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// 1-based line and character column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (u32, u32) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line as u32, column as u32)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "a = 1\n日本 = x\nb";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        assert_eq!(line_column(text, text.find(" = x").unwrap()), (2, 3));
        assert_eq!(line_column(text, text.len()), (3, 2));
    }
}
