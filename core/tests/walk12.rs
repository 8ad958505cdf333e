//! From the twelfth walk-through: thanks in the closing is a goodbye, the time left is
//! answered, and lines read as an introduction that are none. Over every bundled persona.

mod common;

use askwell_core::conversation::ReplyKind;
use askwell_core::lexicon::replies;
use askwell_core::topic::{Segment, Topic};
use common::chat::Chat;

fn goes_on(reply: &str) -> bool {
    replies::go_on().iter().any(|l| reply.ends_with(l.as_str()))
}

#[test]
fn thanks_after_the_closing_began_is_a_goodbye_however_early() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 60);
        c.ask("What does a typical day look like for you?");
        let anything = c.ask("Is there anything else I should have asked you?");
        assert_eq!(anything.segment, Segment::Closing, "{id}");
        let e = c.ask("Thank you, that was really helpful.");
        assert_eq!(e.topic, Topic::Thanks, "{id}");
        assert!(!goes_on(&e.reply), "{id}: {}", e.reply);
        assert_eq!(e.segment, Segment::Closing, "{id}");
    }
}

#[test]
fn thanks_that_speaks_of_the_whole_call_or_of_leaving_is_a_goodbye() {
    for id in common::persona_ids() {
        for line in [
            "Thanks so much, this was great.",
            "Thank you, I'll let you go now.",
            "Thanks a lot, I have to run to class.",
        ] {
            let mut c = Chat::with(&id, 60);
            c.ask("What does a typical day look like for you?");
            let e = c.ask(line);
            assert_eq!(e.topic, Topic::Thanks, "{id}: {line}");
            assert!(!goes_on(&e.reply), "{id}: {line}: {}", e.reply);
        }
        // Thanks for one answer, early, still lets the call go on.
        let mut c = Chat::with(&id, 60);
        c.ask("What does a typical day look like for you?");
        let e = c.ask("Thanks, that's really useful.");
        assert!(goes_on(&e.reply), "{id}: {}", e.reply);
    }
}

#[test]
fn asking_how_much_time_is_left_gets_the_minutes() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("What does a typical day look like for you?");
        let before = c.interview.exchanges.last().unwrap().segment;
        let e = c.ask("How much time do we have left?");
        let left = ((30.0 * 60.0 - e.start_s) / 60.0_f64).round() as u32;
        assert!(e.reply.contains(&left.to_string()), "{id}: {}", e.reply);
        assert_eq!(e.segment, before, "{id}");
        // Time in their work is a question about the work.
        let work = c.ask("How much time do you spend in meetings?");
        assert_ne!(work.topic, Topic::SmallTalk, "{id}: {}", work.reply);
    }
}

#[test]
fn past_the_end_the_time_left_is_none() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 5);
        let questions = [
            "What does a typical day look like for you?",
            "How did you get into this field?",
            "What skills matter most?",
            "Where is the field going?",
        ];
        for q in questions.iter().cycle() {
            if c.interview.elapsed_s > 5.0 * 60.0 {
                break;
            }
            c.ask(q);
        }
        let e = c.ask("how many minutes do we have left?");
        assert!(
            replies::time_left_over().contains(&e.reply),
            "{id}: {}",
            e.reply
        );
    }
}

#[test]
fn a_question_about_their_world_is_not_an_introduction() {
    for id in common::persona_ids() {
        for line in [
            "Could you tell me a little about your organization and your role there?",
            "To start, can you tell me a bit about your team?",
        ] {
            let mut c = Chat::with(&id, 30);
            let e = c.ask(line);
            assert_ne!(e.topic, Topic::Introduction, "{id}: {line}: {}", e.reply);
            assert_ne!(e.kind, ReplyKind::Clarify, "{id}: {line}: {}", e.reply);
        }
    }
}

#[test]
fn an_introduction_is_never_one_side_of_a_clarifying_question() {
    for id in common::persona_ids() {
        for line in [
            "hey! im a junior, econ major, thinking about grad school maybe",
            "I'm a second-year student in biology and I'm still figuring out what comes next.",
            "so about me: nursing student, 2nd year, kinda curious about other paths",
        ] {
            let mut c = Chat::with(&id, 30);
            c.ask("Hi!");
            let e = c.ask(line);
            assert_ne!(e.kind, ReplyKind::Clarify, "{id}: {line}: {}", e.reply);
        }
    }
}
