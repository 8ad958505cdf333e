//! Which of a persona's texts says the detail a line asks about: a follow-up not yet given,
//! an answer not yet given, or a phrase the persona says everywhere (`deeper` decides where
//! a line goes with these).

use super::deeper::fresh_mask;
use super::{pickup, variants, Memory};
use crate::interview::Exchange;
use crate::persona::Persona;
use crate::topic::Topic;
use crate::understand::Understanding;

/// A question on the topic of the last answer that takes up its words (when you monitor it
/// once it's live, what problems show up?) and that a follow-up not yet given
/// answers with more of its words than any answer not yet given.
pub(super) fn says_more(
    persona: &Persona,
    memory: &Memory,
    u: &Understanding,
    earlier: &[Exchange],
) -> bool {
    let Some(last) = earlier.last().filter(|e| e.topic == u.topic) else {
        return false;
    };
    let Some(script) = persona.script(u.topic) else {
        return false;
    };
    // Two of its longer words said there, or one that names neither their work nor the topic
    // (regulatory, responsibilities): read with the answer picker's word keys, so no word of the reply is copied.
    let words = pickup::without_cue_words(&u.words);
    let long: Vec<String> = (words.iter())
        .filter(|w| w.chars().count() >= 5 && !crate::understand::text::is_function_word(w))
        .cloned()
        .collect();
    let long = variants::asked(&long);
    let taken = variants::found(&last.reply, &long);
    let own = || {
        let own = [&persona.role, &persona.field, &persona.organization];
        let own = own.map(String::as_str).into_iter().chain([u.topic.label()]);
        own.into_iter()
            .any(|t| variants::found(t, &long) & taken != 0)
    };
    let detail = match taken.count_ones() {
        0 => false,
        1 => !own(),
        _ => true,
    };
    if !detail {
        return false;
    }
    let asked = variants::asked(&words);
    let best = |texts: &[String], mask: u32| {
        let fresh = texts.iter().enumerate().take(32);
        let fresh = fresh.filter(|(i, _)| mask & (1 << i) == 0);
        fresh
            .map(|(_, t)| variants::shared(t, &asked))
            .max()
            .unwrap_or(0)
    };
    let answers_mask = super::deeper::answers_mask(memory, u.topic);
    let follow = best(&script.follow_ups, fresh_mask(memory, u.topic));
    follow >= 2 && follow > best(&script.answers, answers_mask)
}

/// How many of the detail's words the follow-up of `topic` not yet given that says the most
/// of them says (stems of four letters or more, as `pickup::phrase_pickup` reads them).
pub(super) fn covers(persona: &Persona, memory: &Memory, topic: Topic, detail: &[String]) -> usize {
    best_covered(persona, memory, topic, detail).len()
}

/// Of `words`, those said by the follow-up of `topic` not yet given that says the most of
/// them (none when no follow-up left says any).
pub(super) fn best_covered(
    persona: &Persona,
    memory: &Memory,
    topic: Topic,
    words: &[String],
) -> Vec<String> {
    let Some(script) = persona.script(topic) else {
        return Vec::new();
    };
    let mask = fresh_mask(memory, topic);
    let fresh = (script.follow_ups.iter().enumerate()).filter(|(i, _)| mask & (1 << i) == 0);
    let said = fresh.map(|(_, f)| content_of(f));
    let best = said.max_by_key(|said| words.iter().filter(|w| said.contains(w)).count());
    let best = best.unwrap_or_default();
    words.iter().filter(|w| best.contains(w)).cloned().collect()
}

/// Both words said together on three topics or more of the persona's script: their world's
/// common words, not a detail of one answer. Read as bytes, case aside, only once a phrase
/// was taken up.
pub(super) fn common_pair(persona: &Persona, pair: &[String; 2]) -> bool {
    let both = |t: &String| (pair.iter()).all(|w| crate::substr::contains_ignore_case(t, w));
    let uses = |s: &&crate::persona::TopicScript| s.answers.iter().chain(&s.follow_ups).any(both);
    persona.topics.iter().filter(uses).nth(2).is_some()
}

/// Whether an answer of `topic` not yet given says every word of `focus`.
pub(super) fn unused_answer_says(
    persona: &Persona,
    memory: &Memory,
    topic: Topic,
    focus: &[String],
) -> bool {
    let Some(script) = persona.script(topic) else {
        return false;
    };
    let mask = super::deeper::answers_mask(memory, topic);
    let answers = script.answers.iter().enumerate().take(32);
    answers
        .filter(|(i, _)| mask & (1 << i) == 0)
        .any(|(_, a)| says_all(a, focus))
}

/// The words of `line` of `min` letters or more (as stems) that the reply of `last` said
/// and that do not name the persona's whole field (Rosa's CHWs): the details it takes up.
pub(super) fn taken_from(
    persona: &Persona,
    last: &Exchange,
    line: &str,
    min: usize,
) -> Vec<String> {
    if !pickup::answered(last) {
        return Vec::new();
    }
    let field = |w: &String| super::deeper::across_the_field(persona, w.get(..6).unwrap_or(w));
    let mut taken = said_back(last, line, min);
    taken.retain(|w| !field(w));
    taken
}

/// A follow-up not yet given that opens with the detail a line names (in its first dozen
/// words), two of its words side by side as the line says them or the other way round (the
/// HT-310 hold is the hold on HT-310): of `topic` first, as said before turned; then the one
/// of the other topics that names it soonest (the family meeting a day named in passing, told
/// in full under how the unit works).
pub(super) fn opens_with_detail(
    persona: &Persona,
    memory: &Memory,
    topic: Topic,
    focus: &[String],
    asked: &[String],
) -> Option<(Topic, usize)> {
    let named = pickup::sequence_of(asked);
    let pairs: Vec<&[String]> = (named.windows(2))
        .filter(|p| p[0] != p[1] && p.iter().all(|w| focus.contains(w)))
        .collect();
    if pairs.is_empty() {
        return None;
    }
    // Its first dozen words: a long first sentence may list the detail in passing.
    let opening = |t: &str| {
        let first = crate::understand::text::sentences(t).into_iter().next();
        let said = first.map_or_else(|| std::rc::Rc::from([]), pickup::sequence);
        said[..said.len().min(12)].into()
    };
    // Where the opening names it (twice the place, plus one when turned), if it does.
    let named_at = |t: &String| {
        let said = OPENINGS.with(|memo| memo.get(t, opening));
        (said.windows(2).enumerate()).find_map(|(at, p)| {
            let as_said = pairs.iter().any(|q| q[0] == p[0] && q[1] == p[1]);
            let turned = pairs.iter().any(|q| q[0] == p[1] && q[1] == p[0]);
            (as_said || turned).then_some(2 * at + usize::from(!as_said))
        })
    };
    // Ranked by (its topic's or another's, as said before turned there / how soon elsewhere).
    let mut best: Option<((bool, usize), Topic, usize)> = None;
    let own = persona.script(topic).into_iter();
    let others = (persona.topics.iter())
        .filter(|s| s.topic != topic && crate::coach::outcome_of(s.topic).is_some());
    for s in own.chain(others) {
        // One of its own topic found: the others are not read.
        if s.topic != topic && best.is_some_and(|(rank, _, _)| !rank.0) {
            break;
        }
        let mask = fresh_mask(memory, s.topic);
        for (i, f) in s.follow_ups.iter().enumerate().take(32) {
            let Some(at) = (mask & (1 << i) == 0).then(|| named_at(f)).flatten() else {
                continue;
            };
            let rank = (s.topic != topic, if s.topic == topic { at % 2 } else { at });
            if best.is_none_or(|(b, _, _)| rank < b) {
                best = Some((rank, s.topic, i));
            }
        }
    }
    best.map(|(_, topic, index)| (topic, index))
}

/// The line's words (stems of four letters or more) that the reply of `last` said.
pub(super) fn shared_words(last: &Exchange, line: &str) -> Vec<String> {
    said_back(last, line, 4)
}

/// [`said_back`] of an answer, any word of it.
pub(super) fn said_back_in(last: &Exchange, line: &str, min: usize) -> Vec<String> {
    match pickup::answered(last) {
        true => said_back(last, line, min),
        false => Vec::new(),
    }
}

/// The line's words of `min` letters or more (as stems) that the reply of `last` said.
fn said_back(last: &Exchange, line: &str, min: usize) -> Vec<String> {
    let said = if min == 4 {
        content_of(&last.reply)
    } else {
        pickup::content(&last.reply, min).into()
    };
    let asked = pickup::content(line, min).into_iter();
    asked.filter(|w| said.contains(w)).collect()
}

/// How many of `words` (stems of four letters or more, as `pickup::content` gives them)
/// `text` says.
fn words_said(text: &str, words: &[String]) -> usize {
    let said = content_of(text);
    words.iter().filter(|w| said.contains(w)).count()
}

/// `pickup::content(text, 4)`, kept.
fn content_of(text: &str) -> std::rc::Rc<[String]> {
    SAID.with(|memo| memo.get(text, |t| pickup::content(t, 4).into()))
}

thread_local! {
    /// The script's texts as this module reads them, made once: every follow-up of the script
    /// is read for a detail the line names.
    static OPENINGS: crate::memo::Memo<std::rc::Rc<[String]>> = crate::memo::Memo::new(512);
    static SAID: crate::memo::Memo<std::rc::Rc<[String]>> = crate::memo::Memo::new(512);
}

/// `text` says every one of `words`.
pub(super) fn says_all(text: &str, words: &[String]) -> bool {
    words_said(text, words) == words.len()
}

/// A line read as off topic that says two longer words side by side the way the persona's
/// answers say them (Do you treat a lot of eating disorders on your unit?): a question about
/// the work those answers are on, the topic among theirs the model reads the line as most
/// (of its four likeliest about the work).
pub(super) fn topic_of_pair(persona: &Persona, u: &Understanding) -> Option<Topic> {
    let long = |w: &String| w.len() >= 4 && !crate::understand::text::is_function_word(w);
    // Each pair as an answer may write it, with a space or a hyphen, read as bytes, case
    // aside.
    let phrases: Vec<String> = (u.words.windows(2))
        .filter(|p| long(&p[0]) && long(&p[1]))
        .flat_map(|p| [format!("{} {}", p[0], p[1]), format!("{}-{}", p[0], p[1])])
        .collect();
    if phrases.is_empty() {
        return None;
    }
    let says = |a: &String| (phrases.iter()).any(|p| crate::substr::contains_ignore_case(a, p));
    let said = |t: Topic| {
        persona
            .script(t)
            .is_some_and(|s| s.answers.iter().any(says))
    };
    let work = |t: &Topic| crate::coach::outcome_of(*t).is_some();
    // The model's four likeliest topics about the work are read, not the whole script.
    u.ranked
        .iter()
        .map(|r| r.0)
        .filter(work)
        .take(4)
        .find(|t| said(*t))
}
