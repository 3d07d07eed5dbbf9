//! Reading and checking: YAML text in, a typed record plus positioned diagnostics out.
//!
//! `file` reads a record (serde_yaml, with the byte `positions` of every value), `check`
//! finds what the types cannot say, `trust` holds severities to the boards' words and
//! the sources' verdicts, and `diagnostic` prints a problem with its source line.

pub mod check;
pub mod diagnostic;
pub mod file;
pub mod night;
pub mod positions;
pub mod trust;
