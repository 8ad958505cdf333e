//! Asking to hear the last answer again (*Sorry, could you repeat that last part?*), to have
//! it put more plainly (*Could you say that in simpler words?*, *I don't understand*), or
//! whether a summary of it is right (*So it's mostly X and Y. Is that a fair summary?*).
//! Such lines name no topic of their own, so they used to be brushed off as off topic or
//! answered with another story.

use super::phrasing::{recap, sentences};
use super::time_remarks::pick;
use super::{Memory, Reply, ReplyKind};
use crate::interview::Exchange;
use crate::lexicon::{has, replies};
use crate::persona::Persona;
use crate::topic::Topic;
use crate::understand::Understanding;

/// Longer lines ask something of their own (*sorry I didn't really get that, can you repeat
/// the main part?* is thirteen).
const MOST_WORDS: usize = 14;
/// Surer than this that the line names another topic, it is that topic's question.
const NAMES_ANOTHER: f32 = 0.6;

/// The last answer again (its last two sentences when the line asks for the last part), or
/// its gist when the line asks for it more simply (with the first of the persona's terms it
/// says explained), after a word that says so.
pub(super) fn restated(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    earlier: &[Exchange],
) -> Option<Reply> {
    let last = earlier.last().filter(|e| !crate::coach::social(e.topic))?;
    let words = &u.words;
    let named_other =
        u.topic != last.topic && u.topic != Topic::None && u.confidence >= NAMES_ANOTHER;
    if words.len() > MOST_WORDS || named_other {
        return None;
    }
    let any = |class: &[String]| class.iter().any(|c| crate::lexicon::has_phrase(words, c));
    let text = if any(replies::simpler()) {
        let gist = recap(unled(&last.reply));
        let mut text = pick(replies::simpler_lead(), memory) + " " + gist;
        // The gist may keep the jargon that lost them: the first term of the persona's
        // glossary it says is explained too.
        if let Some((term, phrase)) = super::terms::said_in(persona, gist) {
            text = text
                + " "
                + &crate::substr::replace(&replies::term_lead()[0], "{}", phrase)
                + " "
                + &term.means;
        }
        text
    } else if any(replies::say_again()) {
        let answer = unled(&last.reply);
        let part = (words.iter()).any(|w| has(replies::last_part(), w));
        let n = crate::understand::text::sentences(answer).len();
        let said = if part {
            sentences(answer, n.saturating_sub(2), n)
        } else {
            answer
        };
        pick(replies::say_again_lead(), memory) + " " + said
    } else {
        return None;
    };
    let mut reply = Reply::new(text, last.topic, ReplyKind::Answer);
    reply.keeps_segment = true;
    Some(reply)
}

/// *... Is that a fair summary?*, *Did I get that right?*: the last sentence ends with a
/// `summary_check` phrase, after an answer about the work. The persona agrees and goes on.
pub(super) fn summary_confirmed(
    memory: &mut Memory,
    u: &Understanding,
    line: &str,
    earlier: &[Exchange],
) -> Option<Reply> {
    let last = earlier.last().filter(|e| !crate::coach::social(e.topic))?;
    // The check ends the line: its words are the line's last words, already read.
    let words = &u.words;
    let checks = replies::summary_check().iter().any(|c| {
        let n = c.split(' ').count();
        n <= words.len() && crate::lexicon::has_phrase(&words[words.len() - n..], c)
    });
    // *So it's mostly cleaning data, right?*: a tag after the last comma checks what was heard.
    let tail = line
        .trim_end_matches(['?', '.', '!', ' '])
        .rsplit(',')
        .next();
    let tagged = (tail.map(str::trim)).is_some_and(|t| {
        replies::summary_tags()
            .iter()
            .any(|w| w.eq_ignore_ascii_case(t))
    });
    if !checks && !tagged {
        return None;
    }
    let text = pick(replies::summary_yes(), memory) + " " + &pick(replies::go_on(), memory);
    let mut reply = Reply::new(text, last.topic, ReplyKind::Answer);
    reply.keeps_segment = true;
    Some(reply)
}

/// A reply without the leads this module put before it: asked again, the answer is said
/// again, not *Of course. I said: Of course. I said: ...*.
fn unled(reply: &str) -> &str {
    let mut text = reply;
    while let Some(rest) = (replies::say_again_lead().iter())
        .chain(replies::simpler_lead())
        .find_map(|lead| text.strip_prefix(lead.as_str()))
    {
        text = rest.trim_start();
    }
    text
}
