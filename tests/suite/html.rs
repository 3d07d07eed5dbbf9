//! HTML output through the real binary: snapshots of every edition, what goes where,
//! escaping of hostile text, and user templates (override, eject, errors).

use crate::harness::{root, stderr};
use std::path::{Path, PathBuf};
use std::process::Output;

use reelguide::markup;
use reelguide::pipeline::library;

/// Builds the HTML of `inputs` into a fresh folder and returns it.
fn build(inputs: &[&str], extra: &[&str]) -> (tempfile::TempDir, Output) {
    let out = tempfile::tempdir().unwrap();
    let out_arg = out.path().to_str().unwrap().to_string();
    let mut args = vec!["build", "--format", "html", "--out", &out_arg];
    args.extend_from_slice(extra);
    args.extend_from_slice(inputs);
    let output = crate::harness::run(root(), &args);
    (out, output)
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_edition_of_never_let_me_go_matches_its_snapshot() {
    let (out, status) = build(&["guides"], &["--start", "19:00", "--group", "St Mark's Film Club"]);
    assert_eq!(status.status.code(), Some(0), "{}", stderr(&status));
    for edition in ["handout", "leader", "parents"] {
        let html = read(out.path(), &format!("never-let-me-go/{edition}.html"));
        insta::assert_snapshot!(format!("never_let_me_go_{edition}"), html);
    }
    insta::assert_snapshot!("catalog", read(out.path(), "index.html"));
}

#[test]
fn questions_go_on_the_handout_and_leader_guide_only_and_notes_on_the_leader_guide_only() {
    let (out, status) = build(&["guides"], &[]);
    assert_eq!(status.status.code(), Some(0));
    let path = root().join("guides/never-let-me-go.yaml");
    let (guide, _) = library::read_record(&path).unwrap();
    let handout = read(out.path(), "never-let-me-go/handout.html");
    let leader = read(out.path(), "never-let-me-go/leader.html");
    let parents = read(out.path(), "never-let-me-go/parents.html");
    let mut count = 0;
    for section in &guide.discussion {
        for question in &section.questions {
            let text = markup::to_html(&question.text);
            assert!(handout.contains(&text), "handout lacks: {}", question.text);
            assert!(leader.contains(&text), "leader's guide lacks: {}", question.text);
            assert!(!parents.contains(&text), "parents' card shows: {}", question.text);
            if let Some(note) = &question.leader_note {
                let note = markup::to_html(note);
                assert!(leader.contains(&note));
                assert!(!handout.contains(&note), "handout shows a leader note: {note}");
            }
            for follow_up in &question.follow_ups {
                assert!(!handout.contains(&markup::to_html(follow_up)));
            }
            count += 1;
        }
    }
    assert!(count >= 14);
    // The after-the-film questions come after a page break on the handout.
    let part = handout.find("class=\"part\"").expect("after-the-film part");
    let after = markup::to_html(&guide.discussion.last().unwrap().questions[0].text);
    let before = markup::to_html(&guide.discussion[0].questions[0].text);
    assert!(handout.find(&before).unwrap() < part && part < handout.find(&after).unwrap());
    // Spoiler details stay off the parents' card unless asked for.
    assert!(!parents.contains("Ruth dies on the operating table."));
    assert!(leader.contains("Ruth dies on the operating table."));
    let (with_spoilers, _) = build(&["guides"], &["--spoilers"]);
    assert!(read(with_spoilers.path(), "never-let-me-go/parents.html").contains("Ruth dies on the operating table."));
    // The full synopsis is for the leader only.
    assert!(leader.contains("The whole story (spoilers)") && !handout.contains("The whole story"));
}

#[test]
fn the_faith_layer_can_be_turned_off() {
    let (out, _) = build(&["guides"], &["--no-faith"]);
    let leader = read(out.path(), "never-let-me-go/leader.html");
    assert!(!leader.contains("<h3>Opening prayer</h3>") && !leader.contains("Psalm 139:13-16"));
    assert!(!leader.contains("Scripture: "), "question scripture is part of the faith layer");
    let (out, _) = build(&["guides"], &[]);
    assert!(read(out.path(), "never-let-me-go/leader.html").contains("Psalm 139:13-16"));
}

#[test]
fn the_plan_turns_minutes_into_clock_times() {
    let (out, _) = build(&["guides"], &["--start", "19:00"]);
    let leader = read(out.path(), "never-let-me-go/leader.html");
    // 15 minutes of welcome, then 10 of questions: the film starts at 19:25.
    assert!(leader.contains("<td class=\"clock\">19:25</td>"), "no clock time in the plan");
    assert!(leader.contains("22:13"), "no end time");
}

#[test]
fn hostile_text_in_every_field_is_shown_as_text() {
    let (out, status) = build(&["tests/fixtures/valid/hostile-text.yaml"], &["--spoilers"]);
    assert_eq!(status.status.code(), Some(0), "{}", stderr(&status));
    let mut pages: Vec<(String, String)> = ["handout", "leader", "parents"]
        .iter()
        .map(|e| (e.to_string(), read(out.path(), &format!("hostile-text/{e}.html"))))
        .collect();
    pages.push(("catalog".into(), read(out.path(), "index.html")));
    for (name, html) in &pages {
        assert!(!html.contains("<img"), "{name}: an <img> tag got through");
        assert!(!html.contains("<script>alert"), "{name}: a <script> tag got through");
        assert!(!html.contains("<iframe") && !html.contains("<svg") && !html.contains("<b>"), "{name}");
        assert!(!html.contains("</script><"), "{name}: the JSON-LD script was closed early");
    }
    let leader = &pages[1].1;
    assert!(leader.contains("&lt;script&gt;alert(&#x27;note&#x27;)&lt;/script&gt;"));
    assert!(leader.contains("&quot;&gt;&lt;img src=x onerror=alert(&#x27;question&#x27;)&gt;"));
    // Markup still works around hostile text.
    assert!(pages[0].1.contains("<em>and</em>"));
    assert!(pages[0].1.contains("\\u003cscript\\u003ealert('title')"), "JSON-LD escapes <");
}

#[test]
fn pages_are_self_contained_and_structured() {
    let (out, _) = build(&["guides"], &[]);
    for name in ["never-let-me-go/handout.html", "never-let-me-go/leader.html", "her/parents.html", "index.html"] {
        let html = read(out.path(), name);
        assert!(html.starts_with("<!doctype html>\n<html lang=\"en\" class=\""), "{name}");
        for external in ["<link", "src=\"http", "@import", "url(", "<iframe"] {
            assert!(!html.contains(external), "{name} loads something from outside: {external}");
        }
        assert!(html.contains("<script type=\"application/ld+json\">"), "{name} has no JSON-LD");
        // Headings never skip a level.
        let mut last = 0;
        for (i, _) in html.match_indices("<h") {
            let level = html.as_bytes().get(i + 2).copied().unwrap_or(0);
            if level.is_ascii_digit() {
                let level = level - b'0';
                assert!(level <= last + 1, "{name}: h{level} after h{last}");
                last = level;
            }
        }
    }
    let handout = read(out.path(), "never-let-me-go/handout.html");
    for element in ["<header", "<main>", "<section", "<footer>"] {
        assert!(handout.contains(element), "no {element}");
    }
    for fact in [
        "\"@type\":\"Movie\"",
        "\"name\":\"Never Let Me Go\"",
        "\"datePublished\":\"2010-09-15\"",
        "\"name\":\"Mark Romanek\"",
        "\"duration\":\"PT103M\"",
        "\"contentRating\":\"MPA R\"",
        "\"typicalAgeRange\":\"16-\"",
    ] {
        assert!(handout.contains(fact), "JSON-LD lacks {fact}");
    }
    // Severity in words, not colour alone.
    assert!(handout.contains("<span class=\"word\">Severe</span>"));
    assert!(read(out.path(), "index.html").contains("data-mature_themes=\"3\""));
}

#[test]
fn a_user_template_overrides_one_file_and_the_rest_stay_built_in() {
    let templates = tempfile::tempdir().unwrap();
    std::fs::write(
        templates.path().join("parents.html"),
        "{% extends \"base.html\" %}{% block content %}<p>Custom card for {{ view.title }}</p>{% endblock %}",
    )
    .unwrap();
    let dir = templates.path().to_str().unwrap();
    let (out, status) = build(&["guides"], &["--templates", dir]);
    assert_eq!(status.status.code(), Some(0), "{}", stderr(&status));
    let parents = read(out.path(), "her/parents.html");
    assert!(parents.contains("<p>Custom card for Her</p>"));
    assert!(parents.contains("<header class=\"masthead\">"), "base.html is still the built-in one");
    assert!(read(out.path(), "her/handout.html").contains("Content at a glance"));
}

#[test]
fn ejected_templates_build_the_same_pages() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("my-templates");
    let status = crate::harness::run(root(), &["templates", "eject", templates.to_str().unwrap()]);
    assert_eq!(status.status.code(), Some(0));
    for name in ["base.html", "blocks.html", "handout.html", "leader.html", "parents.html", "catalog.html", "style.css"]
    {
        assert!(templates.join(name).is_file(), "{name} was not ejected");
    }
    // Ejecting again keeps edited files.
    std::fs::write(templates.join("style.css"), "/* mine */").unwrap();
    crate::harness::run(root(), &["templates", "eject", templates.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(templates.join("style.css")).unwrap(), "/* mine */");
    std::fs::write(templates.join("style.css"), reelguide::templates::default_source("style.css").unwrap()).unwrap();

    let (default, _) = build(&["guides"], &[]);
    let (custom, _) = build(&["guides"], &["--templates", templates.to_str().unwrap()]);
    for name in ["her/leader.html", "index.html"] {
        assert_eq!(read(default.path(), name), read(custom.path(), name), "{name}");
    }
}

#[test]
fn a_broken_user_template_names_its_file_and_line() {
    let templates = tempfile::tempdir().unwrap();
    let path: PathBuf = templates.path().join("handout.html");
    std::fs::write(
        &path,
        "{% extends \"base.html\" %}\n{% block content %}\n<p>{{ view.titel }}</p>\n{% endblock %}\n",
    )
    .unwrap();
    let (_, status) = build(&["guides"], &["--templates", templates.path().to_str().unwrap()]);
    assert_eq!(status.status.code(), Some(1));
    let text = stderr(&status);
    assert!(text.contains(&format!("{}:3:", path.display())), "no file:line in:\n{text}");
    assert!(text.contains("undefined"), "{text}");
    assert_eq!(text.matches("error[template]").count(), 1, "reported more than once:\n{text}");

    std::fs::write(&path, "{% extends \"base.html\" %}\n{% block content %}\n{% for b in %}\n{% endblock %}\n")
        .unwrap();
    let (_, status) = build(&["guides"], &["--templates", templates.path().to_str().unwrap()]);
    assert_eq!(status.status.code(), Some(1));
    assert!(stderr(&status).contains(&format!("{}:3:", path.display())), "{}", stderr(&status));
}

#[test]
fn the_print_footer_names_the_film_night_as_the_pdf_footer_does() {
    let dir = crate::harness::project();
    std::fs::write(
        dir.path().join("reelguide.yaml"),
        "event:\n  date: 2026-03-06\n  start: \"19:00\"\n  place: the hall\n",
    )
    .unwrap();
    crate::harness::expect(&crate::harness::run(dir.path(), &["build", "--quiet", "guides/her.yaml"]), 0);
    let page = read(&dir.path().join("out/her"), "handout.html");
    let footer = page.lines().find(|l| l.contains("@bottom-left")).expect("a print footer");
    // The stylesheet string keeps letters, digits and spaces as they are.
    assert!(footer.contains("Friday 6 March 2026"), "{footer}");
    assert!(page.contains("Friday 6 March 2026 · 19:00 · the hall"), "the page's own footer");
    let pdf = lopdf::Document::load(dir.path().join("out/her/handout.pdf")).unwrap();
    let text = pdf.extract_text(&[1]).unwrap();
    assert!(text.contains("Friday 6 March 2026"), "{text}");
}

#[test]
fn a_rating_is_explained_after_the_boards_reason_or_on_its_own() {
    let (dir, _) = build(&["guides/moon.yaml"], &[]);
    let card = read(dir.path(), "moon/parents.html");
    assert!(card.contains("for language <span class=\"meaning\">\u{2014} Under 17 only"), "{card}");
    // BBFC 15 has no reason in the record: its meaning stands alone, with no dash.
    assert!(card.contains("BBFC 15</span> <span class=\"meaning\">No one under 15"), "{card}");
    let handout = read(dir.path(), "moon/handout.html");
    assert!(!handout.contains("class=\"meaning\""), "the handout is not where a rating is judged");
}
