//! The two boards whose certificates reelguide checks, and their own words as a floor: an MPA rating reason or a BBFC advice line read
//! into the lowest severity each named kind of content can have.
//!
//! Boards write graded words ("mild", "moderate", "strong", "very strong", "brief strong")
//! before named kinds of content ("violence", "language", "threat", "drug use"). The two
//! tables here map the kinds to our six categories and the grades to our four
//! severities; `docs/board-words.md` gives each row with the board's published meaning
//! it rests on. The reading is cautious where the words are: a kind with no grade of its
//! own takes the grade written before it in the same line ("strong violence, language"
//! reads as strong language too), and an ungraded kind in an R, NC-17, 15, 18 or R18
//! reason reads as at least moderate. A phrase naming no kind the table knows is given
//! back unread, so that `check` can say so rather than pass over it.

use crate::record::vocab::{Category, Severity};

/// A board whose words are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Board {
    Mpa,
    Bbfc,
}

impl Board {
    /// The board of a rating's `system`, when its words are read.
    pub fn of(system: &str) -> Option<Board> {
        match system {
            "MPA" => Some(Board::Mpa),
            "BBFC" => Some(Board::Bbfc),
            _ => None,
        }
    }

    /// The system name a record writes: `MPA`, `BBFC`.
    pub fn system(self) -> &'static str {
        match self {
            Board::Mpa => "MPA",
            Board::Bbfc => "BBFC",
        }
    }

    /// The board whose certificates hold in a country (ISO 3166), where reelguide knows it.
    pub fn of_country(country: &str) -> Option<Board> {
        match country {
            "GB" => Some(Board::Bbfc),
            "US" => Some(Board::Mpa),
            _ => None,
        }
    }

    /// Whether the board writes one grade for a whole list of kinds, as the BBFC does
    /// ("moderate violence, threat"); the MPA grades each kind where it names it.
    fn grades_lists(self) -> bool {
        match self {
            Board::Bbfc => true,
            Board::Mpa => false,
        }
    }

    /// Whether a rating of this board restricts its audience enough that content it names
    /// without a grade is more than mild: MPA R and NC-17, BBFC 15, 18 and R18.
    fn restricted(self, rating: &str) -> bool {
        match self {
            Board::Mpa => matches!(rating, "R" | "NC-17"),
            Board::Bbfc => matches!(rating, "15" | "18" | "R18"),
        }
    }
}

/// The least severity a category can have, and the board's words that say so.
#[derive(Debug, Clone, PartialEq)]
pub struct Floor {
    pub category: Category,
    pub severity: Severity,
    /// The phrase as the board wrote it: "brief strong language".
    pub words: String,
    /// The row of the grade table that set the severity: `strong`, `brief + strong`,
    /// `ungraded, restricted rating`.
    pub rule: String,
}

/// What a board's line says: the floors it sets, and the phrases the tables cannot read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    pub floors: Vec<Floor>,
    pub unread: Vec<String>,
}

/// A row of the kinds table: the words (each a run of whole words) and what they name.
pub struct Kind {
    pub words: &'static [&'static str],
    pub categories: &'static [Category],
}

use Category::{Frightening, Language, MatureThemes, SexNudity, Substances, Violence};

/// Kinds of content, as the boards name them.
pub const KINDS: &[Kind] = &[
    Kind {
        words: &[
            "violence",
            "violent",
            "action",
            "fighting",
            "fights",
            "battle",
            "battles",
            "combat",
            "war",
            "gore",
            "bloodshed",
            "blood",
            "killing",
            "killings",
            "carnage",
            "injury",
            "injuries",
            "torture",
            "cruelty",
            "weapons",
            "weapon",
            "attack",
            "attacks",
            "assault",
        ],
        categories: &[Violence],
    },
    Kind {
        words: &["sexual violence", "sexual assault", "rape", "sexual threat"],
        categories: &[Violence, SexNudity, MatureThemes],
    },
    Kind {
        words: &[
            "language",
            "profanity",
            "swearing",
            "bad language",
            "expletive",
            "expletives",
            "epithets",
            "slurs",
            "humor",
            "humour",
            "crude",
            "rude",
        ],
        categories: &[Language],
    },
    Kind {
        words: &["sex", "sexual", "sexuality", "nudity", "naked", "sensuality", "innuendo", "suggestive", "nude"],
        categories: &[SexNudity],
    },
    Kind {
        words: &[
            "drug",
            "drugs",
            "drinking",
            "alcohol",
            "smoking",
            "substance",
            "substances",
            "tobacco",
            "drunkenness",
            "drunk",
        ],
        categories: &[Substances],
    },
    Kind {
        words: &[
            "peril",
            "threat",
            "menace",
            "scary",
            "scare",
            "scares",
            "frightening",
            "horror",
            "terror",
            "images",
            "tension",
        ],
        categories: &[Frightening],
    },
    Kind {
        words: &[
            "thematic",
            "theme",
            "themes",
            "suicide",
            "self harm",
            "discrimination",
            "racism",
            "racist",
            "racial",
            "abuse",
            "death",
            "grief",
            "bereavement",
            "emotional",
            "distress",
            "upsetting",
            "bullying",
            "holocaust",
            "genocide",
            "dangerous behaviour",
            "dangerous behavior",
            "imitable",
            "imitative",
        ],
        categories: &[MatureThemes],
    },
];

/// A row of the grades table: a word or run of words and the severity it reads as.
pub struct Grade {
    pub words: &'static str,
    pub severity: Severity,
}

const fn grade(words: &'static str, severity: Severity) -> Grade {
    Grade { words, severity }
}

/// Grades, as the boards write them. "very strong" is listed before "strong" so the
/// longer run is found first.
pub const GRADES: &[Grade] = &[
    grade("very mild", Severity::Mild),
    grade("mild", Severity::Mild),
    grade("some", Severity::Mild),
    grade("moderate", Severity::Moderate),
    grade("intense", Severity::Moderate),
    grade("disturbing", Severity::Moderate),
    grade("mature", Severity::Moderate),
    grade("realistic", Severity::Moderate),
    grade("sustained", Severity::Moderate),
    grade("bloody", Severity::Moderate),
    grade("throughout", Severity::Moderate),
    grade("very strong", Severity::Severe),
    grade("strong", Severity::Severe),
    grade("graphic", Severity::Severe),
    grade("pervasive", Severity::Severe),
    grade("gory", Severity::Severe),
    grade("grisly", Severity::Severe),
    grade("gruesome", Severity::Severe),
    grade("brutal", Severity::Severe),
    grade("sadistic", Severity::Severe),
    grade("explicit", Severity::Severe),
    grade("extreme", Severity::Severe),
];

/// Words that say content is brief or rare: a severe grade beside them reads as moderate
/// ("brief strong language", the PG-13 allowance; the 12A's "infrequent strong
/// language"), and alone they read as mild ("brief nudity"). "very strong" stays severe.
pub const BRIEF: &[&str] =
    &["brief", "briefly", "momentary", "moment", "infrequent", "occasional", "single", "one scene", "a scene"];

/// Words that carry no content of their own: a phrase of only these is not unread.
const FILLER: &[&str] = &[
    "a",
    "all",
    "an",
    "and",
    "at",
    "by",
    "children",
    "content",
    "elements",
    "for",
    "in",
    "its",
    "kids",
    "material",
    "moment",
    "moments",
    "of",
    "on",
    "or",
    "people",
    "references",
    "reference",
    "scene",
    "scenes",
    "sequence",
    "sequences",
    "teens",
    "teen",
    "the",
    "their",
    "to",
    "with",
    "young",
    "contains",
    "partial",
    "comic",
    "cartoon",
    "fantasy",
    "sci",
    "fi",
    "slapstick",
    "images",
    "situations",
    "moments",
    "depiction",
    "depictions",
    "detail",
    "issues",
    "use",
    "misuse",
    "humour",
];

/// Reads one line of a board's words: a rating reason or advice.
pub fn read(board: Board, rating: &str, text: &str) -> Reading {
    let mut reading = Reading::default();
    let bare = if board.restricted(rating) { Severity::Moderate } else { Severity::Mild };
    let mut carried: Option<(Severity, String)> = None;
    for (phrase, included) in phrases(text) {
        if !included && !board.grades_lists() {
            carried = None;
        }
        let words = words(&phrase);
        let categories = kinds(&words);
        let own = graded(&words);
        if categories.is_empty() {
            if !words.iter().all(|w| FILLER.contains(&w.as_str()) || is_grade_word(w)) {
                reading.unread.push(phrase.clone());
            }
            // A grade with no kind ("rated for intense") still carries to what follows.
            if own.is_some() {
                carried = own;
            }
            continue;
        }
        let (severity, rule) = match (own, &carried) {
            // A restricted rating lifts even a graded phrase to its ungraded floor.
            (Some((own, _)), _) if own.level() < bare.level() => ungraded(&bare),
            (Some(own), _) => own,
            (None, Some((severity, rule))) => {
                let carried_rule = format!("{rule}, carried from before");
                if severity.level() >= bare.level() { (severity.clone(), carried_rule) } else { ungraded(&bare) }
            }
            (None, None) => ungraded(&bare),
        };
        for category in categories {
            push_floor(
                &mut reading.floors,
                Floor { category, severity: severity.clone(), words: phrase.clone(), rule: rule.clone() },
            );
        }
        carried = Some((severity, rule));
    }
    reading
}

/// The ungraded reading, by whether the rating restricts its audience.
fn ungraded(bare: &Severity) -> (Severity, String) {
    let rule = if *bare == Severity::Moderate { "ungraded, restricted rating" } else { "ungraded" };
    (bare.clone(), rule.to_string())
}

/// Keeps the highest floor per category, the first phrase that set it.
fn push_floor(floors: &mut Vec<Floor>, floor: Floor) {
    match floors.iter_mut().find(|f| f.category == floor.category) {
        Some(existing) if existing.severity.level() < floor.severity.level() => *existing = floor,
        Some(_) => {}
        None => floors.push(floor),
    }
}

/// The line cut into phrases at commas, semicolons, "and", "including", "with", "as well
/// as" and dashes, with "for" and "contains" in front taken off; each phrase says whether
/// it is part of the one before ("including", "involving").
fn phrases(text: &str) -> Vec<(String, bool)> {
    /// Marks a phrase that belongs to the one before; never in a board's text.
    const PART: char = '\u{1}';
    let mut line = format!(" {} ", text.to_lowercase().replace(['“', '”', '"', PART], ""));
    for lead in ["rated", "on appeal", "contains", "for"] {
        line = line.replace(&format!(" {lead} "), " , ");
    }
    for part in [" including ", " involving "] {
        line = line.replace(part, &format!(" ,{PART} "));
    }
    for cut in [" and/or ", " and ", " with ", " as well as ", " - ", " – ", " — "] {
        line = line.replace(cut, " , ");
    }
    let mut included = false;
    let mut found = Vec::new();
    for piece in line.split([',', ';', '.', '(', ')']) {
        included |= piece.contains(PART);
        let words = piece.replace(PART, " ").split_whitespace().collect::<Vec<_>>().join(" ");
        if !words.is_empty() {
            found.push((words, included));
            included = false;
        }
    }
    found
}

/// The phrase's words, with slashes and hyphens as spaces: "action/peril", "sci-fi".
fn words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c.is_whitespace() || c == '/' || c == '-')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether the run `pattern` (one or more words) stands in `words` as whole words.
fn has_run(words: &[String], pattern: &str) -> bool {
    let run: Vec<&str> = pattern.split(' ').collect();
    words.windows(run.len()).any(|w| w.iter().zip(&run).all(|(a, b)| a == b))
}

/// The categories the phrase names, in the order of the six.
fn kinds(words: &[String]) -> Vec<Category> {
    let mut found: Vec<Category> = Vec::new();
    for kind in KINDS {
        if kind.words.iter().any(|k| has_run(words, k)) {
            for c in kind.categories {
                if !found.contains(c) {
                    found.push(c.clone());
                }
            }
        }
    }
    found.sort_by_key(|c| Category::ALL.iter().position(|a| a == c));
    found
}

fn is_grade_word(word: &str) -> bool {
    GRADES.iter().any(|g| g.words.split(' ').any(|w| w == word))
        || BRIEF.iter().any(|b| b.split(' ').any(|w| w == word))
}

/// The phrase's own grade, and the rule that gave it: the highest grade written, made
/// moderate by a word of brevity unless it is "very strong".
fn graded(words: &[String]) -> Option<(Severity, String)> {
    // Of equal grades the longer run wins: "very strong" over the "strong" inside it.
    let highest = GRADES.iter().filter(|g| has_run(words, g.words)).max_by_key(|g| (g.severity.level(), g.words.len()));
    let brief = BRIEF.iter().find(|b| has_run(words, b));
    match (highest, brief) {
        (Some(g), Some(b)) if g.severity == Severity::Severe && g.words != "very strong" => {
            Some((Severity::Moderate, format!("{b} + {}", g.words)))
        }
        (Some(g), _) => Some((g.severity.clone(), g.words.to_string())),
        (None, Some(b)) => Some((Severity::Mild, (*b).to_string())),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn floor(reading: &Reading, category: Category) -> Option<Severity> {
        reading.floors.iter().find(|f| f.category == category).map(|f| f.severity.clone())
    }

    #[test]
    fn an_mpa_reason_reads_into_floors() {
        let r = read(Board::Mpa, "R", "for strong violence, language, some drug use and brief nudity");
        assert_eq!(floor(&r, Violence), Some(Severity::Severe));
        assert_eq!(floor(&r, Language), Some(Severity::Moderate), "the MPA grades each kind: an R makes it moderate");
        assert_eq!(floor(&r, Substances), Some(Severity::Moderate), "`some` is mild, an R makes it moderate");
        assert_eq!(floor(&r, SexNudity), Some(Severity::Moderate), "`brief` alone is mild, an R makes it moderate");
        let r = read(Board::Mpa, "PG-13", "for some drug use and brief nudity");
        assert_eq!(floor(&r, Substances), Some(Severity::Mild));
        assert_eq!(floor(&r, SexNudity), Some(Severity::Mild), "`brief` alone");
        assert!(r.unread.is_empty());
    }

    #[test]
    fn brief_strong_is_moderate_and_very_strong_stays_severe() {
        let r = read(Board::Mpa, "PG-13", "for brief strong language");
        assert_eq!(floor(&r, Language), Some(Severity::Moderate));
        let r = read(Board::Bbfc, "18", "brief very strong language");
        assert_eq!(floor(&r, Language), Some(Severity::Severe));
        let r = read(Board::Bbfc, "12A", "moderate violence, racist language, infrequent strong language");
        assert_eq!(floor(&r, Violence), Some(Severity::Moderate));
        assert_eq!(floor(&r, Language), Some(Severity::Moderate));
        assert_eq!(floor(&r, MatureThemes), Some(Severity::Moderate), "`racist` carries `moderate`");
    }

    #[test]
    fn a_grade_carries_through_a_bbfc_list_and_an_mpa_including() {
        let r = read(Board::Bbfc, "15", "strong violence, language");
        assert_eq!(floor(&r, Language), Some(Severity::Severe));
        let r = read(Board::Mpa, "PG-13", "for some strong language, injury images, and brief nudity");
        assert_eq!(floor(&r, Violence), Some(Severity::Mild), "not carried across an MPA list");
        let r = read(
            Board::Mpa,
            "PG-13",
            "for disturbing thematic material including violence, a suggestive moment, and brief strong language",
        );
        assert_eq!(floor(&r, Violence), Some(Severity::Moderate), "carried into what the material includes");
        assert_eq!(floor(&r, SexNudity), Some(Severity::Mild), "a moment is brief");
        assert_eq!(floor(&r, Language), Some(Severity::Moderate));
    }

    #[test]
    fn kinds_joined_by_a_slash_share_a_grade() {
        let r = read(Board::Mpa, "PG", "for some action/peril and mild rude humor");
        assert_eq!(floor(&r, Violence), Some(Severity::Mild));
        assert_eq!(floor(&r, Frightening), Some(Severity::Mild));
        assert_eq!(floor(&r, Language), Some(Severity::Mild));
    }

    #[test]
    fn words_without_a_kind_are_given_back() {
        let r = read(
            Board::Mpa,
            "PG-13",
            "for intense violent thematic material and disturbing images - all involving teens",
        );
        assert!(r.unread.is_empty(), "{:?}", r.unread);
        assert_eq!(floor(&r, MatureThemes), Some(Severity::Moderate));
        let r = read(Board::Bbfc, "PG", "mild threat, splendid widgets");
        assert_eq!(r.unread, vec!["splendid widgets".to_string()]);
    }

    /// Every row of both tables, through `read`.
    #[test]
    fn every_row_is_read() {
        for kind in KINDS {
            for words in kind.words {
                let r = read(Board::Bbfc, "PG", &format!("strong {words}"));
                for category in kind.categories {
                    assert_eq!(floor(&r, category.clone()), Some(Severity::Severe), "{words}");
                }
            }
        }
        for g in GRADES {
            let r = read(Board::Mpa, "G", &format!("{} violence", g.words));
            assert_eq!(floor(&r, Violence), Some(g.severity.clone()), "{}", g.words);
        }
        for b in BRIEF {
            let r = read(Board::Mpa, "G", &format!("{b} violence"));
            assert_eq!(floor(&r, Violence), Some(Severity::Mild), "{b}");
            let r = read(Board::Mpa, "G", &format!("{b} graphic violence"));
            assert_eq!(floor(&r, Violence), Some(Severity::Moderate), "{b}");
        }
        let r = read(Board::Mpa, "R", "for language");
        assert_eq!(floor(&r, Language), Some(Severity::Moderate));
        let r = read(Board::Mpa, "PG-13", "for language");
        assert_eq!(floor(&r, Language), Some(Severity::Mild));
    }
}
