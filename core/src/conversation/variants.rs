//! Which of a topic's prepared answers to give. A topic's answers often cover different parts
//! of it (Daniel's work and life: his hours, working from home, how he keeps a balance), so
//! Do you work remotely? should get the one about working from home, not the next in line.

use crate::interview::Exchange;
use crate::topic::{Segment, Topic};
use crate::understand::text::{self, is_function_word};

/// Letters compared after a plural s is dropped: remotely and remote match, and so do
/// hours and hour; internship and interview do not.
const STEM: usize = 6;

/// Groups of words about the same part of a topic (`content/lexicon/related.txt`).
/// (Its lines without comments: core/build.rs strips them.)
const RELATED: &str = include_str!(concat!(env!("OUT_DIR"), "/related.txt"));

/// The groups a stem belongs to (by `key`), as a bit set (at most 64 groups are read); 0
/// for none.
fn groups(stem_key: u64) -> u64 {
    static TABLE: std::sync::OnceLock<Vec<(u64, u64)>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t: Vec<(u64, u64)> = Vec::new();
        let lines = RELATED
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(IGNORE) && !l.trim().is_empty());
        for (g, line) in lines.take(64).enumerate() {
            for w in line.split_whitespace() {
                let k = key(stem(w));
                match t.iter_mut().find(|(s, _)| *s == k) {
                    Some(e) => e.1 |= 1 << g,
                    None => t.push((k, 1 << g)),
                }
            }
        }
        crate::small_sort::sort_stable_by(&mut t, |a, b| a.0.cmp(&b.0));
        t
    });
    table
        .binary_search_by(|(k, _)| k.cmp(&stem_key))
        .map_or(0, |i| table[i].1)
}

/// The `ignore:` line of the related words: too common to tell answers apart.
const IGNORE: &str = "ignore:";

fn ignored(word: &str) -> bool {
    // Found once: this runs for every word of every question.
    static LINE: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    LINE.get_or_init(|| {
        RELATED
            .lines()
            .find_map(|l| l.strip_prefix(IGNORE))
            .unwrap_or("")
    })
    .split_whitespace()
    .any(|w| w == word)
}

/// A stem as one number, so stems compare as integers: its first eight bytes, lower-cased.
/// Stems are six letters at most, so for plain words this is exact.
fn key(stem_of_word: &str) -> u64 {
    stem_of_word
        .bytes()
        .take(8)
        .fold(0u64, |k, b| k << 8 | u64::from(b.to_ascii_lowercase()))
}

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
    // Read as bytes, case aside: this runs for every answer of the topic at every reply.
    let says = crate::substr::contains_ignore_case;
    // Each answer's first sentence read once, for both kinds.
    let (mut for_changers, mut comparing, mut conceding) = (0u32, 0u32, 0u32);
    for (i, a) in answers.iter().enumerate().take(32) {
        let first = super::phrasing::sentences(a, 0, 1);
        let any = |cues: &[String]| cues.iter().any(|c| says(first, c));
        if topic.segment() != future {
            for_changers |= u32::from(any(replies::changer_cues())) << i;
            comparing |= u32::from(any(replies::comparison_cues())) << i;
        }
        if matches!(topic.segment(), s if s == present || s == future) {
            conceding |= u32::from(concedes(a)) << i;
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
    let (mut same, mut related) = (0u32, 0u32);
    if asked.is_empty() {
        return (0, 0);
    }
    for t in tokens(text) {
        let t = key(stem(number_or(t)));
        let in_groups = groups(t);
        for (n, (s, g)) in asked.iter().enumerate() {
            if *s == t {
                same |= 1 << n;
            } else if g & in_groups != 0 {
                related |= 1 << n;
            }
        }
    }
    (same, related)
}

/// The bit of a given answer, to remember it.
pub fn mark(given_mask: u32, index: usize) -> u32 {
    given_mask | 1u32.checked_shl(index as u32).unwrap_or(0)
}

/// Answers given before this was remembered were given in order: the first `given` of them.
pub fn mask_before_memory(given: u32) -> u32 {
    1u32.checked_shl(given).map_or(u32::MAX, |b| b - 1)
}

/// The words of an answer as written (case aside).
/// A hyphenated word whole (on-call, as the related groups write it) and each of its parts
/// (fast-track gives fast and track, as a question's words are split).
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|t| !t.is_empty())
        .flat_map(|t| {
            let parts = t
                .contains('-')
                .then(|| t.split('-').filter(|p| !p.is_empty()));
            std::iter::once(t).chain(parts.into_iter().flatten())
        })
}

/// A word written with digits as "#", the way related.txt names any number.
fn number_or(w: &str) -> &str {
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        "#"
    } else {
        w
    }
}

fn stem(w: &str) -> &str {
    let w = match w.strip_suffix('s') {
        Some(rest) if rest.len() > 2 => rest,
        _ => w,
    };
    w.char_indices().nth(STEM).map_or(w, |(i, _)| &w[..i])
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
            .filter(|l| !l.starts_with('#') && !l.starts_with(IGNORE))
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
