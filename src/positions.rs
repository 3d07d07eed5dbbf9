//! Where each field of a record sits in its file, found by one pass over the YAML events.
//!
//! serde gives typed values but no positions, so validation asks this index where
//! `discussion[1].questions[3].text` was written. The same pass is the first line of
//! defence against hostile input: it runs in linear time on any text (unlike libyaml,
//! which is quadratic on deep flow nesting), refuses deep nesting, duplicate keys, extra
//! documents and a top level that is not a mapping, before serde ever sees the file.

use std::collections::HashMap;
use std::ops::Range;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::diagnostic::Diagnostic;

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
    line_starts: Vec<usize>,
}

impl Positions {
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
    let lines = LineIndex { text, starts: &starts };
    let mut receiver = Receiver {
        text,
        lines: &lines,
        places: HashMap::new(),
        stack: Vec::new(),
        documents: 0,
        nodes: 0,
        problems: Vec::new(),
        stopped: false,
    };
    let mut parser = Parser::new_from_str(text);
    let result = parser.load(&mut receiver, true);
    let syntax_error = result.err().map(|e| {
        let at = lines.offset(e.marker().line(), e.marker().col() + 1);
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
    let places = receiver.places;
    Scan { positions: Positions { places, line_starts: starts }, problems, syntax_error }
}

enum Frame {
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

struct Receiver<'a> {
    text: &'a str,
    lines: &'a LineIndex<'a>,
    places: HashMap<String, Place>,
    stack: Vec<Frame>,
    documents: usize,
    nodes: usize,
    problems: Vec<Diagnostic>,
    /// Set after a problem that makes the rest of the structure meaningless.
    stopped: bool,
}

impl Receiver<'_> {
    fn offset(&self, mark: &Marker) -> usize {
        self.lines.offset(mark.line(), mark.col() + 1)
    }

    /// The path a value arriving now belongs to, or `None` if it is a mapping key.
    fn value_path(&self) -> Option<String> {
        match self.stack.last() {
            None => Some(String::new()),
            Some(Frame::Map { key: None, .. }) => None,
            Some(Frame::Map { path, key: Some(key), .. }) => {
                Some(if path.is_empty() { key.clone() } else { format!("{path}.{key}") })
            }
            Some(Frame::Seq { path, next }) => Some(format!("{path}[{next}]")),
        }
    }

    /// After a complete value: the parent mapping waits for its next key, the parent
    /// sequence counts one more item.
    fn finish_value(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Map { key, .. }) => *key = None,
            Some(Frame::Seq { next, .. }) => *next += 1,
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
        let Some(Frame::Map { path, key: slot, seen }) = self.stack.last_mut() else {
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

    fn on_node_start(&mut self, mark: &Marker, container: Option<Frame>) {
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
        if self.stack.is_empty() && container.as_ref().is_none_or(|c| matches!(c, Frame::Seq { .. })) {
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
        let is_map = matches!(container, Some(Frame::Map { .. }));
        if !is_map {
            self.record_value(&path, at..at + 1);
        } else if path.is_empty() {
            self.record_value(&path, 0..0);
        } else {
            self.places.entry(path.clone()).or_default();
        }
        match container {
            Some(Frame::Map { .. }) => self.stack.push(Frame::Map { path, key: None, seen: HashMap::new() }),
            Some(Frame::Seq { .. }) => self.stack.push(Frame::Seq { path, next: 0 }),
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
            Event::Scalar(value, style, ..) => {
                let null = style == TScalarStyle::Plain && matches!(value.as_str(), "" | "~" | "null");
                if self.stack.is_empty() && null {
                    return; // an empty document: reported as an empty file
                }
                let start = self.offset(&mark);
                let span = start..scalar_end(self.text, start, &value, style);
                if matches!(self.stack.last(), Some(Frame::Map { key: None, .. })) {
                    self.on_key(value, span);
                } else {
                    self.on_node_start(&mark, None);
                    if let Some(path) = self.value_path() {
                        if let Some(what) = placeholder(&value) {
                            self.problems.push(placeholder_problem(what, &path, span.clone()));
                        }
                        self.record_value(&path, span);
                    }
                    self.finish_value();
                }
            }
            Event::Alias(_) => {
                if matches!(self.stack.last(), Some(Frame::Map { key: None, .. })) {
                    let at = self.offset(&mark);
                    self.on_key("*alias".into(), at..at + 1);
                } else {
                    self.on_node_start(&mark, None);
                    self.finish_value();
                }
            }
            Event::MappingStart(..) => {
                self.on_node_start(&mark, Some(Frame::Map { path: String::new(), key: None, seen: HashMap::new() }))
            }
            Event::SequenceStart(..) => self.on_node_start(&mark, Some(Frame::Seq { path: String::new(), next: 0 })),
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
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

/// Where a scalar written at `start` ends, so the caret can underline all of it.
fn scalar_end(text: &str, start: usize, value: &str, style: TScalarStyle) -> usize {
    let rest = &text[start.min(text.len())..];
    let line_end = start + rest.find(['\n', '\r']).unwrap_or(rest.len());
    let end = match style {
        TScalarStyle::Plain if rest.starts_with(value) => start + value.len(),
        TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted => {
            let quote = if style == TScalarStyle::SingleQuoted { '\'' } else { '"' };
            let mut escaped = false;
            rest.char_indices()
                .skip(1)
                .find(|&(_, c)| {
                    let closes = c == quote && !escaped;
                    escaped = quote == '"' && c == '\\' && !escaped;
                    closes
                })
                .map(|(i, c)| start + i + c.len_utf8())
                .unwrap_or(line_end)
        }
        TScalarStyle::Literal | TScalarStyle::Folded => start + 1,
        _ => line_end,
    };
    end.clamp(start, line_end.max(start + 1).min(text.len()))
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
