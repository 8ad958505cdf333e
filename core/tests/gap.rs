//! A line that takes up what the persona said and asks what the script does not hold gets
//! the persona's own words for the gap (`lines.gap`), not an unrelated answer told as if it
//! fitted (walk twenty-two: 34 of 71 such lines were answered with something else).

mod common;

use common::chat::Chat;

/// A question on the persona's first answer about something no script here says.
const ABSENT: &str =
    "You mentioned that earlier. Which spreadsheet templates did the auditors reject in 1987?";

#[test]
fn a_pickup_asking_what_the_script_lacks_gets_a_gap_line() {
    for id in common::persona_ids() {
        let mut chat = Chat::with(&id, 30);
        chat.ask("Hi, I'm Ana, a junior studying economics. Thanks for making time.");
        chat.ask("What do you do day to day?");
        let gap = chat.ask(ABSENT);
        assert!(
            chat.persona.lines.gap.contains(&gap.reply),
            "{id}: {}",
            gap.reply
        );
        assert!(gap.nuggets.is_empty(), "{id}");
    }
}

#[test]
fn the_untold_answer_is_still_there_to_be_asked_for() {
    for id in common::persona_ids() {
        let mut direct = Chat::with(&id, 30);
        direct.ask("Hi, I'm Ana, a junior studying economics. Thanks for making time.");
        direct.ask("What do you do day to day?");
        let path = direct.ask("How did you get into this field?");

        let mut after_gap = Chat::with(&id, 30);
        after_gap.ask("Hi, I'm Ana, a junior studying economics. Thanks for making time.");
        after_gap.ask("What do you do day to day?");
        after_gap.ask(ABSENT);
        let later = after_gap.ask("How did you get into this field?");
        assert_eq!(later.topic, path.topic, "{id}");
        assert!(
            !after_gap.persona.lines.gap.contains(&later.reply),
            "{id}: {}",
            later.reply
        );
    }
}

#[test]
fn a_pickup_the_script_answers_is_answered() {
    for id in common::persona_ids() {
        let mut chat = Chat::with(&id, 30);
        chat.ask("Hi, I'm Ana, a junior studying economics. Thanks for making time.");
        chat.ask("How did you get into this field?");
        let more = chat.ask(
            "You mentioned your path into the field. What did your path look like after that?",
        );
        assert!(
            !chat.persona.lines.gap.contains(&more.reply),
            "{id}: {}",
            more.reply
        );
    }
}
