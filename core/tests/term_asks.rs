//! Lines that asked what one of the persona's words means and got another answer, from
//! walk-throughs twenty-eight to thirty (development evidence): "What does clearance
//! involve?", a role asked with "do", "You mentioned SPEP. What is that?", a glossary word in
//! another form than its entry's ("round" for "rounds"), "what exactly are appropriations?",
//! "I do not know what a postdoc is", and "When you say health plans, do you mean...?".

mod common;

use common::chat::Chat;

/// The reply to `line`, asked after a short introduction to `persona`.
fn reply_to(persona: &str, line: &str) -> String {
    let mut chat = Chat::with(persona, 30);
    chat.ask("Hi, thanks for making time. I'm a student and curious about your work.");
    chat.ask(line).reply
}

#[test]
fn asking_what_a_term_involves_explains_it() {
    let reply = reply_to(
        "tomasz-nowak",
        "You said it goes through clearance. What does clearance involve, and who's doing the reviewing?",
    );
    assert!(reply.starts_with("Clearance is"), "{reply}");
}

#[test]
fn asking_what_a_role_does_explains_it() {
    for line in [
        "What does a program officer do, exactly, compared to your job?",
        "So what do program officers do?",
    ] {
        let reply = reply_to("tomasz-nowak", line);
        assert!(reply.starts_with("A program officer"), "{line}: {reply}");
    }
}

#[test]
fn what_is_that_after_naming_a_term_explains_it() {
    let reply = reply_to(
        "priya-raman",
        "The pay cut is what worries me. You mentioned SPEP. What is that?",
    );
    assert!(reply.starts_with("SPEP, short for"), "{reply}");
    // Asking something else about it is not asking what it is.
    let reply = reply_to("priya-raman", "I keep hearing about SPEP. Who is that for?");
    assert!(!reply.starts_with("SPEP, short for"), "{reply}");
}

#[test]
fn a_term_asked_in_its_singular_is_found() {
    let reply = reply_to(
        "maya-okafor",
        "What does round mean? Like you walk around to see each patient?",
    );
    assert!(reply.starts_with("Rounds are"), "{reply}");
}

#[test]
fn exactly_between_what_and_is_still_asks_the_meaning() {
    let reply = reply_to(
        "tomasz-nowak",
        "Embarrassing question, but what exactly are appropriations? I hear it a lot.",
    );
    assert!(reply.starts_with("Appropriations are"), "{reply}");
}

#[test]
fn what_is_it_after_a_comma_points_to_the_first_term_named() {
    let reply = reply_to(
        "priya-raman",
        "You mentioned the CHEP credential. What exactly is it, and is it worth it for a nurse?",
    );
    assert!(reply.starts_with("CHEP stands for"), "{reply}");
    let reply = reply_to(
        "maya-okafor",
        "you also mentioned a fellowship after residency, what is that exactly? is it like more school",
    );
    assert!(reply.starts_with("A fellowship is"), "{reply}");
}

#[test]
fn not_knowing_what_a_term_is_asks_for_it_whatever_frames_it() {
    let reply = reply_to(
        "tomasz-nowak",
        "Also, I have to admit I do not know what a postdoc is. Is it a kind of job?",
    );
    assert!(
        reply.starts_with("A temporary research position"),
        "{reply}"
    );
    // What the persona's role at the agency is asks about them, not what the agency is.
    let reply = reply_to(
        "tomasz-nowak",
        "Could you start by telling me what your role at the agency is, and what a normal week looks like?",
    );
    assert!(!reply.starts_with("The agency is"), "{reply}");
}

#[test]
fn what_is_it_points_back_past_a_part_without_a_term() {
    let reply = reply_to(
        "tomasz-nowak",
        "Condensed-matter physics is well over my head, I'm afraid. In plain words, what is it?",
    );
    assert!(
        reply.starts_with("Condensed-matter physics studies"),
        "{reply}"
    );
    let reply = reply_to(
        "sam-whitfield",
        "What even is health informatics? I've never heard of it.",
    );
    assert!(reply.starts_with("The field of how health data"), "{reply}");
}

#[test]
fn quoting_a_term_and_asking_what_they_meant_explains_it() {
    let reply = reply_to(
        "rosa-delgado",
        "When you say health plans, do you mean insurance companies? Why would they care?",
    );
    assert!(
        reply.starts_with("A company that manages Medicaid"),
        "{reply}"
    );
    // A conclusion drawn from the word is not a question about its meaning.
    let reply = reply_to(
        "maya-okafor",
        "so you said your residents, does that mean you're a doctor? what do you do day to day",
    );
    assert!(!reply.starts_with("After medical school"), "{reply}");
}
