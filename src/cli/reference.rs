//! Commands that print reference material: the record schema, shell completions and the
//! manual page.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::cli::exit::{Ended, written};
use crate::cli::ui;
use crate::record::schema;

pub fn schema() -> Ended {
    written(ui::stdout(schema::json().as_bytes()), "the schema")
}

pub fn completions(shell: clap_complete::Shell) -> Ended {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "reelguide", &mut script);
    written(ui::stdout(&script), "the completion script")
}

pub fn man() -> Ended {
    let mut page = Vec::new();
    let rendered = clap_mangen::Man::new(Cli::command()).render(&mut page);
    written(rendered.and_then(|()| ui::stdout(&page)), "the manual page")
}
