//! Question shape, by grammar rather than by model: closed (yes/no) questions, two questions
//! in one turn, "tell me more", and the short answers that pick an option after "do you mean
//! A or B?". General English rules only: no rule exists for one sentence.

mod choice;
mod closed;
mod fragment;
mod indirect;
mod requests;

pub use closed::{closed_part, is_closed};

use super::classes::{self, aux, fillers, subjects, wh};
use super::text::{sentences, words, words_kept};

/// Sentences that ask something: ending in `?`, or (texting without punctuation) opening
/// like a question. After a marked question, an unmarked sentence that opens like one asks
/// too ("how much do they make? and is it remote"). Each with its text, a slice of `line`.
fn questions(line: &str) -> Vec<(&str, std::rc::Rc<[String]>)> {
    let mut asked = false;
    let mut out = Vec::new();
    let all = sentences(line);
    let any_marked = all.iter().any(|s| s.ends_with('?'));
    for s in all {
        let w = words_kept(s);
        let marked = s.ends_with('?');
        // "What do you do? Like, what's the actual job?" asks the first question again.
        let again = asked && restates(&w);
        if !again && (marked || ((asked || !any_marked) && question_start(&w).is_some())) {
            out.push((s, w));
        }
        asked |= marked;
    }
    out
}

/// Whether a sentence opens by asking the one before again ("like, ...", "I mean ..."; _
/// joins a cue's words).
fn restates(w: &[String]) -> bool {
    (classes::restating().iter())
        .any(|c| c.split('_').count() < w.len() && c.split('_').zip(w).all(|(c, x)| c == x))
}

/// Where the question proper starts: the first clause (comma-separated) that opens, after
/// fillers, with a wh-word or an auxiliary. Returns the index into `w`.
pub(crate) fn question_start(w: &[String]) -> Option<usize> {
    let mut i = 0;
    while i < w.len() && fillers().contains(&w[i].as_str()) {
        i += 1;
    }
    let first = w.get(i)?.as_str();
    (wh().contains(&first) || aux().contains(&first)).then_some(i)
}

/// Whether a clause asks: it opens as a question, marked "?" or inverted after its wh-word
/// or noun ("where do you...", "what skills do I..."; not "how you got there", a list item),
/// or it embeds one after a word of asking ("I was wondering how you got there").
pub(crate) fn asks(w: &[String], marked: bool) -> bool {
    let is = |i: usize, class: &[&str]| w.get(i).is_some_and(|x| class.contains(&&**x));
    let inverted = |i: usize| is(i + 1, aux()) || !is(i + 1, subjects()) && is(i + 2, aux());
    question_start(w).is_some_and(|i| marked || wh().contains(&&*w[i]) && inverted(i))
        || indirect::embeds_wh(w)
}

/// The questions of a turn that asks two or more, each as its own words ("What's your day
/// like, and are you hiring?" gives both halves); empty when the turn asks one.
pub fn question_parts(line: &str) -> Vec<Vec<String>> {
    question_texts(line).into_iter().map(words).collect()
}

/// The same questions as typed: slices of `line` without the commas and dashes around them
/// or the word joining them (and, also, plus), so the coach can suggest the first alone.
pub fn question_texts(line: &str) -> Vec<&str> {
    let mut texts = Vec::new();
    let left_around = [' ', ',', ';', ':', '-', '–', '—'];
    for (sentence, q) in questions(line) {
        if q.len() < 2 && !q.first().is_some_and(|w| wh().contains(&w.as_str())) {
            continue; // "Really?", "Right?"
        }
        let mut from = 0;
        for joint in inner_question_joints(&q) {
            // Written-out contractions add words but never a joining word: the k-th joining
            // word among the words is the k-th as typed.
            let k = q[..joint].iter().filter(|w| **w == q[joint]).count();
            let Some(at) = nth_word(sentence, &q[joint], k) else {
                return Vec::new();
            };
            texts.push(sentence[from..at].trim_matches(left_around));
            from = at + q[joint].len();
        }
        texts.push(sentence[from..].trim_matches(left_around));
    }
    if texts.len() > 1 {
        texts
    } else {
        Vec::new()
    }
}

/// Byte offset of the `k`-th (from 0) whole word `word`, a lower-case ASCII joining word.
fn nth_word(text: &str, word: &str, k: usize) -> Option<usize> {
    let lower = text.to_ascii_lowercase(); // the same byte offsets
    let outside = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '\'');
    let whole = |i: usize| {
        outside(lower[..i].chars().next_back()) && outside(lower[i + word.len()..].chars().next())
    };
    // Each match, left to right, without overlaps (as `match_indices`).
    let (mut from, mut k) = (0, k);
    while let Some(at) = crate::substr::find(&lower[from..], word) {
        let i = from + at;
        if whole(i) {
            if k == 0 {
                return Some(i);
            }
            k -= 1;
        }
        from = i + word.len();
    }
    None
}

/// Where a second question starts inside one sentence: the "and" of "... and how did you
/// ...", "... and do you ..." (not of "between what you do and what they do").
fn inner_question_joints(w: &[String]) -> Vec<usize> {
    let mut joints = Vec::new();
    let mut last_split = 0;
    for i in 1..w.len().saturating_sub(2) {
        if !matches!(w[i].as_str(), "and" | "also" | "plus") {
            continue;
        }
        let (next, after) = (w[i + 1].as_str(), w[i + 2].as_str());
        // "Could we talk about your role, how you moved, and where the field is going?": wh
        // clauses in statement order after a verb of telling or hearing are its objects.
        let listed = (classes::subjects().contains(&after)
            || classes::noun_openers().contains(&after))
            && w[..i].iter().any(|x| {
                classes::request_verbs().contains(&x.as_str())
                    || classes::perceiving().contains(&x.as_str())
            });
        let paired = (w[..i].iter().rev().take_while(|x| *x != "and")).any(|x| x == "between");
        let starts_question =
            (wh().contains(&next) && i - last_split >= 3 && after != "not" && !listed && !paired)
                || (aux().contains(&next) && classes::second_subjects().contains(&after));
        if starts_question {
            joints.push(i);
            last_split = i;
        }
    }
    joints
}

/// "Tell me more", "why?", "for example?": asks to go deeper on what was just said.
pub fn is_follow_up(line: &str) -> bool {
    let w = words_kept(line);
    if w.is_empty() || w.len() > 12 {
        return false;
    }
    // Cues are written with _ for the spaces around and between their words; a $ ends one.
    let text = format!("_{}_$", w.join("_"));
    // Each cue starts at a word's edge (a test holds them to it): compared only there.
    let edges: Vec<usize> = text.match_indices('_').map(|(i, _)| i).collect();
    let at_edge = |c: &&str| edges.iter().any(|&i| text[i..].starts_with(*c));
    classes::follow_up_cues().iter().any(at_edge) || (w.len() == 1 && w[0] == "why")
}

/// A question about what the speaker just said ("does that work for you?", "is that
/// okay?"): its subject points back, so it asks about the plan, not about the work.
pub(crate) fn points_back(w: &[String]) -> bool {
    question_start(w).is_some_and(|i| {
        let subject = w.get(i + 1).map_or("", String::as_str);
        crate::lexicon::replies::leans_back(subject) && w.len() - i <= 6
    })
}

/// Which of the two offered options a short reply picks, if it is a short choice at all.
/// `Some(0)` the first, `Some(1)` the second; `None` when the line reads as a new question.
pub fn choice(line: &str) -> Option<usize> {
    let w = words(line);
    let asks = line.trim_end().ends_with('?') || question_start(&w).is_some();
    if w.is_empty() || w.len() > 6 || asks && w.len() > 3 {
        return None;
    }
    let has = |xs: &[&str]| w.iter().any(|x| xs.contains(&x.as_str()));
    if has(classes::second_choice()) {
        Some(1)
    } else if has(classes::first_choice()) {
        Some(0)
    } else {
        None
    }
}

/// A short reply that is not a question of its own: a topic word, or a wh-clause without an
/// auxiliary ("how you got in" names an option; "how did you get in" asks anew).
pub fn is_short_answer(line: &str) -> bool {
    let w = words(line);
    if w.is_empty() || w.len() > 6 {
        return false;
    }
    match question_start(&w) {
        None => true,
        Some(i) => {
            // "which organizations would you recommend" asks anew: any auxiliary after.
            let asks = w[i + 1..].iter().any(|x| aux().contains(&x.as_str()));
            wh().contains(&w[i].as_str()) && !asks
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::cases;

    #[test]
    fn closed_questions_by_shape() {
        let file = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/cases/shape_closed.tsv"
        ));
        for (line, expected) in cases(file) {
            match expected {
                "closed" => assert!(is_closed(line), "{line}"),
                "open" => assert!(!is_closed(line), "{line}"),
                _ => panic!("{line}: `closed` or `open`, not `{expected}`"),
            }
        }
    }

    #[test]
    fn double_questions_choices_and_follow_ups() {
        let file = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/cases/shape_turns.tsv"
        ));
        for (line, expected) in cases(file) {
            match expected {
                "double" => assert!(!question_parts(line).is_empty(), "{line}"),
                "one question" => assert!(question_parts(line).is_empty(), "{line}"),
                "picks first" => assert_eq!(choice(line), Some(0), "{line}"),
                "picks second" => assert_eq!(choice(line), Some(1), "{line}"),
                "picks neither" => assert_eq!(choice(line), None, "{line}"),
                "short answer" => assert!(is_short_answer(line), "{line}"),
                "not a short answer" => assert!(!is_short_answer(line), "{line}"),
                "follow-up" => assert!(is_follow_up(line), "{line}"),
                "not a follow-up" => assert!(!is_follow_up(line), "{line}"),
                _ => panic!("{line}: unknown expectation `{expected}`"),
            }
        }
    }
}
