//! Pages of drawings turned into a PDF file: each page's content (written by `content`),
//! the fonts cut to what the document draws, link annotations, the outline and the
//! document information. printpdf makes the document around the content: pages, fonts
//! with their widths and ToUnicode maps, links, metadata.
//!
//! printpdf leaves a few things to the caller that this module adds on its lopdf form:
//! the document language (`/Lang`), an outline in reading order with exact positions,
//! and reproducibility. Resource names are fixed, the trailer `/ID` is a hash of the
//! document itself, and no clock time is written unless `SOURCE_DATE_EPOCH` asks for one.

use std::collections::{BTreeMap, BTreeSet};

use lopdf::{Dictionary, Object, StringFormat};
use printpdf::{
    Actions, BorderArray, Codepoint, ColorArray, FontId, HighlightingMode, LinkAnnotation, Op, ParsedFont, PdfDocument,
    PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, Rect, TextItem,
};

use super::content::{Code, Content, Paint};
use super::fonts::{Fonts, Source};
use super::paginate::{Bookmark, Draw, Ink, PageContent};
use super::subset::Cut;

/// Where the text area sits on the page, in points.
#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub top: f32,
    /// Distance of the text area's foot from the bottom edge.
    pub bottom: f32,
    /// Baseline of the running footer, from the bottom edge.
    pub footer: f32,
}

/// Margins in points. Office printers cannot print the outer 0.25 in or so; every mark
/// stays at least 0.6 in (43.2 pt) from the edge.
const SIDE: f32 = 54.0;
const TOP: f32 = 54.0;
const BOTTOM: f32 = 72.0;
const FOOTER_BASELINE: f32 = 47.0;
/// The narrowest margin: for the parents' card, and for half-size pages.
const NARROW: f32 = 43.2;

impl Geometry {
    /// The page of `settings`; `compact` for the parents' card, which takes the narrowest
    /// margins to fit on one sheet.
    pub fn of(settings: &crate::view::paper::PageSettings, compact: bool) -> Geometry {
        let (width, height) = settings.paper.size_pt();
        let narrow = compact || settings.paper.is_small();
        let (left, top) = if narrow { (NARROW, NARROW) } else { (SIDE, TOP) };
        Geometry { width, height, left, top, bottom: BOTTOM, footer: FOOTER_BASELINE }
    }

    pub fn text_width(&self) -> f32 {
        self.width - 2.0 * self.left
    }

    pub fn text_height(&self) -> f32 {
        self.height - self.top - self.bottom
    }
}

/// The document information dictionary.
#[derive(Debug, Clone)]
pub struct Info {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    pub lang: String,
    /// Seconds since 1970 from `SOURCE_DATE_EPOCH`, the only date ever written.
    pub created: Option<i64>,
}

/// One page of the file: laid-out pages placed on it, and bookmarks of its own (a cut line,
/// how to print it). A plain document has one laid-out page per sheet, at the origin.
pub struct Sheet<'a> {
    pub width: f32,
    pub height: f32,
    pub placed: Vec<Placed<'a>>,
    /// Drawn in sheet coordinates.
    pub bookmarks: Vec<Draw>,
}

/// A laid-out page on a sheet, its top left at (`dx`, `dy`).
pub struct Placed<'a> {
    pub page: &'a PageContent,
    pub geometry: Geometry,
    pub dx: f32,
    pub dy: f32,
}

/// The finished PDF of a layout, one page per sheet, with its outline.
pub fn write(f: &Fonts, layout: &super::Layout, info: &Info) -> Vec<u8> {
    let g = layout.geometry;
    let sheets: Vec<Sheet<'_>> = layout
        .pages
        .iter()
        .map(|page| Sheet {
            width: g.width,
            height: g.height,
            placed: vec![Placed { page, geometry: g, dx: 0.0, dy: 0.0 }],
            bookmarks: Vec::new(),
        })
        .collect();
    write_sheets(f, &sheets, &layout.bookmarks, g, info)
}

/// The finished PDF of `sheets`; `bookmarks` are outline entries on the laid-out pages of
/// `geometry`, one per sheet (an imposed document passes none).
pub fn write_sheets(
    f: &Fonts,
    sheets: &[Sheet<'_>],
    bookmarks: &[Bookmark],
    geometry: Geometry,
    info: &Info,
) -> Vec<u8> {
    let order: Vec<usize> = (0..sheets.len()).collect();
    write_repeated(f, sheets, &order, bookmarks, geometry, info)
}

/// The finished PDF whose pages show, one after the other, `sheets[order[0]]`,
/// `sheets[order[1]]`, ...: a sheet shown many times (the copies of a night's pack) is
/// painted once, and its pages share one content stream, so a pack of hundreds of copies
/// costs little more memory than one copy of each document.
pub fn write_repeated(
    f: &Fonts,
    sheets: &[Sheet<'_>],
    order: &[usize],
    bookmarks: &[Bookmark],
    geometry: Geometry,
    info: &Info,
) -> Vec<u8> {
    let (cuts, texts) = cut_fonts(f, sheets);
    let mut contents = Vec::with_capacity(sheets.len());
    let painted: Vec<PdfPage> = sheets
        .iter()
        .map(|sheet| {
            let mut painter = Painter {
                content: Content::with_capacity(16 << 10),
                links: Vec::new(),
                height: sheet.height,
                font: None,
                gray: None,
                stroke: None,
                pen: None,
                drift: 0.0,
                cuts: &cuts,
                fonts: f,
            };
            for placed in &sheet.placed {
                let g = placed.geometry;
                painter.draw_all(&placed.page.draws, placed.dx + g.left, placed.dy + g.top);
                painter.draw_all(&placed.page.footer, placed.dx, placed.dy);
            }
            painter.draw_all(&sheet.bookmarks, 0.0, 0.0);
            contents.push(painter.content.into_bytes());
            let media = Rect::from_wh(Pt(sheet.width), Pt(sheet.height));
            PdfPage { media_box: media.clone(), trim_box: media.clone(), crop_box: media, ops: painter.links }
        })
        .collect();
    let mut pdf_pages: Vec<PdfPage> = order.iter().map(|&i| painted[i].clone()).collect();
    drop(painted);
    // printpdf makes each font's widths and ToUnicode map from the glyphs it sees shown:
    // it is shown each glyph once, with its text, and that stream is then replaced by the
    // page's own content.
    if let Some(first) = pdf_pages.first_mut() {
        first.ops.extend(glyph_usage(f, &cuts, &texts));
    }

    let mut doc = PdfDocument::new(&info.title);
    doc.pages = pdf_pages;
    for (source, cut) in &cuts {
        let (_, resource) = f.names(*source);
        doc.resources.fonts.map.insert(FontId(resource.to_string()), PdfFont::new(document_font(f, *source, cut)));
    }
    let meta = &mut doc.metadata.info;
    meta.document_title = info.title.clone();
    meta.author = info.author.clone();
    meta.subject = info.subject.clone();
    meta.keywords = info.keywords.clone();
    meta.creator = format!("reelguide {}", env!("CARGO_PKG_VERSION"));
    meta.producer = "printpdf".into();

    // The fonts are cut to what the document draws already (`document_font`).
    let options = PdfSaveOptions { optimize: false, subset_fonts: false, secure: true, image_optimization: None };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&options, &mut warnings);
    set_contents(&mut lo, contents, order);
    finish(&mut lo, bookmarks, geometry, info);
    // A handout is 30 to 60 KB: one allocation instead of a dozen growing copies.
    let mut bytes = Vec::with_capacity(64 << 10);
    lo.save_to(&mut bytes).expect("writing to memory cannot fail");
    stamp_id(bytes)
}

/// Each glyph of each font shown once, with the text it stands for.
fn glyph_usage(f: &Fonts, cuts: &BTreeMap<Source, Cut>, texts: &GlyphTexts) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    for (source, glyphs) in texts {
        let (_, resource) = f.names(*source);
        ops.push(Op::SetFont { font: PdfFontHandle::External(FontId(resource.into())), size: Pt(10.0) });
        let codes = glyphs
            .iter()
            .map(|(id, text)| Codepoint { gid: cuts[source].new_id(*id), offset: 0.0, cid: Some(text.clone()) })
            .collect();
        ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(codes)] });
    }
    ops.push(Op::EndTextSection);
    ops
}

/// Puts each page's own content in place of what printpdf wrote for it: the first page
/// that shows a sheet gets its content, and every later page showing the same sheet
/// refers to that stream (its own is dropped).
fn set_contents(doc: &mut lopdf::Document, contents: Vec<Vec<u8>>, order: &[usize]) {
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    let mut contents: Vec<Option<Vec<u8>>> = contents.into_iter().map(Some).collect();
    let mut first: Vec<Option<lopdf::ObjectId>> = vec![None; contents.len()];
    for (page, &sheet) in pages.into_iter().zip(order) {
        let stream = match doc.get_dictionary(page).and_then(|d| d.get(b"Contents")) {
            Ok(Object::Reference(id)) => *id,
            _ => continue,
        };
        match first[sheet] {
            Some(shared) => {
                if let Ok(dict) = doc.get_dictionary_mut(page) {
                    dict.set("Contents", Object::Reference(shared));
                }
                doc.objects.remove(&stream);
            }
            None => {
                if let (Ok(Object::Stream(object)), Some(content)) =
                    (doc.get_object_mut(stream), contents[sheet].take())
                {
                    object.set_content(content);
                }
                first[sheet] = Some(stream);
            }
        }
    }
}

/// The text each glyph stands for, by font and glyph id.
type GlyphTexts = BTreeMap<Source, BTreeMap<u16, String>>;

/// Every font the sheets draw with, cut to the glyphs they draw, and the text each
/// glyph stands for (its first non-empty text, as the reader of a right-to-left piece
/// expects it: see [`visual`]).
fn cut_fonts(f: &Fonts, sheets: &[Sheet<'_>]) -> (BTreeMap<Source, Cut>, GlyphTexts) {
    let mut texts: GlyphTexts = BTreeMap::new();
    let draws = sheets.iter().flat_map(|sheet| {
        sheet.placed.iter().flat_map(|p| p.page.draws.iter().chain(&p.page.footer)).chain(&sheet.bookmarks)
    });
    for draw in draws {
        if let Ink::Text { piece, .. } = &draw.ink {
            for (glyph, text) in piece.glyphs.iter().zip(piece.glyph_texts()) {
                let known = texts.entry(glyph.source).or_default().entry(glyph.id).or_default();
                if known.is_empty() && !text.is_empty() {
                    *known = if piece.rtl { visual(text) } else { text.to_string() };
                }
            }
        }
    }
    let cuts = texts
        .iter()
        .map(|(source, glyphs)| {
            let ids: BTreeSet<u16> = glyphs.keys().copied().collect();
            let (file, index) = f.file(*source);
            (*source, Cut::new(file, index, &ids))
        })
        .collect();
    (cuts, texts)
}

/// A font as printpdf embeds it: cut for the document, named with the subset tag (its
/// resource name) before its PostScript name.
fn document_font(f: &Fonts, source: Source, cut: &Cut) -> ParsedFont {
    let (name, resource) = f.names(source);
    let mut warnings = Vec::new();
    let font = match &cut.bytes {
        Some(bytes) => ParsedFont::from_bytes(bytes, 0, &mut warnings),
        None => None,
    };
    let mut font = font
        .or_else(|| {
            let (file, index) = f.file(source);
            ParsedFont::from_bytes(file, index as usize, &mut warnings)
        })
        .expect("the fonts parse");
    font.font_name = Some(format!("{resource}+{name}"));
    // A cut TrueType face has no OS/2 table to take the weight from.
    font.pdf_font_metrics.us_weight_class = f.weight_class(source);
    font
}

/// Turns drawings into a page's content and its links.
struct Painter<'a> {
    content: Content,
    /// The page's links, which printpdf makes into annotations.
    links: Vec<Op>,
    /// The sheet's height: PDF's y grows upwards from its foot.
    height: f32,
    font: Option<(Source, f32)>,
    gray: Option<f32>,
    /// Line width and gray of the current stroke, so unchanged state is not repeated.
    stroke: Option<(f32, f32)>,
    /// Where the last text ended: text that continues there needs no new position.
    pen: Option<(f32, f32)>,
    /// How far the viewer's pen is ahead of the shaped position, in 1/1000 em (see
    /// [`Painter::text`]).
    drift: f32,
    /// The document's fonts, each cut to what it draws.
    cuts: &'a BTreeMap<Source, Cut>,
    fonts: &'a Fonts,
}

impl Painter<'_> {
    fn draw_all(&mut self, draws: &[Draw], dx: f32, dy: f32) {
        // Text first, in one text object; then graphics; then links (annotations).
        if draws.iter().any(|d| matches!(d.ink, Ink::Text { .. })) {
            self.pen = None;
            self.content.begin_text();
            for draw in draws {
                self.text(draw, dx, dy);
            }
            self.content.end_text();
        }
        for draw in draws {
            match &draw.ink {
                Ink::Rect { x, y, w, h, fill, stroke, dashed } => {
                    self.rect(dx + x, dy + y, *w, *h, *fill, *stroke, *dashed)
                }
                Ink::Line { x1, y1, x2, y2, width, gray } => {
                    self.set_stroke(*width, *gray, false);
                    let (height, (x1, y1), (x2, y2)) = (self.height, (dx + x1, dy + y1), (dx + x2, dy + y2));
                    self.content.line(x1, height - y1, x2, height - y2);
                }
                Ink::Link { x, y, w, h, url } => {
                    let rect = Rect::from_xywh(Pt(dx + x), Pt(self.height - dy - y - h), Pt(*w), Pt(*h));
                    self.links.push(Op::LinkAnnotation {
                        link: LinkAnnotation::new(
                            rect,
                            Actions::uri(url.clone()),
                            Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                            Some(ColorArray::Transparent),
                            Some(HighlightingMode::Invert),
                        ),
                    });
                }
                Ink::Text { .. } => {}
            }
        }
    }

    /// A piece of text, glyph by glyph, as the codes of the document's cut fonts. The
    /// viewer advances by each glyph's width in the font (whole thousandths of an em);
    /// where that drifts from the shaped position (kerning, rounding) by [`MAX_DRIFT`], a
    /// TJ adjustment puts the pen back.
    fn text(&mut self, draw: &Draw, dx: f32, dy: f32) {
        let Ink::Text { x, baseline, size, gray, piece } = &draw.ink else { return };
        if self.gray != Some(*gray) {
            self.content.fill_gray(*gray);
            self.gray = Some(*gray);
        }
        let (x, y) = (round(dx + x), round(self.height - dy - baseline));
        let continues = self.pen.is_some_and(|(px, py)| (px - x).abs() < 0.05 && py == y);
        if !continues {
            self.content.text_at(x, y);
            self.drift = 0.0;
        }
        let tolerance = MAX_DRIFT * 1000.0 / size;
        let mut glyphs = piece.glyphs.iter().peekable();
        let mut codes = Vec::with_capacity(piece.glyphs.len());
        while let Some(first) = glyphs.peek() {
            let source = first.source;
            self.set_font(source, *size);
            let cut = &self.cuts[&source];
            codes.clear();
            while let Some(glyph) = glyphs.next_if(|g| g.source == source) {
                self.drift += glyph.excess;
                let adjust = if self.drift.abs() >= tolerance { self.drift.round() } else { 0.0 };
                self.drift -= adjust;
                codes.push(Code { code: cut.new_id(glyph.id), adjust });
            }
            self.content.show(&codes);
        }
        self.pen = Some((round(x + piece.width), y));
    }

    fn set_font(&mut self, source: Source, size: f32) {
        if self.font != Some((source, size)) {
            let (_, resource) = self.fonts.names(source);
            self.content.font(resource, size);
            self.font = Some((source, size));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Option<f32>, stroke: Option<f32>, dashed: bool) {
        let paint = match (fill, stroke) {
            (Some(_), Some(_)) => Paint::FillStroke,
            (Some(_), None) => Paint::Fill,
            (None, Some(_) | None) => Paint::Stroke,
        };
        if let Some(gray) = fill
            && self.gray != Some(gray)
        {
            self.content.fill_gray(gray);
            self.gray = Some(gray);
        }
        if let Some(width) = stroke {
            self.set_stroke(width, 0.0, dashed);
        }
        self.content.rect(x, self.height - y - h, w, h, paint);
        if dashed {
            self.content.dash(None);
        }
    }

    fn set_stroke(&mut self, width: f32, gray: f32, dashed: bool) {
        if self.stroke != Some((width, gray)) {
            self.content.stroke(gray, width);
            self.stroke = Some((width, gray));
        }
        if dashed {
            self.content.dash(Some((1.5, 1.2)));
        }
    }
}

/// The text of a glyph drawn right to left as text extractors expect it: they read the
/// glyphs from left to right and reverse each right-to-left run, so a glyph's own text is
/// given reversed too (the lam-alef ligature), and a mirrored bracket as the bracket it
/// shows.
fn visual(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c).to_string(),
        _ => text.chars().rev().collect(),
    }
}

/// How far a glyph may sit from its shaped position before the pen is put back, in
/// points: under half a dot of a 600-dpi printer, and far fewer adjustments to write than
/// one for every glyph whose width does not fall on a whole thousandth of an em.
const MAX_DRIFT: f32 = 0.05;

/// Positions to a hundredth of a point: finer than any printer, and shorter to write.
fn round(value: f32) -> f32 {
    (value * 100.0).round() / 100.0
}

/// The parts printpdf does not write, and the ones it writes differently each run.
fn finish(doc: &mut lopdf::Document, bookmarks: &[Bookmark], g: Geometry, info: &Info) {
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    // Language, and an outline in reading order that jumps to the exact heading.
    let outline = outline(doc, bookmarks, &pages, g);
    if let Ok(catalog) = doc.catalog_mut() {
        catalog.set("Lang", Object::String(info.lang.clone().into_bytes(), StringFormat::Literal));
        catalog.remove(b"Outlines");
        catalog.set("PageMode", Object::Name(b"UseNone".to_vec()));
        if let Some(outline) = outline {
            catalog.set("Outlines", Object::Reference(outline));
            catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        }
    }
    // Dates only when SOURCE_DATE_EPOCH sets them; never the wall clock.
    let info_id = doc.trailer.get(b"Info").and_then(Object::as_reference).ok();
    if let Some(id) = info_id
        && let Ok(Object::Dictionary(dict)) = doc.get_object_mut(id)
    {
        for key in [&b"CreationDate"[..], b"ModDate", b"Trapped", b"GTS_PDFXVersion", b"Identifier"] {
            dict.remove(key);
        }
        if let Some(seconds) = info.created {
            let date = pdf_date(seconds);
            dict.set("CreationDate", Object::String(date.clone().into_bytes(), StringFormat::Literal));
            dict.set("ModDate", Object::String(date.into_bytes(), StringFormat::Literal));
        }
    }
    // A placeholder ID, replaced by a hash of the finished file in `stamp_id`.
    let placeholder = Object::String(ID_PLACEHOLDER.to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("ID", Object::Array(vec![placeholder.clone(), placeholder]));
    compress(doc);
}

fn outline(
    doc: &mut lopdf::Document,
    bookmarks: &[Bookmark],
    pages: &[lopdf::ObjectId],
    g: Geometry,
) -> Option<lopdf::ObjectId> {
    let bookmarks: Vec<&Bookmark> = bookmarks.iter().filter(|m| m.page < pages.len()).collect();
    if bookmarks.is_empty() {
        return None;
    }
    let root = doc.new_object_id();
    let ids: Vec<lopdf::ObjectId> = bookmarks.iter().map(|_| doc.new_object_id()).collect();
    for (i, mark) in bookmarks.iter().enumerate() {
        let top = g.height - g.top - mark.y + 4.0;
        let mut item = Dictionary::new();
        item.set("Title", Object::String(utf16(&mark.title), StringFormat::Hexadecimal));
        item.set("Parent", Object::Reference(root));
        item.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(pages[mark.page]),
                Object::Name(b"XYZ".to_vec()),
                Object::Null,
                Object::Real(top),
                Object::Null,
            ]),
        );
        if i > 0 {
            item.set("Prev", Object::Reference(ids[i - 1]));
        }
        if let Some(next) = ids.get(i + 1) {
            item.set("Next", Object::Reference(*next));
        }
        doc.objects.insert(ids[i], Object::Dictionary(item));
    }
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"Outlines".to_vec()));
    dict.set("First", Object::Reference(ids[0]));
    dict.set("Last", Object::Reference(*ids.last().expect("not empty")));
    dict.set("Count", Object::Integer(ids.len() as i64));
    doc.objects.insert(root, Object::Dictionary(dict));
    Some(root)
}

/// Text strings in PDF metadata: UTF-16BE with a byte-order mark.
fn utf16(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    bytes
}

/// The deflate level for every stream (zlib-rs, pure Rust). Measured on ten generated
/// records (callgrind, whole build) and the shipped guides: level 1, zlib-rs's "quick"
/// strategy, costs 6% less CPU than level 2 and 11% less than level 6, and writes files
/// 18% and 28% larger (a four-page handout: 38 KB, 32 KB, 29.5 KB). Every handout stays
/// far under the 60 KB a two-page one may take, so speed wins.
const COMPRESSION_LEVEL: u32 = 1;

/// Compresses every stream not yet compressed, at [`COMPRESSION_LEVEL`].
fn compress(doc: &mut lopdf::Document) {
    for object in doc.objects.values_mut() {
        if let Object::Stream(stream) = object
            && stream.dict.get(b"Filter").is_err()
            && stream.allows_compression
            && let Some(compressed) = deflate(&stream.content)
            && compressed.len() < stream.content.len()
        {
            stream.dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
            stream.set_content(compressed);
        }
    }
}

thread_local! {
    /// One compressor per thread, reset between streams: setting one up costs more than
    /// compressing a page's content at level 1, and a document has a dozen streams.
    static COMPRESSOR: std::cell::RefCell<flate2::Compress> =
        std::cell::RefCell::new(flate2::Compress::new(flate2::Compression::new(COMPRESSION_LEVEL), true));
}

/// `data` as a zlib stream, or `None` if the compressor fails.
fn deflate(data: &[u8]) -> Option<Vec<u8>> {
    COMPRESSOR.with_borrow_mut(|compressor| {
        compressor.reset();
        let mut out = Vec::with_capacity(data.len() / 2 + 64);
        loop {
            let (read, written) = (compressor.total_in(), compressor.total_out());
            let rest = data.get(usize::try_from(read).ok()?..)?;
            out.reserve(rest.len() / 2 + 64);
            match compressor.compress_vec(rest, &mut out, flate2::FlushCompress::Finish).ok()? {
                flate2::Status::StreamEnd => return Some(out),
                // With room reserved each round, a round that moves nothing would loop forever.
                _ if (compressor.total_in(), compressor.total_out()) == (read, written) => return None,
                flate2::Status::Ok | flate2::Status::BufError => {}
            }
        }
    })
}

const ID_PLACEHOLDER: &[u8; 16] = b"\xA5\x5A\xA5\x5A\xA5\x5A\xA5\x5A\xA5\x5A\xA5\x5A\xA5\x5A\xA5\x5A";

/// Replaces the placeholder `/ID` with a 128-bit hash of the file itself: the same
/// document always gets the same ID, and different documents different ones. SipHash-1-3
/// with fixed keys, from the `siphasher` crate: defined by its specification, so the ID
/// is the same from every build of reelguide on every machine (std's `DefaultHasher`
/// promises no such thing), and far cheaper than a cryptographic hash, which an ID does
/// not need.
fn stamp_id(mut bytes: Vec<u8>) -> Vec<u8> {
    use std::hash::Hasher;
    let placeholder: String = ID_PLACEHOLDER.iter().map(|b| format!("{b:02X}")).collect();
    let mut hasher = siphasher::sip128::SipHasher13::new_with_keys(0x7265_656c_6775_6964, 0x7064_662d_6964_2d31);
    hasher.write(&bytes);
    let id = format!("{:032X}", siphasher::sip128::Hasher128::finish128(&hasher).as_u128());
    // The placeholder is in the trailer, which lopdf writes last.
    let tail = bytes.len().saturating_sub(TRAILER_BYTES);
    let found: Vec<usize> =
        memchr::memmem::find_iter(&bytes[tail..], placeholder.as_bytes()).map(|at| tail + at).collect();
    for at in found {
        bytes[at..at + id.len()].copy_from_slice(id.as_bytes());
    }
    bytes
}

/// How far from the end of the file the trailer's `/ID` is looked for: the trailer is a
/// few hundred bytes.
const TRAILER_BYTES: usize = 2048;

/// `D:YYYYMMDDHHmmSSZ` for seconds since 1970.
fn pdf_date(seconds: i64) -> String {
    let at = time::OffsetDateTime::from_unix_timestamp(seconds).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!(
        "D:{:04}{:02}{:02}{:02}{:02}{:02}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_is_a_fixed_function_of_the_bytes() {
        let placeholder: String = ID_PLACEHOLDER.iter().map(|b| format!("{b:02X}")).collect();
        let file = format!("%PDF-1.3 ... /ID [<{placeholder}><{placeholder}>] %%EOF").into_bytes();
        let stamped = String::from_utf8(stamp_id(file)).unwrap();
        // Pinned: a different hasher, or different keys, would change every document's
        // bytes between releases.
        assert_eq!(
            stamped,
            "%PDF-1.3 ... /ID [<8A956CDCB11843BDB4A892E2E9FFE686><8A956CDCB11843BDB4A892E2E9FFE686>] %%EOF"
        );
    }
}
