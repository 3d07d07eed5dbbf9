//! Hostile input never panics, hangs or eats memory. The small cases are fixtures under
//! `tests/fixtures/invalid/` (with snapshots in `diagnostics.rs`); the large ones are made
//! here, with the cases a careless or hostile author might try: aliases, control characters,
//! nulls, links out of the output folder, pipes, template loops. How fast they are
//! refused is measured by `benches/hostile.sh`, never asserted here.

use crate::harness::{project, root};
use std::io::Write;
use std::process::Command;

fn check(path: &std::path::Path) -> (Option<i32>, String) {
    let out = Command::new(crate::harness::binary()).arg("check").arg(path).env("NO_COLOR", "1").output().unwrap();
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

/// Runs the binary in `dir`; stdout and stderr as raw bytes, for control-character checks.
fn run(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    crate::harness::command(dir).args(args).env("CLICOLOR_FORCE", "1").output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Whether `bytes` hold a control character that did not come from reelguide itself:
/// anything but tab and newline (colour is off in these runs).
fn has_raw_control(bytes: &[u8]) -> bool {
    text(bytes).chars().any(|c| c.is_control() && c != '\n' && c != '\t')
}

const MINIMAL: &str = "year: 2010\nfilm:\n  runtime_minutes: 90\n";

#[test]
fn an_alias_bomb_is_refused_before_anything_expands_it() {
    let dir = tempfile::tempdir().unwrap();
    // Ten times the budget: 10^7 repetitions of a 4-byte string.
    let mut record =
        String::from("title: Bomb\nyear: 2010\nfilm: { runtime_minutes: 90 }\nquotes:\n  - text: &a0 \"boom\"\n");
    for level in 1..=7 {
        let refs = vec![format!("*a{}", level - 1); 10].join(", ");
        record.push_str(&format!("  - {{ text: \"x\", speaker: &a{level} [{refs}] }}\n"));
    }
    std::fs::write(dir.path().join("bomb.yaml"), record).unwrap();
    for command in ["check", "build"] {
        let out = run(dir.path(), &[command, "bomb.yaml"]);
        assert_eq!(out.status.code(), Some(1), "{command}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("error[alias-expansion]"), "{command}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("bomb.yaml:"), "not located");
    }
}

#[test]
fn escape_sequences_in_a_record_never_reach_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let guides = dir.path().join("guides");
    std::fs::create_dir(&guides).unwrap();
    // Written as escapes in double quotes, and as a raw byte in the file.
    std::fs::write(guides.join("escapes.yaml"), format!("title: \"Safe\\e[2J\\e]0;pwned\\x07\"\n{MINIMAL}advisories:\n  - {{ category: violence, severity: severe, summary: \"\\e[32mNone\\e[0m\" }}\n")).unwrap();
    std::fs::write(
        guides.join("raw.yaml"),
        format!("title: Raw\n{MINIMAL}synopsis:\n  short: \"before \u{1b}[2J after\"\n"),
    )
    .unwrap();
    std::fs::write(guides.join("bidi.yaml"), format!("title: \"Harmless \u{202E}reversed\"\n{MINIMAL}")).unwrap();
    let check = run(dir.path(), &["check"]);
    assert_eq!(check.status.code(), Some(1));
    let report = text(&check.stderr);
    assert!(!has_raw_control(&check.stderr), "a control character reached the terminal:\n{report:?}");
    assert_eq!(report.matches("error[control-character]").count(), 4, "{report}");
    assert!(report.contains("escapes.yaml:1:8") && report.contains("U+001B (escape)"), "{report}");
    // The raw byte is shown where it is, not at the first key.
    assert!(report.contains("raw.yaml:6:18"), "{report}");
    assert!(report.contains("bidi.yaml:1:18") && report.contains("U+202E"), "{report}");
    // The parents' commands refuse the records, and say nothing raw either.
    for args in [&["ratings", "guides/escapes.yaml"][..], &["list"], &["list", "--json"]] {
        let out = run(dir.path(), args);
        assert!(!has_raw_control(&out.stdout) && !has_raw_control(&out.stderr), "{args:?}: {:?}", text(&out.stdout));
    }
    assert_eq!(run(dir.path(), &["ratings", "guides/escapes.yaml"]).status.code(), Some(1));
    // A file name is text from the disk too.
    std::fs::write(guides.join("evil\u{1b}[31m.yaml"), "title: [\n").unwrap();
    let out = run(dir.path(), &["check"]);
    assert!(!has_raw_control(&out.stderr), "{:?}", text(&out.stderr));
    assert!(text(&out.stderr).contains("evil\\u{1b}[31m.yaml"), "{}", text(&out.stderr));
}

#[test]
fn nulls_blanks_and_foreign_tags_are_refused_not_printed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("blanks.yaml"),
        format!("title: ~\n{MINIMAL}  directors: [Maren Holt, \"\"]\n  cast:\n    - {{ actor: Ana, role: \"\" }}\npositives: [null]\n"),
    )
    .unwrap();
    std::fs::write(dir.path().join("binary.yaml"), format!("title: !!binary aGVsbG8=\n{MINIMAL}")).unwrap();
    std::fs::write(dir.path().join("custom.yaml"), format!("title: !shout hello\n{MINIMAL}")).unwrap();
    let out = run(dir.path(), &["check", "blanks.yaml", "binary.yaml", "custom.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let report = text(&out.stderr);
    assert!(report.contains("blanks.yaml:1:1") && report.contains("the title is empty"), "{report}");
    assert!(report.contains("`~` means nothing in YAML"), "{report}");
    assert!(report.contains("the director's name is empty") && report.contains("the role is empty"), "{report}");
    assert!(report.contains("blanks.yaml:8:") && report.contains("field: positives[0]"), "{report}");
    assert!(report.contains("binary.yaml:1:8") && report.contains("the tag `!!binary`"), "{report}");
    assert!(report.contains("custom.yaml:1:8") && report.contains("the tag `!shout`"), "{report}");
    // An optional field written as null is simply absent.
    std::fs::write(
        dir.path().join("absent.yaml"),
        format!("title: Fine\n{MINIMAL}original_title: ~\nsynopsis: {{ short: null }}\n"),
    )
    .unwrap();
    assert_eq!(run(dir.path(), &["check", "absent.yaml"]).status.code(), Some(0));
}

#[test]
fn nothing_is_written_through_a_link_out_of_the_output_folder() {
    let dir = project();
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join(".reelguide-tmp-precious"), b"keep me").unwrap();
    std::fs::write(elsewhere.join("handout.pdf"), b"not yours").unwrap();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, dir.path().join("out/her")).unwrap();
    let out = run(dir.path(), &["build", "--quiet"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("refusing to write into out/her: it is a symbolic link"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read(elsewhere.join("handout.pdf")).unwrap(), b"not yours", "written through the link");
    assert!(elsewhere.join(".reelguide-tmp-precious").exists(), "the sweep followed the link");
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 2);
    // The other film still builds.
    assert!(dir.path().join("out/never-let-me-go/handout.pdf").is_file());
}

#[test]
fn an_output_folder_that_is_a_file_is_a_usage_error() {
    let dir = project();
    std::fs::write(dir.path().join("out"), b"a file").unwrap();
    let out = run(dir.path(), &["build"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr).matches("error").count(), 1, "one error, not one per output:\n{}", text(&out.stderr));
}

#[test]
fn a_second_build_into_the_same_folder_waits_for_the_first() {
    let dir = project();
    let template = std::fs::read_to_string(root().join("guides/never-let-me-go.yaml")).unwrap();
    for i in 0..80 {
        let record = template.replacen("title: Never Let Me Go", &format!("title: Copy {i}"), 1);
        std::fs::write(dir.path().join(format!("guides/copy-{i:02}.yaml")), record).unwrap();
    }
    let spawn = || {
        Command::new(crate::harness::binary())
            .args(["build"])
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let first = spawn();
    // The first build has the folder once it has made it.
    while !dir.path().join("out").exists() {
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let second = spawn();
    let (first, second) = (first.wait_with_output().unwrap(), second.wait_with_output().unwrap());
    assert!(first.status.success() && second.status.success(), "{}{}", text(&first.stderr), text(&second.stderr));
    assert!(text(&second.stderr).contains("waiting: another build is writing into out"), "{}", text(&second.stderr));
    // The second build starts from what the first left: every record up to date.
    let said = text(&second.stderr);
    assert!(said.contains("built 82 guides (82 already up to date) into out: 1 file written"), "{said}");
}

#[test]
fn pipes_links_to_nothing_and_utf16_files_are_named_never_waited_on_or_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let guides = dir.path().join("guides");
    std::fs::create_dir(&guides).unwrap();
    let status = Command::new("mkfifo").arg(guides.join("pipe.yaml")).status().unwrap();
    assert!(status.success());
    std::os::unix::fs::symlink("/nowhere/at/all.yaml", guides.join("gone.yaml")).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(format!("title: Wide\n{MINIMAL}").encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(guides.join("wide.yaml"), utf16).unwrap();
    for args in [&["check"][..], &["check", "guides/pipe.yaml"]] {
        let mut child = Command::new(crate::harness::binary())
            .args(args)
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // A FIFO opened for reading would block for ever: the run must end by itself.
        let started = std::time::Instant::now();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > std::time::Duration::from_secs(60) {
                child.kill().unwrap();
                panic!("{args:?} hung on a named pipe");
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let out = child.wait_with_output().unwrap();
        let report = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{report}");
        assert!(report.contains("pipe.yaml is a named pipe (FIFO), not a record file"), "{report}");
        if args.len() == 1 {
            assert!(report.contains("gone.yaml is a link to /nowhere/at/all.yaml, which does not exist"), "{report}");
            assert!(report.contains("checked 3 records: 2 errors"), "the UTF-16 record was not read: {report}");
        }
    }
}

#[test]
fn the_summary_counts_what_was_written_when_a_write_fails() {
    let dir = project();
    // Where her leader's guide should go, a folder stands: that one write fails.
    std::fs::create_dir_all(dir.path().join("out/her/leader.pdf/blocked")).unwrap();
    let out = run(dir.path(), &["build"]);
    assert_eq!(out.status.code(), Some(1));
    let written = std::fs::read_dir(dir.path().join("out/her")).unwrap().count() - 1
        + std::fs::read_dir(dir.path().join("out/never-let-me-go")).unwrap().count()
        + 1;
    assert_eq!(written, 12);
    assert!(text(&out.stderr).contains("12 files written"), "{}", text(&out.stderr));
}

#[test]
fn templates_stay_in_their_folder_and_cannot_run_for_ever() {
    let dir = project();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(dir.path().join("secret.txt"), "the secret").unwrap();
    std::os::unix::fs::symlink(dir.path().join("secret.txt"), templates.join("style.css")).unwrap();
    let out = run(dir.path(), &["build", "--format", "html", "--templates", "templates"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("outside the templates folder"), "{}", text(&out.stderr));
    let leaked = std::fs::read_to_string(dir.path().join("out/her/handout.html")).unwrap_or_default();
    assert!(!leaked.contains("the secret"));

    std::fs::remove_file(templates.join("style.css")).unwrap();
    for (name, body) in [
        ("handout.html", "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}"),
        ("leader.html", "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"),
    ] {
        std::fs::write(templates.join(name), body).unwrap();
        let out = run(dir.path(), &["build", "--format", "html", "--templates", "templates"]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("error[template]"), "{name}: {}", text(&out.stderr));
        std::fs::remove_file(templates.join(name)).unwrap();
    }
}

/// Names Windows gives a meaning of their own, or folds together, are refused wherever a
/// record or a night names an output folder, on every system: a library made on Linux
/// must build on a leader's Windows laptop too.
#[test]
fn names_windows_cannot_hold_are_refused_on_every_system() {
    let dir = crate::harness::project();
    let her = std::fs::read_to_string(dir.path().join("guides/her.yaml")).unwrap();
    // A device name, whatever its case or extension, and names with a trailing dot or
    // space or a backslash.
    for (i, slug) in ["con", "AUX", "com1", "lpt9", "nul.txt", "her.", "her ", "a\\\\b"].iter().enumerate() {
        let path = dir.path().join(format!("odd-{i}.yaml"));
        std::fs::write(&path, her.replacen("title: Her\n", &format!("title: Her\nslug: \"{slug}\"\n"), 1)).unwrap();
        let out = run(dir.path(), &["check", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{slug}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("error[slug]"), "{slug}: {}", text(&out.stderr));
    }
    // A file named after a device gives its folder a name of its own.
    let lone = tempfile::tempdir().unwrap();
    std::fs::create_dir(lone.path().join("guides")).unwrap();
    std::fs::write(lone.path().join("guides/con.yaml"), &her).unwrap();
    let out = run(lone.path(), &["build", "--format", "html", "--quiet"]);
    assert!(lone.path().join("out/con-film/handout.html").is_file(), "{}", text(&out.stderr));
    assert!(!lone.path().join("out/con").exists());
    // Two files whose names differ only in case would be one folder on Windows and macOS.
    std::fs::write(dir.path().join("guides/Her.yaml"), &her).unwrap();
    let out = run(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("error[duplicate-slug]"), "{}", text(&out.stderr));
}

/// A record saved by a Windows editor (a byte-order mark, CRLF line ends) is the same
/// record: it checks clean, builds the same bytes, and a problem in it is reported at
/// its line and column with no carriage return in the report.
#[test]
fn a_record_saved_on_windows_reads_as_the_same_record() {
    let unix = tempfile::tempdir().unwrap();
    let windows = tempfile::tempdir().unwrap();
    let record = std::fs::read_to_string(root().join("guides/paddington-2.yaml")).unwrap();
    let crlf = |text: &str| format!("\u{feff}{}", text.replace('\n', "\r\n"));
    for (dir, saved) in [(&unix, record.clone()), (&windows, crlf(&record))] {
        std::fs::create_dir(dir.path().join("guides")).unwrap();
        std::fs::write(dir.path().join("guides/paddington-2.yaml"), saved).unwrap();
        let out = run(dir.path(), &["build", "--quiet"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    }
    for name in ["handout.pdf", "leader.html", "parents.pdf"] {
        let read = |dir: &tempfile::TempDir| std::fs::read(dir.path().join("out/paddington-2").join(name)).unwrap();
        assert!(read(&unix) == read(&windows), "{name} differs when the record has CRLF line ends");
    }
    let broken = crlf(&record.replacen("year: 2017", "year: twenty", 1));
    std::fs::write(windows.path().join("guides/paddington-2.yaml"), broken).unwrap();
    let out = run(windows.path(), &["check"]);
    let said = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    let line = 1 + record.lines().position(|l| l.starts_with("year: 2017")).unwrap();
    assert!(said.contains(&format!("paddington-2.yaml:{line}:7")), "{said}");
    assert!(!said.contains('\r'), "a carriage return in the report: {said:?}");
}

/// Names a Windows machine gives records: an upper-case ending is a record like any
/// other; a `.txt` added by Notepad (and hidden by Explorer) is reported with the name
/// to give the file, never skipped in silence.
#[test]
fn record_names_from_windows_are_read_or_reported() {
    let dir = tempfile::tempdir().unwrap();
    let guides = dir.path().join("guides");
    std::fs::create_dir(&guides).unwrap();
    let record = std::fs::read_to_string(root().join("guides/paddington-2.yaml")).unwrap();
    std::fs::write(guides.join("PADDINGTON-2.YAML"), &record).unwrap();
    let out = run(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("checked 1 record"), "{}", text(&out.stderr));
    std::fs::write(guides.join("moon.yaml.txt"), &record).unwrap();
    let out = run(dir.path(), &["check"]);
    let said = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("error[file-name]") && said.contains("guides/moon.yaml.txt"), "{said}");
    assert!(said.contains("rename it to `moon.yaml`"), "{said}");
}
