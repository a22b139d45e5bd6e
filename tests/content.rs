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

fn phrase_doc(seed: &ContentSet, key: &str) -> String {
    seed.documents[&key.parse::<DocumentKey>().unwrap()].clone()
}

#[test]
fn a_translation_that_drops_a_variable_is_reported_at_its_line() {
    let seed = ContentSet::seed().unwrap();
    let key = "phrases/ja-JP/shipping";
    let text = phrase_doc(&seed, key);
    assert!(text.contains("{ $tracking_number }"));
    let broken = text.replace("{ $tracking_number }", "");
    let line = broken
        .lines()
        .position(|l| l.starts_with("order-shipped"))
        .unwrap()
        + 1;
    let found = errors(&with(seed, key, &broken));
    assert!(
        found.iter().any(
            |e| e.starts_with(&format!("ja-JP/phrases/shipping.ftl:{line}:1: "))
                && e.contains("does not use `$tracking_number`")
        ),
        "{found:?}"
    );
}

#[test]
fn variables_marked_optional_may_be_left_out_or_added_but_others_may_not() {
    let seed = ContentSet::seed().unwrap();
    let key = "phrases/de-DE/reply-frame";
    let text = phrase_doc(&seed, key);
    // `$buyer_gender` is `(optional)` in the en-US header: German may drop it ...
    let neutral = text.replace(
        "[female] Sehr geehrte Frau { $buyer_family_name },",
        "[female] Guten Tag { $buyer_name },",
    );
    assert!(Catalog::parse(&with(seed.clone(), key, &neutral)).is_ok());
    // ... but not `$shop_name`, which is required.
    let broken = text.replace("    { $shop_name }\n", "");
    let found = errors(&with(seed.clone(), key, &broken));
    assert!(
        found
            .iter()
            .any(|e| e.contains("does not use `$shop_name`")),
        "{found:?}"
    );
    // An undocumented variable stays an error even in this set.
    let extra = text.replace("Viele Grüße", "Viele Grüße { $mood }");
    let found = errors(&with(seed, key, &extra));
    assert!(
        found.iter().any(|e| e.contains("uses `$mood`")),
        "{found:?}"
    );
}

#[test]
fn extra_messages_and_missing_attributes_are_errors_but_missing_messages_are_not() {
    let seed = ContentSet::seed().unwrap();
    let key = "phrases/de-DE/shipping";
    let text = phrase_doc(&seed, key);
    let found = errors(&with(
        seed.clone(),
        key,
        &format!("{text}\nbonus = Hallo\n"),
    ));
    assert!(
        found
            .iter()
            .any(|e| e.contains("`bonus` is not in the en-US reference")),
        "{found:?}"
    );

    let no_subject: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with(".subject = Ihre Bestellung"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(no_subject, text, "the test must remove a .subject line");
    let found = errors(&with(seed.clone(), key, &no_subject));
    assert!(
        found
            .iter()
            .any(|e| e.contains("lacks attribute `.subject`")),
        "{found:?}"
    );

    // A pack with only some messages is valid: the rest falls back and shows in coverage.
    let partial = "late-reply-apology =\n    { $reason ->\n       *[other] Entschuldigung für die späte Antwort.\n    }\n";
    let set = with(seed, "phrases/de-DE/customer-service", partial);
    let catalog = Catalog::parse(&set).unwrap_or_else(|e| panic!("{e}"));
    let book = marketguide::phrases::PhraseBook::build(&catalog);
    let pack = &book.sets["customer-service"].packs[&"de-DE".parse().unwrap()];
    assert_eq!(pack.translated, 1);
    assert!(pack.missing.contains(&"greeting".to_string()));
}

#[test]
fn every_seed_phrase_pack_round_trips_through_export() {
    let seed = ContentSet::seed().unwrap();
    let dir = tempfile::tempdir().unwrap();
    seed.write_dir(dir.path()).unwrap();
    let back = ContentSet::read_dir(dir.path()).unwrap();
    let packs: Vec<_> = seed
        .documents
        .keys()
        .filter(|k| matches!(k, DocumentKey::Phrases(..)))
        .collect();
    assert!(packs.len() >= 40, "{} packs", packs.len());
    let book = |set: &ContentSet| {
        let catalog = Catalog::parse(set).unwrap();
        marketguide::phrases::PhraseBook::build(&catalog)
            .sets
            .into_values()
            .map(|s| {
                let packs: Vec<_> = s
                    .packs
                    .into_iter()
                    .map(|(l, p)| (l.to_string(), p.messages))
                    .collect();
                (s.id, packs)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(book(&back), book(&seed));
    for key in packs {
        assert_eq!(back.documents[key], seed.documents[key], "{key}");
    }
}

#[test]
fn check_command_passes_on_seeds_and_fails_with_positions() {
    let exe = env!("CARGO_BIN_EXE_marketguide");
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let ok = std::process::Command::new(exe)
        .arg("check")
        .arg(&locales)
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let stdout = String::from_utf8_lossy(&ok.stdout);
    assert!(
        stdout.contains("customer-service") && stdout.contains("ja-JP"),
        "coverage table: {stdout}"
    );

    let copy = tempfile::tempdir().unwrap();
    ContentSet::read_dir(&locales)
        .unwrap()
        .write_dir(copy.path())
        .unwrap();
    let file = copy.path().join("fr-FR/phrases/shipping.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("{text}\noops {{ $x\n")).unwrap();
    let bad = std::process::Command::new(exe)
        .arg("check")
        .arg(copy.path())
        .output()
        .unwrap();
    assert!(!bad.status.success());
    let stderr = String::from_utf8_lossy(&bad.stderr);
    let line = text.lines().count() + 2;
    assert!(
        stderr.contains(&format!("fr-FR/phrases/shipping.ftl:{line}:")),
        "{stderr}"
    );
}

#[test]
fn a_selector_without_default_variant_is_a_positioned_error() {
    let seed = ContentSet::seed().unwrap();
    let key = "phrases/ko-KR/customer-service";
    let text = phrase_doc(&seed, key);
    let broken =
        format!("{text}\nlate-extra =\n    {{ $reason ->\n        [holiday] 휴일\n    }}\n");
    let found = errors(&with(seed, key, &broken));
    assert!(
        found
            .iter()
            .any(|e| e.starts_with("ko-KR/phrases/customer-service.ftl:")
                && e.contains("default variant")),
        "{found:?}"
    );
}

#[test]
fn guidance_text_is_required_once_any_locale_has_it() {
    let seed = ContentSet::seed().unwrap();
    let en: DocumentKey = "text/en-US/guidance".parse().unwrap();
    let zh: DocumentKey = "text/zh-CN/guidance".parse().unwrap();
    // A release from before the guidance tools: no guidance text anywhere, still valid.
    let mut old = seed.clone();
    old.documents.remove(&en);
    old.documents.remove(&zh);
    assert!(Catalog::parse(&old).is_ok());
    // A translation without its reference is refused.
    let mut orphan = seed.clone();
    orphan.documents.remove(&en);
    let found = errors(&orphan);
    assert!(
        found
            .iter()
            .any(|e| e.contains("en-US/guidance.ftl") && e.contains("missing")),
        "{found:?}"
    );
    // So is a reference that lacks a message the tools use.
    let text = seed.documents[&en].replace("window-channel =", "window-channel-old =");
    let found = errors(&with(seed, "text/en-US/guidance", &text));
    assert!(
        found
            .iter()
            .any(|e| e.contains("`window-channel` is missing")),
        "{found:?}"
    );
}
