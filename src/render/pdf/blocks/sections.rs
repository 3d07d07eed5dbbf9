//! The mapping from the view's blocks to frames: the masthead, credits, ratings, the
//! audience, scenes, the faith layer, the plan, questions, quotes, related films,
//! sources and the review, each drawn with the primitives of `text` and `tables`.

use super::Composer;
use super::Level;
use crate::render::pdf::fonts::Face;
use crate::render::pdf::lines::{self, Span, TextStyle};
use crate::render::pdf::paginate::{Draw, Flowable, Frame, Group, Ink, Role};
use crate::view::model::{self as view, AudienceView, FaithView, PlanView, QuestionSection, ScenesView};

impl Composer<'_> {
    /// Theme titles on one line, or each with its summary.
    pub(super) fn themes(&self, themes: &view::ThemesView) -> Vec<Flowable> {
        let mut blocks = vec![self.heading(&themes.heading, Level::Section)];
        if themes.brief {
            let titles: Vec<&str> = themes.items.iter().map(|t| t.title.as_str()).collect();
            blocks.push(self.paragraph(&titles.join(" · "), self.body(), 2.0));
            return blocks;
        }
        let items: Vec<(String, Option<String>)> = themes
            .items
            .iter()
            .map(|t| {
                let text = match &t.summary {
                    Some(summary) => format!("**{}.** {summary}", t.title),
                    None => format!("**{}**", t.title),
                };
                (text, t.tag.clone())
            })
            .collect();
        blocks.extend(self.tagged_bullets(&items));
        blocks
    }

    pub(super) fn masthead(&self) -> Vec<Flowable> {
        let v = self.view;
        let mut top = Frame::new(0.0);
        let mut eyebrow = v.edition_title.to_uppercase();
        if let Some(group) = &v.group {
            eyebrow.push_str(&format!("  ·  {group}"));
        }
        top.stack(self.text_frame(&eyebrow, TextStyle { bold: true, ..self.small() }, self.width));
        let title = format!("**{}**", v.title);
        let title_style = TextStyle { leading: self.sizes.h1 * 1.2, ..self.style(self.sizes.h1) };
        let mut spans = lines::spans(&title, &title_style);
        if let Some(year) = v.year {
            spans.push(Span { text: format!(" ({year})"), face: Face::Regular });
        }
        top.stack(Self::stacked(self.lines(&spans, title_style, self.width)));
        if let Some(original) = &v.original_title {
            top.stack(self.text_frame(&format!("*{original}*"), self.body(), self.width));
        }
        if let Some(event) = &v.event {
            top.stack(self.text_frame(event, self.bold(self.sizes.body), self.width));
        }
        let mut blocks = vec![Self::unit(top, 3.0)];
        blocks.push(self.credits());
        blocks.extend(self.ratings());
        // The double rule under the masthead.
        let mut rule = Frame::new(6.0);
        for y in [2.0, 4.5] {
            rule.draws.push(Draw::body(Ink::Line { x1: 0.0, y1: y, x2: self.width, y2: y, width: 0.8, gray: 0.0 }));
        }
        blocks.push(Flowable::Group(Group { space_before: 2.0, ..Group::new(vec![rule]) }));
        blocks
    }

    /// Credits: labels in a column as wide as the longest, values wrapped beside them.
    pub(super) fn credits(&self) -> Flowable {
        let v = self.view;
        let credits: Vec<(&str, &str)> = v.credits.iter().map(|c| (c.label.as_str(), c.value.as_str())).collect();
        let label_style = self.small();
        let gap = self.sizes.small;
        let widest = credits.iter().map(|(l, _)| self.natural_width(l, label_style)).fold(0.0, f32::max);
        let label_width = (widest + gap).min(self.width * 0.35);
        let frames = credits
            .into_iter()
            .map(|(label, value)| {
                let mut row = Frame::new(0.0);
                row.place(self.text_frame(label, label_style, label_width - gap), 0.0, 0.0);
                let value = self.text_frame(value, self.style(self.sizes.small), self.width - label_width);
                row.place(value, label_width, 0.0);
                row
            })
            .collect();
        Flowable::Group(Group { space_after: 4.0, min_split: 1, ..Group::new(frames) })
    }

    /// Ratings, each a boxed mark and the board's reason beside it, or below it when the
    /// mark takes most of the line.
    pub(super) fn ratings(&self) -> Vec<Flowable> {
        let size = self.sizes.body;
        self.view
            .ratings
            .iter()
            .map(|rating| {
                let tag = self.tag(&rating.mark, size, self.width * 0.6);
                let tag_width = tag.draws.iter().map(|d| d.span().1).fold(0.0, f32::max) + size * 0.6;
                // The board's reason and advice, what the rating means, where it was found.
                let board = [rating.reason.as_deref(), rating.advice.as_deref()].into_iter().flatten();
                let board = board.collect::<Vec<_>>().join("; ");
                let said = [Some(board.as_str()), rating.meaning.as_deref(), rating.sources.as_deref()];
                let said = said.into_iter().flatten().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
                let mut row = Frame::new(0.0);
                let tag_height = tag.height;
                row.place(tag, 0.0, 0.0);
                if !said.is_empty() {
                    let beside = tag_width < self.width * 0.4;
                    let (x, y, width) =
                        if beside { (tag_width, 0.0, self.width - tag_width) } else { (0.0, tag_height, self.width) };
                    row.place(self.text_frame(&said, self.body(), width), x, y);
                }
                Self::unit(row, 2.0)
            })
            .collect()
    }

    pub(super) fn audience(&self, audience: &AudienceView) -> Vec<Flowable> {
        let mut blocks = Vec::new();
        let (age, note) = (audience.age.as_deref(), audience.note.as_deref());
        if !audience.prominent {
            blocks.push(self.heading(&audience.heading, Level::Section));
            if let Some(age) = age {
                blocks.push(self.paragraph(age, self.bold(self.sizes.body * 1.1), 1.0));
            }
            if let Some(note) = note {
                blocks.push(Self::unit(
                    self.tagged_text(note, self.body(), self.width, self.tag_text(&audience.tag).as_deref()),
                    2.0,
                ));
            }
            return blocks;
        }
        // On the parents' card: a framed box, the first thing a parent reads.
        let pad = self.sizes.body * 0.7;
        let inner = self.width - 2.0 * pad;
        let mut content = Frame::new(0.0);
        content.stack(self.text_frame(&audience.heading, self.bold(self.sizes.h3), inner));
        if let Some(age) = age {
            content.stack(self.text_frame(age, self.bold(self.sizes.h2 * 1.15), inner));
        }
        if let Some(note) = note {
            content.stack(self.tagged_text(note, self.body(), inner, self.tag_text(&audience.tag).as_deref()));
        }
        let mut framed = Frame::new(0.0);
        let h = content.height + 2.0 * pad;
        framed.place(content, pad, pad);
        framed.draws.push(Draw::body(Ink::Rect {
            x: 0.0,
            y: 0.0,
            w: self.width,
            h,
            fill: None,
            stroke: Some(1.6),
            dashed: false,
        }));
        framed.height = h;
        blocks.push(Flowable::Group(Group {
            together: true,
            space_before: self.sizes.body,
            space_after: 2.0,
            bookmark: Some(audience.heading.clone()),
            ..Group::new(vec![framed])
        }));
        blocks
    }

    /// The leader's list of timed scenes, in film order.
    pub(super) fn scenes(&self, scenes: &ScenesView) -> Vec<Flowable> {
        let rows = &scenes.rows;
        let mut blocks = vec![self.heading(&scenes.heading, Level::Section)];
        blocks.push(self.paragraph(&scenes.intro, self.small(), 2.0));
        let small = self.sizes.small;
        let pad = 2.0 * self.pad();
        let bold = self.bold(small);
        let time = rows
            .iter()
            .map(|r| self.natural_width(&r.at, bold))
            .fold(self.natural_width(&scenes.columns[0], bold), f32::max);
        let category = rows
            .iter()
            .map(|r| self.natural_width(&r.category, bold).max(self.severity_width(&r.severity, small)))
            .fold(0.0, f32::max)
            .min(self.width * 0.3);
        let widths = self.columns(&[time + pad + 1.0, category + pad + 1.0]);
        let cells = rows
            .iter()
            .map(|row| {
                let mut category = self.text_frame(&row.category, bold, widths[1] - pad);
                category.stack(self.severity(&row.severity, small, widths[1] - pad));
                vec![
                    self.text_frame(&row.at, bold, widths[0] - pad),
                    category,
                    self.tagged_text(&row.text, self.style(small), widths[2] - pad, self.tag_text(&row.tag).as_deref()),
                ]
            })
            .collect();
        let [time, category, what] = &scenes.columns;
        blocks.push(self.table(&widths, &[time, category, what], cells));
        blocks
    }

    pub(super) fn faith(&self, faith: &FaithView) -> Vec<Flowable> {
        let mut blocks = vec![self.heading(&faith.heading, Level::Section)];
        // Prayers are set in italics, except in large print, which has no italic body text.
        let large = self.sizes.large_print;
        let prayer = |text: &str| if large { text.to_string() } else { format!("*{text}*") };
        if let Some(opening) = &faith.opening_prayer {
            blocks.push(self.heading(&opening.heading, Level::Sub));
            blocks.push(self.paragraph(&prayer(&opening.text), self.body(), 2.0));
        }
        if let Some(readings) = &faith.readings {
            blocks.push(self.heading(&readings.heading, Level::Sub));
            let items: Vec<(String, Option<String>)> = readings
                .items
                .iter()
                .map(|s| match &s.note {
                    Some(note) => (format!("**{}**: {note}", s.reference), s.tag.clone()),
                    None => (format!("**{}**", s.reference), s.tag.clone()),
                })
                .collect();
            blocks.extend(self.tagged_bullets(&items));
        }
        if let Some(closing) = &faith.closing_prayer {
            blocks.push(self.heading(&closing.heading, Level::Sub));
            blocks.push(self.paragraph(&prayer(&closing.text), self.body(), 2.0));
        }
        blocks
    }

    pub(super) fn plan(&self, plan: &PlanView) -> Vec<Flowable> {
        let style = self.body();
        let bold = self.bold(self.sizes.small);
        let pad = 2.0 * self.pad();
        let [when_label, step_label, minutes_label] = &plan.columns;
        let time_width = plan
            .rows
            .iter()
            .chain([&plan.end])
            .map(|r| self.natural_width(&r.when, style))
            .fold(self.natural_width(when_label, bold), f32::max);
        let minutes_width = plan
            .rows
            .iter()
            .map(|r| self.natural_width(&r.minutes, style))
            .fold(self.natural_width(minutes_label, bold), f32::max);
        // Step is the flexible column: put it last in the sizing, then in the middle.
        let sized = self.columns(&[time_width + pad + 1.0, minutes_width + pad + 1.0]);
        let widths = [sized[0], sized[2], sized[1]];
        let rows: Vec<Vec<Frame>> = plan
            .rows
            .iter()
            .chain([&plan.end])
            .map(|row| {
                let mut step = self.text_frame(&row.label, style, widths[1] - pad);
                if let Some(note) = &row.note {
                    step.stack(self.text_frame(note, self.small(), widths[1] - pad));
                }
                let minutes = if row.minutes.is_empty() {
                    Frame::new(0.0)
                } else {
                    self.text_frame(&row.minutes, style, widths[2] - pad)
                };
                vec![self.text_frame(&row.when, style, widths[0] - pad), step, minutes]
            })
            .collect();
        vec![
            self.heading(&plan.heading, Level::Section),
            self.table(&widths, &[when_label, step_label, minutes_label], rows),
        ]
    }

    pub(super) fn questions(&self, section: &QuestionSection) -> Vec<Flowable> {
        let mut blocks = Vec::new();
        if !section.heading.is_empty() {
            blocks.push(self.heading(&section.heading, Level::Section));
        }
        if let Some(cue) = &section.cue {
            let lines = self.text_lines(cue, self.bold(self.sizes.body), self.width);
            blocks.push(Flowable::Group(Group {
                keep_with_next: true,
                together: true,
                space_after: 3.0,
                ..Group::new(vec![Self::stacked(lines).with_role(Role::Cue)])
            }));
        }
        // The number column fits the section's largest number.
        let widest = section
            .questions
            .iter()
            .map(|q| self.natural_width(&format!("{}.", q.number), self.body()))
            .fold(0.0, f32::max);
        let indent = (widest + self.sizes.body * 0.6).max(self.sizes.body * 2.0);
        let inner = self.width - indent;
        for q in &section.questions {
            let mut content = Frame::new(0.0);
            content.stack(self.tagged_text(&q.text, self.body(), inner, self.tag_text(&q.tag).as_deref()));
            if let Some(themes) = &q.themes {
                content.stack(self.text_frame(themes, self.small(), inner));
            }
            if let Some(note) = &q.leader_note {
                content.stack(Frame::new(2.0));
                content.stack(self.note_box(&format!("**{}** {note}", self.view.labels.leader_note), inner));
            }
            if !q.follow_ups.is_empty() {
                content.stack(self.text_frame(&self.view.labels.follow_ups, self.small(), inner));
                for follow in &q.follow_ups {
                    let text = self.text_frame(follow, self.style(self.sizes.small), inner - self.bullet_indent());
                    content.stack(self.item("→", text, self.style(self.sizes.small), self.bullet_indent()));
                }
            }
            if let Some(scripture) = &q.scripture {
                content.stack(self.text_frame(scripture, self.small(), inner));
            }
            let frame = self.item(&format!("{}.", q.number), content, self.body(), indent);
            blocks.push(Flowable::Group(Group {
                together: true,
                space_before: self.sizes.body * 0.5,
                ..Group::new(vec![frame])
            }));
        }
        blocks
    }

    pub(super) fn quote(&self, quote: &view::QuoteView) -> Flowable {
        let indent = self.sizes.body * 1.6;
        let mut content =
            self.tagged_text(&quote.text, self.body(), self.width - indent, self.tag_text(&quote.tag).as_deref());
        let caption = match (quote.speaker.as_deref(), quote.at.as_deref()) {
            (Some(s), Some(a)) => Some(format!("{s} ({a})")),
            (Some(s), None) => Some(s.to_string()),
            (None, Some(a)) => Some(format!("({a})")),
            (None, None) => None,
        };
        if let Some(caption) = caption {
            content.stack(self.text_frame(&format!("— {caption}"), self.small(), self.width - indent));
        }
        let mut frame = Frame::new(0.0);
        let h = content.height;
        frame.place(content, indent, 0.0);
        frame.draws.push(Draw::body(Ink::Line {
            x1: indent * 0.5,
            y1: 0.0,
            x2: indent * 0.5,
            y2: h,
            width: 1.2,
            gray: 0.45,
        }));
        Self::unit(frame, 3.0)
    }

    pub(super) fn related(&self, r: &view::RelatedView) -> Flowable {
        let mut text = format!("**{}**", r.title);
        if let Some(year) = r.year {
            text.push_str(&format!(" ({year})"));
        }
        if !r.ratings.is_empty() {
            text.push_str(&format!(" · {}", r.ratings.join(", ")));
        }
        if let Some(why) = &r.why {
            text.push_str(&format!(": {why}"));
        }
        let indent = self.bullet_indent();
        let mut content = self.tagged_text(&text, self.body(), self.width - indent, self.tag_text(&r.tag).as_deref());
        if !r.severities.is_empty() {
            let list: Vec<String> = r.severities.iter().map(|(c, s)| format!("{c}: {}", s.label)).collect();
            content.stack(self.text_frame(&list.join(" · "), self.small(), self.width - indent));
        }
        Self::unit(self.item("•", content, self.body(), indent), 1.5)
    }

    pub(super) fn source(&self, title: &str, url: Option<&str>) -> Flowable {
        let indent = self.bullet_indent();
        let mut content = self.text_frame(title, self.body(), self.width - indent);
        if let Some(url) = url {
            let mut line = self.text_frame(url, TextStyle { gray: 0.1, ..self.small() }, self.width - indent);
            // The address is clickable, with no border around it.
            line.draws.push(Draw::body(Ink::Link {
                x: 0.0,
                y: 0.0,
                w: self.width - indent,
                h: line.height,
                url: url.to_string(),
            }));
            content.stack(line);
        }
        Self::unit(self.item("•", content, self.body(), indent), 1.5)
    }

    /// The quality verdict: one line under a rule, kept apart from the content review.
    pub(super) fn review(&self, review: &view::ReviewView) -> Flowable {
        let mut text = format!("**{}: {}.** {}", review.heading, review.verdict, review.note);
        if let Some(sources) = &review.sources {
            text.push_str(&format!(" {sources}"));
        }
        let mut frame = Frame::new(4.0);
        frame.draws.push(Draw::body(Ink::Line { x1: 0.0, y1: 1.0, x2: self.width, y2: 1.0, width: 0.8, gray: 0.0 }));
        frame.stack(self.text_frame(&text, self.body(), self.width));
        if let Some(said) = &review.text {
            frame.stack(self.tagged_text(&said.text, self.body(), self.width, self.tag_text(&said.tag).as_deref()));
        }
        Flowable::Group(Group {
            together: true,
            space_before: self.sizes.body * 1.3,
            space_after: 2.0,
            bookmark: Some(review.heading.clone()),
            ..Group::new(vec![frame])
        })
    }
}
