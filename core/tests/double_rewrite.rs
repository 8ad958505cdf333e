//! The coach's rewrite for a double question: the first question alone, as typed.

use askwell_core::flags::{explain, Flag};
use askwell_core::topic::Topic;
use askwell_core::understand::shape;

#[test]
fn a_double_question_s_rewrite_keeps_only_the_first() {
    // From a walk-through: the rewrite repeated the whole line when the second question
    // opened with "could" after "and".
    let line = "What do you like about the work, and could you say more about the hours?";
    let notes = explain(line, Topic::Rewards, &[Flag::DoubleQuestion], &[]);
    assert_eq!(
        notes[0].rewrite,
        "What do you like about the work? (then ask the second once they've answered)"
    );
}

#[test]
fn a_double_question_s_rewrite_is_its_first_question_as_typed() {
    // Walk-through 6: the rewrite repeated the whole turn when the second question had no
    // question mark, followed one without a capital, or was joined by ", and".
    let file = include_str!("cases/double_first.tsv");
    let cases = file
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    for case in cases {
        let (line, first) = case.split_once('\t').expect("a tab");
        assert!(
            !shape::question_parts(line).is_empty(),
            "not double: {line}"
        );
        let notes = explain(line, Topic::Path, &[Flag::DoubleQuestion], &[]);
        let wanted = format!("{first} (then ask the second once they've answered)");
        assert_eq!(notes[0].rewrite, wanted, "{line}");
        // The reason quotes both questions, not only the general why.
        assert_ne!(notes[0].reason, Flag::DoubleQuestion.why(), "{line}");
    }
}

#[test]
fn a_double_question_without_a_clean_cut_is_never_suggested_again_whole() {
    // Flags are stored with the exchange; a line the grammar no longer splits gets the
    // topic's own question, not itself back as the suggestion.
    let line = "What does a normal week look like for you?";
    let notes = explain(line, Topic::TypicalDay, &[Flag::DoubleQuestion], &[]);
    assert_ne!(notes[0].rewrite, line);
    assert_eq!(
        notes[0].rewrite,
        "What does a typical week look like for you?"
    );
}

#[test]
fn a_question_said_again_in_other_words_is_one_question() {
    // Walk-through 14: "what do you actually do? Like what's your job?" was flagged as two
    // questions. A sentence opening with "like", "I mean", "as in" asks the one before again
    // (or narrows it to a guess, which the closed-question check reads on its own). The first
    // line was a double-question case of walk-through 6 until this rule.
    for line in [
        "you said fridays are for actual building - what are you building right now? like is it the readmission model?",
        "what do you actually do? Like what's your job?",
        "How did you get started? I mean, how did you get into this field at all?",
        "What's the hardest part? As in, what wears you down?",
    ] {
        assert!(shape::question_parts(line).is_empty(), "double: {line}");
    }
    // A second question that does not restate is still a second question.
    let two = "What's your day like? And how did you get started?";
    assert_eq!(shape::question_parts(two).len(), 2);
}
