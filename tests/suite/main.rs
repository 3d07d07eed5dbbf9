//! The integration tests, as one binary: each module tests one side of reelguide through
//! the real binary or the library's stages, sharing `harness`.

mod architecture;
mod book;
mod bounds;
mod browser;
mod build;
mod checker;
mod cli;
mod conventions;
mod diagnostics;
mod floors;
mod fuzz;
mod harness;
mod hostile;
mod html;
mod incremental;
mod labels;
mod languages;
mod layout;
mod nights;
mod pdf;
mod poppler;
mod scripts;
mod serve;
mod trust;
