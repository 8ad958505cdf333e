//! Plain text helpers for replies: the first sentences of an answer, and how the persona
//! names a topic when asking which one the user meant.

use crate::interview::Exchange;
use crate::topic::Topic;

/// The first `n` sentences of a text.
pub(super) fn first_sentences(text: &str, n: usize) -> String {
    match sentence_ends(text, n).get(n.saturating_sub(1)) {
        Some(&end) if n > 0 => text[..end].to_string(),
        _ => text.to_string(),
    }
}

/// A short recap of an answer already given: its first sentence, and the next when the
/// first is too short to stand for the answer.
pub(super) fn recap(text: &str) -> &str {
    let one = sentences(text, 0, 1);
    if crate::timing::word_count(one) >= 12 {
        one
    } else {
        sentences(text, 0, 2)
    }
}

/// Sentences `from` (counted from 0) up to but not including `to` of a text, trimmed; empty
/// when the text has no sentence `from`. The last sentence may lack its final mark.
pub(super) fn sentences(text: &str, from: usize, to: usize) -> &str {
    let ends = sentence_ends(text, to.max(from));
    let bound = |n: usize| match n {
        0 => 0,
        n => ends.get(n - 1).copied().unwrap_or(text.len()),
    };
    text[bound(from)..bound(to.max(from))].trim()
}

/// How many of `text`'s first sentences an earlier reply already said word for word: a
/// guarded persona gives an answer a sentence at a time, and never says one again.
pub(super) fn said_before<'a>(text: &str, earlier: impl Iterator<Item = &'a Exchange>) -> usize {
    let replies: Vec<&str> = earlier.map(|e| e.reply.as_str()).collect();
    if replies.is_empty() {
        return 0;
    }
    (crate::understand::text::sentences(text).into_iter())
        .take_while(|s| replies.iter().any(|r| crate::substr::contains(r, s)))
        .count()
}

/// Where each sentence of `text` ends (byte offsets just past its final mark), split as
/// the user's lines are (`understand::text::sentences`).
/// Only the first `limit` are found: most callers want one or two of a long answer.
fn sentence_ends(text: &str, limit: usize) -> Vec<usize> {
    let base = text.as_ptr() as usize;
    crate::understand::text::sentences_lazily(text)
        .take(limit)
        .map(|s| s.as_ptr() as usize - base + s.len())
        .collect()
}

/// What a yes/no question on `topic` is answered with first, if its answer is the same
/// whatever its other words (Do you like your job: yes; Is the work stressful: at times; Is
/// the field growing: yes; any other question on where it is going: nobody knows for sure),
/// one of `replies.txt`'s in turn.
pub(super) fn yes_no_lead(topic: Topic, turn: u32, words: &[String]) -> Option<&'static str> {
    use crate::lexicon::{has, replies};
    // A line about the user (I got a B minus. Is that really bad?) is not asking whether
    // the work is hard: a stock yes would answer their worry (walk-through 21).
    if words.iter().any(|w| has(replies::self_words(), w)) {
        return None;
    }
    let leads = match topic {
        Topic::Rewards => replies::yes_rewarding(),
        Topic::Challenges => replies::yes_hard(),
        // Whether the field is growing: every persona's field is, so the answer leads with it.
        Topic::Trends if words.iter().any(|w| has(replies::growth_words(), w)) => {
            replies::yes_growing()
        }
        Topic::Trends => replies::trend_lead(),
        _ => return None,
    };
    let lead = leads.get(turn as usize % leads.len().max(1))?;
    Some(lead.as_str())
}

/// Whether the line also asks an open question (a wh-word then an auxiliary: wait u were a
/// band teacher?? how did u switch), so a yes/no part in it does not make the answer brief.
pub(super) fn asks_openly(words: &[String]) -> bool {
    use crate::understand::classes::{aux, wh};
    (words.windows(2)).any(|p| wh().contains(&p[0].as_str()) && aux().contains(&p[1].as_str()))
}

/// A brief answer to a yes/no question: the first two sentences, unless a later sentence is
/// the one about what was asked ("Do you get to work remotely?" and "...I'm hybrid: on site
/// Tuesday and Thursday..."): then that sentence and the next.
pub(super) fn brief(text: &str, asked: &[(u64, u64)]) -> String {
    let ends = sentence_ends(text, usize::MAX);
    let mut start = 0;
    let sentences: Vec<(usize, usize)> = ends
        .iter()
        .map(|&end| {
            let s = (start, end);
            start = end;
            s
        })
        .collect();
    let score = |&(a, b): &(usize, usize)| super::variants::shared(&text[a..b], asked);
    let lead = sentences.iter().take(2).map(score).max().unwrap_or(0);
    let leans_back = |&(a, b): &(usize, usize)| {
        crate::lexicon::replies::leans_back(&text[a..b]) || opens_on_a_reference(&text[a..b])
    };
    let later = sentences
        .iter()
        .enumerate()
        .skip(2)
        .filter(|(_, s)| !leans_back(s))
        .map(|(i, s)| (score(s), i))
        .filter(|(sc, _)| *sc > lead)
        .max_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    match later {
        Some((_, i)) => {
            let from = sentences[i].0;
            let to = sentences.get(i + 1).map_or(sentences[i].1, |s| s.1);
            text[from..to].trim().to_string()
        }
        None => first_sentences(text, 2),
    }
}

/// A sentence whose short opening clause has a word of `points_back` ("Without it,",
/// "Because of that,", "Since then,"): it leans on the one before as well.
fn opens_on_a_reference(sentence: &str) -> bool {
    let Some((opening, _)) = sentence.split_once(',') else {
        return false;
    };
    let words = crate::understand::text::words(opening);
    let refers = |w: &String| crate::lexicon::has(crate::lexicon::replies::points_back(), w);
    words.len() <= 3 && words.iter().any(refers)
}

/// How the persona refers to a topic when asking which one the user meant.
pub fn about(topic: Topic) -> &'static str {
    match topic {
        Topic::Introduction => "a bit about what you're hoping to get from today",
        Topic::TypicalDay => "what my days actually look like",
        Topic::Responsibilities => "what I'm responsible for",
        Topic::Organization => "how my organization works",
        Topic::Rewards => "what I find rewarding",
        Topic::Challenges => "what's hard about the job",
        Topic::Skills => "the skills the job needs",
        Topic::Education => "my education and training",
        Topic::Path => "how I got into this field",
        Topic::JobSearch => "how I found and got this job",
        Topic::Alternatives => "what else I might have done",
        Topic::Trends => "where the field is heading",
        Topic::Advancement => "where a role like mine can lead",
        Topic::GeneralAdvice => "my advice for someone in your position",
        Topic::Contacts => "other people you could talk to",
        Topic::Organizations => "professional organizations worth joining",
        Topic::Resources => "things to read or follow",
        Topic::Application => "how to make your application stand out",
        Topic::Thanks => "wrapping up",
        Topic::KeepInTouch => "staying in touch",
        Topic::SmallTalk => "how things are going",
        Topic::Compensation => "pay and benefits",
        Topic::WorkLife => "hours and work-life balance",
        Topic::AnythingElse => "anything we haven't covered",
        Topic::JobAsk => "openings",
        Topic::None => "something else",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentences_stops_at_sentence_ends() {
        assert_eq!(first_sentences("One. Two! Three?", 2), "One. Two!");
        assert_eq!(
            first_sentences("Dr. Lee said 3.5 is fine", 1),
            "Dr. Lee said 3.5 is fine"
        );
        assert_eq!(first_sentences("No end", 1), "No end");
    }

    #[test]
    fn a_brief_answer_keeps_the_sentence_about_the_question() {
        let text =
            "Pretty reasonable. About 42 hours. I'm hybrid: home three days. The rest on site.";
        let q = |s: &str| super::super::variants::asked(&crate::understand::text::words(s));
        assert_eq!(
            brief(text, &q("Do you get to work remotely?")),
            "I'm hybrid: home three days. The rest on site."
        );
        assert_eq!(
            brief(text, &q("Are the hours long?")),
            "Pretty reasonable. About 42 hours."
        );
        assert_eq!(brief("One. Two.", &q("remote?")), "One. Two.");
        // A list's later item leans on what came before it: never the start of a brief answer.
        let list =
            "Three things. First, plain words. Second, teaching, real teaching. Third, design.";
        assert_eq!(
            brief(list, &q("What about teaching?")),
            first_sentences(list, 2)
        );
    }

    #[test]
    fn every_topic_has_a_description() {
        for t in Topic::all() {
            assert!(!about(t).is_empty());
        }
    }
}
