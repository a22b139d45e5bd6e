//! Phrase sets: named groups of Fluent messages per locale, the words sellers send buyers.
//! A [`PhraseBook`] is built once per release: every bundle is made here, never per request.

pub mod coverage;
pub mod inspect;
pub mod lint;
pub mod render;

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

use crate::content::catalog::{Catalog, reference_locale};
use inspect::MessageInfo;

/// A concurrent bundle: shared by every actix worker without locking on format.
pub type Bundle = FluentBundle<Arc<FluentResource>>;

#[derive(Default)]
pub struct PhraseBook {
    pub sets: BTreeMap<String, PhraseSet>,
}

pub struct PhraseSet {
    pub id: String,
    /// What the set is for (the reference file's `###` comment).
    pub purpose: String,
    /// The reference locale's messages: the ids and variables every translation follows.
    pub reference: Vec<MessageInfo>,
    /// Locales with a pack, reference first.
    pub locales: Vec<LanguageIdentifier>,
    pub packs: BTreeMap<LanguageIdentifier, Pack>,
}

/// One locale's messages of one set.
pub struct Pack {
    pub resource: Arc<FluentResource>,
    pub messages: Vec<MessageInfo>,
    /// Reference messages this pack translates.
    pub translated: usize,
    /// Reference message ids this pack lacks (they fall back).
    pub missing: Vec<String>,
    /// Variable → neutral text used when a render request does not give it, from the
    /// `-fallback-<variable>` terms of every set in this locale.
    pub fallbacks: Arc<BTreeMap<String, String>>,
    /// Wraps placeables in Unicode isolation marks (for HTML and mixed-direction text).
    isolating: Bundle,
    /// No isolation marks (plain-text channels: SMS, chat apps, e-mail text parts).
    plain: Bundle,
}

impl Pack {
    pub fn bundle(&self, isolate: bool) -> &Bundle {
        if isolate {
            &self.isolating
        } else {
            &self.plain
        }
    }
}

impl PhraseBook {
    pub fn build(catalog: &Catalog) -> Self {
        let reference = reference_locale();
        let mut sets = BTreeMap::new();
        let all_packs = catalog.phrase_packs();
        // One table per locale: a fallback term defined in any set serves all of them.
        let mut fallbacks: BTreeMap<LanguageIdentifier, BTreeMap<String, String>> = BTreeMap::new();
        for packs in all_packs.values() {
            for (locale, resource) in packs {
                fallbacks
                    .entry(locale.clone())
                    .or_default()
                    .extend(inspect::fallbacks(resource));
            }
        }
        let fallbacks: BTreeMap<_, _> = fallbacks
            .into_iter()
            .map(|(locale, table)| (locale, Arc::new(table)))
            .collect();
        for (set, packs) in all_packs {
            // The catalog guarantees the reference pack exists.
            let Some(reference_resource) = packs.get(&reference).cloned() else {
                continue;
            };
            let reference_messages = inspect::messages(&reference_resource);
            let mut locales = vec![reference.clone()];
            locales.extend(packs.keys().filter(|l| **l != reference).cloned());
            let packs = packs
                .into_iter()
                .map(|(locale, resource)| {
                    let (translated, missing) = lint::coverage(&reference_messages, &resource);
                    let pack = Pack {
                        messages: inspect::messages(&resource),
                        translated,
                        missing,
                        fallbacks: Arc::clone(&fallbacks[&locale]),
                        isolating: bundle(&locale, &resource, true),
                        plain: bundle(&locale, &resource, false),
                        resource,
                    };
                    (locale, pack)
                })
                .collect();
            sets.insert(
                set.clone(),
                PhraseSet {
                    purpose: inspect::purpose(&reference_resource).unwrap_or_default(),
                    id: set,
                    reference: reference_messages,
                    locales,
                    packs,
                },
            );
        }
        Self { sets }
    }
}

fn bundle(locale: &LanguageIdentifier, resource: &Arc<FluentResource>, isolate: bool) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![locale.clone()]);
    bundle.set_use_isolating(isolate);
    bundle
        .add_builtins()
        .expect("builtins are added to an empty bundle");
    bundle
        .add_resource(Arc::clone(resource))
        .expect("a validated resource has unique ids");
    bundle
}
