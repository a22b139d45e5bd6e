//! Resolves guidance text for one locale, falling back message by message to the reference.

use std::cell::RefCell;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

/// A chain of bundles tried in order: the wanted locale's, then the reference locale's.
pub struct Localizer {
    bundles: Vec<FluentBundle<Arc<FluentResource>>>,
    /// Text ids (`id` or `id.attribute`) served by a later bundle than the first: what
    /// a reader of this locale sees in the reference language.
    fell_back: RefCell<Vec<String>>,
}

impl Localizer {
    pub fn new(chain: impl IntoIterator<Item = (LanguageIdentifier, Arc<FluentResource>)>) -> Self {
        let bundles = chain
            .into_iter()
            .map(|(locale, resource)| {
                let mut bundle = FluentBundle::new(vec![locale]);
                // Guidance is plain text: no bidi isolation marks around placeables.
                bundle.set_use_isolating(false);
                bundle
                    .add_resource(resource)
                    .expect("a parsed resource has unique ids");
                bundle
            })
            .collect();
        Self {
            bundles,
            fell_back: RefCell::default(),
        }
    }

    /// The ids that fell back since the last call, in the order they were read.
    pub fn take_fallbacks(&self) -> Vec<String> {
        let mut ids = self.fell_back.take();
        let mut seen = std::collections::HashSet::new();
        ids.retain(|id| seen.insert(id.clone()));
        ids
    }

    /// The message's value, or one of its attributes.
    pub fn get(&self, id: &str, attribute: Option<&str>) -> Option<String> {
        self.get_with(id, attribute, None)
    }

    /// [`Localizer::get`] with arguments for the message's variables.
    pub fn get_with(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        let (rank, text) = self.bundles.iter().enumerate().find_map(|(rank, bundle)| {
            let message = bundle.get_message(id)?;
            let pattern = match attribute {
                Some(name) => message.get_attribute(name)?.value(),
                None => message.value()?,
            };
            let mut errors = Vec::new();
            Some((
                rank,
                bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned(),
            ))
        })?;
        if rank > 0 {
            self.fell_back.borrow_mut().push(match attribute {
                Some(name) => format!("{id}.{name}"),
                None => id.to_string(),
            });
        }
        Some(text)
    }

    /// Like [`Localizer::get`], for text the catalog guarantees in the reference locale.
    pub fn text(&self, id: &str, attribute: Option<&str>) -> String {
        self.get(id, attribute).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_what_came_from_the_reference() {
        let resource = |s: &str| Arc::new(FluentResource::try_new(s.to_string()).unwrap());
        let localizer = Localizer::new([
            ("zh-CN".parse().unwrap(), resource("a = 甲\n")),
            (
                "en-US".parse().unwrap(),
                resource("a = A\nb = B\n    .note = N\n"),
            ),
        ]);
        assert_eq!(localizer.text("a", None), "甲");
        assert_eq!(localizer.text("b", None), "B");
        assert_eq!(localizer.get("b", Some("note")).as_deref(), Some("N"));
        assert_eq!(localizer.text("b", None), "B");
        assert_eq!(localizer.take_fallbacks(), ["b", "b.note"]);
        assert!(localizer.take_fallbacks().is_empty());
    }
}
