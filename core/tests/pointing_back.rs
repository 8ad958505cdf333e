//! Walk 38: two replies that answered something else. A question that points back at the last
//! answer and takes up one of its words ("What do families do while they're waiting that
//! long?", after kids waiting days for a bed) was brushed off as off topic; "my accent" got
//! Sam's visa answer.

mod common;

use askwell_core::Topic;
use common::chat::Chat;

#[test]
fn a_question_pointing_back_at_the_last_answer_goes_on_with_it() {
    let mut c = Chat::with("maya-okafor", 30);
    c.ask("Hi Dr. Okafor, I'm Sam, a psychology student thinking about medicine.");
    let hard = c.ask("What are the hardest parts of your job?");
    assert!(hard.reply.contains("waiting"), "{}", hard.reply);
    let next = c.ask("What do families do while they're waiting that long?");
    assert_eq!(next.topic, hard.topic, "{}", next.reply);
}

#[test]
fn an_off_topic_question_pointing_at_nothing_said_is_still_off_topic() {
    let mut c = Chat::with("maya-okafor", 30);
    c.ask("Hi Dr. Okafor, I'm Sam, a psychology student thinking about medicine.");
    c.ask("What are the hardest parts of your job?");
    let next = c.ask("What's your favorite movie? Is it any good?");
    assert_eq!(next.topic, Topic::None, "{}", next.reply);
}

#[test]
fn an_accent_is_asked_about_as_english_not_as_a_visa() {
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("Hello Sam, I am Lucas, from Brazil, doing a master's in statistics.");
    let e = c.ask("Do you think my accent and my English can be a problem for this job?");
    assert!(
        e.nuggets.iter().any(|n| n == "asked-from-abroad"),
        "{}",
        e.reply
    );
}

/// Walk 39: after two pay questions, "is it a physical job?" was more on pay: its "it" is the
/// work, named in the line, not the last answer.
#[test]
fn it_that_is_the_work_named_does_not_point_back() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("Hi, I'm Bree, thinking about switching careers.");
        c.ask("What does someone starting out earn in your field?");
        let e = c.ask("is it a physical job?");
        assert_ne!(e.topic, Topic::Compensation, "{id}: {}", e.reply);
    }
}
