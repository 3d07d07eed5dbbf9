//! The `reelguide` command: parse the command line, run the library, exit with its status.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = reelguide::cli::Cli::parse();
    reelguide::commands::run(cli).into()
}
