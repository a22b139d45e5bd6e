//! The phrase library as a seller meets it: locale families, market-aware rendering, register
//! (German titles, Thai particles), neutral fallbacks, and guidance-text coverage for editors.

mod common;

use common::{Reply, TestApp, spawn_app};
use marketguide::auth::Role;
use serde_json::{Value, json};

const LOCALES: [&str; 19] = [
    "en-US", "zh-CN", "zh-TW", "ja-JP", "ko-KR", "th-TH", "vi-VN", "id-ID", "ms-MY", "de-DE",
    "fr-FR", "es-ES", "es-MX", "it-IT", "nl-NL", "pl-PL", "pt-BR", "tr-TR", "ar-SA",
];

async fn render(app: &TestApp, set: &str, body: Value, headers: &[(&str, &str)]) -> Reply {
    let reply = app
        .send(
            "POST",
            &format!("/v1/phrase-sets/{set}/render"),
            Some(&body),
            None,
            headers,
        )
        .await;
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    reply
}

fn text(reply: &Reply) -> String {
    reply.json()["results"][0]["text"]
        .as_str()
        .unwrap()
        .to_string()
}

fn chain(reply: &Reply) -> Vec<String> {
    reply.json()["fallback_chain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap().to_string())
        .collect()
}

#[actix_web::test]
async fn the_library_has_45_reference_messages_and_19_locales_at_95_percent() {
    let app = spawn_app();
    let body = app.get("/v1/phrase-sets").await.json();
    let items = body["items"].as_array().unwrap();
    let reference: u64 = items.iter().map(|s| s["messages"].as_u64().unwrap()).sum();
    assert!(reference >= 45, "{reference} reference messages");
    for locale in LOCALES {
        let translated: u64 = items
            .iter()
            .flat_map(|s| s["locales"].as_array().unwrap())
            .filter(|l| l["locale"] == locale)
            .map(|l| l["translated"].as_u64().unwrap())
            .sum();
        assert!(
            translated as f64 >= 0.95 * reference as f64,
            "{locale}: {translated}/{reference}"
        );
    }
}

#[actix_web::test]
async fn traditional_chinese_requests_get_zh_tw_and_never_zh_cn() {
    let app = spawn_app();
    for tag in ["zh-TW", "zh-Hant", "zh-HK", "zh-Hant-HK", "zh-MO"] {
        let reply = render(
            &app,
            "shipping",
            json!({"messages": ["convenience-store-pickup"], "args": {"order_id": "A1", "store": "7-ELEVEN", "days": 7, "pickup_code": "123"}}),
            &[("accept-language", tag)],
        )
        .await;
        assert_eq!(chain(&reply), ["zh-TW", "en-US"], "{tag}");
        assert_eq!(reply.header("content-language"), Some("zh-TW"), "{tag}");
        assert!(text(&reply).contains("取貨碼"), "{tag}: {}", text(&reply));
    }
    let reply = render(
        &app,
        "shipping",
        json!({"locale": "zh", "messages": ["order-shipped"]}),
        &[],
    )
    .await;
    assert_eq!(chain(&reply)[0], "zh-CN");
    assert!(!chain(&reply).contains(&"zh-TW".to_string()));
}

#[actix_web::test]
async fn latin_american_spanish_gets_es_mx_then_es_es() {
    let app = spawn_app();
    for tag in ["es-419", "es-AR", "es-CO", "es-CL", "es-MX"] {
        let reply = render(
            &app,
            "shipping",
            json!({"locale": tag, "messages": ["order-shipped"], "args": {"order_id": "A1", "carrier": "DHL", "tracking_number": "T1", "days": 2}}),
            &[],
        )
        .await;
        assert_eq!(chain(&reply), ["es-MX", "es-ES", "en-US"], "{tag}");
        assert!(text(&reply).contains("número de guía"), "{tag}");
    }
    let reply = render(
        &app,
        "shipping",
        json!({"locale": "es-ES", "messages": ["order-shipped"]}),
        &[],
    )
    .await;
    assert_eq!(chain(&reply)[0], "es-ES");
}

#[actix_web::test]
async fn a_market_picks_its_buyer_language_unless_a_locale_overrides_it() {
    let app = spawn_app();
    for (market, locale) in [
        ("TW", "zh-TW"),
        ("MX", "es-MX"),
        ("EG", "ar-SA"),
        ("AE", "ar-SA"),
    ] {
        let reply = render(
            &app,
            "relationship",
            json!({"market": market, "messages": ["holiday-greeting"], "args": {"occasion": "eid", "shop_name": "Sol"}}),
            &[],
        )
        .await;
        assert_eq!(reply.json()["results"][0]["locale"], locale, "{market}");
        assert_eq!(chain(&reply)[0], locale, "{market}");
    }
    // The body's locale and Accept-Language come before the market.
    let reply = render(
        &app,
        "relationship",
        json!({"market": "TW", "locale": "en-US", "messages": ["holiday-greeting"]}),
        &[],
    )
    .await;
    assert_eq!(reply.json()["results"][0]["locale"], "en-US");
    let reply = render(
        &app,
        "relationship",
        json!({"market": "MX", "messages": ["holiday-greeting"]}),
        &[("accept-language", "de-DE")],
    )
    .await;
    assert_eq!(chain(&reply)[..2], ["de-DE", "es-MX"]);
    // An unknown market is bad input, named as such.
    let reply = app
        .send(
            "POST",
            "/v1/phrase-sets/relationship/render",
            Some(&json!({"market": "ZZ"})),
            None,
            &[],
        )
        .await;
    let problem = reply.problem(400, "invalid-input");
    assert_eq!(problem["errors"][0]["field"], "market", "{problem}");
}

#[actix_web::test]
async fn german_formal_greeting_uses_title_and_family_name() {
    let app = spawn_app();
    let greet = |args: Value| {
        let app = &app;
        async move {
            text(
                &render(
                    app,
                    "customer-service",
                    json!({"locale": "de-DE", "messages": ["greeting"], "args": args}),
                    &[],
                )
                .await,
            )
        }
    };
    let she = greet(json!({"buyer_gender": "female", "buyer_title": "Dr.", "buyer_family_name": "Müller", "buyer_given_name": "Anna", "buyer_status": "first-time"})).await;
    assert!(she.starts_with("Sehr geehrte Frau Dr. Müller,\n"), "{she}");
    // No salutation given: formal is the default. No title: no double space.
    let he = greet(json!({"buyer_gender": "male", "buyer_family_name": "Schmidt"})).await;
    assert!(he.starts_with("Sehr geehrter Herr Schmidt,\n"), "{he}");
    let neutral = greet(json!({"buyer_given_name": "Alex", "buyer_family_name": "Weber"})).await;
    assert!(neutral.starts_with("Guten Tag Alex Weber,\n"), "{neutral}");
    let casual = greet(json!({"salutation": "casual", "buyer_name": "Anna"})).await;
    assert!(casual.starts_with("Hallo Anna,\n"), "{casual}");
}

#[actix_web::test]
async fn thai_particles_follow_the_agent_gender() {
    let app = spawn_app();
    for (gender, mine, other) in [("male", "ครับ", "ค่ะ"), ("female", "ค่ะ", "ครับ")]
    {
        let reply = render(
            &app,
            "orders",
            json!({"locale": "th-TH", "messages": ["payment-received", "cod-confirmation"], "args": {"agent_gender": gender, "order_id": "A1", "amount": "฿500"}}),
            &[],
        )
        .await;
        for result in reply.json()["results"].as_array().unwrap() {
            let text = result["text"].as_str().unwrap();
            assert!(text.contains(mine), "{gender}: {text}");
            assert!(!text.contains(other), "{gender}: {text}");
        }
    }
}

#[actix_web::test]
async fn a_missing_variable_gets_a_neutral_fallback_and_a_warning() {
    let app = spawn_app();
    let reply = render(
        &app,
        "customer-service",
        json!({"locale": "en-US", "messages": ["greeting"], "args": {"buyer_status": "first-time", "shop_name": "Sol"}}),
        &[],
    )
    .await;
    let body = reply.json();
    let english = body["results"][0]["text"].as_str().unwrap();
    assert!(english.starts_with("Dear customer,\n"), "{english}");
    assert!(!english.contains("{$"), "{english}");
    let warnings = body["warnings"].as_array().unwrap();
    assert!(
        warnings.iter().any(|w| w["kind"] == "missing-argument"
            && w["message"] == "greeting"
            && w["detail"].as_str().unwrap().contains("buyer_name")),
        "{warnings:?}"
    );
    // A selector without its argument takes the default variant (formal), and says so.
    assert!(
        warnings.iter().any(|w| w["detail"]
            .as_str()
            .unwrap()
            .contains("`salutation` is missing; the text uses the default variant")),
        "{warnings:?}"
    );
    // Japanese: the fallback reads naturally with the honorific.
    let reply = render(
        &app,
        "customer-service",
        json!({"locale": "ja-JP", "messages": ["greeting"], "args": {"buyer_status": "first-time"}}),
        &[],
    )
    .await;
    let japanese = text(&reply);
    assert!(japanese.starts_with("お客様"), "{japanese}");
}

#[actix_web::test]
async fn a_changeset_adding_a_taboo_in_en_us_only_warns_about_zh_cn() {
    let app = spawn_app();
    app.add_user("root", "root-long-password", Role::Admin);
    let admin = app.login("root", "root-long-password").await;
    let editor = app.user_with_token(&admin, "mei", "editor").await;
    let document = |key: &'static str| {
        let (app, editor) = (&app, &editor);
        async move {
            let body = app
                .send(
                    "GET",
                    &format!("/v1/documents/{key}"),
                    None,
                    Some(editor),
                    &[],
                )
                .await
                .json();
            (
                body["head_revision"].as_i64(),
                body["content"].as_str().unwrap().to_string(),
            )
        }
    };
    let (structure_rev, structure) = document("market/JP").await;
    let (text_rev, text) = document("text/en-US/market/JP").await;
    let opened = app
        .send(
            "POST",
            "/v1/changesets",
            Some(&json!({"title": "JP: a new taboo"})),
            Some(&editor),
            &[],
        )
        .await;
    let number = opened.json()["number"].as_i64().unwrap();
    let mut etag = opened.header("etag").unwrap().to_string();
    let taboo = "\n[[taboos]]\nid = \"test-new-taboo\"\ncategory = \"topic\"\nsubject = \"test\"\nseverity = \"caution\"\napplies_to = [\"messages\"]\n";
    let message = "\ntaboo-test-new-taboo = Avoid this test topic.\n    .rationale = It exists only in this test.\n";
    for (key, content, base) in [
        ("market/JP", format!("{structure}{taboo}"), structure_rev),
        ("text/en-US/market/JP", format!("{text}{message}"), text_rev),
    ] {
        let reply = app
            .send(
                "PUT",
                &format!("/v1/changesets/{number}/edits"),
                Some(&json!({"document": key, "content": content, "base_revision": base})),
                Some(&editor),
                &[("if-match", etag.as_str())],
            )
            .await;
        assert_eq!(
            reply.status,
            200,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
        etag = reply.header("etag").unwrap().to_string();
    }
    let view = app
        .send(
            "GET",
            &format!("/v1/changesets/{number}"),
            None,
            Some(&editor),
            &[],
        )
        .await
        .json();
    let status = &view["status"];
    assert_eq!(status["publishable"], true, "{status}");
    let warnings = status["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0]["locale"], "zh-CN");
    assert_eq!(warnings[0]["document"], "zh-CN/markets/JP.ftl");
    assert_eq!(
        warnings[0]["messages"],
        json!(["taboo-test-new-taboo", "taboo-test-new-taboo.rationale"])
    );
    assert!(
        warnings[0]["detail"]
            .as_str()
            .unwrap()
            .contains("taboo-test-new-taboo")
    );

    // Published, the zh-CN profile marks the two texts it shows in en-US.
    let reviewer = app.user_with_token(&admin, "kenji", "reviewer").await;
    let submitted = app
        .send(
            "POST",
            &format!("/v1/changesets/{number}/submit"),
            None,
            Some(&editor),
            &[],
        )
        .await;
    assert_eq!(submitted.status, 200);
    let approved = app
        .send(
            "POST",
            &format!("/v1/changesets/{number}/approve"),
            Some(&json!({"comment": "ok"})),
            Some(&reviewer),
            &[],
        )
        .await;
    assert_eq!(
        approved.status,
        200,
        "{}",
        String::from_utf8_lossy(&approved.body)
    );
    let profile = app.get("/v1/markets/JP?lang=zh-CN").await.json();
    assert_eq!(profile["locale"], "zh-CN");
    assert_eq!(
        profile["fallback"],
        json!(["taboo-test-new-taboo", "taboo-test-new-taboo.rationale"])
    );
    let english = app.get("/v1/markets/JP?lang=en-US").await.json();
    assert_eq!(english["fallback"], json!([]));
}

#[actix_web::test]
async fn an_unsigned_closing_drops_the_empty_signature_line() {
    let app = spawn_app();
    for isolate in [false, true] {
        let reply = render(
            &app,
            "customer-service",
            json!({"locale": "en-US", "messages": ["closing-thanks"], "isolate": isolate, "args": {"shop_name": "Sol"}}),
            &[],
        )
        .await;
        let text = text(&reply);
        let lines: Vec<&str> = text.lines().collect();
        let regards = lines.iter().position(|l| *l == "Kind regards,").unwrap();
        assert!(
            lines[regards + 1].contains("Sol") && lines[regards + 1].contains("Customer Service"),
            "isolate={isolate}: {text:?}"
        );
        assert!(!text.contains('\u{E000}'), "{text:?}");
    }
}

/// Absolute claims no shipped phrase may make (seed 004, the lint's rule), per language: a
/// "best price" or a guarantee is a promise a seller cannot keep, and in some markets an
/// offence (the PRC Advertising Law bans 最低价 and 最佳). Warranty terms are not claims.
const ABSOLUTE_CLAIMS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "guarantee",
            "100%",
            "absolutely",
            "best price",
            "lowest price",
            "the best",
        ],
    ),
    (
        "de",
        &[
            "garantiert",
            "bester preis",
            "besten preis",
            "beste qualität",
        ],
    ),
    ("fr", &["meilleur prix", "garanti à", "absolument"]),
    ("es", &["mejor precio", "garantizado", "precio más bajo"]),
    (
        "pt",
        &["melhor preço", "garantido", "menor preço do mercado"],
    ),
    ("it", &["miglior prezzo", "garantito"]),
    ("nl", &["beste prijs", "gegarandeerd", "laagste prijs"]),
    ("pl", &["najlepsz", "gwarantujemy", "najniższ"]),
    ("tr", &["en iyi", "garanti ediyoruz", "en ucuz"]),
    (
        "zh",
        &[
            "最低价",
            "最低價",
            "最好",
            "最佳",
            "最便宜",
            "保证",
            "保證",
            "绝对",
            "絕對",
        ],
    ),
    ("ja", &["最安", "最高の", "絶対", "保証します"]),
    ("ko", &["최저가", "최고", "보장"]),
    ("th", &["ดีที่สุด", "ถูกที่สุด", "รับประกันว่า"]),
    ("vi", &["tốt nhất", "rẻ nhất", "cam kết 100"]),
    ("id", &["terbaik", "termurah", "dijamin"]),
    ("ms", &["terbaik", "termurah", "dijamin"]),
    ("ar", &["أفضل سعر", "أرخص", "مضمون"]),
];

#[test]
fn shipped_phrases_make_no_absolute_claims() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut found = Vec::new();
    for locale in std::fs::read_dir(&root).unwrap() {
        let locale = locale.unwrap();
        let phrases = locale.path().join("phrases");
        let Ok(files) = std::fs::read_dir(&phrases) else {
            continue;
        };
        let name = locale.file_name().to_string_lossy().to_string();
        let language = name.split('-').next().unwrap();
        let terms = ABSOLUTE_CLAIMS
            .iter()
            .find(|(l, _)| *l == language)
            .unwrap_or_else(|| panic!("no absolute-claim terms for {name}"))
            .1;
        for file in files {
            let path = file.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                let lower = line.to_lowercase();
                for term in terms.iter().filter(|t| lower.contains(**t)) {
                    found.push(format!("{}:{}: {term}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
