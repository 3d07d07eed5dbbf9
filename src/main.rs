//! The `reelguide` command: parse the command line (or, started with none from a file
//! manager, build and open the catalog), run the command, exit with its status.

use std::process::ExitCode;

use clap::Parser;

// See Cargo.toml: mimalloc everywhere but macOS.
#[cfg(not(target_os = "macos"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let ended = reelguide::cli::run_without_terminal();
    ended.unwrap_or_else(|| reelguide::cli::run(reelguide::cli::Cli::parse())).into()
}
