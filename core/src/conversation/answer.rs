//! A topic's answer: the variant that fits the question, told in full, briefly (a yes/no
//! question, or past the agreed end), or held back by a guarded persona until trust is earned;
//! with the details it earns and, for a rambling persona, a tangent.

use super::reveal::{add_tangent, reveal};
use super::time_remarks::pick;
use super::trust::shows_homework;
use super::{deflect, intents, phrasing, variants, Memory, Reply, ReplyKind, TRUST_NEEDED};
use crate::flags::Flag;
use crate::interview::Exchange;
use crate::persona::{Persona, Temperament};
use crate::topic::Topic;
use crate::understand::Understanding;

pub(super) fn answer(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    topic: Topic,
    earlier: &[Exchange],
) -> Reply {
    let Some(script) = persona.script(topic) else {
        return deflect(persona, memory);
    };
    memory.misses = 0;
    let closed = u.flags.contains(&Flag::ClosedQuestion);
    let special = matches!(
        topic,
        Topic::JobAsk
            | Topic::None
            | Topic::SmallTalk
            | Topic::Introduction
            | Topic::Thanks
            | Topic::KeepInTouch
            | Topic::AnythingElse
    );
    // The question's words, read once for choosing the answer and, if brief, its sentences.
    let asked = variants::asked(&u.words);
    let guarded = persona.temperament == Temperament::Guarded;
    if guarded && !closed && !special && shows_homework(persona, &asked, earlier) {
        memory.trust = memory.trust.max(TRUST_NEEDED);
    }
    let guarded_now = guarded && memory.trust < TRUST_NEEDED && !special;
    // Past the agreed end, once the persona has said so: the short version, no tangent, and
    // only details asked for by name. Extending the time lifts it (`Interview::apply`).
    let hurried = memory.wrapped_up && !special;

    let given = memory.answers_given.get(&topic).copied().unwrap_or(0);
    let allowed = variants::allowed(&script.answers, topic, &u.words, earlier);
    let mask = super::deeper::answers_mask(memory, topic);
    // Answers kept for another listener are not counted: once the rest are given, this one
    // has heard everything (and one kept for this listener is new even after others).
    let open = variants::open(&script.answers, allowed);
    let heard_all = mask & open == open;
    let index = variants::pick(&script.answers, mask, given, &asked, allowed);
    let Some(variant) = script.answers.get(index) else {
        return deflect(persona, memory);
    };
    let mut text = String::new();
    // Thanked once more after every goodbye was said: the acknowledgement alone, not "as I
    // said before" and a goodbye again.
    let thanked_again = topic == Topic::Thanks && heard_all;
    if heard_all && !thanked_again {
        text.push_str(&pick(&persona.lines.repeat, memory));
    }
    let mut nuggets = Vec::new();
    // What an earlier guarded reply on this topic said of this answer is not said again.
    let on_topic = earlier.iter().filter(|e| e.topic == topic);
    let said = if guarded {
        phrasing::said_before(variant, on_topic)
    } else {
        0
    };
    if guarded_now {
        // Cautious until trust is earned: one sentence more of the answer each time they
        // are asked, no nuggets, and the rest kept for when trust is earned.
        text.push_str(phrasing::sentences(variant, said, said + 1));
        let caution = pick(&persona.lines.guarded, memory);
        if !caution.is_empty() {
            text.push(' ');
            text.push_str(&caution);
        }
    } else {
        memory.answers_given.insert(topic, given + 1);
        memory
            .variants_given
            .insert(topic, variants::mark(mask, index));
        let rest = phrasing::sentences(variant, said, usize::MAX);
        let body = if thanked_again {
            phrasing::sentences(variant, 0, 1)
        } else if said > 0 && !rest.is_empty() && !heard_all {
            text.push_str(&pick(crate::lexicon::replies::more_than_before(), memory));
            text.push(' ');
            rest
        } else if heard_all && !special {
            // Every answer on it heard already: a short recap, not the whole answer again.
            phrasing::recap(variant)
        } else if heard_all && !thanked_again {
            // Said again after the repeat lead (Like I said earlier:), a short word that
            // opened it (Of course.) would answer the lead: the rest.
            let rest = phrasing::sentences(variant, 1, usize::MAX);
            let opening = phrasing::sentences(variant, 0, 1)
                .split_whitespace()
                .count();
            if opening <= 3 && !rest.is_empty() {
                rest
            } else {
                variant.as_str()
            }
        } else {
            variant.as_str()
        };
        // An answer granting a point first (isn't it boring?) is told whole: its but is the
        // answer.
        let brief = closed && !special && !variants::concedes(variant);
        if brief && !phrasing::asks_openly(&u.words) {
            // A yes/no question gets a brief answer: the user feels the difference. Where the
            // question's answer is the same whatever its words, it comes first.
            if let Some(lead) = phrasing::yes_no_lead(topic, given, &u.words) {
                text.push_str(lead);
                text.push(' ');
            }
            text.push_str(&phrasing::brief(body, &asked));
        } else if topic == Topic::Introduction && intents::sets_agenda(&u.words) {
            text.push_str(&intents::welcome_to_agenda(persona, memory));
        } else if topic == Topic::SmallTalk && intents::under_way(earlier) {
            text.push_str(&intents::small_talk_under_way(body, memory));
        } else if hurried {
            // Said before every other hurried answer: once is heard, each time is nagging.
            let leads = crate::lexicon::replies::hurry();
            let just_said = earlier
                .last()
                .is_some_and(|e| leads.iter().any(|l| e.reply.starts_with(l.as_str())));
            if !just_said {
                text.push_str(&pick(leads, memory));
                text.push(' ');
            }
            text.push_str(&phrasing::brief(body, &asked));
        } else {
            text.push_str(body);
        }
        if topic == Topic::Introduction && intents::nervous(&u.words) {
            let calm = pick(crate::lexicon::replies::reassure(), memory);
            text.insert_str(0, &(calm + " "));
        }
        if !special {
            reveal(
                persona,
                memory,
                &u.words,
                topic,
                closed || hurried,
                false,
                &mut text,
                &mut nuggets,
            );
            // No tangent inside a reply that answers several intents of one line, nor after
            // a recap: it ends with an offer to go further.
            if heard_all {
                text.push(' ');
                text.push_str(&pick(crate::lexicon::replies::recap_offer(), memory));
            } else if persona.temperament == Temperament::Rambling
                && !closed
                && !hurried
                && u.also.is_empty()
            {
                add_tangent(persona, memory, &mut text);
            }
        }
    }
    if !closed && !special {
        memory.trust += 1;
    }
    memory.last_topic = Some(topic);
    let mut reply = Reply {
        nuggets,
        ..Reply::new(text, topic, ReplyKind::Answer)
    };
    intents::title_first(persona, u, &mut reply);
    reply
}
