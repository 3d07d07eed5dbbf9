//! `reelguide check`: every problem of every record, and nothing written.

use crate::cli::CheckArgs;
use crate::cli::exit::{Ended, Exit};
use crate::cli::records;
use crate::cli::ui::{plural, say};

pub fn run(args: CheckArgs, quiet: bool) -> Ended {
    let library = records::load(args.paths)?;
    library.sources.emit_to_stderr(&library.diagnostics);
    let (errors, warnings) = (library.errors(), library.warnings());
    if !quiet {
        let records = plural(library.files_read, "record");
        if errors == 0 && warnings == 0 {
            say!("checked {records}: all valid");
        } else {
            let invalid = library.files_read - library.entries.len();
            say!("checked {records}: {}, {} ({invalid} invalid)", plural(errors, "error"), plural(warnings, "warning"));
        }
    }
    Ok(if errors > 0 || (args.deny_warnings && warnings > 0) { Exit::Failed } else { Exit::Success })
}
