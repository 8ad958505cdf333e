//! A question that names a particular phrase of the persona's (said by few of their texts) is
//! answered by the text that opens with it, wherever it sits in the script (walk 21: "the
//! emotional weight" got the academic ladder, "an information request" a regret about
//! research). Lines written for this test, not the walk's.

mod common;

use askwell_core::topic::Topic;
use common::chat::Chat;

#[test]
fn a_particular_phrase_gets_the_text_about_it() {
    let mut chat = Chat::with("maya-okafor", 30);
    chat.ask("Hi Dr. Okafor, I'm Jo, a second-year nursing student.");
    chat.ask("What are you responsible for on the unit?");
    let asked = chat.ask("How do you look after yourself with all that emotional weight?");
    assert!(
        asked.reply.starts_with("The emotional weight"),
        "{}",
        asked.reply
    );
}

#[test]
fn a_phrase_of_another_topic_is_found_there() {
    let mut chat = Chat::with("daniel-reyes", 30);
    chat.ask("Hi Daniel, I'm Lee, a biology master's student.");
    chat.ask("What did you do before regulatory?");
    let asked = chat.ask("What happens if you miss the five-day clock on an information request?");
    assert!(
        asked.reply.contains("information request"),
        "{}",
        asked.reply
    );
}

/// Their own field's words name nothing particular, and a phrase an answer of the topic says
/// is that answer's: the topic's own answer is given.
#[test]
fn their_field_and_the_topics_own_phrases_keep_the_topic() {
    let mut chat = Chat::with("daniel-reyes", 30);
    chat.ask("Hi Daniel, I'm Lee, a biology master's student.");
    let day = chat.ask("What does regulatory affairs look like day to day?");
    assert_eq!(day.topic, Topic::TypicalDay, "{}", day.reply);
}
