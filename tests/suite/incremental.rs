//! Incremental builds: a rebuild after one record changed gives, file for file, what a
//! clean full build gives; a rebuild after nothing changed rewrites nothing but the
//! catalog; a deleted output is built again.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::SystemTime;

use reelguide::pipeline::incremental::Manifest;
use reelguide::pipeline::seal::Key;

use crate::harness::{expect, files, run, stderr};
use crate::nights::night_project;

/// Where the tests' builds keep the manifest's key (`harness::command` sets the cache).
fn key_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache/reelguide/manifest.key")
}

/// Every output but the manifest, with its bytes.
fn outputs(out: &Path) -> BTreeMap<String, Vec<u8>> {
    files(out)
        .into_iter()
        .filter(|f| !f.ends_with(".reelguide-build.json"))
        .map(|f| (f.display().to_string(), std::fs::read(out.join(&f)).unwrap()))
        .collect()
}

fn modified(out: &Path) -> BTreeMap<String, SystemTime> {
    files(out)
        .into_iter()
        .map(|f| (f.display().to_string(), std::fs::metadata(out.join(&f)).unwrap().modified().unwrap()))
        .collect()
}

fn edit_moon(dir: &Path) {
    let path = dir.join("guides/moon.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited =
        text.replace("Keep it light; the film will do the heavy work.", "Keep it brief; the film does the rest.");
    assert_ne!(text, edited, "the sentence to edit is gone");
    std::fs::write(&path, edited).unwrap();
}

#[test]
fn a_rebuild_after_one_change_equals_a_clean_build_and_touches_nothing_else() {
    let dir = night_project();
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    let out = dir.path().join("out");
    let before = modified(&out);

    // Nothing changed: nothing is rewritten but the catalog.
    let said = expect(&run(dir.path(), &["build"]), 0);
    assert!(said.contains("(25 already up to date)"), "{said}");
    let after = modified(&out);
    let rewritten: Vec<&str> =
        after.iter().filter(|(name, time)| before.get(*name) != Some(time)).map(|(name, _)| name.as_str()).collect();
    assert_eq!(rewritten, [".reelguide-build.json", "index.html"], "rewritten: {rewritten:?}");

    // One record changed: only its outputs are built again, and everything equals a
    // clean build of the same records.
    edit_moon(dir.path());
    let said = expect(&run(dir.path(), &["build"]), 0);
    assert!(said.contains("(24 already up to date)"), "{said}");
    let clean = tempfile::tempdir().unwrap();
    for folder in ["guides", "nights"] {
        std::fs::create_dir(clean.path().join(folder)).unwrap();
        for file in files(&dir.path().join(folder)) {
            std::fs::copy(dir.path().join(folder).join(&file), clean.path().join(folder).join(&file)).unwrap();
        }
    }
    expect(&run(clean.path(), &["build", "--quiet"]), 0);
    let (incremental, full) = (outputs(&out), outputs(&clean.path().join("out")));
    assert_eq!(incremental.keys().collect::<Vec<_>>(), full.keys().collect::<Vec<_>>());
    for (name, bytes) in &incremental {
        assert!(bytes == &full[name], "{name} differs from a clean build");
    }

    // A deleted output is built again; --force builds everything.
    std::fs::remove_file(out.join("her/leader.pdf")).unwrap();
    let said = expect(&run(dir.path(), &["build"]), 0);
    assert!(said.contains("(24 already up to date)") && out.join("her/leader.pdf").is_file(), "{said}");
    let forced = run(dir.path(), &["build", "--force"]);
    assert!(!stderr(&forced).contains("already up to date"), "{}", stderr(&forced));
}

#[test]
fn a_record_that_checked_clean_is_not_read_again_until_it_changes() {
    let dir = night_project();
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    let out = dir.path().join("out");

    // What the library takes from an unchanged, clean record is the manifest's: a title
    // put there (and sealed with this user's key, as the build would) shows in the
    // catalog, so the record was not parsed again.
    let key = Key::read(&key_path()).expect("the build kept a key");
    let (mut manifest, distrust) = Manifest::read(&out, Some(&key));
    assert_eq!(distrust, None);
    let (_, moon) = manifest.checked.files.iter_mut().find(|(path, _)| path.ends_with("guides/moon.yaml")).unwrap();
    moon.summary.title = "Moon, as remembered".into();
    manifest.write(&out, Some(&key)).unwrap();
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    let catalog = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(catalog.contains("Moon, as remembered"), "the unchanged record was checked again");

    // Changed, it is checked again, and its problems are reported.
    edit_moon(dir.path());
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    let catalog = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(!catalog.contains("Moon, as remembered"));
    let moon = dir.path().join("guides/moon.yaml");
    let text = std::fs::read_to_string(&moon).unwrap();
    std::fs::write(&moon, text.replacen("year: 2009", "year: 1850", 1)).unwrap();
    let said = expect(&run(dir.path(), &["build"]), 1);
    assert!(said.contains("moon.yaml:") && said.contains("error"), "{said}");

    // A record with a warning is never taken from the manifest: its warning is said at
    // every build.
    std::fs::write(&moon, text.replacen("language: en", "language: xx", 1)).unwrap();
    for _ in 0..2 {
        let said = expect(&run(dir.path(), &["build"]), 0);
        assert!(said.contains("warning[language-catalog]"), "{said}");
    }
}

/// Every file a build wrote, by name, with its bytes.
fn written(out: &Path) -> BTreeMap<String, Vec<u8>> {
    files(out)
        .into_iter()
        .filter(|f| !f.to_string_lossy().contains(".reelguide-build.json"))
        .map(|f| (f.display().to_string(), std::fs::read(out.join(&f)).unwrap()))
        .collect()
}

/// A manifest changed by hand, forged or pointing outside the output folder makes a build
/// no different from a clean one, in bounded time: it is not trusted, and says so once.
#[test]
fn a_tampered_manifest_changes_nothing_a_build_makes() {
    let dir = night_project();
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    let out = dir.path().join("out");
    let clean = written(&out);
    let path = out.join(".reelguide-build.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let tampered = [
        // Children of Men's summary made harmless, and Moon's pages sent into Her's folder.
        text.replace("\"min_age\":17", "\"min_age\":0").replace("\"severe\"", "\"none\""),
        text.replace("\"slug\":\"moon\"", "\"slug\":\"her\""),
        // Outputs that name a device, a path out of the folder, and a folder.
        text.replace("moon/handout.pdf", "../../../../dev/zero"),
        text.replace("moon/leader.pdf", "moon/../../../etc/passwd"),
        "{\"seal\":\"00\",\"manifest\":{\"records\":{}}}".to_string(),
        "not json at all".to_string(),
    ];
    for (i, manifest) in tampered.iter().enumerate() {
        assert_ne!(manifest, &text, "tampering {i} changed nothing");
        std::fs::write(&path, manifest).unwrap();
        let started = std::time::Instant::now();
        let said = expect(&run(dir.path(), &["build"]), 0);
        assert!(started.elapsed() < std::time::Duration::from_secs(60), "tampering {i} took {:?}", started.elapsed());
        assert!(said.contains("note[manifest]") && said.contains("building everything"), "tampering {i}: {said}");
        assert!(!said.contains("already up to date"), "tampering {i} was trusted: {said}");
        let now = written(&out);
        assert_eq!(now.keys().collect::<Vec<_>>(), clean.keys().collect::<Vec<_>>(), "tampering {i}");
        for (name, bytes) in &now {
            assert!(bytes == &clean[name], "tampering {i}: {name} differs from a clean build");
        }
    }
    // An oversized manifest is refused before it is read.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(Manifest::MAX_BYTES + 1).unwrap();
    let said = expect(&run(dir.path(), &["build"]), 0);
    assert!(said.contains("building everything"), "{said}");
}

/// Entries of records that are gone are dropped from the manifest.
#[test]
fn a_removed_record_leaves_the_manifest() {
    let dir = night_project();
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    std::fs::remove_file(dir.path().join("guides/spotlight.yaml")).unwrap();
    std::fs::remove_file(dir.path().join("nights/study-evening.yaml")).unwrap();
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    let key = Key::read(&key_path()).unwrap();
    let (manifest, _) = Manifest::read(&dir.path().join("out"), Some(&key));
    assert!(manifest.records.contains_key("moon"));
    assert!(!manifest.records.contains_key("spotlight"), "a gone record kept its entry");
    assert!(!manifest.records.contains_key("nights/study-evening"), "a gone night kept its entry");
}

/// A build that takes records from the check cache says the same warnings as one that
/// checks everything: the record's own (kept in the manifest) and those that depend on
/// the folder (found again each time).
#[test]
fn an_incremental_build_says_the_warnings_a_full_build_says() {
    let dir = crate::harness::project();
    let edit = |name: &str, from: &str, to: &str| {
        let path = dir.path().join("guides").join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{name} no longer has {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    // A language with no catalog (the record's own warning) and a link to a film that is
    // not in the folder (the folder's).
    edit("her.yaml", "language: en", "language: pl");
    edit("never-let-me-go.yaml", "{ title: Moon, year: 2009,", "{ title: Moon, year: 2009, guide: moon,");
    let problems = |args: &[&str]| -> Vec<String> {
        let said = expect(&run(dir.path(), args), 0);
        said.lines()
            .filter(|l| !l.starts_with("built ") && !l.starts_with("note[manifest]"))
            .map(String::from)
            .collect()
    };
    let full = problems(&["build"]);
    assert!(full.iter().any(|l| l.contains("warning[language-catalog]")), "{full:#?}");
    assert!(full.iter().any(|l| l.contains("warning[related-missing]")), "{full:#?}");
    assert_eq!(problems(&["build"]), full, "a build with nothing changed said other things");
    edit("never-let-me-go.yaml", "title: Never Let Me Go", "title: Never Let Me Go (revised)");
    let incremental = problems(&["build"]);
    assert_eq!(incremental, problems(&["build", "--force"]), "an incremental build said other things");
    assert!(incremental.iter().any(|l| l.contains("warning[language-catalog]")), "{incremental:#?}");
}
