//! Walk-through nineteen (new student styles, measured before mending): two questions in one
//! turn got one half answered.

mod common;

use askwell_core::topic::Topic;
use common::chat::Chat;

/// Two questions about the work in one turn: the first answered, then the other briefly,
/// as a person answers both halves.
#[test]
fn both_halves_of_a_double_question_are_answered() {
    let mut c = Chat::with("rosa-delgado", 30);
    c.ask("Hi Rosa, I'm a nursing student.");
    let e = c
        .ask("What does a typical week look like for you, and how did you get into public health?");
    assert_eq!(e.topic, Topic::TypicalDay, "{}", e.reply);
    assert!(e.reply.contains("typical week"), "{}", e.reply);
    assert!(e.reply.contains("food bank"), "{}", e.reply);
    // Asked on its own, the half told briefly is told in full.
    let path = c.ask("How did you get into public health?");
    assert_eq!(path.topic, Topic::Path, "{}", path.reply);
    let brief = e.reply.split("question: ").nth(1).unwrap_or_default();
    assert!(path.reply.starts_with(brief), "{}", path.reply);
    assert!(path.reply.len() > brief.len(), "{}", path.reply);
}

/// A half that leans on the other ("what kind of model is it?") is not answered on its own:
/// read alone it is a guess.
#[test]
fn a_half_leaning_on_the_other_is_left() {
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("Hi Sam, I'm a statistics student.");
    let e = c.ask("What do you work on, and how well does it perform?");
    for lead in ["other question", "second part"] {
        assert!(!e.reply.contains(lead), "{}", e.reply);
    }
}
