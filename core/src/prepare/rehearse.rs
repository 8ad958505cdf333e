//! Rehearsing a plan for a real person: Askwell cannot play them, so the practice is with a
//! persona, and the one whose work sounds most like theirs makes the closest rehearsal.

use crate::persona::PersonaInfo;
use crate::prepare::PersonDetails;
use crate::understand::text::{is_function_word, words};

/// Index in `personas` of the one whose work sounds closest to `person`'s; the first when
/// none shares a word (or on a tie), `None` for an empty list.
///
/// Each of the person's work words scores where it meets one of the persona's: a word of
/// their role or field counts twice a word of their organization, and meeting the persona's
/// role or field counts twice meeting their organization or bio. Words meet when equal or
/// when they share a stem of five letters or more (psychologist and psychiatrist, clinic
/// and clinical), so a clinical psychologist's plan is rehearsed with the adolescent
/// psychiatrist, not with the data scientist whose role names clinical analytics.
pub fn closest_persona(person: &PersonDetails, personas: &[PersonaInfo]) -> Option<usize> {
    let core = work_words(&[&person.role, &person.field]);
    let context = work_words(&[&person.organization]);
    let theirs = (core.iter().map(|w| (w, 2)))
        .chain(context.iter().filter(|w| !core.contains(w)).map(|w| (w, 1)));
    let theirs: Vec<(&String, usize)> = theirs.collect();
    let score = |p: &PersonaInfo| {
        let near = work_words(&[&p.role, &p.field]);
        let far = work_words(&[&p.organization, &p.bio]);
        let meets = |list: &[String], w: &str| list.iter().any(|o| same_stem(o, w));
        (theirs.iter())
            .map(|&(w, weight)| {
                weight
                    * if meets(&near, w) {
                        2
                    } else {
                        usize::from(meets(&far, w))
                    }
            })
            .sum::<usize>()
    };
    let mut best: Option<(usize, usize)> = None;
    for (i, p) in personas.iter().enumerate() {
        let n = score(p);
        if best.is_none_or(|(_, most)| n > most) {
            best = Some((i, n));
        }
    }
    best.map(|(i, _)| i)
}

/// Equal, or sharing their first five letters or more.
fn same_stem(a: &str, b: &str) -> bool {
    const STEM: usize = 5;
    a == b || (a.len() >= STEM && b.len() >= STEM && a.as_bytes()[..STEM] == b.as_bytes()[..STEM])
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
