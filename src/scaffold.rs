//! `reelguide new`: a commented skeleton of every section of a record, ready to fill in.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{schema, slug};

/// Why no skeleton was written.
#[derive(Debug)]
pub enum NewError {
    /// The title gives no usable file name.
    BadTitle,
    /// A record with that name is already there; it is never overwritten.
    Exists(PathBuf),
    Io(PathBuf, std::io::Error),
}

/// Writes `<dir>/<slug>.yaml`, and the schema beside it if it is not there yet.
pub fn write_new(dir: &Path, title: &str, year: i64) -> Result<PathBuf, NewError> {
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
    file.write_all(skeleton(title, year).as_bytes()).map_err(|e| NewError::Io(path.clone(), e))?;
    let schema_path = dir.join(schema::FILE_NAME);
    if !schema_path.exists() {
        std::fs::write(&schema_path, schema::json()).map_err(|e| NewError::Io(schema_path, e))?;
    }
    Ok(path)
}

/// The skeleton's text. It passes `reelguide check` as written, so a build works at once;
/// every placeholder says what to write instead.
pub fn skeleton(title: &str, year: i64) -> String {
    // A JSON string is a valid YAML double-quoted scalar: quotes and colons stay safe.
    let title = serde_json::to_string(title).expect("strings serialize");
    format!(
        r#"{modeline}
# A reelguide record. The format is described in docs/guide-format.md;
# run `reelguide check` after editing. Remove any part you do not need.

title: {title}
year: {year}
# original_title: Title in the original language
language: en                      # language of this record's text

film:
  directors: [Director Name]
  writers: [Writer Name]
  # based_on: {{ title: The Book, author: Author Name, kind: novel, year: 2005 }}
  cast:
    - {{ actor: Actor Name, role: Character }}
  runtime_minutes: 100            # change to the real running time, in minutes
  studio: Studio Name
  countries: [Country]
  languages: [English]
  genres: [Drama]
  releases:
    - {{ region: US, date: "{year}-01-01" }}

ratings:
  # MPA: G, PG, PG-13, R, NC-17, NR.  BBFC: U, PG, 12A, 12, 15, 18, R18.
  - {{ system: MPA, rating: PG-13, reason: "for the board's stated reason" }}

audience:
  min_age: 13                     # the youngest age you recommend it for
  note: Who the film suits, in a sentence.

synopsis:
  short: A spoiler-free paragraph for the handout and the parents' card.
  full: The whole story, spoilers included, for the leader's guide.

# One entry per category you have reviewed; leave a category out if you have not.
# Severity: none, mild, moderate or severe. Time stamps are H:MM from the start.
advisories:
  - category: sex_nudity
    severity: none
  - category: violence
    severity: mild
    summary: What is shown, in a sentence.
    details:
      - {{ at: "0:30", text: What happens at this point. }}
  - category: language
    severity: none
  - category: substances
    severity: none
  - category: frightening
    severity: none
  - category: mature_themes
    severity: mild
    details:
      - {{ at: "1:20", text: A detail that gives the ending away., spoiler: true }}

positives: [Something good the film shows]

themes:
  - id: first-theme
    title: The first theme
    summary: What the film says about it.

discussion:
  - title: Before the film
    when: before
    questions:
      - text: A spoiler-free question to open the evening.
  - title: At the pause
    when: pause
    at: "0:50"
    questions:
      - text: A question for the middle of the film.
  - title: After the film
    when: after
    questions:
      - text: A question about the ending.
        themes: [first-theme]
        leader_note: A note for the leader only.
        follow_ups: ["A follow-up question?"]
        scripture: [Ecclesiastes 3:1]
        spoiler: true

quotes:
  - {{ text: A line from the film., speaker: Character, at: "0:45" }}

faith:                            # shown unless the build turns the faith layer off
  scripture:
    - {{ ref: Ecclesiastes 3:1-8 }}
  opening_prayer: A short prayer to open the evening.
  closing_prayer: A short prayer to close it.

plan:                             # the evening; leave out for welcome, film, discussion
  - {{ label: Welcome, minutes: 10 }}
  - {{ label: The film, minutes: 100 }}
  - {{ label: Discussion, minutes: 40 }}

related:
  - {{ title: Another Film, year: 2000, why: Why it goes with this one }}

# review: {{ stars: 3, out_of: 4 }}

sources:
  - {{ title: Where the facts came from, url: "https://example.org" }}
"#,
        modeline = schema::MODELINE,
    )
}
