//! The night record: one film night, or a season of them, as written in
//! `nights/<slug>.yaml`. A night names its films by slug; the films themselves stay in
//! their own records in `guides/`, and a night never copies them.
//!
//! As for the guide record, these types are the format: their serde attributes decide
//! what YAML is accepted and `reelguide schema night` derives the editor schema from them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::record::PlanStep;
use crate::record::paper::Paper;
use crate::record::vocab::StepKind;

/// One film night, or a series of evenings.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "reelguide night")]
pub struct Night {
    /// The night's or the series' name: "Love with a deadline".
    pub title: String,
    /// Output name under `out/nights/`. Default: from the file name.
    pub slug: Option<String>,
    /// The language of what is printed for the night, as a BCP 47 tag. Default: English,
    /// or the settings' `language`.
    pub language: Option<String>,
    /// Who the night is for: "St Anne's young adults".
    pub group: Option<String>,
    /// Where the evenings are held, unless an evening says otherwise.
    pub place: Option<String>,
    /// How many people are expected: one handout of each film for each.
    pub people: u32,
    /// How many of them are under 18: a parents' card of each film for each. Default 0.
    #[serde(default)]
    pub under_18: u32,
    /// The age of the youngest person expected. Without it, anyone under 18 counts as
    /// of an unknown age, which no certificate is assumed to allow.
    pub youngest: Option<u32>,
    /// Where the night is held, as an ISO 3166 code (`GB`, `US`): its board's
    /// certificates decide who may be admitted. Without it, both boards' rules are printed.
    pub country: Option<String>,
    /// Scripture and prayers in what is printed. Default: on.
    #[serde(default = "on")]
    pub faith: bool,
    /// The paper everything for the night is printed on. Default: Letter.
    pub paper: Option<Paper>,
    /// The evenings, in order: one for a film night, several for a series.
    pub evenings: Vec<Evening>,
    /// Questions that span the films: before the first, between two, after the last.
    #[serde(default)]
    pub questions: Vec<SpanningSection>,
    /// Notes for the leader about the night as a whole.
    #[serde(default)]
    pub notes: Vec<String>,
}

fn on() -> bool {
    true
}

/// One evening: a date, a start, and the films shown, in order.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evening {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// When the evening starts, `HH:MM` (24-hour).
    pub start: String,
    /// When the room must be empty, `HH:MM`: the evening's plan has to fit before it.
    pub end: Option<String>,
    /// The films shown, by the slugs of their records: two make a double feature.
    pub films: Vec<String>,
    /// Minutes of break between two films. Default 20.
    pub break_minutes: Option<u32>,
    /// Minutes of discussion after the films. Default 45; a family night may want 15.
    pub discussion_minutes: Option<u32>,
    /// Where this evening is held, if not at the night's place.
    pub place: Option<String>,
}

/// Questions asked at one point of the evening, about all its films.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpanningSection {
    pub when: Between,
    pub questions: Vec<SpanningQuestion>,
}

/// Where spanning questions are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Between {
    /// Before the first film.
    Before,
    /// In the break between two films.
    Between,
    /// After the last film.
    After,
}

/// A question about the films together, with what the leader should know.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpanningQuestion {
    pub text: String,
    pub leader_note: Option<String>,
}

/// Minutes of break between two films when the evening does not say.
pub const DEFAULT_BREAK: u32 = 20;

/// Minutes of discussion after the films when the evening does not say.
pub const DEFAULT_DISCUSSION: u32 = 45;

/// One step of an evening, without its words: what the view names and times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub part: Part,
    pub minutes: u32,
}

/// What happens in a step of an evening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Welcome,
    OpeningPrayer,
    /// The questions before the films: the night's own, and each film's.
    QuestionsBefore,
    /// A stretch of film `film` (its place in the evening, from 0).
    Film {
        film: usize,
        stretch: Stretch,
    },
    /// A stop at one of the film's pauses, with its questions.
    Pause {
        film: usize,
    },
    /// Between two films, with the questions asked between them.
    Break,
    Discussion,
    ClosingPrayer,
    /// A step of the film's own written plan, for an evening of that one film.
    Written {
        label: String,
        note: Option<String>,
        film: bool,
    },
}

/// Which stretch of a film a step shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stretch {
    Whole,
    ToFirstPause,
    ToNextPause,
    ToEnd,
}

/// What the plan of an evening needs to know about one of its films.
#[derive(Debug, Clone)]
pub struct FilmFacts<'a> {
    pub runtime: u32,
    /// Minutes into the film of its pauses, in order.
    pub pauses: Vec<u32>,
    pub has_questions_before: bool,
    /// The film's own plan, which an evening of that film alone follows.
    pub plan: Option<&'a [PlanStep]>,
}

/// The evening, step by step: welcome, the questions before, each film stopped at its
/// pauses with a break between two films, the discussion, and the prayers when faith is
/// on. An evening of one film whose record has its own plan follows that plan.
pub fn steps(night: &Night, evening: &Evening, films: &[FilmFacts<'_>]) -> Vec<Step> {
    let step = |part: Part, minutes: u32| Step { part, minutes };
    if let [film] = films
        && let Some(plan) = film.plan
    {
        return plan
            .iter()
            .filter(|s| night.faith || s.kind != Some(StepKind::Faith))
            .map(|s| {
                let part = Part::Written {
                    label: s.label.clone(),
                    note: s.note.clone(),
                    film: s.kind == Some(StepKind::Film),
                };
                step(part, s.minutes)
            })
            .collect();
    }
    let mut steps = vec![step(Part::Welcome, 10)];
    if night.faith {
        steps.push(step(Part::OpeningPrayer, 5));
    }
    let before = night.questions.iter().any(|s| s.when == Between::Before && !s.questions.is_empty());
    if before || films.iter().any(|f| f.has_questions_before) {
        steps.push(step(Part::QuestionsBefore, 10));
    }
    for (i, film) in films.iter().enumerate() {
        if i > 0 {
            steps.push(step(Part::Break, evening.break_minutes.unwrap_or(DEFAULT_BREAK)));
        }
        let mut shown = 0;
        for (n, pause) in film.pauses.iter().enumerate() {
            let stretch = if n == 0 { Stretch::ToFirstPause } else { Stretch::ToNextPause };
            steps.push(step(Part::Film { film: i, stretch }, pause - shown));
            steps.push(step(Part::Pause { film: i }, 10));
            shown = *pause;
        }
        let stretch = if film.pauses.is_empty() { Stretch::Whole } else { Stretch::ToEnd };
        steps.push(step(Part::Film { film: i, stretch }, film.runtime.saturating_sub(shown)));
    }
    steps.push(step(Part::Discussion, evening.discussion_minutes.unwrap_or(DEFAULT_DISCUSSION)));
    if night.faith {
        steps.push(step(Part::ClosingPrayer, 5));
    }
    steps
}

/// How long the evening runs, in minutes.
pub fn length(steps: &[Step]) -> u32 {
    steps.iter().map(|s| s.minutes).sum()
}
