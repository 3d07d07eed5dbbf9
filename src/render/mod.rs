//! Renderers: a view in, bytes or terminal lines out. They print the view's fields and
//! decide nothing; `html` fills minijinja templates, `pdf` typesets with printpdf,
//! `terminal` writes the short card `reelguide ratings` prints, `ics` a night's calendar.

pub mod html;
pub mod ics;
pub mod pdf;
pub mod terminal;
