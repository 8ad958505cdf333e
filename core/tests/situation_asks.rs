//! Questions about the user's own situation (walk 33: 77 such lines of 142, four answered):
//! whether earlier work counts, a degree from abroad, children or a parent to care for, living
//! far from a city, paying for training, a disability, starting late, being shy. Every persona
//! keeps an answer for each (`reveal = "asked"`), said when the question names its theme, and
//! not when the user asks about the persona's own life in the same words.

mod common;

use common::chat::Chat;

const PERSONAS: [&str; 6] = [
    "daniel-reyes",
    "maya-okafor",
    "priya-raman",
    "rosa-delgado",
    "sam-whitfield",
    "tomasz-nowak",
];

/// The nuggets told for `line`, asked after a short introduction and two ordinary questions
/// (a guarded persona keeps its details until the user has shown some thought).
fn told(persona: &str, line: &str) -> Vec<String> {
    let mut chat = Chat::with(persona, 30);
    chat.ask_all(&[
        "Hi, thanks for making time. I'm a student and curious about your work.",
        "What does a typical week look like for you, and which part of it matters most?",
        "What do you find most rewarding about it?",
    ]);
    chat.ask(line).nuggets
}

#[test]
fn every_persona_answers_the_user_about_their_own_situation() {
    // The caregiving keyword is listed as "school pickup": keywords are compared plural aside,
    // so the first ask also checks that.
    let asks = [
        (
            "asked-caregiving",
            "I have two young kids. Could I manage this kind of job with school pickups?",
        ),
        (
            "asked-location",
            "Is this work possible for someone who lives in a small town far from any city?",
        ),
        (
            "asked-disability",
            "I have a disability. Should I disclose it when I apply?",
        ),
        (
            "asked-age-gap",
            "Am I too old to start this in my forties, after a career break?",
        ),
        (
            "asked-temperament",
            "Can someone introverted like me do well in this work?",
        ),
    ];
    for persona in PERSONAS {
        for (id, line) in asks {
            let nuggets = told(persona, line);
            assert!(
                nuggets.iter().any(|n| n == id),
                "{persona}: {line}: {nuggets:?}"
            );
        }
    }
}

#[test]
fn questions_about_the_persona_in_the_same_words_are_not_taken_for_the_users_situation() {
    let about_them = [
        "Do you get to work remotely at all?",
        "Do you ever work part time?",
        "Are you an introvert?",
        "Did you have to relocate for this job?",
        "Do you treat ADHD?",
        "Is the work emotionally draining?",
        "What do you wish you had known when you were my age?",
    ];
    for persona in PERSONAS {
        for line in about_them {
            let nuggets = told(persona, line);
            assert!(
                !nuggets.iter().any(|n| n.starts_with("asked-")),
                "{persona}: {line}: {nuggets:?}"
            );
        }
    }
}
