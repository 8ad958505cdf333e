//! From the fourteenth walk-through and its probes: a line that only says goodbye. Over
//! every bundled persona.

mod common;

use askwell_core::lexicon::replies;
use askwell_core::topic::{Segment, Topic};
use common::chat::Chat;

fn ids() -> Vec<String> {
    common::personas()
        .iter()
        .map(|(p, _)| p.id.clone())
        .collect()
}

fn starts_with_any(reply: &str, lines: &[String]) -> bool {
    lines.iter().any(|l| reply.starts_with(l.as_str()))
}

#[test]
fn a_bare_goodbye_gets_the_persona_s_goodbye_then_a_short_bye() {
    for id in ids() {
        for bye in ["bye!", "ok bye", "gotta go, see you", "alright, goodbye"] {
            let mut c = Chat::with(&id, 30);
            c.ask("What does a typical day look like for you?");
            let e = c.ask(bye);
            assert_eq!(e.topic, Topic::Thanks, "{id}: {bye}");
            assert_eq!(e.segment, Segment::Closing, "{id}: {bye}");
            assert!(
                starts_with_any(&e.reply, replies::bye_back()),
                "{id}: {bye}: {}",
                e.reply
            );
            // Nobody thanked them, so nothing says "you're welcome".
            assert!(!e.reply.contains("welcome"), "{id}: {bye}: {}", e.reply);
            let again = c.ask("bye");
            assert!(
                replies::bye_again().contains(&again.reply),
                "{id}: {}",
                again.reply
            );
        }
    }
}

#[test]
fn thanks_with_a_goodbye_is_still_thanks_and_a_bye_after_it_is_short() {
    for id in ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("What does a typical day look like for you?");
        let e = c.ask("Thanks so much, bye!");
        assert_eq!(e.topic, Topic::Thanks, "{id}");
        assert!(
            !starts_with_any(&e.reply, replies::bye_back()),
            "{id}: {}",
            e.reply
        );
        let again = c.ask("goodbye!");
        assert!(
            replies::bye_again().contains(&again.reply),
            "{id}: {}",
            again.reply
        );
    }
}

#[test]
fn a_question_that_mentions_goodbye_is_answered() {
    for id in ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("What does a typical day look like for you?");
        let e = c.ask("Before I say goodbye, what's your best advice for me");
        assert_ne!(e.topic, Topic::Thanks, "{id}: {}", e.reply);
    }
}
