//! From walk-through twenty-two (10 black-box conversations): a nervous student's
//! introduction ("I'm a senior English major. I'm a little nervous, this is my first
//! informational interview.") got the persona's career advice before any welcome: the
//! nerves and the studies were read as one worry about choosing.

mod common;

use askwell_core::topic::Topic;
use common::chat::Chat;

#[test]
fn nerves_about_the_call_beside_what_they_study_are_an_introduction() {
    for id in common::persona_ids() {
        let mut chat = Chat::with(&id, 30);
        let hello = chat.ask(
            "Hi, I'm Ana, a junior and an economics major. I'm a bit nervous, it's my first \
             one of these. Thanks for making time.",
        );
        assert_eq!(hello.topic, Topic::Introduction, "{id}: {}", hello.reply);
    }
}

#[test]
fn a_worry_about_choosing_said_in_one_sentence_still_gets_advice() {
    for id in common::persona_ids() {
        let mut chat = Chat::with(&id, 30);
        chat.ask("Hi, I'm Ana, a junior majoring in economics.");
        let worry = chat.ask("Honestly I'm scared I'll choose the wrong career.");
        assert_eq!(worry.topic, Topic::GeneralAdvice, "{id}: {}", worry.reply);
    }
}
