//! The view: the only decider of what each output shows and says.
//!
//! `edition` turns a checked record into the blocks of one edition, `catalog` does the
//! same for the library's index, `filter` answers a parent's "may my child watch this",
//! and `paper` holds the print settings every renderer reads.

pub mod catalog;
pub mod edition;
pub mod filter;
pub mod paper;
