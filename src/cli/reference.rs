//! Commands that print reference material: the record schema, shell completions and the
//! manual page.

use std::path::Path;

use clap::CommandFactory;

use crate::cli::exit::{Ended, Exit, Failure, written};
use crate::cli::ui::{self, say};
use crate::cli::{Cli, SchemaOf};
use crate::record::schema;

pub fn schema(of: SchemaOf) -> Ended {
    let text = match of {
        SchemaOf::Guide => schema::json(),
        SchemaOf::Night => schema::night_json(),
    };
    written(ui::stdout(text.as_bytes()), "the schema")
}

pub fn completions(shell: clap_complete::Shell) -> Ended {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "reelguide", &mut script);
    written(ui::stdout(&script), "the completion script")
}

/// The manual page on standard output, or every page (the command's and one per
/// subcommand, which its SEE ALSO names) into `dir`.
pub fn man(dir: Option<&Path>) -> Ended {
    let Some(dir) = dir else {
        let mut page = Vec::new();
        let rendered = clap_mangen::Man::new(Cli::command()).render(&mut page);
        return written(rendered.and_then(|()| ui::stdout(&page)), "the manual page");
    };
    std::fs::create_dir_all(dir)
        .and_then(|()| clap_mangen::generate_to(Cli::command(), dir))
        .map_err(|e| Failure::failed(format!("cannot write the manual pages into {}: {e}", dir.display())))?;
    say!("wrote the manual pages into {}; `man -l {}/reelguide.1` reads one", dir.display(), dir.display());
    Ok(Exit::Success)
}
