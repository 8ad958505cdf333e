//! Yes/no questions typed without an auxiliary in front: statement order ("it pays good?")
//! and short fragments that ask to confirm something ("remote ok?").

use super::closed::{INDEFINITES, SUBJECT};
use super::{AUX, WH};

/// Words that open a noun subject ("the salary is enough?").
const DETERMINERS: &[&str] = &["the", "this", "that", "your", "ur", "people", "ppl"];

/// "you have a master degree?", "it pays good?", "the salary is enough for living?": a
/// question typed in statement order, with no question word, is a yes/no question. A noun
/// alone ("your favorite part?") asks for content, and so does a request for names.
pub(super) fn statement_order_yes_no(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    if w.len() < 2
        || w.iter().any(|x| WH.contains(&x.as_str()))
        || w.iter().any(|x| INDEFINITES.contains(&x.as_str()))
    {
        return false;
    }
    // "I wonder about your path?" is a request, and "there" or "people" need a verb like a
    // noun does.
    let pronoun = SUBJECT.contains(&at(0)) && !matches!(at(0), "i" | "there" | "people" | "ppl");
    pronoun
        || DETERMINERS.contains(&at(0))
            && w.iter().skip(1).take(4).any(|x| AUX.contains(&x.as_str()))
}

/// "remote ok?", "stressful?", "masters required?", "happy there?": a few words ending in
/// something for the other person to confirm (a judgement or a participle) are a yes/no
/// question. A noun ("balance?", "downsides?"), the best or worst of something ("fav
/// part?") and "any ...?" ask for content.
pub(super) fn fragment_to_confirm(w: &[String]) -> bool {
    const TRAILING: &[&str] = &["there", "now", "rn", "today", "it"];
    let judged = |x: &str| {
        x.ends_with("ful")
            || matches!(
                x,
                "ok" | "okay"
                    | "much"
                    | "necessary"
                    | "enough"
                    | "good"
                    | "bad"
                    | "hard"
                    | "easy"
                    | "busy"
                    | "happy"
            )
            || x.len() > 4 && (x.ends_with("ed") || x.ends_with("ible") || x.ends_with("able"))
    };
    let end = w.len()
        - w.iter()
            .rev()
            .take_while(|x| TRAILING.contains(&x.as_str()))
            .count();
    let best_or_worst = |x: &String| {
        x.len() > 4 && x.ends_with("est")
            || matches!(
                x.as_str(),
                "best" | "worst" | "most" | "least" | "fav" | "fave" | "favorite" | "favourite"
            )
    };
    (1..=4).contains(&w.len())
        && end > 0
        && !matches!(w[0].as_str(), "any" | "and" | "or")
        && !w.iter().any(best_or_worst)
        && !w
            .iter()
            .any(|x| WH.contains(&x.as_str()) || INDEFINITES.contains(&x.as_str()))
        && judged(&w[end - 1])
}
