//! A line that says several things at once ("Thank you! Could I keep in touch?", "Hi, I'm
//! a band teacher. How did you learn Python?"): the other intents' answers around the main one.

use super::{answer, pick, Memory, Reply};
use crate::interview::Exchange;
use crate::persona::Persona;
use crate::topic::Topic;
use crate::understand::Understanding;

/// Adds the answers to `u.also` to `reply`: each intent gets an answer, and the one to
/// thanks, a goodbye, comes last.
pub(super) fn answer_others(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    earlier: &[Exchange],
    reply: &mut Reply,
) {
    let mut goodbye = String::new();
    if u.topic == Topic::Thanks {
        goodbye = std::mem::take(&mut reply.text);
    }
    // Thanks said on the way to another question (for names, about the work), with
    // nothing else that closes the call, is acknowledged in passing: the goodbye waits
    // for the real end.
    let in_passing = !matches!(u.topic, Topic::Thanks | Topic::KeepInTouch)
        && !u.also.contains(&Topic::KeepInTouch);
    for &also in u.also.iter().filter(|t| persona.script(**t).is_some()) {
        // An introduction said before the first question: greeted in a word, then the
        // question answered.
        if also == Topic::Introduction {
            let greeting = pick(crate::lexicon::replies::introduction_in_passing(), memory);
            reply.text.insert_str(0, &(greeting + " "));
            continue;
        }
        if also == Topic::Thanks && in_passing {
            reply.text.push(' ');
            reply
                .text
                .push_str(&pick(crate::lexicon::replies::thanks_in_passing(), memory));
            continue;
        }
        let more = answer(persona, memory, u, also, earlier);
        reply.nuggets.extend(more.nuggets);
        let to = if also == Topic::Thanks {
            &mut goodbye
        } else {
            &mut reply.text
        };
        if !to.is_empty() {
            to.push(' ');
        }
        to.push_str(&more.text);
    }
    if !goodbye.is_empty() {
        if !reply.text.is_empty() {
            reply.text.push(' ');
        }
        reply.text.push_str(&goodbye);
    }
}
