//! The `reelguide` command: parse the command line, run the library, exit with its status.

use std::process::ExitCode;

use clap::Parser;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = reelguide::cli::Cli::parse();
    reelguide::cli::run::run(cli).into()
}
