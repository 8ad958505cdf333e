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
    if e.kind == ReplyKind::FollowUp {
        // A remark the persona went on from ("that makes sense") follows nothing up.
        return shape::is_follow_up(&e.question) || !crate::conversation::asks_nothing(&e.question);
    }
    let Some(p) = previous else { return false };
    answered(p)
        && ((answered(e) && p.topic == e.topic && outcome_of(e.topic).is_some())
            || (asks(e) && picks_up(&p.reply, &e.question)))
}

/// A question about their work: thanks or a job ask that echo an answer follow nothing up.
fn asks(e: &Exchange) -> bool {
    !social(e.topic) && !is_job_ask(e)
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
