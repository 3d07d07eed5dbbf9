//! Pagination: blocks of measured frames placed onto pages.
//!
//! Rules a printed handout needs: a heading stays with what follows it; a paragraph
//! leaves at least two lines at the foot of a page and at the head of the next (no widows
//! or orphans); a question, a table row and a note box are never split; a table repeats
//! its header on each new page; and ruled note lines fill the rest of the last page.

use super::text::Piece;

/// A drawing instruction in points, relative to the top left of its frame; y grows down.
#[derive(Debug, Clone)]
pub enum Draw {
    Text { x: f32, baseline: f32, size: f32, gray: f32, piece: Piece },
    Rect { x: f32, y: f32, w: f32, h: f32, fill: Option<f32>, stroke: Option<f32>, dashed: bool },
    Line { x1: f32, y1: f32, x2: f32, y2: f32, width: f32, gray: f32 },
    Link { x: f32, y: f32, w: f32, h: f32, url: String },
}

impl Draw {
    fn shift(&mut self, dx: f32, dy: f32) {
        match self {
            Draw::Text { x, baseline, .. } => {
                *x += dx;
                *baseline += dy;
            }
            Draw::Rect { x, y, .. } | Draw::Link { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Draw::Line { x1, y1, x2, y2, .. } => {
                *x1 += dx;
                *x2 += dx;
                *y1 += dy;
                *y2 += dy;
            }
        }
    }

    /// The topmost and lowest y the drawing touches.
    fn extent(&self) -> (f32, f32) {
        match self {
            Draw::Text { baseline, size, .. } => (baseline - size * 0.8, baseline + size * 0.25),
            Draw::Rect { y, h, .. } | Draw::Link { y, h, .. } => (*y, *y + *h),
            Draw::Line { y1, y2, .. } => (y1.min(*y2), y1.max(*y2)),
        }
    }

    /// A rectangle or vertical line crossing `cut`, as the parts above and below it.
    fn cut_at(self, cut: f32) -> (Draw, Draw) {
        let mut upper = self.clone();
        let mut lower = self;
        match (&mut upper, &mut lower) {
            (Draw::Rect { y, h, .. }, Draw::Rect { y: ly, h: lh, .. }) => {
                *lh = *y + *h - cut;
                *ly = cut;
                *h = cut - *y;
            }
            (Draw::Line { y1, y2, .. }, Draw::Line { y1: l1, y2: l2, .. }) => {
                let (top, bottom) = (y1.min(*y2), y1.max(*y2));
                (*y1, *y2) = (top, cut);
                (*l1, *l2) = (cut, bottom);
            }
            _ => {}
        }
        (upper, lower)
    }
}

/// Something measured: a height and what to draw in it. `cuts` are heights at which the
/// frame may be split if it is taller than a whole page (between its lines).
#[derive(Debug, Clone, Default)]
pub struct Frame {
    pub height: f32,
    pub draws: Vec<Draw>,
    pub cuts: Vec<f32>,
}

impl Frame {
    pub fn new(height: f32) -> Self {
        Frame { height, draws: Vec::new(), cuts: Vec::new() }
    }

    /// Adds `other` with its top left at (`dx`, `dy`).
    pub fn place(&mut self, other: Frame, dx: f32, dy: f32) {
        for mut draw in other.draws {
            draw.shift(dx, dy);
            self.draws.push(draw);
        }
        self.cuts.extend(other.cuts.iter().map(|c| c + dy));
        self.height = self.height.max(dy + other.height);
    }

    /// Stacks `other` below this frame; the join becomes a possible cut.
    pub fn stack(&mut self, other: Frame) {
        let top = self.height;
        if top > 0.0 {
            self.cuts.push(top);
        }
        self.place(other, 0.0, top);
    }

    /// Splits at the last cut no lower than `max`: drawings that start above the cut stay
    /// (rectangles spanning it are shared out), the rest move to the second frame.
    fn split(mut self, max: f32) -> Result<(Frame, Frame), Frame> {
        let Some(cut) = self.cuts.iter().copied().filter(|c| *c > 0.0 && *c <= max).reduce(f32::max) else {
            return Err(self);
        };
        let mut first = Frame::new(cut);
        let mut second = Frame::new(self.height - cut);
        for mut draw in self.draws.drain(..) {
            let (top, bottom) = draw.extent();
            let spans_cut = top < cut && bottom > cut && matches!(draw, Draw::Rect { .. } | Draw::Line { .. });
            if spans_cut {
                let (upper, mut lower) = draw.cut_at(cut);
                lower.shift(0.0, -cut);
                first.draws.push(upper);
                second.draws.push(lower);
            } else if top < cut - 0.5 {
                first.draws.push(draw);
            } else {
                draw.shift(0.0, -cut);
                second.draws.push(draw);
            }
        }
        second.cuts = self.cuts.iter().filter(|c| **c > cut).map(|c| c - cut).collect();
        first.cuts = self.cuts.into_iter().filter(|c| *c < cut).collect();
        Ok((first, second))
    }
}

/// A run of frames placed one below the other.
#[derive(Debug, Clone, Default)]
pub struct Group {
    /// Atomic parts; a page break may only fall between them.
    pub parts: Vec<Frame>,
    /// Keep all parts on one page (when they fit on one).
    pub together: bool,
    /// Start on the same page as the next block (headings).
    pub keep_with_next: bool,
    /// The fewest parts left on either side of a break (2: no widows or orphans).
    pub min_split: usize,
    pub space_before: f32,
    pub space_after: f32,
    /// Drawn again at the top of every page the group continues on (a table's header).
    pub header: Option<Frame>,
    /// An outline entry pointing at where the group starts.
    pub bookmark: Option<String>,
    /// Start on a new page.
    pub break_before: bool,
}

impl Group {
    pub fn new(parts: Vec<Frame>) -> Self {
        Group { parts, min_split: 2, ..Group::default() }
    }

    pub fn height(&self) -> f32 {
        self.parts.iter().map(|p| p.height).sum::<f32>() + self.header.as_ref().map_or(0.0, |h| h.height)
    }

    /// What must fit on the current page for the group to start there.
    fn first_chunk(&self) -> f32 {
        let head = self.header.as_ref().map_or(0.0, |h| h.height);
        if self.together {
            return self.height();
        }
        let n = if self.parts.len() < 2 * self.min_split { self.parts.len() } else { self.min_split };
        head + self.parts.iter().take(n).map(|p| p.height).sum::<f32>()
    }
}

/// One element of a document's flow.
#[derive(Debug, Clone)]
pub enum Block {
    Group(Group),
    /// Ruled lines `gap` apart from here to the foot of the page; at least `min` of them,
    /// on a new page if need be.
    Rules {
        gap: f32,
        min: usize,
        width: f32,
        space_before: f32,
    },
}

/// A laid-out page: drawings relative to the top left of the text area.
#[derive(Debug, Clone, Default)]
pub struct PageContent {
    pub draws: Vec<Draw>,
}

/// An outline entry: a title, the page (from 0) and the height on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub title: String,
    pub page: usize,
    pub y: f32,
}

/// The height the blocks would take on one endless page: a quick estimate of how far a
/// layout overflows.
pub fn natural_height(blocks: &[Block]) -> f32 {
    blocks
        .iter()
        .map(|b| match b {
            Block::Group(g) => g.space_before + g.height() + g.space_after,
            Block::Rules { gap, min, space_before, .. } => space_before + gap * *min as f32,
        })
        .sum()
}

/// Places blocks on pages whose text area is `height` points tall.
pub fn paginate(blocks: Vec<Block>, height: f32) -> (Vec<PageContent>, Vec<Mark>) {
    let mut p = Paginator { height, pages: vec![PageContent::default()], y: 0.0, marks: Vec::new() };
    let heights: Vec<f32> = blocks
        .iter()
        .map(|b| match b {
            Block::Group(g) => g.space_before + g.first_chunk(),
            Block::Rules { gap, min, .. } => gap * *min as f32,
        })
        .collect();
    for (i, block) in blocks.into_iter().enumerate() {
        match block {
            Block::Group(group) => {
                // A heading needs the start of what follows on the same page.
                let next = if group.keep_with_next { heights.get(i + 1).copied().unwrap_or(0.0) } else { 0.0 };
                p.place_group(group, next);
            }
            Block::Rules { gap, min, width, space_before } => p.rules(gap, min, width, space_before),
        }
    }
    if p.pages.len() > 1 && p.pages.last().is_some_and(|page| page.draws.is_empty()) {
        p.pages.pop();
    }
    (p.pages, p.marks)
}

struct Paginator {
    height: f32,
    pages: Vec<PageContent>,
    y: f32,
    marks: Vec<Mark>,
}

impl Paginator {
    fn page_is_empty(&self) -> bool {
        self.y == 0.0
    }

    fn new_page(&mut self) {
        self.pages.push(PageContent::default());
        self.y = 0.0;
    }

    fn draw(&mut self, frame: Frame) {
        let page = self.pages.last_mut().expect("there is always a page");
        for mut draw in frame.draws {
            draw.shift(0.0, self.y);
            page.draws.push(draw);
        }
        self.y += frame.height;
    }

    fn place_group(&mut self, mut group: Group, next_start: f32) {
        if group.break_before && !self.page_is_empty() {
            self.new_page();
        }
        let whole = group.height();
        // Parts that can never share a page are split, whatever was asked.
        if group.together && whole > self.height {
            group.together = false;
            group.min_split = 1;
        }
        let space = if self.page_is_empty() { 0.0 } else { group.space_before };
        let need = if group.keep_with_next { whole + next_start } else { group.first_chunk() };
        if self.y + space + need > self.height && !self.page_is_empty() {
            self.new_page();
        } else {
            self.y += space;
        }
        if let Some(title) = group.bookmark.take() {
            self.marks.push(Mark { title, page: self.pages.len() - 1, y: self.y });
        }
        let header = group.header.take();
        let mut parts: std::collections::VecDeque<Frame> = group.parts.into();
        if let Some(header) = &header {
            self.draw(header.clone());
        }
        while !parts.is_empty() {
            let room = self.height - self.y;
            let fit = count_fitting(&parts, room);
            let total = parts.len();
            let mut take = fit;
            if fit < total {
                // Keep at least `min_split` parts on each side of the break.
                let min = group.min_split.max(1);
                if total - take < min {
                    take = total.saturating_sub(min);
                }
                if take < min && total >= min {
                    take = 0;
                }
            }
            if take == 0 {
                if self.page_is_empty() || self.y <= header.as_ref().map_or(0.0, |h| h.height) + 0.01 {
                    // Nothing fits even on a fresh page: split the first part between lines.
                    let first = parts.pop_front().expect("parts is not empty");
                    match first.split(room) {
                        Ok((head, tail)) => {
                            self.draw(head);
                            parts.push_front(tail);
                        }
                        Err(whole) => self.draw(whole),
                    }
                } else {
                    self.new_page();
                    if let Some(header) = &header {
                        self.draw(header.clone());
                    }
                    continue;
                }
            } else {
                for _ in 0..take {
                    let part = parts.pop_front().expect("counted");
                    self.draw(part);
                }
            }
            if !parts.is_empty() {
                self.new_page();
                if let Some(header) = &header {
                    self.draw(header.clone());
                }
            }
        }
        self.y += group.space_after;
    }

    fn rules(&mut self, gap: f32, min: usize, width: f32, space_before: f32) {
        if !self.page_is_empty() {
            self.y += space_before;
        }
        if self.y + gap * min as f32 > self.height {
            self.new_page();
        }
        let mut frame = Frame::new(0.0);
        let mut y = gap;
        while self.y + y <= self.height {
            frame.draws.push(Draw::Line { x1: 0.0, y1: y, x2: width, y2: y, width: 0.5, gray: 0.45 });
            frame.height = y;
            y += gap;
        }
        self.draw(frame);
    }
}

fn count_fitting(parts: &std::collections::VecDeque<Frame>, room: f32) -> usize {
    let mut used = 0.0;
    let mut n = 0;
    for part in parts {
        if used + part.height > room + 0.01 {
            break;
        }
        used += part.height;
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A frame with something in it, as a line of text would have.
    fn line(h: f32) -> Frame {
        let mut frame = Frame::new(h);
        frame.draws.push(Draw::Line { x1: 0.0, y1: h / 2.0, x2: 10.0, y2: h / 2.0, width: 1.0, gray: 0.0 });
        frame
    }

    fn lines(n: usize, h: f32) -> Vec<Frame> {
        (0..n).map(|_| line(h)).collect()
    }

    #[test]
    fn paragraphs_leave_no_widows_or_orphans() {
        // 9 lines of 10 on a page of 100: 5 fit after the first block, but 2+ must move.
        let first = Group::new(lines(5, 10.0));
        let second = Group::new(lines(6, 10.0));
        let (pages, _) = paginate(vec![Block::Group(first), Block::Group(second)], 100.0);
        assert_eq!(pages.len(), 2);
        let fitted =
            paginate(vec![Block::Group(Group::new(lines(9, 10.0))), Block::Group(Group::new(lines(3, 10.0)))], 100.0);
        // 1 line would fit at the foot of page 1: it moves, with its paragraph.
        assert_eq!(fitted.0.len(), 2);
    }

    #[test]
    fn headings_keep_with_next_and_units_never_split() {
        let heading = Group { keep_with_next: true, ..Group::new(vec![line(10.0)]) };
        let unit = Group { together: true, ..Group::new(lines(3, 10.0)) };
        let filler = Group::new(lines(8, 10.0));
        let (pages, _) = paginate(vec![Block::Group(filler), Block::Group(heading), Block::Group(unit)], 100.0);
        assert_eq!(pages.len(), 2, "heading moved with its unit");
    }

    #[test]
    fn a_frame_taller_than_a_page_is_split_between_lines() {
        let mut tall = Frame::new(0.0);
        for _ in 0..30 {
            tall.stack(line(10.0));
        }
        let group = Group { together: true, ..Group::new(vec![tall]) };
        let (pages, _) = paginate(vec![Block::Group(group)], 100.0);
        assert_eq!(pages.len(), 3);
    }
}
