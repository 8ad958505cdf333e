//! From the fifteenth walk-through: answers written for career changers ("Switching at 35
//! isn't too late. Coming from teaching...") were given to a 24-year-old biochemistry student,
//! a nurse and a computer-science junior. Over every bundled persona.

mod common;

use askwell_core::lexicon::{has_phrase, replies};
use askwell_core::topic::Topic;
use askwell_core::understand::text::words;
use common::chat::Chat;

/// The first sentences of a persona's answers written for career changers, on `topic`.
fn changer_openings(id: &str, topic: Topic) -> Vec<String> {
    let personas = common::personas();
    let (persona, _) = personas
        .iter()
        .find(|(p, _)| p.id == id)
        .expect("a persona");
    let script = persona.script(topic).expect("a script");
    (script.answers.iter())
        .map(|a| {
            a.split_inclusive(['.', '?', '!'])
                .next()
                .unwrap_or(a)
                .trim()
                .to_string()
        })
        .filter(|first| {
            let w = words(first);
            replies::changer_cues().iter().any(|c| has_phrase(&w, c))
        })
        .collect()
}

fn ids() -> Vec<String> {
    common::personas()
        .iter()
        .map(|(p, _)| p.id.clone())
        .collect()
}

#[test]
fn answers_for_career_changers_go_only_to_career_changers() {
    let asks = [
        (
            Topic::GeneralAdvice,
            "What advice would you give someone like me?",
        ),
        (Topic::Skills, "What skills matter most in your work?"),
        (Topic::Compensation, "How much does a job like yours pay?"),
    ];
    for id in ids() {
        for (topic, question) in asks {
            let openings = changer_openings(&id, topic);
            assert!(
                !openings.is_empty(),
                "{id}: no answer for career changers on {topic:?}"
            );
            // A student who never says they are changing careers: asked eight times over (a guarded persona tells one answer a sentence at a time),
            // every other answer comes first and these never.
            let mut c = Chat::with(&id, 60);
            c.ask("Hi, I'm a 21-year-old chemistry student.");
            for _ in 0..8 {
                let e = c.ask(question);
                for o in &openings {
                    assert!(
                        !e.reply.contains(o.as_str()),
                        "{id}: {question}: {}",
                        e.reply
                    );
                }
            }
            // Someone changing careers hears them.
            let mut c = Chat::with(&id, 60);
            c.ask(
                "Hi, I've worked in retail for eight years and I'm thinking of switching careers.",
            );
            let heard = (0..8).any(|_| {
                let e = c.ask(question);
                openings.iter().any(|o| e.reply.contains(o.as_str()))
            });
            assert!(heard, "{id}: {question}");
        }
    }
}

#[test]
fn a_term_asked_tersely_is_explained() {
    // Walk 15, v1-sam T6: "capstone on what" got another paragraph on how he was hired.
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("hi");
    c.ask("how'd u get this job");
    let e = c.ask("capstone on what");
    assert!(
        e.reply.starts_with("The final project of my master's"),
        "{}",
        e.reply
    );
}

#[test]
fn asking_about_their_own_one_of_a_term_is_not_asking_its_meaning() {
    // After the glossary grew (walk 14's unexplained words: SOP, credential...), "What was
    // your postdoc like?" got the definition of a postdoc.
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi");
    let e = c.ask("What was your postdoc like?");
    assert!(
        !e.reply.starts_with("A research job for a few years"),
        "{}",
        e.reply
    );
    let e = c.ask("What's a postdoc?");
    assert!(
        e.reply.starts_with("A research job for a few years"),
        "{}",
        e.reply
    );
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("If you were me, like a freshman, what would you do right now?");
    let e = c.ask("Sorry, what's an SOP?");
    assert!(
        e.reply.contains("standard operating procedure")
            || e.reply.contains("Standard operating procedure"),
        "{}",
        e.reply
    );
}
