//! Walk 40: "how many kids in the US need a child psychiatrist but can't get one?" and "how
//! much does the government spend on medical device research?" got salary ranges. The model
//! reads quantity words as pay, and a corpus of quantity questions moved the job-ask boundary
//! when trained on (NOTES section 5). Every one of the corpus's 756 pay lines says a word of
//! pay (`pay_stems` in grammar.txt), so a line that says none is not read as pay: not by the
//! model, nor by the persona's words, nor offered in a "did you mean" menu.

mod common;

use askwell_core::interview::Exchange;
use askwell_core::topic::Topic;
use common::chat::Chat;

/// `line` asked of persona `id` right after an introduction: the practice and its exchange.
fn asked_after_intro(id: &str, line: &str) -> (Chat, Exchange) {
    let mut c = Chat::with(id, 30);
    c.ask("Hi, I'm Ana, a junior studying biology. Thanks for making time.");
    let e = c.ask(line);
    (c, e)
}

#[test]
fn quantities_that_are_not_pay_are_not_read_as_pay() {
    let lines = [
        "how many kids in the US need a child psychiatrist but can't get one?",
        "how much does the government spend on research every year?",
        "how many people are on your team?",
        "how much of your week goes to meetings?",
    ];
    for id in common::persona_ids() {
        for line in lines {
            let (c, e) = asked_after_intro(&id, line);
            assert_ne!(e.topic, Topic::Compensation, "{id}: {line}: {}", e.reply);
            assert!(
                !e.reply.contains("pay and benefits"),
                "{id}: {line}: {}",
                e.reply
            );
            let ranked = c.matcher.understand(line).ranked;
            assert!(
                ranked.iter().all(|r| r.0 != Topic::Compensation),
                "{id}: {line}"
            );
        }
    }
}

#[test]
fn pay_said_in_other_words_is_still_pay() {
    let lines = [
        "what do new people start at per hour around here?",
        "roughly what range should I expect as a new grad?",
        "is it true that the first few years are underpaid?",
        "what's the salary like?",
    ];
    for id in common::persona_ids() {
        for line in lines {
            let (_, e) = asked_after_intro(&id, line);
            assert_eq!(e.topic, Topic::Compensation, "{id}: {line}: {}", e.reply);
        }
    }
}
