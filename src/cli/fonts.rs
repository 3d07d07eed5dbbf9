//! `--font FILE` and `fonts:` in the settings: fallback fonts for the characters the
//! built-in DejaVu Sans lacks (Chinese, Japanese, Korean, Thai...), read and checked
//! before anything is set, and made with the built-in faces into the [`Fonts`] a run
//! passes to everything that checks or sets text.

use std::path::PathBuf;
use std::sync::Arc;

use crate::cli::exit::Failure;
use crate::render::pdf::fonts::{Fallback, FontBytes, Fonts, fallback_problem};

/// The built-in faces and the font files `paths`, in order. A file that is missing or not
/// a usable font stops the run before anything is built.
pub fn load(paths: &[PathBuf]) -> Result<Fonts, Failure> {
    let mut fallbacks = Vec::with_capacity(paths.len());
    for path in paths {
        let bytes: Vec<u8> = crate::read::file::read_bytes(path, crate::read::file::MAX_FONT_BYTES).map_err(|e| {
            Failure::usage(format!("cannot read the font {}: {e}", path.display()))
                .hint("name a .ttf, .otf or .ttc file, such as /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
        })?;
        let bytes: FontBytes = Arc::new(bytes);
        if let Some(problem) = fallback_problem(&bytes) {
            return Err(Failure::usage(format!("cannot use the font {}: {problem}", path.display()))
                .hint("name a TrueType or OpenType font file (.ttf, .otf, or the first font of a .ttc)"));
        }
        fallbacks.push(Fallback { bytes });
    }
    Ok(Fonts::new(fallbacks))
}
