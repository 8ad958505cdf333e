//! How a persona replies: understands the line (matcher + rules), remembers what it said,
//! follows up, asks to clarify when unsure, reveals nuggets to good questions, and behaves
//! according to its temperament and the agreed length. Deterministic: no randomness, so
//! tests and the simulated clock repeat exactly.

use crate::intent;
use crate::matcher::{Matcher, Scored};
use crate::persona::{Persona, Reveal, Temperament};
use crate::text::normalize;
use crate::topic::Topic;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Below this score the matcher is unsure of any topic.
pub const WEAK_SCORE: f32 = 2.0;
/// When the runner-up scores at least this share of the best, the two are too close to call.
pub const CLOSE_RATIO: f32 = 0.85;
/// Open questions a guarded persona needs before answering fully.
pub const TRUST_NEEDED: i32 = 2;

/// What kind of move the reply was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyKind {
    Answer,
    FollowUp,
    Clarify,
    Rephrase,
    Deflect,
}

/// The persona's reply to one user line.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub text: String,
    /// What the user's line was understood as (also when asking to clarify).
    pub topic: Topic,
    pub kind: ReplyKind,
    /// Nugget ids revealed by this reply.
    pub nuggets: Vec<String>,
    /// The persona ends the call (a busy persona whose time was overrun).
    pub ends_interview: bool,
}

/// Where the conversation stands on the clock, for time-aware lines.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeContext {
    pub elapsed_s: f64,
    pub agreed_s: f64,
}

/// What the persona remembers during one interview. Plain data, saved with the session.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Memory {
    #[serde(default)]
    pub answers_given: BTreeMap<Topic, u32>,
    #[serde(default)]
    pub follow_ups_given: BTreeMap<Topic, u32>,
    #[serde(default)]
    pub last_topic: Option<Topic>,
    /// The two topics offered in a clarifying question, awaiting the user's choice.
    #[serde(default)]
    pub pending: Option<(Topic, Topic)>,
    /// Consecutive lines not understood.
    #[serde(default)]
    pub misses: u32,
    #[serde(default)]
    pub revealed: Vec<String>,
    #[serde(default)]
    pub trust: i32,
    #[serde(default)]
    pub time_checked: bool,
    #[serde(default)]
    pub wrapped_up: bool,
    /// Rotates the persona's conversational lines so they do not repeat back to back.
    #[serde(default)]
    pub line_turn: u32,
    #[serde(default)]
    pub answers_since_tangent: u32,
}

/// The first words of the call.
pub fn greeting(persona: &Persona) -> String {
    persona.greeting.first().cloned().unwrap_or_default()
}

/// The persona's reply to `line`, updating its memory.
pub fn respond(
    persona: &Persona,
    matcher: &Matcher,
    memory: &mut Memory,
    line: &str,
    time: TimeContext,
) -> Reply {
    let mut reply = understand_and_answer(persona, matcher, memory, line);
    if reply.kind != ReplyKind::Clarify {
        memory.pending = None;
    }
    add_time_remarks(persona, memory, time, &mut reply);
    reply
}

fn understand_and_answer(
    persona: &Persona,
    matcher: &Matcher,
    memory: &mut Memory,
    line: &str,
) -> Reply {
    if normalize(line).is_empty() {
        return not_understood(persona, memory, Topic::None);
    }
    let ranking = matcher.rank(line);
    let best = ranking.first().copied().unwrap_or(Scored {
        topic: Topic::None,
        score: 0.0,
    });
    let second = ranking.get(1).copied();

    if best.topic == Topic::JobAsk {
        memory.trust -= 1;
        return answer(persona, memory, line, Topic::JobAsk);
    }

    if let Some(choice) = memory
        .pending
        .and_then(|p| resolve_clarification(line, p, &ranking))
    {
        return answer(persona, memory, line, choice);
    }

    // "Tell me more", "why was that?": go deeper on what was just said, unless the line
    // clearly names another topic.
    if let Some(last) = memory.last_topic {
        let names_other_topic = best.topic != last && best.score >= WEAK_SCORE * 2.0;
        if intent::is_follow_up_cue(line) && !names_other_topic {
            return follow_up(persona, memory, line, last);
        }
    }

    if best.topic == Topic::None || best.score <= 0.0 {
        return deflect(persona, memory);
    }

    let close_call = second.filter(|s| {
        s.topic != Topic::None && s.topic != best.topic && s.score >= best.score * CLOSE_RATIO
    });
    if best.score < WEAK_SCORE || close_call.is_some() {
        let other = close_call
            .or(second)
            .map(|s| s.topic)
            .filter(|t| *t != Topic::None);
        return match other {
            Some(b) if memory.misses == 0 => clarify(persona, memory, best.topic, b),
            _ if memory.misses == 0 && best.score >= WEAK_SCORE / 2.0 => {
                // Weak but alone: answer it rather than interrogate the user.
                answer(persona, memory, line, best.topic)
            }
            _ => not_understood(persona, memory, best.topic),
        };
    }

    // Asking again about a topic already answered, with "more"/"again" words, goes deeper.
    if memory.answers_given.contains_key(&best.topic) && intent::is_follow_up_cue(line) {
        return follow_up(persona, memory, line, best.topic);
    }
    answer(persona, memory, line, best.topic)
}

/// The user's answer to "do you mean A or B?".
fn resolve_clarification(line: &str, (a, b): (Topic, Topic), ranking: &[Scored]) -> Option<Topic> {
    let w = intent::Words::new(line);
    if w.any_phrase(&["first", "former", "the first one", "option a", "a"]) && w.len() <= 5 {
        return Some(a);
    }
    if w.any_phrase(&["second", "latter", "the second one", "option b", "b"]) && w.len() <= 5 {
        return Some(b);
    }
    if w.any_phrase(&["both", "either"]) && w.len() <= 5 {
        return Some(a);
    }
    // Otherwise whichever of the two the new wording points to more.
    let score = |t: Topic| {
        ranking
            .iter()
            .find(|s| s.topic == t)
            .map_or(0.0, |s| s.score)
    };
    let top = ranking.first()?;
    if top.topic == a || top.topic == b {
        return Some(top.topic);
    }
    let (sa, sb) = (score(a), score(b));
    (sa.max(sb) >= WEAK_SCORE).then_some(if sa >= sb { a } else { b })
}

fn answer(persona: &Persona, memory: &mut Memory, line: &str, topic: Topic) -> Reply {
    let Some(script) = persona.script(topic) else {
        return deflect(persona, memory);
    };
    memory.misses = 0;
    let closed = intent::is_closed_question(line);
    let special = matches!(
        topic,
        Topic::JobAsk | Topic::None | Topic::Introduction | Topic::Thanks | Topic::KeepInTouch
    );
    let guarded_now =
        persona.temperament == Temperament::Guarded && memory.trust < TRUST_NEEDED && !special;

    let given = memory.answers_given.get(&topic).copied().unwrap_or(0);
    let count = script.answers.len().max(1) as u32;
    let variant = &script.answers[(given % count) as usize];
    let mut text = String::new();
    if given >= count {
        text.push_str(&pick(&persona.lines.repeat, memory));
    }
    let mut nuggets = Vec::new();
    if guarded_now {
        // Cautious until trust is earned: a short line, no nuggets, and the full answer kept
        // for when they are asked again.
        text.push_str(&first_sentences(variant, 1));
        let caution = pick(&persona.lines.guarded, memory);
        if !caution.is_empty() {
            text.push(' ');
            text.push_str(&caution);
        }
    } else {
        memory.answers_given.insert(topic, given + 1);
        if closed && !special {
            // A yes/no question gets a brief answer: the user feels the difference.
            text.push_str(&first_sentences(variant, 2));
        } else {
            text.push_str(variant);
        }
        if !special {
            reveal(
                persona,
                memory,
                line,
                topic,
                closed,
                false,
                &mut text,
                &mut nuggets,
            );
            if persona.temperament == Temperament::Rambling && !closed {
                add_tangent(persona, memory, &mut text);
            }
        }
    }
    if !closed && !special {
        memory.trust += 1;
    }
    memory.last_topic = Some(topic);
    Reply {
        text,
        topic,
        kind: ReplyKind::Answer,
        nuggets,
        ends_interview: false,
    }
}

fn follow_up(persona: &Persona, memory: &mut Memory, line: &str, topic: Topic) -> Reply {
    memory.misses = 0;
    let Some(script) = persona.script(topic) else {
        return deflect(persona, memory);
    };
    if !memory.answers_given.contains_key(&topic) {
        return answer(persona, memory, line, topic);
    }
    let given = memory.follow_ups_given.get(&topic).copied().unwrap_or(0) as usize;
    let mut nuggets = Vec::new();
    let mut text = match script.follow_ups.get(given) {
        Some(deeper) => {
            memory.follow_ups_given.insert(topic, given as u32 + 1);
            deeper.clone()
        }
        None => pick(&persona.lines.no_more, memory),
    };
    reveal(
        persona,
        memory,
        line,
        topic,
        false,
        true,
        &mut text,
        &mut nuggets,
    );
    memory.trust += 1;
    memory.last_topic = Some(topic);
    Reply {
        text,
        topic,
        kind: ReplyKind::FollowUp,
        nuggets,
        ends_interview: false,
    }
}

/// Adds the nuggets this question earns to the reply.
#[allow(clippy::too_many_arguments)]
fn reveal(
    persona: &Persona,
    memory: &mut Memory,
    line: &str,
    topic: Topic,
    closed: bool,
    following_up: bool,
    text: &mut String,
    revealed: &mut Vec<String>,
) {
    let words = intent::Words::new(line);
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
                .any(|k| !normalize(k).is_empty() && words.has_phrase(&normalize(k))),
        };
        if earned {
            text.push(' ');
            text.push_str(&n.text);
            memory.revealed.push(n.id.clone());
            revealed.push(n.id.clone());
        }
    }
}

fn add_tangent(persona: &Persona, memory: &mut Memory, text: &mut String) {
    memory.answers_since_tangent += 1;
    if memory.answers_since_tangent >= 2 && !persona.lines.tangents.is_empty() {
        memory.answers_since_tangent = 0;
        let t = pick(&persona.lines.tangents, memory);
        text.push(' ');
        text.push_str(&t);
    }
}

fn clarify(persona: &Persona, memory: &mut Memory, a: Topic, b: Topic) -> Reply {
    memory.misses += 1;
    memory.pending = Some((a, b));
    let template = pick(&persona.lines.clarify, memory);
    Reply {
        text: template.replace("{a}", about(a)).replace("{b}", about(b)),
        topic: a,
        kind: ReplyKind::Clarify,
        nuggets: Vec::new(),
        ends_interview: false,
    }
}

fn not_understood(persona: &Persona, memory: &mut Memory, topic: Topic) -> Reply {
    memory.misses += 1;
    Reply {
        text: pick(&persona.lines.rephrase, memory),
        topic,
        kind: ReplyKind::Rephrase,
        nuggets: Vec::new(),
        ends_interview: false,
    }
}

fn deflect(persona: &Persona, memory: &mut Memory) -> Reply {
    memory.misses = 0;
    let given = memory.answers_given.get(&Topic::None).copied().unwrap_or(0);
    let text = persona
        .script(Topic::None)
        .map(|s| s.answers[given as usize % s.answers.len().max(1)].clone())
        .unwrap_or_else(|| pick(&persona.lines.rephrase, memory));
    memory.answers_given.insert(Topic::None, given + 1);
    Reply {
        text,
        topic: Topic::None,
        kind: ReplyKind::Deflect,
        nuggets: Vec::new(),
        ends_interview: false,
    }
}

/// Near the end the persona mentions the time; past it, wraps up; a busy persona that is
/// kept well past the agreed end closes the call.
fn add_time_remarks(persona: &Persona, memory: &mut Memory, time: TimeContext, reply: &mut Reply) {
    if time.agreed_s <= 0.0 {
        return;
    }
    let remaining = time.agreed_s - time.elapsed_s;
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
    if persona.temperament == Temperament::Busy
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
fn pick(lines: &[String], memory: &mut Memory) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let l = lines[memory.line_turn as usize % lines.len()].clone();
    memory.line_turn = memory.line_turn.wrapping_add(1);
    l
}

/// The first `n` sentences of a text.
fn first_sentences(text: &str, n: usize) -> String {
    let mut count = 0;
    for (i, ch) in text.char_indices() {
        if matches!(ch, '.' | '!' | '?') {
            let next = text[i + ch.len_utf8()..].chars().next();
            let word = text[..i].rsplit(' ').next().unwrap_or("");
            let abbreviation = matches!(
                word,
                "Dr" | "Mr" | "Ms" | "Mrs" | "St" | "vs" | "e.g" | "i.e"
            );
            if next.is_none_or(|c| c.is_whitespace()) && !abbreviation {
                count += 1;
                if count == n {
                    return text[..i + ch.len_utf8()].to_string();
                }
            }
        }
    }
    text.to_string()
}

/// How the persona refers to a topic when asking which one the user meant.
pub fn about(topic: Topic) -> &'static str {
    match topic {
        Topic::Introduction => "a bit about what you're hoping to get from today",
        Topic::TypicalDay => "what my days actually look like",
        Topic::Responsibilities => "what I'm responsible for",
        Topic::Organization => "how my organization works",
        Topic::Rewards => "what I find rewarding",
        Topic::Challenges => "what's hard about the job",
        Topic::Skills => "the skills the job needs",
        Topic::Education => "my education and training",
        Topic::Path => "how I got into this field",
        Topic::JobSearch => "how I found and got this job",
        Topic::Alternatives => "what else I might have done",
        Topic::Trends => "where the field is heading",
        Topic::Advancement => "where a role like mine can lead",
        Topic::GeneralAdvice => "my advice for someone in your position",
        Topic::Contacts => "other people you could talk to",
        Topic::Organizations => "professional organizations worth joining",
        Topic::Resources => "things to read or follow",
        Topic::Application => "how to make your application stand out",
        Topic::Thanks => "wrapping up",
        Topic::KeepInTouch => "staying in touch",
        Topic::JobAsk => "openings",
        Topic::None => "something else",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentences_stops_at_sentence_ends() {
        assert_eq!(first_sentences("One. Two! Three?", 2), "One. Two!");
        assert_eq!(
            first_sentences("Dr. Lee said 3.5 is fine", 1),
            "Dr. Lee said 3.5 is fine"
        );
        assert_eq!(first_sentences("No end", 1), "No end");
    }

    #[test]
    fn every_topic_has_a_description() {
        for t in Topic::all() {
            assert!(!about(t).is_empty());
        }
    }
}
