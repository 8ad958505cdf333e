//! Closed (yes/no) questions: a question that opens with an auxiliary, unless it is a polite
//! request, an embedded question, an invitation, a request for people to talk to, a favour,
//! or a choice between options.

use super::choice::{offers_choice, offers_clause_choice};
use super::classes::{aux, fillers, invitations, leading_clauses, request_verbs, subjects, wh};
use super::fragment::{fragment_to_confirm, statement_order_yes_no};
use super::indirect::{embedded_yes_no, tagged};
use super::question_start;
use super::requests::{asks_a_favour, asks_an_opinion, asks_for_time, asks_leave_or_favour};
use super::requests::{asks_to_name, invites_more};
use crate::understand::text::{sentences, words};

/// Every clause-level start in the sentence (after a comma the wording restarts: "As a
/// nurse, do you find the hours hard?", "What's the pay like, is it enough?"), each with the
/// rest of the sentence after it, so that an option after a comma ("..., or mostly review?")
/// is seen.
fn clause_starts(sentence: &str) -> Vec<Vec<String>> {
    let clauses: Vec<Vec<String>> = sentence.split([',', ';', ':']).map(words).collect();
    clauses
        .iter()
        .enumerate()
        .filter_map(|(n, w)| {
            question_start(w)
                .and_then(|i| {
                    // "When you were hired, ...": a time clause, not "when did you...".
                    let clause = w[i] == "when"
                        && subjects().contains(&w.get(i + 1).map_or("", String::as_str));
                    if clause {
                        after_leading_clause(&w[i..]).map(|j| i + j)
                    } else {
                        Some(i)
                    }
                })
                .or_else(|| after_leading_clause(w))
                .map(|i| {
                    let mut rest = w[i..].to_vec();
                    for later in &clauses[n + 1..] {
                        rest.extend(later.iter().cloned());
                    }
                    rest
                })
        })
        .collect()
}

/// The clause start that decides: the first ("What did you study, and would you choose it
/// again?" asks for the story), unless it only names the topic ("what about remote work,
/// is that common?").
fn first_question(starts: &[Vec<String>]) -> Option<&[String]> {
    let names_topic = |w: &&Vec<String>| {
        matches!(w.first().map(String::as_str), Some("what" | "how"))
            && w.get(1).is_some_and(|x| x == "about")
    };
    starts
        .iter()
        .find(|w| !names_topic(w))
        .or(starts.first())
        .map(Vec::as_slice)
}

/// "if you were me would you take the gap year": the question starts after a leading
/// condition or time clause typed without a comma, at an auxiliary followed by its subject.
fn after_leading_clause(w: &[String]) -> Option<usize> {
    if !leading_clauses().contains(&w.first()?.as_str()) {
        return None;
    }
    (2..w.len().saturating_sub(1))
        .find(|&i| aux().contains(&w[i].as_str()) && subjects().contains(&w[i + 1].as_str()))
}

/// A yes/no question: opens with an auxiliary, and is not a polite request ("could you tell
/// me..."), an embedded question ("do you know how..."), an invitation ("do you have any
/// advice...") or a choice ("...X or Y?").
pub fn is_closed(line: &str) -> bool {
    let all = sentences(line);
    // "I wonder if you ever miss teaching.": asked indirectly, with or without a mark.
    if all
        .iter()
        .any(|s| embedded_yes_no(s).is_some_and(|q| closed_clause(&q)))
    {
        return true;
    }
    let marked: Vec<&str> = all.into_iter().filter(|s| s.ends_with('?')).collect();
    if marked.is_empty() {
        // No question mark (texting): the last sentence, where a clause of it opens like a
        // question ("hiya, can u see my screen"); "thanks, have a good one" reads as a wish.
        return sentences(line).last().is_some_and(|s| {
            first_question(&clause_starts(s))
                .is_some_and(|w| !reads_as_statement(w) && closed_clause(w))
        });
    }
    marked
        .into_iter()
        .filter(|s| !offers_clause_choice(s))
        .any(|s| {
            let starts = clause_starts(s);
            tagged(s)
                || if starts.is_empty() {
                    let w = words(s);
                    let start = w
                        .iter()
                        .take_while(|x| fillers().contains(&x.as_str()))
                        .count();
                    any_chance(&w[start..])
                        || any_fragment(&w[start..])
                        || statement_order_yes_no(&w[start..])
                        || fragment_to_confirm(&w[start..])
                } else {
                    first_question(&starts).is_some_and(closed_clause)
                }
        })
}

/// "Any chance of a job?", "any chance you're hiring?": "is there any chance..." with the
/// opening left out, judged like the full question ("any chance you could..." and "any
/// chance you have ten minutes for a call?" stay favours asked).
fn any_chance(w: &[String]) -> bool {
    w.len() > 2 && w[0] == "any" && w[1] == "chance" && !asks_for_time(w) && {
        let full: Vec<String> = ["is", "there"]
            .iter()
            .map(|x| x.to_string())
            .chain(w.iter().cloned())
            .collect();
        closed_clause(&full)
    }
}

/// "Any regrets?", "any openings?": "are there any...?" with the opening left out, judged
/// like the full question, so "any podcasts?" and "any advice?" still ask for content.
fn any_fragment(w: &[String]) -> bool {
    w.len() > 1 && w[0] == "any" && w[1] != "chance" && {
        let full: Vec<String> = ["are", "there"]
            .iter()
            .map(|x| x.to_string())
            .chain(w.iter().cloned())
            .collect();
        closed_clause(&full)
    }
}

/// Without a question mark, "can't thank you enough" and "have a great day" open like a
/// question but are a statement and a wish: a negated auxiliary, or "have"/"do" without a
/// subject after it.
fn reads_as_statement(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    at(1) == "not" || matches!(at(0), "have" | "do") && !subjects().contains(&at(1))
}

fn closed_clause(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    // An auxiliary alone ("is?", "r?") asks nothing.
    if w.len() < 2
        || !aux().contains(&at(0))
        || asks_to_name(w)
        || asks_a_favour(w)
        || asks_leave_or_favour(w)
        || invites_more(w)
    {
        return false;
    }
    let mut subject = 1;
    if at(1) == "not" {
        subject = 2;
    }
    // "Do you think you could give me ten minutes?": the request inside, asked as one.
    if matches!(at(0), "do" | "would")
        && matches!(at(1), "you" | "u")
        && matches!(at(2), "think" | "suppose" | "reckon")
        && matches!(at(3), "you" | "u")
        && matches!(at(4), "could" | "would" | "can" | "might")
    {
        let asked: Vec<String> = w[4..5]
            .iter()
            .chain(&w[3..4])
            .chain(&w[5..])
            .cloned()
            .collect();
        return closed_clause(&asked);
    }
    let modal = matches!(at(0), "can" | "could" | "would" | "will" | "may" | "might");
    if modal && matches!(at(subject), "you" | "i" | "we" | "u") {
        let verb = at(subject + 1);
        let object = at(subject + 2);
        // "Would you describe your workload as sustainable?": a judgement to agree with.
        let described_as = matches!(verb, "describe" | "call" | "see")
            && w.windows(2).any(|p| {
                p[0] == "as" && !matches!(p[1].as_str(), "a" | "an" | "the" | "your" | "my" | "if")
            });
        if request_verbs().contains(&verb) && !asks_an_opinion(verb, object) && !described_as {
            return false;
        }
    }
    if embeds_a_question(w) {
        return false;
    }
    // "any advice", "any final thoughts"
    if w.windows(3)
        .chain(w.windows(2))
        .any(|p| p[0] == "any" && p[1..].iter().any(|x| invitations().contains(&x.as_str())))
    {
        return false;
    }
    !offers_choice(w)
}

/// "do you know how...", "can you tell me what...": a verb that takes a question as its
/// object, the question word right after it (or after "me"). "Did you know someone when you
/// applied?" asks yes or no: "when" opens a time clause there.
fn embeds_a_question(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    (0..w.len().min(5)).any(|i| {
        let embedding = matches!(
            at(i),
            "know" | "remember" | "tell" | "recall" | "explain" | "describe" | "share" | "idea"
        );
        let object = if matches!(at(i + 1), "me" | "us" | "u") {
            i + 2
        } else {
            i + 1
        };
        embedding && wh().contains(&at(object))
    })
}
