//! "Who is Meera?": a person the persona's texts name, asked about by name. The persona
//! tells the text of theirs that says the most about that person, instead of reading the
//! line as a request for contacts.

use super::deeper::{self, fresh_mask};
use super::{answer, Memory, Reply};
use crate::interview::Exchange;
use crate::persona::Persona;
use crate::understand::text::{is_function_word, sentences};
use crate::understand::Understanding;

/// Words before a name that are not the name (Dr. Amadi).
const TITLES: [&str; 6] = ["dr", "doctor", "mr", "ms", "mrs", "prof"];

/// The reply to a line asking who someone is, when its name is a name in the persona's texts
/// (written with a capital inside a sentence): the text not yet told that says most about
/// them, as the answer or follow-up it is.
pub(super) fn who_is(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    line: &str,
    earlier: &[Exchange],
) -> Option<Reply> {
    let at = u.words.iter().position(|w| w == "who")?;
    // Who is, who was, or who's (read as who; not who speak Spanish).
    let rest = &u.words[at + 1..];
    let be = matches!(rest.first().map(String::as_str), Some("is" | "was"));
    let lower = crate::understand::text::lower(line);
    let contracted = ["who's", "who\u{2019}s", "whos "];
    if !be
        && !contracted
            .iter()
            .any(|w| crate::substr::contains(&lower, w))
    {
        return None;
    }
    let named = (rest[usize::from(be)..].iter().take(4))
        .skip_while(|w| TITLES.contains(&w.as_str()))
        .take_while(|w| !is_function_word(w));
    let name = named.into_iter().find_map(|w| capitalized(persona, w))?;
    let scripts = (persona.topics.iter()).filter(|s| crate::coach::outcome_of(s.topic).is_some());
    // (topic, follow-up or answer, index, how much of it is about them)
    let mut best: Option<(crate::topic::Topic, bool, usize, usize)> = None;
    for s in scripts {
        let answers_mask = deeper::answers_mask(memory, s.topic);
        let follow_mask = fresh_mask(memory, s.topic);
        let texts = (s.answers.iter().enumerate()).map(|(i, t)| (false, i, t, answers_mask));
        let texts =
            texts.chain((s.follow_ups.iter().enumerate()).map(|(i, t)| (true, i, t, follow_mask)));
        for (follow, i, t, _) in texts.filter(|x| x.1 < 32 && x.3 & (1 << x.1) == 0) {
            let score = about(t, &name);
            if score > 0 && best.is_none_or(|b| score > b.3) {
                best = Some((s.topic, follow, i, score));
            }
        }
    }
    let (topic, follow, index, _) = best?;
    if follow {
        return Some(deeper::tell(persona, memory, u, topic, index));
    }
    // The answer that names them, chosen by their name alone and told in full.
    let by_name = Understanding {
        words: vec![crate::understand::text::lower(&name)],
        flags: Vec::new(),
        ..u.clone()
    };
    Some(answer(persona, memory, &by_name, topic, earlier))
}

/// Asked to be introduced to someone the persona named in an earlier reply (Would you be
/// comfortable introducing me to Ravi?): yes, to that person, not a list of other names.
pub(super) fn introduce_named(
    memory: &mut Memory,
    u: &Understanding,
    line: &str,
    earlier: &[Exchange],
) -> Option<Reply> {
    let asks = (u.words.iter()).any(|w| w.starts_with("introduc") || w == "intro");
    if !asks || u.topic != crate::topic::Topic::Contacts {
        return None;
    }
    // A name of the line (a capital, then small letters; not its first word, nor an
    // initialism such as CHWs) that an earlier reply said.
    let said = |w: &str| earlier.iter().any(|e| crate::substr::contains(&e.reply, w));
    let named = |w: &&str| {
        let mut c = w.chars();
        c.next().is_some_and(|c| c.is_ascii_uppercase()) && c.all(|c| c.is_ascii_lowercase())
    };
    let mut typed = (line.split(|c: char| !c.is_alphanumeric())).filter(|w| w.len() >= 3);
    typed.next();
    let name = typed.find(|w| named(w) && said(w))?;
    let text = super::pick(crate::lexicon::replies::introduce_named(), memory);
    let text = crate::substr::replace(&text, "{}", name);
    use crate::topic::Topic::Contacts;
    memory.last_topic = Some(Contacts);
    Some(Reply::new(text, Contacts, super::ReplyKind::Answer))
}

/// `word` as the persona's texts write it inside a sentence, with a capital (Meera, Amadi):
/// a name, not a word that opens a sentence.
fn capitalized(persona: &Persona, word: &str) -> Option<String> {
    let mut cap = String::with_capacity(word.len());
    cap.push(char::from(word.bytes().next()?.to_ascii_uppercase()));
    cap.push_str(word.get(1..)?);
    let texts = persona
        .topics
        .iter()
        .flat_map(|s| s.answers.iter().chain(&s.follow_ups));
    // A byte search first: most texts do not hold the word at all (every text is read).
    let named = |t: &String| {
        crate::substr::contains(t, &cap)
            && sentences(t).into_iter().any(|s| {
                let mut ws = s
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty());
                ws.next();
                ws.any(|w| w == cap)
            })
    };
    (word.len() >= 3 && texts.into_iter().any(named)).then_some(cap)
}

/// How much of `text` is about the person `name`: each time it names them, twice more when
/// its first sentence does, and twice more when a comma sets them beside what they are
/// (Meera Nandakumar, a regulatory associate).
fn about(text: &str, name: &str) -> usize {
    if !crate::substr::contains(text, name) {
        return 0;
    }
    let found = |s: &str| s.split(|c: char| !c.is_alphanumeric()).any(|w| w == name);
    let said = sentences(text);
    let times = said.iter().filter(|s| found(s)).count();
    if times == 0 {
        return 0;
    }
    let first = said.first().is_some_and(|s| found(s));
    // The name, or the name and a surname, then a comma.
    let beside = said.iter().filter(|s| found(s)).any(|s| {
        let ws: Vec<&str> = s.split(' ').collect();
        let at = ws
            .iter()
            .position(|w| w.trim_end_matches([',', '.']) == name);
        let capital = |w: &&str| w.starts_with(|c: char| c.is_ascii_uppercase());
        at.is_some_and(|i| {
            ws[i].ends_with(',')
                || ws
                    .get(i + 1)
                    .is_some_and(|w| capital(w) && w.ends_with(','))
        })
    });
    times + 2 * usize::from(first) + 2 * usize::from(beside)
}

#[cfg(test)]
mod tests {
    use super::about;

    #[test]
    fn a_text_that_sets_a_person_beside_what_they_are_is_about_them() {
        let passing = "Out of office on, phone off, Meera and Frances covering.";
        let about_her = "I also manage one person, Meera Nandakumar, a regulatory associate.";
        assert!(about(about_her, "Meera") > about(passing, "Meera"));
        assert_eq!(about("Nobody named here.", "Meera"), 0);
    }
}
