//! Asking for more time near the end (would it be okay to go ten minutes over? do u have a few
//! more mins?): the persona agrees, a busy one to a short extension, and the agreed time
//! grows as if the user had extended it (`Interview::apply`).

use super::time_remarks::pick;
use super::{Memory, Reply, ReplyKind, TimeContext};
use crate::lexicon::{has, replies};
use crate::persona::{Persona, Temperament};
use crate::topic::Topic;
use crate::understand::text::{sentences, words};
use crate::understand::Understanding;

/// Minutes a persona adds when asked: a busy one gives five.
const MORE_MINUTES: u32 = 10;
const BUSY_MORE_MINUTES: u32 = 5;

/// The reply to a request for more time, or `None` if the line is not one. Only in the second
/// half of the agreed time: earlier, more free time now is about the work.
pub(super) fn more_time(
    persona: &Persona,
    memory: &mut Memory,
    line: &str,
    time: TimeContext,
) -> Option<Reply> {
    if time.agreed_s <= 0.0 || time.early() || !asks_for_more_time(line) {
        return None;
    }
    let busy = persona.temperament == Temperament::Busy;
    let (lines, minutes) = if busy {
        (replies::more_time_busy(), BUSY_MORE_MINUTES)
    } else {
        (replies::more_time_yes(), MORE_MINUTES)
    };
    Some(Reply {
        text: pick(lines, memory),
        topic: Topic::SmallTalk,
        kind: ReplyKind::Answer,
        nuggets: Vec::new(),
        ends_interview: false,
        more_minutes: minutes,
        understood: Understanding::default(),
    })
}

/// Questions whose words ask for more of the time: one of `more_time` (more, extra, over...)
/// with one of `time_words` (minutes, time...) in each question sentence. A line that asks
/// something else as well is answered as usual, so the other question is not lost.
fn asks_for_more_time(line: &str) -> bool {
    let sentences = sentences(line);
    let mut questions = sentences.iter().filter(|s| s.ends_with('?')).peekable();
    questions.peek().is_some()
        && questions.all(|s| {
            let w = words(s);
            let any = |class: &[String]| w.iter().any(|x| has(class, x));
            any(replies::more_time()) && any(replies::time_words())
        })
}
