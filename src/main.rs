//! The `reelguide` command: parse the command line, run the command, exit with its status.

use std::process::ExitCode;

use clap::Parser;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    reelguide::cli::run(reelguide::cli::Cli::parse()).into()
}
