//! Yes/no questions about how much, opened up as a question of amount: "Is it mostly coding?"
//! as "How much of it is coding?", "Do you work with doctors a lot?" as "How much do you work
//! with doctors?", "Do you travel often?" as "How often do you travel?". The answer to them is
//! a share or a frequency, so asking for it keeps what was asked.

use super::open_up::Said;
use crate::lexicon::{has, share_words};

/// "Is it mostly X?": the subject before the word of share, what follows after it.
pub(super) fn mostly(said: &Said, aux: usize) -> Option<String> {
    let at = (aux + 2..said.len()).find(|&i| has(share_words(), said.key(i)))?;
    let subject = said.span(aux + 1, at);
    let rest = said.rest(at + 1);
    (at - aux <= 5 && !subject.is_empty() && !rest.is_empty())
        .then(|| format!("How much of {subject} {}{rest}?", said.key(aux)))
}

/// "Do you X a lot ...?" and "Do you X often ...?": how much or how often, the rest as asked.
pub(super) fn how_much(said: &Said, aux: usize) -> Option<String> {
    if !said.asks_you(aux) {
        return None;
    }
    let lot = (aux + 3..said.len()).find(|&i| said.key(i - 1) == "a" && said.key(i) == "lot");
    let often = (aux + 2..said.len()).find(|&i| said.key(i) == "often");
    let (from, to, how) = match (lot, often) {
        (Some(i), _) => (i - 1, i + 1, "much"),
        (None, Some(i)) => (i, i + 1, "often"),
        _ => return None,
    };
    let before = said.span(aux + 2, from);
    (!before.is_empty())
        .then(|| format!("How {how} {} you {before}{}?", said.key(aux), said.rest(to)))
}
