//! Characters no font can draw: not the embedded DejaVu Sans, nor a fallback font named
//! with `--font`. Each one is a warning that names the record, the field and the
//! character; in the PDF it prints as a visible replacement mark (�), never as a silent
//! box or blank. The HTML pages, set in the reader's own fonts, show it.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::read::diagnostic::Diagnostic;
use crate::read::positions::Positions;
use crate::record::Guide;
use crate::render::pdf::fonts::Fonts;

/// One warning per field, naming every character of it the PDF font lacks.
pub fn check(guide: &Guide, positions: &Positions, source: &str, fonts: &Fonts) -> Vec<Diagnostic> {
    // A record's text is in its source, unless written as escapes (`"\u6771"`): when the
    // fonts draw every character of the source, which is nearly always, there is
    // nothing to look for field by field.
    if !source.contains('\\') && source.chars().all(|c| c.is_ascii() || fonts.covers(c)) {
        return Vec::new();
    }
    let Ok(value) = serde_json::to_value(guide) else { return Vec::new() };
    let mut found = Vec::new();
    walk(&value, String::new(), &mut |path, text| {
        let missing: BTreeSet<char> = text.chars().filter(|c| !c.is_ascii() && !fonts.covers(*c)).collect();
        let Some(first) = text.chars().find(|c| missing.contains(c)) else { return };
        let names: Vec<String> = missing.iter().map(|c| format!("`{c}` (U+{:04X})", u32::from(*c))).collect();
        // The caret goes under the first such character, when the source writes it as is.
        let value = positions.value(path);
        let span = source
            .get(value.clone())
            .and_then(|written| written.find(first))
            .map_or(value.clone(), |at| value.start + at..value.start + at + first.len_utf8());
        found.push(
            Diagnostic::warning("missing-glyph", format!("the PDF fonts cannot draw {}", names.join(", ")))
                .at(span)
                .field(path)
                .label("prints as � in the PDF")
                .hint("the HTML pages show it; for the PDF, name a font that has it with `--font FILE`"),
        );
    });
    found
}

fn walk(value: &Value, path: String, visit: &mut impl FnMut(&str, &str)) {
    match value {
        Value::String(text) => visit(&path, text),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, format!("{path}[{i}]"), visit);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                let path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                walk(item, path, visit);
            }
        }
        _ => {}
    }
}
