//! Closed (yes/no) questions: a question that opens with an auxiliary, unless it is a polite
//! request, an embedded question, an invitation, a request for people to talk to, a favour,
//! or a choice between options.

use super::choice::{offers_choice, offers_clause_choice};
use super::classes::{aux, describing, embedding_verbs, fillers, hedges, invitations};
use super::classes::{leading_clauses, modals, persons};
use super::classes::{leading_phrases, needing, others, request_verbs, subjects, wh};
use super::fragment::{fragment_to_confirm, statement_order_yes_no};
use super::indirect::{embedded_yes_no, tagged};
use super::question_start;
use super::requests::{asks_a_favour, asks_an_opinion, asks_for_time, asks_leave_or_favour};
use super::requests::{asks_to_name, invites_more};
use crate::understand::text::{sentences, words, words_kept};
use std::rc::Rc;

/// Marks after which a clause's wording restarts (dashes as typed: *Thanks — can you hear me?*).
const BREAKS: [char; 5] = [',', ';', ':', '—', '–'];

/// Every clause-level start in the sentence (after a comma the wording restarts: *As a nurse, do
/// you find the hours hard?*, *What's the pay like, is it enough?*), each with the rest of the
/// sentence after it, so that an option after a comma (*..., or mostly review?*) is seen.
fn clause_starts(sentence: &str) -> Vec<Vec<String>> {
    let clauses: Vec<Rc<[String]>> = sentence.split(BREAKS).map(words_kept).collect();
    clauses
        .iter()
        .enumerate()
        .filter_map(|(n, w)| {
            question_start(w)
                .and_then(|i| {
                    // *When you were hired, ...*: a time clause, not *when did you...*.
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

/// A clause that asks on its own: *..., do you think?* and *..., would you say?* only hedge
/// the question before them.
fn asks_on_its_own(w: &&Vec<String>) -> bool {
    !(w.len() == 3 && w[1] == "you" && hedges().contains(&w[2].as_str()))
}

/// *if you were me would you take the gap year*: the question starts after a leading
/// condition or time clause typed without a comma, at an auxiliary followed by its subject.
fn after_leading_clause(w: &[String]) -> Option<usize> {
    if !leading_clauses().contains(&w.first()?.as_str()) {
        return None;
    }
    // *At what point did you...*: a question word inside the phrase asks for content.
    (2..w.len().saturating_sub(1))
        .find(|&i| aux().contains(&w[i].as_str()) && subjects().contains(&w[i + 1].as_str()))
        .filter(|&i| !w[1..i].iter().any(|x| wh().contains(&x.as_str())))
}

/// *So after the PhD you went straight into industry?*: statement order after a leading
/// phrase, from its subject on.
fn statement_after_leading_phrase(w: &[String]) -> bool {
    // A preposition: *if* or *when* would open a clause with a subject of its own.
    let leading = w
        .first()
        .is_some_and(|x| leading_phrases().contains(&x.as_str()));
    leading
        && !w.iter().any(|x| wh().contains(&x.as_str()))
        && (1..w.len().min(7))
            .find(|&i| subjects().contains(&w[i].as_str()))
            .is_some_and(|i| {
                i >= 2 && others().contains(&w[i].as_str()) && statement_order_yes_no(&w[i..])
            })
}

/// A yes/no question anywhere in the turn: a sentence or clause that opens with an
/// auxiliary, and is not a polite request (*could you tell me...*), an embedded question
/// (*do you know how...*), an invitation (*do you have any advice...*) or a choice (*...X or
/// Y?*); or a fragment, a statement with a tag, or statement order that asks to confirm.
pub fn is_closed(line: &str) -> bool {
    let all = sentences(line);
    // *I wonder if you ever miss teaching.*: asked indirectly, with or without a mark.
    if all
        .iter()
        .any(|s| embedded_yes_no(s).is_some_and(|q| closed_clause(&q)))
    {
        return true;
    }
    let last = all.last().copied();
    let marked: Vec<&str> = all.into_iter().filter(|s| s.ends_with('?')).collect();
    if marked.is_empty() {
        // No question mark (texting): the last sentence, where a clause of it opens like a
        // question (*hiya, can u see my screen*); *thanks, have a good one* reads as a wish.
        return last.is_some_and(|s| {
            clause_starts(s)
                .iter()
                .filter(asks_on_its_own)
                .any(|w| !reads_as_statement(w) && closed_clause(w))
        });
    }
    marked
        .into_iter()
        .filter(|s| !offers_clause_choice(s))
        .any(|s| {
            if tagged(s) {
                return true;
            }
            let starts = clause_starts(s);
            if starts.is_empty() {
                let w = words(s);
                let start = (w.iter())
                    .take_while(|x| fillers().contains(&x.as_str()))
                    .count();
                any_fragment(&w[start..])
                    || statement_order_yes_no(&w[start..])
                    || statement_after_leading_phrase(&w[start..])
                    || fragment_to_confirm(&w[start..])
            } else {
                // A yes/no question anywhere in the turn, as in a second sentence: *What's
                // the team like, is it friendly?*
                (starts.iter().filter(asks_on_its_own)).any(|w| closed_clause(w))
            }
        })
}

/// The part of a line that asks yes or no, as typed, for the coach to quote: the last clause of the
/// last yes/no sentence that opens with an auxiliary (*What's the team like, is it friendly?* gives
/// *is it friendly?*; *Is it hard? What is hardest?* the first), or else that whole sentence.
pub fn closed_part(line: &str) -> &str {
    let sentence = sentences(line)
        .into_iter()
        .rev()
        .find(|s| s.ends_with('?') && is_closed(s))
        .unwrap_or(line);
    sentence
        .split([',', ';', '—', '–'])
        .rev()
        .find(|clause| {
            let w = words(clause);
            question_start(&w).is_some_and(|i| aux().contains(&w[i].as_str()))
        })
        .map_or(sentence, str::trim)
}

/// *Any regrets?*, *any openings?*, *any chance of a job?*: *are there any...?* with the
/// opening left out, judged like the full question, so *any podcasts?*, *any advice?* and
/// *any chance you could...* (a favour, as is *any chance you have ten minutes for a
/// call?*) still do not ask yes or no.
fn any_fragment(w: &[String]) -> bool {
    w.len() > 1
        && w[0] == "any"
        && !(w[1] == "chance" && asks_for_time(w))
        && closed_clause(&[["are", "there"].map(String::from).as_slice(), w].concat())
}

/// Without a question mark, *can't thank you enough* and *have a great day* open like a question
/// but are a statement and a wish: a negated auxiliary, or *have*/*do* without a subject after it.
fn reads_as_statement(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    at(1) == "not" || matches!(at(0), "have" | "do") && !subjects().contains(&at(1))
}

fn closed_clause(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    // An auxiliary alone (*is?*, *r?*) asks nothing.
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
    // *Do you think you could give me ten minutes?*: the request inside, asked as one.
    if matches!(at(0), "do" | "would")
        && at(1) == "you"
        && hedges().contains(&at(2))
        && at(3) == "you"
        && matches!(at(4), "could" | "would" | "can" | "might")
    {
        return closed_clause(&[&w[4..5], &w[3..4], &w[5..]].concat());
    }
    if modals().contains(&at(0)) && persons().contains(&at(subject)) {
        let soft = usize::from(fillers().contains(&at(subject + 1)));
        let (verb, object) = (at(subject + 1 + soft), at(subject + 2 + soft));
        // *Would you describe your workload as sustainable?*: a judgement to agree with.
        let described_as = describing().contains(&verb)
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
    // *any advice*, *any final thoughts*
    if w.windows(3)
        .chain(w.windows(2))
        .any(|p| p[0] == "any" && p[1..].iter().any(|x| invitations().contains(&x.as_str())))
    {
        return false;
    }
    !offers_choice(w)
}

/// *do you know how...*, *can you tell me what...*: a verb that takes a question as its
/// object, the question word right after it (or after *me*). *Did you know someone when you
/// applied?* asks yes or no: *when* opens a time clause there.
fn embeds_a_question(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    (0..w.len().min(5)).any(|i| {
        let embedding = embedding_verbs().contains(&at(i));
        let object = if matches!(at(i + 1), "me" | "us" | "u") {
            i + 2
        } else {
            i + 1
        };
        // *Do you need to know how to code?* asks about the need, not how.
        let needed = i > 1 && at(i - 1) == "to" && needing().contains(&at(i - 2));
        embedding && !needed && wh().contains(&at(object))
    })
}
