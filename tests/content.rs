//! The seed content and the validator that guards it.

use std::collections::BTreeSet;
use std::path::Path;

use marketguide::content::model::Region;
use marketguide::content::{Catalog, ContentSet, DocumentKey};

#[test]
fn the_embedded_seed_is_the_locales_folder() {
    let folder =
        ContentSet::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")).unwrap();
    let seed = ContentSet::seed().unwrap();
    let keys = |s: &ContentSet| {
        s.documents
            .keys()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(keys(&folder), keys(&seed));
    for (key, text) in &folder.documents {
        assert!(
            seed.documents[key] == *text,
            "{key} differs: rebuild after editing locales/"
        );
    }
}

#[test]
fn seed_content_is_valid_and_covers_every_region() {
    let catalog = Catalog::parse(&ContentSet::seed().unwrap()).unwrap_or_else(|e| panic!("{e}"));
    assert!(catalog.markets.len() >= 24);
    let regions: BTreeSet<Region> = catalog.markets.values().map(|m| m.region).collect();
    assert_eq!(regions.len(), Region::ALL.len());
    for (code, m) in &catalog.markets {
        assert!(m.channels.len() >= 3, "{code}");
        assert!(m.holidays.len() >= 4, "{code}");
        assert!(m.etiquette.len() >= 4, "{code}");
        assert!(m.taboos.len() >= 4, "{code}");
        assert!(!m.sources.is_empty(), "{code} cites no source");
    }
    let locales: Vec<String> = catalog.locales().iter().map(ToString::to_string).collect();
    assert!(locales.contains(&"zh-CN".to_string()));
    // Every market has Chinese text, not only the fallback.
    let zh = &catalog.texts[&"zh-CN".parse().unwrap()];
    for code in catalog.markets.keys() {
        assert!(zh.markets.contains_key(code), "{code} has no zh-CN text");
    }
}

fn with(mut set: ContentSet, key: &str, text: &str) -> ContentSet {
    set.documents
        .insert(key.parse::<DocumentKey>().unwrap(), text.to_string());
    set
}

fn errors(set: &ContentSet) -> Vec<String> {
    Catalog::parse(set)
        .expect_err("must be refused")
        .0
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn fluent_syntax_errors_name_line_and_column() {
    let seed = ContentSet::seed().unwrap();
    let key = "text/zh-CN/market/JP";
    let mut text = seed.documents[&key.parse::<DocumentKey>().unwrap()].clone();
    text.push_str("taboo-broken 缺少等号\n");
    let line = text.lines().count();
    let found = errors(&with(seed, key, &text));
    // Column 14 is just after the id, where `=` was expected; the offending text is quoted.
    let expected = format!("zh-CN/markets/JP.ftl:{line}:14: ");
    assert!(
        found
            .iter()
            .any(|e| e.starts_with(&expected) && e.contains("taboo-broken 缺少等号")),
        "{found:?}"
    );
}

#[test]
fn toml_errors_name_line_and_column() {
    let seed = ContentSet::seed().unwrap();
    let found = errors(&with(
        seed,
        "market/JP",
        "code = \"JP\"\nregion = \"atlantis\"\n",
    ));
    assert!(
        found.iter().any(|e| e.starts_with("markets/JP.toml:2:")),
        "{found:?}"
    );
}

#[test]
fn cross_document_mistakes_are_reported() {
    let seed = ContentSet::seed().unwrap();
    let jp = seed.documents[&"market/JP".parse::<DocumentKey>().unwrap()].clone();
    let bad = jp.replacen("id = \"line\"", "id = \"pigeon\"", 1);
    let found = errors(&with(seed.clone(), "market/JP", &bad));
    assert!(
        found
            .iter()
            .any(|e| e.contains("channel `pigeon` is not in channels.toml")),
        "{found:?}"
    );

    let en = seed.documents[&"text/en-US/market/JP".parse::<DocumentKey>().unwrap()].clone();
    let without = en
        .lines()
        .filter(|l| !l.starts_with("market-summary"))
        .collect::<Vec<_>>()
        .join("\n");
    let found = errors(&with(seed.clone(), "text/en-US/market/JP", &without));
    assert!(
        found
            .iter()
            .any(|e| e.contains("`market-summary` is missing")),
        "{found:?}"
    );

    let extra = format!("{en}\nstray-message = Nobody reads me\n");
    let found = errors(&with(seed, "text/en-US/market/JP", &extra));
    assert!(
        found
            .iter()
            .any(|e| e.contains("`stray-message` is not used")),
        "{found:?}"
    );
}
