//! Paper sizes and print settings shared by the HTML (`@page`) and PDF renderers.

use serde::Serialize;

pub use crate::record::paper::Paper;

/// How pages are printed.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct PageSettings {
    pub paper: Paper,
    /// No text under 16 pt, 1.5 line spacing and no italic body text.
    pub large_print: bool,
}
