//! A yes/no question opened up in the asker's own words, for the suggested rewrite: "Did you
//! enjoy your first year?" becomes "What did you enjoy most about your first year?", "Do you
//! work weekends?" becomes "What is it like to work weekends?". Only the shape that turns
//! safely (do, does or did, then "you", then a verb) is turned; anything else gets the
//! topic's own open question, as before.

use crate::lexicon::{adverbs, feeling_verbs, has, not_experiences};
use crate::understand::shape::closed_part;
use crate::understand::text::lower;

/// The closed part of `line` asked openly, keeping its words; None when its shape is not one
/// this can turn without changing what was asked.
pub fn open_up(line: &str) -> Option<String> {
    let clause = closed_part(line)
        .trim()
        .trim_end_matches(['?', '.', '!'])
        .trim();
    let words: Vec<&str> = clause.split_whitespace().collect();
    let lowered: Vec<String> = words.iter().map(|w| lower(w)).collect();
    let aux = lowered
        .iter()
        .take(3)
        .position(|w| matches!(w.as_str(), "do" | "does" | "did"))?;
    if !matches!(lowered.get(aux + 1)?.as_str(), "you" | "u") {
        return None;
    }
    // "Did you ever consider...": the adverb does not carry into the open question.
    let mut verb = aux + 2;
    while lowered.get(verb).is_some_and(|w| has(adverbs(), w)) {
        verb += 1;
    }
    let said = lowered.get(verb)?;
    // Opinions, needs and possessions ("do you think", "do you need", "do you have") are not
    // experiences to describe; a word with no letters or a negation is not a verb.
    if has(not_experiences(), said)
        || said.ends_with("n't")
        || !said.chars().all(|c| c.is_alphabetic())
    {
        return None;
    }
    let rest = words[verb + 1..].join(" ");
    let past = lowered[aux] == "did";
    if has(feeling_verbs(), said) && !rest.is_empty() {
        let tense = if past { "did" } else { "do" };
        return Some(format!("What {tense} you {said} most about {rest}?"));
    }
    let tense = if past { "was" } else { "is" };
    let rest = if rest.is_empty() {
        String::new()
    } else {
        format!(" {rest}")
    };
    Some(format!("What {tense} it like to {}{rest}?", words[verb]))
}

#[cfg(test)]
mod tests {
    /// Cases in `core/tests/cases/open_up.tsv`: a closed question, then its open rewrite (or
    /// "-" when it keeps the topic's own question).
    #[test]
    fn closed_questions_open_up_in_their_own_words() {
        let file = include_str!("../../tests/cases/open_up.tsv");
        for (question, open) in crate::understand::cases(file) {
            let expected = (open != "-").then(|| open.to_string());
            assert_eq!(super::open_up(question), expected, "{question}");
        }
    }
}
