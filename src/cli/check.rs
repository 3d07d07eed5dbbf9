//! `reelguide check`: every problem of every record and night, and nothing written.

use std::path::{Path, PathBuf};

use crate::cli::exit::{Ended, Exit, Failure};
use crate::cli::records;
use crate::cli::ui::{plural, say};
use crate::cli::{CheckArgs, ReportFormat};
use crate::pipeline::nights;

pub fn run(args: CheckArgs, config: Option<&Path>, quiet: bool) -> Ended {
    // The fonts a build would set the PDFs in: `--font`, else the settings' `fonts:`.
    let font_files = if args.fonts.is_empty() {
        match crate::cli::config::load(config) {
            Ok(loaded) => loaded.fonts(),
            Err(problems) => {
                problems.iter().for_each(|problem| crate::cli::ui::text(problem));
                return Ok(Exit::Failed);
            }
        }
    } else {
        args.fonts.clone()
    };
    let fonts = crate::cli::fonts::load(&font_files)?;
    // Night files are the ones in a `nights` folder; they are checked against the records.
    let (night_paths, record_paths): (Vec<PathBuf>, Vec<PathBuf>) =
        args.paths.iter().cloned().partition(|p| is_night_path(p));
    let night_files = if args.paths.is_empty() {
        nights::find(Path::new("nights"))
    } else {
        night_paths.iter().flat_map(|p| if p.is_dir() { nights::find(p) } else { vec![p.clone()] }).collect()
    };
    let mut library = records::load(record_paths, &fonts)?;
    let mut sources = std::mem::take(&mut library.sources);
    let (valid_nights, night_problems) = nights::read_all(&night_files, &library, &mut sources);
    library.sources = sources;
    library.diagnostics.extend(night_problems);
    match args.format {
        ReportFormat::Text => library.sources.emit_to_stderr(&library.diagnostics),
        ReportFormat::Json => {
            let lines: String =
                library.diagnostics.iter().map(|d| format!("{}\n", library.sources.json_line(d))).collect();
            crate::cli::ui::stdout(lines.as_bytes())
                .map_err(|e| Failure::failed(format!("cannot write the problems: {e}")))?;
        }
    }
    let (errors, warnings) = (library.errors(), library.warnings());
    if !quiet {
        let mut checked = plural(library.files_read, "record");
        if !night_files.is_empty() {
            checked = format!("{checked} and {}", plural(night_files.len(), "night"));
        }
        if errors == 0 && warnings == 0 {
            say!("checked {checked}: all valid");
        } else {
            let invalid = library.files_read - library.entries.len() + night_files.len() - valid_nights.len();
            say!("checked {checked}: {}, {} ({invalid} invalid)", plural(errors, "error"), plural(warnings, "warning"));
        }
    }
    Ok(if errors > 0 || (args.deny_warnings && warnings > 0) { Exit::Failed } else { Exit::Success })
}

/// Whether a path names night files: the `nights` folder, a file in it, or a file whose
/// top level has `evenings:`, which only a night has.
fn is_night_path(path: &Path) -> bool {
    let named = |p: &Path| p.file_name().is_some_and(|n| n == "nights");
    // Read with the limits every record is read with; anything unreadable is a record's
    // problem to report.
    let has_evenings = || match crate::read::file::read_text(path) {
        crate::read::file::FileText::Text(text) => text.lines().any(|l| l.starts_with("evenings:")),
        crate::read::file::FileText::Unreadable(_) | crate::read::file::FileText::NotText { .. } => false,
    };
    named(path) || path.parent().is_some_and(named) || has_evenings()
}
