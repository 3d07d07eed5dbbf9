//! Tables: columns sized by what they hold, rows that split between pages with their
//! header repeated, and the advisories table (or, on the parents' card, its rows
//! stacked full width).

use super::Composer;
use super::Level;
use crate::render::pdf::lines::TextStyle;
use crate::render::pdf::paginate::{Draw, Flowable, Frame, Group, Ink};
use crate::view::model::{self as view, Advisories, Detail};

impl Composer<'_> {
    /// Column widths for a table `width` wide: each fixed column as wide as its widest
    /// content (`natural`, padding included), the last column the rest. When the page is
    /// too narrow for that, the fixed columns give up width in proportion and wrap, so
    /// the last column keeps at least a third of the table.
    pub(super) fn columns(&self, natural: &[f32]) -> Vec<f32> {
        let fixed: f32 = natural.iter().sum();
        let most = self.width * 2.0 / 3.0;
        let scale = if fixed > most { most / fixed } else { 1.0 };
        let mut widths: Vec<f32> = natural.iter().map(|w| w * scale).collect();
        widths.push(self.width - widths.iter().sum::<f32>());
        widths
    }

    /// A table: rows of cells, each kept whole on a page when it fits one, the header
    /// repeated on each page. Cell text is marked with its cell's right edge.
    pub(super) fn table(&self, widths: &[f32], header: &[&str], rows: Vec<Vec<Frame>>) -> Flowable {
        let pad = self.pad();
        let row_frame = |cells: Vec<Frame>, rule: f32| {
            let mut frame = Frame::new(0.0);
            let mut x = 0.0;
            let mut height: f32 = 0.0;
            for (cell, w) in cells.into_iter().zip(widths) {
                height = height.max(cell.height);
                frame.place(cell.in_cell(w - pad), x + pad, pad);
                x += w;
            }
            let h = height + 2.0 * pad;
            frame.draws.push(Draw::body(Ink::Line {
                x1: 0.0,
                y1: h,
                x2: self.width,
                y2: h,
                width: rule,
                gray: if rule > 1.0 { 0.0 } else { 0.45 },
            }));
            frame.height = h;
            frame
        };
        let head_style = self.bold(self.sizes.small);
        let header_cells =
            header.iter().zip(widths).map(|(text, w)| self.text_frame(text, head_style, w - 2.0 * pad)).collect();
        let header = row_frame(header_cells, 1.2);
        let parts: Vec<Frame> = rows.into_iter().map(|cells| row_frame(cells, 0.5)).collect();
        Flowable::Group(Group {
            header: Some(header),
            min_split: 1,
            keep_last: 2,
            space_before: 2.0,
            space_after: self.sizes.body * 0.4,
            ..Group::new(parts)
        })
    }

    pub(super) fn advisories(&self, a: &Advisories) -> Vec<Flowable> {
        let mut blocks = vec![self.heading(&a.heading, Level::Section)];
        let small = self.sizes.small;
        let pad = 2.0 * self.pad();
        let label_style = self.bold(small);
        let widest_label = a.rows.iter().map(|r| self.natural_width(&r.label, label_style)).fold(0.0, f32::max);
        let widest_severity = a.rows.iter().map(|r| self.severity_width(&r.severity, small)).fold(0.0, f32::max);
        let table = match (&a.columns, a.detail) {
            (None, Detail::Brief | Detail::Full | Detail::Card) | (Some(_), Detail::Card) => {
                self.stacked_rows(a, widest_label, widest_severity)
            }
            (Some(columns), Detail::Brief) => {
                // Category | Severity, the severity column as wide as its widest entry.
                let severity_width =
                    widest_severity.max(self.natural_width(&columns.severity, label_style)) + pad + 1.0;
                let widths = [self.width - severity_width, severity_width];
                let rows = a
                    .rows
                    .iter()
                    .map(|row| {
                        vec![
                            self.text_frame(&row.label, label_style, widths[0] - pad),
                            self.severity(&row.severity, small, widths[1] - pad),
                        ]
                    })
                    .collect();
                self.table(&widths, &[&columns.category, &columns.severity], rows)
            }
            (Some(columns), Detail::Full)
                if widest_label.min(self.width * 0.27) + widest_severity + 2.0 * pad <= self.width * 0.45 =>
            {
                // Wide enough: the category and what it covers, its severity, what is shown.
                let widths =
                    self.columns(&[widest_label.min(self.width * 0.27) + pad + 1.0, widest_severity + pad + 1.0]);
                let rows = a
                    .rows
                    .iter()
                    .map(|row| {
                        vec![
                            self.category_cell(row, label_style, widths[0] - pad),
                            self.severity(&row.severity, small, widths[1] - pad),
                            self.advisory_details(row, widths[2] - pad),
                        ]
                    })
                    .collect();
                self.table(&widths, &[&columns.category, &columns.severity, &columns.shown], rows)
            }
            (Some(columns), Detail::Full) => {
                // Narrow: the category, what it covers and its severity stacked in one
                // column; what is shown beside them.
                let first = widest_label.max(widest_severity).min(self.width * 0.3) + pad + 1.0;
                let widths = self.columns(&[first]);
                let rows = a
                    .rows
                    .iter()
                    .map(|row| {
                        let mut category = self.category_cell(row, label_style, widths[0] - pad);
                        category.stack(self.severity(&row.severity, small, widths[0] - pad));
                        vec![category, self.advisory_details(row, widths[1] - pad)]
                    })
                    .collect();
                self.table(&widths, &[&columns.category_and_severity, &columns.shown], rows)
            }
        };
        blocks.push(table);
        if let Some(note) = &a.hidden_note {
            blocks.push(self.paragraph(&format!("*{note}*"), self.small(), 2.0));
        }
        blocks
    }

    /// The parents' card's six categories, each a row the page's full width: the name, the
    /// severity and what the category covers on one line, what is shown under them. Text
    /// beside a narrow first column would leave a third of every line empty.
    pub(super) fn stacked_rows(&self, a: &Advisories, widest_label: f32, widest_severity: f32) -> Flowable {
        let small = self.sizes.small;
        let pad = self.pad();
        let label_style = self.bold(small);
        let label_width = widest_label.min(self.width * 0.3) + 2.0 * pad;
        let severity_width = widest_severity + 2.0 * pad;
        let indent = pad;
        let parts = a
            .rows
            .iter()
            .map(|row| {
                let mut line = Frame::new(0.0);
                let label = self.text_frame(&row.label, label_style, label_width - pad);
                let severity = self.severity(&row.severity, small, severity_width - pad);
                let covers_width = (self.width - label_width - severity_width).max(0.0);
                let covers = self.text_frame(&row.covers, self.small(), covers_width);
                line.height = label.height.max(severity.height).max(covers.height);
                line.place(label, 0.0, 0.0);
                line.place(severity, label_width, 0.0);
                line.place(covers, label_width + severity_width, 0.0);
                let mut frame = Frame::new(0.0);
                frame.place(line, 0.0, pad);
                frame.height += pad;
                let details = self.advisory_details(row, self.width - indent);
                frame.place(details, indent, frame.height);
                let h = frame.height + pad;
                frame.draws.push(Draw::body(Ink::Line {
                    x1: 0.0,
                    y1: h,
                    x2: self.width,
                    y2: h,
                    width: 0.5,
                    gray: 0.45,
                }));
                frame.height = h;
                frame
            })
            .collect();
        Flowable::Group(Group {
            min_split: 1,
            keep_last: 2,
            space_before: 2.0,
            space_after: self.sizes.body * 0.4,
            ..Group::new(parts)
        })
    }

    /// A category's name and what it covers, one above the other.
    pub(super) fn category_cell(&self, row: &view::AdvisoryRow, style: TextStyle, width: f32) -> Frame {
        let mut cell = self.text_frame(&row.label, style, width);
        cell.stack(self.text_frame(&row.covers, self.small(), width));
        cell
    }

    pub(super) fn advisory_details(&self, row: &view::AdvisoryRow, width: f32) -> Frame {
        let size = self.sizes.small;
        let mut cell = Frame::new(0.0);
        if let Some(summary) = &row.summary {
            cell.stack(self.tagged_text(summary, self.style(size), width, self.tag_text(&row.summary_tag).as_deref()));
        }
        let indent = size * 1.2;
        for detail in &row.details {
            let mut text = String::new();
            if let Some(at) = &detail.at {
                text.push_str(&format!("**{at}** "));
            }
            text.push_str(&detail.text);
            let content =
                self.tagged_text(&text, self.style(size), width - indent, self.tag_text(&detail.tag).as_deref());
            cell.stack(self.item("•", content, self.style(size), indent));
        }
        for line in [&row.sources, &row.disagreement].into_iter().flatten() {
            cell.stack(self.text_frame(line, self.small(), width));
        }
        cell
    }
}
