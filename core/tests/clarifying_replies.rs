//! How personas take what follows "do you mean A or B?": "neither", a new question of its
//! own, or a longer answer that reads as one of the options.

mod common;

use askwell_core::conversation::ReplyKind;
use askwell_core::Topic;
use common::chat::Chat;

#[test]
fn neither_option_asks_for_something_else() {
    let mut c = Chat::with("tomasz-nowak", 30);
    c.ask("Hi, I'm a physics PhD student curious about science policy.");
    let clarify = c.ask("what kinds of roles do PhDs usually start in at agencies like yours?");
    assert_eq!(clarify.kind, ReplyKind::Clarify, "{}", clarify.reply);
    let options: Vec<Topic> = c.interview.memory.pending.map(|(a, b)| vec![a, b]).unwrap();
    let next = c.ask("neither exactly, more like how ppl get their first policy job after a phd");
    assert!(
        !options.contains(&next.topic),
        "{:?}: {}",
        next.topic,
        next.reply
    );
    assert_eq!(next.kind, ReplyKind::Answer);
}

#[test]
fn a_short_new_question_after_a_clarifying_one_is_understood_afresh() {
    // Walk 10: after "pay and benefits, or hours?", "Which organizations or fellowships you
    // recommend?" (no auxiliary, so it looked like an option named) got the pay answer.
    let mut c = Chat::with("tomasz-nowak", 30);
    let first = c.ask("For a foreigner, is possible to work in the government?");
    let e = c.ask("Which organizations or fellowships you recommend?");
    assert_eq!(
        e.topic,
        Topic::Organizations,
        "{} / {}",
        first.reply,
        e.reply
    );
}

/// Walk 37: after "what's hard about the job, or where the field is heading?", a longer
/// answer that asks nothing ("Mainly the industry-wide challenges for gene therapy.") was read
/// as a new line, and a word of the pay answer before it took it back to pay.
#[test]
fn a_longer_answer_to_a_clarifying_question_picks_the_option_it_reads_as() {
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi, I'm Aisha, a pharmacy student curious about regulatory affairs.");
    c.ask("Roughly what salary range can someone expect starting out?");
    let clarify = c.ask("What are the biggest challenges facing your industry right now?");
    assert_eq!(clarify.kind, ReplyKind::Clarify, "{}", clarify.reply);
    let options: Vec<Topic> = c.interview.memory.pending.map(|(a, b)| vec![a, b]).unwrap();
    assert!(options.contains(&Topic::Trends), "{options:?}");
    let next = c.ask("Mainly the industry-wide challenges for gene therapy.");
    assert_eq!(next.topic, Topic::Trends, "{}", next.reply);
}
