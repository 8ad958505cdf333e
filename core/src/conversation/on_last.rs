//! More on the last answer: tell me more, a remark on what was said, a question about a
//! word of it, or a reply that says it back, unless the line surely names another topic.

use super::deeper::{self, follow_up};
use super::{detail, pickup, Earlier, Memory, Reply, ReplyKind, NAMES_ANOTHER_TOPIC};
use crate::interview::Exchange;
use crate::lexicon::replies;
use crate::persona::{Persona, TopicScript};
use crate::topic::Topic;
use crate::understand::{text, Understanding, CONFIDENT};

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
        // A short line that points back, read as no other topic for sure: why is it so low?
        // Its it is the work when the line names the work (is it a physical job?).
        let short = u.words.len() <= 5;
        let has = |class: &[String]| (u.words.iter()).any(|w| crate::lexicon::has(class, w));
        let back = short && has(replies::back()) && !has(crate::lexicon::broad());
        // How did you get through it?: nothing of its own but a word pointing back, however
        // surely "how did you..." reads as another topic.
        let bare =
            back_only(&u.words) && crate::understand::shape::asks(&u.words, line.ends_with('?'));
        // A reply that asks nothing and says back what was just said (probably someone in a
        // society's policy office): about that answer, however the model reads its words
        // (thanks that name it stay thanks).
        let quiet = deeper::asks_nothing(line);
        let echoes = || {
            let e = earlier.exchanges.last();
            let reply = quiet && !crate::coach::social(u.topic);
            reply && e.is_some_and(|e| pickup::picks_up(&e.reply, line))
        };
        if !names_other && (small_talk || back || quiet) || bare || about_it || echoes() {
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

/// At most seven words, one pointing back (`back`), the others grammar words or verbs that
/// name nothing (`plain_verbs`): *How did you tell them?*, *Why do you think that is?*.
fn back_only(words: &[String]) -> bool {
    let has = |class: &[String], w: &str| crate::lexicon::has(class, w);
    let plain = |w: &String| {
        has(replies::back(), w) || has(replies::plain_verbs(), w) || text::is_function_word(w)
    };
    words.len() <= 7 && words.iter().any(|w| has(replies::back(), w)) && words.iter().all(plain)
}

/// A short line asking for the others (and the other two?, whats the rest) after a brief
/// answer that announced its parts: the parts not yet told, on that answer's topic.
pub(super) fn others_of_brief(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    earlier: Earlier,
) -> Option<Reply> {
    let others = (u.words.iter()).any(|w| crate::lexicon::has(replies::the_others(), w));
    let last = earlier
        .exchanges
        .last()
        .filter(|_| others && u.words.len() <= 10)?;
    let topic = last.topic;
    let rest = rest_of_brief(persona.script(topic)?, memory, topic, earlier.exchanges)?;
    Some(super::deeper::finish(persona, memory, u, topic, rest))
}

/// The rest of the answer the last reply told briefly, when its first sentence announced how
/// many parts it has (The job is really three jobs. I'm a manager...), before the agreed end:
/// its sentences not yet said, the parts it promised.
fn rest_of_brief(
    script: &TopicScript,
    memory: &Memory,
    topic: Topic,
    earlier: &[Exchange],
) -> Option<String> {
    let last = (earlier.last()).filter(|e| e.topic == topic && e.kind == ReplyKind::Answer)?;
    if memory.wrapped_up {
        return None;
    }
    let said = |s: &str| crate::substr::contains(&last.reply, s);
    // Two, three, four or five of something.
    let counts = |s: &str| {
        let w = crate::understand::text::words(s);
        (w.iter()).any(|x| crate::lexicon::has(replies::part_counts(), x))
    };
    script.answers.iter().find_map(|a| {
        let parts = crate::understand::text::sentences(a);
        let rest: Vec<&str> = parts.iter().copied().filter(|s| !said(s)).collect();
        let promised = parts.first().is_some_and(|s| said(s) && counts(s));
        (promised && !rest.is_empty() && rest.len() < parts.len()).then(|| rest.join(" "))
    })
}

/// The last exchange, when its topic is the one the persona last spoke on.
pub(super) fn last_answer<'a>(memory: &Memory, exchanges: &'a [Exchange]) -> Option<&'a Exchange> {
    exchanges
        .last()
        .filter(|e| memory.last_topic == Some(e.topic))
}

/// The last answer and the words of `line` taken from it that do not name the persona's whole
/// field; a question that points back at the answer takes even those (what do families do
/// while they're waiting that long?, after kids waiting days for a bed, was brushed off as
/// off topic in walk 38).
pub(super) fn taken_from_last<'a>(
    persona: &Persona,
    memory: &Memory,
    u: &Understanding,
    line: &str,
    earlier: Earlier<'a>,
) -> Option<(&'a Exchange, Vec<String>)> {
    let e = last_answer(memory, earlier.exchanges)?;
    let mut taken = detail::taken_from(persona, e, line, 4);
    let points_back = (u.words.iter()).any(|w| crate::lexicon::has(replies::back(), w));
    if taken.is_empty() && points_back && line.contains('?') {
        taken = detail::said_back_in(e, line, 4);
    }
    (!taken.is_empty()).then_some((e, taken))
}

/// A line pushing back (really? I read that the field is shrinking) on a topic with an answer
/// kept for it, not yet given, that grants the point (`variants::concedes`): that topic, the
/// line's own or the last answer's, so it is answered, not taken as "tell me more".
pub(super) fn pushed_back(persona: &Persona, memory: &Memory, u: &Understanding) -> Option<Topic> {
    let pushes = super::variants::says_class(&u.words, replies::pushback_words());
    let kept = |t: &Topic| {
        let mask = super::deeper::answers_mask(memory, *t);
        let answers = persona.script(*t).map_or(&[][..], |s| &s.answers[..]);
        let fresh = |(i, a): (usize, &String)| mask & (1 << i) == 0 && super::variants::concedes(a);
        answers.iter().enumerate().take(32).any(fresh)
    };
    let topics = [Some(u.topic), memory.last_topic];
    topics.into_iter().flatten().filter(|_| pushes).find(kept)
}
