//! Reading YAML files into typed values, with every failure turned into a located
//! diagnostic. This is the only module that names `serde_yaml` (archived upstream): a
//! maintained fork is a change to this file alone.
//!
//! Order of defence: a size limit before reading, a UTF-8 and binary check, the linear
//! event scan of [`crate::read::positions`] (depth, duplicates, shape), and only then serde.

use std::fs::File;
use std::io::Read;
use std::ops::Range;
use std::path::Path;

use serde::de::{DeserializeOwned, IgnoredAny};

use crate::read::diagnostic::Diagnostic;
use crate::read::positions::{self, Positions};
use crate::safe_text::char_name;
use crate::suggest;

/// The largest file read. A full record is about 20 KB; this leaves room for fifty.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// A file's text, or why it could not be had. A file that is not UTF-8 still comes back
/// (lossily decoded) with its error, so the error can show the offending line.
#[derive(Debug, Clone)]
pub enum FileText {
    Text(String),
    Unreadable(Diagnostic),
    NotText { lossy: String, problem: Diagnostic },
}

/// The name standard input goes by on the command line (`reelguide check -`).
pub const STDIN: &str = "-";

/// Whether `path` stands for standard input.
pub fn is_stdin(path: &Path) -> bool {
    path == Path::new(STDIN)
}

/// Reads a file of at most [`MAX_FILE_BYTES`], or standard input for `-`. Only regular
/// files are opened: a FIFO or a device named as a record would block or never end, and
/// a link to nothing is said to be one, never skipped.
pub fn read_text(path: &Path) -> FileText {
    if is_stdin(path) {
        return read_stdin();
    }
    let unreadable = |why: String| {
        FileText::Unreadable(Diagnostic::error("unreadable", format!("cannot read {}: {why}", path.display())))
    };
    if let Some(problem) = not_a_file(path) {
        return FileText::Unreadable(problem);
    }
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) => return unreadable(e.to_string()),
    };
    let size = || std::fs::metadata(path).map(|m| m.len()).ok();
    read_limited(file, &path.display().to_string(), size)
}

/// The largest font file read (`--font`, `fonts:`): Noto Sans CJK's collection, the
/// largest in common use, is about 20 MB.
pub const MAX_FONT_BYTES: u64 = 64 * 1024 * 1024;

/// The bytes of a regular file of at most `max` bytes: a font, the build manifest. Anything
/// else (a folder, a pipe, a device, a file too large) is refused before it is read, and
/// the limit holds while reading too, so nothing named here can hang a run or fill memory.
pub fn read_bytes(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err(if meta.is_dir() { "it is a folder".into() } else { "it is not a regular file".into() });
    }
    if meta.len() > max {
        return Err(format!("it is {} bytes, over the limit of {max}", meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    File::open(path).and_then(|f| f.take(max + 1).read_to_end(&mut bytes)).map_err(|e| e.to_string())?;
    if bytes.len() as u64 > max {
        return Err(format!("it grew past the limit of {max} bytes while it was read"));
    }
    Ok(bytes)
}

/// Standard input, read once: a command that reads the record twice (to check it, then
/// to show it) gets the same text both times.
fn read_stdin() -> FileText {
    static TEXT: std::sync::OnceLock<FileText> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| read_limited(std::io::stdin().lock(), "standard input", || None)).clone()
}

/// The text of `reader`, at most [`MAX_FILE_BYTES`] of it, decoded and checked.
fn read_limited(reader: impl Read, name: &str, size: impl Fn() -> Option<u64>) -> FileText {
    // The length is checked while reading too: metadata lies for pipes and devices.
    let mut bytes = Vec::new();
    if let Err(e) = reader.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes) {
        return FileText::Unreadable(Diagnostic::error("unreadable", format!("cannot read {name}: {e}")));
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let size = size().unwrap_or(bytes.len() as u64);
        let shown = if size > MAX_FILE_BYTES { format!("{size} bytes") } else { "larger than that".into() };
        return FileText::Unreadable(
            Diagnostic::error(
                "too-large",
                format!("{name} is too large to be a record: {shown}, and the limit is {MAX_FILE_BYTES} bytes (1 MiB)"),
            )
            .hint("a complete record is about 20 KB; is this the right file?"),
        );
    }
    if let Some(text) = utf16(&bytes) {
        return text;
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    // Text never holds NUL bytes; binary files (images, archives) nearly always do.
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let lossy = String::from_utf8_lossy(&bytes[..at]).into_owned();
        let at = lossy.len();
        let problem = Diagnostic::error("binary", "this is a binary file, not YAML text")
            .at(at..at)
            .label("a NUL byte, which text never contains")
            .hint("records are plain text files ending in .yaml; is this the right file?");
        return FileText::NotText { lossy, problem };
    }
    match String::from_utf8(bytes) {
        Ok(text) => match control_character(&text) {
            Some(problem) => FileText::NotText { lossy: text, problem },
            None => FileText::Text(text),
        },
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let byte = e.as_bytes()[at];
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            // In the lossy text everything before `at` is unchanged, so `at` still points there.
            let problem = Diagnostic::error("not-utf8", format!("this file is not UTF-8 text (byte 0x{byte:02X})"))
                .at(at..at + 3)
                .label("not UTF-8")
                .hint("save the file as UTF-8; most editors offer it under \"Save with encoding\"");
            FileText::NotText { lossy, problem }
        }
    }
}

/// Why `path` is not a file that can be read as a record, if it is not one.
fn not_a_file(path: &Path) -> Option<Diagnostic> {
    let refuse = |what: &str| {
        Some(
            Diagnostic::error("not-a-file", format!("{} is {what}, not a record file", path.display()))
                .hint("name a .yaml file, or a folder of them"),
        )
    };
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => None,
        Ok(meta) => refuse(crate::platform::kind_of(&meta)),
        Err(_) if std::fs::symlink_metadata(path).is_ok() => {
            let target = std::fs::read_link(path).map(|t| t.display().to_string()).unwrap_or_default();
            Some(
                Diagnostic::error(
                    "dangling-link",
                    format!("{} is a link to {target}, which does not exist", path.display()),
                )
                .hint("point the link at the record, or remove it"),
            )
        }
        Err(_) => None, // opening it reports why
    }
}

/// A file saved as UTF-16 (with its byte-order mark, as Windows editors write it) is
/// read as the text it is.
fn utf16(bytes: &[u8]) -> Option<FileText> {
    let big_endian = match bytes {
        [0xFE, 0xFF, ..] => true,
        [0xFF, 0xFE, ..] => false,
        _ => return None,
    };
    let units: Vec<u16> = bytes[2..]
        .chunks(2)
        .map(|pair| {
            let pair = [pair[0], pair.get(1).copied().unwrap_or(0)];
            if big_endian { u16::from_be_bytes(pair) } else { u16::from_le_bytes(pair) }
        })
        .collect();
    let text = String::from_utf16_lossy(&units);
    Some(match control_character(&text) {
        Some(problem) => FileText::NotText { lossy: text, problem },
        None => FileText::Text(text),
    })
}

/// The first forbidden character written into the file itself, located where it is.
fn control_character(text: &str) -> Option<Diagnostic> {
    let at = crate::safe_text::first_forbidden(text)?;
    let c = text[at..].chars().next()?;
    Some(
        Diagnostic::error("control-character", format!("the file contains the control character {}", char_name(c)))
            .at(at..at + c.len_utf8())
            .label("here")
            .hint("records hold plain text only; delete the character (it is invisible in most editors)"),
    )
}

/// Deserializes text that [`parse`] accepted a moment ago (the caller knows it is the
/// same text): no position index, no shape checks, just serde.
pub fn parse_checked<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_yaml::from_str(text).map_err(|e| e.to_string())
}

/// Where a field's value was written, found by scanning the text again: for the rare
/// diagnostic raised after the positions of a parse were dropped.
pub fn locate_value(text: &str, path: &str) -> Range<usize> {
    positions::scan(text).positions.value(path)
}

/// A value read from YAML, with the positions of its fields.
pub struct Parsed<T> {
    pub value: T,
    pub positions: Positions,
}

/// Parses one YAML document into `T`. Diagnostics have spans but no file id.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<Parsed<T>, Vec<Diagnostic>> {
    let scan = positions::scan(text);
    if let Some((span, message)) = scan.syntax_error {
        return Err(vec![syntax_error(text, span, &message, &scan.positions)]);
    }
    if !scan.problems.is_empty() {
        return Err(scan.problems);
    }
    let deserializer = serde_yaml::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, T>(deserializer) {
        Ok(value) => Ok(Parsed { value, positions: scan.positions }),
        Err(error) => Err(vec![structure_error(error, text, &scan.positions)]),
    }
}

/// A YAML syntax error. libyaml's messages are the clearer ones, so the file is handed to
/// it for wording, except when the event scan stopped on nesting that libyaml would take
/// quadratic time over.
fn syntax_error(text: &str, scan_span: Range<usize>, scan_message: &str, positions: &Positions) -> Diagnostic {
    let (span, message) = if scan_message.contains("recursion limit") {
        (scan_span, "brackets are nested too deeply".to_string())
    } else {
        match serde_yaml::from_str::<IgnoredAny>(text) {
            Err(e) => {
                let message = strip_location(&e.to_string(), e.location());
                // An unclosed quote is found at the end of the file; the opening quote,
                // named in libyaml's context, is where the fix goes.
                let context = message.split_once("while scanning a quoted scalar at line ").and_then(|(_, at)| {
                    let (line, column) = at.split_once(" column ")?;
                    Some(positions.offset(text, line.parse().ok()?, column.parse().ok()?))
                });
                let at = context
                    .or_else(|| e.location().map(|l| positions.offset(text, l.line(), l.column())))
                    .unwrap_or(scan_span.start);
                (at..at, message)
            }
            Ok(_) => (scan_span, scan_message.to_string()),
        }
    };
    let lower = message.to_lowercase();
    let at_tab = text.get(span.start..).is_some_and(|rest| rest.starts_with('\t'));
    let hint = if lower.contains("tab") || at_tab {
        "indent with spaces: YAML does not allow tabs for indentation"
    } else if lower.contains("quoted scalar") {
        "a quotation mark is opened and never closed"
    } else if lower.contains("mapping values are not allowed") || lower.contains("could not find expected ':'") {
        "text that contains `: ` must be put in quotes: `text: \"Why: a question\"`"
    } else if lower.contains("control characters") {
        "the file contains control characters; is it a text file?"
    } else if lower.contains("nested too deeply") {
        "look for brackets `[` or `{` that are never closed"
    } else if lower.contains("did not find expected") {
        "check the indentation of this line against the lines above"
    } else {
        "check the line above the caret as well; YAML often notices a problem late"
    };
    let end = span.start + text[span.start.min(text.len())..].chars().next().map_or(0, char::len_utf8);
    Diagnostic::error("syntax", format!("the YAML is malformed: {message}"))
        .at(span.start..end)
        .label("here")
        .hint(hint)
}

/// serde_yaml appends " at line L column C" for the error's own location, which the
/// diagnostic shows anyway; other locations in the message (a context) are kept.
fn strip_location(message: &str, location: Option<serde_yaml::Location>) -> String {
    match location {
        Some(l) => {
            let suffix = format!(" at line {} column {}", l.line(), l.column());
            message.strip_suffix(&suffix).unwrap_or(message).to_string()
        }
        None => message.to_string(),
    }
}

/// A value of the wrong shape, an unknown key or a missing field.
fn structure_error(
    error: serde_path_to_error::Error<serde_yaml::Error>,
    text: &str,
    positions: &Positions,
) -> Diagnostic {
    let path = match error.path().to_string() {
        p if p == "." => String::new(),
        p => p,
    };
    let inner = error.into_inner();
    let fallback_at = inner.location().map(|l| positions.offset(text, l.line(), l.column()));
    let mut message = strip_location(&inner.to_string(), inner.location());
    // serde_yaml starts its message with its own spelling of the path ("a.b[2]: ");
    // keys may hold dots and colons, so the prefix is found from the message's known starts.
    const STARTS: [&str; 7] = [
        "unknown field `",
        "unknown variant `",
        "missing field `",
        "invalid type: ",
        "invalid value: ",
        "invalid length ",
        "repetition limit",
    ];
    if let Some(i) = STARTS.iter().filter_map(|start| message.find(start)).min()
        && message[..i].ends_with(": ")
    {
        message = message[i..].to_string();
    }

    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let choices = backticked(expected);
        let hint = match suggest::did_you_mean(name, choices.iter().map(String::as_str)) {
            Some(near) => format!("did you mean `{near}`?"),
            // `{ role: Miss Emily, the head }`: the comma ended the value and began a "key".
            None if name.contains(' ') => {
                "inside `{ ... }` a comma ends a value: put text that contains a comma in quotes".to_string()
            }
            None if choices.is_empty() => "this mapping takes no fields".to_string(),
            None => format!("the fields here are: {}", choices.join(", ")),
        };
        let span = if positions.contains(&path) {
            positions.key(&path)
        } else {
            fallback_at.map_or(0..0, |a| a..a + name.len())
        };
        return Diagnostic::error("unknown-key", format!("unknown field `{name}`"))
            .at(span)
            .label("not a field here")
            .field(path)
            .hint(hint);
    }

    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        let field = if path.is_empty() { name.to_string() } else { format!("{path}.{name}") };
        let (span, label) = if path.is_empty() {
            (positions.key(""), "the record starts here")
        } else {
            (positions.key(&path), "in this part")
        };
        let hint = match name {
            "runtime_minutes" => "add `runtime_minutes: 103` (the running time in minutes) under `film:`".to_string(),
            "film" => "add `film:` with at least `runtime_minutes: ...` indented below it".to_string(),
            _ => format!("add `{name}: ...`"),
        };
        return Diagnostic::error("missing-field", format!("required field `{name}` is missing"))
            .at(span)
            .label(label)
            .field(field)
            .hint(hint);
    }

    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let choices = backticked(expected);
        let hint = match suggest::did_you_mean(name, choices.iter().map(String::as_str)) {
            Some(near) => format!("did you mean `{near}`?"),
            None => format!("write one of: {}", choices.join(", ")),
        };
        let span =
            if positions.contains(&path) { positions.value(&path) } else { fallback_at.map_or(0..0, |a| a..a + 1) };
        return Diagnostic::error("unknown-value", format!("`{name}` is not one of the values allowed here"))
            .at(span)
            .label(format!("expected {}", choices.join(", ")))
            .field(path)
            .hint(hint);
    }

    if message.contains("repetition limit exceeded") {
        return Diagnostic::error("alias-expansion", "aliases (`*name`) expand to far too much data")
            .at(fallback_at.map_or(0..0, |a| a..a + 1))
            .label("expanding stopped here")
            .hint("a record has no need for aliases that repeat other aliases; write the text out");
    }

    // invalid type / invalid value: "invalid type: sequence, expected a string"
    let (found, expected) = match message.split_once(", expected ") {
        Some((head, expected)) => (
            head.trim_start_matches("invalid type: ").trim_start_matches("invalid value: ").to_string(),
            expected.to_string(),
        ),
        None => (message.clone(), String::new()),
    };
    let span = if positions.contains(&path) { positions.value(&path) } else { fallback_at.map_or(0..0, |a| a..a + 1) };
    let wanted = describe_expected(&expected);
    let found = if found == "unit value" { "empty (`~`, `null` or nothing)".to_string() } else { found };
    Diagnostic::error("wrong-type", format!("this should be {wanted}, but it is {found}"))
        .at(span)
        .label(format!("expected {wanted}"))
        .field(path)
        .hint(type_hint(&expected))
}

/// Every `word` in backticks, in order.
fn backticked(text: &str) -> Vec<String> {
    text.split('`').skip(1).step_by(2).map(str::to_string).collect()
}

fn describe_expected(expected: &str) -> String {
    match expected {
        "u32" | "u64" | "u16" | "u8" | "usize" => "a whole number (0 or more)".into(),
        "i64" | "i32" => "a whole number".into(),
        "f64" | "f32" => "a number".into(),
        "a boolean" => "`true` or `false`".into(),
        "a sequence" => "a list".into(),
        "a string" => "text".into(),
        other if other.starts_with("struct ") || other == "a map" => "a mapping of fields".into(),
        "" => "something else".into(),
        other => other.into(),
    }
}

fn type_hint(expected: &str) -> String {
    match expected {
        "a sequence" => "write a list: one `- item` per line, or `[first, second]`".into(),
        "a string" => "write plain text; put it in quotes if it starts with `[`, `{`, `*`, `&` or `-`".into(),
        "a boolean" => "write `true` or `false`".into(),
        e if e.starts_with('u') || e.starts_with('i') || e.starts_with('f') => {
            "write the number without quotes or units".into()
        }
        e if e.starts_with("struct ") || e == "a map" => {
            "write the fields on the lines below, indented: `name: value`".into()
        }
        _ => "compare with the format in docs/guide-format.md".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_backticked_words() {
        assert_eq!(backticked("expected `text` or `n`"), vec!["text", "n"]);
    }
}
