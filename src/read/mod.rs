//! Reading and checking: YAML text in, a typed record plus positioned diagnostics out.
//!
//! `file` reads a record (serde_yaml, with the byte `positions` of every value), `check`
//! finds what the types cannot say, `trust` holds severities to the boards' words and
//! the sources' verdicts, `values` holds the one rule for each kind of value that
//! records, nights and the settings share (dates, times of day, slugs, languages), and
//! `diagnostic` prints a problem with its source line.

pub mod check;
pub mod diagnostic;
pub mod file;
pub mod night;
pub mod positions;
pub mod trust;
pub mod values;
