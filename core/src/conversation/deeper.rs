//! Going deeper on an answer: tell me more, and lines that go back to something the persona
//! said (You mentioned the huddle, what happens there?).

use super::time_remarks::pick;
use super::{answer, deflect, detail, pickup, reveal, variants, Earlier, Memory, Reply, ReplyKind};
use crate::persona::Persona;
use crate::topic::Topic;
use crate::understand::{Matcher, Understanding};

/// The rest of a line that names what the persona said (you mentioned X, ...) asks about a
/// topic of its own, not about the answer that said X, when it reads as that topic this
/// surely: what's the hardest part of them? (challenges, 0.99) against what does that
/// training look like? (education, 0.71, though the training named was a responsibility).
const ASKS_ITS_OWN: f32 = 0.75;

/// The topic of the earlier answer a line goes back to, when it should be answered from that
/// answer's topic: it names words the answer said (after a cue, or tersely about the last
/// answer), what it asks besides does not read surely as another topic, and the topic still
/// has a follow-up to give. Thanks, referrals and job asks that mention what was said (could
/// you introduce me to the colleague you mentioned?) are what they are.
pub(super) fn going_back(
    persona: &Persona,
    matcher: &Matcher,
    memory: &Memory,
    u: &Understanding,
    line: &str,
    earlier: Earlier,
) -> Option<(Topic, Option<Vec<String>>)> {
    if crate::coach::social(u.topic) || matches!(u.topic, Topic::Contacts | Topic::JobAsk) {
        return None;
    }
    // What the line asks besides naming: after a cue's clause, or besides words it takes.
    let focus;
    let (topic, rest) = match pickup::named_answer(earlier.exchanges, line) {
        Some(e) => {
            // What it names that the answer said focuses the follow-up.
            let cue = pickup::without_cue_words(&crate::understand::text::words(line));
            focus = Some(detail::shared_words(e, &cue.join(" ")));
            (e.topic, pickup::without_cue(line))
        }
        // Read as the last answer's own topic, a terse line is answered as usual: so range?
        // after a word on pay wants the ranges, which an answer may hold, not a follow-up.
        None => {
            // A phrase taken up in a longer line, only when a follow-up left says it too
            // (else the jump lands on an answer about something else) and the phrase is not
            // one the persona says everywhere (eating disorders, patient data).
            let e = earlier.exchanges.last().filter(|e| e.topic != u.topic)?;
            let phrase = || {
                let keep = |pair: &[String; 2]| {
                    let covered = detail::covers(persona, memory, e.topic, pair) == 2;
                    covered && !detail::common_pair(persona, pair)
                };
                let (rest, pair) = pickup::phrase_pickup(e, line, keep)?;
                Some((rest, pair.to_vec()))
            };
            // One or more longer words of that answer, not of their whole field, that a
            // follow-up left says as well (what things does the agency send overnight?), in
            // a line the model reads as no other topic with some confidence (so many
            // comments, does that stress you out? asks about the hard parts).
            let single = || {
                if u.confidence >= super::NAMES_ANOTHER_TOPIC {
                    return None;
                }
                let taken = detail::taken_from(persona, e, line, 5);
                let taken = detail::best_covered(persona, memory, e.topic, &taken);
                let rest = crate::understand::text::words(line).into_iter();
                let rest = rest.filter(|w| !taken.contains(&pickup::stem(w)));
                let rest = rest.collect::<Vec<_>>().join(" ");
                (!taken.is_empty()).then_some((rest, taken))
            };
            if let Some((_, taken)) = pickup::echo_pickup(e, line) {
                // Said back, then asked about: about that answer, however the question reads.
                return fresh_left(persona, memory, e.topic).then_some((e.topic, Some(taken)));
            }
            let (rest, taken) = (pickup::terse_pickup(e, line).or_else(phrase)).or_else(single)?;
            focus = Some(taken);
            (e.topic, rest)
        }
    };
    if !fresh_left(persona, memory, topic) {
        return None;
    }
    if u.topic != topic && !only_follow_up(&rest) {
        let (asked, sure) = if rest.is_empty() {
            (u.topic, u.confidence)
        } else {
            let r = matcher.understand(&rest);
            (r.topic, r.confidence)
        };
        if asked != topic && asked != Topic::None && sure >= ASKS_ITS_OWN {
            return None;
        }
    }
    Some((topic, focus))
}

/// Whether `topic` has a follow-up not yet given.
pub(super) fn fresh_left(persona: &Persona, memory: &Memory, topic: Topic) -> bool {
    let Some(script) = persona.script(topic) else {
        return false;
    };
    !all_given(fresh_mask(memory, topic), script.follow_ups.len())
}

/// Which of the topic's follow-ups were given: remembered since schema 9, in order before.
pub(super) fn fresh_mask(memory: &Memory, topic: Topic) -> u32 {
    let given = memory.follow_ups_given.get(&topic).copied().unwrap_or(0);
    memory
        .follow_ups_picked
        .get(&topic)
        .copied()
        .unwrap_or_else(|| variants::mask_before_memory(given))
}

/// Which of the topic's answers were given: remembered since schema 7, in order before.
pub(super) fn answers_mask(memory: &Memory, topic: Topic) -> u32 {
    let given = memory.answers_given.get(&topic).copied().unwrap_or(0);
    (memory.variants_given.get(&topic).copied())
        .unwrap_or_else(|| variants::mask_before_memory(given))
}

fn all_given(mask: u32, count: usize) -> bool {
    (0..count.min(32)).all(|i| mask & (1 << i) != 0)
}

/// More on `topic`: the follow-up not yet given that shares the most words with the line (the
/// next in order when none does), or the persona's that's all I have once all are given.
pub(super) fn follow_up(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    topic: Topic,
    earlier: Earlier,
) -> Reply {
    follow_up_on(persona, memory, u, topic, earlier, &[])
}

/// `follow_up`, among the follow-ups that say every word of `focus` when some do (the
/// phrase a line took up: merge or close, not the topic's other words).
pub(super) fn follow_up_on(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    topic: Topic,
    earlier: Earlier,
    focus: &[String],
) -> Reply {
    memory.misses = 0;
    let Some(script) = persona.script(topic) else {
        return deflect(persona, memory);
    };
    if !memory.answers_given.contains_key(&topic) {
        // The answer was held back: tell me more asks for that answer, so it is chosen
        // by the question it was held back from, not by tell me more's own words. (A line
        // going back to an older held-back answer is chosen by its own words.)
        let from = earlier
            .answered
            .filter(|_| memory.last_topic == Some(topic));
        let held = from.map(|q| Understanding {
            words: crate::understand::text::words(q),
            ..u.clone()
        });
        return answer(
            persona,
            memory,
            held.as_ref().unwrap_or(u),
            topic,
            earlier.exchanges,
        );
    }
    let mask = fresh_mask(memory, topic);
    if all_given(mask, script.follow_ups.len()) {
        let text = pick(&persona.lines.no_more, memory);
        return finish(persona, memory, u, topic, text);
    }
    // Among those not given yet: one given already is not said again.
    let focused = (script.follow_ups.iter().enumerate().take(32))
        .filter(|(i, f)| mask & (1 << i) == 0 && !focus.is_empty() && detail::says_all(f, focus))
        .fold(0u32, |m, (i, _)| m | 1 << i);
    // Said only in passing (family meetings, in a follow-up on notes), a detail is told by
    // a follow-up that opens with it, here or under another topic, when there is one.
    if focused != 0 {
        if let Some((other, index)) =
            detail::opens_with_detail(persona, memory, topic, focus, &u.words)
        {
            return tell(persona, memory, u, other, index);
        }
    }
    if focused == 0 && !focus.is_empty() {
        // No follow-up says it, but an answer not yet given does (a family meeting, after a
        // day that named one): that answer.
        if detail::unused_answer_says(persona, memory, topic, focus) {
            return answer(persona, memory, u, topic, earlier.exchanges);
        }
        // Nothing of this topic left says all of it, but a follow-up opens with it, here or
        // in another part of the script.
        let opens = detail::opens_with_detail(persona, memory, topic, focus, &u.words);
        if let Some((other, index)) = opens {
            return tell(persona, memory, u, other, index);
        }
    }
    let asked = variants::asked(&pickup::without_cue_words(&u.words));
    let allowed = if focused == 0 { u32::MAX } else { focused };
    let given = memory.follow_ups_given.get(&topic).copied().unwrap_or(0);
    let index = variants::pick(&script.follow_ups, mask, given, &asked, allowed);
    tell(persona, memory, u, topic, index)
}

/// Follow-up `index` of `topic`, marked given, with the details it earns.
pub(super) fn tell(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    topic: Topic,
    index: usize,
) -> Reply {
    let Some(more) = persona.script(topic).and_then(|s| s.follow_ups.get(index)) else {
        return deflect(persona, memory);
    };
    let given = memory.follow_ups_given.get(&topic).copied().unwrap_or(0);
    let mask = fresh_mask(memory, topic);
    memory.follow_ups_given.insert(topic, given + 1);
    (memory.follow_ups_picked).insert(topic, variants::mark(mask, index));
    let text = if memory.wrapped_up {
        // Past the agreed end (see `answer`): the short version.
        let asked = variants::asked(&pickup::without_cue_words(&u.words));
        super::phrasing::brief(more, &asked)
    } else {
        more.clone()
    };
    finish(persona, memory, u, topic, text)
}

/// A follow-up's `text` on `topic` as the reply, with the details it earns.
pub(super) fn finish(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    topic: Topic,
    mut text: String,
) -> Reply {
    let mut nuggets = Vec::new();
    reveal(
        persona,
        memory,
        &u.words,
        topic,
        false,
        true,
        &mut text,
        &mut nuggets,
    );
    memory.trust += 1;
    memory.last_topic = Some(topic);
    Reply {
        nuggets,
        ..Reply::new(text, topic, ReplyKind::FollowUp)
    }
}

/// A line that asks nothing (probably someone in a society's policy office, since I could
/// do that while studying): no question mark, and no sentence opening like a question.
/// After an answer it is a reply to what the persona asked, or a remark on what they said.
pub(crate) fn asks_nothing(line: &str) -> bool {
    use crate::understand::shape::question_start;
    use crate::understand::text::{sentences, words};
    !line.bytes().any(|b| b == b'?')
        && !sentences(line)
            .iter()
            .any(|s| question_start(&words(s)).is_some())
}

/// After do you mean A or B?, a line that rejects both (neither, more like how people get
/// their first job) asks for the topic it reads as best besides them.
pub(super) fn neither(line: &str, (a, b): (Topic, Topic), u: &Understanding) -> Option<Topic> {
    let first = crate::understand::text::words(line).into_iter().next()?;
    if !crate::understand::classes::rejecting().contains(&first.as_str()) {
        return None;
    }
    (u.ranked.iter())
        .map(|r| r.0)
        .find(|t| ![a, b, Topic::None, Topic::JobAsk].contains(t))
}

/// What's a CMC sync? right after an answer that said it: a short wh-question about a word
/// of that answer (up to four words of substance, one of them said there and not a word of
/// the persona's whole field, such as Rosa's CHWs) asks what was meant, so it is about that
/// answer, however the model reads it.
pub(super) fn asks_what_was_meant(
    persona: &Persona,
    line: &str,
    said: &[String],
    last_reply: &str,
) -> bool {
    use crate::understand::classes::{aux, fillers, wh};
    use crate::understand::text::{is_function_word, sentences, words, words_kept};
    // "Sorry, what's an SOP?": fillers before the question are passed over.
    let unfilled = |w: &[String]| {
        let at = w
            .iter()
            .take_while(|x| fillers().contains(&x.as_str()))
            .count();
        w[at..].to_vec()
    };
    let opens = |w: &[String]| {
        w.len() > 2 && wh().contains(&w[0].as_str()) && aux().contains(&w[1].as_str())
    };
    // The line's words, read once already, rule out most lines before any more reading.
    if !opens(&unfilled(said)) {
        return false;
    }
    let Some(first) = sentences(line).first().map(|s| unfilled(&words_kept(s))) else {
        return false;
    };
    let opens = opens(&first);
    let named: Vec<&String> = (first.iter().skip(2))
        .filter(|w| w.len() > 1 && !is_function_word(w))
        .collect();
    if !opens || !(1..=4).contains(&named.len()) {
        return false;
    }
    let said = words(last_reply);
    // Typed in a hurry (readmision for readmission), a long word still meets its own: the
    // same first seven letters and nearly the same length (not responsible for
    // responsibilities).
    // The persona's plural meets the user's singular (SOPs, an SOP).
    let meets = |w: &str, s: &str| {
        w == s
            || s.strip_suffix('s') == Some(w)
            || w.len().abs_diff(s.len()) <= 2 && w.len() >= 7 && s.get(..7) == w.get(..7)
    };
    // What is X asks what a term means, however often the persona uses it; what do X do,
    // about a word of their whole field (Rosa's CHWs), asks something new.
    let term = crate::understand::classes::being().contains(&first[1].as_str());
    // A word of praise or complaint names no thing (what's the best pizza topping? asks
    // about no "best" just said).
    let praise = |w: &&String| crate::understand::features::polarity(w).is_some();
    named.iter().copied().filter(|w| !praise(w)).any(|w| {
        said.iter().any(|s| meets(w, s))
            && (term || !across_the_field(persona, w.get(..6).unwrap_or(w)))
    })
}

/// What is X (or how, where... is X), with X a phrase of the persona's own vocabulary
/// (Priya's MLR): the topic that phrase belongs to, so the persona explains it from that
/// answer even before saying it.
pub(super) fn their_term(persona: &Persona, words: &[String]) -> Option<crate::topic::Topic> {
    use crate::understand::classes::{being, wh};
    use crate::understand::text::{contains_phrase, words as split};
    // Fillers before the question (wait, so) are passed over.
    let at = words.iter().position(|w| wh().contains(&w.as_str()))?;
    let rest = &words[at..];
    if rest.len() < 3 || !being().contains(&rest[1].as_str()) {
        return None;
    }
    (persona.vocabulary.iter())
        .find(|v| {
            v.phrases
                .iter()
                .any(|p| contains_phrase(&rest[2..], &split(p)))
        })
        .map(|v| v.topic)
}

/// A word the persona's answers use on three topics or more: it names their field, not a
/// term of one answer.
pub(super) fn across_the_field(persona: &Persona, word: &str) -> bool {
    // As bytes, case aside (no lower-cased copy of each answer), where that reads as `lower`
    // does: an ASCII word, and no dotted capital I (lower-cased to ASCII) in the answer.
    let plain = word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase());
    let dotted = |a: &String| a.as_bytes().windows(2).any(|p| p == [0xc4, 0xb0]);
    let said = |a: &String| match plain && (a.is_ascii() || !dotted(a)) {
        true => crate::substr::contains_ignore_case(a, word),
        false => crate::substr::contains(&crate::understand::text::lower(a), word),
    };
    let uses = |s: &&crate::persona::TopicScript| s.answers.iter().any(said);
    persona.topics.iter().filter(uses).nth(2).is_some()
}

/// A follow-up cue with nothing else of substance (What was that like?, how did that
/// go): it is about what was just said, however the model reads it.
pub(super) fn only_follow_up(line: &str) -> bool {
    use crate::understand::{classes::follow_up_cues, text::is_function_word};
    let words = crate::understand::text::words(line);
    let longest = (follow_up_cues().iter()).map(|c| c.bytes().filter(|&b| b == b'_').count());
    let substance = words.iter().filter(|w| !is_function_word(w)).count();
    // More words of substance than any cue has words: never a cue alone (most lines).
    if substance > longest.max().unwrap_or(0) {
        return false;
    }
    // As `shape::is_follow_up` writes it: a $ ends the line, for the cues that must end it.
    let text = format!("_{}_$", words.join("_"));
    follow_up_cues().iter().any(|c| {
        crate::substr::find(&text, c).is_some_and(|at| {
            let rest = [&text[..at], &text[at + c.len()..]];
            (rest.iter().flat_map(|r| r.split('_')))
                .all(|w| matches!(w, "" | "$") || is_function_word(w))
        })
    })
}
