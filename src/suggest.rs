//! "Did you mean" suggestions for misspelled keys, values, names and messages.

/// The candidate closest to `input`, if it is close enough to be what the writer meant.
///
/// Damerau–Levenshtein counts a swapped pair of letters (`titel`) as one edit; allowing
/// one edit per three letters catches real typos without suggesting unrelated words.
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.to_lowercase();
    let allowed = (input.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|candidate| (strsim::damerau_levenshtein(&input, &candidate.to_lowercase()), candidate))
        .filter(|(distance, _)| *distance <= allowed)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn suggests_only_near_misses() {
        let keys = ["title", "year", "film", "themes"];
        assert_eq!(did_you_mean("titel", keys), Some("title"));
        assert_eq!(did_you_mean("yaer", keys), Some("year"));
        assert_eq!(did_you_mean("theme", keys), Some("themes"));
        assert_eq!(did_you_mean("director", keys), None);
    }
}
