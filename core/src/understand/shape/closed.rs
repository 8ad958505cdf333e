//! Closed (yes/no) questions: a question that opens with an auxiliary, unless it is a polite
//! request, an embedded question, an invitation, a request for people to talk to, a favour,
//! or a choice between options.

use super::choice::{offers_choice, offers_clause_choice};
use super::classes::{aux, fillers, indefinites, invitations, leading_clauses};
use super::classes::{request_verbs, subjects, wh};
use super::fragment::{fragment_to_confirm, statement_order_yes_no};
use super::indirect::{embedded_yes_no, tagged};
use super::question_start;
use crate::understand::text::{sentences, words};

/// A clause-level start anywhere in the sentence (after a comma the wording restarts:
/// "As a nurse, do you find the hours hard?"), with the rest of the sentence after it, so
/// that an option after a comma ("..., or mostly review?") is seen.
fn clause_start(sentence: &str) -> Option<Vec<String>> {
    let clauses: Vec<Vec<String>> = sentence.split([',', ';', ':']).map(words).collect();
    clauses.iter().enumerate().find_map(|(n, w)| {
        question_start(w)
            .and_then(|i| {
                // "When you were hired, ...": a time clause, not "when did you...".
                let clause =
                    w[i] == "when" && subjects().contains(&w.get(i + 1).map_or("", String::as_str));
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
        // No question mark (texting): only a sentence that itself opens like a question
        // counts; a later clause ("thanks, have a good one") does not.
        return sentences(line).last().is_some_and(|s| {
            let w = words(s);
            question_start(&w)
                .or_else(|| after_leading_clause(&w))
                .is_some_and(|i| !reads_as_statement(&w[i..]) && closed_clause(&w[i..]))
        });
    }
    marked
        .into_iter()
        .filter(|s| !offers_clause_choice(s))
        .any(|s| {
            tagged(s)
                || match clause_start(s) {
                    Some(w) => closed_clause(&w),
                    None => {
                        let w = words(s);
                        let start = w
                            .iter()
                            .take_while(|x| fillers().contains(&x.as_str()))
                            .count();
                        statement_order_yes_no(&w[start..]) || fragment_to_confirm(&w[start..])
                    }
                }
        })
}

/// Without a question mark, "can't thank you enough" and "have a great day" open like a
/// question but are a statement and a wish: a negated auxiliary, or "have"/"do" without a
/// subject after it.
fn reads_as_statement(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    at(1) == "not" || matches!(at(0), "have" | "do") && !subjects().contains(&at(1))
}

/// Asks the other person to name people or things ("is there anyone I should talk to?", "do
/// you know anyone in policy?", "is there anything I should have asked?", "are there podcasts
/// you'd recommend?"): answered with names or content, not with yes or no.
fn asks_to_name(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    let existential = matches!(at(0), "is" | "are" | "was" | "were") && at(1) == "there";
    let knows =
        matches!(at(0), "do" | "does" | "would") && matches!(at(1), "you" | "u") && at(2) == "know";
    let someone_or_something = w
        .iter()
        .skip(2)
        .take(3)
        .any(|x| indefinites().contains(&x.as_str()));
    // "Is there a journal I should read?": a clause in which someone should, could or would
    // do something with the thing asks for that thing, not whether it exists.
    let wanted = w
        .iter()
        .skip(2)
        .any(|x| matches!(x.as_str(), "should" | "could" | "would" | "might" | "worth"))
        || w.windows(2).skip(2).any(|p| {
            matches!(p[0].as_str(), "i" | "we" | "you" | "u")
                && matches!(
                    p[1].as_str(),
                    "can" | "recommend" | "suggest" | "think" | "consider" | "find" | "wish"
                )
        });
    // "Do you know any product managers who...", "do you know a good book on...".
    let knows_one = knows && matches!(at(3), "any" | "a" | "an" | "some");
    (existential && (someone_or_something || wanted))
        || (knows && someone_or_something)
        || knows_one
}

/// "Would you say it's typical?", "would you recommend this career?", "would you have chosen
/// differently?": the request verb asks for a yes/no judgement here, not for content ("would
/// you say more about...", "could you recommend a book?").
fn asks_an_opinion(verb: &str, object: &str) -> bool {
    match verb {
        "say" => !matches!(
            object,
            "more"
                | "a"
                | "something"
                | "anything"
                | "few"
                | "how"
                | "what"
                | "why"
                | "which"
                | "who"
                | "where"
                | "when"
                | "hello"
                | "hi"
        ),
        "recommend" => matches!(
            object,
            "this"
                | "the"
                | "it"
                | "that"
                | "doing"
                | "going"
                | "working"
                | "becoming"
                | "being"
                | "getting"
                | "taking"
                | "your"
                | "my"
                | "studying"
        ),
        "have" => {
            object.len() > 3 && object.ends_with("ed")
                || matches!(
                    object,
                    "done"
                        | "chosen"
                        | "gone"
                        | "taken"
                        | "been"
                        | "made"
                        | "become"
                        | "picked"
                        | "got"
                        | "gotten"
                        | "known"
                        | "seen"
                )
        }
        // "could you take me through...", "take a look": a request; "would you take the
        // job again?": a choice to judge.
        "take" => !matches!(object, "me" | "us" | "a" | "some"),
        // "Could you be more specific?": a request; "will you be at the conference?": plans.
        "be" => matches!(
            object,
            "at" | "in" | "on" | "there" | "going" | "attending" | "around" | "back" | "staying"
        ),
        _ => false,
    }
}

/// Asks a favour politely ("would you be open to...", "any chance you could..."): a
/// request, not a yes/no question.
fn asks_a_favour(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    (matches!(at(0), "would" | "will" | "could" | "might")
        && matches!(at(1), "you" | "u")
        && at(2) == "be"
        && matches!(at(3), "open" | "willing" | "able" | "happy" | "up"))
        || (at(0) == "any" && at(1) == "chance" && matches!(at(2), "you" | "u"))
}

/// Asks leave or a favour ("may I follow up?", "could you look over my CV?", "would it be
/// okay to connect?", "do you mind if I..."): a polite request, agreed to or declined rather
/// than answered, so not a yes/no question about their work.
fn asks_leave_or_favour(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    let modal = matches!(at(0), "can" | "could" | "may" | "might" | "would" | "will");
    // "Can I...", "may we...": asking leave. "Will I still have a shot?" and "could I have
    // done this without a degree?" ask about what is or might have been.
    let leave = matches!(at(0), "can" | "could" | "may" | "might")
        && matches!(at(1), "i" | "we")
        && !(at(2) == "have" && asks_an_opinion("have", at(3)));
    let okay = matches!(at(0), "is" | "would" | "will")
        && at(1) == "it"
        && w.iter()
            .skip(2)
            .take(3)
            .any(|x| matches!(x.as_str(), "okay" | "ok" | "alright" | "fine"));
    let mind = matches!(at(0), "do" | "would") && matches!(at(1), "you" | "u") && at(2) == "mind";
    // "Can you hear me?" and "would you recommend this to someone like me?" ask no favour.
    let for_me = modal
        && matches!(at(1), "you" | "u")
        && !matches!(at(2), "hear" | "see" | "understand" | "remember")
        && !asks_an_opinion(at(2), at(3))
        && w.iter()
            .skip(2)
            .any(|x| matches!(x.as_str(), "me" | "my" | "us" | "our"));
    // Both ask for a conversation: "Can you make time for family?" is about their life.
    let meeting = w.iter().any(|x| {
        matches!(
            x.as_str(),
            "call" | "chat" | "coffee" | "meeting" | "meet" | "conversation" | "talk" | "zoom"
        )
    });
    let time = modal
        && matches!(at(1), "you" | "u")
        && matches!(at(2), "have" | "spare" | "find" | "make")
        && w.iter()
            .any(|x| matches!(x.as_str(), "time" | "minutes" | "minute" | "hour" | "half"))
        && meeting;
    // "Would Tuesday work for you?" (not "Did cold emailing work for you?").
    let suits = matches!(at(0), "would" | "will" | "could" | "might")
        && (w
            .windows(3)
            .any(|p| p[0] == "work" && p[1] == "for" && p[2] == "you")
            || w.windows(2).any(|p| p[0] == "suit" && p[1] == "you"));
    leave || okay || mind || for_me || time || suits
}

/// "Do you have anything else to add?", "did I miss anything?": an invitation to add what
/// was left out.
fn invites_more(w: &[String]) -> bool {
    w.iter().any(|x| x == "anything")
        && w.iter().any(|x| {
            matches!(
                x.as_str(),
                "else"
                    | "add"
                    | "skip"
                    | "skipped"
                    | "miss"
                    | "missed"
                    | "left"
                    | "forgot"
                    | "forget"
                    | "share"
                    | "mention"
            )
        })
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
    let modal = matches!(at(0), "can" | "could" | "would" | "will" | "may" | "might");
    if modal && matches!(at(subject), "you" | "i" | "we" | "u") {
        let verb = at(subject + 1);
        let object = at(subject + 2);
        if request_verbs().contains(&verb) && !asks_an_opinion(verb, object) {
            return false;
        }
    }
    if w.iter().skip(2).any(|x| wh().contains(&x.as_str())) && has_embedding_verb(w) {
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

/// "do you know how...", "can you tell me what...": a verb that takes a question as object.
fn has_embedding_verb(w: &[String]) -> bool {
    w.iter().take(5).any(|x| {
        matches!(
            x.as_str(),
            "know" | "remember" | "tell" | "recall" | "explain" | "describe" | "share" | "idea"
        )
    })
}
