//! Film nights through the real binary: the shipped double feature builds its leader's
//! guide, its pack (with the right number of pages), its page and a calendar file a
//! strict parser reads; a broken night is reported where it is broken while everything
//! else builds; a new night's skeleton fails `check` until it is filled in.

use std::path::Path;

use crate::harness::{expect, root, run, stdout};

const NIGHT: &str = "nights/love-with-a-deadline.yaml";

/// A project holding every shipped guide and night.
pub fn night_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["guides", "nights"] {
        std::fs::create_dir(dir.path().join(folder)).unwrap();
        for entry in std::fs::read_dir(root().join(folder)).unwrap().flatten() {
            std::fs::copy(entry.path(), dir.path().join(folder).join(entry.file_name())).unwrap();
        }
    }
    dir
}

fn pages(pdf: &Path) -> usize {
    lopdf::Document::load(pdf).unwrap_or_else(|e| panic!("{}: {e}", pdf.display())).get_pages().len()
}

/// The night built with `people` and `under_18` in place of the shipped numbers: the
/// pages of its pack.
fn pack_pages(dir: &Path, people: u32, under_18: u32) -> usize {
    let shipped = std::fs::read_to_string(root().join(NIGHT)).unwrap();
    let mut changed = shipped
        .replace("people: 18\n", &format!("people: {people}\n"))
        .replace("under_18: 4\n", &format!("under_18: {under_18}\n"));
    if under_18 == 0 {
        // Nobody under 18: the youngest is no longer 16.
        changed = changed.replace("youngest: 16\n", "");
    }
    assert_ne!(shipped, changed, "the shipped night no longer says people: 18, under_18: 4");
    std::fs::write(dir.join(NIGHT), changed).unwrap();
    expect(&run(dir, &["build", "--quiet"]), 0);
    pages(&dir.join("out/nights/love-with-a-deadline/pack.pdf"))
}

#[test]
fn the_pack_holds_the_leaders_guide_once_a_handout_each_and_a_card_for_each_child() {
    let dir = night_project();
    let output = run(dir.path(), &["build"]);
    let said = expect(&output, 0);
    assert!(said.contains("built 4 nights into out/nights"), "{said}");
    let night = dir.path().join("out/nights/love-with-a-deadline");
    for name in ["leader.pdf", "leader.html", "pack.pdf", "index.html", "night.ics"] {
        assert!(night.join(name).is_file(), "{name} was not written");
    }
    let shipped = pages(&night.join("pack.pdf"));
    let leader = pages(&night.join("leader.pdf"));
    // Built again with other numbers: what one more person and one more child add.
    let one = pack_pages(dir.path(), 1, 0);
    let handouts = pack_pages(dir.path(), 2, 0) - one;
    let cards = pack_pages(dir.path(), 1, 1) - one;
    assert_eq!(one - handouts, leader, "the pack starts with the leader's guide, once");
    // Two films: each handout copy and each card starts on a new sheet.
    assert!(handouts > 0 && handouts.is_multiple_of(2), "a set of handouts has {handouts} pages");
    // Each film's parents' card is one page, printed alone on its sheet.
    assert_eq!(cards, 2 * 2, "a set of parents' cards for two films");
    assert_eq!(shipped, leader + 18 * handouts + 4 * cards);
}

#[test]
fn the_calendar_file_is_valid_icalendar_with_one_stable_event_per_evening() {
    let dir = night_project();
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    let path = dir.path().join("out/nights/love-with-a-deadline/night.ics");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.lines().all(|l| l.len() <= 75), "a line longer than RFC 5545 allows:\n{text}");
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a strict parser reads it");
    let events: Vec<_> = calendar.components.iter().filter(|c| c.name == "VEVENT").collect();
    assert_eq!(events.len(), 1, "{text}");
    let value = |name: &str| {
        events[0].properties.iter().find(|p| p.name == name).map(|p| p.val.to_string()).unwrap_or_default()
    };
    assert_eq!(value("UID"), "love-with-a-deadline-2027-01-16@reelguide");
    assert_eq!(value("DTSTART"), "20270116T150000");
    assert!(value("DTEND").starts_with("20270116T2"), "{}", value("DTEND"));
    assert!(value("SUMMARY").contains("Never Let Me Go and Her"), "{}", value("SUMMARY"));
    assert_eq!(value("LOCATION"), "St Anne's parish hall");
    // The same input gives the same file: no clock, no random UID.
    expect(&run(dir.path(), &["build", "--quiet"]), 0);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_broken_night_is_reported_where_it_is_broken_and_everything_else_builds() {
    let dir = night_project();
    std::fs::write(
        dir.path().join("nights/broken.yaml"),
        "title: Broken\npeople: 10\nevenings:\n  - date: 2027-13-01\n    start: \"19:00\"\n    films: [her, never-let-me-goo]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("nights/too-long.yaml"),
        "title: Too long\npeople: 10\nevenings:\n  - date: 2027-02-01\n    start: \"19:00\"\n    end: \"21:00\"\n    films: [her, moon]\n",
    )
    .unwrap();
    let output = run(dir.path(), &["build"]);
    let said = expect(&output, 1);
    assert!(said.contains("nights/broken.yaml:4:11"), "the date's place: {said}");
    assert!(said.contains("YYYY-MM-DD"), "{said}");
    assert!(said.contains("nights/broken.yaml:6:18"), "the film's place: {said}");
    assert!(said.contains("did you mean `never-let-me-go`?"), "{said}");
    assert!(said.contains("nights/too-long.yaml:6:10"), "the end's place: {said}");
    assert!(said.contains("past its end at 21:00"), "{said}");
    assert!(said.contains("2 nights not built"), "{said}");
    let out = dir.path().join("out");
    assert!(out.join("nights/love-with-a-deadline/pack.pdf").is_file(), "the good night was not built");
    assert!(out.join("her/handout.pdf").is_file() && out.join("moon/parents.pdf").is_file());
    assert!(!out.join("nights/broken").exists() && !out.join("nights/too-long").exists());
    // `check` finds the same problems, and writes nothing.
    let checked = run(dir.path(), &["check"]);
    let said = expect(&checked, 1);
    assert!(said.contains("nights/too-long.yaml:6:10"), "{said}");
}

#[test]
fn a_new_night_fails_check_until_it_is_filled_in() {
    let dir = night_project();
    let output = run(dir.path(), &["new-night", "Autumn series"]);
    expect(&output, 0);
    assert!(dir.path().join("nights/autumn-series.yaml").is_file());
    let checked = run(dir.path(), &["check"]);
    let said = expect(&checked, 1);
    assert_eq!(said.matches("error[placeholder]").count(), 7, "{said}");
    assert!(said.contains("nights/autumn-series.yaml:"), "{said}");
    let schema = run(dir.path(), &["schema", "night"]);
    expect(&schema, 0);
    assert!(stdout(&schema).contains("\"evenings\""));
    let shipped = std::fs::read_to_string(root().join("nights/night.schema.json")).unwrap();
    assert_eq!(stdout(&schema), shipped, "nights/night.schema.json is out of date: `reelguide schema night`");
}

#[test]
fn a_night_file_is_checked_as_a_night_wherever_it_is() {
    let dir = night_project();
    std::fs::copy(root().join(NIGHT), dir.path().join("double-feature.yaml")).unwrap();
    let said = expect(&run(dir.path(), &["check", "double-feature.yaml"]), 0);
    assert!(said.contains("checked 25 records and 1 night: all valid"), "{said}");
}
