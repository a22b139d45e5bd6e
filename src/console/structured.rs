//! Small, exact edits to content text for the structured forms: one entry of a TOML array
//! of tables (`toml_edit`, so comments and layout elsewhere stay as they are) and one Fluent
//! message (its lines replaced in place, the rest of the file untouched). The result is
//! checked like any edit before it is stored.

use toml_edit::{Array, DocumentMut, Item, Table, value};

/// A message's text and attributes as the form shows them: (value, [(attribute, text)]).
pub fn read_message(ftl: &str, id: &str) -> Option<(String, Vec<(String, String)>)> {
    let (start, end) = message_lines(ftl, id)?;
    let lines: Vec<&str> = ftl.lines().collect();
    let first = lines[start].split_once('=').map_or("", |(_, v)| v.trim());
    let mut value = vec![first.to_string()];
    let mut attrs: Vec<(String, String)> = Vec::new();
    for line in &lines[start + 1..end] {
        let trimmed = line.trim();
        if let Some(attr) = trimmed.strip_prefix('.') {
            if let Some((name, text)) = attr.split_once('=') {
                attrs.push((name.trim().to_string(), text.trim().to_string()));
            }
        } else if let Some((_, text)) = attrs.last_mut() {
            text.push('\n');
            text.push_str(trimmed);
        } else if !trimmed.is_empty() {
            value.push(trimmed.to_string());
        }
    }
    let value = value
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    Some((value, attrs))
}

/// `ftl` with message `id` set to `text` and `attrs` (replaced where it is, else added after
/// the last message whose id starts with `group`, else at the end).
pub fn write_message(
    ftl: &str,
    id: &str,
    text: &str,
    attrs: &[(&str, &str)],
    group: &str,
) -> String {
    let mut block = format!("{id} ={}\n", multiline(text));
    for (name, attr) in attrs.iter().filter(|(_, t)| !t.trim().is_empty()) {
        block.push_str(&format!("    .{name} ={}\n", multiline(attr)));
    }
    let lines: Vec<&str> = ftl.lines().collect();
    let (at, end) = match message_lines(ftl, id) {
        Some(range) => range,
        None => {
            let after = lines
                .iter()
                .enumerate()
                .filter(|(_, l)| l.starts_with(group))
                .filter_map(|(i, l)| {
                    let other = l.split_once('=')?.0.trim();
                    message_lines(ftl, other)
                        .map(|(_, end)| end)
                        .filter(|_| i < lines.len())
                })
                .max()
                .unwrap_or(lines.len());
            (after, after)
        }
    };
    let mut out = String::with_capacity(ftl.len() + block.len());
    for line in &lines[..at] {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&block);
    for line in &lines[end..] {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A value on the `=` line, further lines indented (Fluent's multiline text).
fn multiline(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    match lines.as_slice() {
        [] => String::new(),
        [one] => format!(" {one}"),
        [first, rest @ ..] => {
            let mut s = format!(" {first}");
            for line in rest {
                s.push_str("\n    ");
                s.push_str(line);
            }
            s
        }
    }
}

/// Line range [start, end) of message `id`: its `id =` line and the indented lines after it
/// (blank lines inside belong to it only when more indented lines follow).
fn message_lines(ftl: &str, id: &str) -> Option<(usize, usize)> {
    let lines: Vec<&str> = ftl.lines().collect();
    let start = lines.iter().position(|l| {
        l.strip_prefix(id)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    })?;
    let mut end = start + 1;
    let mut scan = start + 1;
    while scan < lines.len() {
        let line = lines[scan];
        if line.trim().is_empty() {
            scan += 1;
            continue;
        }
        if line.starts_with(' ') {
            scan += 1;
            end = scan;
        } else {
            break;
        }
    }
    Some((start, end))
}

/// The fields of one entry of a TOML array of tables, identified by `id`.
pub struct Entry<'a> {
    pub id: &'a str,
    /// (field, value) pairs set on the entry, in this order for a new one.
    pub values: Vec<(&'a str, toml_edit::Value)>,
}

/// A TOML array of strings.
pub fn strings(items: &[String]) -> toml_edit::Value {
    let mut list = Array::new();
    for item in items {
        list.push(item.as_str());
    }
    toml_edit::Value::Array(list)
}

/// `toml` with entry `entry.id` of `[[array]]` updated, or appended when new. Fields not
/// named are kept (a taboo's lint `terms`, for example).
pub fn write_entry(toml: &str, array: &str, entry: &Entry) -> Result<String, String> {
    let mut doc: DocumentMut = toml.parse().map_err(|e| format!("{e}"))?;
    if doc.get(array).is_none() {
        doc.insert(array, Item::ArrayOfTables(Default::default()));
    }
    let tables = doc[array]
        .as_array_of_tables_mut()
        .ok_or_else(|| format!("`{array}` is not an array of tables"))?;
    let existing = tables
        .iter_mut()
        .find(|t| t.get("id").and_then(|v| v.as_str()) == Some(entry.id));
    let table = match existing {
        Some(table) => table,
        None => {
            let mut table = Table::new();
            table["id"] = value(entry.id);
            tables.push(table);
            tables.iter_mut().last().expect("just pushed")
        }
    };
    for (field, v) in &entry.values {
        table[field] = value(v.clone());
    }
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = "## Taboos\n\ntaboo-a = Old text.\n    .rationale = Why.\ntaboo-b = B.\n\n## Commerce\n\ncommerce-x = X.\n";

    #[test]
    fn a_message_is_replaced_in_place() {
        let out = write_message(
            FTL,
            "taboo-a",
            "New text.",
            &[("rationale", "Because.")],
            "taboo-",
        );
        assert_eq!(
            out,
            FTL.replace("Old text.", "New text.")
                .replace("Why.", "Because.")
        );
        assert_eq!(
            read_message(&out, "taboo-a"),
            Some((
                "New text.".into(),
                vec![("rationale".into(), "Because.".into())]
            ))
        );
    }

    #[test]
    fn a_new_message_joins_its_group() {
        let out = write_message(FTL, "taboo-c", "C.", &[], "taboo-");
        assert!(
            out.contains("taboo-b = B.\ntaboo-c = C.\n\n## Commerce"),
            "{out}"
        );
        // A prefix of another id is not that message.
        assert_eq!(read_message(FTL, "taboo"), None);
    }

    #[test]
    fn an_entry_keeps_its_other_fields_and_the_comments() {
        let toml = "# top\ncode = \"JP\"\n\n[[taboos]]\nid = \"n4\"\nseverity = \"avoid\"\nterms = { any = [\"4\"] }\n";
        let entry = Entry {
            id: "n4",
            values: vec![("severity", "caution".into())],
        };
        let out = write_entry(toml, "taboos", &entry).unwrap();
        assert_eq!(out, toml.replace("\"avoid\"", "\"caution\""));
        let added = Entry {
            id: "n9",
            values: vec![
                ("severity", "info".into()),
                ("applies_to", strings(&["marketing".into()])),
            ],
        };
        let out = write_entry(toml, "taboos", &added).unwrap();
        assert!(
            out.ends_with(
                "[[taboos]]\nid = \"n9\"\nseverity = \"info\"\napplies_to = [\"marketing\"]\n"
            ),
            "{out}"
        );
    }
}
