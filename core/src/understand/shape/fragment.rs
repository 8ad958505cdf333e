//! Yes/no questions typed without an auxiliary in front: statement order (*it pays good?*)
//! and short fragments that ask to confirm something (*remote ok?*).

use super::classes::{amounts, aux, content_judgements, determiners, indefinites, judgements};
use super::classes::{parts, resources, subjects};
use super::classes::{superlatives, trailing, wh};
use crate::understand::text::is_function_word;

/// "you have a master degree?", "it pays good?", "the salary is enough for living?": a
/// question typed in statement order, with no question word, is a yes/no question. A noun
/// alone (*your favorite part?*) asks for content, and so does a request for names.
pub(super) fn statement_order_yes_no(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    if w.len() < 2
        || w.iter().any(|x| wh().contains(&x.as_str()))
        || w.iter().any(|x| indefinites().contains(&x.as_str()))
    {
        return false;
    }
    // "I wonder about your path?" is a request, and "there" or "people" need a verb like a
    // noun does.
    let pronoun = subjects().contains(&at(0)) && !matches!(at(0), "i" | "there" | "people" | "ppl");
    // "ur team growing?", "your company sponsors visas?", "your parents wanted you to?": a
    // verb after a two-word subject ("your biggest challenges as a manager?" and "your most
    // used tools?" are noun phrases).
    let verb = at(2).len() > 4
        && (at(2).ends_with("ing")
            || at(2).ends_with('s')
                && !at(2).ends_with("ss")
                && w.len() > 3
                && !is_function_word(at(3))
            || at(2).ends_with("ed") && matches!(at(3), "you" | "me" | "it" | "them" | "to"));
    pronoun
        || determiners().contains(&at(0))
            && ((w.iter().skip(1).take(4)).any(|x| aux().contains(&x.as_str())) || verb)
}

/// "remote ok?", "stressful?", "masters required?", "happy there?", "worth it?", "long
/// hours?", "hiring right now?": a few words ending in something for the other person to
/// confirm (a judgement, a participle, or a verb with "it"), or opening with a judgement of
/// what follows, or asking how much or whether still, are a yes/no question. A noun
/// ("balance?", "downsides?") and the best or worst of something ("fav part?") ask for
/// content ("any ...?" is judged as "are there any ...?" by the caller).
pub(super) fn fragment_to_confirm(w: &[String]) -> bool {
    let judged = |x: &str| {
        x.ends_with("ful")
            || judgements().contains(&x)
            || x.len() > 4 && (x.ends_with("ed") || x.ends_with("ible") || x.ends_with("able"))
    };
    let end = w.len()
        - (w.iter().rev())
            .take_while(|x| trailing().contains(&x.as_str()))
            .count();
    let best_or_worst =
        |x: &String| x.len() > 4 && x.ends_with("est") || superlatives().contains(&x.as_str());
    if !(1..=5).contains(&w.len())
        || end == 0
        || matches!(w[0].as_str(), "any" | "and" | "or")
        || w.iter().any(best_or_worst)
        || w.iter()
            .any(|x| wh().contains(&x.as_str()) || indefinites().contains(&x.as_str()))
    {
        return false;
    }
    let last = w[end - 1].as_str();
    // "like it?", "enjoying it so far?": a verb or judgement about "it" ("time for it?" asks
    // for content).
    let about_it = w[end..].iter().any(|x| x == "it") && !is_function_word(last);
    // "hiring right now?", "growing still?": an activity placed in time.
    let ongoing = end < w.len() && last.len() > 4 && last.ends_with("ing");
    // "long hours?", "good weekend?", "hard to get in?", "happy you switched?": a judgement
    // of what follows. "good websites?", "typical week?" and "hard parts?" ask for content.
    let judged_first = judgements().contains(&w[0].as_str())
        && !content_judgements().contains(&w[0].as_str())
        && (w.len() <= 3 || matches!(w[1].as_str(), "to" | "you" | "u" | "the" | "that"))
        && !parts().contains(&last)
        && !w.iter().any(|x| resources().contains(&x.as_str()));
    // "still enjoying it?", "lots of overtime?", "much travel?": how much or whether still.
    let how_much =
        amounts().contains(&w[0].as_str()) || w.len() > 2 && w[0] == "a" && w[1] == "lot";
    judged(last) || about_it || ongoing || judged_first || how_much
}
