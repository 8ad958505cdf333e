//! Closed (yes/no) questions: a question that opens with an auxiliary, unless it is a polite
//! request, an embedded question, an invitation, a request for people to talk to, a favour,
//! or a choice between options.

use super::{question_start, AUX, WH};
use crate::understand::text::{sentences, words};

/// Verbs that make "can/could/would/will you ..." a polite request, not a yes/no question.
const REQUEST_VERBS: &[&str] = &[
    "tell",
    "describe",
    "walk",
    "share",
    "explain",
    "talk",
    "give",
    "recommend",
    "suggest",
    "introduce",
    "say",
    "elaborate",
    "expand",
    "speak",
    "help",
    "point",
    "mention",
    "list",
    "name",
    "outline",
    "offer",
    "connect",
    "send",
    "go",
    "provide",
    "summarize",
    "clarify",
    "break",
    "take",
    "put",
    "mind",
    "please",
    "be",
    "think",
    "paint",
    "shed",
];
/// Nouns after "any" that make "do you have any ...?" an invitation to talk.
const INVITATIONS: &[&str] = &[
    "advice",
    "tips",
    "tip",
    "suggestions",
    "suggestion",
    "recommendations",
    "thoughts",
    "insights",
    "insight",
    "words",
    "stories",
    "examples",
    "lessons",
];
/// "or" that does not offer a choice.
const OR_TAILS: &[&str] = &[
    "not",
    "so",
    "anything",
    "something",
    "two",
    "less",
    "more",
    "else",
];

/// A clause-level start anywhere in the sentence (after a comma the wording restarts:
/// "As a nurse, do you find the hours hard?").
fn clause_start(sentence: &str) -> Option<Vec<String>> {
    sentence
        .split([',', ';', ':'])
        .map(words)
        .find_map(|w| question_start(&w).map(|i| w[i..].to_vec()))
}

/// A yes/no question: opens with an auxiliary, and is not a polite request ("could you tell
/// me..."), an embedded question ("do you know how..."), an invitation ("do you have any
/// advice...") or a choice ("...X or Y?").
pub fn is_closed(line: &str) -> bool {
    let marked: Vec<&str> = sentences(line)
        .into_iter()
        .filter(|s| s.ends_with('?'))
        .collect();
    if marked.is_empty() {
        // No question mark (texting): only a sentence that itself opens like a question
        // counts; a later clause ("thanks, have a good one") does not.
        return sentences(line).last().is_some_and(|s| {
            let w = words(s);
            question_start(&w).is_some_and(|i| closed_clause(&w[i..]))
        });
    }
    marked
        .into_iter()
        .filter(|s| !offers_clause_choice(s))
        .filter_map(clause_start)
        .any(|w| closed_clause(&w))
}

/// "Did you apply online, or did someone refer you?": the second clause is the other
/// option of one choice question, not a yes/no question of its own.
fn offers_clause_choice(sentence: &str) -> bool {
    sentence.split([',', ';']).skip(1).any(|clause| {
        let w = words(clause);
        w.first().is_some_and(|x| x == "or")
            && w.get(1)
                .is_some_and(|x| AUX.contains(&x.as_str()) || WH.contains(&x.as_str()))
    })
}

/// Asks the other person to name people ("is there anyone I should talk to?", "do you know
/// anyone in policy?"): a request for a referral, answered with names, not with yes or no.
fn asks_for_people(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    let existential = matches!(at(0), "is" | "are" | "was" | "were") && at(1) == "there";
    let knows =
        matches!(at(0), "do" | "does" | "would") && matches!(at(1), "you" | "u") && at(2) == "know";
    (existential || knows)
        && w.iter()
            .skip(2)
            .take(3)
            .any(|x| matches!(x.as_str(), "anyone" | "anybody" | "someone" | "somebody"))
}

/// Asks a favour politely ("would you be open to...", "any chance you could..."): a
/// request, not a yes/no question.
fn asks_a_favour(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    (matches!(at(0), "would" | "will")
        && matches!(at(1), "you" | "u")
        && at(2) == "be"
        && matches!(at(3), "open" | "willing" | "able" | "happy" | "up"))
        || (at(0) == "any" && at(1) == "chance" && matches!(at(2), "you" | "u"))
}

fn closed_clause(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    if !AUX.contains(&at(0)) || asks_for_people(w) || asks_a_favour(w) {
        return false;
    }
    let mut subject = 1;
    if at(1) == "not" {
        subject = 2;
    }
    let modal = matches!(at(0), "can" | "could" | "would" | "will" | "may");
    if modal && matches!(at(subject), "you" | "i" | "we") {
        let verb = at(subject + 1);
        if REQUEST_VERBS.contains(&verb)
            || matches!(verb, "ask" | "get" | "have" | "hear" | "learn")
        {
            return false;
        }
    }
    if w.iter().skip(2).any(|x| WH.contains(&x.as_str())) && has_embedding_verb(w) {
        return false;
    }
    if w.windows(2)
        .any(|p| p[0] == "any" && INVITATIONS.contains(&p[1].as_str()))
    {
        return false;
    }
    // "more collaborative or more competitive": two options, even though "or more" usually
    // joins numbers ("two or more").
    let comparative = |x: &String| matches!(x.as_str(), "more" | "less");
    let comparative_pair = w
        .windows(2)
        .enumerate()
        .any(|(i, p)| p[0] == "or" && comparative(&p[1]) && w[..i].iter().any(comparative));
    let choice = comparative_pair
        || w.windows(2)
            .any(|p| p[0] == "or" && !OR_TAILS.contains(&p[1].as_str()));
    !choice
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
