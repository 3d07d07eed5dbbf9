//! `reelguide check`: every problem of every record, and nothing written.

use crate::cli::exit::{Ended, Exit, Failure};
use crate::cli::records;
use crate::cli::ui::{plural, say};
use crate::cli::{CheckArgs, ReportFormat};

pub fn run(args: CheckArgs, quiet: bool) -> Ended {
    let library = records::load(args.paths)?;
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
