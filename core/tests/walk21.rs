//! From walk-through twenty-one (14 black-box conversations): goodbyes said before half the
//! agreed time were met with "What else is on your list?", up to three times.

mod common;

use askwell_core::topic::Topic;
use common::chat::Chat;

fn goes_on(reply: &str) -> bool {
    askwell_core::lexicon::replies::go_on()
        .iter()
        .any(|g| reply.contains(g.as_str()))
}

#[test]
fn thanks_again_after_thanks_was_acknowledged_is_a_goodbye() {
    let mut chat = Chat::with("daniel-reyes", 30);
    chat.ask("Hi Daniel, I'm Lee, a biology master's student curious about regulatory affairs.");
    chat.ask("What does a typical week look like for you?");
    // Thanks for an answer, early in the call: acknowledged, and the call goes on.
    let first = chat.ask("Thank you so much, that's really helpful.");
    assert_eq!(first.topic, Topic::Thanks);
    assert!(goes_on(&first.reply), "{}", first.reply);
    // Thanks again, asking nothing: the user is leaving.
    let again = chat.ask("Thanks again, I really appreciate it.");
    assert!(!goes_on(&again.reply), "{}", again.reply);
}

#[test]
fn have_a_great_afternoon_is_a_goodbye_however_early() {
    let mut chat = Chat::with("maya-okafor", 30);
    chat.ask("Hi, I'm Sam, a psychology student thinking about medicine.");
    chat.ask("What does a typical week look like for you?");
    let bye = chat.ask("Thanks so much, have a great afternoon!");
    assert!(!goes_on(&bye.reply), "{}", bye.reply);
}

/// A worry about the user's own record is not "is the work hard?": no "Some days, yes"
/// before whatever answer comes (it read as "yes, your grade is bad"). Walk 21's nervous
/// student, line for line up to the worry.
#[test]
fn a_yes_no_question_about_the_user_gets_no_stock_yes() {
    let mut chat = Chat::with("maya-okafor", 30);
    let lines = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/walk21_nervous.txt"
    ))
    .expect("the walk's lines");
    let mut last = None;
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        last = Some(chat.ask(line));
    }
    let worry = last.expect("lines");
    assert!(
        worry.question.contains("is that really bad?"),
        "{}",
        worry.question
    );
    for lead in askwell_core::lexicon::replies::yes_hard() {
        assert!(!worry.reply.starts_with(lead.as_str()), "{}", worry.reply);
    }
}
