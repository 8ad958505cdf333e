//! Which lines follow up on an answer, and which only ask an earlier question again.

use super::review::{is_job_ask, social};
use super::{answered, outcome_of};
pub(super) use crate::conversation::pickup::picks_up;
#[cfg(test)]
use crate::conversation::pickup::stem;
use crate::conversation::pickup::{content, cued};
use crate::conversation::ReplyKind;
use crate::interview::Exchange;
use crate::understand::{shape, text};

/// The line follows up on what the persona said: the pairwise rule against the line just
/// before, or a cued line ("you mentioned X") naming words of any earlier answer.
pub(super) fn follows_up(earlier: &[Exchange], e: &Exchange) -> bool {
    is_follow_up(earlier.last(), e)
        || (asks(e)
            && cued(&e.question)
            && earlier
                .iter()
                .any(|p| answered(p) && picks_up(&p.reply, &e.question)))
}

/// A `FollowUp` reply, an answered line on the topic the previous answer was about, or one
/// that picks up that answer's own words. How the persona took the line does not matter for
/// the last: a question naming the answer's words follows up even when the persona asked
/// "do you mean A or B?".
pub(super) fn is_follow_up(previous: Option<&Exchange>, e: &Exchange) -> bool {
    // What a web search answers follows up on nothing they said.
    if e.flags.contains(&crate::flags::Flag::GenericQuestion) {
        return false;
    }
    if e.kind == ReplyKind::FollowUp {
        // The conversation took the line as a follow-up: it is one when it asks something,
        // with or without its question mark. A remark the persona went on from (that makes
        // sense) follows nothing up.
        return reads_as_question(&e.question);
    }
    let Some(p) = previous else { return false };
    // Staying on the topic follows up only with a question that needed no note: another
    // yes/no or web-search question on the same topic is the same mistake again.
    answered(p)
        && ((answered(e)
            && p.topic == e.topic
            && outcome_of(e.topic).is_some()
            && e.flags.is_empty())
            || (asks(e) && (picks_up(&p.reply, &e.question) || ties_back(p, e))))
}

/// A line that ties itself to the answer just given (an opening of coach.txt ties_back) and
/// names a word that answer brought in (not one of the question it answered) or stays on its
/// outcome; or a short question about the thing just named (coach.txt about_that).
fn ties_back(p: &Exchange, e: &Exchange) -> bool {
    let Some(outcome) = outcome_of(p.topic) else {
        return false;
    };
    let line = text::normalize(&e.question);
    let line = line.trim_end_matches(['?', '.', '!', ' ']);
    let has = |phrases: &[String], at_end: bool| {
        phrases.iter().any(|x| match at_end {
            true => line.ends_with(x.as_str()),
            false => line.starts_with(x.as_str()) && line[x.len()..].starts_with(' '),
        })
    };
    // What was that like? answered with another topic got no follow-up: its words name
    // nothing, so only the persona's reading ties it to the answer (the opening and the
    // words the answer brought in still may).
    let misread = e.kind == ReplyKind::Answer && e.topic != p.topic;
    if has(crate::lexicon::about_that(), true) && !misread {
        return true;
    }
    if !has(crate::lexicon::ties_back(), false) {
        return false;
    }
    let (said, before) = (content(&p.reply, 3), content(&p.question, 3));
    let brought_in = |w: &String| said.contains(w) && !before.contains(w);
    content(&e.question, 3).iter().any(brought_in) || outcome_of(e.topic) == Some(outcome)
}

/// The line asks something, texted without its question mark too: a cue (tell me more), a
/// sentence that opens as a question, a question word and an auxiliary later in a sentence
/// (the sleep lab sounds cool how did that go), or a short question about the answer at its
/// end (coach.txt about_that).
pub(super) fn reads_as_question(line: &str) -> bool {
    use crate::understand::classes::{aux, wh};
    if shape::is_follow_up(line) || !crate::conversation::asks_nothing(line) {
        return true;
    }
    let said = text::normalize(line);
    let said = said.trim_end_matches(['.', '!', ' ']);
    let ends_asking = crate::lexicon::about_that().iter().any(|x| {
        said.strip_suffix(x.as_str())
            .is_some_and(|before| before.is_empty() || before.ends_with(' '))
    });
    ends_asking
        || text::sentences(line).iter().any(|s| {
            let w = text::words(s);
            w.windows(2)
                .any(|p| wh().contains(&p[0].as_str()) && aux().contains(&p[1].as_str()))
        })
}

/// A question about their work: thanks, a job ask or a web-search question that echo an
/// answer follow nothing up.
fn asks(e: &Exchange) -> bool {
    !social(e.topic) && !is_job_ask(e) && !e.flags.contains(&crate::flags::Flag::GenericQuestion)
}

/// The line asks again a question asked before ("Ask again" on a planned question): the same
/// words of substance, give or take one in five. A bare "Tell me more" is about the latest
/// answer, so it only repeats when said twice in a row.
pub(super) fn repeats(earlier: &[Exchange], e: &Exchange) -> bool {
    if social(e.topic) {
        return false;
    }
    if shape::is_follow_up(&e.question) {
        return earlier
            .last()
            .is_some_and(|p| text::normalize(&p.question) == text::normalize(&e.question));
    }
    earlier
        .iter()
        .any(|p| !social(p.topic) && same_question(&p.question, &e.question))
}

/// Near-identical questions: four in five of their content words shared (all words, when one
/// has none).
pub(crate) fn same_question(a: &str, b: &str) -> bool {
    let (x, y) = (content(a, 1), content(b, 1));
    if x.is_empty() || y.is_empty() {
        return text::normalize(a) == text::normalize(b);
    }
    let shared = x.iter().filter(|w| y.contains(w)).count();
    5 * 2 * shared >= 4 * (x.len() + y.len())
}

#[cfg(test)]
#[path = "follow_up_tests.rs"]
mod tests;
