//! The floors under a parent's answer, through the real binary: a severity below the
//! boards' own words or below a cited source's verdict fails `check`, naming whose words
//! they are; a night's youngest guest is held to the certificates of its country; and
//! the mapping tables in docs/ are the program's own.

use std::collections::BTreeSet;

use reelguide::record::board::{BRIEF, GRADES, KINDS};
use reelguide::record::scale::Scale;

use crate::harness::{expect, project, root, run};

/// `check` on one fixture: its exit code and what it said.
fn check(fixture: &str) -> (Option<i32>, String) {
    let out = run(root(), &["check", fixture]);
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_severity_below_the_boards_words_fails_and_quotes_them() {
    let (code, said) = check("tests/fixtures/invalid/board-floor-mpa.yaml");
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains("error[board-floor]: `violence` is `mild`, below what the MPA says: “strong violence”"),
        "{said}"
    );
    assert!(said.contains("board-floor-mpa.yaml:10:37"), "located: {said}");
    assert!(said.contains("make the severity at least `severe`"), "{said}");

    let (code, said) = check("tests/fixtures/invalid/board-floor-bbfc.yaml");
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("`language` is `mild`, below what the BBFC says: “strong language”"), "{said}");
    // "moderate threat" with frightening moderate is at its floor, not below it.
    assert_eq!(said.matches("error[").count(), 1, "{said}");
}

#[test]
fn a_severity_below_a_cited_verdict_fails_and_names_the_source() {
    let (code, said) = check("tests/fixtures/invalid/verdict-floor.yaml");
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains("error[verdict-floor]: `substances` is `moderate`, below what Common Sense Media says: “a lot”"),
        "{said}"
    );
    assert!(said.contains("verdict-floor.yaml:9:15"), "located at the severity: {said}");
    for (fixture, code) in [
        ("verdict-grade", "error[verdict-grade]: “lots” is not a grade of the Common Sense Media scale"),
        ("verdict-scale", "error[verdict-scale]: A film blog has no scale to read its verdict with"),
        ("scale-unknown", "error[unknown-scale]: `commonsense` is not a scale reelguide can read"),
    ] {
        let (exit, said) = check(&format!("tests/fixtures/invalid/{fixture}.yaml"));
        assert_eq!(exit, Some(1), "{fixture}: {said}");
        assert!(said.contains(code), "{fixture}: {said}");
    }
}

#[test]
fn the_parents_card_and_the_leaders_guide_print_each_verdict_beside_the_severity() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().to_str().unwrap();
    expect(&run(root(), &["build", "--format", "html", "--out", dir, "tests/fixtures/valid/every-field.yaml"]), 0);
    for edition in ["parents", "leader"] {
        let html = std::fs::read_to_string(out.path().join(format!("every-field/{edition}.html"))).unwrap();
        assert!(html.contains("Parent guides: Content Guide Alpha: some; Content Guide Beta: 3"), "{edition}: {html}");
    }
    let list = run(root(), &["list", "--json", "tests/fixtures/valid/every-field.yaml"]);
    let json: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let violence = &json["films"][0]["verdicts"]["violence"];
    assert_eq!(violence[0]["source"], "Content Guide Alpha");
    assert_eq!(violence[0]["grade"], "some");
    assert_eq!(violence[0]["severity"], "moderate");
}

#[test]
fn verdicts_two_steps_apart_are_said_to_disagree() {
    let dir = tempfile::tempdir().unwrap();
    let record = std::fs::read_to_string(root().join("tests/fixtures/valid/every-field.yaml")).unwrap();
    let split =
        record.replace("verdicts: { guide-a: some, guide-b: 3 }", "verdicts: { guide-a: a little, guide-b: 7 }");
    let split = split
        .replace("    severity: moderate\n    summary: A bar fight", "    severity: severe\n    summary: A bar fight");
    assert_ne!(record, split);
    std::fs::write(dir.path().join("film.yaml"), split).unwrap();
    let out = tempfile::tempdir().unwrap();
    let args = ["build", "--format", "html", "--out", out.path().to_str().unwrap(), "film.yaml"];
    expect(&run(dir.path(), &args), 0);
    let card = std::fs::read_to_string(out.path().join("every-field/parents.html")).unwrap();
    assert!(card.contains("These guides disagree by two steps or more"), "{card}");
}

/// A night of `films` in a project of the shipped Her and Never Let Me Go, with the
/// extra lines `audience` (country, youngest, under_18).
fn night(films: &str, audience: &str) -> tempfile::TempDir {
    let dir = project();
    std::fs::create_dir(dir.path().join("nights")).unwrap();
    let text = format!(
        "title: A night\npeople: 20\n{audience}\nevenings:\n  - {{ date: 2027-03-06, start: \"18:00\", films: [{films}] }}\n"
    );
    std::fs::write(dir.path().join("nights/a-night.yaml"), text).unwrap();
    dir
}

#[test]
fn a_night_whose_youngest_a_certificate_bars_fails() {
    let dir = night("her", "under_18: 3\nyoungest: 13\ncountry: GB");
    let out = run(dir.path(), &["check"]);
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains(
            "error[audience-barred]: Her is BBFC 15: no one under 15 may be admitted, and the youngest expected is 13"
        ),
        "{said}"
    );
    // Ages not given are never taken as all allowed.
    let dir = night("her", "under_18: 3\ncountry: GB");
    let out = run(dir.path(), &["check"]);
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("3 of the people expected are under 18, of ages not given"), "{said}");
    assert!(said.contains("say `youngest:`"), "{said}");
    // Old enough passes.
    let dir = night("her", "under_18: 3\nyoungest: 15\ncountry: GB");
    expect(&run(dir.path(), &["check"]), 0);
}

#[test]
fn an_r_film_in_the_us_warns_and_the_leaders_guide_prints_the_rule() {
    let dir = night("her, never-let-me-go", "under_18: 2\nyoungest: 14\ncountry: US");
    let said = expect(&run(dir.path(), &["check"]), 0);
    assert!(
        said.contains("warning[audience-with-adult]: Her is MPA R: anyone under 17 must come with an adult"),
        "{said}"
    );
    expect(&run(dir.path(), &["build", "--format", "html"]), 0);
    let guide = std::fs::read_to_string(dir.path().join("out/nights/a-night/leader.html")).unwrap();
    let ages = &guide[guide.find("Ages and certificates").expect("the ages section")..];
    let ages = &ages[..ages.find("</section>").unwrap()];
    assert!(ages.contains("Her is MPA R: anyone under 17 must come with a parent or adult guardian."), "{ages}");
    assert!(!ages.contains("BBFC"), "a US night prints the MPA's rules only: {ages}");
    assert!(guide.contains("Motion Picture Licensing Corporation"), "the US licence note");
    assert!(!guide.contains("community"), "not the UK's");
}

#[test]
fn without_a_country_both_boards_rules_are_printed() {
    let dir = night("her", "under_18: 2\nyoungest: 16");
    expect(&run(dir.path(), &["build", "--format", "html"]), 0);
    let guide = std::fs::read_to_string(dir.path().join("out/nights/a-night/leader.html")).unwrap();
    assert!(guide.contains("Her is BBFC 15: no one under 15 may be admitted, whatever their family says."), "{guide}");
    assert!(guide.contains("Her is MPA R: anyone under 17 must come with a parent or adult guardian."), "{guide}");
    assert!(guide.contains("does not say its country"), "{guide}");
}

/// The rows of the tables under each `## ` heading of a docs page: heading, cells.
fn tables(page: &str) -> Vec<(String, Vec<String>)> {
    let text = std::fs::read_to_string(root().join("docs").join(page)).unwrap();
    let mut heading = String::new();
    let mut rows = Vec::new();
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            heading = h.to_string();
        } else if line.starts_with("| ") && !line.starts_with("|---") {
            let cells: Vec<String> = line.trim_matches('|').split(" | ").map(|c| c.trim().to_string()).collect();
            rows.push((heading.clone(), cells));
        }
    }
    rows
}

#[test]
fn the_verdict_scales_page_is_the_programs_table() {
    let mut documented = BTreeSet::new();
    for (heading, cells) in tables("verdict-scales.md") {
        let Some(key) = heading.split('`').nth(1) else { continue };
        if cells[0] == "grade" {
            continue;
        }
        documented.insert((key.to_string(), cells[0].clone(), cells[1].clone()));
    }
    let mut program = BTreeSet::new();
    for scale in Scale::ALL {
        for row in scale.rows() {
            for grade in row.grades {
                program.insert((scale.key().to_string(), grade.to_string(), row.severity.key().to_string()));
            }
        }
    }
    assert_eq!(documented, program, "docs/verdict-scales.md and src/record/scale.rs disagree");
}

#[test]
fn the_board_words_page_is_the_programs_table() {
    let rows = tables("board-words.md");
    let words = |cell: &str| cell.split(", ").map(|w| w.trim_matches('`').to_string()).collect::<Vec<_>>();
    let grades: BTreeSet<(String, String)> = rows
        .iter()
        .filter(|(h, c)| h == "Grades" && c[0] != "words")
        .map(|(_, c)| (c[0].trim_matches('`').to_string(), c[1].clone()))
        .collect();
    let program: BTreeSet<(String, String)> =
        GRADES.iter().map(|g| (g.words.to_string(), g.severity.key().to_string())).collect();
    assert_eq!(grades, program, "the grades table");
    let brief: BTreeSet<String> = rows
        .iter()
        .filter(|(h, c)| h == "Words of brevity" && c[0] != "words")
        .map(|(_, c)| c[0].trim_matches('`').to_string())
        .collect();
    assert_eq!(brief, BRIEF.iter().map(|b| b.to_string()).collect(), "the words of brevity");
    let kinds: BTreeSet<(Vec<String>, Vec<String>)> = rows
        .iter()
        .filter(|(h, c)| h == "Kinds of content" && c[0] != "words")
        .map(|(_, c)| (words(&c[0]), words(&c[1])))
        .collect();
    let program: BTreeSet<(Vec<String>, Vec<String>)> = KINDS
        .iter()
        .map(|k| {
            (
                k.words.iter().map(|w| w.to_string()).collect(),
                k.categories.iter().map(|c| c.key().to_string()).collect(),
            )
        })
        .collect();
    assert_eq!(kinds, program, "the kinds table");
}
