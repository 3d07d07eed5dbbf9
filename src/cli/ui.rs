//! Messages for the person at the terminal, written so that a closed pipe
//! (`reelguide check 2>&1 | head -1`) can never make the program panic.
//!
//! `eprintln!` and `println!` panic when their stream is gone; everything reelguide says
//! goes through here instead. A message that cannot be written is dropped: the reader
//! has gone, and the exit status still tells the caller how the command ended.

use std::borrow::Cow;
use std::fmt;
use std::io::Write;

/// Writes one line to standard error, ignoring a closed or failing stream.
pub fn line(args: fmt::Arguments<'_>) {
    let text = args.to_string();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(escape(&text).as_bytes()).and_then(|()| err.write_all(b"\n"));
}

/// Writes text (no newline added) to standard error, ignoring failures.
pub fn text(text: &str) {
    let _ = std::io::stderr().lock().write_all(escape(text).as_bytes());
}

/// Writes `bytes` to standard output. A reader that stopped reading (a closed pipe) is
/// not an error: the command did its work, and nobody is left to tell otherwise.
pub fn stdout(bytes: &[u8]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    finish(out.write_all(bytes).and_then(|()| out.flush()))
}

/// Treats a closed pipe as success; passes any other error on.
pub fn finish(result: std::io::Result<()>) -> std::io::Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Text from a file made safe for a terminal: every control character (and every
/// bidirectional override) is written as a visible escape such as `\u{1b}`, so no record
/// can move the cursor, recolour a severity, retitle the window or reverse what it says.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(crate::read::file::is_forbidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if crate::read::file::is_forbidden(c) {
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
    if !text.chars().any(crate::read::file::is_forbidden) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match (crate::read::file::is_forbidden(c), c.len_utf8()) {
                (false, _) => c.to_string(),
                (true, 1) => "?".to_string(),
                (true, 2) => "\u{bf}".to_string(),
                (true, _) => "\u{fffd}".to_string(),
            })
            .collect(),
    )
}

/// `eprintln!` that cannot panic.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::ui::line(format_args!($($arg)*))
    };
}
pub(crate) use say;
