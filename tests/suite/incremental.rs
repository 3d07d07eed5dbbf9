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
