//! Yes/no questions asked indirectly: embedded after "I wonder if", "I'd love to know
//! whether", "can you tell me if" (with or without a question mark), and statements with a
//! tag ("The pay gets better later, right?").

use super::classes::{asking, aux, determiners, subjects, tags, wh};
use crate::understand::text::{words, words_kept};

/// Verbs and adjectives after which "if" or "whether" opens a question rather than a
/// condition: "I wonder if...", "I was curious whether...", "tell me if..." (`asking`).
fn asks_through(word: &str) -> bool {
    word.starts_with("wonder") || asking().contains(&word)
}

/// A wh-question embedded after a word of asking within three words ("I was wondering how
/// you got into this", "I'd love to know what...", "could you tell me why..."): it asks
/// as a question would, with or without its question mark ("the point about asking what
/// decision it is for" only tells).
pub(in crate::understand) fn embeds_wh(w: &[String]) -> bool {
    let through = |v: &String| asks_through(v) && !matches!(v.as_str(), "asking" | "asked");
    w.iter()
        .enumerate()
        .any(|(k, x)| wh().contains(&x.as_str()) && w[k.saturating_sub(3)..k].iter().any(through))
}

/// The yes/no question embedded in a sentence, turned into question order ("I wonder if you
/// ever miss teaching" gives "do you ever miss teaching"), for the closed-question grammar to
/// judge like any direct question: "I was wondering if you could tell me about..." stays a
/// polite request. "know" counts only when wanted, right after "to" or "you" ("I'd love to
/// know if", "do you know whether"): "I don't know if I want this" is a statement.
pub(super) fn embedded_yes_no(sentence: &str) -> Option<Vec<String>> {
    let w = words_kept(sentence);
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    let k = (1..w.len()).find(|&k| {
        matches!(at(k), "if" | "whether")
            && (1..=2).any(|back| {
                let verb = k.saturating_sub(back);
                k >= back
                    && asks_through(at(verb))
                    && (back == 1 || matches!(at(k - 1), "me" | "you" | "u"))
                    && (at(verb) != "know"
                        || verb >= 1 && matches!(at(verb - 1), "to" | "you" | "u"))
            })
    })?;
    // "How can I tell if this is right for me?" asks how, not whether.
    if w[..k].iter().any(|x| wh().contains(&x.as_str())) {
        return None;
    }
    // *I was wondering, if you don't mind, where...*: a set-off if-clause is only politeness.
    let parts: Vec<std::rc::Rc<[String]>> = sentence.split(',').map(words_kept).collect();
    let opens = |p: &[String], class: &[&str]| p.first().is_some_and(|x| class.contains(&&**x));
    if (parts.windows(2)).any(|p| opens(&p[0], &[&w[k]]) && opens(&p[1], wh())) {
        return None;
    }
    let clause = &w[k + 1..];
    if clause.len() < 2 || wh().contains(&clause[0].as_str()) {
        return None;
    }
    // "if you ever miss", "if the pay is good", "whether a minor would help": the auxiliary moves
    // to the front; with none, "do" asks the question ("if your company takes interns").
    let aux_at = clause
        .iter()
        .take(5)
        .position(|x| aux().contains(&x.as_str()))
        .filter(|&p| p >= 1);
    Some(match aux_at {
        Some(p) => std::iter::once(clause[p].clone())
            .chain(clause[..p].iter().cloned())
            .chain(clause[p + 1..].iter().cloned())
            .collect(),
        None if subjects().contains(&clause[0].as_str())
            || determiners().contains(&clause[0].as_str()) =>
        {
            std::iter::once("do".to_string())
                .chain(clause.iter().cloned())
                .collect()
        }
        None => return None,
    })
}

/// A statement turned into a question by a tag after its last comma: ", right?", ", yeah?",
/// ", isn't it?", ", don't you?".
pub(super) fn tagged(sentence: &str) -> bool {
    let Some(body) = sentence.strip_suffix('?') else {
        return false;
    };
    let Some((head, tag)) = body.rsplit_once(',') else {
        return false;
    };
    let tag = words(tag);
    let head = words(head);
    let plain = matches!(tag.as_slice(), [t] if tags().contains(&t.as_str()));
    // Normalized "isn't it" is "is not it"; "don't you" is "do not you".
    let auxiliary = matches!(
        tag.as_slice(),
        [a, n, s] if aux().contains(&a.as_str()) && n == "not" && subjects().contains(&s.as_str())
    ) || matches!(
        tag.as_slice(),
        [a, s] if aux().contains(&a.as_str()) && subjects().contains(&s.as_str())
    );
    (plain || auxiliary)
        && head.len() >= 2
        && !wh().contains(&head[0].as_str())
        && !aux().contains(&head[0].as_str())
}
