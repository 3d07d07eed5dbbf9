//! A property test that fuzzes the whole pipeline on stable Rust: records made by
//! mutating the test fixtures and the shipped guides (bytes flipped, YAML's special
//! characters inserted, lines cut, repeated and swapped) are checked and, when valid,
//! rendered to memory in every edition as HTML and PDF. Nothing may panic, hang or
//! take unbounded work.
//!
//! `cargo test` runs a few hundred cases; `.ci/run` runs it for longer with
//! `PROPTEST_CASES=3000`. A failing case is shrunk to the smallest mutation that fails
//! and saved by proptest under `tests/fuzz.proptest-regressions`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use reelguide::pipeline::library;
use reelguide::render::html::HtmlRenderer;
use reelguide::render::pdf;
use reelguide::render::pdf::fonts::Fonts;
use reelguide::templates::TemplateSource;
use reelguide::view::edition::{self, Edition};
use reelguide::view::paper::{PageSettings, Paper};

/// The corpus: every fixture and every shipped guide.
fn seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in
        ["guides", "tests/fixtures/valid", "tests/fixtures/invalid", "tests/fixtures/warnings", "tests/fixtures/stress"]
    {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        found.sort();
        files.extend(found);
    }
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

/// One change to a record's bytes.
#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, bit: u8 },
    Insert { at: usize, token: &'static str },
    Cut { at: usize, len: usize },
    Repeat { at: usize, len: usize, times: usize },
    SwapLines { a: usize, b: usize },
}

/// What YAML and the format react to.
const TOKENS: &[&str] = &[
    ":",
    ": ",
    "- ",
    "\n",
    "\n  ",
    "\t",
    "{",
    "}",
    "[",
    "]",
    ",",
    "&a ",
    "*a",
    "!!binary ",
    "!x ",
    "~",
    "null",
    "\"",
    "'",
    "#",
    "|\n",
    ">\n",
    "---\n",
    "? ",
    "%YAML 1.2\n",
    "\\e",
    "\"\\u202e\"",
    "\u{feff}",
    "\u{0}",
    "é",
    "東",
    "**",
    "*",
    "TODO",
    "~1:20",
    "0:52-0:55",
    "spoiler: true",
    "source: x",
    "kind: film",
    "\u{202e}",
    "<script>",
    "9999999999999999999999",
    "-1",
    "1e309",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        (any::<usize>(), prop::sample::select(TOKENS)).prop_map(|(at, token)| Mutation::Insert { at, token }),
        (any::<usize>(), 1usize..200).prop_map(|(at, len)| Mutation::Cut { at, len }),
        (any::<usize>(), 1usize..80, 2usize..50).prop_map(|(at, len, times)| Mutation::Repeat { at, len, times }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let n = bytes.len().max(1);
    match *m {
        Mutation::Flip { at, bit } => {
            if let Some(b) = bytes.get_mut(at % n) {
                *b ^= 1 << bit;
            }
        }
        Mutation::Insert { at, token } => {
            let at = (at % n).min(bytes.len());
            bytes.splice(at..at, token.bytes());
        }
        Mutation::Cut { at, len } => {
            let at = (at % n).min(bytes.len());
            let end = (at + len).min(bytes.len());
            bytes.drain(at..end);
        }
        Mutation::Repeat { at, len, times } => {
            let at = (at % n).min(bytes.len());
            let piece: Vec<u8> = bytes[at..(at + len).min(bytes.len())].to_vec();
            for _ in 0..times {
                bytes.splice(at..at, piece.iter().copied());
            }
        }
        Mutation::SwapLines { a, b } => {
            let mut lines: Vec<Vec<u8>> = bytes.split(|c| *c == b'\n').map(<[u8]>::to_vec).collect();
            let count = lines.len();
            lines.swap(a % count, b % count);
            *bytes = lines.join(&b'\n');
        }
    }
}

/// Checks one record and, if it is valid, renders every edition to memory.
fn pipeline(bytes: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzzed.yaml");
    std::fs::write(&path, bytes).unwrap();
    let library = library::load(std::slice::from_ref(&path), &Fonts::default());
    for d in &library.diagnostics {
        let _ = library.sources.render(d);
    }
    let Ok((guide, slug)) = library::read_record(&path) else { return };
    let html = HtmlRenderer::new(TemplateSource::new(None), 1);
    for edition in Edition::ALL {
        let view = edition::view(&guide, &slug, edition, &edition::Options::default(), &HashMap::new());
        let page = PageSettings { paper: Paper::A5, large_print: edition == Edition::Parents };
        let _ = html.edition(&view, &page).expect("the built-in templates render every valid record");
        let bytes = pdf::render(&Fonts::default(), &view, &page, None);
        assert!(bytes.starts_with(b"%PDF"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(200),
        // A case that takes this long is a hang as far as a user is concerned.
        timeout: 60_000,
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_mutated_record_panics_or_hangs_the_pipeline(
        seed in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let seeds = seeds();
        let mut bytes = seeds[seed.index(seeds.len())].clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        pipeline(&bytes);
    }
}

#[test]
fn every_seed_goes_through_the_pipeline_unmutated() {
    for seed in seeds() {
        pipeline(&seed);
    }
}

/// The shipped library, loaded once for the night cases.
fn shipped_library() -> &'static library::Library {
    static LIBRARY: std::sync::OnceLock<library::Library> = std::sync::OnceLock::new();
    LIBRARY.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        library::load(&library::find_files(&[root.join("guides")]).unwrap(), &Fonts::default())
    })
}

/// The shipped night files, the seeds of the night cases.
fn night_seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("nights"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

/// Reads and checks one night against the shipped library and, if it is valid, makes
/// its views, its calendar and its leader's guide.
fn night_pipeline(bytes: &[u8]) {
    use reelguide::pipeline::nights;
    use reelguide::read::diagnostic::Sources;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzzed.yaml");
    std::fs::write(&path, bytes).unwrap();
    let library = shipped_library();
    let mut sources = Sources::new();
    let (read, problems) = nights::read_all(std::slice::from_ref(&path), library, &mut sources);
    assert!(problems.len() <= library::MAX_PROBLEMS + 1, "{} problems shown", problems.len());
    for d in &problems {
        let _ = sources.render(d);
    }
    let summaries: reelguide::view::summary::Lookup<'_> =
        library.entries.iter().map(|e| (e.summary.slug.as_str(), &e.summary)).collect();
    for night in &read {
        let views = reelguide::view::night::views(&night.input(), &edition::Options::default(), &summaries);
        let calendar = reelguide::render::ics::calendar("night", &views.calendar, None);
        assert!(calendar.starts_with("BEGIN:VCALENDAR"));
        let leader: Vec<(&reelguide::view::model::View, u32)> = views.leader.iter().map(|v| (v, 1)).collect();
        let bytes = pdf::documents(&Fonts::default(), &leader, "night", &PageSettings::default(), None);
        assert!(bytes.starts_with(b"%PDF"));
    }
}

/// A manifest as a build writes it, sealed with `key`, and the output folder it is for.
fn manifest_seed(key: &reelguide::pipeline::seal::Key) -> (tempfile::TempDir, Vec<u8>) {
    use reelguide::pipeline::incremental::{Made, Manifest};
    let out = tempfile::tempdir().unwrap();
    let mut manifest = Manifest::default();
    for slug in ["her", "moon", "nights/a-night"] {
        let mut made = Made { inputs: "0123".into(), ..Made::default() };
        for name in ["handout.pdf", "leader.html"] {
            let file = format!("{slug}/{name}");
            std::fs::create_dir_all(out.path().join(slug)).unwrap();
            std::fs::write(out.path().join(&file), b"bytes").unwrap();
            made.outputs.insert(file.clone(), reelguide::pipeline::incremental::hash(&[b"bytes"]));
            made.stamps.insert(file, (5, 0));
        }
        manifest.records.insert(slug.into(), made);
    }
    manifest.write(out.path(), Some(key)).unwrap();
    let bytes = std::fs::read(out.path().join(".reelguide-build.json")).unwrap();
    (out, bytes)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(100),
        timeout: 60_000,
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_mutated_night_panics_or_hangs(
        seed in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let seeds = night_seeds();
        let mut bytes = seeds[seed.index(seeds.len())].clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        night_pipeline(&bytes);
    }

    #[test]
    fn a_mutated_manifest_is_never_trusted_and_never_read_outside_its_folder(
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        use reelguide::pipeline::incremental::Manifest;
        let keys = tempfile::tempdir().unwrap();
        std::fs::write(keys.path().join("key"), [7u8; 16]).unwrap();
        let key = reelguide::pipeline::seal::Key::read(&keys.path().join("key")).unwrap();
        let (out, seed) = manifest_seed(&key);
        let mut bytes = seed.clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        std::fs::write(out.path().join(".reelguide-build.json"), &bytes).unwrap();
        let (manifest, distrust) = Manifest::read(out.path(), Some(&key));
        // Changed bytes may still say the same thing (white space, a field this version
        // does not read): what is trusted is exactly what was sealed. Anything else is
        // refused as a whole, and nothing of it is kept.
        let sealed: serde_json::Value = serde_json::from_slice::<serde_json::Value>(&seed).unwrap()["manifest"].clone();
        match distrust {
            None => prop_assert_eq!(serde_json::to_value(&manifest).unwrap(), sealed),
            Some(_) => prop_assert!(manifest.records.is_empty()),
        }
        for slug in manifest.records.keys() {
            let _ = manifest.is_current(out.path(), slug, "0123");
        }
    }
}

#[test]
fn every_night_goes_through_the_pipeline_unmutated() {
    for seed in night_seeds() {
        night_pipeline(&seed);
    }
}
