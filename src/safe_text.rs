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

/// Where the first forbidden character of `text` starts, found byte by byte: text is
/// scanned at every read and every report, and decoding each character to test it cost
/// more than the rest of reading a file. The UTF-8 forms: C0 controls (but tab and line
/// breaks) and DEL are single bytes; C1 controls are `C2 80`-`C2 9F`; the overrides are
/// `E2 80 AA`-`E2 80 AE` and the isolates `E2 81 A6`-`E2 81 A9`.
pub fn first_forbidden(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // Blocks of 32 bytes with no byte that could start one are passed over with a test
    // the compiler vectorizes; a block with such a byte is looked at closely.
    let suspect =
        |b: u8| (b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r') | (b == 0x7F) | (b == 0xC2) | (b == 0xE2);
    let mut start = 0;
    for block in bytes.chunks(32) {
        if block.iter().fold(false, |any, &b| any | suspect(b)) {
            for i in start..start + block.len() {
                if forbidden_at(bytes, i) {
                    return Some(i);
                }
            }
        }
        start += block.len();
    }
    None
}

/// Whether a forbidden character starts at byte `i`.
fn forbidden_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\t' | b'\n' | b'\r' => false,
        0x00..=0x1F | 0x7F => true,
        0xC2 => bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)),
        0xE2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0x80), Some(n)) => (0xAA..=0xAE).contains(n),
            (Some(0x81), Some(n)) => (0xA6..=0xA9).contains(n),
            _ => false,
        },
        _ => false,
    }
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
    if first_forbidden(text).is_none() {
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

#[cfg(test)]
mod byte_scan {
    use super::*;

    #[test]
    fn the_byte_scan_finds_what_the_character_test_finds() {
        let chars = (0..0x300u32).chain(0x2000..0x2100).chain([0xFEFF, 0x1F600]).filter_map(char::from_u32);
        for c in chars {
            let text = format!("a é{c}d");
            let expected = text.char_indices().find(|(_, c)| is_forbidden(*c)).map(|(at, _)| at);
            assert_eq!(first_forbidden(&text), expected, "U+{:04X}", u32::from(c));
        }
    }
}
