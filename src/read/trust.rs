//! The checks that keep a parent's answer from being wrong by default: no severity below
//! what the film's own boards say (`record::board`) or below the most cautious verdict
//! of a cited parent-guide source (`record::scale`), and a count of the items nobody
//! has marked safe or spoiler, which the outputs keep back as spoilers.

use std::collections::HashMap;

use crate::read::diagnostic::Diagnostic;
use crate::read::positions::Positions;
use crate::record::board::{self, Board, Floor};
use crate::record::mark::Mark;
use crate::record::scale::Scale;
use crate::record::vocab::{self, Category, Severity};
use crate::record::{Advisory, Guide, Source};

/// Every problem of this kind in one record. Spans are set; the caller adds the file.
pub fn check(guide: &Guide, positions: &Positions) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    scales(guide, positions, &mut found);
    verdicts(guide, positions, &mut found);
    board_floors(guide, positions, &mut found);
    found.extend(unmarked(guide, positions));
    found
}

/// Each source's `scale` must be one the program can read.
fn scales(guide: &Guide, positions: &Positions, found: &mut Vec<Diagnostic>) {
    for (i, source) in guide.sources.iter().enumerate() {
        if let Some(Scale::Unknown(text)) = &source.scale {
            let path = format!("sources[{i}].scale");
            found.push(
                Diagnostic::error("unknown-scale", format!("`{text}` is not a scale reelguide can read"))
                    .at(positions.value(&path))
                    .field(&path)
                    .label("not a known scale")
                    .hint(match crate::suggest::did_you_mean(text, Scale::KEYS.iter().copied()) {
                        Some(near) => format!("did you mean `{near}`?"),
                        None => format!("the scales are {}", Scale::KEYS.join(", ")),
                    }),
            );
        }
    }
}

/// The verdicts of each advisory: from sources that have a scale, on that scale, and
/// none above the advisory's severity.
fn verdicts(guide: &Guide, positions: &Positions, found: &mut Vec<Diagnostic>) {
    let by_id: HashMap<&str, &Source> = guide.sources.iter().filter_map(|s| Some((s.id.as_deref()?, s))).collect();
    for (i, advisory) in guide.advisories.iter().enumerate() {
        let mut highest: Option<(Severity, String, String)> = None;
        for (id, verdict) in &advisory.verdicts {
            let path = format!("advisories[{i}].verdicts.{id}");
            let error = |code: &'static str, message: String| {
                Diagnostic::error(code, message).at(positions.key(&path)).field(path.clone())
            };
            let Some(source) = by_id.get(id.as_str()) else {
                found.push(
                    error("unknown-source", format!("no source has the id `{id}`"))
                        .label("not an id in `sources`")
                        .hint(match crate::suggest::did_you_mean(id, by_id.keys().copied()) {
                            Some(near) => format!("did you mean `{near}`?"),
                            None => "a verdict is keyed by the `id` of the source that gave it".into(),
                        }),
                );
                continue;
            };
            let Some(scale) = source.scale.as_ref().filter(|s| !matches!(s, Scale::Unknown(_))) else {
                found.push(
                    error("verdict-scale", format!("{} has no scale to read its verdict with", source.title))
                        .label("a verdict from a source without `scale`")
                        .hint(format!(
                            "give the source its site's scale (`scale: common-sense`); the scales are {}",
                            Scale::KEYS.join(", ")
                        )),
                );
                continue;
            };
            let Some(severity) = scale.read(verdict) else {
                found.push(
                    Diagnostic::error(
                        "verdict-grade",
                        format!("“{}” is not a grade of the {} scale", verdict.written(), scale.label()),
                    )
                    .at(positions.value(&path))
                    .field(path.clone())
                    .label("not on the scale")
                    .hint(format!("write the grade as the site prints it: {}", scale.grades())),
                );
                continue;
            };
            if highest.as_ref().is_none_or(|(h, _, _)| severity.level() > h.level()) {
                highest = Some((severity, source.title.clone(), verdict.written()));
            }
        }
        if let Some((floor, title, words)) = highest
            && below(advisory, &floor)
        {
            let path = format!("advisories[{i}].severity");
            found.push(
                Diagnostic::error(
                    "verdict-floor",
                    format!(
                        "{} is `{}`, below what {title} says: “{words}”",
                        label(&advisory.category),
                        advisory.severity.key()
                    ),
                )
                .at(positions.value(&path))
                .field(&path)
                .label(format!("{title}'s “{words}” reads as at least {}", floor.key()))
                .also(positions.key(&format!("advisories[{i}].verdicts")), "the verdicts")
                .hint(format!(
                    "the most cautious source sets the floor: make the severity at least `{}` (docs/verdict-scales.md)",
                    floor.key()
                )),
            );
        }
    }
}

/// Each category a board's words grade must be at least that grade; a category the
/// record does not review is told the board's words; words the table cannot read are
/// named.
fn board_floors(guide: &Guide, positions: &Positions, found: &mut Vec<Diagnostic>) {
    for (i, rating) in guide.ratings.iter().enumerate() {
        let Some(board) = Board::of(&rating.system) else { continue };
        if !vocab::rating_values(&rating.system).is_some_and(|v| v.contains(&rating.rating.as_str())) {
            continue;
        }
        for (field, text) in [("reason", &rating.reason), ("advice", &rating.advice)] {
            let Some(text) = text else { continue };
            let path = format!("ratings[{i}].{field}");
            let reading = board::read(board, &rating.rating, text);
            for floor in &reading.floors {
                floor_problem(guide, positions, &rating.system, &path, floor, found);
            }
            for words in &reading.unread {
                found.push(
                    Diagnostic::warning(
                        "board-words",
                        format!("the {}'s words “{words}” are not in reelguide's table", rating.system),
                    )
                    .at(positions.value(&path))
                    .field(&path)
                    .label("not read as a floor")
                    .hint("check the severities by hand against these words; docs/board-words.md lists what is read"),
                );
            }
        }
    }
}

fn floor_problem(
    guide: &Guide,
    positions: &Positions,
    system: &str,
    board_path: &str,
    floor: &Floor,
    found: &mut Vec<Diagnostic>,
) {
    let quote = &floor.words;
    match guide.advisories.iter().position(|a| a.category == floor.category) {
        Some(j) if below(&guide.advisories[j], &floor.severity) => {
            let path = format!("advisories[{j}].severity");
            let advisory = &guide.advisories[j];
            found.push(
                Diagnostic::error(
                    "board-floor",
                    format!(
                        "{} is `{}`, below what the {system} says: “{quote}”",
                        label(&advisory.category),
                        advisory.severity.key()
                    ),
                )
                .at(positions.value(&path))
                .field(&path)
                .label(format!("the {system}'s words read as at least {}", floor.severity.key()))
                .also(positions.value(board_path), format!("“{quote}”"))
                .hint(format!(
                    "the board's own words are a floor ({}, docs/board-words.md): make the severity at least `{}`",
                    floor.rule,
                    floor.severity.key()
                )),
            );
        }
        Some(_) => {}
        None => found.push(
            Diagnostic::warning(
                "board-unreviewed",
                format!("{} is not reviewed, but the {system} says “{quote}”", label(&floor.category)),
            )
            .at(positions.value(board_path))
            .field(board_path)
            .label(format!("reads as at least {} {}", floor.severity.key(), floor.category.key()))
            .hint(format!(
                "add an advisory for `{}` with a severity of at least `{}`",
                floor.category.key(),
                floor.severity.key()
            )),
        ),
    }
}

fn below(advisory: &Advisory, floor: &Severity) -> bool {
    !matches!(advisory.severity, Severity::Unknown(_)) && advisory.severity.level() < floor.level()
}

fn label(category: &Category) -> String {
    format!("`{}`", category.key())
}

/// One note per record naming how many items carry no spoiler mark, pointing at the first.
fn unmarked(guide: &Guide, positions: &Positions) -> Option<Diagnostic> {
    let items = unmarked_paths(guide);
    let first = items.first()?;
    let count = items.len();
    let message = if count == 1 {
        "1 item has no spoiler mark".to_string()
    } else {
        format!("{count} items have no spoiler mark")
    };
    Some(
        Diagnostic::note("unmarked", message)
            .at(positions.key(first))
            .field(first.clone())
            .label("no `spoiler:` here")
            .hint(
                "mark each `spoiler: false` (safe before the film) or `spoiler: true`; until then the handout keeps it for after the film",
            ),
    )
}

/// The paths of the items whose spoiler mark decides where they appear and that carry
/// none, in file order of the record's parts.
pub fn unmarked_paths(guide: &Guide) -> Vec<String> {
    let mut paths = Vec::new();
    let mut add = |mark: Mark, path: String| {
        if mark.is_unmarked() {
            paths.push(path);
        }
    };
    if let Some(a) = &guide.audience
        && a.note.is_some()
    {
        add(a.spoiler, "audience.note".into());
    }
    for (i, a) in guide.advisories.iter().enumerate() {
        if a.summary.is_some() {
            add(a.spoiler, format!("advisories[{i}].summary"));
        }
        for (j, d) in a.details.iter().enumerate() {
            add(d.spoiler, format!("advisories[{i}].details[{j}]"));
        }
    }
    for (i, p) in guide.positives.iter().enumerate() {
        add(p.mark(), format!("positives[{i}]"));
    }
    for (i, t) in guide.themes.iter().enumerate() {
        add(t.spoiler, format!("themes[{i}]"));
    }
    for (i, q) in guide.quotes.iter().enumerate() {
        add(q.spoiler, format!("quotes[{i}]"));
    }
    for (i, r) in guide.related.iter().enumerate() {
        if r.why.is_some() {
            add(r.spoiler, format!("related[{i}]"));
        }
    }
    for (i, s) in guide.faith.iter().flat_map(|f| f.scripture.iter()).enumerate() {
        add(s.spoiler, format!("faith.scripture[{i}]"));
    }
    if let Some(r) = &guide.review
        && r.text.is_some()
    {
        add(r.spoiler, "review.text".into());
    }
    paths
}
