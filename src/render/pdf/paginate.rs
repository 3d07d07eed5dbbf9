//! Pagination: blocks of measured frames placed onto pages.
//!
//! Rules a printed handout needs: a heading stays with what follows it, through chains
//! (a heading, a pause cue, the first question); a paragraph leaves at least two lines at
//! the foot of a page and at the head of the next (no widows or orphans); a question, a
//! table row and a note box are kept whole when they fit a page and split between lines
//! when they do not; a table repeats its header on each new page; a part meant to be
//! handed out on its own starts a new sheet (an odd page, with a marked blank verso
//! before it when needed); ruled note lines fill the rest of the last page; and no part
//! (nor the document) ends on a page holding a few stray lines: the page before it is
//! ended earlier, so the last page holds at least a fifth of a page.

use std::collections::BTreeMap;

use super::lines::Piece;

/// What a drawing is part of, so that the layout can be checked (a heading left at the
/// foot of a page, text leaving its table cell) and dumped for review.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Role {
    /// Running text, list items, rules and boxes that belong to content.
    Body,
    /// A heading and its rule: never the last thing on a page.
    Heading,
    /// The cue that says where to pause the film: never the last thing on a page.
    Cue,
    /// Text in a table cell, which must not cross `limit`, the cell's right edge.
    Cell { limit: f32 },
    /// The running footer, drawn in the band below the text area.
    Footer,
    /// The notice on a page left blank on purpose.
    Blank,
}

/// Something to draw, in points from the top left of its frame; y grows down.
#[derive(Debug, Clone)]
pub struct Draw {
    pub role: Role,
    pub ink: Ink,
}

/// The bookmarks a page can carry.
#[derive(Debug, Clone)]
pub enum Ink {
    Text { x: f32, baseline: f32, size: f32, gray: f32, piece: Piece },
    Rect { x: f32, y: f32, w: f32, h: f32, fill: Option<f32>, stroke: Option<f32>, dashed: bool },
    Line { x1: f32, y1: f32, x2: f32, y2: f32, width: f32, gray: f32 },
    Link { x: f32, y: f32, w: f32, h: f32, url: String },
}

impl Draw {
    pub fn body(ink: Ink) -> Draw {
        Draw { role: Role::Body, ink }
    }

    pub fn shift(&mut self, dx: f32, dy: f32) {
        if let Role::Cell { limit } = &mut self.role {
            *limit += dx;
        }
        match &mut self.ink {
            Ink::Text { x, baseline, .. } => {
                *x += dx;
                *baseline += dy;
            }
            Ink::Rect { x, y, .. } | Ink::Link { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Ink::Line { x1, y1, x2, y2, .. } => {
                *x1 += dx;
                *x2 += dx;
                *y1 += dy;
                *y2 += dy;
            }
        }
    }

    /// The topmost and lowest y the drawing touches.
    pub fn extent(&self) -> (f32, f32) {
        match &self.ink {
            Ink::Text { baseline, size, .. } => (baseline - size * TEXT_ASCENT, baseline + size * TEXT_DESCENT),
            Ink::Rect { y, h, .. } | Ink::Link { y, h, .. } => (*y, *y + *h),
            Ink::Line { y1, y2, .. } => (y1.min(*y2), y1.max(*y2)),
        }
    }

    /// The leftmost and rightmost x the drawing touches.
    pub fn span(&self) -> (f32, f32) {
        match &self.ink {
            Ink::Text { x, piece, .. } => (*x, x + piece.width),
            Ink::Rect { x, w, .. } | Ink::Link { x, w, .. } => (*x, x + w),
            Ink::Line { x1, x2, .. } => (x1.min(*x2), x1.max(*x2)),
        }
    }

    /// A rectangle or vertical line crossing `cut`, as the parts above and below it.
    fn cut_at(self, cut: f32) -> (Draw, Draw) {
        let role = self.role;
        let (upper, lower) = match self.ink {
            Ink::Rect { x, y, w, h, fill, stroke, dashed } => (
                Ink::Rect { x, y, w, h: cut - y, fill, stroke, dashed },
                Ink::Rect { x, y: cut, w, h: y + h - cut, fill, stroke, dashed },
            ),
            Ink::Line { x1, y1, x2, y2, width, gray } => {
                let (top, bottom) = (y1.min(y2), y1.max(y2));
                (
                    Ink::Line { x1, y1: top, x2, y2: cut, width, gray },
                    Ink::Line { x1, y1: cut, x2, y2: bottom, width, gray },
                )
            }
            // Text is moved whole, never cut; a link goes with its text.
            ink @ (Ink::Text { .. } | Ink::Link { .. }) => (ink.clone(), ink),
        };
        (Draw { role, ink: upper }, Draw { role, ink: lower })
    }
}

/// DejaVu Sans' ascent and descent as shares of the type size: how far a line of text
/// reaches above and below its baseline.
pub const TEXT_ASCENT: f32 = 0.93;
pub const TEXT_DESCENT: f32 = 0.24;

/// Something measured: a height and what to draw in it. `cuts` are heights at which the
/// frame may be split if it is taller than a whole page; a cut that would pass through a
/// line of text is never used, so frames placed side by side can share them safely.
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

    /// Gives every drawing of the frame `role`.
    pub fn with_role(mut self, role: Role) -> Frame {
        for draw in &mut self.draws {
            draw.role = role;
        }
        self
    }

    /// Marks the frame's text as a table cell's, which must not cross `limit`.
    pub fn in_cell(mut self, limit: f32) -> Frame {
        for draw in &mut self.draws {
            if matches!(draw.ink, Ink::Text { .. }) && draw.role == Role::Body {
                draw.role = Role::Cell { limit };
            }
        }
        self
    }

    /// The cuts that pass through no line of text, sorted: the lines' extents are merged
    /// once, so a frame of thousands of lines is weighed in n log n, not n².
    fn usable_cuts(&self) -> Vec<f32> {
        let mut lines: Vec<(f32, f32)> =
            self.draws.iter().filter(|d| matches!(d.ink, Ink::Text { .. })).map(Draw::extent).collect();
        lines.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut merged: Vec<(f32, f32)> = Vec::new();
        for (top, bottom) in lines {
            match merged.last_mut() {
                Some(last) if top < last.1 => last.1 = last.1.max(bottom),
                _ => merged.push((top, bottom)),
            }
        }
        let mut cuts: Vec<f32> = self
            .cuts
            .iter()
            .copied()
            .filter(|c| *c > 0.5)
            .filter(|c| {
                // The last line starting above the cut must end at it or above.
                let i = merged.partition_point(|(top, _)| *top < c - 0.5);
                i == 0 || merged[i - 1].1 <= c + 0.5
            })
            .collect();
        cuts.sort_by(f32::total_cmp);
        cuts.dedup_by(|a, b| (*a - *b).abs() < 0.5);
        cuts
    }

    /// Splits at the last usable cut no lower than `max`: drawings that start above the
    /// cut stay (rectangles and rules spanning it are shared out), the rest move down.
    fn split(mut self, max: f32) -> Result<(Frame, Frame), Frame> {
        let usable = self.usable_cuts();
        // Best: at least two lines on each side of the cut; else any cut that fits.
        let balanced = usable
            .iter()
            .enumerate()
            .filter(|(i, c)| **c <= max && *i >= 1 && *i + 1 < usable.len())
            .map(|(_, c)| *c)
            .reduce(f32::max);
        let cut = balanced.or_else(|| usable.iter().copied().filter(|c| *c <= max).reduce(f32::max));
        let Some(cut) = cut else { return Err(self) };
        let mut first = Frame::new(cut);
        let mut second = Frame::new(self.height - cut);
        for mut draw in self.draws.drain(..) {
            let (top, bottom) = draw.extent();
            let spans_cut =
                top < cut - 0.5 && bottom > cut + 0.5 && matches!(draw.ink, Ink::Rect { .. } | Ink::Line { .. });
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
    /// Start on the same page as the next block (headings, cues).
    pub keep_with_next: bool,
    /// The fewest parts left on either side of a break (2: no widows or orphans).
    pub min_split: usize,
    /// The fewest parts carried to the next page when the group breaks, if more than
    /// `min_split` and together no taller than `CARRY_AT_MOST` of a page (a table's 2:
    /// never one short row alone under its repeated header).
    pub keep_last: usize,
    pub space_before: f32,
    pub space_after: f32,
    /// Drawn again at the top of every page the group continues on (a table's header).
    pub header: Option<Frame>,
    /// An outline entry pointing at where the group starts.
    pub bookmark: Option<String>,
}

impl Group {
    pub fn new(parts: Vec<Frame>) -> Self {
        Group { parts, min_split: 2, ..Group::default() }
    }

    pub fn height(&self) -> f32 {
        self.parts.iter().map(|p| p.height).sum::<f32>() + self.header.as_ref().map_or(0.0, |h| h.height)
    }

    /// What must fit on the current page for the group to start there: all of it when
    /// it is kept together (and fits a page), else its first `min_split` parts.
    fn first_chunk(&self, page: f32) -> f32 {
        let head = self.header.as_ref().map_or(0.0, |h| h.height);
        if self.together && self.height() <= page {
            return self.height();
        }
        let n = if self.parts.len() < 2 * self.min_split { self.parts.len() } else { self.min_split };
        let chunk = head + self.parts.iter().take(n.max(1)).map(|p| p.height).sum::<f32>();
        if chunk <= page - head { chunk } else { self.least() }
    }

    /// The least of the group a page can end with when it would otherwise be left mostly
    /// empty: its header and the first two lines of its first part.
    fn least(&self) -> f32 {
        let head = self.header.as_ref().map_or(0.0, |h| h.height);
        let first = self.parts.first().map_or(0.0, |p| p.usable_cuts().get(1).copied().unwrap_or(p.height));
        head + first
    }
}

/// One element of a document's flow.
#[derive(Debug, Clone)]
pub enum Flowable {
    Group(Group),
    /// Ruled lines `gap` apart from here to the foot of the page; at least `min` of them,
    /// on a new page if need be.
    Rules {
        gap: f32,
        min: usize,
        width: f32,
        space_before: f32,
    },
    /// What follows is handed out on its own: it starts a new sheet, on an odd page, and
    /// an even page left empty before it carries `blank`, a notice in small type.
    Sheet {
        blank: Frame,
    },
}

/// A laid-out page: drawings relative to the top left of the text area, and the running
/// footer relative to the top left of the page.
#[derive(Debug, Clone, Default)]
pub struct PageContent {
    pub draws: Vec<Draw>,
    pub footer: Vec<Draw>,
}

/// An outline entry: a title, the page (from 0) and the height on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Bookmark {
    pub title: String,
    pub page: usize,
    pub y: f32,
}

/// Pages, their bookmarks, and where each part handed out on its own begins.
#[derive(Debug, Clone, Default)]
pub struct Paginated {
    pub pages: Vec<PageContent>,
    pub bookmarks: Vec<Bookmark>,
    /// The first page (from 0) of every part after the first.
    pub sheets: Vec<usize>,
}

/// The height the blocks would take on one endless page: a quick estimate of how far a
/// layout overflows.
pub fn natural_height(blocks: &[Flowable]) -> f32 {
    blocks
        .iter()
        .map(|b| match b {
            Flowable::Group(g) => g.space_before + g.height() + g.space_after,
            Flowable::Rules { gap, min, space_before, .. } => space_before + gap * *min as f32,
            Flowable::Sheet { .. } => 0.0,
        })
        .sum()
}

/// Places blocks on pages whose text area is `height` points tall. Where a part (or the
/// document) would end on a page less than [`LEAST_LAST_PAGE`] full, the page before is
/// ended earlier and the blocks placed again, so that more comes over to the last page.
pub fn paginate(blocks: Vec<Flowable>, height: f32) -> Paginated {
    let mut limits = BTreeMap::new();
    let mut done = place(blocks.clone(), height, &limits);
    for _ in 0..MAX_REFLOWS {
        let Some((before, short)) = short_last_page(&done, height) else { break };
        // Ended that much higher, the page before sends at least `short` more over.
        let limit = filled(&done.pages[before]) - short;
        if limit < height * (1.0 - MOSTLY_EMPTY) || limits.get(&before).is_some_and(|l| *l <= limit) {
            break;
        }
        limits.insert(before, limit);
        let again = place(blocks.clone(), height, &limits);
        if again.pages.len() != done.pages.len() {
            break;
        }
        done = again;
    }
    done
}

/// The least share of a page the last page of a document, or of a part handed out on
/// its own, holds when it is not its only page.
pub const LEAST_LAST_PAGE: f32 = 0.2;

/// How many times the pages are placed again to fill short last pages.
const MAX_REFLOWS: usize = 6;

/// The first part (or the document) ending on a short page: the page before that one,
/// and how much more the last page needs. A short page that is its part's only page is
/// what it is.
fn short_last_page(done: &Paginated, height: f32) -> Option<(usize, f32)> {
    let is_blank = |page: &PageContent| page.draws.iter().all(|d| d.role == Role::Blank);
    let mut starts: Vec<usize> = vec![0];
    starts.extend(done.sheets.iter().copied());
    starts.push(done.pages.len());
    for part in starts.windows(2) {
        let (first, end) = (part[0], part[1]);
        let Some(last) = (first..end).rev().find(|&i| !is_blank(&done.pages[i])) else { continue };
        let least = height * LEAST_LAST_PAGE;
        let used = filled(&done.pages[last]);
        if last > first && used < least {
            return Some((last - 1, least - used + 1.0));
        }
    }
    None
}

/// How far down a page its content reaches.
fn filled(page: &PageContent) -> f32 {
    page.draws
        .iter()
        .filter(|d| d.role != Role::Blank && !matches!(d.ink, Ink::Link { .. }))
        .map(|d| d.extent().1)
        .fold(0.0, f32::max)
}

/// Places blocks on pages `height` tall, the pages in `limits` (by index) ending higher.
fn place(blocks: Vec<Flowable>, height: f32, limits: &BTreeMap<usize, f32>) -> Paginated {
    let needs = start_needs(&blocks, height);
    let first = Paginated { pages: vec![PageContent::default()], ..Paginated::default() };
    let mut p = Paginator { height, limits, done: first, y: 0.0, blank: None, bound: false };
    for (block, need) in blocks.into_iter().zip(needs) {
        match block {
            Flowable::Group(group) => p.place_group(group, need),
            Flowable::Rules { gap, min, width, space_before } => p.rules(gap, min, width, space_before),
            Flowable::Sheet { blank } => p.sheet(blank),
        }
    }
    if p.done.pages.len() > 1 && p.done.pages.last().is_some_and(|page| page.draws.is_empty()) {
        p.done.pages.pop();
    }
    // A document handed out in parts ends on a full sheet too, so a stack of copies
    // printed double-sided never puts one copy's first page on another's last.
    if !p.done.sheets.is_empty() && p.done.pages.len() % 2 == 1 {
        p.blank_page();
    }
    p.done
}

/// What must fit below the current position for a block to start on this page.
#[derive(Debug, Clone, Copy, Default)]
struct Need {
    /// Its first chunk, and for a block kept with the next, all of it and what the next
    /// one needs in turn, so a heading, a cue and a question move together.
    strict: f32,
    /// The same when the page is mostly empty: the last block of the chain may then be
    /// split after its first two lines rather than leave the page bare.
    loose: f32,
}

/// The page is "mostly empty" below this share of its height: a block that does not fit
/// whole is split there rather than moved on.
const MOSTLY_EMPTY: f32 = 0.5;

/// The most of a page a group's `keep_last` parts may take for them to be carried over
/// together. A short last row alone under a repeated header looks stranded; rows taller
/// than this are content enough on their own, and carrying them would leave a gap.
const CARRY_AT_MOST: f32 = 0.25;

fn start_needs(blocks: &[Flowable], page: f32) -> Vec<Need> {
    let mut needs = vec![Need::default(); blocks.len()];
    for i in (0..blocks.len()).rev() {
        needs[i] = match &blocks[i] {
            Flowable::Group(g) if g.keep_with_next => {
                let next = needs.get(i + 1).copied().unwrap_or_default();
                let own = g.space_before + g.height() + g.space_after;
                Need { strict: own + next.strict, loose: own + next.loose }
            }
            Flowable::Group(g) => {
                let strict = g.space_before + g.first_chunk(page);
                Need { strict, loose: strict.min(g.space_before + g.least()) }
            }
            Flowable::Rules { gap, min, space_before, .. } => {
                let need = space_before + gap * *min as f32;
                Need { strict: need, loose: need }
            }
            Flowable::Sheet { .. } => Need::default(),
        };
    }
    needs
}

struct Paginator<'a> {
    height: f32,
    /// Pages (by index) that end higher than `height`.
    limits: &'a BTreeMap<usize, f32>,
    done: Paginated,
    y: f32,
    /// The notice for pages left blank, once a sheet break has given it.
    blank: Option<Frame>,
    /// The block just placed is kept with the next.
    bound: bool,
}

impl Paginator<'_> {
    fn page_is_empty(&self) -> bool {
        self.y == 0.0
    }

    /// How far down the current page content may go.
    fn limit(&self) -> f32 {
        self.limits.get(&(self.done.pages.len() - 1)).copied().unwrap_or(self.height)
    }

    fn new_page(&mut self) {
        self.done.pages.push(PageContent::default());
        self.y = 0.0;
    }

    fn draw(&mut self, frame: Frame) {
        let page = self.done.pages.last_mut().expect("there is always a page");
        for mut draw in frame.draws {
            draw.shift(0.0, self.y);
            page.draws.push(draw);
        }
        self.y += frame.height;
    }

    /// A page left empty so that what follows starts a sheet: its notice says so.
    fn blank_page(&mut self) {
        self.new_page();
        if let Some(blank) = self.blank.clone() {
            self.draw(blank);
        }
    }

    fn sheet(&mut self, blank: Frame) {
        self.bound = false;
        self.blank = Some(blank);
        if !self.page_is_empty() {
            self.new_page();
        }
        if self.done.pages.len().is_multiple_of(2) {
            // The new part would start on the back of a sheet: leave that page blank.
            self.y = 0.0;
            if let Some(blank) = self.blank.clone() {
                self.draw(blank);
            }
            self.new_page();
        }
        self.done.sheets.push(self.done.pages.len() - 1);
    }

    fn place_group(&mut self, mut group: Group, need: Need) {
        let whole = group.height();
        // Parts that can never share a page are split, whatever was asked.
        if group.together && whole > self.height {
            group.together = false;
            group.min_split = 1;
        }
        let space = if self.page_is_empty() { 0.0 } else { group.space_before };
        let fits = self.y + need.strict <= self.limit() + 0.01;
        let mostly_empty = self.y < self.height * MOSTLY_EMPTY;
        // A block kept with this one was just placed: the chain's first block decided
        // the page for all of it, so this one starts here too.
        let starts_anyway = !fits && (self.bound || mostly_empty && self.y + need.loose <= self.limit() + 0.01);
        self.bound = group.keep_with_next;
        if !fits && !starts_anyway && !self.page_is_empty() {
            self.new_page();
        } else {
            self.y += space;
        }
        // Started here on the loose rule: what does not fit is split, not moved.
        let mut may_split = starts_anyway && !self.page_is_empty();
        if may_split {
            group.together = false;
        }
        if let Some(title) = group.bookmark.take() {
            self.done.bookmarks.push(Bookmark { title, page: self.done.pages.len() - 1, y: self.y });
        }
        let header = group.header.take();
        let head = header.as_ref().map_or(0.0, |h| h.height);
        let mut parts: std::collections::VecDeque<Frame> = group.parts.into();
        if let Some(header) = &header {
            self.draw(header.clone());
        }
        while !parts.is_empty() {
            let room = self.limit() - self.y;
            let fit = count_fitting(&parts, room);
            let total = parts.len();
            let mut take = fit;
            if fit < total {
                // Keep at least `min_split` parts on each side of the break, and at
                // least `keep_last` after it.
                let min = group.min_split.max(1);
                let carried = |n: usize| parts.iter().rev().take(n).map(|p| p.height).sum::<f32>();
                let last = if carried(group.keep_last) <= self.height * CARRY_AT_MOST {
                    group.keep_last.max(min)
                } else {
                    min
                };
                if total - take < last {
                    take = total.saturating_sub(last);
                }
                if take < min && total >= min {
                    take = 0;
                }
            }
            if take == 0 {
                let at_top = self.page_is_empty() || self.y <= head + 0.01;
                let first_too_tall = parts.front().is_some_and(|p| p.height > self.height - head);
                let mostly_empty = !group.together && self.y < self.height * MOSTLY_EMPTY;
                if at_top || first_too_tall || may_split || mostly_empty {
                    // The first part cannot fit whole on any page: split it between lines
                    // here rather than leave this page's room unused.
                    let first = parts.pop_front().expect("parts is not empty");
                    match first.split(room) {
                        Ok((top, rest)) => {
                            self.draw(top);
                            parts.push_front(rest);
                        }
                        Err(whole) if at_top => self.draw(whole),
                        Err(whole) => parts.push_front(whole),
                    }
                }
            } else {
                for _ in 0..take {
                    let part = parts.pop_front().expect("counted");
                    self.draw(part);
                }
            }
            // Room left for the start of the next part: split it here, not on the next page.
            let more_here = take > 0 && !group.together && self.y < self.height * MOSTLY_EMPTY;
            if !parts.is_empty() && !more_here {
                self.new_page();
                may_split = false;
                if let Some(header) = &header {
                    self.draw(header.clone());
                }
            }
        }
        self.y += group.space_after;
    }

    fn rules(&mut self, gap: f32, min: usize, width: f32, space_before: f32) {
        self.bound = false;
        if !self.page_is_empty() {
            self.y += space_before;
        }
        if self.y + gap * min as f32 > self.height {
            self.new_page();
        }
        let mut frame = Frame::new(0.0);
        let mut y = gap;
        while self.y + y <= self.height {
            frame.draws.push(Draw::body(Ink::Line { x1: 0.0, y1: y, x2: width, y2: y, width: 0.5, gray: 0.45 }));
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
        frame.draws.push(Draw::body(Ink::Line { x1: 0.0, y1: h / 2.0, x2: 10.0, y2: h / 2.0, width: 1.0, gray: 0.0 }));
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
        let done = paginate(vec![Flowable::Group(first), Flowable::Group(second)], 100.0);
        assert_eq!(done.pages.len(), 2);
        let fitted = paginate(
            vec![Flowable::Group(Group::new(lines(9, 10.0))), Flowable::Group(Group::new(lines(3, 10.0)))],
            100.0,
        );
        // 1 line would fit at the foot of page 1: it moves, with its paragraph.
        assert_eq!(fitted.pages.len(), 2);
    }

    #[test]
    fn a_chain_of_kept_blocks_moves_together() {
        let heading =
            || Flowable::Group(Group { keep_with_next: true, together: true, ..Group::new(vec![line(10.0)]) });
        let unit = Group { together: true, ..Group::new(lines(3, 10.0)) };
        let filler = Group::new(lines(6, 10.0));
        // Heading, cue and a three-line unit: 50 points, with 40 left on page 1.
        let done = paginate(vec![Flowable::Group(filler), heading(), heading(), Flowable::Group(unit)], 100.0);
        assert_eq!(done.pages.len(), 2);
        assert_eq!(done.pages[0].draws.len(), 6, "only the filler stays on page 1");
    }

    #[test]
    fn a_frame_taller_than_a_page_is_split_between_lines() {
        let mut tall = Frame::new(0.0);
        for _ in 0..30 {
            tall.stack(line(10.0));
        }
        let group = Group { together: true, ..Group::new(vec![tall]) };
        let done = paginate(vec![Flowable::Group(group)], 100.0);
        assert_eq!(done.pages.len(), 3);
    }

    /// A table's last row never stands alone under its repeated header: a short one
    /// takes the row before it along; a tall one is content enough by itself.
    #[test]
    fn a_short_last_row_is_not_left_alone_under_a_repeated_header() {
        let table = |rows: Vec<Frame>| {
            Flowable::Group(Group { header: Some(line(10.0)), min_split: 1, keep_last: 2, ..Group::new(rows) })
        };
        let text = || Flowable::Group(Group::new(lines(10, 10.0)));
        // 100 of text, a header and 9 rows of 10 fill a page of 200: the 10th would be alone.
        let done = paginate(vec![text(), table(lines(10, 10.0)), text()], 200.0);
        assert_eq!(done.pages[0].draws.len(), 10 + 1 + 8, "two rows go on together");
        assert_eq!(done.pages[1].draws.len(), 1 + 2 + 10);
        // Rows of 30: carrying two would move 60 points, more than a quarter page.
        let done = paginate(vec![text(), table(lines(4, 30.0)), text()], 200.0);
        assert_eq!(done.pages[0].draws.len(), 10 + 1 + 3, "a tall last row goes on alone");
    }

    #[test]
    fn a_new_sheet_starts_on_an_odd_page() {
        let blank = || Frame::new(0.0);
        let text = || Flowable::Group(Group::new(lines(2, 10.0)));
        let done = paginate(
            vec![text(), Flowable::Sheet { blank: blank() }, text(), Flowable::Sheet { blank: blank() }, text()],
            100.0,
        );
        assert_eq!(done.sheets, vec![2, 4], "each part on an odd page (counting from 1)");
        assert_eq!(done.pages.len(), 6, "padded to whole sheets");
    }
}
