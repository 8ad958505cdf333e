//! Asking what one of the persona's own words means gets the word explained from the
//! persona's glossary (`Persona::terms`), over every bundled persona and every term.

mod common;

use askwell_core::conversation::ReplyKind;
use askwell_core::persona::Term;
use askwell_core::topic::Topic;
use common::chat::Chat;

#[test]
fn every_bundled_persona_explains_its_own_terms() {
    for id in common::persona_ids() {
        let c = Chat::with(&id, 30);
        assert!(
            c.persona.terms.len() >= 8,
            "{id} has {} terms",
            c.persona.terms.len()
        );
        let said: String = (c.persona.topics.iter())
            .flat_map(|s| s.answers.iter().chain(&s.follow_ups))
            .chain(c.persona.nuggets.iter().map(|n| &n.text))
            // A rambling persona's tangents are said to the user too (Priya's Darnell).
            .chain(&c.persona.lines.tangents)
            .map(|t| t.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        for t in &c.persona.terms {
            assert!(
                t.words.iter().any(|w| said.contains(&w.to_lowercase())),
                "{id}: {:?} is not said in any answer, follow-up, detail or tangent",
                t.words
            );
        }
    }
}

#[test]
fn what_do_you_mean_by_a_term_gets_its_meaning() {
    let frames = [
        "What do you mean by {}?",
        "Sorry, what does {} mean?",
        "what's {} exactly",
        "Could you explain what {} is?",
        "What means {}? I don't know this word.",
        "Sorry, I keep hearing it. What is {}?",
    ];
    for id in common::persona_ids() {
        for (i, t) in Chat::with(&id, 30).persona.terms.iter().enumerate() {
            let frame = frames[i % frames.len()];
            let mut c = Chat::with(&id, 30);
            c.ask("What does a typical day look like for you?");
            let line = frame.replace("{}", &t.words[0]);
            let e = c.ask(&line);
            assert!(
                e.reply.ends_with(&t.means),
                "{id}: {line:?} got {:?}",
                e.reply
            );
            assert_eq!(e.kind, ReplyKind::FollowUp, "{id}: {line:?}");
            assert_ne!(e.topic, Topic::None, "{id}: {line:?}");
            // An explanation belongs to a topic about the work, so the call stays where it is.
            let opening = [Topic::SmallTalk, Topic::Introduction];
            assert!(!opening.contains(&e.topic), "{id}: {line:?}: {:?}", e.topic);
        }
    }
}

#[test]
fn a_question_that_only_uses_a_term_is_answered_not_explained() {
    for id in common::persona_ids() {
        let c = Chat::with(&id, 30);
        for t in &c.persona.terms {
            let line = format!(
                "How has {} changed since you started, and what would you improve about it?",
                t.words[0]
            );
            let mut c = Chat::with(&id, 30);
            let e = c.ask(&line);
            assert!(
                !e.reply.contains(&t.means),
                "{id}: {line:?} got {:?}",
                e.reply
            );
        }
    }
}

#[test]
fn asked_again_the_meaning_comes_with_the_repeat_line() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        let Some(t) = c.persona.terms.first().cloned() else {
            continue;
        };
        let line = format!("What do you mean by {}?", t.words[0]);
        let first = c.ask(&line);
        assert_eq!(first.reply, t.means, "{id}");
        let again = c.ask(&line);
        assert!(again.reply.ends_with(&t.means), "{id}");
        assert!(again.reply.len() > t.means.len(), "{id}: no repeat line");
    }
}

#[test]
fn the_term_alone_asks_its_meaning_once_the_persona_has_said_it() {
    let mut c = Chat::with("maya-okafor", 30);
    c.persona.terms = vec![Term {
        words: vec!["huddle".into()],
        means: "The huddle is a short meeting.".into(),
    }];
    let cold = c.ask("Huddle?");
    assert_ne!(cold.reply, "The huddle is a short meeting.");
    // Alone and cold, the term is a question about the work that uses it.
    assert!(
        cold.reply.to_lowercase().contains("huddle"),
        "{}",
        cold.reply
    );
    assert_eq!(c.ask("huddle?").reply, "The huddle is a short meeting.");
    c.ask("How did you get into psychiatry?");
    assert!(c
        .ask("Huddle?")
        .reply
        .ends_with("The huddle is a short meeting."));
}
