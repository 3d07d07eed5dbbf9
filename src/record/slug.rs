//! Slugs: the `[a-z0-9-]` names that records are known by and outputs are written under.
//! Because every output path is built from a slug, a valid slug is what keeps writes
//! inside the output folder.

/// Whether `text` is a usable slug: lower-case letters and digits in hyphen-separated
/// words, at most 80 characters.
pub fn is_valid(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 80
        && text
            .split('-')
            .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// A slug made from a title or file name: accents dropped, everything else that is not a
/// letter or digit becomes a hyphen. `"Amélie (2001)"` gives `amelie-2001`.
pub fn from_text(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
            // "Keeper's" reads better as "keepers" than "keeper-s".
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let mut slug = slug.trim_end_matches('-').to_string();
    if slug.len() > 80 {
        slug.truncate(80);
        slug = slug.trim_end_matches('-').to_string();
    }
    slug
}

/// The unaccented letters for common Latin letters with diacritics.
fn fold_accent(c: char) -> impl Iterator<Item = char> {
    let plain: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ā' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ą' | 'Ā' => "A",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' | 'ē' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ę' | 'Ě' | 'Ē' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'œ' | 'Œ' => "oe",
        'ś' | 'š' | 'Ś' | 'Š' => "s",
        'ß' => "ss",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ů' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        '&' => "and",
        _ => "",
    };
    let single = if plain.is_empty() { Some(c) } else { None };
    plain.chars().chain(single)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_and_checks_slugs() {
        assert_eq!(from_text("Never Let Me Go"), "never-let-me-go");
        assert_eq!(from_text("The Lighthouse Keeper's Daughter"), "the-lighthouse-keepers-daughter");
        assert_eq!(from_text("Amélie (2001)"), "amelie-2001");
        assert_eq!(from_text("Łódź & Kraków"), "lodz-and-krakow");
        assert_eq!(from_text("../../etc/passwd"), "etc-passwd");
        assert!(is_valid("never-let-me-go"));
        assert!(!is_valid("Never"));
        assert!(!is_valid("a--b"));
        assert!(!is_valid("../x"));
        assert!(!is_valid(""));
    }
}
