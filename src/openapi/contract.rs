//! Passes over the generated document that make it a contract client generators read
//! unchanged. Each fixes a pattern utoipa emits for every handler alike, so fixing it once
//! here keeps the annotations short and cannot be forgotten on the next handler.
//!
//! They run on the JSON form; [`super::document`] reads the result back into utoipa's types,
//! and a test proves nothing is lost on the way.

use serde_json::{Map, Value, json};

const METHODS: [&str; 5] = ["get", "put", "post", "delete", "patch"];

pub fn apply(doc: &mut Value) {
    doc["components"]["headers"]["ETag"] = json!({
        "description": "Entity tag of this representation (one per encoding); send it back in `If-None-Match` to get 304 while it is unchanged.",
        "schema": {"type": "string"}
    });
    fill_in_patterns(doc);
    lift_tagged_variants(doc);
    name_enum_constants(doc);
    for (method, op) in operations(doc) {
        optional_parameters_are_never_null(op);
        optional_bodies_are_never_null(op);
        public_operations_say_so(op);
        reads_declare_their_etag(method, op);
        inputs_document_bad_input(op);
        bodies_document_their_limit(op);
    }
}

fn operations(doc: &mut Value) -> Vec<(&'static str, &mut Map<String, Value>)> {
    let Some(paths) = doc["paths"].as_object_mut() else {
        return Vec::new();
    };
    paths
        .values_mut()
        .filter_map(Value::as_object_mut)
        .flat_map(|item| {
            item.iter_mut().filter_map(|(method, op)| {
                let method = METHODS.into_iter().find(|m| m == method)?;
                Some((method, op.as_object_mut()?))
            })
        })
        .collect()
}

/// Patterns the server also matches with (`src/langneg.rs`, `src/content/keys.rs`), written
/// once: annotations say `pattern = "{bcp47-list}"` and this puts the real regex there.
fn fill_in_patterns(doc: &mut Value) {
    use crate::langneg::{LOCALE_ID_SYNTAX, TAG_SYNTAX};
    let fills = [
        (
            "{bcp47-list}",
            format!(r"^\s*{TAG_SYNTAX}\s*(,\s*{TAG_SYNTAX}\s*)*$"),
        ),
        ("{locale-id}", format!("^{LOCALE_ID_SYNTAX}$")),
        ("{document-key}", crate::content::keys::key_syntax()),
    ];
    fn walk(value: &mut Value, fills: &[(&str, String)]) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(pattern)) = map.get_mut("pattern")
                    && let Some((_, regex)) = fills.iter().find(|(k, _)| k == pattern)
                {
                    *pattern = regex.clone();
                }
                map.values_mut().for_each(|v| walk(v, fills));
            }
            Value::Array(items) => items.iter_mut().for_each(|v| walk(v, fills)),
            _ => {}
        }
    }
    walk(doc, &fills);
}

/// An absent parameter is not `null`: utoipa types every `Option` parameter as
/// `["string", "null"]`, which makes Python clients send `None` as a header value and fuzzers
/// send the text `null`.
fn optional_parameters_are_never_null(op: &mut Map<String, Value>) {
    let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) else {
        return;
    };
    for param in params {
        if param["required"] == json!(true) {
            continue;
        }
        let schema = &mut param["schema"];
        if let Some(types) = schema.get_mut("type").and_then(Value::as_array_mut) {
            types.retain(|t| t != "null");
            if types.len() == 1 {
                schema["type"] = types.remove(0);
            }
        }
        if let Some(branches) = schema.get_mut("oneOf").and_then(Value::as_array_mut) {
            branches.retain(|b| b.get("type") != Some(&json!("null")));
            if branches.len() == 1 {
                *schema = branches.remove(0);
            }
        }
    }
}

/// Likewise a body that may be left out is absent, not the JSON `null` (which the handlers
/// refuse).
fn optional_bodies_are_never_null(op: &mut Map<String, Value>) {
    let Some(body) = op.get_mut("requestBody") else {
        return;
    };
    if body["required"] == json!(true) {
        return;
    }
    let Some(media) = body["content"].as_object_mut() else {
        return;
    };
    for media in media.values_mut() {
        let schema = &mut media["schema"];
        if let Some(branches) = schema.get_mut("oneOf").and_then(Value::as_array_mut) {
            branches.retain(|b| b.get("type") != Some(&json!("null")));
            if branches.len() == 1 {
                *schema = branches.remove(0);
            }
        }
    }
}

/// Lint rules (and readers) want every operation to state its security; the published reads
/// need no token.
fn public_operations_say_so(op: &mut Map<String, Value>) {
    op.entry("security").or_insert_with(|| json!([]));
}

/// The delivery middleware tags every successful read (`src/api/delivery.rs`), so every GET's
/// 200 declares the header and generated clients can reach it.
fn reads_declare_their_etag(method: &str, op: &mut Map<String, Value>) {
    if method != "get" {
        return;
    }
    let Some(ok) = op.get_mut("responses").and_then(|r| r.get_mut("200")) else {
        return;
    };
    let headers = ok
        .as_object_mut()
        .expect("a response object")
        .entry("headers")
        .or_insert_with(|| json!({}));
    headers
        .as_object_mut()
        .expect("a headers map")
        .entry("ETag")
        .or_insert_with(|| json!({"$ref": "#/components/headers/ETag"}));
}

/// Every input can be malformed (a path number past `i64`, a bad query value, a body that
/// is not JSON); each is refused with a 400 problem naming the field, so every operation with
/// inputs says so.
fn inputs_document_bad_input(op: &mut Map<String, Value>) {
    let has_inputs = op
        .get("parameters")
        .and_then(Value::as_array)
        .is_some_and(|p| !p.is_empty())
        || op.contains_key("requestBody");
    let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
        return;
    };
    if !has_inputs || responses.contains_key("400") {
        return;
    }
    responses.insert(
        "400".into(),
        json!({
            "description": "Malformed input (`field` names it)",
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
        }),
    );
    // Keep the status codes in order for readers.
    sort_by_status(responses);
}

/// Every JSON body has a size limit (64 KiB app-wide, larger for edits and imports): a body
/// over it is 413, so every operation taking one says so.
fn bodies_document_their_limit(op: &mut Map<String, Value>) {
    if op.get("requestBody").is_none() {
        return;
    }
    let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
        return;
    };
    if responses.contains_key("413") {
        return;
    }
    responses.insert(
        "413".into(),
        json!({
            "description": "Body over the size limit (the problem names it)",
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
        }),
    );
    sort_by_status(responses);
}

fn sort_by_status(responses: &mut Map<String, Value>) {
    let mut sorted: Vec<(String, Value)> = std::mem::take(responses).into_iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    responses.extend(sorted);
}

/// serde's internally tagged enums come out as `oneOf` inline objects told apart only by a
/// one-value `enum` property. Without a `discriminator`, generators cannot choose: Go fails
/// with "matches more than one schema" where variants share a shape (`DateRule`'s fixed,
/// lunar and Hijri dates are all `{type, month, day}`), Python names them `Type0..7`. Each
/// variant becomes a named schema (`DateRuleFixed`, ...) and the tag a discriminator.
///
/// utoipa drops serde's `deny_unknown_fields` on enum variants. Every request body here
/// refuses unknown fields (a test checks the structs say so), so the variants of a union used
/// as a request body get `additionalProperties: false`; response unions stay open, as
/// clients must tolerate fields added later.
fn lift_tagged_variants(doc: &mut Value) {
    let request_bodies = request_body_schemas(doc);
    let Some(schemas) = doc["components"]["schemas"].as_object_mut() else {
        return;
    };
    let mut lifted = Vec::new();
    for (name, schema) in schemas.iter_mut() {
        let Some(variants) = schema.get("oneOf").and_then(Value::as_array) else {
            continue;
        };
        let Some(tag) = common_tag(variants) else {
            continue;
        };
        let closed = request_bodies.contains(name);
        let variants = schema["oneOf"].as_array().expect("checked above");
        let mut refs = Vec::new();
        let mut mapping = Map::new();
        for variant in variants {
            let value = variant["properties"][&tag]["enum"][0]
                .as_str()
                .expect("common_tag checked it")
                .to_owned();
            let variant_name = format!("{name}{}", pascal(&value));
            let reference = format!("#/components/schemas/{variant_name}");
            // The tag gets a named one-value enum too: Go's default (non-discriminator)
            // decoder checks a named enum's value but not an inline one's, so without it a
            // `{type: fixed, month, day}` still matches the lunar and Hijri variants.
            let tag_name = format!("{variant_name}{}", pascal(&tag));
            let mut variant = variant.clone();
            if closed {
                variant["additionalProperties"] = json!(false);
            }
            let tag_schema = std::mem::replace(
                &mut variant["properties"][&tag],
                json!({"$ref": format!("#/components/schemas/{tag_name}")}),
            );
            refs.push(json!({"$ref": reference}));
            mapping.insert(value, json!(reference));
            lifted.push((variant_name, variant));
            lifted.push((tag_name, tag_schema));
        }
        schema["oneOf"] = Value::Array(refs);
        schema["discriminator"] = json!({"propertyName": tag, "mapping": mapping});
    }
    for (name, variant) in lifted {
        assert!(
            schemas.insert(name.clone(), variant).is_none(),
            "lifting a tagged variant would replace the schema `{name}`"
        );
    }
    schemas.sort_keys();
}

/// Names of the component schemas operations take as their request body.
fn request_body_schemas(doc: &Value) -> std::collections::BTreeSet<String> {
    let mut names = std::collections::BTreeSet::new();
    for item in doc["paths"]
        .as_object()
        .into_iter()
        .flat_map(|p| p.values())
    {
        for method in METHODS {
            let content = &item[method]["requestBody"]["content"];
            for media in content.as_object().into_iter().flat_map(|c| c.values()) {
                if let Some(name) = media["schema"]["$ref"].as_str() {
                    names.insert(name.rsplit('/').next().unwrap_or(name).to_owned());
                }
            }
        }
    }
    names
}

/// The property every inline variant requires and fixes to one distinct string.
fn common_tag(variants: &[Value]) -> Option<String> {
    let first = variants.first()?;
    let mut candidates = first["properties"].as_object()?.keys();
    candidates
        .find(|tag| {
            let mut seen = std::collections::BTreeSet::new();
            variants.iter().all(|v| {
                let required = v["required"]
                    .as_array()
                    .is_some_and(|r| r.iter().any(|x| x == tag.as_str()));
                let one = v["properties"][tag.as_str()]["enum"]
                    .as_array()
                    .filter(|e| e.len() == 1)
                    .and_then(|e| e[0].as_str());
                v.get("$ref").is_none() && required && one.is_some_and(|s| seen.insert(s))
            })
        })
        .cloned()
}

/// Generators that emit enum members as package-level constants (Go) collide where two
/// enums share a value (`added` in `ChangeKind` and `FieldChangeKind`, `marketing` in four).
/// `x-enum-varnames` (read by openapi-generator and others) names each member after its enum.
fn name_enum_constants(doc: &mut Value) {
    let Some(schemas) = doc["components"]["schemas"].as_object_mut() else {
        return;
    };
    for (name, schema) in schemas.iter_mut() {
        let Some(values) = schema.get("enum").and_then(Value::as_array) else {
            continue;
        };
        let names: Option<Vec<Value>> = values
            .iter()
            .map(|v| {
                let v = v.as_str()?;
                Some(Value::String(format!(
                    "{}_{}",
                    screaming(name),
                    screaming(v)
                )))
            })
            .collect();
        if let Some(names) = names {
            schema["x-enum-varnames"] = Value::Array(names);
        }
    }
}

/// `nth-weekday` → `NthWeekday`.
fn pascal(value: &str) -> String {
    value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first.into_iter().chain(chars).collect::<String>()
        })
        .collect()
}

/// `FieldChangeKind` → `FIELD_CHANGE_KIND`, `pre-sale` → `PRE_SALE`.
fn screaming(value: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in value.chars() {
        if !c.is_ascii_alphanumeric() {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
            previous_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && previous_lower {
            out.push('_');
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(c.to_ascii_uppercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(pascal("nth-weekday"), "NthWeekday");
        assert_eq!(pascal("fluent"), "Fluent");
        assert_eq!(screaming("FieldChangeKind"), "FIELD_CHANGE_KIND");
        assert_eq!(screaming("pre-sale"), "PRE_SALE");
        assert_eq!(screaming("e-mail"), "E_MAIL");
    }

    #[test]
    fn tagged_variants_become_named_schemas_with_a_discriminator() {
        let mut doc = json!({"components": {"schemas": {"Rule": {"oneOf": [
            {"type": "object", "required": ["month", "type"], "properties": {
                "month": {"type": "integer"}, "type": {"type": "string", "enum": ["fixed"]}}},
            {"type": "object", "required": ["month", "type"], "properties": {
                "month": {"type": "integer"}, "type": {"type": "string", "enum": ["hijri"]}}}
        ]}}}});
        lift_tagged_variants(&mut doc);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(
            schemas["Rule"]["discriminator"],
            json!({"propertyName": "type", "mapping": {
                "fixed": "#/components/schemas/RuleFixed",
                "hijri": "#/components/schemas/RuleHijri"}})
        );
        assert_eq!(
            schemas["RuleHijri"]["properties"]["type"],
            json!({"$ref": "#/components/schemas/RuleHijriType"})
        );
        assert_eq!(schemas["RuleHijriType"]["enum"], json!(["hijri"]));
    }

    #[test]
    fn untagged_unions_are_left_alone() {
        let original = json!({"components": {"schemas": {"Value": {"oneOf": [
            {"type": "string"}, {"type": "number"}]}}}});
        let mut doc = original.clone();
        lift_tagged_variants(&mut doc);
        assert_eq!(doc, original);
    }

    #[test]
    fn optional_parameters_lose_null_required_keep_their_type() {
        let mut op = json!({"parameters": [
            {"name": "a", "in": "header", "required": false, "schema": {"type": ["string", "null"]}},
            {"name": "b", "in": "query", "required": false, "schema": {"oneOf": [{"type": "null"}, {"$ref": "#/x"}]}},
            {"name": "c", "in": "path", "required": true, "schema": {"type": "integer"}}
        ], "responses": {"200": {}}});
        let op = op.as_object_mut().unwrap();
        optional_parameters_are_never_null(op);
        inputs_document_bad_input(op);
        assert_eq!(op["parameters"][0]["schema"], json!({"type": "string"}));
        assert_eq!(op["parameters"][1]["schema"], json!({"$ref": "#/x"}));
        assert_eq!(op["parameters"][2]["schema"], json!({"type": "integer"}));
        let codes: Vec<&String> = op["responses"].as_object().unwrap().keys().collect();
        assert_eq!(codes, ["200", "400"]);
    }
}
