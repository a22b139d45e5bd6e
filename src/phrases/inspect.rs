//! Reads what a Fluent resource declares: messages, their attributes and the variables
//! each pattern uses (through selectors, function calls and nested placeables).

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde::Serialize;
use utoipa::ToSchema;

/// One message of a phrase set: what it needs from the caller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct MessageInfo {
    #[schema(example = "order-shipped")]
    pub id: String,
    /// Variables the value uses.
    #[schema(example = json!(["carrier", "days", "order_id", "tracking_number"]))]
    pub variables: BTreeSet<String>,
    /// Attribute name → the variables it uses.
    #[schema(example = json!({"subject": ["order_id"]}))]
    pub attributes: BTreeMap<String, BTreeSet<String>>,
}

impl MessageInfo {
    /// Every variable the message or any attribute uses.
    pub fn all_variables(&self) -> BTreeSet<&str> {
        self.variables
            .iter()
            .chain(self.attributes.values().flatten())
            .map(String::as_str)
            .collect()
    }
}

/// Messages in file order (terms and comments are not messages).
pub fn messages(resource: &FluentResource) -> Vec<MessageInfo> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(MessageInfo {
                id: m.id.name.to_string(),
                variables: m.value.as_ref().map(variables).unwrap_or_default(),
                attributes: m
                    .attributes
                    .iter()
                    .map(|a| (a.id.name.to_string(), variables(&a.value)))
                    .collect(),
            }),
            _ => None,
        })
        .collect()
}

/// The `-fallback-<variable> = text` terms: what a variable renders as when a request does
/// not give it (`{ "" }` for nothing, e.g. an absent title).
pub fn fallbacks(resource: &FluentResource) -> BTreeMap<String, String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Term(term) => {
                let variable = term.id.name.strip_prefix("fallback-")?;
                let text = term
                    .value
                    .elements
                    .iter()
                    .map(|element| match element {
                        PatternElement::TextElement { value } => *value,
                        PatternElement::Placeable {
                            expression:
                                Expression::Inline(InlineExpression::StringLiteral { value }),
                        } => value,
                        PatternElement::Placeable { .. } => "",
                    })
                    .collect::<String>();
                Some((variable.to_string(), text))
            }
            _ => None,
        })
        .collect()
}

/// The first line of the file's `###` comment: what the set is for. (Bundles parse in
/// runtime mode, which drops comments, so this reads the source with the full parser.)
pub fn purpose(resource: &FluentResource) -> Option<String> {
    let ast = fluent_syntax::parser::parse(resource.source()).unwrap_or_else(|(ast, _)| ast);
    ast.body.iter().find_map(|entry| match entry {
        Entry::ResourceComment(c) => c.content.first().map(|l| l.trim().to_string()),
        _ => None,
    })
}

/// Variables the pattern selects on (`{ $x -> ... }`), at any depth.
pub fn selectors(pattern: &Pattern<&str>) -> BTreeSet<String> {
    fn walk(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } = element
            {
                if let InlineExpression::VariableReference { id } = selector {
                    out.insert(id.name.to_string());
                }
                for variant in variants {
                    walk(&variant.value, out);
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(pattern, &mut out);
    out
}

pub fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk_pattern(pattern, &mut out);
    out
}

fn walk_pattern(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, out);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, out);
            for variant in variants {
                walk_pattern(&variant.value, out);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, out),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                walk_inline(arg, out);
            }
            for arg in &arguments.named {
                walk_inline(&arg.value, out);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, out),
        // Term arguments are literals; message references bring their own variables.
        InlineExpression::TermReference { .. }
        | InlineExpression::MessageReference { .. }
        | InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. } => {}
    }
}

/// 1-based line and column of `id = ...` in the source, for pointing editors at a message.
pub fn message_position(source: &str, id: &str) -> Option<(u32, u32)> {
    source.lines().enumerate().find_map(|(n, line)| {
        let rest = line.strip_prefix(id)?;
        rest.trim_start()
            .starts_with('=')
            .then_some((n as u32 + 1, 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_variables_in_selectors_functions_and_attributes() {
        let source = "\
### Test set.
-term = T
a = { $x ->
        [one] { $y } and { NUMBER($z, minimumFractionDigits: 2) }
       *[other] { -term }
    }
    .subject = { $w }
";
        let resource = FluentResource::try_new(source.to_string()).unwrap();
        let info = &messages(&resource)[0];
        assert_eq!(info.id, "a");
        assert_eq!(info.variables, ["x", "y", "z"].map(String::from).into());
        let Some(Entry::Message(message)) = resource.entries().nth(1) else {
            panic!("a message second");
        };
        let value = message.value.as_ref().unwrap();
        assert_eq!(selectors(value), ["x"].map(String::from).into());
        assert_eq!(info.attributes["subject"], ["w"].map(String::from).into());
        assert_eq!(purpose(&resource).as_deref(), Some("Test set."));
        assert_eq!(message_position(source, "a"), Some((3, 1)));
    }
}
