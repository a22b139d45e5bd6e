//! Resolves guidance text for one locale, falling back message by message to the reference.

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

/// A chain of bundles tried in order: the wanted locale's, then the reference locale's.
pub struct Localizer {
    bundles: Vec<FluentBundle<Arc<FluentResource>>>,
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
        Self { bundles }
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
        self.bundles.iter().find_map(|bundle| {
            let message = bundle.get_message(id)?;
            let pattern = match attribute {
                Some(name) => message.get_attribute(name)?.value(),
                None => message.value()?,
            };
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned(),
            )
        })
    }

    /// Like [`Localizer::get`], for text the catalog guarantees in the reference locale.
    pub fn text(&self, id: &str, attribute: Option<&str>) -> String {
        self.get(id, attribute).unwrap_or_default()
    }
}
