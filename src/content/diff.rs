//! What changed between two revisions of one content document, said the way a reviewer
//! thinks about it.
//!
//! A line diff mixes what matters (a message's wording, a variable the caller must now
//! supply, a taboo's severity) with what does not (comments, re-indented text, entries
//! moved around the file). So both revisions are parsed and compared by meaning instead:
//! Fluent documents message by message, TOML documents field path by field path, with
//! array elements matched by their `id` so that inserting one does not read as a change
//! to every element after it.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use serde::Serialize;
use utoipa::ToSchema;

use crate::content::keys::DocumentKey;

/// Diff of one document between two texts. `before` None = document added; `after` None =
/// removed.
pub fn diff_document(key: &DocumentKey, before: Option<&str>, after: Option<&str>) -> DocumentDiff {
    if key.is_fluent() {
        diff_fluent(before, after)
    } else {
        diff_structure(before, after)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(tag = "format", rename_all = "kebab-case")]
pub enum DocumentDiff {
    Fluent {
        messages: Vec<MessageChange>,
    },
    Structure {
        fields: Vec<FieldChange>,
    },
    /// When either side fails to parse: a plain statement, no guess.
    Unparsable {
        message: String,
    },
}

impl DocumentDiff {
    /// No change a reader would notice. An unparsable side is never empty: it needs a look.
    pub fn is_empty(&self) -> bool {
        match self {
            Self::Fluent { messages } => messages.is_empty(),
            Self::Structure { fields } => fields.is_empty(),
            Self::Unparsable { .. } => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct MessageChange {
    /// Message id, or `-term` for terms.
    pub id: String,
    pub change: MessageChangeKind,
    /// The entry's Fluent source text (normalized, without its comment).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Variables (`$name`) referenced only in the new text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub variables_added: Vec<String>,
    /// Variables referenced only in the old text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub variables_removed: Vec<String>,
    /// Attributes (`.name`) added, removed or changed (names only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributes_changed: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MessageChangeKind {
    Added,
    Removed,
    Changed,
    /// The message now needs different variables from its callers: a change to code, not
    /// only to wording.
    VariablesChanged,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct FieldChange {
    /// `a.b`, `taboos[number-4].severity` (id-keyed array) or `sources[0]` (by index).
    pub path: String,
    pub change: FieldChangeKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Value>)]
    pub before: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Value>)]
    pub after: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FieldChangeKind {
    Added,
    Removed,
    Changed,
}

/// Which revision a parse failure belongs to, for the statement shown to the reader.
#[derive(Clone, Copy)]
enum Side {
    Before,
    After,
}

impl Side {
    fn describe(self) -> &'static str {
        match self {
            Self::Before => "The previous revision",
            Self::After => "The new revision",
        }
    }
}

/// Parses whichever sides exist; on any failure, the statement for every side that failed.
fn parse_both<'s, T>(
    before: Option<&'s str>,
    after: Option<&'s str>,
    parse: impl Fn(&'s str) -> Result<T, String>,
) -> Result<(Option<T>, Option<T>), DocumentDiff> {
    let mut failures = Vec::new();
    let mut parse_side = |text: Option<&'s str>, side: Side| match text.map(&parse) {
        Some(Err(why)) => {
            failures.push(format!("{} {why}", side.describe()));
            None
        }
        Some(Ok(parsed)) => Some(parsed),
        None => None,
    };
    let before = parse_side(before, Side::Before);
    let after = parse_side(after, Side::After);
    if failures.is_empty() {
        Ok((before, after))
    } else {
        Err(DocumentDiff::Unparsable {
            message: failures.join(" "),
        })
    }
}

/// 1-based line of a byte offset. Parsers report a missing closing token at the very end
/// of the text, past the final newline; that is reported as the last line with content,
/// where the reader has to look.
fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.trim_end().len());
    source.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

// ---------------------------------------------------------------------------------------
// Fluent

/// One message or term, reduced to what the comparison needs.
struct FluentEntry {
    /// Serialized without its comment: the serializer normalizes layout, so two texts that
    /// parse to the same AST render identically and compare equal.
    text: String,
    variables: BTreeSet<String>,
    /// Attribute name → its serialized text.
    attributes: BTreeMap<String, String>,
}

fn diff_fluent(before: Option<&str>, after: Option<&str>) -> DocumentDiff {
    let (before, after) = match parse_both(before, after, parse_fluent) {
        Ok(parsed) => parsed,
        Err(unparsable) => return unparsable,
    };
    let before = before.unwrap_or_default();
    let after = after.unwrap_or_default();
    let ids: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    let messages = ids
        .into_iter()
        .filter_map(|id| message_change(id, before.get(id), after.get(id)))
        .collect();
    DocumentDiff::Fluent { messages }
}

fn parse_fluent(source: &str) -> Result<BTreeMap<String, FluentEntry>, String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        let first = &errors[0];
        let more = match errors.len() - 1 {
            0 => String::new(),
            1 => " (and 1 more error)".to_string(),
            n => format!(" (and {n} more errors)"),
        };
        format!(
            "is not valid Fluent: {first} at line {}{more}.",
            line_of(source, first.pos.start)
        )
    })?;
    let mut entries = BTreeMap::new();
    for entry in resource.body {
        let (id, entry) = match entry {
            ast::Entry::Message(message) => (message.id.name.to_string(), fluent_entry(message)),
            ast::Entry::Term(term) => (format!("-{}", term.id.name), fluent_entry(term)),
            _ => continue,
        };
        // A duplicate id is ignored by the bundle in favour of the first definition, so the
        // first is the one whose change matters.
        entries.entry(id).or_insert(entry);
    }
    Ok(entries)
}

/// Messages and terms differ only in whether the value is optional; this lets one
/// function reduce both.
trait FluentDefinition<'s>: Sized {
    fn value(&self) -> Option<&ast::Pattern<&'s str>>;
    fn attributes(&self) -> &[ast::Attribute<&'s str>];
    fn into_uncommented_entry(self) -> ast::Entry<&'s str>;
}

impl<'s> FluentDefinition<'s> for ast::Message<&'s str> {
    fn value(&self) -> Option<&ast::Pattern<&'s str>> {
        self.value.as_ref()
    }
    fn attributes(&self) -> &[ast::Attribute<&'s str>] {
        &self.attributes
    }
    fn into_uncommented_entry(self) -> ast::Entry<&'s str> {
        ast::Entry::Message(ast::Message {
            comment: None,
            ..self
        })
    }
}

impl<'s> FluentDefinition<'s> for ast::Term<&'s str> {
    fn value(&self) -> Option<&ast::Pattern<&'s str>> {
        Some(&self.value)
    }
    fn attributes(&self) -> &[ast::Attribute<&'s str>] {
        &self.attributes
    }
    fn into_uncommented_entry(self) -> ast::Entry<&'s str> {
        ast::Entry::Term(ast::Term {
            comment: None,
            ..self
        })
    }
}

fn fluent_entry<'s>(definition: impl FluentDefinition<'s>) -> FluentEntry {
    let mut variables = BTreeSet::new();
    if let Some(value) = definition.value() {
        walk_pattern(value, &mut variables);
    }
    let mut attributes = BTreeMap::new();
    for attribute in definition.attributes() {
        walk_pattern(&attribute.value, &mut variables);
        // Serialized on a placeholder message: the serializer only renders whole entries.
        let alone = ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "_" },
            value: None,
            attributes: vec![attribute.clone()],
            comment: None,
        });
        attributes.insert(attribute.id.name.to_string(), render(alone));
    }
    FluentEntry {
        text: render(definition.into_uncommented_entry()),
        variables,
        attributes,
    }
}

fn render(entry: ast::Entry<&str>) -> String {
    let resource = ast::Resource { body: vec![entry] };
    fluent_syntax::serializer::serialize(&resource)
        .trim_end()
        .to_string()
}

fn walk_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, out);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, out);
            for variant in variants {
                walk_pattern(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, out),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, out)
        }
        // Term arguments are literals by the spec, but the parser accepts more; a variable
        // written there is still one the author expects the caller to pass.
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => walk_arguments(arguments, out),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, out),
        // A referenced message's variables belong to that message's own diff.
        ast::InlineExpression::TermReference {
            arguments: None, ..
        }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(arguments: &ast::CallArguments<&str>, out: &mut BTreeSet<String>) {
    for argument in &arguments.positional {
        walk_inline(argument, out);
    }
    for argument in &arguments.named {
        walk_inline(&argument.value, out);
    }
}

fn message_change(
    id: &str,
    before: Option<&FluentEntry>,
    after: Option<&FluentEntry>,
) -> Option<MessageChange> {
    let change = match (before, after) {
        (None, None) => return None,
        (None, Some(_)) => MessageChangeKind::Added,
        (Some(_), None) => MessageChangeKind::Removed,
        (Some(b), Some(a)) if b.variables != a.variables => MessageChangeKind::VariablesChanged,
        (Some(b), Some(a)) if b.text != a.text => MessageChangeKind::Changed,
        (Some(_), Some(_)) => return None,
    };
    let no_variables = BTreeSet::new();
    let old_vars = before.map_or(&no_variables, |e| &e.variables);
    let new_vars = after.map_or(&no_variables, |e| &e.variables);
    let attributes_changed = match (before, after) {
        (Some(b), Some(a)) => {
            let names: BTreeSet<&String> = b.attributes.keys().chain(a.attributes.keys()).collect();
            names
                .into_iter()
                .filter(|name| b.attributes.get(*name) != a.attributes.get(*name))
                .cloned()
                .collect()
        }
        // The whole entry is shown; listing every attribute again would add nothing.
        _ => Vec::new(),
    };
    Some(MessageChange {
        id: id.to_string(),
        change,
        before: before.map(|e| e.text.clone()),
        after: after.map(|e| e.text.clone()),
        variables_added: new_vars.difference(old_vars).cloned().collect(),
        variables_removed: old_vars.difference(new_vars).cloned().collect(),
        attributes_changed,
    })
}

// ---------------------------------------------------------------------------------------
// Structure (TOML)

fn diff_structure(before: Option<&str>, after: Option<&str>) -> DocumentDiff {
    let (before, after) = match parse_both(before, after, parse_toml) {
        Ok(parsed) => parsed,
        Err(unparsable) => return unparsable,
    };
    let before = before.unwrap_or_default();
    let after = after.unwrap_or_default();
    let mut fields = Vec::new();
    diff_tables("", &before, &after, &mut fields);
    DocumentDiff::Structure { fields }
}

fn parse_toml(source: &str) -> Result<toml::Table, String> {
    source.parse::<toml::Table>().map_err(|error| {
        let at = error
            .span()
            .map(|span| format!(" at line {}", line_of(source, span.start)))
            .unwrap_or_default();
        format!("is not valid TOML: {}{at}.", error.message().trim_end())
    })
}

/// Keys in alphabetical order, so that the output does not depend on how each revision
/// happened to order its keys.
fn diff_tables(
    prefix: &str,
    before: &toml::Table,
    after: &toml::Table,
    out: &mut Vec<FieldChange>,
) {
    let keys: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    for key in keys {
        let path = key_path(prefix, key);
        match (before.get(key), after.get(key)) {
            (Some(b), Some(a)) => diff_values(&path, b, a, out),
            (Some(b), None) => out.push(removed(path, b)),
            (None, Some(a)) => out.push(added(path, a)),
            (None, None) => {}
        }
    }
}

fn diff_values(path: &str, before: &toml::Value, after: &toml::Value, out: &mut Vec<FieldChange>) {
    match (before, after) {
        (toml::Value::Table(b), toml::Value::Table(a)) => diff_tables(path, b, a, out),
        (toml::Value::Array(b), toml::Value::Array(a)) => diff_arrays(path, b, a, out),
        _ if before != after => out.push(FieldChange {
            path: path.to_string(),
            change: FieldChangeKind::Changed,
            before: Some(to_json(before)),
            after: Some(to_json(after)),
        }),
        _ => {}
    }
}

/// How an array's elements can be matched between revisions.
enum ArrayShape {
    Empty,
    /// Tables that each have a distinct string `id`: matched by id.
    IdTables,
    /// Tables without usable ids: matched by position.
    Tables,
    /// Scalars or nested arrays: a list of values is one value to its reader, and a
    /// per-index diff of it (after an insertion) would be noise.
    Values,
}

fn shape(array: &[toml::Value]) -> ArrayShape {
    if array.is_empty() {
        return ArrayShape::Empty;
    }
    let mut ids = BTreeSet::new();
    let mut all_tables = true;
    let mut all_ids = true;
    for element in array {
        match element {
            toml::Value::Table(table) => match element_id(table) {
                Some(id) if ids.insert(id) => {}
                _ => all_ids = false,
            },
            _ => all_tables = false,
        }
    }
    match (all_tables, all_ids) {
        (false, _) => ArrayShape::Values,
        (true, true) => ArrayShape::IdTables,
        (true, false) => ArrayShape::Tables,
    }
}

fn element_id(table: &toml::Table) -> Option<&str> {
    table.get("id").and_then(toml::Value::as_str)
}

fn diff_arrays(
    path: &str,
    before: &[toml::Value],
    after: &[toml::Value],
    out: &mut Vec<FieldChange>,
) {
    use ArrayShape::*;
    match (shape(before), shape(after)) {
        (Values, _) | (_, Values) | (Empty, Empty) => {
            if before != after {
                out.push(FieldChange {
                    path: path.to_string(),
                    change: FieldChangeKind::Changed,
                    before: Some(to_json_array(before)),
                    after: Some(to_json_array(after)),
                });
            }
        }
        (IdTables | Empty, IdTables | Empty) => diff_by_id(path, before, after, out),
        _ => diff_by_index(path, before, after, out),
    }
}

/// Only called when every element is a table with a distinct string id.
fn diff_by_id(
    path: &str,
    before: &[toml::Value],
    after: &[toml::Value],
    out: &mut Vec<FieldChange>,
) {
    let before = id_tables(before);
    let after = id_tables(after);
    // The order of elements is often display order (channel ranking, etiquette), so a
    // reorder is a change even when no element's content changed.
    let kept_before: Vec<&str> = before
        .iter()
        .map(|&(id, _)| id)
        .filter(|id| find(&after, id).is_some())
        .collect();
    let kept_after: Vec<&str> = after
        .iter()
        .map(|&(id, _)| id)
        .filter(|id| find(&before, id).is_some())
        .collect();
    if kept_before != kept_after {
        let ids = |list: &[(&str, &toml::Table)]| {
            serde_json::Value::from(list.iter().map(|&(id, _)| id).collect::<Vec<_>>())
        };
        out.push(FieldChange {
            path: path.to_string(),
            change: FieldChangeKind::Changed,
            before: Some(ids(&before)),
            after: Some(ids(&after)),
        });
    }

    for &(id, old) in &before {
        let element_path = format!("{path}[{id}]");
        match find(&after, id) {
            Some(new) => diff_tables(&element_path, old, new, out),
            None => out.push(removed(element_path, &toml::Value::Table(old.clone()))),
        }
    }
    for &(id, new) in &after {
        if find(&before, id).is_none() {
            out.push(added(
                format!("{path}[{id}]"),
                &toml::Value::Table(new.clone()),
            ));
        }
    }
}

fn find<'a>(list: &[(&str, &'a toml::Table)], id: &str) -> Option<&'a toml::Table> {
    list.iter()
        .find(|(other, _)| *other == id)
        .map(|&(_, table)| table)
}

fn id_tables(array: &[toml::Value]) -> Vec<(&str, &toml::Table)> {
    array
        .iter()
        .filter_map(|element| {
            let table = element.as_table()?;
            Some((element_id(table)?, table))
        })
        .collect()
}

fn diff_by_index(
    path: &str,
    before: &[toml::Value],
    after: &[toml::Value],
    out: &mut Vec<FieldChange>,
) {
    for index in 0..before.len().max(after.len()) {
        let element_path = format!("{path}[{index}]");
        match (before.get(index), after.get(index)) {
            (Some(b), Some(a)) => diff_values(&element_path, b, a, out),
            (Some(b), None) => out.push(removed(element_path, b)),
            (None, Some(a)) => out.push(added(element_path, a)),
            (None, None) => {}
        }
    }
}

fn added(path: String, value: &toml::Value) -> FieldChange {
    FieldChange {
        path,
        change: FieldChangeKind::Added,
        before: None,
        after: Some(to_json(value)),
    }
}

fn removed(path: String, value: &toml::Value) -> FieldChange {
    FieldChange {
        path,
        change: FieldChangeKind::Removed,
        before: Some(to_json(value)),
        after: None,
    }
}

/// Keys that are not bare TOML keys are quoted, so that `"a.b"` cannot be read as a path.
fn key_path(prefix: &str, key: &str) -> String {
    let bare = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    let key = if bare {
        key.to_string()
    } else {
        serde_json::Value::from(key).to_string()
    };
    if prefix.is_empty() {
        key
    } else {
        format!("{prefix}.{key}")
    }
}

/// Not `serde_json::to_value`: toml serializes datetimes as a private wrapper struct.
fn to_json(value: &toml::Value) -> serde_json::Value {
    use serde_json::Value as Json;
    match value {
        toml::Value::String(s) => Json::String(s.clone()),
        toml::Value::Integer(i) => Json::from(*i),
        // JSON has no NaN or infinity; their TOML spelling is the clearest stand-in.
        toml::Value::Float(f) => serde_json::Number::from_f64(*f).map_or_else(
            || Json::String(toml::Value::Float(*f).to_string()),
            Json::Number,
        ),
        toml::Value::Boolean(b) => Json::Bool(*b),
        toml::Value::Datetime(d) => Json::String(d.to_string()),
        toml::Value::Array(array) => to_json_array(array),
        toml::Value::Table(table) => {
            Json::Object(table.iter().map(|(k, v)| (k.clone(), to_json(v))).collect())
        }
    }
}

fn to_json_array(array: &[toml::Value]) -> serde_json::Value {
    serde_json::Value::Array(array.iter().map(to_json).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fluent_key() -> DocumentKey {
        "phrases/en-US/shipping".parse().unwrap()
    }

    fn market_key() -> DocumentKey {
        DocumentKey::Market("JP".into())
    }

    fn messages(before: Option<&str>, after: Option<&str>) -> Vec<MessageChange> {
        match diff_document(&fluent_key(), before, after) {
            DocumentDiff::Fluent { messages } => messages,
            other => panic!("expected a Fluent diff, got {other:?}"),
        }
    }

    fn fields(before: Option<&str>, after: Option<&str>) -> Vec<FieldChange> {
        match diff_document(&market_key(), before, after) {
            DocumentDiff::Structure { fields } => fields,
            other => panic!("expected a structure diff, got {other:?}"),
        }
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    fn field(
        path: &str,
        change: FieldChangeKind,
        before: Option<serde_json::Value>,
        after: Option<serde_json::Value>,
    ) -> FieldChange {
        FieldChange {
            path: path.into(),
            change,
            before,
            after,
        }
    }

    // --- Fluent ---------------------------------------------------------------------

    #[test]
    fn fluent_identical_texts_have_no_changes() {
        let text = "hello = Hello, { $name }!\n";
        let diff = diff_document(&fluent_key(), Some(text), Some(text));
        assert!(diff.is_empty());
        assert_eq!(diff, DocumentDiff::Fluent { messages: vec![] });
    }

    #[test]
    fn fluent_message_added_carries_its_variables() {
        let changes = messages(
            Some("a = A\n"),
            Some("a = A\nb = Hi { $name }, { $count }\n"),
        );
        assert_eq!(
            changes,
            vec![MessageChange {
                id: "b".into(),
                change: MessageChangeKind::Added,
                before: None,
                after: Some("b = Hi { $name }, { $count }".into()),
                variables_added: strings(&["count", "name"]),
                variables_removed: vec![],
                attributes_changed: vec![],
            }]
        );
    }

    #[test]
    fn fluent_message_removed_carries_its_variables() {
        let changes = messages(Some("a = A\nb = Bye { $name }\n"), Some("a = A\n"));
        assert_eq!(changes.len(), 1);
        let change = &changes[0];
        assert_eq!(change.id, "b");
        assert_eq!(change.change, MessageChangeKind::Removed);
        assert_eq!(change.before.as_deref(), Some("b = Bye { $name }"));
        assert_eq!(change.after, None);
        assert_eq!(change.variables_removed, strings(&["name"]));
        assert!(change.variables_added.is_empty());
    }

    #[test]
    fn fluent_wording_change_is_changed() {
        let changes = messages(
            Some("greeting = Hello, { $name }.\n"),
            Some("greeting = Good morning, { $name }.\n"),
        );
        assert_eq!(
            changes,
            vec![MessageChange {
                id: "greeting".into(),
                change: MessageChangeKind::Changed,
                before: Some("greeting = Hello, { $name }.".into()),
                after: Some("greeting = Good morning, { $name }.".into()),
                variables_added: vec![],
                variables_removed: vec![],
                attributes_changed: vec![],
            }]
        );
    }

    #[test]
    fn fluent_variable_swap_is_variables_changed() {
        let changes = messages(
            Some("shipped = Order { $order_id } shipped.\n"),
            Some("shipped = Order { $order_number } shipped.\n"),
        );
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].change, MessageChangeKind::VariablesChanged);
        assert_eq!(changes[0].variables_added, strings(&["order_number"]));
        assert_eq!(changes[0].variables_removed, strings(&["order_id"]));
    }

    #[test]
    fn fluent_variable_added_inside_a_select_variant() {
        let before = "\
items = { $count ->
        [one] One item
       *[other] { $count } items
    }
";
        let after = "\
items = { $count ->
        [one] One item for { $buyer }
       *[other] { $count } items
    }
";
        let changes = messages(Some(before), Some(after));
        assert_eq!(changes.len(), 1);
        let change = &changes[0];
        assert_eq!(change.id, "items");
        assert_eq!(change.change, MessageChangeKind::VariablesChanged);
        assert_eq!(change.variables_added, strings(&["buyer"]));
        assert!(change.variables_removed.is_empty());
        assert!(change.after.as_deref().unwrap().contains("{ $buyer }"));
    }

    #[test]
    fn fluent_variables_in_selectors_functions_and_nested_placeables_count() {
        let before = "total = { NUMBER($amount) }\n";
        let after = "total = { { NUMBER($amount, minimumFractionDigits: 2) } } { $currency }\n";
        let changes = messages(Some(before), Some(after));
        assert_eq!(changes[0].change, MessageChangeKind::VariablesChanged);
        assert_eq!(changes[0].variables_added, strings(&["currency"]));

        // The selector alone references the variable: removing it is a variables change.
        let before = "s = { $n ->\n   *[other] many\n}\n";
        let after = "s = many\n";
        let changes = messages(Some(before), Some(after));
        assert_eq!(changes[0].change, MessageChangeKind::VariablesChanged);
        assert_eq!(changes[0].variables_removed, strings(&["n"]));
    }

    #[test]
    fn fluent_variables_change_outranks_wording_change() {
        let changes = messages(
            Some("a = Dear customer\n"),
            Some("a = Dear { $name }, thank you\n"),
        );
        assert_eq!(changes[0].change, MessageChangeKind::VariablesChanged);
        assert_eq!(changes[0].variables_added, strings(&["name"]));
    }

    #[test]
    fn fluent_comment_only_change_is_empty() {
        let before = "\
### Shipping phrases.

# Sent when the parcel leaves.
shipped = Your order has shipped.
";
        let after = "\
### Shipping phrases, reviewed.

## Dispatch

# Sent when the parcel leaves the warehouse.
shipped = Your order has shipped.
";
        let diff = diff_document(&fluent_key(), Some(before), Some(after));
        assert!(diff.is_empty(), "{diff:?}");
    }

    #[test]
    fn fluent_layout_only_change_is_empty() {
        let before = "\
multi = First line
    second line
sel = { $n ->
    [one] one
   *[other] many
}
";
        let after = "\
sel = {$n   ->
        [one] one
       *[other] many
    }
multi =
        First line
        second line
";
        let diff = diff_document(&fluent_key(), Some(before), Some(after));
        assert!(diff.is_empty(), "{diff:?}");
        let crlf = before.replace('\n', "\r\n");
        let diff = diff_document(&fluent_key(), Some(before), Some(&crlf));
        assert!(diff.is_empty(), "{diff:?}");
    }

    #[test]
    fn fluent_attributes_changed_are_named() {
        let before = "\
mail = Body
    .subject = Your order
    .preheader = Thanks
    .footer = Bye
";
        let after = "\
mail = Body
    .subject = Your order is on its way
    .footer = Bye
    .title = Order update
";
        let changes = messages(Some(before), Some(after));
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].change, MessageChangeKind::Changed);
        assert_eq!(
            changes[0].attributes_changed,
            strings(&["preheader", "subject", "title"])
        );
    }

    #[test]
    fn fluent_variable_in_an_attribute_counts() {
        let changes = messages(
            Some("mail = Body\n    .subject = Your order\n"),
            Some("mail = Body\n    .subject = Your order { $order_id }\n"),
        );
        assert_eq!(changes[0].change, MessageChangeKind::VariablesChanged);
        assert_eq!(changes[0].variables_added, strings(&["order_id"]));
        assert_eq!(changes[0].attributes_changed, strings(&["subject"]));
    }

    #[test]
    fn fluent_terms_are_compared_with_a_dash() {
        let before = "-brand = Marketguide\n-old = Gone\nuses = { -brand }\n";
        let after = "-brand = MarketGuide\n-new = Here\nuses = { -brand }\n";
        let changes = messages(Some(before), Some(after));
        let summary: Vec<(&str, MessageChangeKind)> =
            changes.iter().map(|c| (c.id.as_str(), c.change)).collect();
        assert_eq!(
            summary,
            vec![
                ("-brand", MessageChangeKind::Changed),
                ("-new", MessageChangeKind::Added),
                ("-old", MessageChangeKind::Removed),
            ]
        );
        assert_eq!(changes[0].before.as_deref(), Some("-brand = Marketguide"));
    }

    #[test]
    fn fluent_changes_are_sorted_by_id() {
        let changes = messages(Some("z = 1\nm = 1\n"), Some("b = 1\nz = 2\na = 1\n"));
        let ids: Vec<&str> = changes.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "m", "z"]);
    }

    #[test]
    fn fluent_whole_document_added_or_removed() {
        let text = "a = A\nb = B { $x }\n";
        let added = messages(None, Some(text));
        assert!(added.iter().all(|c| c.change == MessageChangeKind::Added));
        assert_eq!(added.len(), 2);
        let removed = messages(Some(text), None);
        assert!(
            removed
                .iter()
                .all(|c| c.change == MessageChangeKind::Removed)
        );
        assert_eq!(removed[1].variables_removed, strings(&["x"]));
    }

    #[test]
    fn fluent_unparsable_side_is_stated() {
        let diff = diff_document(&fluent_key(), Some("a = A\n"), Some("a = A\nb = { $x\n"));
        let DocumentDiff::Unparsable { message } = &diff else {
            panic!("expected unparsable, got {diff:?}");
        };
        assert!(
            message.starts_with("The new revision is not valid Fluent:"),
            "{message}"
        );
        assert!(message.contains("line 2"), "{message}");
        assert!(!diff.is_empty());

        let diff = diff_document(&fluent_key(), Some("oops\n"), Some("a = A\n"));
        let DocumentDiff::Unparsable { message } = &diff else {
            panic!("expected unparsable, got {diff:?}");
        };
        assert!(message.starts_with("The previous revision"), "{message}");
    }

    #[test]
    fn fluent_diff_serializes_compactly() {
        let diff = diff_document(&fluent_key(), Some("a = A\n"), Some("a = B\n"));
        assert_eq!(
            serde_json::to_value(&diff).unwrap(),
            json!({
                "format": "fluent",
                "messages": [{ "id": "a", "change": "changed", "before": "a = A", "after": "a = B" }]
            })
        );
        let diff = diff_document(&fluent_key(), Some("a = A\n"), Some("a = { $x }\n"));
        assert_eq!(
            serde_json::to_value(&diff).unwrap()["messages"][0]["change"],
            json!("variables-changed")
        );
    }

    // --- Structure ------------------------------------------------------------------

    #[test]
    fn structure_scalar_field_changed() {
        let before = "code = \"JP\"\nformality = \"high\"\nreply_within_hours = 24\n";
        let after = "# reviewed\ncode = \"JP\"\nreply_within_hours = 12\nformality = \"high\"\n";
        assert_eq!(
            fields(Some(before), Some(after)),
            vec![field(
                "reply_within_hours",
                FieldChangeKind::Changed,
                Some(json!(24)),
                Some(json!(12))
            )]
        );
    }

    #[test]
    fn structure_nested_table_fields() {
        let before = "\
[business_hours]
open = \"09:00\"
close = \"18:00\"
breaks = [{ start = \"12:00\", end = \"13:00\" }]
";
        let after = "\
[business_hours]
open = \"08:30\"
close = \"18:00\"
breaks = [{ start = \"12:00\", end = \"13:30\" }]
timezone = \"Asia/Tokyo\"

[business_hours.saturday]
open = \"10:00\"
";
        assert_eq!(
            fields(Some(before), Some(after)),
            vec![
                field(
                    "business_hours.breaks[0].end",
                    FieldChangeKind::Changed,
                    Some(json!("13:00")),
                    Some(json!("13:30"))
                ),
                field(
                    "business_hours.open",
                    FieldChangeKind::Changed,
                    Some(json!("09:00")),
                    Some(json!("08:30"))
                ),
                field(
                    "business_hours.saturday",
                    FieldChangeKind::Added,
                    None,
                    Some(json!({ "open": "10:00" }))
                ),
                field(
                    "business_hours.timezone",
                    FieldChangeKind::Added,
                    None,
                    Some(json!("Asia/Tokyo"))
                ),
            ]
        );
    }

    const TABOOS: &str = "\
[[taboos]]
id = \"number-four\"
severity = \"avoid\"
applies_to = [\"marketing\", \"packaging\"]

[[taboos]]
id = \"red-ink\"
severity = \"avoid\"
";

    #[test]
    fn structure_id_keyed_element_added_is_one_change() {
        let after = format!("{TABOOS}\n[[taboos]]\nid = \"clocks\"\nseverity = \"caution\"\n");
        assert_eq!(
            fields(Some(TABOOS), Some(&after)),
            vec![field(
                "taboos[clocks]",
                FieldChangeKind::Added,
                None,
                Some(json!({ "id": "clocks", "severity": "caution" }))
            )]
        );
    }

    #[test]
    fn structure_id_keyed_element_removed_is_one_change() {
        let after = "\
[[taboos]]
id = \"red-ink\"
severity = \"avoid\"
";
        assert_eq!(
            fields(Some(TABOOS), Some(after)),
            vec![field(
                "taboos[number-four]",
                FieldChangeKind::Removed,
                Some(json!({
                    "id": "number-four",
                    "severity": "avoid",
                    "applies_to": ["marketing", "packaging"],
                })),
                None
            )]
        );
    }

    #[test]
    fn structure_id_keyed_element_field_changed() {
        let after = TABOOS.replacen("severity = \"avoid\"", "severity = \"caution\"", 1);
        assert_eq!(
            fields(Some(TABOOS), Some(&after)),
            vec![field(
                "taboos[number-four].severity",
                FieldChangeKind::Changed,
                Some(json!("avoid")),
                Some(json!("caution"))
            )]
        );
    }

    #[test]
    fn structure_scalar_array_compared_whole() {
        let after = TABOOS.replace(
            "[\"marketing\", \"packaging\"]",
            "[\"packaging\", \"marketing\", \"product\"]",
        );
        assert_eq!(
            fields(Some(TABOOS), Some(&after)),
            vec![field(
                "taboos[number-four].applies_to",
                FieldChangeKind::Changed,
                Some(json!(["marketing", "packaging"])),
                Some(json!(["packaging", "marketing", "product"]))
            )]
        );
        assert_eq!(
            fields(
                Some("channels_order = [\"a\", \"b\"]\n"),
                Some("channels_order = [\"b\", \"a\"]\n")
            ),
            vec![field(
                "channels_order",
                FieldChangeKind::Changed,
                Some(json!(["a", "b"])),
                Some(json!(["b", "a"]))
            )]
        );
    }

    #[test]
    fn structure_id_keyed_reorder_is_reported_once() {
        let after = "\
[[taboos]]
id = \"red-ink\"
severity = \"avoid\"

[[taboos]]
id = \"number-four\"
severity = \"avoid\"
applies_to = [\"marketing\", \"packaging\"]
";
        assert_eq!(
            fields(Some(TABOOS), Some(after)),
            vec![field(
                "taboos",
                FieldChangeKind::Changed,
                Some(json!(["number-four", "red-ink"])),
                Some(json!(["red-ink", "number-four"]))
            )]
        );
    }

    #[test]
    fn structure_arrays_of_tables_without_ids_go_by_index() {
        let before = "\
[[sources]]
url = \"https://a.example\"

[[sources]]
url = \"https://b.example\"
";
        let after = "\
[[sources]]
url = \"https://a.example\"

[[sources]]
url = \"https://c.example\"

[[sources]]
url = \"https://d.example\"
";
        assert_eq!(
            fields(Some(before), Some(after)),
            vec![
                field(
                    "sources[1].url",
                    FieldChangeKind::Changed,
                    Some(json!("https://b.example")),
                    Some(json!("https://c.example"))
                ),
                field(
                    "sources[2]",
                    FieldChangeKind::Added,
                    None,
                    Some(json!({ "url": "https://d.example" }))
                ),
            ]
        );
    }

    #[test]
    fn structure_first_element_of_an_empty_id_array() {
        let after = "[[taboos]]\nid = \"x\"\n";
        assert_eq!(
            fields(Some("taboos = []\n"), Some(after)),
            vec![field(
                "taboos[x]",
                FieldChangeKind::Added,
                None,
                Some(json!({ "id": "x" }))
            )]
        );
    }

    #[test]
    fn structure_type_change_and_removed_key() {
        let before = "rule = { type = \"fixed\", month = 1 }\nnote = \"x\"\n";
        let after = "rule = \"fixed\"\n";
        assert_eq!(
            fields(Some(before), Some(after)),
            vec![
                field("note", FieldChangeKind::Removed, Some(json!("x")), None),
                field(
                    "rule",
                    FieldChangeKind::Changed,
                    Some(json!({ "type": "fixed", "month": 1 })),
                    Some(json!("fixed"))
                ),
            ]
        );
    }

    #[test]
    fn structure_datetimes_become_strings_and_odd_keys_are_quoted() {
        let before = "\"a.b\" = 1979-05-27\n";
        let after = "\"a.b\" = 1979-05-28\n";
        assert_eq!(
            fields(Some(before), Some(after)),
            vec![field(
                "\"a.b\"",
                FieldChangeKind::Changed,
                Some(json!("1979-05-27")),
                Some(json!("1979-05-28"))
            )]
        );
    }

    #[test]
    fn structure_comment_and_order_only_change_is_empty() {
        let before = "a = 1\nb = { c = 2 }\n";
        let after = "# note\nb.c = 2\na = 1\n";
        assert!(diff_document(&market_key(), Some(before), Some(after)).is_empty());
    }

    #[test]
    fn structure_whole_document_added() {
        let changes = fields(None, Some("code = \"JP\"\n"));
        assert_eq!(
            changes,
            vec![field(
                "code",
                FieldChangeKind::Added,
                None,
                Some(json!("JP"))
            )]
        );
        let channels = diff_document(&DocumentKey::Channels, Some("x = 1\n"), None);
        assert!(matches!(channels, DocumentDiff::Structure { fields } if fields.len() == 1));
    }

    #[test]
    fn structure_unparsable_sides_are_stated() {
        let diff = diff_document(&market_key(), Some("a = \n"), Some("a = [1,\n"));
        let DocumentDiff::Unparsable { message } = &diff else {
            panic!("expected unparsable, got {diff:?}");
        };
        assert!(
            message.starts_with("The previous revision is not valid TOML:"),
            "{message}"
        );
        assert!(
            message.contains("The new revision is not valid TOML:"),
            "{message}"
        );
        assert!(message.contains("line 1"), "{message}");
        assert_eq!(
            serde_json::to_value(&diff).unwrap()["format"],
            json!("unparsable")
        );
    }

    #[test]
    fn structure_diff_serializes_without_absent_sides() {
        let diff = diff_document(&market_key(), Some("a = 1\n"), Some("a = 1\nb = true\n"));
        assert_eq!(
            serde_json::to_value(&diff).unwrap(),
            json!({
                "format": "structure",
                "fields": [{ "path": "b", "change": "added", "after": true }]
            })
        );
    }
}
