//! The parents' card and the film list in a terminal. The card is drawn from the same
//! edition view as the printed parents' card, so it says the same things. Colour only on
//! a terminal, never with `NO_COLOR`, and plain text when piped (anstream decides).

use std::io::Write;

use anstyle::{AnsiColor, Style};

use crate::markup;
use crate::view::edition::{self, Block, SeverityView, View};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn severity_style(severity: &SeverityView) -> Style {
    let color = match (severity.reviewed, severity.level) {
        (false, _) => return DIM.italic(),
        (true, 0) => AnsiColor::Green,
        (true, 1) => AnsiColor::Yellow,
        (true, 2) => AnsiColor::Magenta,
        _ => AnsiColor::Red,
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

/// Writes the card of `view` (a parents' edition) wrapped to `width` columns.
pub fn card(out: &mut impl Write, view: &View, width: usize, spoilers_hidden_hint: bool) -> std::io::Result<()> {
    // Text from the record, never able to drive the terminal.
    let plain = |text: &str| crate::cli::ui::escape(&markup::plain(text)).into_owned();
    let wrap = |text: &str, indent: usize| -> String { fill(&plain(text), width, indent, 0) };
    // A list item: its second line lines up with the text, not the dash.
    let item = |text: &str, indent: usize| -> String { fill(&format!("- {}", plain(text)), width, indent, 2) };
    writeln!(out, "{BOLD}{} ({}){BOLD:#}", plain(&view.title), view.year)?;
    let mut line = Vec::new();
    if let Some(directors) = view.credits.iter().find(|c| c.label == "Directed by") {
        line.push(format!("directed by {}", plain(&directors.value)));
    }
    line.push(view.runtime.clone());
    writeln!(out, "{DIM}{}{DIM:#}", line.join(" · "))?;
    for rating in &view.ratings {
        let mut text = format!("{BOLD}{} {}{BOLD:#}", plain(&rating.system), plain(&rating.rating));
        for extra in [&rating.reason, &rating.advice].into_iter().flatten() {
            text.push_str(&format!(" {}", plain(extra)));
        }
        if !rating.sources.is_empty() {
            text.push_str(&format!(" {DIM}(source: {}){DIM:#}", plain(&rating.sources.join("; "))));
        }
        writeln!(out, "{text}")?;
    }
    for block in &view.blocks {
        match block {
            Block::Audience { min_age, note, .. } => {
                writeln!(out)?;
                if let Some(age) = min_age {
                    writeln!(out, "{BOLD}Recommended for ages {age} and up{BOLD:#}")?;
                }
                if let Some(note) = note {
                    writeln!(out, "{}", wrap(note, 0))?;
                }
            }
            Block::Synopsis { text, .. } => {
                writeln!(out, "\n{BOLD}The story{BOLD:#}\n{}", wrap(text, 0))?;
            }
            Block::Advisories(advisories) => {
                writeln!(out, "\n{BOLD}What is in the film{BOLD:#}")?;
                let label_width = advisories.rows.iter().map(|r| r.label.chars().count()).max().unwrap_or(0);
                for row in &advisories.rows {
                    let pad = " ".repeat(label_width - row.label.chars().count());
                    writeln!(out, "  {}{pad}  {}", row.label, severity(&row.severity))?;
                    if let Some(summary) = &row.summary {
                        writeln!(out, "{}", wrap(summary, 6))?;
                    }
                    for detail in &row.details {
                        let at = detail.at.as_ref().map(|t| format!("{t} ")).unwrap_or_default();
                        let tag = if detail.spoiler { " [spoiler]" } else { "" };
                        writeln!(out, "{}", item(&format!("{at}{}{tag}", detail.text), 6))?;
                    }
                    if !row.sources.is_empty() {
                        writeln!(out, "{DIM}{}{DIM:#}", wrap(&format!("Source: {}", row.sources.join("; ")), 6))?;
                    }
                }
                if let Some(note) = &advisories.hidden_note {
                    let hint = if spoilers_hidden_hint { " Add --spoilers to see them." } else { "" };
                    writeln!(out, "{DIM}{}{DIM:#}", wrap(&format!("{note}{hint}"), 2))?;
                }
            }
            Block::Positives { items } => {
                writeln!(out, "\n{BOLD}What is good in it{BOLD:#}")?;
                for text in items {
                    writeln!(out, "{}", item(text, 2))?;
                }
            }
            Block::Themes { items, .. } => {
                let titles: Vec<String> = items.iter().map(|t| plain(&t.title)).collect();
                writeln!(out, "\n{BOLD}Themes{BOLD:#}\n{}", wrap(&titles.join(" · "), 2))?;
            }
            Block::Related { items, .. } => {
                writeln!(out, "\n{BOLD}Related films{BOLD:#}")?;
                for item in items {
                    let year = item.year.map(|y| format!(" ({y})")).unwrap_or_default();
                    let ratings = if item.ratings.is_empty() {
                        String::new()
                    } else {
                        format!(" · {}", item.ratings.join(", "))
                    };
                    let tag = if item.spoiler { " [spoiler]" } else { "" };
                    let why = item.why.as_ref().map(|w| format!(": {}", plain(w))).unwrap_or_default();
                    writeln!(
                        out,
                        "{}",
                        fill(&format!("- {}{year}{ratings}{why}{tag}", plain(&item.title)), width, 2, 2)
                    )?;
                    if !item.severities.is_empty() {
                        // Wrapped on the plain words, then each cell coloured in place.
                        let cells: Vec<String> =
                            item.severities.iter().map(|(c, s)| format!("{c}: {}", s.label)).collect();
                        let mut text = fill(&cells.join(" · "), width, 6, 0);
                        for (c, s) in &item.severities {
                            let style = severity_style(s);
                            text = text.replacen(
                                &format!("{c}: {}", s.label),
                                &format!("{c}: {style}{}{style:#}", s.label),
                                1,
                            );
                        }
                        writeln!(out, "{text}")?;
                    }
                }
            }
            Block::Review(review) => {
                writeln!(out, "\n{BOLD}How good a film it is{BOLD:#}")?;
                let mut text = format!("{}. A verdict on the film's quality, not on its content.", review.verdict);
                if !review.sources.is_empty() {
                    text.push_str(&format!(" Source: {}.", plain(&review.sources.join("; "))));
                }
                writeln!(out, "{}", wrap(&text, 0))?;
            }
            _ => {}
        }
    }
    Ok(())
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

/// Six severities on one line, for `list`.
pub fn severities_line(severities: &[(String, SeverityView)]) -> String {
    severities
        .iter()
        .map(|(label, s)| format!("{}: {}", label.to_lowercase(), severity(s)))
        .collect::<Vec<_>>()
        .join("  ")
}

/// The six severities of a library summary, labelled.
pub fn summary_severities(summary: &crate::pipeline::library::Summary) -> Vec<(String, SeverityView)> {
    summary.severities.iter().map(|(c, s)| (c.label().to_string(), edition::SeverityView::of(s.as_ref()))).collect()
}
