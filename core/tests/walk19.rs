//! Walk-through nineteen (new student styles, measured before mending): two questions in one
//! turn got one half answered.

mod common;

use askwell_core::persona::Temperament;
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

/// A greeting, then the first question: the question is answered after a hello, not met
/// with how the persona's day is going.
#[test]
fn a_greeting_before_the_first_question_is_answered_with_it() {
    let mut c = Chat::with("rosa-delgado", 30);
    let e = c.ask("Hello Rosa, thanks so much for meeting. How did you get into public health?");
    assert_eq!(e.topic, Topic::Path, "{}", e.reply);
}

/// An introduction that asks through another verb (I'm curious what ... does), or typed as
/// one run-on line with the question at its end, gets the question answered.
#[test]
fn a_question_inside_an_introduction_is_answered() {
    let mut c = Chat::with("sam-whitfield", 30);
    let e = c.ask("Hi Sam, thank you for your time. I study nursing and I'm curious what a clinical data scientist actually does.");
    assert_eq!(e.topic, Topic::Responsibilities, "{}", e.reply);
    let mut c = Chat::with("sam-whitfield", 30);
    let e = c.ask("hey sam thanks for doing this so um i'm a sophomore in statistics and my advisor said you work with hospital data so what does your typical day look like");
    assert_eq!(e.topic, Topic::TypicalDay, "{}", e.reply);
}

/// Thanks for being honest about "the hard parts" near the end is a thank-you, not someone
/// saying they are short on time.
#[test]
fn thanks_naming_the_hard_parts_is_thanks() {
    let mut c = Chat::with("maya-okafor", 30);
    c.ask("Hi, I'm a premed student.");
    c.ask("What's the hardest part of your job?");
    let e = c.ask("Thank you for being open about the hard parts, I appreciate your time.");
    assert_eq!(e.topic, Topic::Thanks, "{}", e.reply);
}

/// "and then?" and "how long" alone, right after a story, ask for more of it: not off topic.
#[test]
fn a_bare_and_then_goes_on_with_the_story() {
    for line in ["and then?", "how long"] {
        let mut c = Chat::with("priya-raman", 30);
        let path = c.ask("How did you get into patient education?");
        let e = c.ask(line);
        assert_eq!(e.topic, path.topic, "{line}: {}", e.reply);
    }
}

/// A line that pushes back (really? I read that...; isn't it boring?) hears the answer that
/// grants the point and gives the persona's view; a plain question never does.
#[test]
fn pushback_is_answered_by_the_answer_that_grants_the_point() {
    let grants = |reply: &str| {
        let lower = reply.to_lowercase();
        (askwell_core::lexicon::replies::pushback_cues().iter()).any(|c| lower.contains(c.as_str()))
    };
    for (persona, _) in common::personas() {
        let mut c = Chat::with(&persona.id, 30);
        let plain = c.ask("Where do you see your field going in the next few years?");
        assert!(!grants(&plain.reply), "{}", plain.reply);
        let e = c.ask("Really? I read that jobs in this field are shrinking. Isn't that a worry?");
        assert!(grants(&e.reply), "{}: {}", persona.id, e.reply);
    }
}

/// Asked to shadow them, every persona says whether it can be done and what instead (a
/// guarded one once trusted: before that it shares no details at all, by design).
#[test]
fn a_shadowing_request_is_answered() {
    let open = common::personas()
        .iter()
        .filter(|(p, _)| p.temperament != Temperament::Guarded);
    for (persona, _) in open {
        let mut c = Chat::with(&persona.id, 30);
        c.ask("Hi, I'm a student interested in your field.");
        let e = c.ask("Would it be possible to shadow you for a day sometime?");
        assert!(
            e.reply.to_lowercase().contains("shadow"),
            "{}: {}",
            persona.id,
            e.reply
        );
    }
}
