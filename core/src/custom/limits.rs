//! Size limits for custom personas: what the editor refuses to type past, what `check`
//! reports, and what a share file or a stored list may hold. The shipped personas sit well
//! inside every one of them (their longest line is under 1,500 characters).

use super::check::{Field, LineKind, Problem, Severity};
use crate::persona::Persona;
use serde_json::Value;

/// Largest share file read, in bytes.
pub const MAX_FILE_BYTES: usize = 512 * 1024;
/// Deepest nesting of arrays and objects in a share file (a persona needs 5).
pub const MAX_FILE_DEPTH: usize = 8;
/// Longest name, pronouns, role, organization or field.
pub const MAX_FIELD_CHARS: usize = 200;
/// Longest bio.
pub const MAX_BIO_CHARS: usize = 2_000;
/// Longest answer, follow-up, greeting, nugget text or line.
pub const MAX_LINE_CHARS: usize = 4_000;
/// Longest vocabulary phrase, keyword or nugget name.
pub const MAX_PHRASE_CHARS: usize = 100;
/// Most entries in one list: answers or follow-ups of a topic, a greeting, a `lines` list.
pub const MAX_LIST_ITEMS: usize = 30;
/// Most hidden details (nuggets) in one persona.
pub const MAX_NUGGETS: usize = 60;
/// Most explained terms in one persona: a persona's people are terms too (who's Jordan?).
pub const MAX_TERMS: usize = 100;
/// Most phrases in one vocabulary entry.
pub const MAX_VOCABULARY_PHRASES: usize = 60;
/// Most keywords on one nugget.
pub const MAX_KEYWORDS: usize = 30;

/// The limit a text field may not exceed, in characters.
pub(super) fn max_chars(field: Field) -> usize {
    match field {
        Field::Bio => MAX_BIO_CHARS,
        Field::Name | Field::Pronouns | Field::Role | Field::Organization | Field::FieldOfWork => {
            MAX_FIELD_CHARS
        }
        Field::Id => crate::store::MAX_ID_LEN,
        Field::Vocabulary(_) => MAX_PHRASE_CHARS,
        _ => MAX_LINE_CHARS,
    }
}

/// A sentence saying why `texts` cannot be kept in `field`, or None when they fit.
pub(super) fn over_limit<'a>(
    field: Field,
    what: &str,
    texts: impl IntoIterator<Item = &'a String>,
) -> Option<String> {
    let max = max_chars(field);
    let mut count = 0;
    for t in texts {
        count += 1;
        if t.chars().count() > max {
            return Some(format!(
                "That {what} is too long: keep it under {max} characters."
            ));
        }
    }
    let max_items = match field {
        Field::Vocabulary(_) => MAX_VOCABULARY_PHRASES,
        _ => MAX_LIST_ITEMS,
    };
    (count > max_items).then(|| format!("That is too many: keep it to {max_items} at most."))
}

/// Every limit the persona breaks, as *Needed* problems.
pub(super) fn size_problems(p: &Persona) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut texts = Vec::new();
    let mut add = |field: Field, what: &str, list: Vec<&String>| {
        if let Some(message) = over_limit(field, what, list) {
            texts.push(Problem {
                field,
                severity: Severity::Needed,
                message,
            });
        }
    };
    add(Field::Name, "name", vec![&p.name]);
    add(Field::Pronouns, "text", vec![&p.pronouns]);
    add(Field::Role, "role", vec![&p.role]);
    add(Field::Organization, "name", vec![&p.organization]);
    add(Field::FieldOfWork, "field", vec![&p.field]);
    add(Field::Bio, "bio", vec![&p.bio]);
    add(Field::Greeting, "greeting", p.greeting.iter().collect());
    for s in &p.topics {
        add(Field::Topic(s.topic), "answer", s.answers.iter().collect());
        add(
            Field::Topic(s.topic),
            "follow-up",
            s.follow_ups.iter().collect(),
        );
    }
    for kind in LineKind::ALL {
        add(
            Field::Line(kind),
            "line",
            kind.of(&p.lines).iter().collect(),
        );
    }
    for (i, v) in p.vocabulary.iter().enumerate() {
        add(Field::Vocabulary(i), "phrase", v.phrases.iter().collect());
    }
    for (i, n) in p.nuggets.iter().enumerate() {
        add(Field::Nugget(i), "text", vec![&n.text]);
    }
    out.append(&mut texts);
    for (i, n) in p.nuggets.iter().enumerate() {
        let small: Vec<&String> = std::iter::once(&n.id).chain(&n.keywords).collect();
        if small.len() > MAX_KEYWORDS + 1
            || small.iter().any(|k| k.chars().count() > MAX_PHRASE_CHARS)
        {
            out.push(Problem {
                field: Field::Nugget(i),
                severity: Severity::Needed,
                message: format!(
                    "The name or keywords of this hidden detail are too long: at most \
                     {MAX_KEYWORDS} keywords of {MAX_PHRASE_CHARS} characters."
                ),
            });
        }
    }
    let long = |t: &crate::persona::Term| {
        t.means.chars().count() > MAX_LINE_CHARS
            || t.words.len() > MAX_KEYWORDS
            || t.words.iter().any(|w| w.chars().count() > MAX_PHRASE_CHARS)
    };
    if p.terms.len() > MAX_TERMS || p.terms.iter().any(long) {
        out.push(Problem {
            field: Field::Whole,
            severity: Severity::Needed,
            message: format!(
                "The explained terms are too many or too long: at most {MAX_TERMS} terms, \
                 {MAX_KEYWORDS} ways to type each."
            ),
        });
    }
    if p.nuggets.len() > MAX_NUGGETS {
        out.push(Problem {
            field: Field::Whole,
            severity: Severity::Needed,
            message: format!("There are too many hidden details: keep it to {MAX_NUGGETS}."),
        });
    }
    if p.topics.len() > crate::topic::Topic::ALL.len() * 2
        || p.vocabulary.len() > MAX_LIST_ITEMS * 2
    {
        out.push(Problem {
            field: Field::Whole,
            severity: Severity::Needed,
            message: "This persona has more topic entries than Askwell uses.".into(),
        });
    }
    out
}

/// Why a parsed JSON tree is too big to be a persona: nesting, list lengths, string
/// lengths. Checked before the tree is turned into a persona, so a hostile file costs little.
pub(super) fn shape_problem(value: &Value) -> Option<String> {
    fn walk(v: &Value, depth: usize) -> Option<String> {
        if depth > MAX_FILE_DEPTH {
            return Some("it is nested deeper than a persona ever is".into());
        }
        match v {
            Value::String(s) if s.chars().count() > MAX_LINE_CHARS => Some(format!(
                "one of its texts is longer than {MAX_LINE_CHARS} characters"
            )),
            Value::Array(items) => {
                if items.len() > MAX_TERMS.max(MAX_NUGGETS).max(MAX_VOCABULARY_PHRASES) {
                    return Some("one of its lists is longer than a persona's".into());
                }
                items.iter().find_map(|x| walk(x, depth + 1))
            }
            Value::Object(map) => {
                if map.len() > 40 {
                    return Some("it has more fields than a persona".into());
                }
                map.values().find_map(|x| walk(x, depth + 1))
            }
            _ => None,
        }
    }
    walk(value, 1)
}
