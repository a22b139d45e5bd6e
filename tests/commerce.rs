//! Commerce facts on market profiles: every market has every section, dated and sourced;
//! the API shows them and filters by them; unknown registry ids are positioned errors.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;
use common::spawn_app;
use marketguide::content::commerce::{SECTIONS, review_findings};
use marketguide::content::{Catalog, ContentSet, DocumentKey};
use serde_json::Value;

fn seed_catalog() -> Catalog {
    Catalog::parse(&ContentSet::seed().unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

#[test]
fn every_market_has_every_section_sourced_and_current_or_noted() {
    let catalog = seed_catalog();
    assert_eq!(catalog.markets.len(), 30);
    let findings: Vec<String> = catalog
        .markets
        .values()
        .flat_map(|m| review_findings(m, today()))
        .collect();
    assert!(findings.is_empty(), "{findings:#?}");
    for (code, m) in &catalog.markets {
        let sections = marketguide::content::commerce::provenances(m);
        assert_eq!(sections.len(), SECTIONS.len(), "{code}");
        for (name, p) in sections {
            assert!(!p.sources.is_empty(), "{code} [{name}] cites no source");
        }
        assert!(
            m.payments.as_ref().unwrap().methods.len() >= 3,
            "{code}: fewer than three payment methods"
        );
        assert!(
            !m.marketplaces.as_ref().unwrap().platforms.is_empty(),
            "{code}"
        );
    }
}

#[test]
fn a_missing_section_or_an_unnoted_stale_fact_is_a_finding() {
    let catalog = seed_catalog();
    let mut br = catalog.markets["BR"].clone();
    br.marketplaces = None;
    let import = br.import.as_mut().unwrap();
    import.note = None;
    import.as_of = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let findings = review_findings(&br, today());
    assert!(
        findings
            .iter()
            .any(|f| f == "BR: no [marketplaces] section"),
        "{findings:?}"
    );
    assert!(
        findings
            .iter()
            .any(|f| f.starts_with("BR: [import] was due for review on 2020-")),
        "{findings:?}"
    );
    // The same stale fact with a note saying why it stands is not a finding.
    br.import.as_mut().unwrap().note = Some("Unchanged per the Receita Federal".into());
    assert_eq!(review_findings(&br, today()).len(), 1);
    // A fact within its review interval needs no note.
    let import = br.import.as_mut().unwrap();
    import.note = None;
    import.as_of = today();
    assert_eq!(review_findings(&br, today()).len(), 1);
}

fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect()
}

#[actix_web::test]
async fn brazil_names_pix_boleto_and_the_cpf() {
    let app = spawn_app();
    let profile = app.get("/v1/markets/BR").await.json();
    let commerce = &profile["commerce"];
    let methods = ids(&commerce["payments"]["methods"]);
    assert_eq!(methods[0], "pix", "{methods:?}");
    assert!(methods.contains(&"boleto"), "{methods:?}");
    assert_eq!(commerce["payments"]["methods"][0]["name"], "Pix");
    let import = &commerce["import"];
    assert_eq!(import["buyer_customs_id"]["id"], "cpf");
    assert_eq!(import["buyer_customs_id"]["required"], "always");
    assert!(
        import["buyer_customs_id"]["name"]
            .as_str()
            .unwrap()
            .contains("CPF")
    );
    assert!(import["explanation"].as_str().unwrap().contains("CPF"));
    assert_eq!(
        import["duty_free_up_to"],
        serde_json::json!({"amount": 0.0, "currency": "USD"})
    );
    let provenance = &import["provenance"];
    assert!(provenance["as_of"].as_str().is_some());
    assert!(provenance["review_by"].as_str().unwrap() > provenance["as_of"].as_str().unwrap());
    assert!(!provenance["sources"].as_array().unwrap().is_empty());
    for section in SECTIONS {
        assert!(commerce[section].is_object(), "BR lacks {section}");
        assert!(
            commerce[section]["explanation"]
                .as_str()
                .is_some_and(|s| s.len() > 40),
            "{section}"
        );
    }
    assert_eq!(commerce["delivery"]["postcode"]["example"], "01310-100");
    assert_eq!(commerce["returns"]["withdrawal_days"], 7);
}

#[actix_web::test]
async fn korea_names_the_personal_customs_clearance_code() {
    let app = spawn_app();
    let import = app.get("/v1/markets/KR").await.json()["commerce"]["import"].clone();
    assert_eq!(import["buyer_customs_id"]["id"], "pccc");
    assert!(
        import["buyer_customs_id"]["name"]
            .as_str()
            .unwrap()
            .contains("Personal Customs Clearance Code")
    );
    let zh = app.get("/v1/markets/KR?lang=zh-CN").await.json();
    let name = zh["commerce"]["import"]["buyer_customs_id"]["name"]
        .as_str()
        .unwrap();
    assert!(name.contains("个人通关"), "{name}");
}

#[actix_web::test]
async fn germany_states_the_14_day_withdrawal_right_in_both_locales() {
    let app = spawn_app();
    let returns = app.get("/v1/markets/DE").await.json()["commerce"]["returns"].clone();
    assert_eq!(returns["withdrawal_days"], 14);
    assert!(returns["law"].as_str().unwrap().contains("§ 355"));
    let text = returns["explanation"].as_str().unwrap();
    assert!(text.contains("14-day right of withdrawal"), "{text}");
    let zh = app.get("/v1/markets/DE?lang=zh-CN").await;
    assert_eq!(zh.header("content-language"), Some("zh-CN"));
    let text = zh.json()["commerce"]["returns"]["explanation"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(text.contains("14 天撤销权"), "{text}");
    // Every commerce text is translated: none falls back to en-US.
    for code in ["BR", "CN", "KR", "DE", "SA", "US"] {
        let profile = app
            .get(&format!("/v1/markets/{code}?lang=zh-CN"))
            .await
            .json();
        let fallback = profile["fallback"].as_array().unwrap();
        assert!(
            !fallback
                .iter()
                .any(|id| id.as_str().unwrap().starts_with("commerce-")),
            "{code}: {fallback:?}"
        );
    }
    // The EU duty exemption is stated with its currency.
    let import = app.get("/v1/markets/DE").await.json()["commerce"]["import"].clone();
    assert_eq!(import["duty_free_up_to"]["currency"], "EUR");
    assert_eq!(import["tax_free_up_to"]["amount"], 0.0);
}

fn codes(body: &Value) -> BTreeSet<String> {
    body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|m| m["code"].as_str().unwrap().to_string())
        .collect()
}

#[actix_web::test]
async fn filters_by_payment_method_and_marketplace() {
    let catalog = seed_catalog();
    let using = |pick: &dyn Fn(&marketguide::content::model::MarketDef) -> bool| {
        catalog
            .markets
            .values()
            .filter(|m| pick(m))
            .map(|m| m.code.clone())
            .collect::<BTreeSet<_>>()
    };
    let app = spawn_app();

    let pix = codes(&app.get("/v1/markets?payment=pix").await.json());
    assert_eq!(pix, BTreeSet::from(["BR".to_string()]));

    let shopee = codes(&app.get("/v1/markets?marketplace=shopee").await.json());
    let expected = using(&|m| {
        m.marketplaces
            .as_ref()
            .is_some_and(|s| s.platforms.iter().any(|p| p.id.get_ref() == "shopee"))
    });
    assert_eq!(shopee, expected);
    for code in ["BR", "ID", "MY", "PH", "SG", "TH", "TW", "VN"] {
        assert!(shopee.contains(code), "{code} missing from {shopee:?}");
    }
    assert!(!shopee.contains("DE"));

    // Filters combine with each other and with the region.
    let cod_sea = codes(
        &app.get("/v1/markets?payment=cod&region=southeast-asia")
            .await
            .json(),
    );
    assert!(
        cod_sea.contains("VN") && !cod_sea.contains("IN"),
        "{cod_sea:?}"
    );
    let both = codes(
        &app.get("/v1/markets?payment=mada&marketplace=noon")
            .await
            .json(),
    );
    assert_eq!(both, BTreeSet::from(["SA".to_string()]));

    let bad = app.get("/v1/markets?payment=seashells").await;
    let problem = bad.problem(400, "invalid-input");
    assert!(
        problem["detail"].as_str().unwrap().contains("seashells"),
        "{problem}"
    );
    app.get("/v1/markets?marketplace=nowhere")
        .await
        .problem(400, "invalid-input");
}

#[actix_web::test]
async fn the_registries_are_localized_and_list_their_markets() {
    let app = spawn_app();
    let payments = app.get("/v1/payments").await;
    assert_eq!(payments.status, 200);
    assert!(payments.header("etag").is_some());
    let body = payments.json();
    let pix = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "pix")
        .unwrap();
    assert_eq!(pix["kind"], "instant-transfer");
    assert_eq!(pix["markets"], serde_json::json!(["BR"]));

    let zh = app.get("/v1/payments?lang=zh-CN").await.json();
    let alipay = zh["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "alipay")
        .unwrap();
    assert_eq!(alipay["name"], "支付宝");

    let marketplaces = app.get("/v1/marketplaces").await.json();
    let amazon = marketplaces["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "amazon")
        .unwrap();
    assert!(
        amazon["messaging"]
            .as_str()
            .unwrap()
            .contains("no requests for positive reviews")
    );
    assert!(amazon["markets"].as_array().unwrap().len() >= 10);
    let etag = app.get("/v1/marketplaces").await;
    let etag = etag.header("etag").unwrap().to_string();
    let again = app
        .get_with("/v1/marketplaces", &[("If-None-Match", &etag)])
        .await;
    assert_eq!(again.status, 304);
}

fn with(mut set: ContentSet, key: &str, text: &str) -> ContentSet {
    set.documents
        .insert(key.parse::<DocumentKey>().unwrap(), text.to_string());
    set
}

#[test]
fn an_unknown_payment_or_marketplace_id_is_reported_at_its_line_and_column() {
    let seed = ContentSet::seed().unwrap();
    let br = seed.documents[&"market/BR".parse::<DocumentKey>().unwrap()].clone();
    let bad = br
        .replacen("id = \"boleto\"", "id = \"bolleto\"", 1)
        .replacen("id = \"magalu\"", "id = \"magaloo\"", 1);
    let position = |needle: &str| {
        let at = bad.find(needle).unwrap() + "id = ".len();
        let line = bad[..at].matches('\n').count() + 1;
        let column = at - bad[..at].rfind('\n').map_or(0, |i| i + 1) + 1;
        format!("markets/BR.toml:{line}:{column}: ")
    };
    let found: Vec<String> = Catalog::parse(&with(seed, "market/BR", &bad))
        .expect_err("must be refused")
        .0
        .iter()
        .map(ToString::to_string)
        .collect();
    for (needle, message) in [
        (
            "id = \"bolleto\"",
            "payment `bolleto` is not in payments.toml",
        ),
        (
            "id = \"magaloo\"",
            "marketplace `magaloo` is not in marketplaces.toml",
        ),
    ] {
        let prefix = position(needle);
        assert!(
            found
                .iter()
                .any(|e| e.starts_with(&prefix) && e.contains(message)),
            "{prefix} {message}: {found:?}"
        );
    }
}

#[test]
fn check_validates_the_commerce_sections() {
    let exe = env!("CARGO_BIN_EXE_marketguide");
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let copy = tempfile::tempdir().unwrap();
    ContentSet::read_dir(&locales)
        .unwrap()
        .write_dir(copy.path())
        .unwrap();
    let file = copy.path().join("markets/KR.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let bad = text
        .replacen("id = \"coupang\"", "id = \"koopang\"", 1)
        .replacen("min = 4, max = 10", "min = 10, max = 4", 1)
        .replacen("example = \"03154\"", "example = \"3154\"", 1);
    std::fs::write(&file, bad).unwrap();
    let out = std::process::Command::new(exe)
        .arg("check")
        .arg(copy.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("markets/KR.toml:") && stderr.contains("marketplace `koopang`"),
        "{stderr}"
    );
    assert!(stderr.contains("`from_china_days`"), "{stderr}");
    assert!(stderr.contains("postcode example `3154`"), "{stderr}");
}

#[test]
fn the_snapshot_hands_tools_a_markets_commerce_facts_in_a_locale() {
    use marketguide::snapshot::Snapshot;
    use marketguide::snapshot::views::ReleaseInfo;
    let release = ReleaseInfo {
        number: 1,
        title: "seed".into(),
        published_at: chrono::Utc::now(),
    };
    let snapshot = Snapshot::build(release, &seed_catalog());
    let en = "en-US".parse().unwrap();
    let zh = "zh-CN".parse().unwrap();
    // What a payment-methods reply would list for Saudi Arabia, first choice first.
    let sa = snapshot.commerce(&en, "SA").unwrap();
    let names: Vec<&str> = sa
        .payments
        .as_ref()
        .unwrap()
        .methods
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(names[0], "mada");
    assert!(
        names.contains(&"Tabby") && names.contains(&"Tamara"),
        "{names:?}"
    );
    let br = snapshot.commerce(&zh, "BR").unwrap();
    let boleto = &br.payments.as_ref().unwrap().methods;
    assert!(
        boleto.iter().any(|m| m.name == "Boleto 银行缴款单"),
        "{boleto:?}"
    );
    assert!(snapshot.commerce(&en, "ZZ").is_none());
}
