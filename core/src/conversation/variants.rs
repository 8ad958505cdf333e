//! Which of a topic's prepared answers to give. A topic's answers often cover different parts
//! of it (Daniel's work and life: his hours, working from home, how he keeps a balance), so
//! Do you work remotely? should get the one about working from home, not the next in line.

use crate::interview::Exchange;
use crate::topic::{Segment, Topic};
use crate::understand::text::{self, is_function_word};
use keys::{groups, ignored, key, number_or, stem};

mod keys;

/// The answers that may be given, a bit each: those `allowed` among the first 32, or all of
/// them when `allowed` leaves none.
pub fn open(answers: &[String], allowed: u32) -> u32 {
    let count = answers.len().clamp(1, 32);
    let every = if count == 32 {
        u32::MAX
    } else {
        (1u32 << count) - 1
    };
    match every & allowed {
        0 => every,
        some => some,
    }
}

/// Whether `words` say a word of `class`, or one of its phrases.
pub fn says_class(words: &[String], class: &[String]) -> bool {
    use crate::lexicon::{has, has_phrase};
    (words.iter()).any(|x| has(class, x))
        || (class.iter()).any(|c| c.contains(' ') && has_phrase(words, c))
}

/// The index of the answer to give: among those not yet given (all of them once every one
/// has been given), the one sharing the most content words with the question (a word itself
/// counts twice a related one); with no word in common, the next in the persona's own order,
/// as before (`given` answers so far).
/// Only the answers in `allowed` (a bit per answer) are given, unless it leaves none.
pub fn pick(
    answers: &[String],
    given_mask: u32,
    given: u32,
    asked: &[(u64, u64)],
    allowed: u32,
) -> usize {
    let count = answers.len().clamp(1, 32);
    let all = open(answers, allowed);
    let fresh = if given_mask & all == all {
        all
    } else {
        all & !given_mask
    };
    // Only worth scoring when there is a choice to make.
    let choices = (0..count).filter(|i| fresh & (1 << i) != 0).count();
    let asked = if choices > 1 { asked } else { &[] };
    let in_order = (given as usize) % count;
    let mut best = (0u32, usize::MAX);
    for i in (0..count).filter(|i| fresh & (1 << i) != 0) {
        let shared = shared(&answers[i], asked);
        // Ties go to the answer next in order, then the earliest.
        let rank = (i + count - in_order) % count;
        if best.1 == usize::MAX || shared > best.0 || shared == best.0 && rank < best.1 {
            best = (shared, rank);
        }
    }
    (best.1 + in_order) % count
}

/// The answers a listener may be given, a bit each. A present or advice answer written for
/// career changers (`replies::changer_cues` in its first sentence) only once the user has
/// said they are changing careers (`replies::changer_words`, in this line or in what they said
/// to introduce themselves) or asks about the situation in the cue's words; one that compares
/// the work with another role (`replies::comparison_cues`) only to a line that compares
/// (`replies::comparing_words`). A present or future answer that grants a point first
/// (`replies::pushback_cues`) only, and then always, to a line that pushes back
/// (`replies::pushback_words`: I read that..., isn't it...).
pub fn allowed(answers: &[String], topic: Topic, words: &[String], earlier: &[Exchange]) -> u32 {
    use crate::lexicon::{has_phrase, replies};
    let (present, future) = (Some(Segment::Present), Some(Segment::Future));
    if !matches!(
        topic.segment(),
        Some(Segment::Present | Segment::Advice | Segment::Future)
    ) {
        return u32::MAX;
    }
    let (mut for_changers, mut comparing, mut conceding) = (0u32, 0u32, 0u32);
    for (i, a) in answers.iter().enumerate().take(32) {
        let kinds = keys::with_summary(a, |s| s.kinds);
        if topic.segment() != future {
            for_changers |= u32::from(kinds & 1) << i;
            comparing |= u32::from(kinds >> 1 & 1) << i;
        }
        if matches!(topic.segment(), s if s == present || s == future) {
            conceding |= u32::from(kinds >> 2 & 1) << i;
        }
    }
    let said = says_class;
    let mut mask = u32::MAX;
    if for_changers != 0 {
        // Asking about the situation itself (why take the pay cut? is it too late?) counts.
        let asks_it = || (replies::changer_cues().iter()).any(|c| has_phrase(words, c));
        let introduced =
            (earlier.iter()).filter(|e| matches!(e.topic, Topic::Introduction | Topic::SmallTalk));
        let changer = said(words, replies::changer_words()) || asks_it() || { introduced }
            .any(|e| said(&text::words(&e.question), replies::changer_words()));
        if !changer {
            mask &= !for_changers;
        }
    }
    if comparing != 0 && !said(words, replies::comparing_words()) {
        mask &= !comparing;
    }
    // An answer that grants a point before its own view (Fair point: layoffs are real...) is
    // for a line that pushes back, and is the one it hears.
    if conceding != 0 {
        mask &= if said(words, replies::pushback_words()) {
            conceding
        } else {
            !conceding
        };
    }
    mask
}

/// What kind of answer `answer` is, from its first sentence (read as bytes, case aside): bit
/// 0 for career changers, bit 1 compares with another role, bit 2 grants a point first.
/// Kept with the text's summary: the gates read every answer of the topic at every reply.
fn kinds_of(answer: &str) -> u8 {
    use crate::lexicon::replies;
    let first = super::phrasing::sentences(answer, 0, 1);
    let any =
        |cues: &[String]| (cues.iter()).any(|c| crate::substr::contains_ignore_case(first, c));
    u8::from(any(replies::changer_cues()))
        | u8::from(any(replies::comparison_cues())) << 1
        | u8::from(concedes(answer)) << 2
}

/// Whether an answer grants a point first: it opens with one of `replies::pushback_cues`.
pub fn concedes(answer: &str) -> bool {
    let opens = |c: &String| (answer.get(..c.len())).is_some_and(|a| a.eq_ignore_ascii_case(c));
    crate::lexicon::replies::pushback_cues().iter().any(opens)
}

/// The question's content words (the first dozen: a long introduction asks for no one part),
/// each as a stem key with its related-word groups.
pub fn asked(question: &[String]) -> Vec<(u64, u64)> {
    question
        .iter()
        .filter(|w| w.len() > 1 && !is_function_word(w) && !ignored(w))
        .take(12)
        .map(|w| key(stem(number_or(w))))
        .map(|k| (k, groups(k)))
        .collect()
}

/// How much of `text` is about what was `asked`: each question word found counts 2, or 1
/// when only a related word is.
pub fn shared(text: &str, asked: &[(u64, u64)]) -> u32 {
    let (same, related) = matches(text, asked);
    2 * same.count_ones() + (related & !same).count_ones()
}

/// The question words (as bits of `asked`) that `text` says word for word.
pub fn found(text: &str, asked: &[(u64, u64)]) -> u32 {
    matches(text, asked).0
}

/// The question words (as bits of `asked`) that `text` says or has a related word for.
pub fn touched(text: &str, asked: &[(u64, u64)]) -> u32 {
    let (same, related) = matches(text, asked);
    same | related
}

/// The question words `text` says, and those it has only a related word for, as bit sets.
fn matches(text: &str, asked: &[(u64, u64)]) -> (u32, u32) {
    if asked.is_empty() {
        return (0, 0);
    }
    keys::with_summary(text, |said| {
        let (mut same, mut related) = (0u32, 0u32);
        for (n, (s, g)) in asked.iter().enumerate() {
            if said.keys.binary_search(s).is_ok() {
                same |= 1 << n;
            } else if g & said.groups != 0 {
                related |= 1 << n;
            }
        }
        (same, related)
    })
}

/// The bit of a given answer, to remember it.
pub fn mark(given_mask: u32, index: usize) -> u32 {
    given_mask | 1u32.checked_shl(index as u32).unwrap_or(0)
}

/// Answers given before this was remembered were given in order: the first `given` of them.
pub fn mask_before_memory(given: u32) -> u32 {
    1u32.checked_shl(given).map_or(u32::MAX, |b| b - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers() -> Vec<String> {
        [
            "About 50 hours most weeks, more before a deadline.",
            "Hybrid: in the office three days, at home on Mondays and Fridays.",
            "Balance is planned: I block mornings and take real holidays.",
        ]
        .map(String::from)
        .to_vec()
    }

    fn q(s: &str) -> Vec<(u64, u64)> {
        asked(&crate::understand::text::words(s))
    }

    #[test]
    fn the_answer_that_matches_the_question_comes_first() {
        assert_eq!(
            pick(&answers(), 0, 0, &q("Do you work from home?"), u32::MAX),
            1
        );
        assert_eq!(
            pick(&answers(), 0, 0, &q("How many hours a week?"), u32::MAX),
            0
        );
        assert_eq!(
            pick(&answers(), 0, 0, &q("How do you keep a balance?"), u32::MAX),
            2
        );
    }

    #[test]
    fn with_nothing_in_common_the_order_is_kept_and_nothing_repeats_early() {
        let a = answers();
        let first = pick(&a, 0, 0, &q("what is it like"), u32::MAX);
        assert_eq!(first, 0);
        let mask = mark(0, 1); // the home answer went first
        assert_eq!(pick(&a, mask, 1, &q("okay"), u32::MAX), 2);
        let mask = mark(mark(mask, 2), 0);
        // All given: the best match again, or the order.
        assert_eq!(pick(&a, mask, 3, &q("and the hours?"), u32::MAX), 0);
        assert_eq!(pick(&a, mask, 4, &q("again?"), u32::MAX), 1);
    }

    #[test]
    fn related_words_count_as_shared() {
        // remotely shares no word with the answers, but sits with hybrid and home.
        assert_eq!(
            pick(&answers(), 0, 0, &q("Do you work remotely?"), u32::MAX),
            1
        );
        assert_eq!(pick(&answers(), 0, 0, &q("any overtime?"), u32::MAX), 0);
        assert_eq!(
            pick(&answers(), 0, 0, &q("what about burnout"), u32::MAX),
            2
        );
    }

    #[test]
    fn the_related_words_list_is_well_formed() {
        let source = include_str!("../../../content/lexicon/related.txt");
        let mut lines = source.lines();
        assert_eq!(lines.next(), Some("# format_version = 1"));
        let groups: Vec<&str> = lines
            .filter(|l| !l.starts_with('#') && !l.starts_with(keys::IGNORE))
            .collect();
        assert!(groups.len() <= 64, "at most 64 groups are read");
        for g in groups {
            assert!(g.split_whitespace().count() >= 2, "a group of one: {g}");
            assert!(
                g.chars()
                    .all(|c| c.is_ascii_lowercase() || " -#".contains(c)),
                "lower case words: {g}"
            );
        }
    }

    #[test]
    fn older_memories_gave_answers_in_order() {
        assert_eq!(mask_before_memory(0), 0);
        assert_eq!(mask_before_memory(2), 0b11);
        assert_eq!(mask_before_memory(40), u32::MAX);
        // The hours were told first, so they are not told again while others remain.
        assert_eq!(
            pick(&answers(), mask_before_memory(1), 1, &q("hours?"), u32::MAX),
            1
        );
    }
}
