//! Every rule of the record format has a broken fixture under `tests/fixtures/invalid/`
//! whose first line names the rule (`# expect: code`). Each fixture's full diagnostic is a
//! snapshot, and the named rule must be among the diagnostics.

use std::path::{Path, PathBuf};

use reelguide::pipeline::library;
use reelguide::render::pdf::fonts::Fonts;

/// The fixture's path relative to the package, so snapshots do not depend on the checkout.
fn relative(path: &Path) -> PathBuf {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(path).to_path_buf()
}

/// The rule a fixture is written to break: its `# expect:` line, or its file name.
fn expected_code(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    match text.lines().next().and_then(|l| l.strip_prefix("# expect: ")) {
        Some(code) => code.trim().to_string(),
        None => path.file_stem().unwrap().to_string_lossy().into_owned(),
    }
}

fn rendered(path: &Path) -> (library::Library, String) {
    let library = library::load(&[relative(path)], &Fonts::default());
    let text: Vec<String> = library.diagnostics.iter().map(|d| library.sources.render(d)).collect();
    let text = text.join("\n");
    (library, text)
}

#[test]
fn invalid_fixtures_report_their_rule_with_location() {
    insta::glob!("../fixtures/invalid", "*.yaml", |path| {
        let (library, text) = rendered(path);
        let code = expected_code(path);
        assert!(library.entries.is_empty(), "{} was accepted", path.display());
        assert!(
            library.diagnostics.iter().any(|d| d.code == code && d.is_error()),
            "{}: expected an error [{code}], got:\n{text}",
            path.display()
        );
        // Every error is located: file:line:col.
        let name = relative(path).display().to_string();
        assert!(text.contains(&format!("{name}:")), "no location in:\n{text}");
        insta::assert_snapshot!(text);
    });
}

#[test]
fn warning_fixtures_warn_but_stay_valid() {
    insta::glob!("../fixtures/warnings", "*.yaml", |path| {
        let (library, text) = rendered(path);
        let code = expected_code(path);
        assert_eq!(library.entries.len(), 1, "{} was refused:\n{text}", path.display());
        assert!(library.diagnostics.iter().all(|d| !d.is_error()));
        assert!(library.diagnostics.iter().any(|d| d.code == code), "expected [{code}] in:\n{text}");
        insta::assert_snapshot!(text);
    });
}

#[test]
fn the_corpus_covers_at_least_thirty_broken_records() {
    let count =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid")).unwrap().count();
    assert!(count >= 30, "only {count} invalid fixtures");
}

#[test]
fn valid_records_load_without_diagnostics() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = library::find_files(&[root.join("guides"), root.join("tests/fixtures/valid")]).unwrap();
    assert!(files.len() >= 3);
    let library = library::load(&files, &Fonts::default());
    let text: Vec<String> = library.diagnostics.iter().map(|d| library.sources.render(d)).collect();
    // The one warning a valid record may get: its language (Polish, in unusual-text.yaml)
    // has no catalog, so its labels are in English.
    let codes: Vec<&str> = library.diagnostics.iter().map(|d| d.code.as_ref()).collect();
    assert_eq!(codes, ["language-catalog"], "{}", text.join("\n"));
    assert_eq!(library.entries.len(), files.len());
}

#[test]
fn every_problem_in_a_file_is_reported_not_just_the_first() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/many-problems.yaml");
    let (library, _) = rendered(&path);
    let codes: Vec<&str> = library.diagnostics.iter().map(|d| d.code.as_ref()).collect();
    for code in ["unknown-rating", "unknown-severity", "empty-text", "spoiler-placement", "unknown-theme"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
}

#[test]
fn a_field_path_and_line_point_at_the_problem() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/unknown-key-nested.yaml");
    let (_, text) = rendered(&path);
    assert!(text.contains("unknown-key-nested.yaml:11:9"), "{text}");
    assert!(text.contains("field: discussion[0].questions[1].txt"), "{text}");
    assert!(text.contains("did you mean `text`?"), "{text}");
}

/// A record, a night and the settings that each write a date, a time of day, a slug and
/// a language wrongly in the same way, and the codes `check` gives them: one per kind.
#[test]
fn a_kind_of_value_has_one_rule_and_one_code_wherever_it_is_written() {
    let dir = crate::nights::night_project();
    let edit = |file: &str, from: &str, to: &str| {
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} no longer has {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit("guides/her.yaml", "date: 2013-12-18", "date: 2013-9-5");
    edit("guides/her.yaml", "language: en", "language: english\nslug: Her Film");
    edit("nights/love-with-a-deadline.yaml", "date: 2027-01-16", "date: 2027-1-16");
    edit("nights/love-with-a-deadline.yaml", "start: \"15:00\"", "start: 3pm");
    edit("nights/love-with-a-deadline.yaml", "paper: a4", "paper: a4\nlanguage: english\nslug: Love Night");
    let said = crate::harness::expect(&crate::harness::run(dir.path(), &["check"]), 1);
    let codes = |file: &str| -> Vec<String> {
        let mut codes: Vec<String> = said
            .split("\nerror[")
            .filter(|block| block.contains(&format!("{file}:")))
            .map(|block| block.trim_start_matches("error[").split(']').next().unwrap().to_string())
            .collect();
        codes.sort();
        codes
    };
    assert_eq!(codes("guides/her.yaml"), ["date", "language", "slug"], "{said}");
    // Her is now invalid, so the night names an unknown film as well.
    assert_eq!(
        codes("nights/love-with-a-deadline.yaml"),
        ["clock", "date", "language", "slug", "unknown-film"],
        "{said}"
    );
    assert!(said.contains("write `2013-09-05`") && said.contains("write `2027-01-16`"), "{said}");

    // The settings, which `check` reads for its fonts, and `build` for everything.
    std::fs::write(dir.path().join("reelguide.yaml"), "event: { date: 2027-1-16, start: 3pm }\nlanguage: english\n")
        .unwrap();
    let said = crate::harness::expect(&crate::harness::run(dir.path(), &["build"]), 1);
    for code in ["error[date]", "error[clock]", "error[language]"] {
        assert!(said.contains(code), "{code} not in:\n{said}");
    }
    assert!(said.contains("write `2027-01-16`"), "{said}");
}
