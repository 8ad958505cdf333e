//! A yes/no question opened up in the asker's own words, for the suggested rewrite: "Did you
//! enjoy your first year?" becomes "What did you enjoy most about your first year?", "Do you
//! work weekends?" becomes "What is it like to work weekends?". Only the shapes that turn
//! safely are turned (their grammar is in `open_shapes`, their words in
//! `content/lexicon/coach.txt`); anything else gets the topic's own open question, as before:
//! a wrong rewrite is worse than that one.

use super::open_shapes;
use crate::lexicon::{
    adverbs, asides, feeling_verbs, has, indefinite_objects, not_experiences, not_in_open,
};
use crate::understand::classes::{fillers, spelled_out, wh};
use crate::understand::shape::{closed_part, is_closed};
use crate::understand::text::{lower, sentences, words};

/// The closed part of `line` asked openly, keeping its words; None when it asks nothing yes or
/// no (a polite request, a choice) or its shape is not one this can turn without changing
/// what was asked.
pub fn open_up(line: &str) -> Option<String> {
    if !is_closed(line) {
        return None;
    }
    // An open question before the yes/no part: asked alone, it is the open version.
    if let Some(open) = open_part(line) {
        let mut asked = open.to_string();
        if let Some(first) = asked.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        asked.push('?');
        return Some(asked);
    }
    let clause = closed_part(line)
        .trim()
        .trim_end_matches(['?', '.', '!'])
        .trim();
    let said = Said::new(clause);
    // "Is it stressful or relaxed?": a choice, asked openly enough.
    if said.keys.iter().any(|k| k == "or") {
        return None;
    }
    let aux = said
        .keys
        .iter()
        .take_while(|k| fillers().contains(&k.as_str()))
        .count();
    match said.key(aux) {
        "do" | "does" | "did" => open_shapes::anything(&said, aux)
            .or_else(|| super::open_amounts::how_much(&said, aux))
            .or_else(|| open_shapes::found(&said, aux))
            .or_else(|| you_doing(&said, aux))
            .or_else(|| open_shapes::others_doing(&said, aux)),
        "is" | "are" | "was" | "were" => {
            open_shapes::being(&said, aux).or_else(|| super::open_amounts::mostly(&said, aux))
        }
        "have" | "has" => open_shapes::having_done(&said, aux),
        "would" | "will" => {
            open_shapes::anything(&said, aux).or_else(|| open_shapes::would(&said, aux))
        }
        "can" | "could" => open_shapes::anything(&said, aux),
        _ => None,
    }
}

/// The open question asked before the yes/no part of the same turn, as typed from its
/// question word: in "what made you leave teaching, was there a specific moment?" the yes/no
/// part only narrows the open one. The persona then tells the whole answer, and the coach
/// suggests the open part alone. Fillers and asides before the question word (and like what
/// comes next) are left out.
pub fn open_part(line: &str) -> Option<&str> {
    let closed = closed_part(line);
    let at = (closed.as_ptr() as usize).checked_sub(line.as_ptr() as usize)?;
    let before = line.get(..at)?;
    let last = *sentences(before).last()?;
    let open = last.trim_end_matches([',', ';', ':', '-', '?', '.', ' ']);
    let w = words(open);
    let start = (w.iter())
        .take_while(|k| fillers().contains(&k.as_str()) || has(asides(), k))
        .count();
    let asks = w.get(start).is_some_and(|k| wh().contains(&k.as_str()));
    (asks && w.len() > start + 2).then(|| from_word(open, start, &w[start]))
}

/// `text` from its `n`-th word on, when that word as typed is `key`; else all of it.
fn from_word<'a>(text: &'a str, n: usize, key: &str) -> &'a str {
    let mut rest = text.trim_start();
    for _ in 0..n {
        let Some(i) = rest.find(char::is_whitespace) else {
            return text;
        };
        rest = rest[i..].trim_start();
    }
    let first = rest.split_whitespace().next().unwrap_or_default();
    match lower(first.trim_matches(|c: char| !c.is_alphanumeric())) == key {
        true => rest,
        false => text,
    }
}

/// A clause's words as typed, and each one's key: lower case, texting spelled out ("u" is
/// "you", "r" is "are") when that is one word.
pub(super) struct Said {
    typed: Vec<String>,
    pub(super) keys: Vec<String>,
}

impl Said {
    fn new(clause: &str) -> Said {
        let typed: Vec<String> = clause
            .split_whitespace()
            .map(|w| w.trim_matches([',', ';', ':', '"']).to_string())
            .filter(|w| !w.is_empty())
            .collect();
        let keys = typed
            .iter()
            .map(|w| {
                let low = lower(w);
                match spelled_out(&low) {
                    Some(out) if !out.bytes().any(|b| b == b' ') => out.to_string(),
                    _ => low,
                }
            })
            .collect();
        Said { typed, keys }
    }

    /// The key of word `i`, empty past the end.
    pub(super) fn key(&self, i: usize) -> &str {
        self.keys.get(i).map_or("", String::as_str)
    }

    /// Word `i` as it goes into the rewrite: as typed, or spelled out when it was texting.
    pub(super) fn word(&self, i: usize) -> &str {
        match (self.typed.get(i), self.keys.get(i)) {
            (Some(typed), Some(key)) if lower(typed) == *key => typed,
            (_, Some(key)) => key,
            _ => "",
        }
    }

    /// Words `from..to` for the rewrite, joined by spaces, without the words an open question
    /// no longer needs (coach.txt's `not_in_open`: whether there is any such thing at all).
    pub(super) fn span(&self, from: usize, to: usize) -> String {
        let to = to.min(self.keys.len());
        let mut words: Vec<&str> = Vec::new();
        let mut i = from.min(to);
        while i < to {
            let dropped = not_in_open()
                .iter()
                .map(|phrase| {
                    let mut n = 0;
                    for word in phrase.split(' ') {
                        if i + n >= to || self.key(i + n) != word {
                            return 0;
                        }
                        n += 1;
                    }
                    n
                })
                .max()
                .unwrap_or(0);
            if dropped == 0 {
                words.push(self.word(i));
            }
            i += dropped.max(1);
        }
        words.join(" ")
    }

    /// Words from `from` to the end, each after a space ("" when none).
    pub(super) fn rest(&self, from: usize) -> String {
        let rest = self.span(from, self.keys.len());
        if rest.is_empty() {
            rest
        } else {
            format!(" {rest}")
        }
    }

    /// The first word from `i` on that is not an adverb ("did you ever consider").
    pub(super) fn past_adverbs(&self, mut i: usize) -> usize {
        while has(adverbs(), self.key(i)) {
            i += 1;
        }
        i
    }

    /// Whether the word after the auxiliary at `aux` is "you" (or "u").
    pub(super) fn asks_you(&self, aux: usize) -> bool {
        self.key(aux + 1) == "you"
    }

    pub(super) fn len(&self) -> usize {
        self.keys.len()
    }
}

/// "Do you work weekends?" as "What is it like to work weekends?", and a feeling ("did you
/// enjoy your first year") as what was felt most.
fn you_doing(said: &Said, aux: usize) -> Option<String> {
    if !said.asks_you(aux) {
        return None;
    }
    let verb = said.past_adverbs(aux + 2);
    let key = said.key(verb);
    // Opinions, needs and possessions ("do you think", "do you need", "do you have") are not
    // experiences to describe; a word with no letters is not a verb.
    // "Do you find time for hobbies?": "find" is turned only before an adjective (`found`);
    // "did you learn anything useful" only by `anything`.
    let find = key == "find";
    let indefinite = (verb..said.len()).any(|i| has(indefinite_objects(), said.key(i)));
    if key.is_empty()
        || find
        || indefinite
        || has(not_experiences(), key)
        || !key.chars().all(char::is_alphabetic)
    {
        return None;
    }
    let past = said.key(aux) == "did";
    let rest = said.span(verb + 1, said.len());
    if has(feeling_verbs(), key) && !rest.is_empty() {
        if open_shapes::compares(said, verb + 1) {
            return None;
        }
        let tense = if past { "did" } else { "do" };
        return Some(format!("What {tense} you {key} most about {rest}?"));
    }
    let tense = if past { "was" } else { "is" };
    Some(format!(
        "What {tense} it like to {}{}?",
        said.word(verb),
        said.rest(verb + 1)
    ))
}

#[cfg(test)]
mod tests {
    /// Cases in `core/tests/cases/open_up.tsv`: a closed question, then its open rewrite (or
    /// "-" when it keeps the topic's own question).
    #[test]
    fn closed_questions_open_up_in_their_own_words() {
        let file = include_str!("../../tests/cases/open_up.tsv");
        let mut wrong = Vec::new();
        for (question, open) in crate::understand::cases(file) {
            let expected = (open != "-").then(|| open.to_string());
            let got = super::open_up(question);
            if got != expected {
                wrong.push(format!(
                    "{question}\n  expected {expected:?}\n  got      {got:?}"
                ));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
