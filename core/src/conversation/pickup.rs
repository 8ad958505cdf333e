//! Lines that pick up what the persona said (You mentioned the huddle, what happens
//! there?): which earlier answer they name, and what they ask once the naming is set aside.
//! The persona answers them from that answer's topic; the coach credits them as follow-ups.

use crate::interview::Exchange;
use crate::understand::text;

/// The line names something the persona said: you mentioned, you said, ...
pub(crate) fn cued(question: &str) -> bool {
    let q = text::normalize(question);
    crate::lexicon::naming_cues()
        .iter()
        .any(|cue| crate::substr::contains(&q, cue))
}

/// The question builds on the answer: You mentioned 38 CHWs — how do you hire them? names
/// a word of the answer in the clause after you mentioned (or you said), short words and
/// numbers included; without such a cue it takes three of the answer's longer words. Word
/// forms are compared by `stem` (memo meets memos).
pub(crate) fn picks_up(answer: &str, question: &str) -> bool {
    let said = stems_of(answer);
    if let Some(named) = named_after_cue(question) {
        return named.iter().any(|w| said.contains(w));
    }
    let asked = content(question, 5);
    asked.iter().filter(|w| said.contains(w)).count() >= 3
}

/// A terse line (six words at most) about the last answer, with no cue: its one or two longer words, or two of
/// three, are words that answer said (budget season = what exactly?, which column empty?
/// example, what pattern). Gives the line's other words (what it asks about them) and the
/// words it took up.
pub(crate) fn terse_pickup(last: &Exchange, question: &str) -> Option<(String, Vec<String>)> {
    let (asked, words) = (content(question, 5), text::words(question));
    if !answered(last) || asked.is_empty() || asked.len() > 3 || words.len() > 6 {
        return None;
    }
    let said = stems_of(&last.reply);
    let shared: Vec<&String> = asked.iter().filter(|w| said.contains(w)).collect();
    let enough = shared.len() == asked.len() || (asked.len() == 3 && shared.len() == 2);
    let rest = words.iter().filter(|w| !shared.contains(&&stem(w)));
    let rest = rest.cloned().collect::<Vec<_>>().join(" ");
    enough.then(|| (rest, shared.into_iter().cloned().collect()))
}

/// Words of the last answer said back as a short question, then a short wh-question
/// (drifted? what happened; missing isn't zero? how do you tell them apart): the question
/// is about what was echoed, however its own words read. Gives the question and the echoed
/// words.
pub(crate) fn echo_pickup(last: &Exchange, question: &str) -> Option<(String, Vec<String>)> {
    let first = clauses(question).next().unwrap_or(question);
    let then = text::words(&question[first.len()..]);
    let asks =
        (then.first()).is_some_and(|w| crate::understand::classes::wh().contains(&w.as_str()));
    // Said back as a short question of its own (drifted?), not a clause that sets a scene
    // (every formal FDA meeting, what kind are they?).
    let echo_asks = first.trim_end().ends_with('?') && text::words(first).len() <= 4;
    if !asks || !echo_asks || then.len() > 6 || !answered(last) {
        return None;
    }
    let echo = content(first, 5);
    let said = stems_of(&last.reply);
    let echoed = !echo.is_empty() && echo.iter().all(|w| said.contains(w));
    echoed.then(|| (then.join(" "), echo))
}

/// An answer about the work, given (not a question back or a deflection).
pub(crate) fn answered(e: &Exchange) -> bool {
    crate::coach::answered(e) && crate::coach::outcome_of(e.topic).is_some()
}

/// A line that says two words of the last answer side by side as it did (what goes into a
/// briefing package?, long-term follow-up, how long is it?), its grammar words aside: about
/// that answer. Gives the line's other words, as `terse_pickup` does, and the two words.
/// `keep` chooses among the pairs the line shares with the answer (the first it keeps).
pub(crate) fn phrase_pickup(
    last: &Exchange,
    question: &str,
    keep: impl Fn(&[String; 2]) -> bool,
) -> Option<(String, [String; 2])> {
    let asked = sequence(question);
    // A byte search first (case aside): most lines share no pair, and the reply's words need
    // not be split for them.
    let in_reply = |w: &String| crate::substr::contains_ignore_case(&last.reply, w);
    let maybe = asked.windows(2).any(|p| in_reply(&p[0]) && in_reply(&p[1]));
    if !answered(last) || !maybe {
        return None;
    }
    let said = sequence(&last.reply);
    let shared = (asked.windows(2)).filter(|p| said.windows(2).any(|s| s == *p));
    let pair = (shared.map(|p| [p[0].clone(), p[1].clone()])).find(|p| keep(p))?;
    let words = text::words(question);
    let rest = words.iter().filter(|w| !pair.contains(&stem(w)));
    let rest = rest.cloned().collect::<Vec<_>>().join(" ");
    Some((rest, pair))
}

/// The stems of a text's words of four letters or more that are not grammar words, and its
/// numbers of three digits or more (HT-310, 2017: a detail's name), in order.
pub(crate) fn sequence(t: &str) -> std::rc::Rc<[String]> {
    SEQUENCES.with(|memo| memo.get(t, |t| sequence_of(&text::words(t)).into()))
}

thread_local! {
    /// `sequence` of the texts read at every line: the last reply, the script's follow-ups.
    static SEQUENCES: crate::memo::Memo<std::rc::Rc<[String]>> = crate::memo::Memo::new(512);
}

/// `sequence` of words already split.
pub(crate) fn sequence_of(words: &[String]) -> Vec<String> {
    (words.iter())
        .filter(|w| w.chars().count() >= 4 && !text::is_function_word(w) || number(w))
        .map(|w| stem(w))
        .collect()
}

/// A number of three digits or more.
fn number(w: &str) -> bool {
    w.len() >= 3 && w.bytes().all(|b| b.is_ascii_digit())
}

/// The latest answer a line read as off topic takes up without a cue: two of its longer
/// words said there (what made you pick up Python that summer, after Python I learned on
/// my own ... one summer), so it asks about that answer.
pub(crate) fn taken_up<'a>(earlier: &'a [Exchange], question: &str) -> Option<&'a Exchange> {
    let asked = content(question, 5);
    (earlier.iter().rev()).filter(|e| answered(e)).find(|e| {
        let said = stems_of(&e.reply);
        asked.iter().filter(|w| said.contains(w)).count() >= 2
    })
}

thread_local! {
    /// The stems of each reply so far, read once: every question compares itself with all.
    static STEMS: crate::memo::Memo<std::rc::Rc<[String]>> = crate::memo::Memo::new(256);
}

/// The stems of the words of `reply`.
pub(crate) fn stems_of(reply: &str) -> std::rc::Rc<[String]> {
    let stems = |r: &str| text::words(r).iter().map(|w| stem(w)).collect();
    STEMS.with(|memo| memo.get(reply, stems))
}

/// The answered exchange whose reply holds the most of what a cued line names (the latest of
/// those sharing as many), if the line is cued: the answer the user is going back to.
pub(crate) fn named_answer<'a>(earlier: &'a [Exchange], question: &str) -> Option<&'a Exchange> {
    let named = named_after_cue(question)?;
    let mut best: Option<(usize, &Exchange)> = None;
    for e in earlier {
        if !answered(e) {
            continue;
        }
        let said = stems_of(&e.reply);
        let shared = named.iter().filter(|w| said.contains(w)).count();
        if shared > 0 && best.is_none_or(|(most, _)| shared >= most) {
            best = Some((shared, e));
        }
    }
    best.map(|(_, e)| e)
}

/// The line's words without those of the naming cues (mentioned, said), for choosing
/// what to answer by what was named rather than by the cue.
pub(crate) fn without_cue_words(words: &[String]) -> Vec<String> {
    // A byte search first: most words are in no cue at all.
    let in_cue =
        |c: &String, w: &str| crate::substr::contains(c, w) && c.split(' ').any(|x| x == w);
    let cues = crate::lexicon::naming_cues();
    (words.iter())
        .filter(|w| !cues.iter().any(|c| in_cue(c, w)))
        .cloned()
        .collect()
}

/// The line without the clause that holds the cue: what is asked about the thing named
/// (You said the hours are brutal. What balances that out? -> What balances that
/// out?). Empty when the cue's clause is the whole question.
pub(crate) fn without_cue(question: &str) -> String {
    clauses(question)
        .filter(|c| !cued(c))
        .collect::<String>()
        .trim()
        .to_string()
}

/// The line's clauses, each with the mark that ends it: breaks at a dash, colon, comma,
/// sentence end or bracket (- only between spaces: one-page is a word).
fn clauses(line: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    let mut previous = ' ';
    std::iter::from_fn(move || {
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map_or(' ', |(_, n)| *n);
            let breaks = matches!(
                c,
                '\u{2014}' | '\u{2013}' | ':' | ';' | ',' | '?' | '!' | '.' | '(' | ')'
            ) || (c == '-' && previous == ' ' && next == ' ');
            previous = c;
            if breaks {
                let clause = &line[start..i + c.len_utf8()];
                start = i + c.len_utf8();
                return Some(clause);
            }
        }
        (start < line.len()).then(|| {
            let rest = &line[start..];
            start = line.len();
            rest
        })
    })
}

/// The stems of the words named after a cue, up to the end of its clause (you mentioned
/// briefing memos — what ... names briefing memos); the whole line's longer words when
/// that clause names nothing. `None` without a cue.
fn named_after_cue(question: &str) -> Option<Vec<String>> {
    let mut cue_seen = false;
    for clause in clauses(question) {
        // `text::normalize`, through the shared word lists: the clause was split already.
        let normal = text::words_kept(clause).join(" ");
        let Some(after) = crate::lexicon::naming_cues().iter().find_map(|cue| {
            let at = crate::substr::find(&normal, cue)?;
            Some(normal[at + cue.len()..].to_string())
        }) else {
            continue;
        };
        cue_seen = true;
        let named: Vec<String> = text::words(&after)
            .iter()
            .filter(|w| {
                !text::is_function_word(w)
                    && (w.chars().count() >= 2 || w.chars().all(|c| c.is_ascii_digit()))
            })
            .map(|w| stem(w))
            .collect();
        if !named.is_empty() {
            return Some(named);
        }
    }
    cue_seen.then(|| content(question, 5))
}

/// Distinct stems of the words that are not grammar words, of `min` letters or more, and the
/// numbers of three digits or more.
pub(crate) fn content(line: &str, min: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in text::words_kept(line).iter() {
        if w.chars().count() >= min && !text::is_function_word(w) || number(w) {
            let s = stem(w);
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// A word without its commonest English endings, so that forms of one word meet: memos and
/// memo, hiring and hire, policies and policy, meetings and meeting, diversified and diversifying.
pub(crate) fn stem(word: &str) -> String {
    let n = word.chars().count();
    if n > 4 {
        // policies and policy, diversified and diversify
        if let Some(base) = word
            .strip_suffix("ies")
            .or_else(|| word.strip_suffix("ied"))
        {
            return format!("{base}y");
        }
    }
    let mut w = word;
    if n > 3 && !w.ends_with("ss") {
        w = w.strip_suffix('s').unwrap_or(w);
    }
    let n = w.chars().count();
    if n > 5 {
        w = w.strip_suffix("ing").unwrap_or(w);
    }
    if n > 4 {
        w = w.strip_suffix("ed").unwrap_or(w);
    }
    if w.chars().count() > 3 {
        w = w.strip_suffix('e').unwrap_or(w);
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cue_clause_is_set_aside() {
        let file = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/cases/pickup.tsv"
        ));
        for (line, rest) in crate::understand::cases(file) {
            let rest = if rest == "-" { "" } else { rest };
            assert_eq!(without_cue(line), rest, "{line}");
        }
    }
}
