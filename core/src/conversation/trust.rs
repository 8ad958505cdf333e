//! What opens a guarded persona up: open questions, sooner when they show thought.

use super::variants;
use crate::interview::Exchange;
use crate::persona::Persona;

/// Words of their own a question must name (from their bio or what they said so far, not
/// their role or field) to show the thought a guarded persona opens up for.
const HOMEWORK_WORDS: u32 = 2;

/// Whether the question names things of the persona's own: what the user read about them
/// (that they did a fellowship in a congressional office) or picked up from their answers.
pub(super) fn shows_homework(
    persona: &Persona,
    asked: &[(u64, u64)],
    earlier: &[Exchange],
) -> bool {
    let theirs = earlier
        .iter()
        .fold(variants::found(&persona.bio, asked), |bits, e| {
            bits | variants::found(&e.reply, asked)
        });
    let anyone = variants::found(&persona.role, asked) | variants::found(&persona.field, asked);
    (theirs & !anyone).count_ones() >= HOMEWORK_WORDS
}
