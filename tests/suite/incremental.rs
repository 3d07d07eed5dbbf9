//! Incremental builds: a rebuild after one record changed gives, file for file, what a
//! clean full build gives; a rebuild after nothing changed rewrites nothing but the
//! catalog; a deleted output is built again.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::SystemTime;

use crate::harness::{expect, files, run, stderr};
use crate::nights::night_project;

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
    assert!(said.contains("(5 already up to date)"), "{said}");
    let after = modified(&out);
    let rewritten: Vec<&str> =
        after.iter().filter(|(name, time)| before.get(*name) != Some(time)).map(|(name, _)| name.as_str()).collect();
    assert_eq!(rewritten, [".reelguide-build.json", "index.html"], "rewritten: {rewritten:?}");

    // One record changed: only its outputs are built again, and everything equals a
    // clean build of the same records.
    edit_moon(dir.path());
    let said = expect(&run(dir.path(), &["build"]), 0);
    assert!(said.contains("(4 already up to date)"), "{said}");
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
    assert!(said.contains("(4 already up to date)") && out.join("her/leader.pdf").is_file(), "{said}");
    let forced = run(dir.path(), &["build", "--force"]);
    assert!(!stderr(&forced).contains("already up to date"), "{}", stderr(&forced));
}

#[test]
fn a_record_that_checked_clean_is_not_read_again_until_it_changes() {
    let dir = night_project();
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    let out = dir.path().join("out");
    let manifest_path = out.join(".reelguide-build.json");

    // What the library takes from an unchanged, clean record is the manifest's: a title
    // put there shows in the catalog, so the record was not parsed again.
    let mut manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&manifest_path).unwrap()).unwrap();
    let files = manifest["checked"]["files"].as_object_mut().unwrap();
    let (_, moon) = files.iter_mut().find(|(path, _)| path.ends_with("guides/moon.yaml")).unwrap();
    moon["summary"]["title"] = "Moon, as remembered".into();
    std::fs::write(&manifest_path, manifest.to_string()).unwrap();
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
