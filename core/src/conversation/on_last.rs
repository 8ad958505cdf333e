//! More on the last answer: tell me more, a remark on what was said, a question about a
//! word of it, or a reply that says it back, unless the line surely names another topic.

use super::deeper::{self, follow_up};
use super::{detail, pickup, Earlier, Memory, Reply, NAMES_ANOTHER_TOPIC};
use crate::lexicon::replies;
use crate::persona::Persona;
use crate::topic::Topic;
use crate::understand::{Understanding, CONFIDENT};

/// The reply that goes on with the last answer's topic, if the line asks for one.
pub(super) fn more_on_last(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    line: &str,
    earlier: Earlier,
) -> Option<Reply> {
    // Tell me more, why was that?: go deeper on what was just said, unless the line
    // clearly names another topic.
    // Thanks has nothing more to it: thanks again, for the analogy that stuck, is thanks.
    if let Some(last) = memory.last_topic.filter(|t| *t != Topic::Thanks) {
        let names_other = u.topic != last
            && u.topic != Topic::None
            && u.confidence >= NAMES_ANOTHER_TOPIC
            && !deeper::only_follow_up(line);
        if u.follow_up && !names_other {
            return Some(follow_up(persona, memory, u, last, earlier));
        }
    }
    // A reply to what the persona asked, a remark on what they said (that makes sense), or
    // small talk read without confidence once the interview is under way (did it feel
    // scary going back?): more on that topic, unless the line surely names another.
    if let Some(last) = memory.last_topic.filter(|t| !crate::coach::social(*t)) {
        let remark = u.topic == Topic::None && u.words.len() <= 5;
        // Thanks or a goodbye needs less to be sure of (OK. Thanks, you changed my mind.
        // Goodbye.): it is never more on the last answer.
        let closing = u.topic.segment() == Some(crate::topic::Segment::Closing);
        let bar = if closing {
            CONFIDENT
        } else {
            NAMES_ANOTHER_TOPIC
        };
        let names_other = u.topic != last && u.confidence >= bar && !remark;
        let small_talk = u.topic == Topic::SmallTalk && !memory.answers_given.is_empty();
        let about_last = || {
            let e = earlier.exchanges.last();
            e.is_some_and(|e| deeper::asks_what_was_meant(persona, line, &u.words, &e.reply))
        };
        // Off topic is no other topic for a question about a word just said (what is a
        // budget justification? reads as none to the model).
        let about_it = (!names_other || u.topic == Topic::None) && about_last();
        // A short line about nothing else that points back: why is it so low?
        let back = remark && (u.words.iter()).any(|w| crate::lexicon::has(replies::back(), w));
        // A reply that asks nothing and says back what was just said (probably someone in a
        // society's policy office): about that answer, however the model reads its words
        // (thanks that name it stay thanks).
        let quiet = deeper::asks_nothing(line);
        let echoes = || {
            let e = earlier.exchanges.last();
            let reply = quiet && !crate::coach::social(u.topic);
            reply && e.is_some_and(|e| pickup::picks_up(&e.reply, line))
        };
        if !names_other && (small_talk || back || quiet) || about_it || echoes() {
            // What a line about a word just said takes up focuses the follow-up (what's a
            // family meeting like?, after a day that named one).
            let e = earlier.exchanges.last().filter(|_| about_it);
            let focus = e.map(|e| detail::shared_words(e, line)).unwrap_or_default();
            return Some(deeper::follow_up_on(
                persona, memory, u, last, earlier, &focus,
            ));
        }
    }
    None
}
