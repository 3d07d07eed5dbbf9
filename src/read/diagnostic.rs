//! Problems found in input files, and how they are shown: `file:line:col`, the source
//! line with a caret, the field path and a hint, rendered by codespan-reporting.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as ReportLevel};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config, termcolor};

use crate::safe_text::{escape, same_length};

/// Whether a problem stops a file from being used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Level {
    Error,
    Warning,
    /// Something for the author to review that is not wrong: it never fails a build,
    /// even with `--deny-warnings`.
    Note,
}

/// Index of a file in [`Sources`].
pub type FileId = usize;

/// One problem in one input file. A record's warnings are kept in the build manifest
/// (without their file, which is given again when they are read back).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub level: Level,
    /// Short stable name of the rule, shown as `error[code]` and documented.
    pub code: Cow<'static, str>,
    pub message: String,
    #[serde(skip)]
    pub file: Option<FileId>,
    /// Byte range in the file's text that the caret marks.
    pub span: Option<Range<usize>>,
    /// Words under the caret.
    pub label: String,
    /// The field path, such as `discussion[1].questions[3].text`.
    pub field: Option<String>,
    pub hint: Option<String>,
    /// Other places in the same file that explain the problem (a first definition, say).
    pub secondary: Vec<(Range<usize>, String)>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Level::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Level::Warning, code, message)
    }

    pub fn note(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Level::Note, code, message)
    }

    fn new(level: Level, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            level,
            code: Cow::Borrowed(code),
            message: message.into(),
            file: None,
            span: None,
            label: String::new(),
            field: None,
            hint: None,
            secondary: Vec::new(),
        }
    }

    pub fn in_file(mut self, file: FileId) -> Self {
        self.file = Some(file);
        self
    }

    pub fn at(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn field(mut self, path: impl Into<String>) -> Self {
        self.field = Some(path.into());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The hint, when there is one (a "did you mean" that found nothing has none).
    pub fn maybe_hint(self, hint: Option<impl Into<String>>) -> Self {
        match hint {
            Some(hint) => self.hint(hint),
            None => self,
        }
    }

    pub fn also(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.secondary.push((span, label.into()));
        self
    }

    pub fn is_error(&self) -> bool {
        self.level == Level::Error
    }

    pub fn is_warning(&self) -> bool {
        self.level == Level::Warning
    }
}

/// The 1-based line and column (in characters) of byte `at` in `text`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The name and text of every file that diagnostics point into. A file's text may be
/// left empty until a diagnostic needs it, so a large library is not held in memory.
#[derive(Default)]
pub struct Sources {
    files: Vec<(String, String)>,
}

impl Sources {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file under the name shown to users (its path as given).
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        self.files.push((name.into(), text.into()));
        self.files.len() - 1
    }

    /// Supplies the text of a file added without it.
    pub fn set_text(&mut self, id: FileId, text: String) {
        if let Some(file) = self.files.get_mut(id) {
            file.1 = text;
        }
    }

    pub fn name(&self, id: FileId) -> &str {
        self.files.get(id).map_or("", |f| f.0.as_str())
    }

    pub fn text(&self, id: FileId) -> &str {
        self.files.get(id).map_or("", |f| f.1.as_str())
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The diagnostic as one line of JSON, for editors and CI: file, 1-based line and
    /// column (in characters) of where it points, code, severity, message, field, hint.
    /// A problem with no place (an unreadable file) has `null` line and column.
    pub fn json_line(&self, d: &Diagnostic) -> String {
        let text = d.file.map_or("", |f| self.text(f));
        let place = d.span.as_ref().filter(|_| d.file.is_some()).map(|span| line_column(text, span.start));
        let json = serde_json::json!({
            "file": d.file.map(|f| self.name(f)),
            "line": place.map(|p| p.0),
            "column": place.map(|p| p.1),
            "code": d.code,
            "severity": d.level.to_string(),
            "message": d.message,
            "field": d.field,
            "hint": d.hint,
        });
        json.to_string()
    }

    /// The diagnostic as text, without colour: what tests and snapshots compare.
    pub fn render(&self, diagnostic: &Diagnostic) -> String {
        let (file, report) = self.report(diagnostic);
        term::emit_into_string(&config(), &file, &report).unwrap_or_else(|_| fallback(diagnostic))
    }

    /// Writes diagnostics to standard error, in colour as anstream decides for every
    /// output of the program: on a terminal, never with `NO_COLOR` or `CLICOLOR=0`, and
    /// even when piped with `CLICOLOR_FORCE=1`.
    pub fn emit_to_stderr(&self, diagnostics: &[Diagnostic]) {
        let choice = match anstream::AutoStream::choice(&std::io::stderr()) {
            anstream::ColorChoice::Always | anstream::ColorChoice::AlwaysAnsi => termcolor::ColorChoice::AlwaysAnsi,
            anstream::ColorChoice::Never | anstream::ColorChoice::Auto => termcolor::ColorChoice::Never,
        };
        // Rendered into memory and written at once: writing each piece of each report
        // to an unbuffered stream cost more than finding the problem.
        let mut buffer = match choice {
            termcolor::ColorChoice::AlwaysAnsi => termcolor::Buffer::ansi(),
            termcolor::ColorChoice::Always | termcolor::ColorChoice::Auto | termcolor::ColorChoice::Never => {
                termcolor::Buffer::no_color()
            }
        };
        let mut stderr = std::io::stderr().lock();
        for diagnostic in diagnostics {
            let (file, report) = self.report(diagnostic);
            if term::emit_to_write_style(&mut buffer, &config(), &file, &report).is_err() {
                break;
            }
            // In pieces of a megabyte, for a library with thousands of warnings.
            if buffer.len() > 1 << 20 {
                // A closed stream ends the report: nobody is left to read the rest.
                if std::io::Write::write_all(&mut stderr, buffer.as_slice()).is_err() {
                    return;
                }
                buffer.clear();
            }
        }
        let _ = std::io::Write::write_all(&mut stderr, buffer.as_slice());
    }

    /// The codespan report and the one file it points into.
    fn report<'a>(
        &'a self,
        d: &Diagnostic,
    ) -> (SimpleFile<std::borrow::Cow<'a, str>, std::borrow::Cow<'a, str>>, Report<()>) {
        let level = match d.level {
            Level::Error => ReportLevel::Error,
            Level::Warning => ReportLevel::Warning,
            Level::Note => ReportLevel::Note,
        };
        // Everything shown comes from files: control characters in it are made visible.
        let mut report = Report::new(level).with_code(d.code.as_ref()).with_message(escape(&d.message));
        let (name, text) = d.file.map_or(("", ""), |f| (self.name(f), self.text(f)));
        // Nothing after the last line a label marks is shown: it is left out, so that a
        // report costs what its lines cost, not what the whole file does.
        let last = d.secondary.iter().map(|(r, _)| r.end).chain(d.span.as_ref().map(|r| r.end)).max().unwrap_or(0);
        let end = text.get(last..).and_then(|rest| rest.find('\n')).map_or(text.len(), |at| last + at);
        let text = text.get(..end).unwrap_or(text);
        let shown: std::borrow::Cow<'a, str> = match shorten_long_line(text, d.span.as_ref()) {
            std::borrow::Cow::Borrowed(text) => same_length(text),
            std::borrow::Cow::Owned(text) => std::borrow::Cow::Owned(same_length(&text).into_owned()),
        };
        if d.file.is_some() {
            let text = shown.as_ref();
            let clamp = |r: &Range<usize>| {
                let start = floor_char_boundary(text, r.start);
                start..floor_char_boundary(text, r.end).max(start)
            };
            let span = d.span.clone().unwrap_or(0..0);
            let mut labels = vec![Label::primary((), clamp(&span)).with_message(escape(&d.label))];
            for (span, label) in &d.secondary {
                labels.push(Label::secondary((), clamp(span)).with_message(escape(label)));
            }
            report = report.with_labels(labels);
        }
        let mut notes = Vec::new();
        if let Some(field) = &d.field {
            notes.push(format!("field: {}", escape(field)));
        }
        if let Some(hint) = &d.hint {
            notes.push(format!("hint: {}", escape(hint)));
        }
        (SimpleFile::new(escape(name), shown), report.with_notes(notes))
    }
}

/// The text with the line under the caret cut short 80 bytes after the span, when that
/// line is very long (minified or hostile input), so one diagnostic cannot flood a
/// terminal. Text before the caret is kept, so the reported column stays right.
fn shorten_long_line<'a>(text: &'a str, span: Option<&Range<usize>>) -> std::borrow::Cow<'a, str> {
    const LONG: usize = 200;
    let Some(span) = span else { return text.into() };
    let start = floor_char_boundary(text, span.start);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if line_end - line_start <= LONG {
        return text.into();
    }
    let cut = floor_char_boundary(text, span.end.max(start) + 80).min(line_end);
    format!("{}…{}", &text[..cut], &text[line_end..]).into()
}

/// `index` moved back to a character boundary inside `text`, so a span computed on other
/// text (or stale) can never make rendering fail.
fn floor_char_boundary(text: &str, index: usize) -> usize {
    let mut i = index.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn config() -> Config {
    Config::default()
}

/// Used only if codespan cannot render (it never should): the message is still shown.
fn fallback(d: &Diagnostic) -> String {
    format!("{}[{}]: {}", d.level, d.code, d.message)
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "note",
        })
    }
}

/// Counts for the closing line of `check` and `build`: errors and warnings (notes are
/// neither).
pub fn summary(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    (errors, diagnostics.iter().filter(|d| d.is_warning()).count())
}
