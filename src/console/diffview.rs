//! Diffs side by side, from the same comparison `GET /v1/changesets/{n}/diff` and the
//! revision diff answer with (`content::diff`): Fluent per message, structure per field.

use maud::{Markup, html};

use super::i18n::Ui;
use crate::content::DocumentKey;
use crate::content::diff::{DocumentDiff, FieldChangeKind, MessageChangeKind, diff_document};

/// The diff of one document between two texts (`None`: absent on that side).
pub fn document(ui: &Ui, key: &DocumentKey, before: Option<&str>, after: Option<&str>) -> Markup {
    render(ui, &diff_document(key, before, after))
}

pub fn render(ui: &Ui, diff: &DocumentDiff) -> Markup {
    html! {
        @match diff {
            DocumentDiff::Fluent { messages } => {
                @if messages.is_empty() { p class="muted" { (ui.t("diff-none")) } }
                @else {
                    table class="diff" {
                        thead { tr {
                            th scope="col" { (ui.t("diff-message")) }
                            th scope="col" { (ui.t("diff-before")) }
                            th scope="col" { (ui.t("diff-after")) }
                        } }
                        tbody {
                            @for m in messages {
                                tr class={ "change-" (message_class(m.change)) } {
                                    th scope="row" {
                                        code { (m.id) }
                                        br;
                                        span class="badge" { (ui.t(&format!("diff-{}", message_class(m.change)))) }
                                        @if !m.variables_added.is_empty() {
                                            br; span class="small" { (ui.t("diff-vars-added")) " " @for v in &m.variables_added { code { "$" (v) } " " } }
                                        }
                                        @if !m.variables_removed.is_empty() {
                                            br; span class="small" { (ui.t("diff-vars-removed")) " " @for v in &m.variables_removed { code { "$" (v) } " " } }
                                        }
                                    }
                                    td class="old" { @if let Some(b) = &m.before { pre { (b) } } }
                                    td class="new" { @if let Some(a) = &m.after { pre { (a) } } }
                                }
                            }
                        }
                    }
                }
            }
            DocumentDiff::Structure { fields } => {
                @if fields.is_empty() { p class="muted" { (ui.t("diff-none")) } }
                @else {
                    table class="diff" {
                        thead { tr {
                            th scope="col" { (ui.t("diff-field")) }
                            th scope="col" { (ui.t("diff-before")) }
                            th scope="col" { (ui.t("diff-after")) }
                        } }
                        tbody {
                            @for f in fields {
                                @let class = match f.change { FieldChangeKind::Added => "added", FieldChangeKind::Removed => "removed", FieldChangeKind::Changed => "changed" };
                                tr class={ "change-" (class) } {
                                    th scope="row" { code { (f.path) } br; span class="badge" { (ui.t(&format!("diff-{class}"))) } }
                                    td class="old" { @if let Some(b) = &f.before { pre { (value(b)) } } }
                                    td class="new" { @if let Some(a) = &f.after { pre { (value(a)) } } }
                                }
                            }
                        }
                    }
                }
            }
            DocumentDiff::Unparsable { message } => {
                p class="notice error" { (message) }
            }
        }
    }
}

fn message_class(kind: MessageChangeKind) -> &'static str {
    match kind {
        MessageChangeKind::Added => "added",
        MessageChangeKind::Removed => "removed",
        MessageChangeKind::Changed => "changed",
        MessageChangeKind::VariablesChanged => "variables-changed",
    }
}

/// A JSON value as a reader wants it: strings without quotes.
fn value(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
