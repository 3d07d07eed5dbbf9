//! The inline markup of text fields: `*emphasis*` and `**strong**`, nothing else.
//!
//! Both renderers use [`parse`], so a phrase is italic in the PDF exactly where it is
//! italic in the HTML. An asterisk only opens a span when a non-space follows it and only
//! closes one when a non-space precedes it, so `5 * 3 * 2` stays arithmetic; an unmatched
//! marker is printed as written; and `\*` is always an asterisk (`M\*A\*S\*H`).

/// A piece of text in one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub emphasis: bool,
    pub strong: bool,
}

/// Splits text into styled runs. Adjacent runs always differ in style.
pub fn parse(text: &str) -> Vec<Run> {
    let tokens = tokens(text);
    let marker = |i: usize| tokens.get(i).is_some_and(|t| t.0 == '*' && !t.1);
    let mut runs: Vec<Run> = Vec::new();
    let (mut emphasis, mut strong) = (false, false);
    let mut i = 0;
    while i < tokens.len() {
        if marker(i) {
            let double = marker(i + 1);
            let width = if double { 2 } else { 1 };
            let open = if double { strong } else { emphasis };
            let toggles = if open {
                i > 0 && !tokens[i - 1].0.is_whitespace()
            } else {
                tokens.get(i + width).is_some_and(|t| !t.0.is_whitespace())
                    && !marker(i + width)
                    && closer_exists(&tokens, i + width, width)
            };
            if toggles {
                if double {
                    strong = !strong;
                } else {
                    emphasis = !emphasis;
                }
                i += width;
                continue;
            }
        }
        push(&mut runs, tokens[i].0, emphasis, strong);
        i += 1;
    }
    runs
}

/// The characters of `text`, each with whether it was escaped: `\*` is an asterisk that
/// marks nothing (`M\*A\*S\*H`), `\\` a backslash; any other backslash is itself.
fn tokens(text: &str) -> Vec<(char, bool)> {
    let mut tokens = Vec::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(&next @ ('*' | '\\'))) => {
                chars.next();
                tokens.push((next, true));
            }
            (c, _) => tokens.push((c, false)),
        }
    }
    tokens
}

/// Whether a closing marker of `width` asterisks follows `from`, preceded by a non-space.
fn closer_exists(tokens: &[(char, bool)], from: usize, width: usize) -> bool {
    let marker = |j: usize| tokens.get(j).is_some_and(|t| t.0 == '*' && !t.1);
    let mut j = from;
    while j < tokens.len() {
        if marker(j) {
            let run = (j..tokens.len()).take_while(|k| marker(*k)).count();
            if (run == width || (width == 1 && run == 3) || (width == 2 && run >= 2))
                && !tokens[j - 1].0.is_whitespace()
            {
                return true;
            }
            j += run;
        } else {
            j += 1;
        }
    }
    false
}

fn push(runs: &mut Vec<Run>, c: char, emphasis: bool, strong: bool) {
    match runs.last_mut() {
        Some(run) if run.emphasis == emphasis && run.strong == strong => run.text.push(c),
        _ => runs.push(Run { text: c.to_string(), emphasis, strong }),
    }
}

/// The text with the markers removed: for titles in metadata and plain-text outputs.
pub fn plain(text: &str) -> String {
    parse(text).into_iter().map(|r| r.text).collect()
}

/// HTML for the text: every character escaped, then the runs wrapped in `<em>` and
/// `<strong>`. The only tags in the result are the ones added here.
pub fn to_html(text: &str) -> String {
    let mut html = String::with_capacity(text.len() + 16);
    for run in parse(text) {
        let (open, close) = match (run.emphasis, run.strong) {
            (false, false) => ("", ""),
            (true, false) => ("<em>", "</em>"),
            (false, true) => ("<strong>", "</strong>"),
            (true, true) => ("<strong><em>", "</em></strong>"),
        };
        html.push_str(open);
        escape_into(&mut html, &run.text);
        html.push_str(close);
    }
    html
}

/// Escapes the five characters that matter in HTML text and attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styled(text: &str) -> Vec<(String, bool, bool)> {
        parse(text).into_iter().map(|r| (r.text, r.emphasis, r.strong)).collect()
    }

    #[test]
    fn emphasis_and_strong() {
        assert_eq!(
            styled("a *b* **c**"),
            vec![
                ("a ".into(), false, false),
                ("b".into(), true, false),
                (" ".into(), false, false),
                ("c".into(), false, true)
            ]
        );
        assert_eq!(to_html("The title *The Cottages*"), "The title <em>The Cottages</em>");
        assert_eq!(to_html("**all *of* it**"), "<strong>all </strong><strong><em>of</em></strong><strong> it</strong>");
    }

    #[test]
    fn stray_asterisks_are_text() {
        assert_eq!(plain("5 * 3 * 2"), "5 * 3 * 2");
        assert_eq!(plain("a *b"), "a *b");
        assert_eq!(plain("**"), "**");
        assert_eq!(plain("*"), "*");
    }

    #[test]
    fn a_backslash_makes_an_asterisk_text() {
        assert_eq!(plain("M\\*A\\*S\\*H"), "M*A*S*H");
        assert_eq!(styled("*M\\*A\\*S\\*H*"), vec![("M*A*S*H".into(), true, false)]);
        assert_eq!(plain("a\\\\b and c:\\d"), "a\\b and c:\\d");
    }

    #[test]
    fn html_in_text_is_escaped_not_interpreted() {
        assert_eq!(
            to_html("<script>alert('x')</script> *\"><img onerror=x>*"),
            "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; <em>&quot;&gt;&lt;img onerror=x&gt;</em>"
        );
    }
}
