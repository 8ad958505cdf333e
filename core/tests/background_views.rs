//! Asked for their view of a fact of their background ("does the PhD still matter?", "do you
//! miss teaching?"), a persona gives the view, not the fact again: the tenth walk-through had
//! the fact restated about ten times in 145 replies. Over all six personas, through the
//! reducer: the reply is an answer, it is not the topic's first (factual) answer, and its
//! first sentence, all a yes/no question or a guarded persona gives, uses the view word the
//! question asked with (or one of its kind: "return" for "back", "relevant" for "matter").

mod common;

use askwell_core::conversation::ReplyKind;
use common::chat::Chat;
use common::first_sentence;

/// Words that ask for a view of the past, each with its kind, as the first letters of words.
const VIEWS: [&[&str]; 7] = [
    &["miss"],
    &["help", "useful"],
    &["matter", "relevant", "important"],
    &["worth"],
    &["regret"],
    &["back", "return"],
    &["carri", "carry", "transfer"],
];

/// Questions that pick up a fact of the persona's bio and ask what they make of it, in
/// several voices; none of them is a line the answers were written for.
const QUESTIONS: [(&str, &str); 15] = [
    ("sam-whitfield", "was the informatics masters worth it"),
    ("sam-whitfield", "Any regrets about leaving teaching?"),
    ("daniel-reyes", "Do you regret leaving research?"),
    (
        "daniel-reyes",
        "How has your PhD helped you in regulatory work?",
    ),
    ("daniel-reyes", "Would you ever return to the bench?"),
    (
        "maya-okafor",
        "Would you say the sleep lab years helped you become a better psychiatrist?",
    ),
    (
        "maya-okafor",
        "Any regrets about going into psychiatry instead of pediatrics?",
    ),
    (
        "maya-okafor",
        "did the sleep lab job help u get into med school",
    ),
    (
        "priya-raman",
        "Do you regret leaving the classroom at forty?",
    ),
    (
        "priya-raman",
        "Would you ever go back to working in a hospital?",
    ),
    (
        "priya-raman",
        "Was the health education certificate worth doing?",
    ),
    (
        "rosa-delgado",
        "Did the Peace Corps help you in community health work?",
    ),
    ("rosa-delgado", "Is your sociology degree still relevant?"),
    ("tomasz-nowak", "Do you regret leaving physics?"),
    ("tomasz-nowak", "Does the physics background still matter?"),
];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The kinds of view word in `text`.
fn views(text: &str) -> Vec<usize> {
    let words = words(text);
    (0..VIEWS.len())
        .filter(|&k| (words.iter()).any(|w| VIEWS[k].iter().any(|stem| w.starts_with(stem))))
        .collect()
}

#[test]
fn a_view_of_the_background_is_answered_with_a_view() {
    let mut failures = Vec::new();
    for (id, q) in QUESTIONS {
        let mut chat = Chat::with(id, 30);
        chat.ask("Hi, I'm Ana, a student.");
        let e = chat.ask(q);
        let asked = views(q);
        assert!(!asked.is_empty(), "the question asks no view: {q}");
        let script = chat.persona.script(e.topic);
        let factual = script
            .and_then(|s| s.answers.first())
            .map(|a| first_sentence(a).0.to_string());
        let (first, _) = first_sentence(&e.reply);
        let ok = e.kind == ReplyKind::Answer
            && factual.is_some_and(|f| !e.reply.starts_with(&f))
            && views(first).iter().any(|k| asked.contains(k));
        if !ok {
            failures.push(format!("{id}: {q}\n  ({:?}) {}", e.topic, e.reply));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_persona_is_asked() {
    let ids: std::collections::BTreeSet<&str> = QUESTIONS.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids.len(), 6);
}
