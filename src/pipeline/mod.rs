//! The pipeline that runs the stages: `library` reads and checks every record of a
//! folder, `build` renders each edition and writes it, `overrides` reads the user's
//! templates folder, and `coverage` checks that every character a view prints can be
//! drawn by the embedded fonts.

pub mod build;
pub(crate) mod coverage;
pub mod incremental;
pub mod library;
pub mod nights;
pub(crate) mod overrides;
