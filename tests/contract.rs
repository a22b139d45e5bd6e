//! What generated clients rely on: one media type per operation, valid BCP 47 tags accepted,
//! bodies a client may leave out, discriminated unions, and a document whose every shape a
//! generator can name. The clients themselves run in `tests/contract/` (see its README).

mod common;

use common::{TestApp, spawn_app};
use marketguide::auth::Role;
use serde_json::{Value, json};

#[actix_web::test]
async fn valid_tags_outside_our_locales_fall_back_instead_of_failing() {
    let app = spawn_app();
    for tag in ["x-klingon", "i-klingon", "i-enochian", "en-US-x-twain"] {
        let reply = app.get(&format!("/v1/markets/JP?lang={tag}")).await;
        assert_eq!(reply.status, 200, "lang={tag}");
        assert_eq!(reply.header("content-language"), Some("en-US"), "{tag}");
        let reply = app
            .get_with("/v1/markets/JP", &[("accept-language", tag)])
            .await;
        assert_eq!(reply.status, 200, "Accept-Language: {tag}");
        assert_eq!(reply.header("content-language"), Some("en-US"), "{tag}");
    }
    // An extension is dropped, the language kept.
    let reply = app.get("/v1/markets/JP?lang=zh-Hans-CN-u-ca-chinese").await;
    assert_eq!(reply.header("content-language"), Some("zh-CN"));
    let reply = app
        .get_with(
            "/v1/markets/CN/holidays?from=2026-01-01&to=2026-03-01",
            &[(
                "accept-language",
                "x-klingon, zh-Hans-CN-u-ca-chinese;q=0.5",
            )],
        )
        .await;
    assert_eq!(reply.json()["locale"], "zh-CN");
    // Not a tag at all is still a 400 naming the field.
    let problem = app
        .get("/v1/markets/JP?lang=en_US")
        .await
        .problem(400, "invalid-input");
    assert_eq!(problem["errors"][0]["field"], "lang");
}

#[actix_web::test]
async fn calendars_and_packs_have_an_operation_per_format() {
    let app = spawn_app();
    let range = "from=2026-01-01&to=2026-12-31";
    let json = app.get(&format!("/v1/markets/CN/holidays?{range}")).await;
    assert_eq!(json.header("content-type"), Some("application/json"));
    let ics = app
        .get(&format!("/v1/markets/CN/holidays.ics?{range}"))
        .await;
    assert_eq!(ics.status, 200);
    assert_eq!(
        ics.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    let text = String::from_utf8(ics.body.clone()).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    // One VEVENT per occurrence of the JSON answer.
    let items = json.json()["items"].as_array().unwrap().len();
    assert_eq!(text.matches("BEGIN:VEVENT").count(), items);
    // The curl way still works and gives the same bytes.
    let negotiated = app
        .get_with(
            &format!("/v1/markets/CN/holidays?{range}"),
            &[("accept", "text/calendar")],
        )
        .await;
    assert_eq!(negotiated.body, ics.body);

    let merged = app
        .get(&format!("/v1/calendar.ics?markets=CN,JP&{range}"))
        .await;
    assert_eq!(merged.status, 200);
    let merged_json = app
        .get(&format!("/v1/calendar?markets=CN,JP&{range}"))
        .await
        .json();
    assert_eq!(
        String::from_utf8(merged.body)
            .unwrap()
            .matches("BEGIN:VEVENT")
            .count(),
        merged_json["items"].as_array().unwrap().len()
    );
    app.get("/v1/markets/ZZ/holidays.ics")
        .await
        .problem(404, "market-not-found");

    let pack = app.get("/v1/phrase-sets/shipping/ja-JP").await;
    assert_eq!(pack.header("content-type"), Some("application/json"));
    let source = app.get("/v1/phrase-sets/shipping/ja-JP.ftl").await;
    assert_eq!(source.status, 200);
    assert_eq!(
        source.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    assert_eq!(source.header("content-language"), Some("ja-JP"));
    assert_eq!(
        pack.json()["ftl"].as_str().unwrap().as_bytes(),
        &source.body[..]
    );
    app.get("/v1/phrase-sets/shipping/xx-XX.ftl")
        .await
        .problem(404, "not-found");
}

#[actix_web::test]
async fn numbers_past_the_range_are_a_documented_400() {
    let app = spawn_app();
    for path in [
        "/v1/releases/9223372036854775808",
        "/v1/markets/JP?release=-1",
        "/v1/markets/JP?release=0",
    ] {
        let reply = app.get(path).await;
        assert_eq!(reply.status, 400, "{path}");
        assert_eq!(
            reply.header("content-type"),
            Some("application/problem+json")
        );
    }
}

async fn admin(app: &TestApp) -> String {
    app.add_user("root", "root-long-password", Role::Admin);
    app.login("root", "root-long-password").await
}

#[actix_web::test]
async fn approval_needs_no_body_and_verdicts_need_a_comment() {
    let app = spawn_app();
    let root = admin(&app).await;
    let editor = app.user_with_token(&root, "mei", "editor").await;
    let reviewer = app.user_with_token(&root, "kenji", "reviewer").await;
    let doc = app
        .send("GET", "/v1/documents/market%2FJP", None, Some(&editor), &[])
        .await
        .json();
    let created = app
        .post_json("/v1/changesets", &json!({"title": "Rank"}), Some(&editor))
        .await;
    let number = created.json()["number"].as_i64().unwrap();
    let etag = created.header("etag").unwrap().to_string();
    let content =
        doc["content"]
            .as_str()
            .unwrap()
            .replacen("formality = ", "# reviewed\nformality = ", 1);
    // The contract's form: `action` given.
    let edit = json!({"action": "put", "document": "market/JP", "content": content,
                      "base_revision": doc["head_revision"]});
    let edited = app
        .send(
            "PUT",
            &format!("/v1/changesets/{number}/edits"),
            Some(&edit),
            Some(&editor),
            &[("if-match", &etag)],
        )
        .await;
    assert_eq!(
        edited.status,
        200,
        "{}",
        String::from_utf8_lossy(&edited.body)
    );
    // A put without content says which field.
    let problem = app
        .send(
            "PUT",
            &format!("/v1/changesets/{number}/edits"),
            Some(&json!({"action": "put", "document": "market/JP", "base_revision": null})),
            Some(&editor),
            &[("if-match", edited.header("etag").unwrap())],
        )
        .await
        .problem(400, "invalid-input");
    assert_eq!(problem["errors"][0]["field"], "content");
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
    // A blank comment is refused for a verdict that sends the work back.
    for action in ["request-changes", "reject"] {
        let reply = app
            .post_json(
                &format!("/v1/changesets/{number}/{action}"),
                &json!({"comment": "  "}),
                Some(&reviewer),
            )
            .await;
        assert_eq!(reply.status, 400, "{action}");
    }
    // No body at all (no Content-Type either) approves.
    let approved = app
        .send(
            "POST",
            &format!("/v1/changesets/{number}/approve"),
            None,
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
    assert_eq!(approved.json()["state"], "published");
    let release = approved.json()["release"].as_i64().unwrap();

    // Reverts in the contract's form, and a `kind` that contradicts the fields.
    let revert = app
        .post_json(
            "/v1/changesets/revert",
            &json!({"kind": "release", "release": release - 1}),
            Some(&editor),
        )
        .await;
    assert_eq!(
        revert.status,
        201,
        "{}",
        String::from_utf8_lossy(&revert.body)
    );
    let revert = app
        .post_json(
            "/v1/changesets/revert",
            &json!({"kind": "document", "document": "market/JP", "revision": doc["head_revision"]}),
            Some(&editor),
        )
        .await;
    assert_eq!(
        revert.status,
        201,
        "{}",
        String::from_utf8_lossy(&revert.body)
    );
    app.post_json(
        "/v1/changesets/revert",
        &json!({"kind": "document", "release": 1}),
        Some(&editor),
    )
    .await
    .problem(400, "invalid-input");
}

fn spec() -> Value {
    marketguide::openapi::document()
}

#[test]
fn every_union_says_how_to_tell_its_variants_apart() {
    let spec = spec();
    for (name, schema) in spec["components"]["schemas"].as_object().unwrap() {
        let Some(variants) = schema["oneOf"].as_array() else {
            continue;
        };
        let objects = variants
            .iter()
            .any(|v| v.get("$ref").is_some() || v["type"] == "object");
        if !objects {
            continue; // a union of scalars (`ArgValue`) is told apart by JSON type
        }
        let discriminator = &schema["discriminator"];
        let property = discriminator["propertyName"]
            .as_str()
            .unwrap_or_else(|| panic!("{name}: a oneOf of objects without a discriminator"));
        for variant in variants {
            let reference = variant["$ref"].as_str().expect("variants are named");
            let target = reference.rsplit('/').next().unwrap();
            let target = &spec["components"]["schemas"][target];
            let required = target["required"].as_array().unwrap();
            assert!(
                required.iter().any(|r| r == property),
                "{name}: {reference}"
            );
            let tag = target["properties"][property]["$ref"].as_str().unwrap();
            let tag = &spec["components"]["schemas"][tag.rsplit('/').next().unwrap()];
            let value = tag["enum"][0].as_str().unwrap();
            assert_eq!(discriminator["mapping"][value], reference, "{name}");
        }
    }
}

#[test]
fn enum_constants_never_collide() {
    let spec = spec();
    let mut seen = std::collections::BTreeMap::new();
    for (name, schema) in spec["components"]["schemas"].as_object().unwrap() {
        let Some(values) = schema["enum"].as_array() else {
            continue;
        };
        let names = schema["x-enum-varnames"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: no x-enum-varnames"));
        assert_eq!(names.len(), values.len(), "{name}");
        for constant in names {
            let constant = constant.as_str().unwrap().to_string();
            if let Some(other) = seen.insert(constant.clone(), name.clone()) {
                panic!("{constant} in both {other} and {name}");
            }
        }
    }
}

#[test]
fn parameters_are_never_null_and_every_response_has_one_media_type() {
    let spec = spec();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            for param in op["parameters"].as_array().into_iter().flatten() {
                let text = param["schema"].to_string();
                assert!(!text.contains("\"null\""), "{method} {path} {param}");
            }
            for (status, response) in op["responses"].as_object().unwrap() {
                if let Some(content) = response["content"].as_object() {
                    assert_eq!(content.len(), 1, "{method} {path} {status}");
                }
            }
            assert!(op["security"].is_array(), "{method} {path}");
            if op.get("parameters").is_some() || op.get("requestBody").is_some() {
                assert!(
                    op["responses"].get("400").is_some(),
                    "{method} {path}: inputs without a documented 400"
                );
            }
        }
    }
    // Changeset responses carry the version editors send back.
    let submit = &spec["paths"]["/v1/changesets/{number}/submit"]["post"]["responses"]["200"];
    assert!(submit["headers"]["ETag"].is_object());
    assert!(spec["servers"][0]["url"].is_string());
    assert_eq!(spec["info"]["version"], env!("CARGO_PKG_VERSION"));
}

#[actix_web::test]
async fn the_most_specific_path_answers_for_its_methods() {
    let app = spawn_app();
    for (method, path, allow) in [
        ("PATCH", "/v1/changesets/import", "POST"),
        ("GET", "/v1/changesets/revert", "POST"),
        ("GET", "/v1/phrase-sets/shipping/render", "POST"),
        ("DELETE", "/v1/phrase-sets/shipping/render", "POST"),
    ] {
        let reply = app.send(method, path, None, None, &[]).await;
        reply.problem(405, "method-not-allowed");
        assert_eq!(reply.header("allow"), Some(allow), "{method} {path}");
    }
    // A templated path that does own the method still explains a bad value.
    app.send("GET", "/v1/changesets/abc", None, None, &[])
        .await
        .problem(400, "invalid-input");
}

#[test]
fn request_bodies_refuse_unknown_fields_and_document_their_limit() {
    let spec = spec();
    let schemas = &spec["components"]["schemas"];
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(body) = op.get("requestBody") else {
                continue;
            };
            assert!(op["responses"].get("413").is_some(), "{method} {path}");
            let reference = body["content"]["application/json"]["schema"]["$ref"]
                .as_str()
                .unwrap_or_else(|| panic!("{method} {path}: a named body"));
            let schema = &schemas[reference.rsplit('/').next().unwrap()];
            let closed = |s: &Value| s["additionalProperties"] == json!(false);
            match schema["oneOf"].as_array() {
                Some(variants) => {
                    for variant in variants {
                        let name = variant["$ref"]
                            .as_str()
                            .unwrap()
                            .rsplit('/')
                            .next()
                            .unwrap();
                        assert!(closed(&schemas[name]), "{method} {path}: {name}");
                    }
                }
                None => assert!(closed(schema), "{method} {path}: {reference}"),
            }
        }
    }
}

#[actix_web::test]
async fn what_the_schema_refuses_the_server_refuses() {
    let app = spawn_app();
    let root = admin(&app).await;
    let editor = app.user_with_token(&root, "mei", "editor").await;
    // `kind` may be left out, but null is not a kind.
    app.post_json(
        "/v1/changesets/revert",
        &json!({"kind": null, "release": 1}),
        Some(&editor),
    )
    .await
    .problem(400, "invalid-input");
    app.post_json(
        "/v1/changesets/revert",
        &json!({"kind": "release", "release": 1, "extra": true}),
        Some(&editor),
    )
    .await
    .problem(400, "invalid-input");
    for query in [
        "document=",
        "document=text/10Wu-vFG/guidance",
        "document=text/en_US/channels",
    ] {
        let reply = app
            .send(
                "GET",
                &format!("/v1/changesets?{query}"),
                None,
                Some(&editor),
                &[],
            )
            .await;
        assert_eq!(reply.status, 400, "{query}");
    }
    // Render arguments are strings or numbers.
    app.post_json(
        "/v1/phrase-sets/shipping/render",
        &json!({"args": {"": {}}}),
        None,
    )
    .await
    .problem(400, "invalid-input");
    // A tag the pattern admits never gets a 400; one it refuses always does.
    let pattern = spec()["paths"]["/v1/markets"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "lang")
        .unwrap()["schema"]["pattern"]
        .as_str()
        .unwrap()
        .to_string();
    let pattern = regex::Regex::new(&pattern).unwrap();
    for tag in [
        "0",
        "p0RbgB",
        "7mBShVHM",
        "de-DE-1901",
        "zh-yue-HK",
        "en-a-bbb-x-a-ccc",
        "x-whatever",
        "sgn-BE-FR",
        "en, zh-CN",
        "en_US",
        "a-DE",
        "e9h",
        "qaa-Qaaa-QM-x-southern",
    ] {
        let reply = app
            .get(&format!("/v1/markets?lang={}", tag.replace(' ', "%20")))
            .await;
        let admitted = pattern.is_match(tag);
        assert_eq!(reply.status == 200, admitted, "{tag}: {}", reply.status);
    }
}

/// Every object the server sends has the fields its schema requires. Catches two Rust types
/// of one name, where utoipa keeps only one schema (a webhook delivery once replaced the
/// commerce `DeliveryView`, and Go could read no profile).
fn assert_required_fields(spec: &Value, value: &Value, schema: &Value, path: &str) {
    let schemas = &spec["components"]["schemas"];
    let mut schema = schema;
    while let Some(reference) = schema["$ref"].as_str() {
        schema = &schemas[reference.rsplit('/').next().unwrap()];
    }
    if let Some(branches) = schema["oneOf"].as_array() {
        if let Some(property) = schema["discriminator"]["propertyName"].as_str() {
            let tag = value[property].as_str().unwrap_or_default();
            let target = &schema["discriminator"]["mapping"][tag];
            assert!(target.is_string(), "{path}: no variant for {tag}");
            return assert_required_fields(spec, value, &json!({"$ref": target}), path);
        }
        if !value.is_null() {
            for branch in branches.iter().filter(|b| b["type"] != "null") {
                assert_required_fields(spec, value, branch, path);
            }
        }
        return;
    }
    match value {
        Value::Object(fields) => {
            for required in schema["required"].as_array().into_iter().flatten() {
                let name = required.as_str().unwrap();
                assert!(fields.contains_key(name), "{path}: no `{name}`");
            }
            for (name, field) in fields {
                if let Some(sub) = schema["properties"].get(name) {
                    assert_required_fields(spec, field, sub, &format!("{path}.{name}"));
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                assert_required_fields(spec, item, &schema["items"], &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}

#[actix_web::test]
async fn reads_carry_every_field_their_schema_requires() {
    let app = spawn_app();
    let spec = spec();
    for (path, schema) in [
        ("/v1/markets/JP", "MarketProfile"),
        ("/v1/markets/BR", "MarketProfile"),
        ("/v1/markets", "MarketList"),
        (
            "/v1/markets/CN/holidays?from=2026-01-01&to=2026-12-31",
            "HolidayCalendar",
        ),
    ] {
        let body = app.get(path).await.json();
        let schema = json!({"$ref": format!("#/components/schemas/{schema}")});
        assert_required_fields(&spec, &body, &schema, path);
    }
}
