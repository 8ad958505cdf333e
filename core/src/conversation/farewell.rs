//! A line that only says goodbye (*bye!*, *ok gotta go*, *see you!*). It used to be read as
//! small talk, as more of the last answer, or, once the persona had said goodbye, as an odd
//! question to brush off.

use super::courtesy::thanks_parts;
use super::time_remarks::pick;
use super::{answer, Memory, Reply};
use crate::interview::Exchange;
use crate::lexicon::{has, replies};
use crate::persona::Persona;
use crate::topic::{Segment, Topic};
use crate::understand::text::{sentences, words_kept};
use crate::understand::Understanding;

/// Longer sentences say more than goodbye.
const MOST_WORDS: usize = 8;
/// ... and a goodbye may come after a few words on being done: "Nah, I think that's
/// everything. Have a good one!" was asked what it meant (walk 36).
const MOST_LINE_WORDS: usize = 20;

/// The persona's goodbye to a line that says only goodbye: no question in it, no thanks or
/// praise (thanks is answered as thanks), and a word or phrase of leaving. Before the persona has
/// said goodbye it says so now, with its own farewell (the thanks answer without the
/// acknowledgement of thanks nobody gave); after, a short bye back.
pub(super) fn bare_goodbye(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    line: &str,
    earlier: &[Exchange],
) -> Option<Reply> {
    if !says_only_goodbye(u, line) {
        return None;
    }
    let said_goodbye = earlier
        .last()
        .is_some_and(|e| e.topic == Topic::Thanks && e.segment == Segment::Closing);
    if said_goodbye {
        let text = pick(replies::bye_again(), memory);
        return Some(Reply::new(text, Topic::Thanks, super::ReplyKind::Answer));
    }
    let mut reply = answer(persona, memory, u, Topic::Thanks, earlier);
    let (_, rest) = thanks_parts(&reply.text, &[], earlier, memory);
    let back = pick(replies::bye_back(), memory);
    reply.text = if rest.is_empty() {
        back
    } else {
        back + " " + &rest
    };
    Some(reply)
}

fn says_only_goodbye(u: &Understanding, line: &str) -> bool {
    // Most lines are longer or ask something: they are passed over before any phrase is read.
    if u.words.len() > MOST_LINE_WORDS || line.bytes().any(|b| b == b'?') {
        return false;
    }
    let said = sentences(line);
    let words = words_kept(said.last().copied().unwrap_or(line));
    if words.len() > MOST_WORDS {
        return false;
    }
    let leaving = words.iter().any(|w| has(replies::bye_words(), w))
        || (replies::bye_phrases().iter()).any(|p| says_leaving(&words, p));
    let asks = (words.iter()).any(|w| crate::understand::classes::wh().contains(&w.as_str()));
    let thanks = (u.words.iter())
        .any(|w| has(crate::lexicon::thanks(), w) || has(crate::lexicon::grateful(), w));
    leaving && !asks && !thanks
}

/// Whether `phrase` is in `words` with nothing after it but what a goodbye says next: "I take
/// care of my mom" and "I'd have to go back to school" are not leaving (both were taken for
/// goodbyes).
fn says_leaving(words: &[String], phrase: &str) -> bool {
    let n = 1 + phrase.bytes().filter(|&b| b == b' ').count();
    (words.windows(n).enumerate()).any(|(at, row)| {
        crate::lexicon::has_phrase(row, phrase)
            && (words[at + n..].iter()).all(|w| has(replies::bye_tails(), w))
    })
}
