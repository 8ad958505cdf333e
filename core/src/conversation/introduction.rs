//! Lines the model reads as an introduction that are not one. An introduction tells who the
//! user is; it asks nothing of the persona, so it is never one side of a clarifying question,
//! and a question about the persona's world is not one (could you tell me a little about
//! your organization?), nor is a question once the user has introduced themselves.

use super::Reply;
use crate::interview::Exchange;
use crate::lexicon::{has, replies};
use crate::topic::Topic;
use crate::understand::{Matcher, Understanding, UNKNOWN};

/// The line as it should be read, when the model's reading involves an introduction it
/// should not; `None` when the reading stands.
pub(super) fn reread(u: &Understanding, line: &str, introduced: bool) -> Option<Understanding> {
    // Hello or thanks with a name (Hi, I'm Ana, a biology junior. Thanks for making time.)
    // introduces.
    let greets = matches!(u.topic, Topic::SmallTalk | Topic::Thanks);
    if greets && !introduced && !asks(line) && name_given(line).is_some() {
        return Some(without_runner_up(u, Topic::Introduction));
    }
    let second = u.runner_up.is_some_and(|r| r.0 == Topic::Introduction);
    if u.topic != Topic::Introduction && !second {
        return None;
    }
    let asks = asks(line);
    let own = (u.words.iter()).any(|w| has(replies::self_words(), w));
    // The question the understanding found in an introduction (I'm curious what a regulatory
    // affairs manager actually does) stands when it reads surely as the work and the user
    // says they wonder (not "which is how I heard about your team", a remark, nor "I don't
    // really know what jobs mix those", a worry about their own plans).
    let wonders = (u.words.iter()).any(|w| has(replies::wonder(), w));
    if u.also.contains(&Topic::Introduction) && u.confidence >= RUN_ON_QUESTION && wonders {
        return None;
    }
    if u.topic != Topic::Introduction {
        // An introduction as the other reading: a statement about the user is one; anything
        // else is read as the model read it first.
        let topic = if own && !asks {
            Topic::Introduction
        } else {
            u.topic
        };
        return u.is_ambiguous().then(|| without_runner_up(u, topic));
    }
    if !asks {
        return (u.is_ambiguous() && u.runner_up.is_some()).then(|| without_runner_up(u, u.topic));
    }
    if own && !introduced {
        return None;
    }
    // A question about them: what the model read second, when it is a topic of the work
    // and not a guess; otherwise nothing, so that what was just said can answer it.
    let about_work = u.runner_up.filter(|&(t, p)| {
        p >= UNKNOWN && !crate::coach::social(t) && !matches!(t, Topic::None | Topic::JobAsk)
    });
    Some(match about_work {
        Some((t, p)) => Understanding {
            confidence: p,
            ..without_runner_up(u, t)
        },
        None => Understanding {
            confidence: 0.0,
            ..without_runner_up(u, Topic::None)
        },
    })
}

/// A sentence of the line asks: marked with a question mark, or opened as a question (a
/// remark may follow it: *what you mean by that? I'm not sure I understood.*).
fn asks(line: &str) -> bool {
    let sentences = crate::understand::text::sentences(line);
    sentences.iter().any(|s| {
        s.ends_with('?')
            || crate::understand::shape::question_start(&crate::understand::text::words(s))
                .is_some()
    })
}

/// `u` read as `topic`, with no second reading left to ask about.
fn without_runner_up(u: &Understanding, topic: Topic) -> Understanding {
    Understanding {
        topic,
        runner_up: None,
        ..u.clone()
    }
}

/// An introduction or thanks typed as one run-on sentence with a question at its end (i'm a
/// junior studying biology and i heard you work in regulatory affairs so what does that
/// actually look like day to day; i study nursing and i'm curious what a clinical data
/// scientist does): the question, read from the joining word before it (`run_on_joins`),
/// when it reads surely as the work; the introduction or thanks is then said in passing.
pub(super) fn question_in_run_on(matcher: &Matcher, u: &Understanding) -> Option<Understanding> {
    use crate::understand::shape::{asks, question_start};
    let opening = matches!(u.topic, Topic::Introduction | Topic::Thanks);
    if !opening || !u.also.is_empty() {
        return None;
    }
    let w = &u.words;
    let joins = (3..w.len().saturating_sub(3)).filter(|&i| has(replies::run_on_joins(), &w[i]));
    // The part after the join opens as a question (what does it look like?, not "how you got
    // into it", an agenda's item), or as "I'm curious / I'd love to know what..." (not
    // "which is how I heard about your team", a remark with a wh-word in it).
    let wonders = |t: &[String]| t[0] == "i" && t.iter().take(4).any(|x| has(replies::wonder(), x));
    let opens = |t: &[String]| (question_start(t) == Some(0) || wonders(t)) && asks(t, false);
    let at = joins.map(|i| i + 1).find(|&i| opens(&w[i..]))?;
    let asked = matcher.understand(&w[at..].join(" "));
    let work = crate::coach::outcome_of(asked.topic).is_some();
    (work && asked.confidence >= RUN_ON_QUESTION).then(|| Understanding {
        also: vec![u.topic],
        ..asked
    })
}

/// The user's lines in which a name given is said back: the first few.
const GREETED_WITHIN: usize = 3;

/// How surely a question inside an introduction must read as the work to be answered.
const RUN_ON_QUESTION: f32 = 0.5;

/// The name the user gives as they introduce themselves (I'm Leah, a second-year..., my name
/// is Leah), capital first. After a cue of `name_cues` (not `name_said`) the word must be
/// written as a name, with a capital (or end its clause before words that introduce), and not
/// be one of `not_names` (I'm Brazilian, I'm A).
pub(crate) fn name_given(line: &str) -> Option<String> {
    use crate::understand::text::lower;
    let typed: Vec<&str> = line.split_whitespace().collect();
    let bare = |t: &str| {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric());
        t.chars()
            .map(|c| if c == '\u{2019}' { '\'' } else { c })
            .collect::<String>()
    };
    let plain: Vec<String> = typed.iter().map(|t| lower(&bare(t))).collect();
    let said = replies::name_said().iter().map(|c| (c, true));
    for (cue, explicit) in said.chain(replies::name_cues().iter().map(|c| (c, false))) {
        let cue: Vec<&str> = cue.split(' ').collect();
        let found =
            (plain.windows(cue.len())).position(|w| w.iter().zip(&cue).all(|(a, b)| a == b));
        let Some((at, word)) = found.and_then(|at| Some((at, typed.get(at + cue.len())?))) else {
            continue;
        };
        let name = bare(word);
        let letters = name
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        // As ASCII (no Unicode case tables in the app): a first letter beyond ASCII counts.
        let first = name.chars().next().unwrap_or(' ');
        let capital = (first.is_ascii_uppercase() || !first.is_ascii())
            && !name.chars().skip(1).any(|c| c.is_ascii_uppercase());
        let listed = has(replies::not_names(), &lower(&name));
        let length = (2..=20).contains(&name.chars().count());
        // Typed in lower case, a name when a comma or full stop ends it and what follows
        // introduces the user (`name_follows`: i'm lena, a junior; im lena. first year).
        let next = plain.get(at + cue.len() + 1);
        let typed_low =
            word.ends_with([',', '.']) && next.is_some_and(|n| has(replies::name_follows(), n));
        if letters && length && !listed && (explicit || capital || typed_low) {
            let mut chars = name.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase())?;
            return Some(first.to_string() + chars.as_str());
        }
    }
    None
}

/// Greets the user by name on the line where they first give it: in the reply's own nice to
/// meet you (`met`), or before the reply. Chosen by the name, so the persona's other courtesies
/// keep their turn.
pub(super) fn greet_by_name(line: &str, earlier: &[Exchange], reply: &mut Reply) {
    // A name is given as the talk opens: later lines are not read for one (every line read
    // again at every turn would cost each reply more than the rest of it).
    let opening = earlier.len() < GREETED_WITHIN;
    if !opening || reply.topic == Topic::JobAsk {
        return;
    }
    if earlier.iter().any(|e| name_given(&e.question).is_some()) {
        return;
    }
    let Some(name) = name_given(line) else {
        return;
    };
    let first = crate::understand::text::sentences_lazily(&reply.text).next();
    let met = first.and_then(|s| {
        let end = s.strip_suffix(['.', '!'])?;
        let from = s.as_ptr() as usize - reply.text.as_ptr() as usize;
        let met = replies::met().iter().any(|m| end.ends_with(m.as_str()));
        (end.len() < 40 && met).then_some(from + end.len())
    });
    if let Some(at) = met {
        reply.text.insert_str(at, &name);
        reply.text.insert(at, ' ');
        reply.text.insert(at, ',');
        return;
    }
    let greetings = replies::greet_by_name();
    let greeting = greetings.get(name.len() % greetings.len().max(1));
    let Some(greeting) = greeting else {
        return;
    };
    let mut greeting = crate::substr::replace(greeting, "{name}", &name);
    greeting.push(' ');
    reply.text.insert_str(0, &greeting);
}
