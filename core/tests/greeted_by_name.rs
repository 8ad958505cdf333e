//! Walk 42: every introduction got the same reply whatever the user said, and "Hi, I'm Ana,
//! a biology junior. Thanks for making time." was answered as a bare hello ("So, tell me a bit
//! about you"). A person says the name they were just given; a line that gives one introduces.

mod common;

use askwell_core::lexicon::replies;
use askwell_core::topic::Topic;
use common::chat::Chat;

#[test]
fn the_name_given_is_said_back_once() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        let e = c.ask("Hi, thanks for making time. I'm Leah, a second-year master's student in biomedical engineering.");
        assert_eq!(e.topic, Topic::Introduction, "{id}: {}", e.reply);
        let first = e.reply.split(". ").next().unwrap_or_default();
        assert!(
            first.contains("Leah") && first.contains("meet you"),
            "{id}: {}",
            e.reply
        );
        let later = c.ask("I'm Leah, by the way. What does a typical day look like?");
        assert!(!later.reply.contains("Leah"), "{id}: {}", later.reply);
    }
}

#[test]
fn a_name_said_plainly_is_capitalized() {
    let mut c = Chat::with("sam-whitfield", 30);
    let e = c.ask("hello! my name is jordan and i study chemistry");
    assert!(e.reply.contains("Jordan"), "{}", e.reply);
}

#[test]
fn a_name_typed_in_lower_case_is_said_back() {
    // Blind walk 43: "hi dr reyes, i'm lena. first year bio student" was not greeted.
    for line in [
        "hi dr reyes, i'm lena. first year bio student. thanks for doing this",
        "hi im leah, a sophomore in public health",
    ] {
        let mut c = Chat::with("daniel-reyes", 30);
        let e = c.ask(line);
        assert!(
            e.reply.contains("Lena") || e.reply.contains("Leah"),
            "{line}: {}",
            e.reply
        );
    }
}

#[test]
fn what_follows_i_am_is_not_always_a_name() {
    for line in [
        "Hi, I'm a junior studying biology.",
        "Hi! I'm Brazilian and I study nursing.",
        "Hello, I'm Currently finishing my degree in chemistry.",
        "hi im tired, so sorry if im slow",
        "i'm confused. what do you mean?",
        "hi, i'm nervous, a bit. i'm a junior in biology",
    ] {
        let mut c = Chat::with("sam-whitfield", 30);
        let e = c.ask(line);
        assert!(!e.reply.contains("meet you,"), "{line}: {}", e.reply);
        assert!(!e.reply.starts_with("Hi "), "{line}: {}", e.reply);
    }
}

#[test]
fn hello_and_thanks_with_a_name_introduce() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        let e = c.ask("Hi, I'm Ana, a biology junior. Thanks for making time.");
        assert_eq!(e.topic, Topic::Introduction, "{id}: {}", e.reply);
        // Not the invitation a bare hello gets.
        let invited = replies::invite()
            .iter()
            .any(|i| e.reply.contains(i.as_str()));
        assert!(!invited, "{id}: {}", e.reply);
    }
}
