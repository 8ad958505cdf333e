//! How personas take a first line that introduces the user and asks a question in one go.

mod common;

use askwell_core::coach::{self, Etiquette};
use askwell_core::Topic;
use common::chat::Chat;

#[test]
fn an_introduction_with_a_question_gets_the_question_answered_and_counts_as_introduced() {
    let mut c = Chat::with("sam-whitfield", 30);
    let first =
        c.ask("Hi Sam, I'm a band teacher thinking about data science. How did you learn Python?");
    assert_eq!(first.topic, Topic::Education, "{}", first.reply);
    assert!(
        first.also.contains(&Topic::Introduction),
        "{:?}",
        first.also
    );
    // Greeted in a word, then answered: no question back about what to cover.
    assert!(!first.reply.contains("want to know"), "{}", first.reply);
    let review = coach::review(&c.interview, &c.persona);
    let introduced = review
        .etiquette
        .iter()
        .find(|e| e.item == Etiquette::Introduced);
    assert!(
        introduced.is_some_and(|e| e.passed),
        "{:?}",
        review.etiquette
    );
}

#[test]
fn an_introduction_that_lists_an_agenda_is_still_an_introduction() {
    for line in [
        "Hi, I'm Maya, a junior studying environmental science. I'd love to hear about your role, how you got there, and any advice you have for someone starting out.",
        "I thought we could start with your current role, then your path, and finish with advice, does that work for you?",
    ] {
        let u = common::personas()[0].1.understand(line);
        assert_eq!(u.topic, Topic::Introduction, "{line}");
    }
}
