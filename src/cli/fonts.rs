//! `--font FILE` and `fonts:` in the settings: fallback fonts for the characters the
//! built-in DejaVu Sans lacks (Chinese, Japanese, Korean, Thai...), read and checked
//! before anything is set, then handed to the PDF renderer for the whole run.

use std::path::PathBuf;

use crate::cli::exit::Failure;
use crate::render::pdf::fonts::{Fallback, fallback_problem, set_fallbacks};

/// Reads the font files and makes them the fallbacks, in order. A file that is missing or
/// not a usable font stops the run before anything is built.
pub fn use_fonts(paths: &[PathBuf]) -> Result<(), Failure> {
    if paths.is_empty() {
        return Ok(());
    }
    let mut fonts = Vec::with_capacity(paths.len());
    for path in paths {
        let bytes: Vec<u8> = crate::read::file::read_bytes(path, crate::read::file::MAX_FONT_BYTES).map_err(|e| {
            Failure::usage(format!("cannot read the font {}: {e}", path.display()))
                .hint("name a .ttf, .otf or .ttc file, such as /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
        })?;
        // Kept for the whole run (see `Fallback`); a file refused here ends the run.
        let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        if let Some(problem) = fallback_problem(bytes) {
            return Err(Failure::usage(format!("cannot use the font {}: {problem}", path.display()))
                .hint("name a TrueType or OpenType font file (.ttf, .otf, or the first font of a .ttc)"));
        }
        fonts.push(Fallback { bytes });
    }
    // Set once per run; a second call (none is made) would keep the first fonts.
    set_fallbacks(fonts);
    Ok(())
}
