//! A detail kept for a question that names it (`reveal = "asked"`: shadowing, a visa,
//! belonging...) answers that question on its own. Said after another answer of its topic,
//! it came after a story nobody asked for ("Python from Scratch... Shadowing me? Honestly...").

use super::terms::{find, fold, is_age, AGE};
use super::{Memory, Reply, ReplyKind, TRUST_NEEDED};
use crate::interview::Exchange;
use crate::lexicon::{has, replies};
use crate::persona::{Nugget, Persona, Reveal, Temperament};
use crate::substr;
use crate::topic::Topic;
use crate::understand::shape;
use crate::understand::text::{self, words};
use crate::understand::Understanding;

/// The first such answer not yet told whose keyword the question says, told alone on its
/// topic. A guarded persona keeps it until trust is earned (then it comes with an answer).
pub(super) fn asked_for(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    line: &str,
    earlier: &[Exchange],
) -> Option<Reply> {
    let guarded = persona.temperament == Temperament::Guarded && memory.trust < TRUST_NEEDED;
    // Only a question asks for it: an introduction that says "retail" is heard as one.
    let courtesy = matches!(
        u.topic,
        Topic::Introduction | Topic::Thanks | Topic::SmallTalk
    );
    if guarded || courtesy || !(line.contains('?') || shape::asks(&u.words, false)) {
        return None;
    }
    // Cheap first, at every question: a keyword among the line's words, compared plural aside
    // (`terms::fold`, so a list need not name both forms; a keyword with a hyphen or an
    // apostrophe is normalized like the line). The line's words are folded once; a bit per
    // folded word, by a hash, rules most keywords out before their words are compared.
    let folded: Vec<&str> = u.words.iter().map(|w| fold(w)).collect();
    let line_bits = folded.iter().fold(0, |bits, w| bits | bit(w));
    let appears = |k: &String| {
        let plain = k
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' ');
        if plain {
            let first = &k[..k.bytes().position(|b| b == b' ').unwrap_or(k.len())];
            (first == AGE || line_bits & bit(fold(first)) != 0) && in_row(&folded, k)
        } else {
            in_row(&folded, &text::words_kept(k).join(" "))
        }
    };
    let fresh = |n: &&Nugget| n.reveal == Reveal::Asked && !memory.revealed.contains(&n.id);
    let candidates: Vec<&Nugget> = (persona.nuggets.iter())
        .filter(fresh)
        .filter(|n| n.keywords.iter().any(appears))
        .collect();
    if candidates.is_empty() {
        return None;
    }
    // A word the persona just said, taken up (what's hard about burnout?), is a follow-up on
    // that answer, not a new theme; an answer of the topic the line reads as that says the
    // word answers it already (what's hard about burnout and pay?). Both read as written,
    // without splitting whole answers into words at every question.
    let last = earlier.last().map_or("", |e| e.reply.as_str());
    let answers = persona.script(u.topic).map_or(&[][..], |s| &s.answers[..]);
    let in_text = |t: &str, k: &str| substr::contains_ignore_case(t, k);
    let covered = |k: &str| in_text(last, k) || answers.iter().any(|a| in_text(a, k));
    // Said in what is asked, not in a story around it (I burned out as a nurse. What's your
    // week like?), unless the question points back at the story (What was that like?).
    let said = text::sentences(line);
    let marked: Vec<&str> = said.iter().copied().filter(|s| s.ends_with('?')).collect();
    let back = |s: &&str| words(s).iter().any(|w| has(replies::back(), w));
    let asked = if marked.is_empty() || marked.iter().any(back) {
        u.words.clone()
    } else {
        words(&marked.join(" "))
    };
    let named = |k: &String| find(&asked, &text::words_kept(k)).is_some() && !covered(k);
    let nugget = candidates
        .into_iter()
        .find(|n| n.keywords.iter().any(named))?;
    memory.revealed.push(nugget.id.clone());
    memory.misses = 0;
    memory.last_topic = Some(nugget.topic);
    let mut reply = Reply::new(nugget.text.clone(), nugget.topic, ReplyKind::Answer);
    reply.nuggets.push(nugget.id.clone());
    Some(reply)
}

/// Whether a keyword's words (single spaces between) are said in a row in `folded` (a line's
/// words, each through `fold`), plural aside. Read in place: this runs for many keywords at
/// every question.
fn in_row(folded: &[&str], keyword: &str) -> bool {
    let mut words = keyword.split(' ');
    let Some(first) = words.next() else {
        return false;
    };
    let n = 1 + words.clone().count();
    let same = |a: &str, b: &str| a == fold(b) || (b == AGE && is_age(a));
    // The first word is folded once: it is compared at every window.
    let opens = (fold(first), first == AGE);
    let starts = |a: &str| a == opens.0 || (opens.1 && is_age(a));
    (folded.windows(n))
        .any(|w| starts(w[0]) && (w[1..].iter().zip(words.clone())).all(|(a, b)| same(a, b)))
}

/// One of 64 bits for a word, by a hash of its bytes: a line's words as a set that says
/// quickly that a word is not among them.
fn bit(word: &str) -> u64 {
    let hash = (word.bytes()).fold(0u32, |h, b| h.wrapping_mul(31) ^ u32::from(b));
    1 << (hash % 64)
}
