//! Replies that are not an answer: asking which of two topics was meant, asking to rephrase,
//! and steering an off-topic line back to the work.

use super::{about, pick, Memory, Reply, ReplyKind};
use crate::persona::Persona;
use crate::substr::replace;
use crate::topic::Topic;
use crate::understand::{shape, Understanding};

pub(super) fn clarify(persona: &Persona, memory: &mut Memory, a: Topic, b: Topic) -> Reply {
    memory.misses += 1;
    memory.pending = Some((a, b));
    let template = pick(&persona.lines.clarify, memory);
    Reply::new(
        replace(&replace(&template, "{a}", about(a)), "{b}", about(b)),
        a,
        ReplyKind::Clarify,
    )
}

pub(super) fn not_understood(persona: &Persona, memory: &mut Memory, topic: Topic) -> Reply {
    memory.misses += 1;
    Reply::new(
        pick(&persona.lines.rephrase, memory),
        topic,
        ReplyKind::Rephrase,
    )
}

/// A line in another language: the practice is in English, so ask for it (in the words of
/// `content/lexicon/languages.txt`, the same for every persona).
pub(super) fn other_language(memory: &mut Memory) -> Reply {
    let replies = crate::understand::language::replies();
    let text = replies
        .get(memory.line_turn as usize % replies.len().max(1))
        .copied()
        .unwrap_or_default();
    memory.line_turn = memory.line_turn.wrapping_add(1);
    Reply::new(text.to_string(), Topic::None, ReplyKind::Rephrase)
}

pub(super) fn deflect(persona: &Persona, memory: &mut Memory) -> Reply {
    memory.misses = 0;
    let given = memory.answers_given.get(&Topic::None).copied().unwrap_or(0);
    let text = persona
        .script(Topic::None)
        .map(|s| s.answers[given as usize % s.answers.len().max(1)].clone())
        .unwrap_or_else(|| pick(&persona.lines.rephrase, memory));
    memory.answers_given.insert(Topic::None, given + 1);
    Reply::new(text, Topic::None, ReplyKind::Deflect)
}

/// The user's answer to do you mean A or B?. Only a short choice picks an option (the
/// first one, how you got in, yes); a line that reads as a question of its own is
/// understood afresh.
pub(super) fn resolve_clarification(
    line: &str,
    (a, b): (Topic, Topic),
    u: &Understanding,
) -> Option<Topic> {
    if let Some(i) = shape::choice(line) {
        return Some(if i == 0 { a } else { b });
    }
    // A short question read, surely, as another topic asks anew (which organizations you
    // recommend?); without its question mark (how you got in) it names an option.
    let asks = line.trim_end().ends_with('?');
    // A longer answer that asks nothing and reads as one of the options picks it (mainly the
    // industry-wide challenges for gene therapy): taken as a new line, a word of an earlier
    // answer in it took it back there, to pay (walk 37).
    let read_as_option = u.topic == a || u.topic == b;
    if !asks && read_as_option {
        return Some(u.topic);
    }
    let elsewhere = asks && !read_as_option && !u.is_ambiguous();
    if !shape::is_short_answer(line) || elsewhere {
        return None;
    }
    // A topic phrase (how you got in): whichever option it reads as more.
    Some(if u.probability(a) >= u.probability(b) {
        a
    } else {
        b
    })
}
