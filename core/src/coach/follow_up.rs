//! Which lines follow up on an answer, and which only ask an earlier question again.

use super::review::{is_job_ask, social};
use super::{answered, outcome_of};
use crate::conversation::ReplyKind;
use crate::interview::Exchange;
use crate::understand::{shape, text};

/// The line follows up on what the persona said: the pairwise rule against the line just
/// before, or a cued line ("you mentioned X") naming words of any earlier answer.
pub(super) fn follows_up(earlier: &[Exchange], e: &Exchange) -> bool {
    is_follow_up(earlier.last(), e)
        || (asks(e)
            && cued(&e.question)
            && earlier
                .iter()
                .any(|p| answered(p) && picks_up(&p.reply, &e.question)))
}

/// A `FollowUp` reply, an answered line on the topic the previous answer was about, or one
/// that picks up that answer's own words. How the persona took the line does not matter for
/// the last: a question naming the answer's words follows up even when the persona asked
/// "do you mean A or B?".
pub(super) fn is_follow_up(previous: Option<&Exchange>, e: &Exchange) -> bool {
    if e.kind == ReplyKind::FollowUp {
        return true;
    }
    let Some(p) = previous else { return false };
    answered(p)
        && ((answered(e) && p.topic == e.topic && outcome_of(e.topic).is_some())
            || (asks(e) && picks_up(&p.reply, &e.question)))
}

/// A question about their work: thanks or a job ask that echo an answer follow nothing up.
fn asks(e: &Exchange) -> bool {
    !social(e.topic) && !is_job_ask(e)
}

fn cued(question: &str) -> bool {
    let q = text::normalize(question);
    crate::lexicon::naming_cues()
        .iter()
        .any(|cue| q.contains(cue.as_str()))
}

/// The question builds on the answer: "You mentioned 38 CHWs — how do you hire them?" names
/// a word of the answer in the clause after "you mentioned" (or "you said"), short words and
/// numbers included; without such a cue it takes three of the answer's longer words. Word
/// forms are compared by `stem` ("memo" meets "memos").
pub(super) fn picks_up(answer: &str, question: &str) -> bool {
    let said: Vec<String> = text::words(answer).iter().map(|w| stem(w)).collect();
    if let Some(named) = named_after_cue(question) {
        return named.iter().any(|w| said.contains(w));
    }
    let asked = content(question, 5);
    asked.iter().filter(|w| said.contains(w)).count() >= 3
}

/// The stems of the words named after a cue, up to the end of its clause ("you mentioned
/// briefing memos — what ..." names "briefing memos"); the whole line's longer words when
/// that clause names nothing. `None` without a cue.
fn named_after_cue(question: &str) -> Option<Vec<String>> {
    let lower = text::lower(question).replace('\u{2019}', "'");
    // Clause breaks: a dash, colon, comma... ("-" only between spaces: "one-page" is a word).
    let clauses = lower
        .split([
            '\u{2014}', '\u{2013}', ':', ';', ',', '?', '!', '.', '(', ')',
        ])
        .flat_map(|c| c.split(" - "));
    let mut cue_seen = false;
    for clause in clauses {
        let normal = text::normalize(clause);
        let Some(after) = crate::lexicon::naming_cues().iter().find_map(|cue| {
            let at = normal.find(cue.as_str())?;
            Some(normal[at + cue.len()..].to_string())
        }) else {
            continue;
        };
        cue_seen = true;
        let named: Vec<String> = text::words(&after)
            .iter()
            .filter(|w| {
                !text::is_function_word(w)
                    && (w.chars().count() >= 2 || w.chars().all(|c| c.is_ascii_digit()))
            })
            .map(|w| stem(w))
            .collect();
        if !named.is_empty() {
            return Some(named);
        }
    }
    cue_seen.then(|| content(question, 5))
}

/// Distinct stems of the words that are not grammar words, of `min` letters or more.
fn content(line: &str, min: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in text::words(line) {
        if w.chars().count() >= min && !text::is_function_word(&w) {
            let s = stem(&w);
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// A word without its commonest English endings, so that forms of one word meet: "memos" and
/// "memo", "hiring" and "hire", "policies" and "policy", "meetings" and "meeting".
pub(super) fn stem(word: &str) -> String {
    let n = word.chars().count();
    if n > 4 {
        if let Some(base) = word.strip_suffix("ies") {
            return format!("{base}y");
        }
    }
    let mut w = word;
    if n > 3 && !w.ends_with("ss") {
        w = w.strip_suffix('s').unwrap_or(w);
    }
    let n = w.chars().count();
    if n > 5 {
        w = w.strip_suffix("ing").unwrap_or(w);
    }
    if n > 4 {
        w = w.strip_suffix("ed").unwrap_or(w);
    }
    if w.chars().count() > 3 {
        w = w.strip_suffix('e').unwrap_or(w);
    }
    w.to_string()
}

/// The line asks again a question asked before ("Ask again" on a planned question): the same
/// words of substance, give or take one in five. A bare "Tell me more" is about the latest
/// answer, so it only repeats when said twice in a row.
pub(super) fn repeats(earlier: &[Exchange], e: &Exchange) -> bool {
    if social(e.topic) {
        return false;
    }
    if shape::is_follow_up(&e.question) {
        return earlier
            .last()
            .is_some_and(|p| text::normalize(&p.question) == text::normalize(&e.question));
    }
    earlier
        .iter()
        .any(|p| !social(p.topic) && same_question(&p.question, &e.question))
}

/// Near-identical questions: four in five of their content words shared (all words, when one
/// has none).
fn same_question(a: &str, b: &str) -> bool {
    let (x, y) = (content(a, 1), content(b, 1));
    if x.is_empty() || y.is_empty() {
        return text::normalize(a) == text::normalize(b);
    }
    let shared = x.iter().filter(|w| y.contains(w)).count();
    5 * 2 * shared >= 4 * (x.len() + y.len())
}

#[cfg(test)]
#[path = "follow_up_tests.rs"]
mod tests;
