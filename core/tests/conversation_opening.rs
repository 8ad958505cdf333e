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

#[test]
fn an_introduction_that_sets_the_agenda_is_not_asked_for_one_again() {
    for id in [
        "maya-okafor",
        "priya-raman",
        "rosa-delgado",
        "sam-whitfield",
        "daniel-reyes",
        "tomasz-nowak",
    ] {
        for line in [
            "hi, im a psych student at state and im super nervous lol. i wanted to ask about ur job and how u got there and any advice",
            "Hello, my name is Jordan and I am a senior studying biology. I would like to learn about your role, your career path, and any advice you might have.",
            "Hi! I'm Ana, a nursing student. I have a few questions about your work and how you got into it.",
        ] {
            let mut c = Chat::with(id, 30);
            let first = c.ask(line);
            assert_eq!(first.topic, Topic::Introduction, "{id}: {line}");
            // After the greeting by name, when the line gave one.
            let reply = common::without_greeting(&first.reply);
            // The persona's own words for going along with the plan, with no question back
            // (after a word of reassurance when the line owns up to nerves).
            let calm = askwell_core::lexicon::replies::reassure();
            let plan = calm
                .iter()
                .find_map(|l| reply.strip_prefix(&format!("{l} ")))
                .unwrap_or(reply);
            assert_eq!(plan.len() < reply.len(), line.contains("nervous"), "{id}");
            assert!(
                c.persona.lines.agenda_set.iter().any(|l| l == plan),
                "{id}: {}",
                first.reply
            );
            assert!(!first.reply.contains('?'), "{id}: {}", first.reply);
        }
    }
}

#[test]
fn an_introduction_without_an_agenda_still_gets_asked_what_to_cover() {
    for line in [
        "Hi! I'm a band teacher curious about data science.",
        "Hi, I'm Ana. I study nursing and I've been trying to learn about public health.",
    ] {
        let mut c = Chat::with("sam-whitfield", 30);
        let first = c.ask(line);
        assert_eq!(first.topic, Topic::Introduction, "{line}");
        let welcomes = &c.persona.script(Topic::Introduction).unwrap().answers;
        let reply = common::without_greeting(&first.reply);
        assert!(
            welcomes.iter().any(|w| w == reply),
            "{line}: {}",
            first.reply
        );
    }
}

#[test]
fn a_persona_without_its_own_words_for_an_agenda_uses_plain_ones() {
    let mut c = Chat::with("sam-whitfield", 30);
    c.persona.lines.agenda_set.clear();
    let first =
        c.ask("Hi Sam, I'm Leo. I'd love to hear how you got into health data and any advice.");
    let plain = askwell_core::lexicon::replies::agenda_set();
    assert!(
        plain.iter().any(|l| first.reply.ends_with(l.as_str())),
        "{}",
        first.reply
    );
}

#[test]
fn thanks_for_their_time_at_the_start_is_welcomed_not_a_goodbye() {
    // Walk 8: "Hi! Thanks for talking with me today." got the goodbye, and the clock moved
    // to Closing before a single question (5 of 10 such openings).
    for id in ["tomasz-nowak", "maya-okafor", "priya-raman"] {
        for line in [
            "Hi! Thanks for talking with me today.",
            "Good morning. Thank you for your time for me.",
        ] {
            let mut c = Chat::with(id, 30);
            let first = c.ask(line);
            assert_eq!(
                first.topic,
                Topic::SmallTalk,
                "{id}: {line}: {}",
                first.reply
            );
            let goodbyes = &c.persona.script(Topic::Thanks).unwrap().answers;
            assert!(!goodbyes.contains(&first.reply), "{id}: {}", first.reply);
        }
        // Thanks for the welcome after an introduction: go ahead, not goodbye.
        let mut c = Chat::with(id, 30);
        c.ask("I'm Ana, a nursing student, and I'd like to ask about your job and your path.");
        let thanks = c.ask("Thank you!");
        assert_eq!(thanks.topic, Topic::SmallTalk, "{id}: {}", thanks.reply);
        // Thanks for their time, then the first question: the question is answered.
        let mut c = Chat::with(id, 30);
        let e = c.ask("Thank you for your time today. What does a typical week look like for you?");
        assert_eq!(e.topic, Topic::TypicalDay, "{id}: {}", e.reply);
        let in_passing = askwell_core::lexicon::replies::thanks_in_passing();
        assert!(
            !in_passing.iter().any(|t| e.reply.ends_with(t.as_str())),
            "{}",
            e.reply
        );
    }
}

#[test]
fn a_greeting_that_asks_nothing_is_greeted_back() {
    // Walk 8: "hii dr okafor sorry im kinda nervous lol" got "Oh, it's going well, thank
    // you for asking!" (9 of 10 greetings).
    let mut c = Chat::with("maya-okafor", 30);
    let e = c.ask("hii dr okafor sorry im kinda nervous lol");
    let day = &c.persona.script(Topic::SmallTalk).unwrap().answers;
    assert!(!day.contains(&e.reply), "{}", e.reply);
    // Asked how they are, they say.
    let mut c = Chat::with("maya-okafor", 30);
    let e = c.ask("Hi Dr. Okafor, how's your day going?");
    assert!(day.contains(&e.reply), "{}", e.reply);
}

#[test]
fn nerves_owned_up_to_at_the_start_get_a_word_of_reassurance() {
    // Walk 8 item 11: the nervousness was ignored. Every persona, greeting or introduction.
    let calm = askwell_core::lexicon::replies::reassure();
    let reassured = |reply: &str| {
        let reply = common::without_greeting(reply);
        calm.iter().any(|l| reply.starts_with(l.as_str()))
    };
    for (persona, _) in common::personas() {
        let id = persona.id.clone();
        let mut c = Chat::with(&id, 30);
        let e = c.ask("hi sorry im kinda nervous lol");
        assert_eq!(e.topic, Topic::SmallTalk, "{id}: {}", e.reply);
        assert!(reassured(&e.reply), "{id}: {}", e.reply);

        let mut c = Chat::with(&id, 30);
        let e = c.ask("Hello, I'm Ana, a second-year nursing student. I'm a bit nervous.");
        assert_eq!(e.topic, Topic::Introduction, "{id}: {}", e.reply);
        assert!(reassured(&e.reply), "{id}: {}", e.reply);

        // Nothing of the kind without nerves.
        let mut c = Chat::with(&id, 30);
        let e = c.ask("Hello, I'm Ana, a second-year nursing student.");
        assert!(!reassured(&e.reply), "{id}: {}", e.reply);
    }
}

#[test]
fn thanks_at_the_start_after_a_greeting_is_not_met_with_the_same_invitation_again() {
    // Walk 10: "thx for doing this tho" after "hii" got the invitation of the turn before,
    // word for word; thanks said with nerves dropped the nerves.
    for (persona, _) in common::personas() {
        let mut c = Chat::with(&persona.id, 30);
        let hello = c.ask("hii");
        let thanks = c.ask("thx for doing this tho");
        let invitation = hello.reply.split_once(". ").map_or("", |(_, rest)| rest);
        assert!(
            invitation.is_empty() || !thanks.reply.contains(invitation),
            "{}: {} / {}",
            persona.id,
            hello.reply,
            thanks.reply
        );
        let mut c = Chat::with(&persona.id, 30);
        let e = c.ask("Good morning, thank you for your time. I am a little nervous.");
        let calm = askwell_core::lexicon::replies::reassure();
        assert!(
            calm.iter().any(|l| e.reply.contains(l.as_str())),
            "{}: {}",
            persona.id,
            e.reply
        );
    }
}
