//! reelguide: YAML film records in, printable discussion material out.
//!
//! The pipeline, one folder per stage:
//! `record` (the format) -> `read` (serde_yaml with positions, then checks) -> `view`
//! (what each output shows and says) -> `render` (html, pdf, terminal) -> `write`
//! (atomic files in `out/`). `pipeline` runs the stages over a library; `cli` ties them
//! to the command line.

pub mod cli;
pub mod markup;
pub mod pipeline;
pub(crate) mod platform;
pub mod read;
pub mod record;
pub mod render;
pub(crate) mod safe_text;
pub(crate) mod suggest;
pub mod templates;
pub mod view;
pub mod write;
