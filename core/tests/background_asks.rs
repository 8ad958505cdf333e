//! "Do I need a PhD for this?", "could someone without a science degree get in?": every
//! persona answers whether someone without its own credentials can get into the work, with
//! the detail kept for that question (`asked-entry-background`, `reveal = "asked"`). Walks
//! 21-29 held some 49 such lines, none answered directly.

mod common;

use common::chat::Chat;

const ID: &str = "asked-entry-background";

/// The exchange for `line`, asked after a short introduction and one ordinary question (a
/// guarded persona keeps its details until the user has shown some thought).
fn ask(persona: &str, line: &str) -> askwell_core::interview::Exchange {
    let mut chat = Chat::with(persona, 30);
    chat.ask_all(&[
        "Hi, thanks for making time. I'm a student and curious about your work.",
        "What does a typical week look like for you, and which part of it matters most?",
    ]);
    chat.ask(line)
}

#[test]
fn every_persona_answers_whether_someone_without_its_credentials_can_get_in() {
    let asks = [
        (
            "daniel-reyes",
            "Would a company hire someone for regulatory work without a science degree?",
        ),
        (
            "maya-okafor",
            "Could someone work with kids' mental health without going to medical school?",
        ),
        (
            "priya-raman",
            "Would a hospital hire a teacher with no clinical background as an educator?",
        ),
        (
            "rosa-delgado",
            "Can people do this work without a college degree?",
        ),
        (
            "sam-whitfield",
            "Is there a way into analytics for someone with no healthcare background?",
        ),
        (
            "tomasz-nowak",
            "Do you need a PhD to get into science policy?",
        ),
    ];
    for (persona, line) in asks {
        let asked = ask(persona, line);
        assert!(
            asked.nuggets.iter().any(|n| n == ID),
            "{persona}: {line}: {}",
            asked.reply
        );
    }
}

#[test]
fn a_word_of_ones_own_background_in_passing_is_not_asking() {
    for (persona, line) in [
        ("sam-whitfield", "Ha, my bootcamp made modeling sound bigger. When a column is empty, who do you ask about it?"),
        ("tomasz-nowak", "How did your science background help you in your first year?"),
        ("daniel-reyes", "What degree did you study, and was it worth it?"),
    ] {
        let asked = ask(persona, line);
        assert!(!asked.nuggets.iter().any(|n| n == ID), "{persona}: {line}: {}", asked.reply);
    }
}
