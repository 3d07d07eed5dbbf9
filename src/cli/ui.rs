//! Messages for the person at the terminal, written so that a closed pipe
//! (`reelguide check 2>&1 | head -1`) can never make the program panic.
//!
//! `eprintln!` and `println!` panic when their stream is gone; everything reelguide says
//! goes through here instead. A message that cannot be written is dropped: the reader
//! has gone, and the exit status still tells the caller how the command ended.

use std::fmt;
use std::io::Write;

/// Writes one line to standard error, ignoring a closed or failing stream.
pub fn line(args: fmt::Arguments<'_>) {
    let text = args.to_string();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(crate::safe_text::escape(&text).as_bytes()).and_then(|()| err.write_all(b"\n"));
}

/// Writes text (no newline added) to standard error, ignoring failures.
pub fn text(text: &str) {
    let _ = std::io::stderr().lock().write_all(crate::safe_text::escape(text).as_bytes());
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
        Err(e) if crate::platform::is_closed_pipe(&e) => Ok(()),
        other => other,
    }
}

/// "1 record", "2 records".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// `eprintln!` that cannot panic.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::ui::line(format_args!($($arg)*))
    };
}
pub(crate) use say;
