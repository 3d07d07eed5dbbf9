//! What every test of the real binary shares: the binary run with a clean environment,
//! its output read back, one-line assertions on exit status and streams, and project
//! folders holding copies of the shipped guides.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The binary under test: this build's, or the one `REELGUIDE_TEST_BINARY` names (an
/// older commit's, to watch a new test fail on the code it guards against).
pub fn binary() -> PathBuf {
    std::env::var_os("REELGUIDE_TEST_BINARY")
        .map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_reelguide")), PathBuf::from)
}

/// The real binary, to run in `dir` with nothing from the test runner's environment but
/// `PATH` (no `SOURCE_DATE_EPOCH`, no colour settings, no locale), `NO_COLOR` set, and a
/// cache folder of the tests' own (where the build manifest's key is kept).
pub fn command(dir: &Path) -> Command {
    let mut command = Command::new(binary());
    command
        .current_dir(dir)
        .env_clear()
        .env("NO_COLOR", "1")
        .env("XDG_CACHE_HOME", Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache"));
    if let Some(path) = std::env::var_os("PATH") {
        command.env("PATH", path);
    }
    command
}

/// Runs the binary in `dir` with `args`.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    command(dir).args(args).output().expect("the binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Asserts the exit status, showing both streams when it is wrong; returns stderr.
#[track_caller]
pub fn expect(output: &Output, code: i32) -> String {
    assert_eq!(
        output.status.code(),
        Some(code),
        "exit status\n--- stdout\n{}\n--- stderr\n{}",
        stdout(output),
        stderr(output)
    );
    stderr(output)
}

/// A project folder holding a copy of the shipped guides and their schema.
pub fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("guides")).unwrap();
    for name in ["never-let-me-go.yaml", "her.yaml", "guide.schema.json"] {
        std::fs::copy(root().join("guides").join(name), dir.path().join("guides").join(name)).unwrap();
    }
    // Never Let Me Go links to the records of Moon and Children of Men, which this
    // two-film library leaves out: its links to them are made plain titles.
    let nlmg = dir.path().join("guides/never-let-me-go.yaml");
    let text = std::fs::read_to_string(&nlmg).unwrap();
    let plain = text.replace(" guide: moon,", "").replace(" guide: children-of-men,", "");
    assert_ne!(text, plain, "the links to strip are still in the record");
    std::fs::write(&nlmg, plain).unwrap();
    dir
}

/// Every file under `dir`, relative, sorted.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    found.sort();
    found
}
