//! The evening's plan on the leader's guide: the record's steps, or a plan made from the
//! film's pauses, with clock times when the start is known.

use crate::record::timecode;
use crate::record::vocab::StepKind;
use crate::record::{Guide, PlanStep};
use crate::view::edition::Builder;
use crate::view::model::{Block, PlanRow, PlanView};
use crate::view::words::{Arg, Words};

impl Builder<'_> {
    /// The evening: the record's plan, or one made from the film's pauses. Steps of the
    /// faith layer leave with it.
    pub(super) fn plan(&self) -> Block {
        let w = self.words;
        let steps = match &self.guide.plan {
            Some(plan) => plan.clone(),
            None => default_plan(self.guide, w),
        };
        let start = self.options.start;
        // A clock time when the start is known, otherwise minutes into the evening.
        let when = |offset: u32| match start {
            Some(start) => timecode::format_clock(start + offset),
            None => w.format("minutes-short", &[("minutes", Arg::Count(offset as usize))]),
        };
        let mut offset = 0;
        let rows = steps
            .into_iter()
            .filter(|s| self.options.faith || s.kind != Some(StepKind::Faith))
            .map(|s| {
                let row = PlanRow {
                    when: when(offset),
                    label: s.label,
                    minutes: s.minutes.to_string(),
                    note: s.note,
                    film: s.kind == Some(StepKind::Film),
                };
                offset += s.minutes;
                row
            })
            .collect();
        let clock = if start.is_some() { "plan-column-clock" } else { "plan-column-offset" };
        Block::Plan(PlanView {
            heading: w.text("plan-heading"),
            columns: [w.text(clock), w.text("plan-column-step"), w.text("plan-column-minutes")],
            rows,
            end: PlanRow {
                when: when(offset),
                label: w.text("plan-end"),
                minutes: String::new(),
                note: None,
                film: false,
            },
        })
    }
}

/// The plan of an evening with no plan written: welcome, then the film split at its
/// pauses with a break to talk at each, then the discussion; the prayers are faith steps.
pub fn default_plan(guide: &Guide, words: &Words) -> Vec<PlanStep> {
    let step =
        |id: &str, minutes: u32, kind: Option<StepKind>| PlanStep { label: words.text(id), minutes, note: None, kind };
    let faith = guide.faith.as_ref();
    let mut steps = vec![step("plan-welcome", 10, None)];
    if faith.is_some_and(|f| f.opening_prayer.is_some()) {
        steps.push(step("plan-opening-prayer", 5, Some(StepKind::Faith)));
    }
    if guide.has_questions_before() {
        steps.push(step("plan-questions-before", 10, None));
    }
    let pauses = guide.pause_minutes();
    let mut shown = 0;
    for (i, pause) in pauses.iter().enumerate() {
        let id = if i == 0 { "plan-film-first" } else { "plan-film-next" };
        steps.push(step(id, pause - shown, Some(StepKind::Film)));
        steps.push(step("plan-pause", 10, None));
        shown = *pause;
    }
    let id = if pauses.is_empty() { "plan-film" } else { "plan-film-end" };
    steps.push(step(id, guide.film.runtime_minutes - shown, Some(StepKind::Film)));
    steps.push(step("plan-discussion", 45, None));
    if faith.is_some_and(|f| f.closing_prayer.is_some()) {
        steps.push(step("plan-closing-prayer", 5, Some(StepKind::Faith)));
    }
    steps
}
