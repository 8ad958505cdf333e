//! Asking for more time near the end (would it be okay to go ten minutes over? do u have a few
//! more mins?): the persona agrees, a busy one to a short extension, and the agreed time
//! grows as if the user had extended it (`Interview::apply`).

use super::intents::wh_question;
use super::time_remarks::pick;
use super::{Memory, Reply, ReplyKind, TimeContext};
use crate::lexicon::{has, replies};
use crate::persona::{Persona, Temperament};
use crate::topic::Topic;
use crate::understand::text::{sentences, words};

/// Minutes a persona adds when asked: a busy one gives five.
const MORE_MINUTES: u32 = 10;
const BUSY_MORE_MINUTES: u32 = 5;
/// Minutes left at which the persona's own time check would come.
const NEAR_END_MINUTES: f64 = 5.0;

/// The reply to a request for more time, or `None` if the line is not one. Only in the second
/// half of the agreed time: earlier, more free time now is about the work.
pub(super) fn more_time(
    persona: &Persona,
    memory: &mut Memory,
    words: &[String],
    line: &str,
    time: TimeContext,
) -> Option<Reply> {
    // The line's words rule most lines out before its sentences are read.
    let any = |class: &[String]| words.iter().any(|x| has(class, x));
    let may = any(replies::more_time()) && any(replies::time_words());
    if time.agreed_s <= 0.0 || time.early() || !may || !asks_for_more_time(line) {
        return None;
    }
    let busy = persona.temperament == Temperament::Busy;
    let (lines, minutes) = if busy {
        (replies::more_time_busy(), BUSY_MORE_MINUTES)
    } else {
        (replies::more_time_yes(), MORE_MINUTES)
    };
    let text = pick(lines, memory);
    Some(Reply {
        more_minutes: minutes,
        keeps_segment: true,
        ..Reply::new(text, Topic::SmallTalk, ReplyKind::Answer)
    })
}

/// The reply to a user who says their own time is short ("I only have about ten minutes, is
/// that okay?"), or `None`: a line by "I" with a word of time and one of limit, and no
/// wh-question in it (a question after the remark is answered instead).
pub(super) fn short_on_time(memory: &mut Memory, w: &[String], line: &str) -> Option<Reply> {
    let any = |class: &[String]| w.iter().any(|x| has(class, x));
    let by_me = w.iter().any(|x| x == "i");
    let asks_about_work = || {
        let clauses = sentences(line)
            .into_iter()
            .flat_map(|s| s.split([',', ';']));
        (clauses.map(words)).any(|c| wh_question(&c))
    };
    // The line's words rule most lines out before its clauses are read.
    if !by_me
        || w.len() > 16
        || !any(replies::time_words())
        || !any(replies::time_limits())
        || asks_about_work()
    {
        return None;
    }
    Some(Reply {
        keeps_segment: true,
        ..Reply::new(
            pick(replies::short_on_time(), memory),
            Topic::SmallTalk,
            ReplyKind::Answer,
        )
    })
}

/// The reply to a question about how much of the agreed time is left, or `None` if the line
/// is not one: the minutes left, that it is nearly up, or that it is past.
pub(super) fn time_left(
    memory: &mut Memory,
    w: &[String],
    line: &str,
    time: TimeContext,
) -> Option<Reply> {
    use crate::understand::text::is_function_word;
    let any = |class: &[String]| w.iter().any(|x| has(class, x));
    let only = (w.iter()).all(|x| {
        is_function_word(x) || has(replies::time_left(), x) || has(replies::time_words(), x)
    });
    let asks =
        line.trim_end().ends_with('?') || crate::understand::shape::question_start(w).is_some();
    if time.agreed_s <= 0.0
        || !asks
        || !only
        || !any(replies::time_left())
        || !any(replies::time_words())
    {
        return None;
    }
    let minutes = ((time.agreed_s - time.elapsed_s) / 60.0).round();
    // Said now, the time check near the end (and the wrap-up, once past it) would repeat it.
    memory.time_checked |= minutes <= NEAR_END_MINUTES;
    memory.wrapped_up |= time.elapsed_s > time.agreed_s;
    let text = if minutes >= 2.0 {
        let n = (minutes as u32).to_string();
        crate::substr::replace(&pick(replies::time_left_answer(), memory), "{n}", &n)
    } else if time.elapsed_s <= time.agreed_s {
        pick(replies::time_left_one(), memory)
    } else {
        pick(replies::time_left_over(), memory)
    };
    Some(Reply {
        keeps_segment: true,
        ..Reply::new(text, Topic::SmallTalk, ReplyKind::Answer)
    })
}

/// Questions whose words ask for more of the time: one of `more_time` (more, extra, over...)
/// with one of `time_words` (minutes, time...) in each question sentence, and no clause of it
/// a wh-question without them (Since we have only a few minutes: what is the most useful
/// thing I can do?). A line that asks something else as well is answered as usual, so the
/// other question is not lost.
fn asks_for_more_time(line: &str) -> bool {
    let about_time = |w: &[String]| {
        let any = |class: &[String]| w.iter().any(|x| has(class, x));
        any(replies::more_time()) && any(replies::time_words())
    };
    let asks_other = |c: &[String]| !about_time(c) && wh_question(c);
    let sentences = sentences(line);
    let mut questions = sentences.iter().filter(|s| s.ends_with('?')).peekable();
    questions.peek().is_some()
        && questions.all(|s| {
            let clauses = s.split([',', ';', ':']).map(words);
            about_time(&words(s)) && !clauses.into_iter().any(|c| asks_other(&c))
        })
}
