//! From the sixteenth walk-through: follow-ups on a detail the persona had just said were
//! met with a menu, an unrelated answer or a brush-off although the persona's script tells
//! that detail, sometimes under another topic. The lines here are reworded from the walk's.

mod common;

use askwell_core::conversation::ReplyKind;
use askwell_core::Topic;
use common::chat::Chat;

/// A detail an answer names in passing, told in full under another topic, is told when
/// asked about (not the topic's next follow-up, which only mentions it).
#[test]
fn a_detail_told_under_another_topic_is_found() {
    let mut c = Chat::with("maya-okafor", 30);
    c.ask("Hi, I'm a premed student.");
    let job = c.ask("How did you get your current job?");
    assert_eq!(job.topic, Topic::JobSearch, "{}", job.reply);
    assert!(
        job.reply.contains("eating-disorders clinic"),
        "{}",
        job.reply
    );
    let e = c.ask("What's the eating-disorders clinic like?");
    let first = e.reply.split_inclusive(['.', ':']).next().unwrap_or("");
    assert!(first.contains("eating-disorders clinic"), "{}", e.reply);
    assert_ne!(e.topic, Topic::JobSearch, "{}", e.reply);
    assert_eq!(e.kind, ReplyKind::FollowUp, "{}", e.reply);
}

/// A detail a day's answer names is told by the follow-up about it.
#[test]
fn a_detail_of_the_day_is_told() {
    let mut c = Chat::with("maya-okafor", 30);
    c.ask("Hi, I'm a premed student.");
    let day = c.ask("What do you do all day?");
    assert!(day.reply.contains("family meetings"), "{}", day.reply);
    let e = c.ask("how do family meetings go?");
    let first = e.reply.split_inclusive(['.', ':']).next().unwrap_or("");
    assert!(
        first.to_lowercase().contains("family meeting"),
        "{}",
        e.reply
    );
    assert_eq!(e.kind, ReplyKind::FollowUp, "{}", e.reply);
}

/// One word of the last answer, not of the persona's whole field, that a follow-up of that
/// answer's topic also says: the question is about that answer, though the model reads it
/// weakly as another topic.
#[test]
fn one_word_taken_up_goes_to_the_follow_up_that_says_it() {
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi, I'm a pharmacy student.");
    c.ask("What's the hardest part of your job?");
    let day = c.ask("Every formal FDA meeting, what kind of meetings are they?");
    assert_eq!(day.topic, Topic::TypicalDay, "{}", day.reply);
    assert!(day.reply.contains("overnight"), "{}", day.reply);
    let e = c.ask("What sort of things come in from the agency overnight?");
    assert_eq!(e.topic, Topic::TypicalDay, "{}", e.reply);
    assert!(e.reply.contains("overnight"), "{}", e.reply);
}

/// A menu that would offer the last answer's topic is not put to a line that takes up that
/// answer's words: it is more on that answer.
#[test]
fn no_menu_for_a_line_about_the_last_answer() {
    let mut c = Chat::with("rosa-delgado", 30);
    c.ask("Hi, I'm a public health student.");
    let money = c.ask("4.8 million is a lot! where does the money come from?");
    assert_eq!(money.topic, Topic::Organization, "{}", money.reply);
    assert!(money.reply.contains("contracts"), "{}", money.reply);
    let e = c.ask("Why contracts are more steady than grants?");
    assert_ne!(e.kind, ReplyKind::Clarify, "{}", e.reply);
    assert_eq!(e.topic, Topic::Organization, "{}", e.reply);
}

/// A word of the last answer said back, then a short wh-question (it drifted? what
/// happened?): about that word, though *what happened* alone reads as a career path.
#[test]
fn an_echo_then_what_happened_goes_on_with_the_echo() {
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("hi, I'm a stats student");
    c.ask("whats the hardest part of the job");
    let term = c.ask("what does AUC mean?");
    assert!(term.reply.contains("drifted"), "{}", term.reply);
    let e = c.ask("It drifted? What happened?");
    assert_eq!(e.topic, Topic::Challenges, "{}", e.reply);
    assert!(e.reply.contains("drift"), "{}", e.reply);
}

/// The same with a cue: what a line names after *you mentioned* focuses the follow-up.
#[test]
fn a_named_detail_finds_the_follow_up_that_opens_with_it() {
    let mut c = Chat::with("maya-okafor", 30);
    c.ask("Hi, I'm a premed student.");
    c.ask("What's a typical day like for you?");
    let e = c.ask("You mentioned family meetings. What happens in those?");
    let first = e.reply.split_inclusive(['.', ':']).next().unwrap_or("");
    assert!(
        first.to_lowercase().contains("family meeting"),
        "{}",
        e.reply
    );
}

/// A line quoting several words of the last answer takes up those a follow-up left says
/// (the evidence), among the pairs and words it shares with the answer.
#[test]
fn the_words_a_follow_up_says_are_the_ones_taken_up() {
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi, I'm a chemistry grad student.");
    let hard = c.ask("What's the worst part of your job?");
    assert!(hard.reply.contains("evidence"), "{}", hard.reply);
    let e = c.ask("'politely, with evidence', ok, but what evidence do you bring them?");
    assert_eq!(e.topic, Topic::Challenges, "{}", e.reply);
    assert!(e.reply.contains("evidence"), "{}", e.reply);
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("hey, stats major here");
    let hard = c.ask("whats the worst part of ur job");
    assert!(
        hard.reply.contains("Missing doesn't mean zero"),
        "{}",
        hard.reply
    );
    let e = c.ask("missing isnt zero? how do u tell them apart");
    assert!(
        e.reply.starts_with("Missing doesn't mean zero"),
        "{}",
        e.reply
    );
}

/// From the seventeenth walk-through: a question after a colon in an introduction (quick
/// one before anything else: ...) is answered, the introduction greeted in a word.
#[test]
fn a_question_after_a_colon_in_an_introduction_is_answered() {
    let mut c = Chat::with("rosa-delgado", 30);
    let e = c.ask("Hello Ms. Delgado, I'm Tariq, a public health junior. Quick one before anything else: how many hours a week do you work?");
    assert_eq!(e.topic, Topic::WorkLife, "{}", e.reply);
}

/// From the seventeenth walk-through: thanks that name what helped, with a word of asking in
/// it (the point about asking what a question is for), is thanks, not a question.
#[test]
fn thanks_that_tell_about_asking_are_thanks() {
    let mut c = Chat::with("tomasz-nowak", 30);
    c.ask("Hi, I'm a physics PhD student exploring science policy.");
    c.ask("What does your typical week look like?");
    let e = c.ask(
        "Thank you so much. The advice about asking what decision a memo is for will stay with me.",
    );
    assert_eq!(e.topic, Topic::Thanks, "{}", e.reply);
}

/// Thanks that name a point holding a clause of its own (asking what a memo is for) are not
/// named back cut in half ("the point about asking what a memo was useful").
#[test]
fn thanks_are_not_named_back_in_half_a_clause() {
    let mut c = Chat::with("tomasz-nowak", 30);
    c.ask("Hi, I'm a physics PhD student exploring science policy.");
    c.ask("What does your typical week look like?");
    let e = c.ask(
        "Thank you so much. The point about asking what decision a memo is for will stay with me.",
    );
    assert_eq!(e.topic, Topic::Thanks, "{}", e.reply);
    assert!(!e.reply.contains("decision a memo was"), "{}", e.reply);
}
