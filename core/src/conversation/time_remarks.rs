//! What the persona says about the clock: a time check near the end, a wrap-up at it, and
//! an early end from a busy persona kept well past it.

use super::{Memory, Reply, ReplyKind, TimeContext};
use crate::persona::{Persona, Temperament};
use crate::timing::{reply_seconds, spoken_seconds, told_at_length};

/// Near the end the persona mentions the time; past it, wraps up; a busy persona that is
/// kept well past the agreed end closes the call.
pub(super) fn add_time_remarks(
    persona: &Persona,
    memory: &mut Memory,
    time: TimeContext,
    reply: &mut Reply,
) {
    // The user is already closing (thanks, keeping in touch): nothing to say about the time,
    // and no hanging up on a thank-you.
    let closing = reply.topic.segment() == Some(crate::topic::Segment::Closing);
    if time.agreed_s <= 0.0 || closing && reply.kind == ReplyKind::Answer {
        return;
    }
    let saying_s = match (time.replies_take_time, reply.kind) {
        (false, _) => 0.0,
        (true, ReplyKind::Answer | ReplyKind::FollowUp) if told_at_length(reply.topic) => {
            reply_seconds(&reply.text)
        }
        (true, _) => spoken_seconds(&reply.text),
    };
    let remaining = time.agreed_s - time.elapsed_s - saying_s;
    let warn_at = if time.agreed_s >= 30.0 * 60.0 {
        300.0
    } else {
        180.0
    };
    let overrun_limit = 120.0;
    let mut add = |memory: &mut Memory, lines: &[String]| {
        let l = pick(lines, memory);
        if !l.is_empty() {
            reply.text.push(' ');
            reply.text.push_str(&l);
        }
    };
    // The call ends only after the persona has said the time is up: one long answer that
    // runs far past the end gets the wrap-up, not a hang-up nobody saw coming.
    if persona.temperament == Temperament::Busy
        && memory.wrapped_up
        && remaining < -overrun_limit
        && !persona.lines.early_end.is_empty()
    {
        add(memory, &persona.lines.early_end);
        reply.ends_interview = true;
    } else if remaining <= 0.0 && !memory.wrapped_up {
        memory.wrapped_up = true;
        memory.time_checked = true;
        add(memory, &persona.lines.wrap_up);
    } else if remaining <= warn_at && remaining > 0.0 && !memory.time_checked {
        memory.time_checked = true;
        add(memory, &persona.lines.time_check);
    }
}

/// Rotates through a list of lines.
pub(super) fn pick(lines: &[String], memory: &mut Memory) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let l = lines[memory.line_turn as usize % lines.len()].clone();
    memory.line_turn = memory.line_turn.wrapping_add(1);
    l
}
