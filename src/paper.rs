//! Paper sizes and print settings shared by the HTML (`@page`) and PDF renderers.

use serde::{Deserialize, Serialize};

/// The paper a leader prints on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    /// US Letter, 8.5 × 11 in.
    #[default]
    Letter,
    /// ISO A4, 210 × 297 mm.
    A4,
}

impl Paper {
    /// Width and height in PostScript points (1/72 in).
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::Letter => (612.0, 792.0),
            Paper::A4 => (595.28, 841.89),
        }
    }

    /// The CSS `@page` size keyword.
    pub fn css(self) -> &'static str {
        match self {
            Paper::Letter => "letter",
            Paper::A4 => "A4",
        }
    }
}

/// How pages are printed.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct PageSettings {
    pub paper: Paper,
    /// At least 16 pt body text, 1.5 line spacing and no italic body text.
    pub large_print: bool,
}
