//! Who a film's certificate admits, and what that means for a night's audience.
//!
//! Some certificates bar an age outright, whatever a family says (BBFC 15, 18 and R18;
//! MPA NC-17); some admit younger people only with an adult (BBFC 12A under 12, MPA R
//! under 17). A night says where it is held (`country`) and the youngest age expected
//! (`youngest`); `check` fails a night whose youngest guest a certificate bars, and the
//! night's leader's guide prints every rule that asks something of the leader.
//!
//! In England and Wales a film night in a church or village hall needs no premises
//! licence only if children are admitted as the BBFC certificate says (Licensing Act
//! 2003, Schedule 1, paragraph 6A): the certificate is the law there, not advice.

use crate::record::Rating;
use crate::record::board::Board;

/// What a certificate asks of an audience.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// No one under `age` may be admitted.
    Bar { age: u32 },
    /// Anyone under `age` must come with an adult: "an adult" (BBFC 12A) or "a parent
    /// or adult guardian" (MPA R).
    WithAdult { age: u32 },
}

/// The rule a certificate sets, if it sets one.
pub fn rule(board: Board, rating: &str) -> Option<Rule> {
    match (board, rating) {
        (Board::Bbfc, "12A") => Some(Rule::WithAdult { age: 12 }),
        (Board::Bbfc, "12") => Some(Rule::Bar { age: 12 }),
        (Board::Bbfc, "15") => Some(Rule::Bar { age: 15 }),
        (Board::Bbfc, "18" | "R18") => Some(Rule::Bar { age: 18 }),
        (Board::Mpa, "R") => Some(Rule::WithAdult { age: 17 }),
        (Board::Mpa, "NC-17") => Some(Rule::Bar { age: 18 }),
        (Board::Bbfc | Board::Mpa, _) => None,
    }
}

/// A film's certificate from `board`, with the rule it sets.
pub fn film_rule(ratings: &[Rating], board: Board) -> Option<(&Rating, Rule)> {
    let rating = ratings.iter().find(|r| r.system == board.system())?;
    Some((rating, rule(board, &rating.rating)?))
}

/// The youngest guest as far as a night knows: an age, nobody under 18, or someone
/// under 18 of an age not given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Youngest {
    Age(u32),
    Adults,
    UnknownMinor,
}

impl Youngest {
    pub fn of(youngest: Option<u32>, under_18: u32) -> Youngest {
        match youngest {
            Some(age) => Youngest::Age(age),
            None if under_18 > 0 => Youngest::UnknownMinor,
            None => Youngest::Adults,
        }
    }

    /// Whether someone this young may be under `age`.
    pub fn may_be_under(self, age: u32) -> bool {
        match self {
            Youngest::Age(youngest) => youngest < age,
            Youngest::Adults => age > 18,
            Youngest::UnknownMinor => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificates_and_ages() {
        assert_eq!(rule(Board::Bbfc, "15"), Some(Rule::Bar { age: 15 }));
        assert_eq!(rule(Board::Bbfc, "PG"), None);
        assert_eq!(rule(Board::Mpa, "R"), Some(Rule::WithAdult { age: 17 }));
        assert_eq!(rule(Board::Mpa, "PG-13"), None);
        assert!(Youngest::of(Some(13), 4).may_be_under(15));
        assert!(!Youngest::of(Some(15), 4).may_be_under(15));
        assert!(Youngest::of(None, 4).may_be_under(15), "unknown ages are never all allowed");
        assert!(!Youngest::of(None, 0).may_be_under(18));
    }
}
