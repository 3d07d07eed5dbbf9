//! Where each field of a record sits in its file, found by one pass over the YAML events.
//!
//! serde gives typed values but no positions, so validation asks this index where
//! `discussion[1].questions[3].text` was written. The same pass is the first line of
//! defence against hostile input: it runs in linear time on any text (unlike libyaml,
//! which is quadratic on deep flow nesting), refuses deep nesting, duplicate keys, extra
//! documents and a top level that is not a mapping, before serde ever sees the file.

use std::collections::HashMap;
use std::ops::Range;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser, Tag};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::read::diagnostic::Diagnostic;

/// Deeper than any record needs (about six levels), shallow enough to stop hostile input.
pub const MAX_DEPTH: usize = 32;

/// Byte offsets of a field's key and value.
#[derive(Debug, Clone, Default)]
pub struct Place {
    pub key: Option<Range<usize>>,
    pub value: Range<usize>,
}

/// Field path to position, for one file.
#[derive(Debug, Default)]
pub struct Positions {
    places: HashMap<String, Place>,
    /// Fields written as YAML's null: `~`, `null` or nothing after the colon, with what
    /// was written.
    nulls: HashMap<String, String>,
    line_starts: Vec<usize>,
}

impl Positions {
    /// An error at the value of `path`: how every problem with a place in a file starts,
    /// to be given its label and hint.
    pub fn error(&self, code: &'static str, message: impl Into<String>, path: &str) -> Diagnostic {
        Diagnostic::error(code, message).at(self.value(path)).field(path)
    }

    /// A warning at the value of `path`, like [`Positions::error`].
    pub fn warning(&self, code: &'static str, message: impl Into<String>, path: &str) -> Diagnostic {
        Diagnostic::warning(code, message).at(self.value(path)).field(path)
    }

    /// The value's position, or the nearest enclosing field's if the value was not
    /// written (a default) or sits behind an alias.
    pub fn value(&self, path: &str) -> Range<usize> {
        self.lookup(path, |p| Some(p.value.clone()))
    }

    /// The key's position (where a misspelled or misplaced key is best pointed at).
    pub fn key(&self, path: &str) -> Range<usize> {
        self.lookup(path, |p| p.key.clone().or(Some(p.value.clone())))
    }

    /// Whether the field was written in the file at all.
    pub fn contains(&self, path: &str) -> bool {
        self.places.contains_key(path)
    }

    /// Whether the field was written as null (`~`, `null`, or nothing at all), which a
    /// text field must never be taken for.
    pub fn is_null(&self, path: &str) -> bool {
        self.nulls.contains_key(path)
    }

    /// What a null field was written as: `~`, `null`, or "" for nothing at all.
    pub fn null_written(&self, path: &str) -> Option<&str> {
        self.nulls.get(path).map(String::as_str)
    }

    fn lookup(&self, path: &str, pick: impl Fn(&Place) -> Option<Range<usize>>) -> Range<usize> {
        let mut path = path;
        loop {
            if let Some(range) = self.places.get(path).and_then(&pick) {
                return range;
            }
            match parent(path) {
                Some(up) => path = up,
                None => return 0..0,
            }
        }
    }

    /// Byte offset in `text` (the scanned text) of a 1-based line and a 1-based column
    /// counted in characters.
    pub fn offset(&self, text: &str, line: usize, column: usize) -> usize {
        LineIndex { text, starts: &self.line_starts }.offset(line, column)
    }
}

/// `a.b[2].c` -> `a.b[2]` -> `a.b` -> `a` -> ``.
fn parent(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    Some(&path[..cut])
}

/// Start offsets of lines, to turn (line, column) into a byte offset.
struct LineIndex<'a> {
    text: &'a str,
    starts: &'a [usize],
}

fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    starts
}

impl LineIndex<'_> {
    /// `line` is 1-based; `column` counts characters, 1-based.
    fn offset(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        let line_len = rest.find('\n').unwrap_or(rest.len());
        let within = rest[..line_len].char_indices().nth(column.saturating_sub(1)).map(|(i, _)| i).unwrap_or(line_len);
        start + within
    }
}

/// What the event pass found: positions, or the problems that stop the file here.
pub struct Scan {
    pub positions: Positions,
    pub problems: Vec<Diagnostic>,
    /// The YAML itself could not be parsed; the message comes from the parser.
    pub syntax_error: Option<(Range<usize>, String)>,
}

/// Indexes `text`. Problems carry no file id; the caller adds it.
pub fn scan(text: &str) -> Scan {
    let starts = line_starts(text);
    let chars = CharIndex::new(text);
    let mut receiver = Receiver {
        text,
        chars: &chars,
        places: HashMap::new(),
        nulls: HashMap::new(),
        stack: Vec::new(),
        sizes: Vec::new(),
        anchors: HashMap::new(),
        expanded: 0,
        aliases: 0,
        documents: 0,
        nodes: 0,
        problems: Vec::new(),
        stopped: false,
    };
    let mut parser = Parser::new_from_str(text);
    let result = parser.load(&mut receiver, true);
    let syntax_error = result.err().map(|e| {
        let at = chars.byte(e.marker().index());
        (at..at, e.info().to_string())
    });
    let mut problems = receiver.problems;
    if syntax_error.is_none() && receiver.nodes == 0 && problems.is_empty() {
        problems.push(
            Diagnostic::error("empty-file", "this file holds no record")
                .at(0..0)
                .label("nothing here")
                .hint("a record needs at least `title`, `year` and `film: { runtime_minutes: ... }`; `reelguide new \"Title\" --year 2024` writes a complete skeleton"),
        );
    }
    let (places, nulls) = (receiver.places, receiver.nulls);
    Scan { positions: Positions { places, nulls, line_starts: starts }, problems, syntax_error }
}

enum Open {
    Map {
        path: String,
        /// The key just read, waiting for its value.
        key: Option<String>,
        seen: HashMap<String, Range<usize>>,
    },
    Seq {
        path: String,
        next: usize,
    },
}

/// The most a record may amount to, with every alias (`*name`) written out, counting one
/// for each value and one for each byte of text. A complete record is about 30,000, so
/// this leaves room for records eight times larger; it bounds the work any later stage
/// can be made to do, whether by an alias bomb of a few kilobytes or a megabyte of text.
pub const MAX_EXPANDED: u64 = 256 * 1024;

/// The parser counts characters; diagnostics need bytes. Every 1,024th character's byte
/// offset is kept, so any position is found in constant time and the whole scan stays
/// linear in the length of the file, however long its lines.
struct CharIndex<'a> {
    text: &'a str,
    checkpoints: Vec<usize>,
    /// The last position found, (character, byte): events come in document order, so
    /// the next one is nearly always a short walk forward from here.
    last: std::cell::Cell<(usize, usize)>,
}

const CHECKPOINT: usize = 1024;

impl<'a> CharIndex<'a> {
    fn new(text: &'a str) -> Self {
        let checkpoints = text.char_indices().step_by(CHECKPOINT).map(|(i, _)| i).collect();
        CharIndex { text, checkpoints, last: std::cell::Cell::new((0, 0)) }
    }

    /// The byte offset of the `index`th character (the end of the text past the last).
    fn byte(&self, index: usize) -> usize {
        let (last_char, last_byte) = self.last.get();
        let checkpoint = index / CHECKPOINT * CHECKPOINT;
        let (from_char, from_byte) = if index >= last_char && last_char >= checkpoint {
            (last_char, last_byte)
        } else {
            let Some(&base) = self.checkpoints.get(index / CHECKPOINT) else { return self.text.len() };
            (checkpoint, base)
        };
        let byte = self.text[from_byte..]
            .char_indices()
            .nth(index - from_char)
            .map_or(self.text.len(), |(i, _)| from_byte + i);
        self.last.set((index, byte));
        byte
    }
}

struct Receiver<'a> {
    text: &'a str,
    chars: &'a CharIndex<'a>,
    places: HashMap<String, Place>,
    nulls: HashMap<String, String>,
    stack: Vec<Open>,
    /// For each open container, its anchor and how much it amounts to so far.
    sizes: Vec<(usize, u64)>,
    /// How much each anchored value amounts to, by anchor id.
    anchors: HashMap<usize, u64>,
    /// How much the whole record amounts to with its aliases expanded.
    expanded: u64,
    /// How many aliases were read.
    aliases: usize,
    documents: usize,
    nodes: usize,
    problems: Vec<Diagnostic>,
    /// Set after a problem that makes the rest of the structure meaningless.
    stopped: bool,
}

impl Receiver<'_> {
    fn offset(&self, mark: &Marker) -> usize {
        self.chars.byte(mark.index())
    }

    /// Counts a value of `size` into its container and the record; past the budget the
    /// scan stops, so no later stage ever expands an alias bomb.
    fn count(&mut self, size: u64, mark: &Marker) {
        if let Some((_, open)) = self.sizes.last_mut() {
            *open = open.saturating_add(size);
        }
        self.expanded = self.expanded.saturating_add(size);
        if self.expanded > MAX_EXPANDED {
            let at = self.offset(mark);
            let problem = if self.aliases > 0 {
                Diagnostic::error("alias-expansion", "this record expands to far too much data").hint(format!(
                    "with its aliases (`*name`) written out, a record may hold at most {MAX_EXPANDED} values and characters; write the text out instead of repeating it"
                ))
            } else {
                Diagnostic::error("too-large", "this record holds far more than a guide to one film needs").hint(format!(
                    "a record may hold at most {MAX_EXPANDED} values and characters (a complete one holds about 30,000); split it, or cut what no one will read"
                ))
            };
            self.stop(problem.at(at..at + 1).label("the limit is passed here"));
        }
    }

    /// Tags outside YAML's core schema (`!!binary`, `!custom`) are refused: a record is
    /// plain text, numbers and lists, and a tag must never change what is printed.
    fn check_tag(&mut self, tag: Option<&Tag>, mark: &Marker) {
        let Some(tag) = tag else { return };
        let core = tag.handle == "tag:yaml.org,2002:"
            && matches!(tag.suffix.as_str(), "str" | "int" | "float" | "bool" | "null" | "seq" | "map");
        if core {
            return;
        }
        let written = if tag.handle == "tag:yaml.org,2002:" {
            format!("!!{}", tag.suffix)
        } else {
            format!("{}{}", tag.handle, tag.suffix)
        };
        let at = self.offset(mark);
        let start = self.text[..at].rfind(&written).filter(|s| at - s <= written.len() + 8).unwrap_or(at);
        self.problems.push(
            Diagnostic::error(
                "tag",
                format!("the tag `{}` has no meaning in a record", crate::safe_text::escape(&written)),
            )
            .at(start..start + written.len())
            .label("not allowed")
            .hint("remove the tag and write the value as plain text"),
        );
    }

    /// A value holding a control character, written as an escape in quotes (`"\e"`).
    fn check_text(&mut self, value: &str, path: &str, span: Range<usize>) {
        let Some(c) = value.chars().find(|c| crate::safe_text::is_forbidden(*c)) else { return };
        self.problems.push(
            Diagnostic::error(
                "control-character",
                format!("this text holds the control character {}", crate::safe_text::char_name(c)),
            )
            .at(span)
            .label("written as an escape here")
            .field(path)
            .hint("records hold plain text only: remove the escape (such as `\\e` or `\\x07`)"),
        );
    }

    /// The path a value arriving now belongs to, or `None` if it is a mapping key.
    fn value_path(&self) -> Option<String> {
        match self.stack.last() {
            None => Some(String::new()),
            Some(Open::Map { key: None, .. }) => None,
            Some(Open::Map { path, key: Some(key), .. }) => {
                Some(if path.is_empty() { key.clone() } else { format!("{path}.{key}") })
            }
            Some(Open::Seq { path, next }) => Some(format!("{path}[{next}]")),
        }
    }

    /// After a complete value: the parent mapping waits for its next key, the parent
    /// sequence counts one more item.
    fn finish_value(&mut self) {
        match self.stack.last_mut() {
            Some(Open::Map { key, .. }) => *key = None,
            Some(Open::Seq { next, .. }) => *next += 1,
            None => {}
        }
    }

    fn record_value(&mut self, path: &str, span: Range<usize>) {
        self.places.entry(path.to_string()).or_default().value = span;
    }

    fn stop(&mut self, problem: Diagnostic) {
        self.problems.push(problem);
        self.stopped = true;
    }

    fn on_key(&mut self, key: String, span: Range<usize>) {
        let Some(Open::Map { path, key: slot, seen }) = self.stack.last_mut() else {
            return;
        };
        let full = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
        if let Some(first) = seen.get(&key) {
            let first = first.clone();
            self.problems.push(
                Diagnostic::error("duplicate-key", format!("`{key}` is written twice in the same place"))
                    .at(span.clone())
                    .label("second time")
                    .also(first, "first time")
                    .field(full.clone())
                    .hint("YAML keeps only one of them; remove or rename one"),
            );
        } else {
            seen.insert(key.clone(), span.clone());
        }
        *slot = Some(key);
        // A block mapping's own start mark is unreliable; its first key is where it begins.
        let parent_path = path.clone();
        let parent = self.places.entry(parent_path).or_default();
        if parent.value.is_empty() {
            parent.value = span.clone();
        }
        self.places.entry(full).or_default().key = Some(span);
    }

    fn on_node_start(&mut self, mark: &Marker, container: Option<Open>) {
        let at = self.offset(mark);
        self.nodes += 1;
        let Some(path) = self.value_path() else {
            self.stop(
                Diagnostic::error("complex-key", "a key must be a plain word")
                    .at(at..at + 1)
                    .label("a list or mapping used as a key")
                    .hint("write `name: value`; a `?` or a bracket before the colon makes a complex key"),
            );
            return;
        };
        if self.stack.is_empty() && container.as_ref().is_none_or(|c| matches!(c, Open::Seq { .. })) {
            let (what, hint) = match container {
                Some(_) => ("a list", "a record starts with `title: ...` at the left edge, not with `- `"),
                None => ("a single value", "a record is a set of fields, one `name: value` per line"),
            };
            self.stop(
                Diagnostic::error("not-a-record", format!("this file holds {what}, not a record"))
                    .at(at..at + 1)
                    .label("the record should start here")
                    .hint(hint),
            );
            return;
        }
        if self.stack.len() >= MAX_DEPTH {
            self.stop(
                Diagnostic::error("too-deep", format!("the structure is nested more than {MAX_DEPTH} levels deep"))
                    .at(at..at + 1)
                    .label("too deep here")
                    .field(path)
                    .hint("a record needs at most six levels; look for unclosed brackets"),
            );
            return;
        }
        let is_map = matches!(container, Some(Open::Map { .. }));
        if !is_map {
            self.record_value(&path, at..at + 1);
        } else if path.is_empty() {
            self.record_value(&path, 0..0);
        } else {
            self.places.entry(path.clone()).or_default();
        }
        match container {
            Some(Open::Map { .. }) => self.stack.push(Open::Map { path, key: None, seen: HashMap::new() }),
            Some(Open::Seq { .. }) => self.stack.push(Open::Seq { path, next: 0 }),
            None => {}
        }
    }
}

impl MarkedEventReceiver for Receiver<'_> {
    fn on_event(&mut self, event: Event, mark: Marker) {
        if self.stopped {
            return;
        }
        match event {
            Event::DocumentStart => {
                self.documents += 1;
                if self.documents > 1 {
                    let at = self.offset(&mark);
                    self.stop(
                        Diagnostic::error("extra-document", "a record file holds one record, but a second starts here")
                            .at(at..at + 3)
                            .label("second document")
                            .hint("put each film in its own file, or remove the `---` line"),
                    );
                }
            }
            Event::Scalar(value, style, anchor, tag) => {
                let null =
                    style == TScalarStyle::Plain && matches!(value.as_str(), "" | "~" | "null" | "Null" | "NULL");
                if self.stack.is_empty() && null {
                    return; // an empty document: reported as an empty file
                }
                self.check_tag(tag.as_ref(), &mark);
                let size = 1 + value.len() as u64;
                if anchor > 0 {
                    self.anchors.insert(anchor, size);
                }
                self.count(size, &mark);
                let start = self.offset(&mark);
                let span = start..scalar_end(self.text, start, &value, style);
                if matches!(self.stack.last(), Some(Open::Map { key: None, .. })) {
                    self.check_text(&value, "", span.clone());
                    self.on_key(value, span);
                } else {
                    self.on_node_start(&mark, None);
                    if let Some(path) = self.value_path() {
                        if let Some(what) = placeholder(&value) {
                            self.problems.push(placeholder_problem(what, &path, span.clone()));
                        }
                        self.check_text(&value, &path, span.clone());
                        if null {
                            self.nulls.insert(path.clone(), value.clone());
                        }
                        self.record_value(&path, span);
                    }
                    self.finish_value();
                }
            }
            Event::Alias(anchor) => {
                self.aliases += 1;
                let size = self.anchors.get(&anchor).copied().unwrap_or(1);
                self.count(size, &mark);
                if self.stopped {
                    return;
                }
                if matches!(self.stack.last(), Some(Open::Map { key: None, .. })) {
                    let at = self.offset(&mark);
                    self.on_key("*alias".into(), at..at + 1);
                } else {
                    self.on_node_start(&mark, None);
                    self.finish_value();
                }
            }
            Event::MappingStart(anchor, tag) => {
                self.check_tag(tag.as_ref(), &mark);
                self.sizes.push((anchor, 1));
                self.on_node_start(&mark, Some(Open::Map { path: String::new(), key: None, seen: HashMap::new() }))
            }
            Event::SequenceStart(anchor, tag) => {
                self.check_tag(tag.as_ref(), &mark);
                self.sizes.push((anchor, 1));
                self.on_node_start(&mark, Some(Open::Seq { path: String::new(), next: 0 }))
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                if let Some((anchor, size)) = self.sizes.pop() {
                    if anchor > 0 {
                        self.anchors.insert(anchor, size);
                    }
                    // What the container held was counted into the record as it came;
                    // only its parent's share is added now.
                    if let Some((_, open)) = self.sizes.last_mut() {
                        *open = open.saturating_add(size);
                    }
                }
                self.finish_value();
            }
            _ => {}
        }
    }
}

/// The word that marks a value still to be written, as `reelguide new` leaves them.
pub const PLACEHOLDER: &str = "TODO";

/// What a placeholder asks for (`TODO: the director's name` asks for "the director's
/// name"), or `None` if `value` is not a placeholder. Only a value that starts with the
/// word itself counts, so text that merely mentions it later is never taken for one.
pub fn placeholder(value: &str) -> Option<&str> {
    let rest = value.trim_start().strip_prefix(PLACEHOLDER)?;
    match rest.chars().next() {
        None => Some(""),
        Some(c) if c == ':' || c.is_whitespace() => Some(rest.trim_start_matches(':').trim()),
        Some(_) => None,
    }
}

fn placeholder_problem(what: &str, path: &str, span: Range<usize>) -> Diagnostic {
    let message = if what.is_empty() {
        "a placeholder is still here".to_string()
    } else {
        format!("a placeholder is still here: {what}")
    };
    Diagnostic::error("placeholder", message)
        .at(span)
        .label("write the real value here")
        .field(path)
        .hint(format!("write the real value in place of `{PLACEHOLDER}...`, or delete the line if the film has none"))
}

/// Where a scalar written at `start` ends, so the caret can underline all of it. Never
/// looks past the scalar itself (or the end of its line), so a file that is one long line
/// is still indexed in linear time.
fn scalar_end(text: &str, start: usize, value: &str, style: TScalarStyle) -> usize {
    let rest = &text[start.min(text.len())..];
    let end = match style {
        TScalarStyle::Plain if rest.starts_with(value) && !value.is_empty() => start + value.len(),
        TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted => {
            let quote = if style == TScalarStyle::SingleQuoted { '\'' } else { '"' };
            let mut escaped = false;
            rest.char_indices()
                .skip(1)
                .find(|&(_, c)| {
                    let closes = (c == quote && !escaped) || c == '\n';
                    escaped = quote == '"' && c == '\\' && !escaped;
                    closes
                })
                .map_or(text.len(), |(i, c)| start + i + if c == '\n' { 0 } else { c.len_utf8() })
        }
        _ => start + rest.chars().next().map_or(0, char::len_utf8),
    };
    end.clamp(start, text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECORD: &str =
        "title: Ünïcödé\nfilm:\n  cast:\n    - { actor: \"Carey\", role: Kathy }\n  runtime_minutes: 103\n";

    #[test]
    fn finds_keys_and_values_by_path_in_bytes() {
        let scan = scan(RECORD);
        assert!(scan.problems.is_empty() && scan.syntax_error.is_none());
        let p = &scan.positions;
        assert_eq!(&RECORD[p.value("title")], "Ünïcödé");
        assert_eq!(&RECORD[p.key("film.runtime_minutes")], "runtime_minutes");
        assert_eq!(&RECORD[p.value("film.cast[0].actor")], "\"Carey\"");
        assert_eq!(&RECORD[p.value("film.cast[0].role")], "Kathy");
        // An unwritten field falls back to its parent.
        assert_eq!(&RECORD[p.value("film.cast[0].missing")], "actor");
    }

    #[test]
    fn refuses_duplicates_lists_and_extra_documents() {
        let dup = scan("title: a\ntitle: b\n");
        assert_eq!(dup.problems[0].code, "duplicate-key");
        assert_eq!(dup.problems[0].span, Some(9..14));
        assert_eq!(scan("- a\n- b\n").problems[0].code, "not-a-record");
        assert_eq!(scan("a: 1\n---\nb: 2\n").problems[0].code, "extra-document");
        assert_eq!(scan("").problems[0].code, "empty-file");
        assert_eq!(scan("# just a comment\n").problems[0].code, "empty-file");
    }

    #[test]
    fn deep_nesting_is_refused_quickly() {
        let text = format!("title: {}", "[".repeat(20_000));
        let scan = scan(&text);
        assert!(scan.syntax_error.is_some() || scan.problems.iter().any(|p| p.code == "too-deep"));
    }
}
