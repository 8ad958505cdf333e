//! Rehearsing a plan for a real person: Askwell cannot play them, so the practice is with a
//! persona, and the one whose work sounds most like theirs makes the closest rehearsal.

use crate::persona::PersonaInfo;
use crate::prepare::PersonDetails;
use crate::understand::text::{is_function_word, words};

/// Index in `personas` of the one whose role, organization and field share the most words
/// with `person`'s; the first when none share any (or on a tie), `None` for an empty list.
pub fn closest_persona(person: &PersonDetails, personas: &[PersonaInfo]) -> Option<usize> {
    let theirs = work_words(&[&person.role, &person.organization, &person.field]);
    let shared = |p: &PersonaInfo| {
        work_words(&[&p.role, &p.organization, &p.field])
            .iter()
            .filter(|w| theirs.contains(w))
            .count()
    };
    let mut best: Option<(usize, usize)> = None;
    for (i, p) in personas.iter().enumerate() {
        let n = shared(p);
        if best.is_none_or(|(_, most)| n > most) {
            best = Some((i, n));
        }
    }
    best.map(|(i, _)| i)
}

/// The words that say what someone does: no grammar words, nothing under three letters, a
/// plural's final "s" dropped so "nurses" meets "nurse".
fn work_words(parts: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for part in parts {
        for w in words(part) {
            if w.len() < 3 || is_function_word(&w) {
                continue;
            }
            let w = match w.strip_suffix('s') {
                Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => stem.to_string(),
                _ => w,
            };
            if !out.contains(&w) {
                out.push(w);
            }
        }
    }
    out
}
