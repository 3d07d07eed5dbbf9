//! A page's content stream, written directly as PDF operators: text as glyph codes in
//! TJ arrays, gray fills and strokes, rules and boxes. printpdf still makes the document
//! (fonts, their widths and ToUnicode maps, pages, links, metadata); only the operators
//! of each page are written here, where printpdf turned every glyph into an operation
//! and lopdf every glyph into an object, a third of the time a handout took.
//!
//! Coordinates are in PDF points from the page's bottom left; numbers are written with
//! at most three decimals, and whole numbers without any.

use std::io::Write;

/// The operators of one page.
#[derive(Default)]
pub struct Content {
    bytes: Vec<u8>,
}

/// How a rectangle is painted.
#[derive(Debug, Clone, Copy)]
pub enum Paint {
    Fill,
    Stroke,
    FillStroke,
}

/// One glyph of a text run: its code in the font and the adjustment after it (TJ units:
/// thousandths of an em, positive moves left).
#[derive(Debug, Clone, Copy)]
pub struct Code {
    pub code: u16,
    pub adjust: f32,
}

impl Content {
    /// An empty stream with room for `bytes` (a page of text is 5 to 15 KB).
    pub fn with_capacity(bytes: usize) -> Content {
        Content { bytes: Vec::with_capacity(bytes) }
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    pub fn begin_text(&mut self) {
        self.bytes.extend_from_slice(b"BT\n");
    }

    pub fn end_text(&mut self) {
        self.bytes.extend_from_slice(b"ET\n");
    }

    /// `Tf`: the font by its resource name, at `size` points.
    pub fn font(&mut self, resource: &str, size: f32) {
        let _ = write!(self.bytes, "/{resource} ");
        self.number(size);
        self.bytes.extend_from_slice(b" Tf\n");
    }

    /// `Tm`: text starts at (`x`, `y`), unscaled.
    pub fn text_at(&mut self, x: f32, y: f32) {
        self.bytes.extend_from_slice(b"1 0 0 1 ");
        self.numbers(&[x, y]);
        self.bytes.extend_from_slice(b" Tm\n");
    }

    /// `TJ`: glyphs by their codes, with their adjustments, as one array whose strings run
    /// on between adjustments.
    pub fn show(&mut self, codes: &[Code]) {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        self.bytes.push(b'[');
        let mut open = false;
        for code in codes {
            if !open {
                self.bytes.push(b'<');
                open = true;
            }
            let [high, low] = code.code.to_be_bytes();
            for byte in [high, low] {
                self.bytes.push(HEX[usize::from(byte >> 4)]);
                self.bytes.push(HEX[usize::from(byte & 0xF)]);
            }
            if code.adjust != 0.0 {
                self.bytes.extend_from_slice(b"> ");
                self.number(code.adjust);
                self.bytes.push(b' ');
                open = false;
            }
        }
        if open {
            self.bytes.push(b'>');
        }
        self.bytes.extend_from_slice(b"] TJ\n");
    }

    /// `g`: the gray of fills and text, 0 black.
    pub fn fill_gray(&mut self, gray: f32) {
        self.number(gray);
        self.bytes.extend_from_slice(b" g\n");
    }

    /// `G` and `w`: the gray and width of strokes.
    pub fn stroke(&mut self, gray: f32, width: f32) {
        self.number(width);
        self.bytes.extend_from_slice(b" w\n");
        self.number(gray);
        self.bytes.extend_from_slice(b" G\n");
    }

    /// `d`: a dashed stroke (`on`, `off` lengths), or a solid one.
    pub fn dash(&mut self, pattern: Option<(f32, f32)>) {
        match pattern {
            Some((on, off)) => {
                self.bytes.push(b'[');
                self.numbers(&[on, off]);
                self.bytes.extend_from_slice(b"] 0 d\n");
            }
            None => self.bytes.extend_from_slice(b"[] 0 d\n"),
        }
    }

    /// A straight line from (`x1`, `y1`) to (`x2`, `y2`), stroked.
    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32) {
        self.numbers(&[x1, y1]);
        self.bytes.extend_from_slice(b" m ");
        self.numbers(&[x2, y2]);
        self.bytes.extend_from_slice(b" l S\n");
    }

    /// A rectangle from its bottom left corner, painted with the nonzero rule.
    pub fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, paint: Paint) {
        self.numbers(&[x, y, width, height]);
        self.bytes.extend_from_slice(match paint {
            Paint::Fill => b" re f\n",
            Paint::Stroke => b" re S\n",
            Paint::FillStroke => b" re B\n",
        });
    }

    fn numbers(&mut self, values: &[f32]) {
        for (i, value) in values.iter().enumerate() {
            if i > 0 {
                self.bytes.push(b' ');
            }
            self.number(*value);
        }
    }

    /// A number with at most three decimals, without trailing zeros: `12`, `0.45`, `-3`.
    fn number(&mut self, value: f32) {
        let thousandths = (f64::from(value) * 1000.0).round() as i64;
        if thousandths < 0 {
            self.bytes.push(b'-');
        }
        let magnitude = thousandths.unsigned_abs();
        let _ = write!(self.bytes, "{}", magnitude / 1000);
        let mut fraction = magnitude % 1000;
        if fraction != 0 {
            let mut digits = 3;
            while fraction.is_multiple_of(10) {
                fraction /= 10;
                digits -= 1;
            }
            let _ = write!(self.bytes, ".{fraction:0digits$}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(draw: impl FnOnce(&mut Content)) -> String {
        let mut content = Content::default();
        draw(&mut content);
        String::from_utf8(content.into_bytes()).unwrap()
    }

    #[test]
    fn numbers_are_short_and_exact_to_a_thousandth() {
        let text = written(|c| c.numbers(&[12.0, 0.45, -3.0, 54.005, 0.1 + 0.2, -0.0004]));
        assert_eq!(text, "12 0.45 -3 54.005 0.3 0");
    }

    #[test]
    fn glyph_strings_run_on_between_adjustments() {
        let codes = [
            Code { code: 0x12, adjust: 0.0 },
            Code { code: 0x16, adjust: 43.0 },
            Code { code: 0x1E, adjust: 0.0 },
            Code { code: 0xABCD, adjust: -3.0 },
        ];
        assert_eq!(written(|c| c.show(&codes)), "[<00120016> 43 <001EABCD> -3 ] TJ\n");
    }
}
