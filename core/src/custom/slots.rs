//! The two places in a line that asks which of two things was meant: `{a}` and `{b}`, where
//! the conversation puts the two topics it hesitates between. The editor shows a line with
//! them as "first topic" and "second topic" chips, so an author reads a sentence, not a
//! template.

/// A piece of a line, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinePart<'a> {
    /// Words as written.
    Text(&'a str),
    /// `{a}`: the first topic.
    First,
    /// `{b}`: the second topic.
    Second,
}

impl LinePart<'_> {
    /// How a slot reads in the editor; `None` for words.
    pub fn slot_name(self) -> Option<&'static str> {
        match self {
            LinePart::Text(_) => None,
            LinePart::First => Some("first topic"),
            LinePart::Second => Some("second topic"),
        }
    }
}

/// The line cut at each `{a}` and `{b}`; anything else in braces stays words.
pub fn line_parts(line: &str) -> Vec<LinePart<'_>> {
    let mut parts = Vec::new();
    let bytes = line.as_bytes();
    // Both are ASCII, so every cut falls between characters.
    let (mut at, mut words_from) = (0, 0);
    while at + 3 <= bytes.len() {
        let slot = match &bytes[at..at + 3] {
            b"{a}" => LinePart::First,
            b"{b}" => LinePart::Second,
            _ => {
                at += 1;
                continue;
            }
        };
        if words_from < at {
            parts.push(LinePart::Text(&line[words_from..at]));
        }
        parts.push(slot);
        at += 3;
        words_from = at;
    }
    if words_from < line.len() {
        parts.push(LinePart::Text(&line[words_from..]));
    }
    parts
}

/// Whether a line has a slot at all (only those are worth showing as chips).
pub fn has_slots(line: &str) -> bool {
    line.contains("{a}") || line.contains("{b}")
}

#[cfg(test)]
mod tests {
    use super::LinePart::{First, Second, Text};
    use super::*;

    #[test]
    fn a_line_is_cut_at_its_two_slots() {
        assert_eq!(
            line_parts("Do you mean {a}, or {b}?"),
            vec![
                Text("Do you mean "),
                First,
                Text(", or "),
                Second,
                Text("?")
            ]
        );
        assert_eq!(line_parts("{b} or {a}"), vec![Second, Text(" or "), First]);
    }

    #[test]
    fn other_braces_and_plain_lines_stay_words() {
        assert_eq!(line_parts("No slots here."), vec![Text("No slots here.")]);
        assert_eq!(line_parts("A {c} and {a"), vec![Text("A {c} and {a")]);
        assert_eq!(line_parts(""), Vec::<LinePart>::new());
        assert!(!has_slots("A {c}"));
        assert!(has_slots("only {b}"));
    }

    #[test]
    fn slots_read_as_words() {
        assert_eq!(First.slot_name(), Some("first topic"));
        assert_eq!(Second.slot_name(), Some("second topic"));
        assert_eq!(Text("x").slot_name(), None);
    }

    #[test]
    fn braces_next_to_letters_beyond_ascii_do_not_split_a_character() {
        assert_eq!(line_parts("«{a}» é{"), vec![Text("«"), First, Text("» é{")]);
    }
}
