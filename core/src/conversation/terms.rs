//! Asking what one of the persona's own words means: the persona explains it from its
//! glossary (`Persona::terms`), instead of telling more of the answer that used it.

use super::time_remarks::pick;
use super::{Memory, Reply, ReplyKind};
use crate::interview::Exchange;
use crate::lexicon::{has, has_phrase, replies};
use crate::persona::{Persona, Term};
use crate::topic::Topic;
use crate::understand::classes::{addressed, being, fillers, wh};
use crate::understand::text::{is_function_word, words as split, words_kept};

/// Other words of substance a line may have beside the term: one in a bare question (what
/// is the huddle exactly), two when it says it asks for a meaning (the context of a term).
const OTHER_WORDS: usize = 1;
const OTHER_WORDS_WITH_CUE: usize = 2;

/// The question word of what is X: the shapes below are about it alone.
const WHAT: &str = "what";

/// A word with a plural's s taken off, so that a glossary's rounds is found in what does
/// round mean? and its program officer in program officers: compared on both sides, this
/// never needs the exact form to be listed. The endings of `replies::plural_kept` (class,
/// status, analysis) and short words are left as they are.
pub(super) fn fold(word: &str) -> &str {
    // Most words end otherwise: answered before the endings are looked up.
    let Some(stem) = word.strip_suffix('s').filter(|_| word.len() >= 4) else {
        return word;
    };
    let kept = (replies::plural_kept().iter()).any(|e| word.ends_with(e.as_str()));
    if kept {
        word
    } else {
        stem
    }
}

/// The same word, plural aside; a phrase's `AGE` is any age said (I'm 38, at 52).
fn same(a: &str, b: &str) -> bool {
    fold(a) == fold(b) || (b == AGE && is_age(a))
}

/// In a detail's keyword, a stand-in for any age: i am 00 is said by I'm 38 and by Im 52.
pub(super) const AGE: &str = "00";

/// A number of two digits from 18 up, as people give their age.
pub(super) fn is_age(word: &str) -> bool {
    word.len() == 2 && word.parse::<u8>().is_ok_and(|n| n >= 18)
}

/// Where `phrase` starts in `words`, if it is there, plural aside (a detail's keyword small kid
/// is found in my small kids too).
pub(super) fn find(words: &[String], phrase: &[String]) -> Option<usize> {
    let last = words.len().checked_sub(phrase.len())?;
    (0..=last).find(|&i| (words[i..].iter().zip(phrase)).all(|(w, p)| same(w, p)))
}

/// Where a glossary `phrase` starts in `words`, and how many words it has.
fn find_phrase(words: &[String], phrase: &str) -> Option<(usize, usize)> {
    let p = words_kept(phrase);
    find(words, &p).map(|at| (at, p.len()))
}

/// A glossary's phrases as words, sorted by their first word: every line is looked up in
/// it, so it is built once per glossary rather than each phrase read at every line.
struct Index {
    /// The phrases it was built from, in glossary order, to know it is still that glossary.
    phrases: Vec<String>,
    /// (the phrase's place in glossary order, its term, its words).
    entries: Vec<(usize, usize, std::rc::Rc<[String]>)>,
}

thread_local!(static INDEX: std::cell::RefCell<Option<Index>> = const { std::cell::RefCell::new(None) });

/// The persona's term this line asks the meaning of, with where it stands in the line: the
/// longest of the persona's phrases the line holds (the first in glossary order of those as
/// long), where it first stands.
fn term_in<'p>(persona: &'p Persona, words: &[String]) -> Option<(&'p Term, usize, usize)> {
    term_placed(persona, words, false)
}

/// The persona's term the line names first (the longest phrase of those starting there): the
/// one a later what is that? points back to (you mentioned a fellowship after residency).
fn first_term_in<'p>(persona: &'p Persona, words: &[String]) -> Option<&'p Term> {
    term_placed(persona, words, true).map(|t| t.0)
}

/// The term of `term_in`, or with `first`, the one of `first_term_in`.
fn term_placed<'p>(
    persona: &'p Persona,
    words: &[String],
    first: bool,
) -> Option<(&'p Term, usize, usize)> {
    INDEX.with_borrow_mut(|index| {
        let mut phrases = (persona.terms.iter()).flat_map(|t| &t.words);
        if !index
            .as_ref()
            .is_some_and(|i| i.phrases.iter().eq(&mut phrases))
        {
            let (mut phrases, mut entries) = (Vec::new(), Vec::new());
            for (t, term) in persona.terms.iter().enumerate() {
                for p in &term.words {
                    let w = words_kept(p);
                    if !w.is_empty() {
                        entries.push((phrases.len(), t, w));
                    }
                    phrases.push(p.clone());
                }
            }
            crate::small_sort::sort_small_by(&mut entries, |a, b| fold(&a.2[0]).cmp(fold(&b.2[0])));
            *index = Some(Index { phrases, entries });
        }
        let entries = &index.as_ref()?.entries;
        // (order, term, at, length) of the best so far.
        let mut best: Option<(usize, usize, usize, usize)> = None;
        for (at, word) in words.iter().enumerate() {
            let word = fold(word);
            let from = entries.partition_point(|e| fold(&e.2[0]) < word);
            let same_first = |e: &&(usize, usize, std::rc::Rc<[String]>)| fold(&e.2[0]) == word;
            for (order, t, phrase) in entries[from..].iter().take_while(same_first) {
                let n = phrase.len();
                let better = best.is_none_or(|b| {
                    let longer = n > b.3 || n == b.3 && *order < b.0;
                    if first {
                        at == b.2 && longer
                    } else {
                        longer
                    }
                });
                if better && find(&words[at..(at + n).min(words.len())], phrase) == Some(0) {
                    best = Some((*order, *t, at, n));
                }
            }
        }
        best.map(|(_, t, at, n)| (&persona.terms[t], at, n))
    })
}

/// The first of the persona's terms (and the phrase of it) that a text of its own says: a
/// plainer retelling explains it.
pub(super) fn said_in<'p>(persona: &'p Persona, text: &str) -> Option<(&'p Term, &'p str)> {
    let words = split(text);
    let mut found: Option<(usize, &Term, &str)> = None;
    for term in &persona.terms {
        for p in &term.words {
            if let Some((at, _)) = find_phrase(&words, p) {
                if found.is_none_or(|(first, _, _)| at < first) {
                    found = Some((at, term, p.as_str()));
                }
            }
        }
    }
    found.map(|(_, term, phrase)| (term, phrase))
}

/// The terms a line asks about, in the order asked: one of its sentences (or a part of one
/// between commas or after a colon) holds one of the persona's terms, says it asks for a
/// meaning (mean, stand for, explain...) or is shaped as what is X, and has little else (a
/// sentence beside it may say why: I keep hearing the word); or the line, or its last
/// question (got it, thanks. And RMAT?), is the term alone, once the persona has said it.
/// Two asked (what's an IND, and what's RMAT?) are both explained.
pub(super) fn asked<'p>(
    persona: &'p Persona,
    words: &[String],
    line: &str,
    earlier: &[Exchange],
) -> Vec<&'p Term> {
    let mut asked: Vec<&Term> = Vec::new();
    // Most lines name no term at all: nothing more to read.
    if term_in(persona, words).is_none() {
        return asked;
    }
    let sentences = crate::understand::text::sentences(line);
    let whole = sentences.len() <= 1 && !line.contains([':', ',']);
    let last = sentences.len().saturating_sub(1);
    // The pieces before this one: the part before it in its sentence, and the sentence
    // before. You mentioned SPEP. What is that? asks about what they name.
    let (mut part_before, mut sentence_before): (Vec<String>, Vec<String>) = Default::default();
    for (i, sentence) in sentences.iter().enumerate() {
        // The term alone may ask when it is the whole line, or the line's last question.
        let alone = whole || (i == last && i > 0 && sentence.trim_end().ends_with('?'));
        // A term the persona's words were quoted with (when you say health plans, ...): the
        // part after it asks what it means if it says so (do you mean insurers?).
        let mut quoted: Option<&Term> = None;
        part_before.clear();
        // What comes after a colon or a comma is read on its own too (sorry, one more
        // question: what is a readability checker?).
        for part in sentence.split(':').flat_map(|p| p.split(',')) {
            let part_words = split(part);
            let referred = || {
                let named = [&part_before, &sentence_before].into_iter();
                let mut named = named.filter_map(|n| first_term_in(persona, n));
                asks_what_it_is(&part_words).then(|| named.next()).flatten()
            };
            let meant = || quoted.filter(|_| asks_meaning(&part_words));
            let term = (asked_in(persona, &part_words, alone.then_some(earlier)))
                .or_else(referred)
                .or_else(meant);
            if let Some(term) = term {
                if !asked.iter().any(|t| std::ptr::eq(*t, term)) {
                    asked.push(term);
                }
            }
            let quoting = (replies::quoting().iter()).any(|q| has_phrase(&part_words, q));
            quoted = quoting
                .then(|| first_term_in(persona, &part_words))
                .flatten();
            part_before = part_words;
        }
        sentence_before = split(sentence);
    }
    asked
}

/// Whether `words` ask what the persona meant (do you mean insurers?). "Does that mean
/// you're a doctor?" draws a conclusion from the words instead.
fn asks_meaning(words: &[String]) -> bool {
    (replies::you_mean().iter()).any(|p| has_phrase(words, p))
}

/// A sentence that asks what the thing just named is, and nothing more: what is that, what
/// does it mean, what does that stand for; who is that, for a person named. What is it like?
/// or who is that for? ask something else.
fn asks_what_it_is(words: &[String]) -> bool {
    let said: Vec<&str> = (words.iter().map(|w| w.as_str()))
        .filter(|w| !fillers().contains(w) && !has(replies::term_asides(), w))
        .collect();
    let pointer = |w: &&str| has(replies::term_pointers(), w);
    match said.as_slice() {
        [what, be, p] if *what == WHAT || has(replies::who(), what) => {
            being().contains(be) && pointer(p)
        }
        [what, rest @ ..] if *what == WHAT => {
            rest.iter().any(pointer)
                && rest.iter().any(|w| has(replies::meaning(), w))
                && (rest.iter()).all(|w| is_function_word(w) || has(replies::meaning(), w))
        }
        _ => false,
    }
}

/// The term one sentence's `words` ask about; `earlier` is given when the sentence is the
/// whole line, so that the term alone can ask too.
fn asked_in<'p>(
    persona: &'p Persona,
    words: &[String],
    earlier: Option<&[Exchange]>,
) -> Option<&'p Term> {
    let (term, at, len) = term_in(persona, words)?;
    let before = &words[..at];
    // Fillers (um, so) and the term's own other words (AAV before capsid tropism) are not
    // other words of substance.
    let own = |w: &String| (term.words.iter()).any(|p| words_kept(p).iter().any(|o| same(o, w)));
    let cue_word = |w: &String| has(replies::meaning(), w) || has(replies::consists(), w);
    let substance = |w: &&String| {
        !is_function_word(w) && !fillers().contains(&w.as_str()) && !own(w) && !cue_word(w)
    };
    let others = (before.iter().chain(&words[at + len..]))
        .filter(substance)
        .count();
    // I meant the NP part says what the user asked, not what a word means; what the
    // agency meant asks what the agency intended.
    let cue = (words.iter().enumerate()).any(|(i, w)| {
        let intended = w == "meant" && i == at + len;
        has(replies::meaning(), w) && (i == 0 || words[i - 1] != "i") && !intended
    });
    // What is X: a question word and a form of be, fillers (wait, so) before them, and
    // perhaps between them (what exactly are appropriations?). Who's X lost its is with the
    // possessive's s, and whos X never had one: who right before the name.
    let who = |w: &str| has(replies::who(), w);
    let shaped = (before.iter()).position(|w| wh().contains(&w.as_str()) || who(w));
    let shaped = shaped.is_some_and(|q| {
        let whose = who(&before[q]) && q + 1 == before.len();
        whose
            || (before[q + 1..].iter())
                .find(|w| !has(replies::term_asides(), w) && !fillers().contains(&w.as_str()))
                .is_some_and(|w| being().contains(&w.as_str()))
    });
    // What was your postdoc like? What is your evaluation? asks about theirs, not the meaning.
    let owned = (before.last()).is_some_and(|w| addressed().contains(&w.as_str()))
        || words.last().is_some_and(|w| w == "like");
    let shaped = shaped && !owned;
    // Typed tersely, the question word after the term: capstone on what? budget season = what?
    let terse = before.is_empty() && (words[at + len..].iter()).any(|w| w == WHAT);
    // Asked inside a request (could I ask what a readability tool is?): what, perhaps an
    // article, the term and a form of be, ending the sentence. What frames it (I have to
    // admit I don't know) is not counted against it; what your role at the agency is asks
    // something else.
    let framed = (before.iter()).rposition(|w| w == WHAT);
    let embedded = framed.is_some_and(|q| {
        words.len() == at + len + 1
            && being().contains(&words[at + len].as_str())
            && (before[q + 1..].iter())
                .all(|w| has(replies::term_articles(), w) || has(replies::term_asides(), w))
    });
    // ... unless the user says they know it (I know what the FDA is).
    let known = (replies::known().iter()).any(|k| crate::lexicon::has_phrase(before, k));
    let embedded = embedded && !known;
    // A role asked with do: what does a program officer do?
    let role = (before.iter().position(|w| w == WHAT)).is_some_and(|q| {
        (before[..q].iter()).all(|w| fillers().contains(&w.as_str()))
            && before
                .get(q + 1)
                .is_some_and(|w| has(replies::role_verbs(), w))
            && (before[q + 2..].iter()).all(|w| has(replies::term_articles(), w))
            && words.len() == at + len + 1
            && has(replies::role_verbs(), &words[at + len])
    });
    let shaped = shaped || terse || role;
    // The term alone, or after fillers (and RMAT?, so the huddle?); not a question about it
    // (or is it all CHWs?).
    let alone = (before.iter()).all(|w| fillers().contains(&w.as_str()) || w == "the")
        && at + len == words.len()
        && (earlier.unwrap_or_default().iter())
            .any(|e| find(&split(&e.reply), &words[at..at + len]).is_some());
    let consists = (words.iter()).any(|w| has(replies::consists(), w));
    let fits = (cue && others <= OTHER_WORDS_WITH_CUE)
        || (consists && others == 0)
        || (shaped && others <= OTHER_WORDS)
        || embedded;
    (fits || alone).then_some(term)
}

/// The topic an explanation belongs to: the last one when its script uses the term, else
/// the first about the work whose answers, follow-ups or details use it.
fn topic_of(persona: &Persona, term: &Term, last: Option<Topic>) -> Topic {
    // Compared as text, case aside: this reads the whole script, so it allocates nothing.
    let uses =
        |text: &String| (term.words.iter()).any(|p| crate::substr::contains_ignore_case(text, p));
    // Only topics about the work: a greeting that mentions the term (Rosa's CHWs in her
    // small talk) would take the call back to its opening.
    use crate::topic::Segment::{Advice, Future, Past, Present};
    let in_script = |t: Topic| {
        matches!(t.segment(), Some(Present | Past | Future | Advice))
            && (persona.script(t)).is_some_and(|s| s.answers.iter().chain(&s.follow_ups).any(uses))
    };
    if let Some(t) = last.filter(|t| in_script(*t)) {
        return t;
    }
    let scripted = persona
        .topics
        .iter()
        .map(|s| s.topic)
        .find(|t| in_script(*t));
    let detail = || {
        persona
            .nuggets
            .iter()
            .find(|n| uses(&n.text))
            .map(|n| n.topic)
    };
    scripted.or_else(detail).or(last).unwrap_or(Topic::None)
}

/// A line read as off topic that names one of the persona's terms asks about their work:
/// the last answer's topic if its script uses the term, else the topic of the first answer
/// (or detail) that uses it.
pub(super) fn topic_named(
    persona: &Persona,
    words: &[String],
    last: Option<Topic>,
) -> Option<Topic> {
    let (term, _, _) = term_in(persona, words)?;
    Some(topic_of(persona, term, last)).filter(|t| *t != Topic::None)
}

/// The persona explains the `terms` asked, in turn; one explained before is said again
/// after its repeat line.
pub(super) fn explain(
    persona: &Persona,
    memory: &mut Memory,
    terms: &[&Term],
    earlier: &[Exchange],
) -> Reply {
    let topic = terms
        .first()
        .map_or(Topic::None, |t| topic_of(persona, t, memory.last_topic));
    let mut text = String::new();
    for term in terms {
        if !text.is_empty() {
            text.push(' ');
        }
        if earlier.iter().any(|e| e.reply.ends_with(&term.means)) {
            text.push_str(&pick(&persona.lines.repeat, memory));
        }
        text.push_str(&term.means);
    }
    memory.misses = 0;
    if topic != Topic::None {
        memory.last_topic = Some(topic);
    }
    Reply::new(text, topic, ReplyKind::FollowUp)
}
