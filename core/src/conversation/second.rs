//! A turn that asks two questions about the work ("What's a typical week like, and how did you
//! get into policy?"): a person answers both halves, the second briefly. The reply keeps the
//! topic of the half it answered first; the coach still counts the turn as a double question.

use super::deeper::{follow_up_on, fresh_left};
use super::time_remarks::pick;
use super::{answer, Earlier, Memory, Reply, ReplyKind, TRUST_NEEDED};
use crate::flags::Flag;
use crate::lexicon::{has, replies};
use crate::persona::{Persona, Temperament};
use crate::topic::Topic;
use crate::understand::{shape, Matcher, Understanding};

/// How surely the other half must read as its topic on its own: a wrong second answer costs
/// more than the half left for the user to ask again.
const CLEAR: f32 = 0.75;

/// Adds to `reply` a brief answer to the other question of a double question `line`: the
/// first of its questions that reads clearly as another topic of the work. Nothing when the
/// persona is holding back (guarded, or past the agreed end) or no other half is clear.
pub(super) fn answer_other(
    persona: &Persona,
    matcher: &Matcher,
    memory: &mut Memory,
    (understood, line): (&Understanding, &str),
    earlier: Earlier,
    reply: &mut Reply,
) {
    // Two questions, flagged, or said with thanks (no flag then): only then is the grammar
    // read again.
    let two = understood.flags.contains(&Flag::DoubleQuestion) || !understood.also.is_empty();
    if !two {
        return;
    }
    let guarded = persona.temperament == Temperament::Guarded && memory.trust < TRUST_NEEDED;
    if reply.kind != ReplyKind::Answer || memory.wrapped_up || guarded {
        return;
    }
    let answered = reply.topic;
    let halves: Vec<Understanding> = (shape::question_texts(line).into_iter())
        .filter_map(|part| {
            let u = matcher.understand(part);
            // A half that says it (a pronoun) leans on the other; one read weakly is a guess.
            let leans = (u.words.iter()).any(|w| has(replies::second_leans(), w));
            let clear = u.words.len() >= 3 && u.confidence >= CLEAR && !leans;
            (clear && about_work(u.topic)).then_some(u)
        })
        .collect();
    // A half on another topic first; then one on the same topic that the answer given left.
    let another = (halves.iter().filter(|u| u.topic != answered))
        .find_map(|u| other_answer(persona, memory, u, earlier));
    let Some(more) = another.or_else(|| same_topic(persona, memory, &halves, reply, earlier))
    else {
        return;
    };
    let lead = pick(replies::second_part(), memory);
    // Its first two sentences: an answer opens with what sets it in context.
    let told = super::phrasing::sentences(&more, 0, 2);
    reply.text = format!("{} {lead} {told}", reply.text);
}

/// The answer to half `u` of a double question on a topic the reply did not answer: that
/// topic's answer, or a follow-up that says a word of the half.
fn other_answer(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    earlier: Earlier,
) -> Option<String> {
    // Told briefly, the half's answer is not counted as given: asked on its own later, it
    // is told in full (and a detail revealed in the part cut short is told then).
    let before = memory.clone();
    let more = if !memory.answers_given.contains_key(&u.topic) {
        answer(persona, memory, u, u.topic, earlier.exchanges)
    } else if fresh_left(persona, memory, u.topic) {
        follow_up_on(persona, memory, u, u.topic, earlier, &[])
    } else {
        return None;
    };
    *memory = before;
    // A follow-up must say a word that half asked: picked by order alone, it answers nothing
    // (a topic's answer is about what the half asked by being on its topic).
    let asked = super::variants::asked(&u.words);
    let says = more.kind == ReplyKind::Answer || super::variants::found(&more.text, &asked) != 0;
    (matches!(more.kind, ReplyKind::Answer | ReplyKind::FollowUp) && says).then_some(more.text)
}

/// Two halves on the topic the reply answered (how big is the team, and who do you report
/// to?): when one half alone would have got the answer given and another half alone a
/// different one, new to this listener and saying a word of it, that other answer.
fn same_topic(
    persona: &Persona,
    memory: &Memory,
    halves: &[Understanding],
    reply: &Reply,
    earlier: Earlier,
) -> Option<String> {
    use super::variants::{allowed, asked, found, pick};
    let topic = reply.topic;
    let script = persona.script(topic)?;
    let heard = super::deeper::answers_mask(memory, topic);
    // The answer given opens the reply (after any courtesy), so its first sentence is there.
    let given = |i: usize| {
        let first = (script.answers.get(i)).map(|t| super::phrasing::sentences(t, 0, 1));
        first.is_some_and(|f| !f.is_empty() && crate::substr::contains(&reply.text, f))
    };
    // Each half's own answer: one half's must be the one given, another's a new one that
    // says a word of that half.
    let (mut answered, mut other) = (false, None);
    for u in halves.iter().filter(|u| u.topic == topic) {
        let asked = asked(&u.words);
        let allowed = allowed(&script.answers, topic, &u.words, earlier.exchanges);
        let index = pick(&script.answers, 0, 0, &asked, allowed);
        if given(index) {
            answered = true;
        } else if other.is_none() && heard & 1 << index.min(31) == 0 {
            let says = (script.answers.get(index)).is_some_and(|t| found(t, &asked) != 0);
            other = says.then_some(index);
        }
    }
    script.answers.get(other.filter(|_| answered)?).cloned()
}

/// A topic of the interview's four parts (not an opening, closing or job ask).
fn about_work(topic: Topic) -> bool {
    use crate::topic::Segment::{Advice, Future, Past, Present};
    matches!(topic.segment(), Some(Present | Past | Future | Advice))
}
