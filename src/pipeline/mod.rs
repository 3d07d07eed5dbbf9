//! The pipeline that runs the stages: `library` reads and checks every record of a
//! folder, `build` renders each edition and writes it, `overrides` reads the user's
//! templates folder, `coverage` checks that every character a view prints can be drawn
//! by the embedded fonts, `incremental` remembers what each output was made from, and
//! `seal` keeps that memory from being trusted when it was not this user's build that
//! wrote it.

pub mod build;
pub(crate) mod coverage;
pub mod incremental;
pub mod library;
pub mod nights;
pub(crate) mod overrides;
pub mod seal;
