//! Hostile input never panics, hangs or eats memory. The small cases are fixtures under
//! `tests/fixtures/invalid/` (with snapshots in `diagnostics.rs`); the large ones are made
//! here. How fast they are refused is measured by `scripts/bench.sh`, not asserted here.

use std::io::Write;
use std::process::Command;

fn check(path: &std::path::Path) -> (Option<i32>, String) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_reelguide")).arg("check").arg(path).env("NO_COLOR", "1").output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_fifty_megabyte_file_is_refused_with_the_limit_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let mut file = std::fs::File::create(&path).unwrap();
    let line = "- text: a question that goes on and on and on\n".repeat(1000);
    for _ in 0..(50 * 1024 * 1024 / line.len() + 1) {
        file.write_all(line.as_bytes()).unwrap();
    }
    drop(file);
    let (code, text) = check(&path);
    assert_eq!(code, Some(1));
    assert!(text.contains("error[too-large]"), "{text}");
    assert!(text.contains("1048576 bytes (1 MiB)"), "{text}");
    assert!(text.contains("huge.yaml:1:1"), "{text}");
}

#[test]
fn a_file_of_random_bytes_gets_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    // A fixed xorshift stream: the same "random" junk every run.
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let bytes: Vec<u8> = (0..100_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let path = dir.path().join("junk.yaml");
    std::fs::write(&path, bytes).unwrap();
    let (code, text) = check(&path);
    assert_eq!(code, Some(1));
    assert!(text.contains("junk.yaml:"), "{text}");
}

#[test]
fn a_long_document_of_nested_lists_stays_shallow_and_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested.yaml");
    // Block nesting, the kind the bracket limit does not see: 500 levels of "- ".
    let mut text = String::from("title: x\nyear: 2000\nfilm:\n  runtime_minutes: 90\npositives:\n");
    for depth in 0..500 {
        text.push_str(&" ".repeat(depth * 2));
        text.push_str("-\n");
    }
    std::fs::write(&path, text).unwrap();
    let (code, text) = check(&path);
    assert_eq!(code, Some(1));
    assert!(text.contains("nested.yaml:"), "{text}");
}
