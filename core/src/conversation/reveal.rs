//! What a persona adds to an answer: the nuggets a question earns, and a rambling persona's
//! tangent.

use super::Memory;
use crate::persona::{Persona, Reveal};
use crate::topic::Topic;
use crate::understand::text::{self, contains_phrase};

/// Adds the nuggets this question earns to the reply. A nugget that repeats what the reply
/// already says (`repeats`) is kept back for another time (a nugget that comes with an
/// answer comes with a follow-up on it too): not said, and not counted as drawn out.
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
    // Only a contacts answer weighs its details against what was asked (`another_kind`).
    let asked = if topic == Topic::Contacts {
        super::variants::asked(words)
    } else {
        Vec::new()
    };
    for n in persona.nuggets.iter().filter(|n| n.topic == topic) {
        if memory.revealed.contains(&n.id) {
            continue;
        }
        let earned = match n.reveal {
            Reveal::Answer => !closed && !another_kind(topic, text, &n.text, &asked),
            Reveal::FollowUp => following_up,
            Reveal::Keywords | Reveal::Asked => n
                .keywords
                .iter()
                .any(|k| contains_phrase(words, &text::words_kept(k))),
        };
        if earned && !repeats(&n.text, [text.as_str()]) {
            text.push(' ');
            text.push_str(&n.text);
            memory.revealed.push(n.id.clone());
            revealed.push(n.id.clone());
        }
    }
}

/// Whether a contact that comes with any answer is someone other than the user asked for:
/// the question named a kind of person (anyone who switched recently? someone on the
/// nursing side?), the answer chosen for those words already names one, and the contact
/// shares none of the words the answer was chosen for. Said after it, a second person of
/// another kind reads as not listening; kept back, it comes with a later contacts answer or
/// follow-up. Other topics' details add to their answer, so they are not held back this way.
fn another_kind(topic: Topic, reply: &str, piece: &str, asked: &[(u64, u64)]) -> bool {
    use super::variants::touched;
    if topic != Topic::Contacts {
        return false;
    }
    let chosen_for = touched(reply, asked);
    chosen_for != 0
        && touched(piece, asked) & chosen_for == 0
        && crate::prepare::name_in(reply).is_some()
}

/// Whether `piece` says again what one of `said` says: they share a run of three words, two
/// of them of substance (a former lab mate, wasn't a stranger, with a child psychiatrist).
/// One shared term, such as CMC regulatory, is a piece building on the reply.
pub(super) fn repeats<'a>(piece: &str, said: impl IntoIterator<Item = &'a str>) -> bool {
    let runs = |t: &str| {
        let w = text::words_kept(t);
        let substance = |w: &String| w.len() > 2 && !text::is_function_word(w);
        (0..w.len().saturating_sub(2))
            .filter(|&i| w[i..i + 3].iter().filter(|x| substance(x)).count() >= 2)
            .map(|i| w[i..i + 3].join(" "))
            .collect::<Vec<String>>()
    };
    let mine = runs(piece);
    !mine.is_empty()
        && said
            .into_iter()
            .any(|s| runs(s).iter().any(|r| mine.contains(r)))
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
