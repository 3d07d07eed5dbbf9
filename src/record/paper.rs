//! Paper sizes: part of the formats (a night names its paper) and of the print settings
//! the renderers share, so the type lives with the record and the view re-exports it.

use serde::{Deserialize, Serialize};

/// The paper a leader prints on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    /// US Letter, 8.5 × 11 in.
    #[default]
    Letter,
    /// ISO A4, 210 × 297 mm.
    A4,
    /// Half of a Letter sheet, 5.5 × 8.5 in: a booklet's page, or a card cut in two.
    HalfLetter,
    /// ISO A5, 148 × 210 mm: half of an A4 sheet.
    A5,
}

impl Paper {
    /// Width and height in PostScript points (1/72 in).
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::Letter => (612.0, 792.0),
            Paper::A4 => (595.28, 841.89),
            Paper::HalfLetter => (396.0, 612.0),
            Paper::A5 => (419.53, 595.28),
        }
    }

    /// The CSS `@page` size.
    pub fn css(self) -> &'static str {
        match self {
            Paper::Letter => "letter",
            Paper::A4 => "A4",
            Paper::HalfLetter => "5.5in 8.5in",
            Paper::A5 => "A5",
        }
    }

    /// The page of a booklet or a two-up card printed on this paper: half of it.
    pub fn half(self) -> Paper {
        match self {
            Paper::Letter | Paper::HalfLetter => Paper::HalfLetter,
            Paper::A4 | Paper::A5 => Paper::A5,
        }
    }

    /// The sheet that holds two of these pages side by side, in landscape.
    pub fn sheet(self) -> Paper {
        match self.half() {
            Paper::HalfLetter => Paper::Letter,
            _ => Paper::A4,
        }
    }

    /// Half-size pages: smaller margins, since every mark still stays 0.6 in inside.
    pub fn is_small(self) -> bool {
        matches!(self, Paper::HalfLetter | Paper::A5)
    }
}
