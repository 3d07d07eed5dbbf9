//! Slugs: the `[a-z0-9-]` names that records are known by and outputs are written under.
//! Because every output path is built from a slug, a valid slug is what keeps writes
//! inside the output folder, on every system the folder may be copied to.

/// Names Windows keeps for devices, whatever follows them: a folder `con` cannot be made
/// there, and `aux.html` opens a device, not a file.
const DEVICE_NAMES: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2",
    "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Whether `text` is a usable slug: lower-case letters and digits in hyphen-separated
/// words, at most 80 characters, and not a name Windows keeps for a device.
pub fn is_valid(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 80
        && !is_reserved(text)
        && text
            .split('-')
            .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Whether `text` is one of Windows' device names.
pub fn is_device_name(text: &str) -> bool {
    DEVICE_NAMES.contains(&text)
}

/// The output folder that holds the film nights, beside the films' own folders.
pub const NIGHTS_FOLDER: &str = "nights";

/// Whether `text` is a name no record may take: a device name, or the nights' folder.
pub fn is_reserved(text: &str) -> bool {
    is_device_name(text) || text == NIGHTS_FOLDER
}

/// A slug made from a title or file name in any script: written in Latin letters
/// (deunicode: `Амели` gives `ameli`, `七人の侍` gives `qi-ren-nosi`), and everything else
/// that is not a letter or digit becomes a hyphen. `"Amélie (2001)"` gives `amelie-2001`.
/// A device name gets `-film` added, so it can still name a folder.
pub fn from_text(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        // Apostrophes join: "Keeper's" reads better as "keepers" than "keeper-s".
        if c == '\'' || c == '\u{2019}' {
            continue;
        }
        let latin = if c == '&' { " and " } else { deunicode::deunicode_char(c).unwrap_or("") };
        for c in latin.chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c.to_ascii_lowercase());
            } else if c != '\'' && !slug.ends_with('-') && !slug.is_empty() {
                slug.push('-');
            }
        }
    }
    let mut slug = slug.trim_end_matches('-').to_string();
    if slug.len() > 80 {
        slug.truncate(80);
        slug = slug.trim_end_matches('-').to_string();
    }
    if is_reserved(&slug) {
        slug.push_str("-film");
    }
    slug
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

    #[test]
    fn titles_in_any_script_get_a_slug() {
        assert_eq!(from_text("Иди и смотри"), "idi-i-smotri");
        assert_eq!(from_text("Ο Θίασος"), "o-thiasos");
        assert!(is_valid(&from_text("七人の侍")), "{}", from_text("七人の侍"));
        assert!(!from_text("七人の侍").is_empty());
    }

    #[test]
    fn windows_device_names_are_never_slugs() {
        for name in ["con", "aux", "nul", "com1", "lpt9"] {
            assert!(!is_valid(name), "{name}");
        }
        assert_eq!(from_text("Con"), "con-film");
        assert_eq!(from_text("AUX"), "aux-film");
        assert!(is_valid("con-air"));
        assert!(!is_valid("nights"));
        assert_eq!(from_text("Nights"), "nights-film");
    }
}
