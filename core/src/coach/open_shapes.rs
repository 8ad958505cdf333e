//! The yes/no shapes `open_up` turns beyond *do you <verb>*, each by general grammar over the
//! word classes of `content/lexicon/coach.txt`; each returns None unless every word it needs
//! is where that grammar expects it.

use super::open_up::Said;
use crate::lexicon::would_not;
use crate::lexicon::{
    adverbs, comparatives, degree_tails, doing_verbs, feeling_verbs, gradable, has, hindsight,
};
use crate::lexicon::{how_verbs, indefinite_objects, intensifiers, not_done, not_experiences};
use crate::lexicon::{past_forms, pronouns, subject_nouns, subject_openers, third_persons};
use crate::understand::classes::{aux as auxiliaries, request_verbs, subjects, wh};
use crate::understand::text::is_function_word;

/// *Is the work stressful?* as *How stressful is the work?*, *was it hard to switch* as *How
/// hard was it to switch?*.
pub(super) fn being(said: &Said, aux: usize) -> Option<String> {
    let (end, adjective) = subject_then_adjective(said, aux + 1)?;
    Some(format!(
        "How {} {} {}{}?",
        said.word(adjective),
        said.key(aux),
        said.span(aux + 1, end),
        said.rest(adjective + 1)
    ))
}

/// *Do you find the hours long?* as *How long do you find the hours?*; any other *find* is
/// not turned (*What is it like to find a mentor?* would change what was asked).
pub(super) fn found(said: &Said, aux: usize) -> Option<String> {
    let verb = said.past_adverbs(aux + 2);
    if !said.asks_you(aux) || said.key(verb) != "find" {
        return None;
    }
    let (end, adjective) = subject_then_adjective(said, verb + 1)?;
    Some(format!(
        "How {} {} you find {}{}?",
        said.word(adjective),
        said.key(aux),
        said.span(verb + 1, end),
        said.rest(adjective + 1)
    ))
}

/// A subject from `start` and the adjective after it that takes *how*: (where the subject
/// ends, where the adjective is). A pronoun is a subject on its own; a longer one is up to
/// four words that are not auxiliaries or question words. After the adjective comes the end,
/// a grammar word or an adverb: *Is it a hard job?* and *is it hard work* are not turned.
fn subject_then_adjective(said: &Said, start: usize) -> Option<(usize, usize)> {
    let first = said.key(start);
    if matches!(first, "" | "i" | "there" | "not") {
        return None;
    }
    let pronoun = has(pronouns(), first);
    let adjective = if pronoun {
        (start + 1..said.len().min(start + 3)).find(|&j| !has(intensifiers(), said.key(j)))?
    } else {
        (start + 1..said.len().min(start + 6)).find(|&j| has(gradable(), said.key(j)))?
    };
    let mut end = adjective;
    while end > start + 1 && has(intensifiers(), said.key(end - 1)) {
        end -= 1;
    }
    let subject_ok = (start..end).all(|i| {
        let k = said.key(i);
        !auxiliaries().contains(&k) && !wh().contains(&k) && k != "not"
    });
    // *Is it lonely working from home?*: *it* standing for what follows.
    let next = said.key(adjective + 1);
    let doing = first == "it" && next.ends_with("ing");
    // *Are you happy you switched?*: a clause of its own follows (*there* is a place).
    let follows = (next == "there" || !subjects().contains(&next))
        && (next.is_empty()
            || is_function_word(next)
            || has(adverbs(), next)
            || next.ends_with("ly")
            || doing);
    (subject_ok && follows && has(gradable(), said.key(adjective))).then_some((end, adjective))
}

/// *Did you change anything?* as *What did you change?*, *would you do anything differently*
/// as *What would you do differently?*: an indefinite object asks *what*. What follows it
/// must be *else*, adverbs or a phrase opened by a grammar word (*anything about your path*);
/// *did you learn anything useful* is not turned.
pub(super) fn anything(said: &Said, aux: usize) -> Option<String> {
    let verb = said.past_adverbs(aux + 2);
    let key = said.key(verb);
    let object = verb + 1;
    if !said.asks_you(aux) || !has(indefinite_objects(), said.key(object)) {
        return None;
    }
    let other = said.key(object + 1) == "else";
    let after = if other { object + 2 } else { object + 1 };
    let next = said.key(after);
    let follows = next.is_empty() || is_function_word(next) || next.ends_with("ly");
    let plain = !key.is_empty() && key.chars().all(char::is_alphabetic);
    let what = if other { "What else" } else { "What" };
    (plain && follows && !request_verbs().contains(&key)).then(|| {
        let (tense, verb) = (said.key(aux), said.word(verb));
        format!("{what} {tense} you {verb}{}?", said.rest(after))
    })
}

/// *Would you choose this field again?* as *What would make you choose this field again?*.
/// *Could* and *can* ask what is allowed or possible as often as what the person would do,
/// so they are not turned this way.
pub(super) fn would(said: &Said, aux: usize) -> Option<String> {
    let verb = said.past_adverbs(aux + 2);
    let key = said.key(verb);
    // A request's verb (*would you ever walk me through...*) is never turned; an indefinite
    // object (*would you do anything else*) is turned by `anything` or not at all.
    let indefinite = (verb..said.len()).any(|i| has(indefinite_objects(), said.key(i)));
    let turns = said.asks_you(aux)
        && !key.is_empty()
        && key.chars().all(char::is_alphabetic)
        && !indefinite
        && !request_verbs().contains(&key)
        && !has(would_not(), key);
    turns.then(|| {
        format!(
            "What would make you {}{}?",
            said.word(verb),
            said.rest(verb + 1)
        )
    })
}

/// Someone else doing something: *Does your team like remote work?* as *What does your team
/// like most about remote work?*, *did your manager support you* as *How did your manager
/// support you?*, *Does your team work remotely?* as *What is it like when your team works
/// remotely?* (only in the present: a past form would need the verb's own spelling).
pub(super) fn others_doing(said: &Said, aux: usize) -> Option<String> {
    let (subject_end, verb) = someone(said, aux + 1)?;
    let verb = said.past_adverbs(verb.max(subject_end));
    let key = said.key(verb);
    let tense = said.key(aux);
    let subject = said.span(aux + 1, subject_end);
    if has(feeling_verbs(), key) && verb + 1 < said.len() {
        if compares(said, verb + 1) {
            return None;
        }
        let rest = said.span(verb + 1, said.len());
        return Some(format!("What {tense} {subject} {key} most about {rest}?"));
    }
    if has(how_verbs(), key) {
        let rest = said.rest(verb + 1);
        return Some(format!(
            "How {tense} {subject} {key}{}?",
            without_degree(&rest)
        ));
    }
    if !has(doing_verbs(), key) || tense == "did" {
        return None;
    }
    let verb_form = if tense == "does" {
        third_person(key)
    } else {
        key.to_string()
    };
    Some(format!(
        "What is it like when {subject} {verb_form}{}?",
        said.rest(verb + 1)
    ))
}

/// Someone other than the asker or the person asked, from `start`: (where the subject ends,
/// where its verb is). *your team*, *the hospitals*, *most companies*, *he*, or a name.
fn someone(said: &Said, start: usize) -> Option<(usize, usize)> {
    let first = said.key(start);
    if has(third_persons(), first) {
        return Some((start + 1, start + 1));
    }
    if has(subject_openers(), first) {
        let noun = |i: usize| {
            let k = said.key(i);
            has(subject_nouns(), k) || has(subject_nouns(), k.strip_suffix('s').unwrap_or(""))
        };
        let mut head = (start + 1..said.len().min(start + 4)).find(|&i| noun(i))?;
        // *your team members*, but not *your team work remotely*: a noun that is also a
        // verb listed here is the verb.
        let verb = |i: usize| {
            let k = said.key(i);
            has(doing_verbs(), k) || has(how_verbs(), k) || has(feeling_verbs(), k)
        };
        while noun(head + 1) && !verb(head + 1) {
            head += 1;
        }
        let plain = (start + 1..=head).all(|i| !is_function_word(said.key(i)));
        return plain.then_some((head + 1, head + 1));
    }
    // A name: capitalized words, never "I".
    let capital =
        |i: usize| said.word(i).starts_with(|c: char| c.is_uppercase()) && said.key(i) != "i";
    if !capital(start) {
        return None;
    }
    let end = (start..said.len()).find(|&i| !capital(i))?;
    (end <= start + 2).then_some((end, end))
}

/// *work* as *works*, *teach* as *teaches*, *study* as *studies*.
fn third_person(verb: &str) -> String {
    let hissing = ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|end| verb.ends_with(end));
    match verb.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) => format!("{stem}ies"),
        _ if hissing => format!("{verb}es"),
        _ => format!("{verb}s"),
    }
}

/// ` a lot since you started` as ` since you started`, ` new nurses well` as ` new nurses`:
/// a *how* question asks the degree itself.
fn without_degree(rest: &str) -> String {
    let low = crate::understand::text::lower(rest);
    let mut out = rest;
    for tail in degree_tails() {
        let spaced = format!(" {tail}");
        if low.ends_with(&spaced) {
            out = &out[..out.len() - spaced.len()];
        }
        if low.starts_with(&format!("{spaced} ")) || low == spaced {
            out = &out[spaced.len().min(out.len())..];
        }
    }
    out.to_string()
}

/// *Have you ever worked abroad?* as *What was it like when you worked abroad?*, *have you
/// ever regretted leaving teaching* as *How do you feel now about leaving teaching?*, *Has the
/// field changed a lot?* as *How has the field changed?*.
pub(super) fn having_done(said: &Said, aux: usize) -> Option<String> {
    let you = said.asks_you(aux);
    let (subject_end, _) = if you || said.key(aux + 1) == "it" {
        (aux + 2, aux + 2)
    } else {
        someone(said, aux + 1)?
    };
    // *Have you ever worked abroad?* asks about a time; *have you always liked science* does
    // not, so no other adverb may stand before the participle.
    let done = said.past_adverbs(subject_end);
    if (subject_end..done).any(|i| said.key(i) != "ever") {
        return None;
    }
    let key = said.key(done);
    let regular = key.len() > 3 && key.ends_with("ed");
    if !(regular || has(past_forms(), key) || has(hindsight(), key)) || has(not_done(), key) {
        return None;
    }
    if !you {
        let how = base_forms(key).iter().any(|b| has(how_verbs(), b));
        let subject = said.span(aux + 1, subject_end);
        let rest = without_degree(&said.rest(done + 1));
        return how.then(|| format!("How {} {subject} {key}{rest}?", said.key(aux)));
    }
    if has(hindsight(), key) {
        let mut about = done + 1;
        if matches!(said.key(about), "about" | "of") {
            about += 1;
        }
        // What follows *about* must be a thing or a doing: not *it*, *yourself* or *if ...*.
        let first = said.key(about);
        let thing = first.ends_with("ing")
            || has(subject_openers(), first)
            || matches!(first, "a" | "an")
            || !first.is_empty() && !is_function_word(first) && !first.ends_with("self");
        let rest = said.span(about, said.len());
        return thing.then(|| format!("How do you feel now about {rest}?"));
    }
    if base_forms(key).iter().any(|b| has(not_experiences(), b)) {
        return None;
    }
    let rest = without_degree(&said.rest(done + 1));
    Some(format!("What was it like when you {key}{rest}?"))
}

/// The verbs a regular participle may come from: *changed* from *change*, *planned* from
/// *plan*, *studied* from *study*.
fn base_forms(done: &str) -> Vec<String> {
    let Some(stem) = done.strip_suffix("ed") else {
        return Vec::new();
    };
    let mut out = vec![stem.to_string(), format!("{stem}e")];
    let chars: Vec<char> = stem.chars().collect();
    if chars.len() > 2 && chars[chars.len() - 1] == chars[chars.len() - 2] {
        out.push(chars[..chars.len() - 1].iter().collect());
    }
    if let Some(y) = stem.strip_suffix('i') {
        out.push(format!("{y}y"));
    }
    out
}

/// Whether a word from `from` on compares (more than research, better now): what was liked
/// most cannot be asked of a comparison.
pub(super) fn compares(said: &Said, from: usize) -> bool {
    (from..said.len()).any(|i| has(comparatives(), said.key(i)))
}
