//! A question that names a phrase few of the persona's texts say (the emotional weight, an
//! information request with its five-day clock) is answered by the text that is about it,
//! wherever it sits in the script: the one that opens with the phrase. A listener answers
//! what was named, not the next story of the topic the question reads as.
//!
//! A phrase is two longer words side by side, compared as stems (`pickup::sequence`). It
//! names something particular when few texts say it and its words are rare in the script
//! (inverse text frequency, from the script itself): their world's common words, and those
//! of their role and field, point nowhere.

use super::deeper::{answers_mask, fresh_mask};
use super::{pickup, Memory};
use crate::persona::Persona;
use crate::topic::Topic;
use std::cell::RefCell;
use std::rc::Rc;

/// A text of the script: an answer (`follow_up` false) or a follow-up of `topic`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Found {
    pub topic: Topic,
    pub follow_up: bool,
    pub index: usize,
}

/// At most this many texts of the script say a phrase that names something particular.
const FEW: usize = 4;

/// The least rarity of a phrase that names something particular: the product of its words'
/// inverse text frequencies (texts / texts saying it), about e^5.5: two words each said by
/// one text in sixteen, or one said by one in eighty beside a common one.
const PARTICULAR: f32 = 245.0;

/// The text not yet given that opens with a particular phrase of the line, when it says more
/// of the line than any answer left of `topic` (the topic the line reads as) and none of those
/// says the phrase.
pub(super) fn recall(
    persona: &Persona,
    memory: &Memory,
    words: &[String],
    topic: Topic,
) -> Option<Found> {
    let asked: Vec<u64> = pickup::sequence_of(&pickup::without_cue_words(words))
        .iter()
        .map(|w| crate::memo::hash(w))
        .collect();
    let pairs: Vec<&[u64]> = (asked.windows(2))
        .filter(|p| p[0] != p[1])
        .take(32)
        .collect();
    if pairs.is_empty() {
        return None;
    }
    let index = script_index(persona);
    let mut saying = vec![0usize; pairs.len()];
    let mut saying_word = vec![0usize; asked.len()];
    // Texts that open with a phrase of the line (phrases as bits, words of the line said).
    let mut openers: Vec<(Found, u32, usize)> = Vec::new();
    let (mut topic_says, mut topic_shares) = (0u32, 0usize);
    let mut masks = (None, [0u32; 2]);
    for text in &index.texts {
        let found = text.found;
        if masks.0 != Some(found.topic) {
            let given = [
                answers_mask(memory, found.topic),
                fresh_mask(memory, found.topic),
            ];
            masks = (Some(found.topic), given);
        }
        let given = masks.1[usize::from(found.follow_up)];
        let fresh = found.index < 32 && given & (1 << found.index) == 0;
        let has = |w: &u64| text.keys.binary_search(w).is_ok();
        for (n, w) in asked.iter().enumerate() {
            saying_word[n] += usize::from(has(w));
        }
        let topics_answer = fresh && found.topic == topic && !found.follow_up;
        let mut opens = 0u32;
        for (n, pair) in pairs.iter().enumerate() {
            if !(has(&pair[0]) && has(&pair[1]) && says(&text.sequence, pair)) {
                continue;
            }
            saying[n] += 1;
            if topics_answer {
                topic_says |= 1 << n;
            }
            if fresh && says(&text.sequence[..text.opening], pair) {
                opens |= 1 << n;
            }
        }
        let shared = || asked.iter().filter(|w| has(w)).count();
        if topics_answer {
            topic_shares = topic_shares.max(shared());
        }
        // Only what they know is told for its words: never a courtesy's reply (thanks, that's
        // helpful... is an introduction's answer, not a phrase).
        if opens != 0 && crate::coach::outcome_of(found.topic).is_some() {
            openers.push((found, opens, shared()));
        }
    }
    let count = index.texts.len();
    let rarity = |w: u64| {
        let n = asked
            .iter()
            .position(|a| *a == w)
            .map_or(count, |n| saying_word[n]);
        if index.own.contains(&w) {
            1.0
        } else {
            count as f32 / n.max(1) as f32
        }
    };
    let weight: Vec<f32> = (pairs.iter().enumerate())
        .map(|(n, p)| {
            let particular = saying[n] <= FEW && topic_says & (1 << n) == 0;
            if particular {
                rarity(p[0]) * rarity(p[1])
            } else {
                0.0
            }
        })
        .collect();
    let mut best: Option<(Found, f32, usize)> = None;
    for (found, opens, shared) in openers {
        let w = (0..pairs.len())
            .filter(|n| opens & (1 << n) != 0)
            .map(|n| weight[n])
            .fold(0.0f32, f32::max);
        let better = best.is_none_or(|(_, bw, bs)| w > bw || w == bw && shared > bs);
        // The topic's own answer is kept when it says as much of the line (a certificate or a
        // master's, after the night course: the answer on the certificate).
        if w >= PARTICULAR && shared > topic_shares && better {
            best = Some((found, w, shared));
        }
    }
    best.map(|(found, _, _)| found)
}

fn says(sequence: &[u64], pair: &[u64]) -> bool {
    sequence.windows(2).any(|p| p == pair)
}

/// One text of the script as `recall` reads it: its longer words' stems (hashed) in order,
/// how many of them its first sentence holds (at most a dozen: a long first sentence may name
/// a detail in passing), and the same stems sorted for looking words up.
struct Text {
    found: Found,
    sequence: Vec<u64>,
    opening: usize,
    keys: Vec<u64>,
}

/// Every text of one script, read once, and the words of the persona's role, field and
/// organization.
struct Index {
    fingerprint: u64,
    texts: Vec<Text>,
    own: Vec<u64>,
}

thread_local! {
    /// The last script read: a practice asks one persona many questions.
    static INDEX: RefCell<Option<Rc<Index>>> = const { RefCell::new(None) };
}

fn script_index(persona: &Persona) -> Rc<Index> {
    // A hash of every text, so an edited script (the persona editor's preview) is read anew.
    let texts = (persona.topics.iter()).flat_map(|s| s.answers.iter().chain(&s.follow_ups));
    let fingerprint = texts
        .map(|t| crate::memo::hash(t))
        .chain([
            crate::memo::hash(&persona.role),
            crate::memo::hash(&persona.field),
        ])
        .fold(crate::memo::hash(&persona.organization), |h, t| {
            h.rotate_left(5) ^ t
        });
    INDEX.with(|kept| {
        let mut kept = kept.borrow_mut();
        match &*kept {
            Some(index) if index.fingerprint == fingerprint => index.clone(),
            _ => {
                let index = Rc::new(read_script(persona, fingerprint));
                *kept = Some(index.clone());
                index
            }
        }
    })
}

fn read_script(persona: &Persona, fingerprint: u64) -> Index {
    let hashed = |t: &str| -> Vec<u64> {
        let words = crate::understand::text::words(t);
        (pickup::sequence_of(&words).iter())
            .map(|w| crate::memo::hash(w))
            .collect()
    };
    let mut texts = Vec::new();
    for script in &persona.topics {
        let answers = script.answers.iter().map(|t| (t, false));
        let all = answers.chain(script.follow_ups.iter().map(|t| (t, true)));
        let mut counts = [0usize; 2];
        for (text, follow_up) in all {
            let index = counts[usize::from(follow_up)];
            counts[usize::from(follow_up)] += 1;
            let sequence = hashed(text);
            let first = crate::understand::text::sentences(text).into_iter().next();
            let opening = hashed(first.unwrap_or("")).len().min(12);
            let mut keys = sequence.clone();
            crate::small_sort::sort_stable_by(&mut keys, |a, b| a.cmp(b));
            keys.dedup();
            let found = Found {
                topic: script.topic,
                follow_up,
                index,
            };
            texts.push(Text {
                found,
                sequence,
                opening,
                keys,
            });
        }
    }
    let own = [&persona.role, &persona.field, &persona.organization];
    let own = own.map(|t| hashed(t)).concat();
    Index {
        fingerprint,
        texts,
        own,
    }
}
