//! `reelguide new`: a commented skeleton of every section of a record, ready to fill in.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::record::{schema, slug};

/// Why no skeleton was written.
#[derive(Debug)]
pub enum NewError {
    /// The title gives no usable file name.
    BadTitle,
    /// A record with that name is already there; it is never overwritten.
    Exists(PathBuf),
    Io(PathBuf, std::io::Error),
}

/// The language of a skeleton and the words of its comments, by message id
/// (`skeleton-intro`, ...): given by the caller, since the word catalogs belong to the
/// view, a later stage than records.
pub struct Comments<'a> {
    /// The record's `language`: `en`, `es`, ...
    pub language: &'a str,
    pub text: &'a dyn Fn(&str) -> String,
}

impl Comments<'_> {
    /// A message as comment lines (`# ...`), wrapped to fit beside the YAML.
    fn block(&self, id: &str) -> String {
        textwrap::wrap(&(self.text)(id), 84).iter().map(|line| format!("# {line}")).collect::<Vec<_>>().join("\n")
    }
}

/// Writes `<dir>/<slug>.yaml`, and the schema beside it if it is not there yet.
pub fn write_new(dir: &Path, title: &str, year: i64, comments: &Comments<'_>) -> Result<PathBuf, NewError> {
    write_skeleton(dir, title, &skeleton(title, year, comments), schema::FILE_NAME, schema::json)
}

/// Writes the skeleton of a night to `<dir>/<slug>.yaml`, and its schema beside it.
pub fn write_new_night(dir: &Path, title: &str) -> Result<PathBuf, NewError> {
    write_skeleton(dir, title, &night_skeleton(title), schema::NIGHT_FILE_NAME, schema::night_json)
}

fn write_skeleton(
    dir: &Path,
    title: &str,
    text: &str,
    schema_name: &str,
    schema_text: fn() -> String,
) -> Result<PathBuf, NewError> {
    let slug = slug::from_text(title);
    if slug.is_empty() {
        return Err(NewError::BadTitle);
    }
    std::fs::create_dir_all(dir).map_err(|e| NewError::Io(dir.to_path_buf(), e))?;
    let path = dir.join(format!("{slug}.yaml"));
    // `create_new` makes the existence check and the creation one step, so a file that
    // appears in between is not overwritten either.
    let mut file = match OpenOptions::new().write(true).create_new(true).open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(NewError::Exists(path)),
        Err(e) => return Err(NewError::Io(path, e)),
    };
    file.write_all(text.as_bytes()).map_err(|e| NewError::Io(path.clone(), e))?;
    let schema_path = dir.join(schema_name);
    if !schema_path.exists() {
        std::fs::write(&schema_path, schema_text()).map_err(|e| NewError::Io(schema_path, e))?;
    }
    Ok(path)
}

/// A night's skeleton: one evening of one film, every value to write a `TODO`
/// placeholder, so `reelguide check` fails on it until it is filled in.
pub fn night_skeleton(title: &str) -> String {
    let title = serde_json::to_string(title).expect("strings serialize");
    format!(
        r#"# yaml-language-server: $schema={schema}
# A reelguide film night. `reelguide build` builds it into out/nights/<slug>/: the
# leader's guide to the night, a pack with everything to print, a page for parents and
# a calendar file. Every "TODO" below is a placeholder: `reelguide check` lists each one
# that is left, and a night with placeholders is never built. The films are named by
# the slugs of their records in guides/ (the file name without .yaml).

title: {title}
group: "TODO: who the night is for"
place: "TODO: where it is held"
people: 12                       # one handout of each film for each person
under_18: 0                      # one parents' card of each film for each of them
faith: true                      # scripture and prayers in what is printed
paper: letter                    # or a4

evenings:                        # one for a film night, several for a series
  - date: "TODO: the date, YYYY-MM-DD"
    start: "TODO: when it starts, HH:MM"
    end: "TODO: when the room must be empty, HH:MM"
    films: ["TODO: a film's slug"]   # two films make a double feature
    # break_minutes: 20          # between two films

questions:                       # about the films together; delete if there is one film
  - when: after                  # before, between or after
    questions:
      - text: "TODO: a question about the films together"
        # leader_note: what the leader should know

# notes:
#   - A note for the leader about the night as a whole.
"#,
        schema = schema::NIGHT_FILE_NAME,
    )
}

/// The skeleton's text. Every value still to be written is a `TODO` placeholder, which
/// `reelguide check` reports one by one, so an untouched skeleton is never built, listed
/// or mistaken for a reviewed film. No content category is written: a category counts as
/// reviewed only once someone has written it.
pub fn skeleton(title: &str, year: i64, comments: &Comments<'_>) -> String {
    // A JSON string is a valid YAML double-quoted scalar: quotes and colons stay safe.
    let title = serde_json::to_string(title).expect("strings serialize");
    let say = |id: &str| (comments.text)(&format!("skeleton-{id}"));
    let block = |id: &str| comments.block(&format!("skeleton-{id}"));
    format!(
        r#"{modeline}
{intro}

title: {title}
year: {year}
# original_title: {original_title}
language: {language:<24}# {language_comment}

film:
  directors: ["TODO: the director's name"]
  writers: ["TODO: the writer's name"]
  # based_on: {{ title: The Book, author: Author Name, kind: novel, year: 2005 }}
  cast:
    - {{ actor: "TODO: an actor's name", role: "TODO: the character" }}
  runtime_minutes: TODO           # {runtime}
  studio: "TODO: the studio"
  countries: ["TODO: a country"]
  languages: ["TODO: a language"]
  genres: ["TODO: a genre"]
  releases:
    - {{ region: US, date: "TODO: the release date as YYYY-MM-DD" }}

ratings:
  # MPA: G, PG, PG-13, R, NC-17, NR.  BBFC: U, PG, 12A, 12, 15, 18, R18.
  # {rating_source}
  - {{ system: MPA, rating: TODO, reason: "TODO: the board's stated reason", source: TODO }}

audience:
  min_age: TODO                   # {min_age}
  note: "TODO: who the film suits, in a sentence"
  spoiler: TODO                   # {theme_spoiler}

synopsis:
  short: "TODO: a paragraph for the handout and the parents' card that gives nothing away"
  full: "TODO: the whole story, spoilers included, for the leader's guide"

{advisories}
advisories: []
#  - category: violence
#    severity: mild
#    summary: What is shown, in a sentence.
#    spoiler: false
#    source: a-source-id
#    verdicts: {{ a-source-id: "a little" }}
#    details:
#      - {{ at: "~0:30", text: What happens at this point., spoiler: false }}
#      - {{ at: "1:20-1:22", text: A detail that gives the ending away., spoiler: true }}

positives:
  - {{ text: "TODO: something good the film shows", spoiler: TODO }}

themes:
  - id: first-theme
    title: "TODO: a theme"
    summary: "TODO: what the film says about it"
    spoiler: TODO                 # {theme_spoiler}

discussion:
  - title: Before the film
    when: before
    questions:
      - text: "TODO: a question to open the evening that gives nothing away"
  - title: At the pause
    when: pause
    at: "TODO: where to stop the film, such as 0:50"
    questions:
      - text: "TODO: a question about the film so far"
  - title: After the film
    when: after
    questions:
      - text: "TODO: a question about the ending"
        themes: [first-theme]
        leader_note: "TODO: a note for the leader only"
        follow_ups: ["TODO: a follow-up question"]
        spoiler: true

quotes:
  - {{ text: "TODO: a line from the film", speaker: "TODO: who says it", spoiler: TODO }}

faith:                            # {faith}
  scripture:
    - {{ ref: "TODO: a reference, such as Ecclesiastes 3:1-8", note: "TODO: why it belongs with the film" }}
  opening_prayer: "TODO: a short prayer to open the evening"
  closing_prayer: "TODO: a short prayer to close it"

{plan}
# plan:
#   - {{ label: Welcome, minutes: 10 }}
#   - {{ label: Opening prayer, minutes: 5, kind: faith }}
#   - {{ label: "The film, to the pause", minutes: 50, kind: film }}
#   - {{ label: Pause and questions, minutes: 10 }}
#   - {{ label: "The film, to the end", minutes: 53, kind: film }}
#   - {{ label: Discussion, minutes: 40 }}

related:
  - {{ title: "TODO: another film", year: TODO, why: "TODO: why it goes with this one", spoiler: TODO }}

# review: {{ stars: 3, out_of: 4, source: a-source-id }}   # {review}

sources:                          # {sources}
  - {{ id: a-source-id, title: "TODO: the review or content guide", url: "TODO: its https:// address" }}
"#,
        modeline = schema::MODELINE,
        intro = block("intro"),
        original_title = say("original-title"),
        language = comments.language,
        language_comment = say("language"),
        runtime = say("runtime"),
        rating_source = say("rating-source"),
        min_age = say("min-age"),
        advisories = block("advisories"),
        theme_spoiler = say("theme-spoiler"),
        faith = say("faith"),
        plan = block("plan"),
        review = say("review"),
        sources = say("sources"),
    )
}
