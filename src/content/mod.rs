//! Content: the documents, their typed structure and text, and their validation.

pub mod catalog;
pub mod commerce;
pub mod coverage;
pub mod diagnostics;
pub mod diff;
pub mod keys;
pub mod model;
pub mod source;
mod validate;
pub mod vocabulary;

pub use catalog::Catalog;
pub use diagnostics::{ContentError, ContentErrors};
pub use keys::DocumentKey;
pub use source::ContentSet;
