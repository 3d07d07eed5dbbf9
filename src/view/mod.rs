//! The view: the only decider of what each output shows and says.
//!
//! `edition` chooses the blocks of each edition and their order; `blocks`, `masthead`
//! and `plan` make them from the record, with every word taken from `words` (the
//! catalog of labels); `model` is what renderers read. `catalog` does the same for the
//! library's index, `summary` is what it and other records keep of a film, `filter`
//! answers a parent's "may my child watch this", `links` joins pages, and `paper` holds
//! the print settings every renderer reads.

mod blocks;
pub mod catalog;
pub mod edition;
pub mod filter;
pub mod links;
mod masthead;
pub mod model;
pub mod night;
pub mod paper;
mod plan;
pub mod summary;
pub mod words;

pub use masthead::{long_date, runtime_words};
pub use plan::default_plan;
