//! The layout checker (`checker`) run over every edition of every shipped guide and of
//! stress records, on every paper, in normal and large print, with and without the faith
//! layer and spoilers: it expects no fault at all.

use crate::checker::check;
use crate::harness::root;
use std::collections::HashMap;

use rayon::prelude::*;
use reelguide::pipeline::library;
use reelguide::render::pdf;
use reelguide::render::pdf::fonts::Fonts;
use reelguide::render::pdf::paginate::{Ink, Role};
use reelguide::view::edition::{self, Edition};
use reelguide::view::model::View;
use reelguide::view::paper::{PageSettings, Paper};

/// The records to lay out: the shipped guides, the test records, and stress records.
fn records() -> Vec<(String, reelguide::record::Guide, String)> {
    let mut records = Vec::new();
    let files = library::find_files(&[root().join("guides")]).unwrap();
    let extra = [
        "valid/every-field.yaml",
        "valid/minimal.yaml",
        "valid/unusual-text.yaml",
        "stress/scripts.yaml",
        "stress/right-to-left.yaml",
        // Set without its fallback font: its Japanese prints as replacement marks, in the
        // title and the footer too.
        "stress/japanese.yaml",
    ];
    for path in files.iter().cloned().chain(extra.iter().map(|f| root().join("tests/fixtures").join(f))) {
        let (guide, slug) = library::read_record(&path).unwrap();
        records.push((path.display().to_string(), guide, slug));
    }
    let long = std::fs::read_to_string(root().join("tests/fixtures/stress/long-names.yaml")).unwrap();
    let words = "Give everyone who wants to speak the time to finish before moving on. ".repeat(90);
    let long = long.replace("LONGNOTE", words.trim()).replace("LONGQUOTE", words.trim());
    records.push(("stress/long-names".into(), parse(&long), "long-names".into()));
    records.push(("stress/300-questions".into(), parse(&three_hundred_questions()), "many".into()));
    // A long title in a script the built-in faces lack: the footer must measure it as
    // it is drawn (replacement marks), or it runs into the page number.
    let japanese = std::fs::read_to_string(root().join("tests/fixtures/stress/japanese.yaml")).unwrap();
    let long_title =
        japanese.replace("title: \"東京物語\"", "title: \"東京物語と家族の長い夏の日の思い出の記録と旅の終わり\"");
    assert_ne!(japanese, long_title);
    records.push(("stress/japanese-long-title".into(), parse(&long_title), "japanese".into()));
    records
}

fn parse(text: &str) -> reelguide::record::Guide {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stress.yaml");
    std::fs::write(&path, text).unwrap();
    library::read_record(&path).unwrap_or_else(|e| panic!("stress record is invalid: {e:?}")).0
}

/// 300 questions in three sections (numbers past 100), unbreakable words, spoilers.
fn three_hundred_questions() -> String {
    let word = "x".repeat(300);
    let mut text = format!(
        "title: \"{word}\"\nyear: 2000\nfilm:\n  runtime_minutes: 120\n  directors: [\"{word}\"]\nsynopsis:\n  short: \"See {word}.\"\ndiscussion:\n"
    );
    for (when, at) in [("before", ""), ("pause", "    at: \"1:00\"\n"), ("after", "")] {
        text.push_str(&format!("  - when: {when}\n{at}    questions:\n"));
        for i in 0..100 {
            let spoiler = if when == "after" && i % 3 == 0 { ", spoiler: true" } else { "" };
            text.push_str(&format!(
                "      - {{ text: \"Question {i}: what does {} mean, and why does it matter here?\", leader_note: \"Note {i}.\"{spoiler} }}\n",
                if i % 10 == 0 { word.as_str() } else { "this" }
            ));
        }
    }
    text
}

/// Every combination the matrix asks for, for one record.
fn settings() -> Vec<(PageSettings, edition::Options)> {
    let mut all = Vec::new();
    for paper in [Paper::Letter, Paper::A4, Paper::HalfLetter, Paper::A5] {
        for large_print in [false, true] {
            for (faith, spoilers) in [(true, false), (false, true)] {
                let options = edition::Options {
                    faith,
                    spoilers,
                    start: Some(19 * 60),
                    group: Some("St Mark's Film Club of the Parish of Saint Mark the Evangelist, Lower Wickham".into()),
                    event: Some(edition::Event {
                        date: time::Date::from_calendar_date(2026, time::Month::March, 6).ok(),
                        start: Some("19:00".into()),
                        place: Some("St Mark's church hall, Lower Wickham".into()),
                    }),
                    ..edition::Options::default()
                };
                all.push((PageSettings { paper, large_print }, options));
            }
        }
    }
    all
}

#[test]
fn no_layout_fault_on_any_page_of_any_edition() {
    let records = records();
    let library: reelguide::view::summary::Lookup<'_> = HashMap::new();
    let jobs: Vec<_> = records
        .iter()
        .flat_map(|r| {
            settings().into_iter().flat_map(move |s| Edition::ALL.into_iter().map(move |e| (r, s.clone(), e)))
        })
        .collect();
    assert!(jobs.len() > 300, "{} layouts", jobs.len());
    let fonts = Fonts::default();
    let faults: Vec<String> = jobs
        .par_iter()
        .flat_map(|((name, guide, slug), (page, options), edition)| {
            let view: View = edition::view(guide, slug, *edition, options, &library);
            let layout = pdf::layout(&fonts, &view, page);
            check(&layout)
                .into_iter()
                .map(|f| {
                    let print = if page.large_print { "large print" } else { "normal" };
                    format!(
                        "{name} {edition:?} {:?} {print} faith={}: page {}: {}",
                        page.paper, options.faith, f.page, f.what
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect();
    // LAYOUT_FAULTS=FILE writes every fault there, for working through them.
    if let Ok(path) = std::env::var("LAYOUT_FAULTS") {
        std::fs::write(path, faults.join("\n")).unwrap();
    }
    let shown: Vec<&String> = faults.iter().take(40).collect();
    assert!(
        faults.is_empty(),
        "{} layout faults, the first:\n{}",
        faults.len(),
        shown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_checker_finds_each_kind_of_fault() {
    use reelguide::render::pdf::paginate::PageContent;
    let view = edition::view(&records()[0].1, "x", Edition::Handout, &edition::Options::default(), &HashMap::new());
    let mut layout = pdf::layout(&Fonts::default(), &view, &PageSettings::default());
    assert!(check(&layout).is_empty());
    let text = layout.pages[0].draws.iter().find(|d| matches!(d.ink, Ink::Text { .. })).unwrap().clone();
    let mut broken = PageContent::default();
    let mut over = text.clone();
    over.shift(0.2, 0.2);
    let mut outside = text.clone();
    outside.shift(-200.0, 0.0);
    let mut heading = text.clone();
    heading.role = Role::Heading;
    heading.shift(0.0, 200.0);
    let mut cell = text.clone();
    cell.role = Role::Cell { limit: 1.0 };
    cell.shift(0.0, 100.0);
    broken.draws = vec![text, over, outside, heading, cell];
    layout.pages.insert(0, broken);
    layout.sheets.clear();
    let found: Vec<String> = check(&layout).into_iter().filter(|f| f.page == 1).map(|f| f.what).collect();
    for kind in ["is drawn over", "outside the text area", "Heading is the last thing", "crosses its cell", "full"] {
        assert!(found.iter().any(|f| f.contains(kind)), "no {kind:?} in {found:#?}");
    }
}

/// `LAYOUT_DUMP=record:edition:paper[:normal]` writes that layout (large print unless
/// `normal`) to /tmp/layout.txt.
#[test]
fn dump_on_request() {
    let Ok(spec) = std::env::var("LAYOUT_DUMP") else { return };
    let parts: Vec<&str> = spec.split(':').collect();
    let records = records();
    let (_, guide, slug) = records.iter().find(|r| r.0.contains(parts[0])).unwrap();
    let edition = Edition::ALL.into_iter().find(|e| format!("{e:?}") == parts[1]).unwrap();
    let large = parts.get(3) != Some(&"normal");
    let (page, options) = settings()
        .into_iter()
        .find(|(p, o)| format!("{:?}", p.paper) == parts[2] && p.large_print == large && o.faith)
        .unwrap();
    let view = edition::view(guide, slug, edition, &options, &HashMap::new());
    std::fs::write("/tmp/layout.txt", pdf::dump(&pdf::layout(&Fonts::default(), &view, &page))).unwrap();
}

/// Each edition of one guide as a readable layout: one line per run of text with its page,
/// position, size, face and role. A change to margins, breaks or wording shows here as a
/// diff to review.
#[test]
fn each_edition_of_never_let_me_go_lays_out_as_its_snapshot() {
    let (guide, slug) = library::read_record(&root().join("guides/never-let-me-go.yaml")).unwrap();
    let options =
        edition::Options { start: Some(19 * 60), group: Some("St Mark's Film Club".into()), ..Default::default() };
    for edition in Edition::ALL {
        let view = edition::view(&guide, &slug, edition, &options, &HashMap::new());
        let layout = pdf::layout(&Fonts::default(), &view, &PageSettings::default());
        insta::assert_snapshot!(format!("never_let_me_go_{}", edition.key()), pdf::dump(&layout));
    }
}

/// The shipped nights' views: the leader's guide to each and every part of its packs.
fn night_views(options: &edition::Options) -> Vec<(String, View)> {
    let files = library::find_files(&[root().join("guides")]).unwrap();
    let mut library = library::load(&files, &Fonts::default());
    let mut sources = std::mem::take(&mut library.sources);
    let nights = reelguide::pipeline::nights::find(&root().join("nights"));
    let (read, problems) = reelguide::pipeline::nights::read_all(&nights, &library, &mut sources);
    assert!(problems.is_empty() && !read.is_empty(), "the shipped nights: {problems:?}");
    let lookup: reelguide::view::summary::Lookup<'_> =
        library.entries.iter().map(|e| (e.summary.slug.as_str(), &e.summary)).collect();
    let mut views = Vec::new();
    for night in &read {
        let built = reelguide::view::night::views(&night.input(), options, &lookup);
        views.extend(built.leader.into_iter().map(|v| (format!("{} leader", night.slug), v)));
        for pack in built.packs {
            views.extend(pack.parts.into_iter().map(|p| (format!("{} {}", night.slug, pack.file), p.view)));
        }
    }
    views
}

#[test]
fn no_layout_fault_on_any_page_of_a_night() {
    let mut faults = Vec::new();
    for (page, options) in settings() {
        for (name, view) in night_views(&options) {
            for f in check(&pdf::layout(&Fonts::default(), &view, &page)) {
                faults.push(format!("{name} {} {:?}: page {}: {}", view.title, page.paper, f.page, f.what));
            }
        }
    }
    assert!(faults.is_empty(), "{} layout faults:\n{}", faults.len(), faults.join("\n"));
}

#[test]
fn the_nights_own_pages_lay_out_as_their_snapshot() {
    let views = night_views(&edition::Options::default());
    let (_, own) = views.first().expect("the night's own view comes first");
    insta::assert_snapshot!(
        "night_love_with_a_deadline",
        pdf::dump(&pdf::layout(&Fonts::default(), own, &PageSettings::default()))
    );
}

/// A parents' card that fits one sheet without spoilers fits it with them, on Letter and
/// A4: spoilers are what a parent asks for, not a reason for a second page.
#[test]
fn a_card_with_spoilers_fits_one_page_where_one_without_does() {
    let fonts = Fonts::default();
    let library: reelguide::view::summary::Lookup<'_> = HashMap::new();
    let mut longer = Vec::new();
    for (name, guide, slug) in records() {
        for paper in [Paper::Letter, Paper::A4] {
            let page = PageSettings { paper, large_print: false };
            // With the matrix's long group name and event, which the masthead prints.
            let (_, matrix) = settings().remove(0);
            let pages = |faith: bool, spoilers: bool| {
                let options = edition::Options { faith, spoilers, ..matrix.clone() };
                let view = edition::view(&guide, &slug, Edition::Parents, &options, &library);
                pdf::layout(&fonts, &view, &page).pages.len()
            };
            for faith in [true, false] {
                let (without, with) = (pages(faith, false), pages(faith, true));
                if without == 1 && with > 1 {
                    longer.push(format!("{name} {paper:?} faith={faith}: {with} pages with spoilers"));
                }
            }
        }
    }
    assert!(longer.is_empty(), "{}", longer.join("\n"));
}
