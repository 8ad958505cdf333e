//! What a persona adds to an answer: the nuggets a question earns, and a rambling persona's
//! tangent.

use super::Memory;
use crate::persona::{Persona, Reveal};
use crate::topic::Topic;
use crate::understand::text::{self, contains_phrase};

/// Adds the nuggets this question earns to the reply.
#[allow(clippy::too_many_arguments)]
pub(super) fn reveal(
    persona: &Persona,
    memory: &mut Memory,
    words: &[String],
    topic: Topic,
    closed: bool,
    following_up: bool,
    text: &mut String,
    revealed: &mut Vec<String>,
) {
    for n in persona.nuggets.iter().filter(|n| n.topic == topic) {
        if memory.revealed.contains(&n.id) {
            continue;
        }
        let earned = match n.reveal {
            Reveal::Answer => !closed,
            Reveal::FollowUp => following_up,
            Reveal::Keywords => n
                .keywords
                .iter()
                .any(|k| contains_phrase(words, &text::words(k))),
        };
        if earned {
            text.push(' ');
            text.push_str(&n.text);
            memory.revealed.push(n.id.clone());
            revealed.push(n.id.clone());
        }
    }
}

pub(super) fn add_tangent(persona: &Persona, memory: &mut Memory, text: &mut String) {
    memory.answers_since_tangent += 1;
    let next = persona.lines.tangents.get(memory.tangents_told as usize);
    if let Some(t) = next.filter(|_| memory.answers_since_tangent >= 2) {
        memory.answers_since_tangent = 0;
        memory.tangents_told += 1;
        text.push(' ');
        text.push_str(t);
    }
}
