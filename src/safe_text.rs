//! Characters no record may hold, and text from files made safe to print on a terminal.
//!
//! The reader refuses control characters and bidirectional overrides in a record; the
//! terminal output escapes them anyway, for text from anywhere else (a file name, a
//! template, a record the reader never saw).

use std::borrow::Cow;

/// Whether `c` has no place in a record: a control character other than tab and line
/// ends (C0 and C1), or a bidirectional embedding, override or isolate, which can make
/// text display differently from what it says.
pub fn is_forbidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `U+001B (escape)`, for messages that must never print the character itself.
pub fn char_name(c: char) -> String {
    let name = match c {
        '\u{1B}' => " (escape)",
        '\u{7}' => " (bell)",
        '\u{8}' => " (backspace)",
        '\u{0}' => " (NUL)",
        '\u{7F}' => " (delete)",
        '\u{9B}' => " (control sequence introducer)",
        '\u{202A}'..='\u{202E}' => " (a bidirectional override)",
        '\u{2066}'..='\u{2069}' => " (a bidirectional isolate)",
        _ => "",
    };
    format!("U+{:04X}{name}", u32::from(c))
}

/// Text from a file made safe for a terminal: every control character (and every
/// bidirectional override) is written as a visible escape such as `\u{1b}`, so no record
/// can move the cursor, recolour a severity, retitle the window or reverse what it says.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_forbidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_forbidden(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Like [`escape`], but each character is replaced by a visible one of the same length in
/// bytes, so byte offsets into the text (a diagnostic's caret) stay right.
pub fn same_length(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_forbidden) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match (is_forbidden(c), c.len_utf8()) {
                (false, _) => c.to_string(),
                (true, 1) => "?".to_string(),
                (true, 2) => "\u{bf}".to_string(),
                (true, _) => "\u{fffd}".to_string(),
            })
            .collect(),
    )
}
