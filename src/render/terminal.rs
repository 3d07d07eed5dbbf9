//! An edition in a terminal: `reelguide show` prints the parents' card this way. Every
//! block of a view has a text form here, so the terminal says what the printed edition
//! says, in the view's words. Colour only on a terminal, never with `NO_COLOR`, and
//! plain text when piped (anstream decides).

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use crate::markup;
use crate::view::model::{
    Advisories, AudienceView, Block, CreditKind, FaithView, PlanView, QuestionSection, RelatedList, ReviewView,
    ScenesView, SeverityView, ThemesView, View,
};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn severity_style(severity: &SeverityView) -> Style {
    let color = match (severity.reviewed, severity.level) {
        (false, _) => return DIM.italic(),
        (true, 0) => AnsiColor::Green,
        (true, 1) => AnsiColor::Yellow,
        (true, 2) => AnsiColor::Magenta,
        (true, _) => AnsiColor::Red,
    };
    Style::new().fg_color(Some(color.into())).bold()
}

/// "■■□ Moderate": a bar of three steps and the word, as on the printed card.
pub fn severity(severity: &SeverityView) -> String {
    let bar: String = (0..3)
        .map(|i| {
            if i < severity.level {
                '■'
            } else if severity.reviewed {
                '□'
            } else {
                '·'
            }
        })
        .collect();
    let style = severity_style(severity);
    format!("{style}{bar} {}{style:#}", severity.label)
}

/// Writes `view` wrapped to `width` columns. `hint` follows the note on spoilers left
/// off, to say how to see them.
pub fn card(out: &mut impl Write, view: &View, width: usize, hint: Option<&str>) -> io::Result<()> {
    let t = Text { view, width, hint };
    t.masthead(out)?;
    for block in &view.blocks {
        t.block(out, block)?;
    }
    Ok(())
}

/// Text from the record, never able to drive the terminal.
fn plain(text: &str) -> String {
    crate::safe_text::escape(&markup::plain(text)).into_owned()
}

struct Text<'a> {
    view: &'a View,
    width: usize,
    hint: Option<&'a str>,
}

impl Text<'_> {
    fn wrap(&self, text: &str, indent: usize) -> String {
        fill(&plain(text), self.width, indent, 0)
    }

    /// A list item: its second line lines up with the text, not the dash.
    fn item(&self, text: &str, indent: usize) -> String {
        fill(&format!("- {}", plain(text)), self.width, indent, 2)
    }

    fn heading(&self, out: &mut impl Write, text: &str) -> io::Result<()> {
        writeln!(out, "\n{BOLD}{}{BOLD:#}", plain(text))
    }

    /// " [Spoiler]" after an item the view tags.
    fn tag(&self, tag: &Option<String>) -> String {
        tag.as_ref().map(|t| format!(" [{t}]")).unwrap_or_default()
    }

    fn masthead(&self, out: &mut impl Write) -> io::Result<()> {
        let view = self.view;
        let year = view.year.map(|y| format!(" ({y})")).unwrap_or_default();
        writeln!(out, "{BOLD}{}{year}{BOLD:#}", plain(&view.title))?;
        let mut line = Vec::new();
        for credit in &view.credits {
            match credit.kind {
                CreditKind::Directors => line.push(format!("{} {}", credit.label, plain(&credit.value))),
                CreditKind::Runtime => line.push(credit.value.clone()),
                CreditKind::Writers
                | CreditKind::BasedOn
                | CreditKind::Cast
                | CreditKind::Studio
                | CreditKind::Countries
                | CreditKind::Languages
                | CreditKind::Genres
                | CreditKind::Released => {}
            }
        }
        writeln!(out, "{DIM}{}{DIM:#}", line.join(" · "))?;
        for rating in &view.ratings {
            let mut text = format!("{BOLD}{}{BOLD:#}", plain(&rating.mark));
            for extra in [&rating.reason, &rating.advice, &rating.meaning].into_iter().flatten() {
                text.push_str(&format!(" {}", plain(extra)));
            }
            if let Some(sources) = &rating.sources {
                text.push_str(&format!(" {DIM}{}{DIM:#}", plain(sources)));
            }
            writeln!(out, "{text}")?;
        }
        Ok(())
    }

    fn block(&self, out: &mut impl Write, block: &Block) -> io::Result<()> {
        match block {
            Block::Audience(audience) => self.audience(out, audience),
            Block::Synopsis { heading, text } => {
                self.heading(out, heading)?;
                writeln!(out, "{}", self.wrap(text, 0))
            }
            Block::Scenes(scenes) => self.scenes(out, scenes),
            Block::Advisories(advisories) => self.advisories(out, advisories),
            Block::Positives { heading, items } => {
                self.heading(out, heading)?;
                items
                    .iter()
                    .try_for_each(|i| writeln!(out, "{}", self.item(&format!("{}{}", i.text, self.tag(&i.tag)), 2)))
            }
            Block::Themes(themes) => self.themes(out, themes),
            Block::Faith(faith) => self.faith(out, faith),
            Block::Plan(plan) => self.plan(out, plan),
            Block::Part { heading, note } => {
                writeln!(out, "\n{BOLD}{}{BOLD:#}", plain(&heading.to_uppercase()))?;
                writeln!(out, "{DIM}{}{DIM:#}", self.wrap(note, 0))
            }
            Block::Questions(section) => self.questions(out, section),
            Block::Quotes { heading, items } => {
                self.heading(out, heading)?;
                for quote in items {
                    let by: Vec<&str> = [quote.speaker.as_deref(), quote.at.as_deref()].into_iter().flatten().collect();
                    let by = if by.is_empty() { String::new() } else { format!(" ({})", by.join(", ")) };
                    writeln!(out, "{}", self.item(&format!("“{}”{by}{}", quote.text, self.tag(&quote.tag)), 2))?;
                }
                Ok(())
            }
            Block::Related(related) => self.related(out, related),
            Block::Review(review) => self.review(out, review),
            Block::Sources { heading, items } => {
                self.heading(out, heading)?;
                for source in items {
                    let url = source.url.as_ref().map(|u| format!(" <{u}>")).unwrap_or_default();
                    writeln!(out, "{}", self.item(&format!("{}{url}", source.title), 2))?;
                }
                Ok(())
            }
            Block::Prose { heading, paragraphs } => {
                self.heading(out, heading)?;
                paragraphs.iter().try_for_each(|text| writeln!(out, "{}", self.wrap(text, 0)))
            }
            // Ruled lines to write on are for paper.
            Block::Notes { .. } => Ok(()),
        }
    }

    fn audience(&self, out: &mut impl Write, audience: &AudienceView) -> io::Result<()> {
        writeln!(out)?;
        if let Some(age) = &audience.age {
            writeln!(out, "{BOLD}{}{BOLD:#}", plain(age))?;
        }
        if let Some(note) = &audience.note {
            writeln!(out, "{}", self.wrap(&format!("{note}{}", self.tag(&audience.tag)), 0))?;
        }
        Ok(())
    }

    fn advisories(&self, out: &mut impl Write, advisories: &Advisories) -> io::Result<()> {
        self.heading(out, &advisories.heading)?;
        let label_width = advisories.rows.iter().map(|r| r.label.chars().count()).max().unwrap_or(0);
        for row in &advisories.rows {
            let pad = " ".repeat(label_width - row.label.chars().count());
            writeln!(out, "  {}{pad}  {}", row.label, severity(&row.severity))?;
            if let Some(summary) = &row.summary {
                writeln!(out, "{}", self.wrap(&format!("{summary}{}", self.tag(&row.summary_tag)), 6))?;
            }
            for detail in &row.details {
                let at = detail.at.as_ref().map(|t| format!("{t} ")).unwrap_or_default();
                writeln!(out, "{}", self.item(&format!("{at}{}{}", detail.text, self.tag(&detail.tag)), 6))?;
            }
            for line in [&row.sources, &row.disagreement].into_iter().flatten() {
                writeln!(out, "{DIM}{}{DIM:#}", self.wrap(line, 6))?;
            }
        }
        if let Some(note) = &advisories.hidden_note {
            let hint = self.hint.map(|h| format!(" {h}")).unwrap_or_default();
            writeln!(out, "{DIM}{}{DIM:#}", self.wrap(&format!("{note}{hint}"), 2))?;
        }
        Ok(())
    }

    fn scenes(&self, out: &mut impl Write, scenes: &ScenesView) -> io::Result<()> {
        self.heading(out, &scenes.heading)?;
        writeln!(out, "{DIM}{}{DIM:#}", self.wrap(&scenes.intro, 0))?;
        for row in &scenes.rows {
            writeln!(out, "  {BOLD}{}{BOLD:#} {} {}", row.at, plain(&row.category), severity(&row.severity))?;
            writeln!(out, "{}", self.wrap(&format!("{}{}", row.text, self.tag(&row.tag)), 6))?;
        }
        Ok(())
    }

    fn themes(&self, out: &mut impl Write, themes: &ThemesView) -> io::Result<()> {
        self.heading(out, &themes.heading)?;
        if themes.brief {
            let titles: Vec<String> = themes.items.iter().map(|t| plain(&t.title)).collect();
            return writeln!(out, "{}", self.wrap(&titles.join(" · "), 2));
        }
        for theme in &themes.items {
            let summary = theme.summary.as_ref().map(|s| format!(". {s}")).unwrap_or_default();
            writeln!(out, "{}", self.item(&format!("{}{summary}{}", theme.title, self.tag(&theme.tag)), 2))?;
        }
        Ok(())
    }

    fn faith(&self, out: &mut impl Write, faith: &FaithView) -> io::Result<()> {
        self.heading(out, &faith.heading)?;
        if let Some(prayer) = &faith.opening_prayer {
            writeln!(out, "  {BOLD}{}{BOLD:#}\n{}", plain(&prayer.heading), self.wrap(&prayer.text, 2))?;
        }
        if let Some(readings) = &faith.readings {
            writeln!(out, "  {BOLD}{}{BOLD:#}", plain(&readings.heading))?;
            for reading in &readings.items {
                let note = reading.note.as_ref().map(|n| format!(": {n}")).unwrap_or_default();
                writeln!(out, "{}", self.item(&format!("{}{note}{}", reading.reference, self.tag(&reading.tag)), 2))?;
            }
        }
        if let Some(prayer) = &faith.closing_prayer {
            writeln!(out, "  {BOLD}{}{BOLD:#}\n{}", plain(&prayer.heading), self.wrap(&prayer.text, 2))?;
        }
        Ok(())
    }

    fn plan(&self, out: &mut impl Write, plan: &PlanView) -> io::Result<()> {
        self.heading(out, &plan.heading)?;
        let when_width = plan.rows.iter().chain([&plan.end]).map(|r| r.when.chars().count()).max().unwrap_or(0);
        for row in plan.rows.iter().chain([&plan.end]) {
            let pad = " ".repeat(when_width - row.when.chars().count());
            let minutes = if row.minutes.is_empty() { String::new() } else { format!(" ({})", row.minutes) };
            writeln!(out, "  {}{pad}  {}{minutes}", row.when, plain(&row.label))?;
        }
        Ok(())
    }

    fn questions(&self, out: &mut impl Write, section: &QuestionSection) -> io::Result<()> {
        if !section.heading.is_empty() {
            self.heading(out, &section.heading)?;
        }
        if let Some(cue) = &section.cue {
            writeln!(out, "{BOLD}{}{BOLD:#}", plain(cue))?;
        }
        let labels = &self.view.labels;
        for q in &section.questions {
            let number = format!("{}. ", q.number);
            let text = format!("{number}{}{}", plain(&q.text), self.tag(&q.tag));
            writeln!(out, "{}", fill(&text, self.width, 2, number.chars().count()))?;
            let indent = 2 + number.chars().count();
            for line in [&q.themes, &q.scripture].into_iter().flatten() {
                writeln!(out, "{DIM}{}{DIM:#}", self.wrap(line, indent))?;
            }
            if let Some(note) = &q.leader_note {
                writeln!(out, "{}", self.wrap(&format!("{} {note}", labels.leader_note), indent))?;
            }
            if !q.follow_ups.is_empty() {
                writeln!(out, "{}", self.wrap(&labels.follow_ups, indent))?;
                for follow_up in &q.follow_ups {
                    writeln!(out, "{}", self.item(follow_up, indent))?;
                }
            }
        }
        Ok(())
    }

    fn related(&self, out: &mut impl Write, related: &RelatedList) -> io::Result<()> {
        self.heading(out, &related.heading)?;
        for item in &related.items {
            let year = item.year.map(|y| format!(" ({y})")).unwrap_or_default();
            let ratings =
                if item.ratings.is_empty() { String::new() } else { format!(" · {}", item.ratings.join(", ")) };
            let why = item.why.as_ref().map(|w| format!(": {}", plain(w))).unwrap_or_default();
            let tag = self.tag(&item.tag);
            writeln!(out, "{}", fill(&format!("- {}{year}{ratings}{why}{tag}", plain(&item.title)), self.width, 2, 2))?;
            if !item.severities.is_empty() {
                // Wrapped on the plain words, then each cell coloured in place.
                let cells: Vec<String> = item.severities.iter().map(|(c, s)| format!("{c}: {}", s.label)).collect();
                let mut text = fill(&cells.join(" · "), self.width, 6, 0);
                for (c, s) in &item.severities {
                    let style = severity_style(s);
                    text = text.replacen(&format!("{c}: {}", s.label), &format!("{c}: {style}{}{style:#}", s.label), 1);
                }
                writeln!(out, "{text}")?;
            }
        }
        Ok(())
    }

    fn review(&self, out: &mut impl Write, review: &ReviewView) -> io::Result<()> {
        self.heading(out, &review.heading)?;
        let mut text = format!("{}. {}", review.verdict, review.note);
        if let Some(sources) = &review.sources {
            text.push_str(&format!(" {}", plain(sources)));
        }
        if let Some(said) = &review.text {
            text.push_str(&format!(" {}{}", said.text, self.tag(&said.tag)));
        }
        writeln!(out, "{}", self.wrap(&text, 0))
    }
}

/// Text filled to `width` columns, indented, with later lines indented `hang` more.
fn fill(text: &str, width: usize, indent: usize, hang: usize) -> String {
    let first = " ".repeat(indent);
    let rest = " ".repeat(indent + hang);
    textwrap::fill(text, textwrap::Options::new(width.max(40)).initial_indent(&first).subsequent_indent(&rest))
}

/// The width to wrap to: the terminal's, or 80 columns when not writing to one.
pub fn width() -> usize {
    textwrap::termwidth().min(100)
}

/// Six severities on one line, for `list`: "violence & gore: ■■□ Moderate".
pub fn severities_line(severities: &[(String, SeverityView)]) -> String {
    severities.iter().map(|(label, s)| format!("{label}: {}", severity(s))).collect::<Vec<_>>().join("  ")
}
