//! Walk 40: small talk in the middle of the interview ("how was your weekend?") got the
//! persona's opening small talk whole, ending "Now, tell me a bit about yourself and what
//! you'd like to cover." to a user who had introduced themselves and asked three questions.
//! Midway, the answer keeps its detail of the day and goes back to the user's questions.

mod common;

use askwell_core::lexicon::replies;
use askwell_core::topic::Topic;
use common::chat::Chat;

fn goes_back(reply: &str) -> bool {
    (replies::back_to_questions().iter()).any(|b| reply.ends_with(b.as_str()))
}

#[test]
fn small_talk_midway_goes_back_to_the_questions() {
    for id in common::persona_ids() {
        for line in ["How was your weekend?", "So how's your day going so far?"] {
            let mut c = Chat::with(&id, 30);
            c.ask("Hi, I'm Ana, a junior studying biology.");
            c.ask("What does a typical day look like for you?");
            let e = c.ask(line);
            assert_eq!(e.topic, Topic::SmallTalk, "{id}: {line}: {}", e.reply);
            assert!(goes_back(&e.reply), "{id}: {line}: {}", e.reply);
            let invites = ["about yourself", "about you and", "like to cover"];
            assert!(
                !invites.iter().any(|i| e.reply.contains(i)),
                "{id}: {line}: {}",
                e.reply
            );
            // The detail of their day is kept: more than the line going back.
            assert!(e.reply.split_whitespace().count() > 12, "{id}: {}", e.reply);
        }
    }
}

#[test]
fn small_talk_before_any_answer_still_invites() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        let e = c.ask("Hi! How's your day going?");
        assert!(!goes_back(&e.reply), "{id}: {}", e.reply);
    }
}
