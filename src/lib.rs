//! reelguide: YAML film records in, printable discussion material out.
//!
//! The pipeline, one module per stage:
//! `load` (serde_yaml, with `positions`) -> `validate` -> edition view -> render -> write.
//! `library` runs the first stages over many files; `commands` ties stages to the CLI.

pub mod build;
pub mod catalog;
pub mod cli;
pub mod commands;
pub mod config;
pub mod diagnostic;
pub mod edition;
pub mod filter;
pub mod hints;
pub mod html;
pub mod library;
pub mod load;
pub mod markup;
pub mod output;
pub mod paper;
pub mod pdf;
pub mod positions;
pub mod record;
pub mod scaffold;
pub mod schema;
pub mod slug;
pub mod templates;
pub mod terminal;
pub mod timecode;
pub mod ui;
pub mod validate;
pub mod vocab;
