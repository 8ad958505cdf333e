//! A line about something the persona said that asks what the script does not hold (you
//! said eleven funders, how do you keep track of them?). Choosing among the script's texts
//! then finds one that shares none of the line's words: a story about something else, told
//! as if it answered. A person would say they have no more to give on that; so does the
//! persona, in its own words for it (`lines.gap`, or `no_more`), and the text it would have told stays untold.

use super::{pickup, time_remarks::pick, Memory, Reply, ReplyKind};
use crate::interview::Exchange;
use crate::persona::Persona;

/// `answer`'s reply, unless the line takes up what the persona said and that reply, on
/// another topic than the last answer's, shares none of the line's words: then the persona
/// owns the gap, and its memory is as before the untold reply (the text can still be told
/// when asked for), but for the trust the question earned: a guarded persona opens up to a
/// listener whether or not the script has more.
pub(super) fn or_owned(
    persona: &Persona,
    memory: &mut Memory,
    line: &str,
    earlier: &[Exchange],
    answer: impl FnOnce(&mut Memory) -> Reply,
) -> Reply {
    if !takes_up(line, earlier) {
        return answer(memory);
    }
    let before = memory.clone();
    let reply = answer(memory);
    let told = matches!(
        reply.kind,
        ReplyKind::Answer | ReplyKind::FollowUp | ReplyKind::Deflect
    );
    // More of the last answer's topic (you mentioned your path; what came after?) goes on
    // with it even in other words: a listener hears the story continue.
    let goes_on = earlier.last().is_some_and(|e| e.topic == reply.topic);
    if !told || goes_on || !misses(&reply.text, line) {
        return reply;
    }
    let trust = memory.trust;
    *memory = before;
    memory.trust = trust;
    let lines = if persona.lines.gap.is_empty() {
        &persona.lines.no_more
    } else {
        &persona.lines.gap
    };
    let text = pick(lines, memory);
    let kind = match reply.kind {
        ReplyKind::Deflect => ReplyKind::Deflect,
        _ => ReplyKind::FollowUp,
    };
    memory.last_topic = Some(reply.topic);
    Reply::new(text, reply.topic, kind)
}

/// The line names what the persona said (you mentioned, you said), or takes up words of the
/// last answer.
fn takes_up(line: &str, earlier: &[Exchange]) -> bool {
    let last = earlier.last().filter(|e| pickup::answered(e));
    pickup::cued(line) || last.is_some_and(|e| pickup::picks_up(&e.reply, line))
}

/// No word of the line of four letters or more, grammar words aside, is in the reply.
fn misses(reply: &str, line: &str) -> bool {
    let asked = pickup::content(line, 4);
    let said = pickup::stems_of(reply);
    !asked.is_empty() && !asked.iter().any(|w| said.contains(w))
}
