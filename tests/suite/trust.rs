//! The two promises, through the real binary: a parent's answer is never wrong by
//! default, and a leader can hand out what is printed as it is (nothing spoils the film
//! before it is shown, nothing written is dropped).

use crate::harness::{project, root, run as reelguide, stderr};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use lopdf::{Document, Object};
use reelguide::markup;

const EVERY_FIELD: &str = "tests/fixtures/valid/every-field.yaml";

/// Builds `inputs` (relative to the package) into a fresh folder.
fn build(inputs: &[&str], extra: &[&str]) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let mut args = vec!["build", "--out", out.path().to_str().unwrap()];
    args.extend_from_slice(extra);
    args.extend_from_slice(inputs);
    let output = reelguide(root(), &args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    out
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Text without spaces or hyphens, so line breaks and hyphenation do not matter.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{AD}').collect()
}

/// The text of each page of a PDF, squashed.
fn pages(path: &Path) -> Vec<String> {
    let doc = Document::load(path).unwrap();
    doc.get_pages().keys().map(|n| squash(&doc.extract_text(&[*n]).unwrap_or_default())).collect()
}

/// The page index (from 0) of each outline entry, by title.
fn bookmarks(path: &Path) -> Vec<(String, usize)> {
    let doc = Document::load(path).unwrap();
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().values().copied().collect();
    let catalog = doc.catalog().unwrap();
    let outlines = doc.get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap()).unwrap();
    let mut next = outlines.get(b"First").and_then(Object::as_reference).ok();
    let mut found = Vec::new();
    while let Some(id) = next {
        let item = doc.get_dictionary(id).unwrap();
        let title = item.get(b"Title").unwrap().as_str().unwrap();
        let units: Vec<u16> = title[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        let page = item.get(b"Dest").unwrap().as_array().unwrap()[0].as_reference().unwrap();
        found.push((String::from_utf16_lossy(&units), pages.iter().position(|p| *p == page).unwrap()));
        next = item.get(b"Next").and_then(Object::as_reference).ok();
    }
    found
}

fn page_of(marks: &[(String, usize)], title: &str) -> usize {
    marks.iter().find(|(t, _)| t == title).unwrap_or_else(|| panic!("no bookmark {title:?} in {marks:?}")).1
}

/// Everything in the fixture that gives the plot away.
const SPOILERS: [&str; 6] = [
    "Her father's letter says he kept the lamp lit for the drowned mother.",
    "I kept it lit for her.",
    "Also ends with the mother's drowning at sea",
    "Why did her father keep the letter until the end?",
    "The shooting is remembered in a flashback.",
    "She learns from his last letter that he kept the lamp lit for her mother, who drowned.",
];

#[test]
fn the_handout_shows_no_spoiler_before_its_after_the_film_sheet() {
    let out = build(&[EVERY_FIELD], &["--format", "pdf"]);
    let path = out.path().join("every-field/handout.pdf");
    let text = pages(&path);
    let marks = bookmarks(&path);
    let pause = page_of(&marks, "At the storm");
    let after = page_of(&marks, "After the film");
    assert!(0 < pause && pause < after, "{marks:?}");
    for (i, page) in text.iter().enumerate().take(after) {
        for spoiler in SPOILERS {
            assert!(!page.contains(&squash(spoiler)), "page {} gives away: {spoiler}", i + 1);
        }
    }
    // The pause questions are on the pause's own sheet, not on the one handed out first.
    let pause_question = squash("Why does Lucía climb back up to the lamp?");
    assert!(text[pause].contains(&pause_question));
    assert!(text[..pause].iter().all(|p| !p.contains(&pause_question)), "pause question before the pause");
    // The spoilers a participant should see are all on the after sheet.
    let after_text: String = text[after..].concat();
    for shown in &SPOILERS[..4] {
        assert!(after_text.contains(&squash(shown)), "the after sheet lacks: {shown}");
    }
    assert!(!after_text.contains("SPOILER"), "the after sheet needs no spoiler tags");
}

#[test]
fn the_handout_html_keeps_spoilers_after_its_after_the_film_part() {
    let out = build(&[EVERY_FIELD], &["--format", "html"]);
    let html = read(out.path(), "every-field/handout.html");
    let after = html.find("<h2>After the film</h2>").expect("after-the-film part");
    for spoiler in SPOILERS {
        if let Some(at) = html.find(&markup::to_html(spoiler)) {
            assert!(at > after, "the handout gives away before the film: {spoiler}");
        }
    }
    // The pause has a part of its own, and its questions are nowhere before it.
    let pause = html.find("<section class=\"part\">\n  <h2>At the storm</h2>").expect("pause part");
    assert!(html.find("Why does Lucía climb").unwrap() > pause, "a pause question before its part");
}

#[test]
fn the_parents_card_hides_every_spoiler_unless_asked_and_the_leader_guide_tags_them() {
    let out = build(&[EVERY_FIELD], &[]);
    let parents_html = read(out.path(), "every-field/parents.html");
    let parents_pdf = pages(&out.path().join("every-field/parents.pdf")).concat();
    for hidden in ["The last letter", "Drowned Light", "The shooting is remembered in a flashback."] {
        assert!(!parents_html.contains(hidden), "parents.html shows {hidden}");
        assert!(!parents_pdf.contains(&squash(hidden)), "parents.pdf shows {hidden}");
    }
    let note = "Left off this card because they may give away the plot: 1 scene detail, 1 theme and 1 related film.";
    assert!(parents_html.contains(note), "no count of what was left off");
    assert!(parents_pdf.contains(&squash(note)));

    let leader_html = read(out.path(), "every-field/leader.html");
    let leader_pdf = pages(&out.path().join("every-field/leader.pdf")).concat();
    for spoiler in SPOILERS {
        assert!(leader_html.contains(&markup::to_html(spoiler)), "leader.html lacks {spoiler}");
        assert!(leader_pdf.contains(&squash(spoiler)), "leader.pdf lacks {spoiler}");
    }
    // Tagged: the detail, the question, the theme, the quote and the related film.
    assert_eq!(leader_html.matches("<span class=\"tag\">Spoiler</span>").count(), 6, "one tag each");
    assert!(leader_pdf.matches("SPOILER").count() >= 6);

    let with = build(&[EVERY_FIELD], &["--spoilers", "--format", "html"]);
    let parents = read(with.path(), "every-field/parents.html");
    assert!(parents.contains("The last letter") && parents.contains("Drowned Light"));
    assert!(!parents.contains("Left off this card"));
}

const UNMARKED: &str = "tests/fixtures/notes/unmarked.yaml";

/// Everything in the unmarked fixture that carries no spoiler mark.
const UNMARKED_ITEMS: [&str; 7] = [
    "Best for older children; the keeper's secret is sad.",
    "The grandfather hides that he is dying.",
    "The grandfather tells the truth in the end",
    "Her grandfather hides that he is dying until the last night.",
    "The light goes out when I do.",
    "Another keeper who dies at his post",
    "Tender, until the keeper's death in the last scene.",
];

#[test]
fn an_item_with_no_mark_waits_for_after_the_film_on_the_handout() {
    let out = build(&[UNMARKED], &[]);
    let path = out.path().join("unmarked/handout.pdf");
    let text = pages(&path);
    let after = page_of(&bookmarks(&path), "After the film");
    for (i, page) in text.iter().enumerate().take(after) {
        for item in UNMARKED_ITEMS {
            assert!(!page.contains(&squash(item)), "handout page {} shows the unmarked: {item}", i + 1);
        }
    }
    // The theme, quote and related film are kept for the after sheet, not dropped.
    let after_text = text[after..].concat();
    for kept in ["The dying keeper", "The light goes out when I do.", "The Last Lamp"] {
        assert!(after_text.contains(&squash(kept)), "the after sheet lacks {kept}");
    }
    let html = read(out.path(), "unmarked/handout.html");
    let after_html = html.find("<h2>After the film</h2>").expect("after-the-film part");
    for item in UNMARKED_ITEMS {
        if let Some(at) = html.find(&markup::to_html(item)) {
            assert!(at > after_html, "the HTML handout shows before the film: {item}");
        }
    }
}

#[test]
fn the_parents_card_keeps_what_a_parent_needs_and_counts_what_it_leaves_off() {
    let out = build(&[UNMARKED], &[]);
    let html = read(out.path(), "unmarked/parents.html");
    let pdf = pages(&out.path().join("unmarked/parents.pdf")).concat();
    // Unmarked themes, quotes, positives, related films and the review's words stay off.
    for hidden in &UNMARKED_ITEMS[2..] {
        assert!(!html.contains(&markup::to_html(hidden)), "parents.html shows {hidden}");
        assert!(!pdf.contains(&squash(hidden)), "parents.pdf shows {hidden}");
    }
    // The audience note and the advisory's summary stay unless marked as spoilers.
    for kept in &UNMARKED_ITEMS[..2] {
        assert!(html.contains(&markup::to_html(kept)), "parents.html lacks {kept}");
        assert!(pdf.contains(&squash(kept)), "parents.pdf lacks {kept}");
    }
    let note = "Left off this card because they may give away the plot: 1 good point, 1 theme, 1 related film and the reviewer's words.";
    assert!(html.contains(&markup::to_html(note)), "no count of what was left off in:\n{html}");
    assert!(pdf.contains(&squash(note)));

    let leader = read(out.path(), "unmarked/leader.html");
    let leader_pdf = pages(&out.path().join("unmarked/leader.pdf")).concat();
    for item in UNMARKED_ITEMS {
        assert!(leader.contains(&markup::to_html(item)), "leader.html lacks {item}");
        assert!(leader_pdf.contains(&squash(item)), "leader.pdf lacks {item}");
    }
    let tag = "<span class=\"tag\">Not checked for spoilers</span>";
    assert_eq!(leader.matches(tag).count(), UNMARKED_ITEMS.len(), "each unmarked item tagged once");
    assert_eq!(leader_pdf.matches("NOTCHECKEDFORSPOILERS").count(), UNMARKED_ITEMS.len());
}

#[test]
fn check_notes_how_many_items_have_no_mark_and_still_passes() {
    let out = reelguide(root(), &["check", "--deny-warnings", UNMARKED]);
    assert_eq!(out.status.code(), Some(0), "a note never fails a check: {}", stderr(&out));
    let said = stderr(&out);
    assert!(said.contains("note[unmarked]: 7 items have no spoiler mark"), "{said}");
    assert!(said.contains("unmarked.yaml:7:26"), "the note points at the first: {said}");
}

#[test]
fn times_ranges_and_estimates_make_a_scene_list_in_film_order() {
    let out = build(&[EVERY_FIELD], &["--format", "html"]);
    let leader = read(out.path(), "every-field/leader.html");
    let scenes = &leader[leader.find("<h2>Scenes to know about</h2>").expect("a scenes list")..];
    let scenes = &scenes[..scenes.find("</section>").unwrap()];
    let order: Vec<usize> = ["0:20", "0:41\u{2013}0:43", "about 1:05"]
        .iter()
        .map(|t| scenes.find(&format!("<td class=\"time\">{t}</td>")).unwrap_or_else(|| panic!("no {t}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "not in film order: {order:?}");
    assert!(scenes.contains("Frightening &amp; Intense Scenes") && scenes.contains("Violence &amp; Gore"));
    assert!(!scenes.contains("Wine at the wake"), "untimed details stay in the table only");
}

#[test]
fn judgements_say_whose_they_are_and_the_review_is_printed_apart() {
    let out = build(&[EVERY_FIELD], &[]);
    for edition in ["parents", "leader"] {
        let html = read(out.path(), &format!("every-field/{edition}.html"));
        assert!(
            html.contains("Parent guides: Content Guide Alpha: some; Content Guide Beta: 3."),
            "{edition}: advisory source"
        );
        assert!(html.contains("(source: The rating board&#x27;s site)"), "{edition}: rating source");
        assert!(html.contains("<h2 id=\"review\">How good a film it is</h2>"), "{edition}: review heading");
        assert!(html.contains("<strong>3.5 out of 4.</strong>"), "{edition}: review");
        let pdf = pages(&out.path().join(format!("every-field/{edition}.pdf"))).concat();
        assert!(pdf.contains(&squash("How good a film it is: 3.5 out of 4.")), "{edition}.pdf: review");
        assert!(
            pdf.contains(&squash("Parent guides: Content Guide Alpha: some; Content Guide Beta: 3.")),
            "{edition}.pdf"
        );
    }
    let handout = read(out.path(), "every-field/handout.html");
    assert!(!handout.contains("Content Guide Alpha"), "the handout has no use for sources");
}

/// Every piece of text written in the record reaches a page: the leader's guide or,
/// for what only parents are shown, the parents' card.
#[test]
fn nothing_written_in_a_record_is_silently_dropped() {
    let out = build(&[EVERY_FIELD], &["--format", "html", "--spoilers"]);
    let pages = read(out.path(), "every-field/leader.html") + &read(out.path(), "every-field/parents.html");
    // Attribute values escape `/` too.
    let pages = pages.replace("&#x2f;", "/");
    let (guide, _) = reelguide::pipeline::library::read_record(&root().join(EVERY_FIELD)).unwrap();
    let value = serde_json::to_value(&guide).unwrap();
    // Fields that name or select something rather than say it.
    let not_text =
        ["slug", "language", "id", "category", "severity", "when", "kind", "themes", "source", "guide", "at", "scale"];
    let mut checked = 0;
    let mut stack = vec![(String::new(), &value)];
    while let Some((key, value)) = stack.pop() {
        match value {
            serde_json::Value::String(text) if !not_text.contains(&key.as_str()) => {
                let date = reelguide::view::long_date(text, &reelguide::view::words::Words::english());
                assert!(
                    pages.contains(&markup::to_html(text)) || pages.contains(&date),
                    "`{key}: {text}` is printed nowhere"
                );
                checked += 1;
            }
            serde_json::Value::Array(items) => stack.extend(items.iter().map(|v| (key.clone(), v))),
            serde_json::Value::Object(fields) => stack.extend(fields.iter().map(|(k, v)| (k.clone(), v))),
            _ => {}
        }
    }
    assert!(checked > 60, "only {checked} texts checked");
    for number in ["112 minutes", "ages 13 and up", "3.5 out of 4", "(2011)"] {
        assert!(pages.contains(number), "{number} is printed nowhere");
    }
}

#[test]
fn building_one_record_leaves_the_catalog_listing_the_whole_library() {
    let dir = project();
    assert_eq!(reelguide(dir.path(), &["build", "--quiet"]).status.code(), Some(0));
    let one = reelguide(dir.path(), &["build", "--quiet", "guides/her.yaml"]);
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    let index = read(&dir.path().join("out"), "index.html");
    assert!(
        index.contains(">Her</a> <span class=\"year\">(2013)</span>")
            && index.contains(">Never Let Me Go</a> <span class=\"year\">(2010)</span>"),
        "{index}"
    );

    // A record never built before is listed, and linked only to pages that exist.
    let fresh = project();
    let single = reelguide(fresh.path(), &["build", "--quiet", "guides/her.yaml"]);
    assert_eq!(single.status.code(), Some(0), "{}", stderr(&single));
    let index = read(&fresh.path().join("out"), "index.html");
    assert!(
        index.contains("Never Let Me Go <span class=\"year\">(2010)</span>"),
        "the library's other film is missing"
    );
    let index = index.replace("&#x2f;", "/");
    assert!(!index.contains("never-let-me-go/parents.html"), "a link to a page that was never built");
    assert!(index.contains("href=\"her/parents.html\""));

    // An invalid record elsewhere in the library is named, never silently left out.
    std::fs::write(dir.path().join("guides/broken.yaml"), "title: Broken\nyear: 2010\n").unwrap();
    let again = reelguide(dir.path(), &["build", "guides/her.yaml"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(stderr(&again).contains("note: guides/broken.yaml is invalid, so the catalog leaves it out"));
}

#[test]
fn the_catalog_filter_carries_the_words_that_say_why_a_film_is_left_out() {
    let out = build(&["guides"], &["--format", "html"]);
    let index = read(out.path(), "index.html");
    assert!(index.contains("<section id=\"left-out\" hidden"), "no place for the reasons");
    assert!(index.contains("\"too_much\":\"{category} is {severity} (your limit: {allowed})\""));
    assert!(index.contains("\"not_reviewed\":\"{category} is not reviewed, so it counts as not allowed\""));
}

#[test]
fn a_missing_templates_folder_is_a_usage_error() {
    let dir = project();
    let out = reelguide(dir.path(), &["build", "--templates", "some-folder-that-does-not-exist"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("the templates folder some-folder-that-does-not-exist does not exist"));
    assert!(!dir.path().join("out").exists(), "something was built");
    std::fs::write(dir.path().join("reelguide.yaml"), "templates: nowhere\n").unwrap();
    assert_eq!(reelguide(dir.path(), &["build"]).status.code(), Some(2));
    let eject = reelguide(dir.path(), &["templates", "eject", "mine"]);
    assert!(stderr(&eject).contains("locales/en.ftl changes the words of every output"), "{}", stderr(&eject));
    assert!(dir.path().join("mine/locales/en.ftl").is_file(), "the words were not ejected");
}

#[test]
fn the_faith_layer_leaves_the_plan_with_its_prayers() {
    let with = build(&["guides/her.yaml"], &[]);
    let without = build(&["guides/her.yaml"], &["--no-faith"]);
    assert!(read(with.path(), "her/leader.html").contains("<td>Opening prayer"));
    for name in ["her/leader.html", "her/handout.html"] {
        let html = read(without.path(), name);
        assert!(!html.contains("Opening prayer") && !html.contains("Closing prayer"), "{name}");
    }
    let pdf = pages(&without.path().join("her/leader.pdf")).concat();
    assert!(!pdf.contains("Openingprayer") && !pdf.contains("Closingprayer"));
}

#[test]
fn without_a_plan_the_evening_splits_the_film_at_its_pauses() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("film.yaml"),
        "title: Film\nyear: 2000\nfilm: { runtime_minutes: 100 }\nfaith: { opening_prayer: Amen. }\ndiscussion:\n  - { when: pause, at: \"0:40\", questions: [{ text: Why? }] }\n  - { when: pause, at: \"~1:10\", questions: [{ text: How? }] }\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let args = ["build", "--format", "html", "--start", "19:00", "--out", out.path().to_str().unwrap(), "film.yaml"];
    assert_eq!(reelguide(dir.path(), &args).status.code(), Some(0));
    let leader = read(out.path(), "film/leader.html");
    let rows: Vec<&str> = leader.split("<tr>").filter(|r| r.contains("class=\"minutes\"")).collect();
    let film: Vec<&str> = rows.iter().filter(|r| r.contains("The film")).copied().collect();
    assert_eq!(film.len(), 3, "{rows:?}");
    for (row, minutes) in film.iter().zip(["40", "30", "30"]) {
        assert!(row.contains(&format!("<td class=\"minutes\">{minutes}</td>")), "{row}");
    }
    assert!(leader.contains("Opening prayer"));
}

/// Runs `args` with the reading end of its standard output (or error) closed before it
/// starts, as `| head -0` leaves it: the program must end cleanly, never panic.
fn with_closed(args: &[&str], stream: &str) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut command = Command::new(crate::harness::binary());
    command.args(args).current_dir(root()).env("NO_COLOR", "1");
    match stream {
        "stdout" => command.stdout(writer).stderr(Stdio::piped()),
        _ => command.stderr(writer).stdout(Stdio::piped()),
    };
    command.output().unwrap()
}

#[test]
fn a_closed_pipe_never_makes_a_command_panic() {
    for (args, code) in
        [(&["check", "tests/fixtures/invalid"][..], 1), (&["check"][..], 0), (&["ratings", "no-such-film"][..], 2)]
    {
        let out = with_closed(args, "stderr");
        assert_eq!(out.status.code(), Some(code), "{args:?} with stderr closed");
    }
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["ratings", "never-let-me-go"],
        &["schema"],
        &["man"],
        &["completions", "bash"],
        &["--help"],
    ] {
        let out = with_closed(args, "stdout");
        assert_eq!(out.status.code(), Some(0), "{args:?} with stdout closed: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"), "{args:?}: {}", stderr(&out));
    }
}
