//! Lines the model reads as an introduction that are not one. An introduction tells who the
//! user is; it asks nothing of the persona, so it is never one side of a clarifying question,
//! and a question about the persona's world is not one (could you tell me a little about
//! your organization?), nor is a question once the user has introduced themselves.

use crate::lexicon::{has, replies};
use crate::topic::Topic;
use crate::understand::{Understanding, UNKNOWN};

/// The line as it should be read, when the model's reading involves an introduction it
/// should not; `None` when the reading stands.
pub(super) fn reread(u: &Understanding, line: &str, introduced: bool) -> Option<Understanding> {
    let second = u.runner_up.is_some_and(|r| r.0 == Topic::Introduction);
    if u.topic != Topic::Introduction && !second {
        return None;
    }
    let asks = asks(line);
    let own = (u.words.iter()).any(|w| has(replies::self_words(), w));
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
