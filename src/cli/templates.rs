//! `reelguide templates eject`: the built-in templates and words, copied out to edit.

use std::path::Path;

use crate::cli::exit::{Ended, Exit, Failure};
use crate::cli::ui::say;
use crate::templates;

pub fn eject(dir: &Path) -> Ended {
    let (written, skipped) = templates::eject(dir)
        .map_err(|e| Failure::failed(format!("cannot write templates into {}: {e}", dir.display())))?;
    for path in &written {
        say!("wrote {}", path.display());
    }
    for path in &skipped {
        say!("kept {} (it already exists)", path.display());
    }
    say!("edit them, then build with `--templates {}`", dir.display());
    say!(
        "the .html and .css files change the HTML pages only; locales/en.ftl changes the words of every output, PDF and terminal included"
    );
    Ok(Exit::Success)
}
