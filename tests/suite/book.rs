//! The user guide cannot drift from the program: every `reelguide` command shown in a
//! `sh` block of the book (`docs/*.md`) or of the README is run, as written, in a copy of
//! the project, each file's commands in order. A command may find problems (exit 1: a
//! new skeleton fails `check` until it is filled in) but never be a usage error (exit 2:
//! a flag or a value the program no longer takes) or crash; `serve` must start serving.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::harness::{command, root};
use crate::nights::night_project;

/// The commands of the `sh` blocks of `file`, as words, comments left out.
fn commands(file: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(file).unwrap();
    let mut found = Vec::new();
    let mut in_sh = false;
    for line in text.lines() {
        if line.starts_with("```") {
            in_sh = line.trim() == "```sh";
            continue;
        }
        if !in_sh {
            continue;
        }
        let words = shlex::split(line).unwrap_or_else(|| panic!("{}: cannot read {line:?}", file.display()));
        let words: Vec<String> = words.into_iter().take_while(|w| !w.starts_with('#')).collect();
        if words.first().is_some_and(|w| w == "reelguide") {
            found.push(words[1..].to_vec());
        }
    }
    found
}

/// The book's pages and the README.
fn pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    pages.push(root().join("README.md"));
    pages
}

/// Runs `serve` with `args` until it says where it serves (at most thirty seconds).
fn serves(dir: &Path, args: &[String]) -> bool {
    let mut child = command(dir).args(args).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut text = String::new();
        let mut buffer = [0u8; 4096];
        while let Ok(n) = std::io::Read::read(&mut stderr, &mut buffer) {
            if n == 0 {
                break;
            }
            text.push_str(&String::from_utf8_lossy(&buffer[..n]));
            if text.contains("serving ") {
                let _ = send.send(());
                break;
            }
        }
    });
    let started = Instant::now();
    let ok = receive.recv_timeout(Duration::from_secs(30).saturating_sub(started.elapsed())).is_ok();
    let _ = child.kill();
    let _ = child.wait();
    ok
}

/// Runs the commands of one page in a project of its own: how many ran, and what went
/// wrong.
fn run_page(page: &Path) -> (usize, Vec<String>) {
    let mut ran = 0;
    let mut wrong = Vec::new();
    let list = commands(page);
    if !list.is_empty() {
        // The files the pages' examples read.
        let dir = night_project();
        std::fs::create_dir(dir.path().join("downloads")).unwrap();
        for copy in ["downloads/her.yaml", "draft.yaml"] {
            std::fs::copy(root().join("guides/her.yaml"), dir.path().join(copy)).unwrap();
        }
        for mut args in list {
            let shown = format!("{}: reelguide {}", page.display(), args.join(" "));
            if args.iter().any(|a| a.starts_with('/') && !Path::new(a).exists()) {
                eprintln!("skipped (needs a file this machine lacks): {shown}");
                continue;
            }
            ran += 1;
            if args.first().is_some_and(|a| a == "serve") {
                if !serves(dir.path(), &args) {
                    wrong.push(format!("{shown}: did not start serving"));
                }
                continue;
            }
            let input = match args.iter().position(|a| a == "<") {
                Some(at) => {
                    let file = args[at + 1].clone();
                    args.truncate(at);
                    Stdio::from(std::fs::File::open(dir.path().join(file)).unwrap())
                }
                None => Stdio::null(),
            };
            let out = command(dir.path()).args(&args).stdin(input).output().unwrap();
            match out.status.code() {
                Some(0 | 1) => {}
                code => wrong.push(format!("{shown}: exit {code:?}\n{}", String::from_utf8_lossy(&out.stderr))),
            }
        }
    }
    (ran, wrong)
}

#[test]
fn every_command_in_the_book_runs_as_written() {
    use rayon::prelude::*;
    let results: Vec<(usize, Vec<String>)> = pages().par_iter().map(|page| run_page(page)).collect();
    let ran: usize = results.iter().map(|(n, _)| n).sum();
    let wrong: Vec<String> = results.into_iter().flat_map(|(_, w)| w).collect();
    assert!(ran > 20, "only {ran} commands found in the book");
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}
