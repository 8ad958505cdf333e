//! A note about someone, turned to speak to them: people write their notes of a talk in the
//! third person ("she writes briefings for councillors; most of her week is SQL"), and a
//! thank-you quotes them back to that person ("you write briefings for councillors; most of
//! your week is SQL").

use super::words::is_title;
use crate::lexicon::{has, prepare as lexicon};
use crate::understand::text;

/// One whitespace-separated piece of a sentence: its word and the marks around it.
struct Token<'a> {
    before: &'a str,
    word: &'a str,
    after: &'a str,
}

fn split(piece: &str) -> Token<'_> {
    let start = piece
        .find(|c: char| c.is_alphanumeric())
        .unwrap_or(piece.len());
    let end = piece
        .rfind(|c: char| c.is_alphanumeric())
        .map_or(start, |i| {
            i + piece[i..].chars().next().map_or(1, char::len_utf8)
        });
    Token {
        before: &piece[..start],
        word: &piece[start..end.max(start)],
        after: &piece[end.max(start)..],
    }
}

/// The first sentence of a note about `name`, spoken to them, for quoting in a draft.
pub(super) fn quote_to(note: &str, name: &str) -> Option<String> {
    let line = note.lines().map(str::trim).find(|l| !l.is_empty())?;
    super::words::first_sentence(&to_you(line, name))
}

/// `sentence` with the person it is about (`name`, or "she"/"he") spoken to as "you".
/// Words it cannot read safely are left as written: the draft is the user's to edit.
pub(super) fn to_you(sentence: &str, name: &str) -> String {
    let names: Vec<String> = name
        .split_whitespace()
        .filter(|w| !is_title(w))
        .map(|w| text::lower(w.trim_end_matches('.')))
        .filter(|w| w.len() >= 2)
        .collect();
    let tokens: Vec<Token> = sentence.split_whitespace().map(split).collect();
    let lower: Vec<String> = tokens.iter().map(|t| text::lower(t.word)).collect();
    let is_name = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.word.starts_with(|c: char| c.is_uppercase())
                && names.iter().any(|n| *n == without_s(&lower[i]))
        })
    };
    // A clause starts at the sentence's start, after a clause mark or a joining word.
    let clause_start = |i: usize| {
        i == 0 || !tokens[i - 1].after.is_empty() || has(lexicon::clause_joins(), &lower[i - 1])
    };
    // A note that speaks of both a "she" and a "he" is about two people: which is which
    // cannot be told, so only the name is turned.
    let forms = |of: &[String]| lower.iter().any(|w| has(of, w));
    let pronouns = !(forms(lexicon::she_forms()) && forms(lexicon::he_forms()));
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    // Whether a subject has been turned to "you" in this sentence ("you run the team and
    // hire every spring").
    let mut spoken_to = false;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let w = lower[i].as_str();
        let next = lower.get(i + 1).map_or("", String::as_str);
        let ends_phrase = !t.after.is_empty() || i + 1 == tokens.len();
        let mut subject = false;
        let you = match w {
            _ if !pronouns => None,
            "she" | "he" => {
                subject = true;
                Some("you")
            }
            "she's" | "he's" if next == "been" || next == "got" || next.ends_with("ed") => {
                Some("you've")
            }
            "she's" | "he's" => Some("you're"),
            "she'd" | "he'd" => Some("you'd"),
            "she'll" | "he'll" => Some("you'll"),
            "him" => Some("you"),
            "herself" | "himself" => Some("yourself"),
            "hers" => Some("yours"),
            "his" if ends_phrase => Some("yours"),
            "his" => Some("your"),
            "her" if ends_phrase || has(lexicon::object_followers(), next) => Some("you"),
            "her" => Some("your"),
            _ => None,
        };
        if let Some(you) = you {
            out.push(format!("{}{}{}", t.before, same_case(t.word, you), t.after));
        } else if is_name(i) || (is_title(t.word) && is_name(i + 1)) {
            // "Dr. Dana Kim's team" → "your team"; "Dana moved" → "you moved".
            let first = i;
            if !is_name(i) {
                i += 1;
            }
            while i + 1 < tokens.len() && tokens[i].after.is_empty() && is_name(i + 1) {
                i += 1;
            }
            let you = if lower[i].ends_with("'s") {
                "your"
            } else {
                "you"
            };
            subject = you == "you" && clause_start(first);
            // A name is capitalized anywhere; "you" only where the sentence starts.
            let word = if first == 0 {
                same_case(tokens[first].word, you)
            } else {
                you.into()
            };
            out.push(format!("{}{word}{}", tokens[first].before, tokens[i].after));
        } else if i == 0 && verb_with_object(&lower, &tokens, 0) {
            // Notes' shorthand: "Builds dashboards for the ER" → "you build dashboards ...".
            let you = same_case(t.word, "you");
            out.push(format!("{}{you} {}{}", t.before, base_form(w), t.after));
            spoken_to = true;
        } else if spoken_to
            && i > 0
            && matches!(lower[i - 1].as_str(), "and" | "but" | "or")
            && verb_with_object(&lower, &tokens, i)
        {
            out.push(format!("{}{}{}", t.before, base_form(w), t.after));
        } else {
            out.push(format!("{}{}{}", t.before, t.word, t.after));
        }
        spoken_to |= subject;
        if subject && tokens[i].after.is_empty() {
            // The verb that agrees with it, past any adverbs ("she also writes").
            let mut j = i + 1;
            while j < tokens.len()
                && (lower[j].ends_with("ly") || has(crate::lexicon::adverbs(), &lower[j]))
                && tokens[j - 1].after.is_empty()
            {
                out.push(format!(
                    "{}{}{}",
                    tokens[j].before, tokens[j].word, tokens[j].after
                ));
                j += 1;
            }
            if j < tokens.len() && tokens[j - 1].after.is_empty() {
                let v = &tokens[j];
                out.push(format!(
                    "{}{}{}",
                    v.before,
                    same_case(v.word, &base_form(&lower[j])),
                    v.after
                ));
                j += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out.join(" ")
}

/// Whether the word at `i` reads as a verb with its object ("runs the data team", "teaches
/// 3 classes", "builds ER dashboards"): a word ending in "s" (or "is", "has") followed by a
/// determiner, a number or a capitalized word. "Nurses often burn out" is not.
fn verb_with_object(lower: &[String], tokens: &[Token], i: usize) -> bool {
    let (Some(word), Some(next)) = (lower.get(i), tokens.get(i + 1)) else {
        return false;
    };
    let verb_like = word.len() > 3 && word.ends_with('s') && !word.ends_with("ss");
    let linking = matches!(word.as_str(), "is" | "has" | "was" | "does");
    let object = has(lexicon::determiners(), &lower[i + 1])
        || next
            .word
            .starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase());
    (verb_like || linking) && tokens[i].after.is_empty() && object
}

/// The form a verb takes after "you": "writes" → "write", "is" → "are", "tries" → "try".
/// Anything else ("moved", "can") is already right.
fn base_form(verb: &str) -> String {
    let irregular = match verb {
        "is" => "are",
        "was" => "were",
        "has" => "have",
        "does" => "do",
        "goes" => "go",
        "isn't" => "aren't",
        "wasn't" => "weren't",
        "hasn't" => "haven't",
        "doesn't" => "don't",
        _ => "",
    };
    if !irregular.is_empty() {
        return irregular.to_string();
    }
    if let Some(stem) = verb.strip_suffix("ies").filter(|s| s.len() >= 2) {
        return format!("{stem}y");
    }
    for ending in ["sses", "shes", "ches", "xes", "zzes", "oes"] {
        if verb.ends_with(ending) {
            return verb[..verb.len() - 2].to_string();
        }
    }
    match verb.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') && !stem.ends_with('\'') && stem.len() >= 2 => {
            stem.to_string()
        }
        _ => verb.to_string(),
    }
}

/// `word` written with `like`'s capital first letter, if it has one.
fn same_case(like: &str, word: &str) -> String {
    if like.starts_with(|c: char| c.is_uppercase()) {
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
            .unwrap_or_default()
    } else {
        word.to_string()
    }
}

/// `word` without its trailing "'s" (each of them, as `trim_end_matches` would), by
/// `strip_suffix`: a `&str` pattern searched from the end brings in core's reverse two-way
/// searcher (about 1 KB of .wasm).
fn without_s(mut word: &str) -> &str {
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    word
}

#[cfg(test)]
mod tests {
    /// Cases in `core/tests/cases/second_person.tsv`: name, note, what the thank-you says.
    #[test]
    fn notes_are_turned_to_the_person() {
        let file = include_str!("../../tests/cases/second_person.tsv");
        for (name, rest) in crate::understand::cases(file) {
            let (note, turned) = rest.split_once('\t').expect("three columns");
            assert_eq!(super::to_you(note, name), turned, "{name}: {note}");
        }
    }
}
