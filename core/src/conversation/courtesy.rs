//! Thanks said with something else: acknowledged before the answer, not after it, and a
//! thanks that names what helped (the point about writing short) answered with that thing.

use super::phrasing::sentences;
use super::{pick, Memory};
use crate::interview::Exchange;
use crate::lexicon::{has, replies};
use crate::understand::text;

/// Most words a named thing may have: a longer one is cut short or runs into the rest of
/// the line, so it is not quoted.
const NAMED_MOST: usize = 5;

/// The persona's answer to thanks as its acknowledgement (its first sentence, you're welcome,
/// with a word on what the user named when it can be picked out) and the goodbye after it,
/// so that what else the line asked is answered between the two.
pub(super) fn thanks_parts(
    answer: &str,
    words: &[String],
    earlier: &[Exchange],
    memory: &mut Memory,
) -> (String, String) {
    let mut ack = sentences(answer, 0, 1).to_string();
    if let Some(named) = named_thanks(words, earlier, memory) {
        ack.push(' ');
        ack.push_str(&named);
    }
    (ack, sentences(answer, 1, usize::MAX).to_string())
}

/// The acknowledgement of thanks said on the way to a question: the thing named, or a
/// word of `thanks_in_passing`.
pub(super) fn in_passing(words: &[String], earlier: &[Exchange], memory: &mut Memory) -> String {
    named_thanks(words, earlier, memory)
        .unwrap_or_else(|| pick(replies::thanks_in_passing(), memory))
}

/// A sentence of `glad_named` about what the thanks named, after a word for what helped and
/// one for what it was about (the tip about X, your point on Y): up to five words that end
/// where the line goes on (is, was, really...) or where it ends, with no person in them (no
/// I or you to turn round), and each word of substance said in an earlier reply, so the
/// thing is one the persona spoke of. `None` when no such thing can be picked out.
fn named_thanks(words: &[String], earlier: &[Exchange], memory: &mut Memory) -> Option<String> {
    use crate::understand::classes::aux;
    let at = words.windows(2).position(|p| {
        has(crate::lexicon::helped(), &p[0]) && has(crate::lexicon::helped_about(), &p[1])
    })?;
    let rest = &words[at + 2..];
    let end = rest
        .iter()
        .position(|w| aux().iter().any(|a| a == w) || has(replies::named_ends(), w))
        .unwrap_or(rest.len());
    let named = &rest[..end];
    let last = named.last()?;
    let person = |w: &String| has(crate::lexicon::pronouns(), w) || has(replies::persons(), w);
    // Cut at the verb of a clause it holds (the point about asking what a question is for):
    // half a clause, not a thing to name back.
    let clause = (rest.get(end)).is_some_and(|w| aux().iter().any(|a| a == w))
        && (named.iter()).any(|w| crate::understand::classes::wh().contains(&w.as_str()));
    if end > NAMED_MOST || text::is_function_word(last) || named.iter().any(person) || clause {
        return None;
    }
    let substance: Vec<&String> = (named.iter())
        .filter(|w| w.len() > 2 && !text::is_function_word(w))
        .collect();
    let said = |e: &Exchange, s: &String| super::pickup::stems_of(&e.reply).contains(s);
    let spoken = |w: &&String| {
        let s = super::pickup::stem(w);
        earlier.iter().any(|e| said(e, &s))
    };
    if substance.is_empty() || !substance.iter().all(spoken) {
        return None;
    }
    let named: Vec<String> = named.iter().map(|w| as_written(w, earlier)).collect();
    let thing = format!("the {} {} {}", words[at], words[at + 1], named.join(" "));
    Some(crate::substr::replace(
        &pick(replies::glad_named(), memory),
        "{}",
        &thing,
    ))
}

/// How the persona wrote `word` (RMAT, Nina): its one form wherever it is not a sentence's
/// first word; as typed when it has none or more than one (story, and Story at a start).
fn as_written(word: &str, earlier: &[Exchange]) -> String {
    let mut form: Option<&str> = None;
    for reply in earlier.iter().map(|e| e.reply.as_str()) {
        let mut start = None;
        for (i, c) in reply.char_indices().chain([(reply.len(), ' ')]) {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
                continue;
            }
            let Some(s) = start.take() else { continue };
            let (t, before) = (&reply[s..i], reply[..s].trim_end());
            // The last byte, not `ends_with([..])`: a char-set pattern brings in its searcher.
            let first = (before.bytes().last()).is_none_or(|b| matches!(b, b'.' | b'!' | b'?'));
            if first || text::lower(t) != word {
                continue;
            }
            if form.is_some_and(|f| f != t) {
                return word.to_string();
            }
            form = Some(t);
        }
    }
    form.map_or_else(|| word.to_string(), str::to_string)
}
