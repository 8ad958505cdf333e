//! Small text helpers shared by the checks and the drafts.

use crate::conversation::pickup::stem;
use crate::lexicon::{has, letters, prepare as lexicon};
use crate::understand::text;

/// Words as a person counts them (runs of letters or digits), for the length rules.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The line's normalized words (contractions expanded), as `understand` reads them.
pub(super) fn normalized(text: &str) -> Vec<String> {
    text::words(text)
}

/// True when any phrase occurs in `words` (phrases are normalized the same way).
pub(super) fn has_any(words: &[String], phrases: &[String]) -> bool {
    phrases
        .iter()
        .any(|p| text::contains_phrase(words, &text::words(p)))
}

/// True when a name is mentioned: its first word, or its last when the first is a title
/// ("Dr. Lee" is found by "Lee").
pub(super) fn mentions_name(text: &str, name: &str) -> bool {
    let said = normalized(text);
    let parts: Vec<String> = normalized(name)
        .into_iter()
        .filter(|w| !has(letters::titles(), w))
        .collect();
    !parts.is_empty() && parts.iter().any(|p| p.len() >= 2 && said.contains(p))
}

/// "Dr. Maya Okafor" → "Dr. Okafor"; "Aunt Carla Mendes" → "Aunt Carla"; "Sam Lee" →
/// "Sam": how a note addresses them.
pub(super) fn greeting_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [] => "there".into(),
        [title, .., last] if is_title(title) => format!("{title} {last}"),
        [kin, first, ..] if is_kin(kin) => format!("{kin} {first}"),
        [first, ..] => (*first).to_string(),
    }
}

/// Family words people put before a relative's name, and greet them by (`kin` in
/// content/lexicon/prepare.txt).
fn is_kin(word: &str) -> bool {
    has(letters::kin(), &text::lower(word))
}

/// "Nurse practitioner" → "a nurse practitioner", "Engineer" → "an engineer": a role as a
/// sentence names it. A role that already has its determiner (an article, my, our) is left
/// as typed.
pub(super) fn a_role(role: &str) -> String {
    let role = role.trim();
    let first = text::lower(role.split_whitespace().next().unwrap_or(""));
    if has(lexicon::determiners(), &first) {
        return role.to_string();
    }
    let vowel = role.starts_with(['A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u']);
    format!("{} {}", if vowel { "an" } else { "a" }, lower_first(role))
}

/// Your work as a nurse at Leeds General, say: with what is known of the role and organization.
pub(super) fn your_work(role: &str, organization: &str) -> String {
    let (role, organization) = (role.trim(), organization.trim());
    match (role.is_empty(), organization.is_empty()) {
        (false, false) => format!("your work as {} at {organization}", a_role(role)),
        (false, true) => format!("your work as {}", a_role(role)),
        (true, false) => format!("your work at {organization}"),
        (true, true) => "your work".into(),
    }
}

pub(super) fn is_title(word: &str) -> bool {
    has(letters::titles(), &text::lower(word.trim_end_matches('.')))
}

/// The first sentence of a note, without its end mark, for quoting in a draft.
pub(super) fn first_sentence(note: &str) -> Option<String> {
    let line = note.lines().map(str::trim).find(|l| !l.is_empty())?;
    let first = text::sentences(line).into_iter().next().unwrap_or(line);
    let first = first.trim().trim_end_matches(['.', '!', '?', ';', ',']);
    (!first.is_empty()).then(|| lower_first(first))
}

/// Lower-cases the first letter unless the first word looks like a name or acronym.
pub(super) fn lower_first(s: &str) -> String {
    let first_word = s.split_whitespace().next().unwrap_or("");
    // "LinkedIn", "I" and an abbreviated title ("Dr.") keep their capital.
    let keep = first_word.chars().skip(1).any(char::is_uppercase)
        || first_word == "I"
        || first_word.ends_with('.');
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if !keep => std::iter::once(text::lower_char(c)).chain(chars).collect(),
        _ => s.to_string(),
    }
}

/// A stable pick among `n` phrasings, so two people get different wording but one person
/// always gets the same.
pub(super) fn pick(seed: &str, n: usize) -> usize {
    let h = seed.bytes().fold(2_166_136_261u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(16_777_619)
    });
    (h as usize) % n.max(1)
}

/// The first full name in a persona's words ("...one more name: Dr. Helen Marsh, who..." →
/// "Dr. Helen Marsh"): two or more capitalized words in a row, a title allowed first.
pub fn name_in(text: &str) -> Option<String> {
    name_runs(text, false)
        .into_iter()
        .next()
        .map(|(_, name)| name)
}

/// Every full name a persona said, in order, each once: `name_in`'s runs, less those after
/// a `before_organization` word (at Harlow State). A reply that names two people to talk to
/// gives both.
pub fn names_said(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (before, name) in name_runs(text, false) {
        // After a capitalized word that broke the run (Tri-County Food Bank), a run is the
        // rest of a name of a place.
        let org = before.is_some_and(|w| {
            has(letters::before_organization(), &text::lower(w))
                || w.chars().next().is_some_and(char::is_uppercase)
        });
        if !org && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Every full name in notes the user wrote ("Talk to Jordan Price at the Science Office" →
/// "Jordan Price"), each once. Notes are terse, so a title and a surname ("Dr. Alvarez") is a
/// name too. Unlike a persona's words, notes name organizations: a run after "the", "at" or
/// another `before_organization` word of content/lexicon/letters.txt is taken for one.
pub fn names_in_notes(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (before, name) in name_runs(text, true) {
        let org = before.is_some_and(|w| has(letters::before_organization(), &text::lower(w)));
        // "Also Dr. Mei Chen": a sentence's first word joins the run; a title starts the name.
        let name = match name.split(' ').position(is_title) {
            Some(at) if at > 0 => name.split(' ').skip(at).collect::<Vec<_>>().join(" "),
            _ => name,
        };
        if !org && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// The part of `text` about `name`: its sentence or clause (a title's full stop does not end
/// one), cut at commas where a neighbouring piece names one of `others`, so a list of people
/// gives each their own note. `name` alone when it is not found as written.
pub(super) fn part_about(text: &str, name: &str, others: &[String]) -> String {
    let names_other = |piece: &str| {
        others
            .iter()
            .any(|o| o != name && crate::substr::contains(piece, o))
    };
    let clause = text
        .lines()
        .flat_map(text::sentences)
        .flat_map(|s| s.split(';'))
        .find(|c| crate::substr::contains(c, name));
    let Some(clause) = clause else {
        return name.to_string();
    };
    let pieces: Vec<&str> = clause.split(',').collect();
    let at = (pieces.iter()).position(|p| crate::substr::contains(p, name));
    let at = at.unwrap_or(0);
    let mut lo = at;
    while lo > 0 && !names_other(pieces[lo - 1]) {
        lo -= 1;
    }
    let mut hi = at;
    while hi + 1 < pieces.len() && !names_other(pieces[hi + 1]) {
        hi += 1;
    }
    let part = pieces[lo..=hi].join(",");
    let part = part
        .trim()
        .trim_end_matches(['.', '!', '?', ',', ':'])
        .trim_end();
    if part.is_empty() {
        name.to_string()
    } else {
        part.to_string()
    }
}

/// Runs of capitalized words (a title allowed first), each with the word before it: two or
/// more besides the title, or, with `titled_one`, a title and one more ("Dr. Alvarez"). A run
/// never crosses a line end: a list of names is often one per line.
fn name_runs(text: &str, titled_one: bool) -> Vec<(Option<&str>, String)> {
    let mut out = Vec::new();
    let full = |run: &[&str]| {
        let named = run.iter().filter(|w| !is_title(w)).count();
        named >= 2 || (titled_one && named == 1 && run.first().is_some_and(|w| is_title(w)))
    };
    for line in text.lines() {
        let mut run: Vec<&str> = Vec::new();
        let (mut previous, mut before): (Option<&str>, Option<&str>) = (None, None);
        for raw in line.split_whitespace() {
            // "(Dr. Lee)" or a quoted name starts a new run, not the one before it.
            let opened = raw.trim_start_matches(['(', '"', '\'', '[']);
            if opened.len() != raw.len() {
                if full(&run) {
                    out.push((before, run.join(" ")));
                }
                run.clear();
            }
            let raw = opened;
            let word = raw.trim_end_matches([',', '.', ';', ':', '!', '?', ')', ']', '"', '\'']);
            let capital = word.chars().next().is_some_and(char::is_uppercase)
                && word
                    .chars()
                    .skip(1)
                    .all(|c| c.is_lowercase() || c == '-' || c == '\'')
                && word != "I";
            let ends = word.len() != raw.len() && !is_title(word);
            if !capital {
                if full(&run) {
                    out.push((before, run.join(" ")));
                }
                run.clear();
                previous = Some(word);
                continue;
            }
            if run.is_empty() {
                before = previous;
            }
            run.push(if is_title(word) { raw } else { word });
            if ends {
                if full(&run) {
                    out.push((before, run.join(" ")));
                }
                run.clear();
            }
            previous = Some(word);
        }
        if full(&run) {
            out.push((before, run.join(" ")));
        }
    }
    out
}

/// At most `max` words of a sentence (its end mark kept when it is whole).
pub(super) fn quote_words(s: &str, max: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() <= max {
        return s.to_string();
    }
    // Cut where a clause ends, if one ends in the second half, rather than mid-phrase.
    let clause_end = (max / 2..max)
        .rev()
        .find(|&i| words[i].ends_with([',', ';']));
    let kept = words[..clause_end.map_or(max, |i| i + 1)].join(" ");
    format!("{}…", kept.trim_end_matches([',', ';']))
}

/// A sentence the user's thanks named, quoted from the clause their first named word is in
/// when the sentence leans on the one before ("It has a student membership, a mentorship
/// program ...": quoted as "…a mentorship program ..."), which would make no sense alone.
pub(super) fn from_named(sentence: &str, named: &[String]) -> String {
    let leans = crate::lexicon::replies::leans_back(sentence);
    let mut start = 0;
    for (i, ch) in sentence
        .char_indices()
        .filter(|(_, c)| matches!(c, ',' | ';'))
    {
        let before: Vec<String> = text::words(&sentence[..i])
            .iter()
            .map(|w| stem(w))
            .collect();
        if named.iter().any(|w| before.contains(w)) {
            break;
        }
        start = i + ch.len_utf8();
    }
    if !leans || start == 0 {
        return sentence.to_string();
    }
    format!("…{}", sentence[start..].trim_start())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_notes_leave_out_organizations() {
        assert_eq!(
            names_in_notes("You should talk to Jordan Price at the Science Office. Also Dr. Mei Chen, and Jordan Price again."),
            ["Jordan Price", "Dr. Mei Chen"]
        );
        assert_eq!(
            names_in_notes("Someone from the Wellcome Trust; ask Ana Ruiz in the Data Team"),
            ["Ana Ruiz"]
        );
        assert!(names_in_notes("nobody, she said to read the Science Policy Digest").is_empty());
        assert_eq!(
            name_in("one more name: Dr. Helen Marsh, who"),
            Some("Dr. Helen Marsh".into())
        );
    }

    #[test]
    fn notes_name_a_title_and_surname_and_break_runs_at_line_ends() {
        let notes =
            "Priyanka Das (her manager), Tom Reilly - data engineer at Mercy General\nDr. Alvarez";
        assert_eq!(
            names_in_notes(notes),
            ["Priyanka Das", "Tom Reilly", "Dr. Alvarez"]
        );
        assert_eq!(names_in_notes("Also Dr. Alvarez."), ["Dr. Alvarez"]);
        // A persona's words still need a full name.
        assert_eq!(name_in("ask Dr. Alvarez about it"), None);
        assert_eq!(
            name_in("Ask around (Dr. Helen Marsh knows)"),
            Some("Dr. Helen Marsh".into())
        );
    }

    #[test]
    fn the_part_about_a_name_stops_at_the_next_name() {
        let names = |t: &str| names_in_notes(t);
        let list = "Priyanka Das (her manager), Tom Reilly - data engineer at Mercy General";
        assert_eq!(
            part_about(list, "Tom Reilly", &names(list)),
            "Tom Reilly - data engineer at Mercy General"
        );
        assert_eq!(
            part_about(list, "Priyanka Das", &names(list)),
            "Priyanka Das (her manager)"
        );
        // Commas that do not start another person's part stay in.
        let one = "At the clinic, ask Dr. Ana Ruiz, who runs the fellowship. Ana is kind.";
        assert_eq!(
            part_about(one, "Dr. Ana Ruiz", &names(one)),
            "At the clinic, ask Dr. Ana Ruiz, who runs the fellowship"
        );
        let two = "Omar Haddad; and Lina Park, his colleague";
        assert_eq!(
            part_about(two, "Lina Park", &names(two)),
            "and Lina Park, his colleague"
        );
        assert_eq!(
            part_about("Jordan  Price", "Jordan Price", &[]),
            "Jordan Price"
        );
    }

    #[test]
    fn counts_and_names() {
        assert_eq!(word_count("Hi Sam, I'm a student — 2nd year."), 7);
        assert!(mentions_name(
            "Maya Okafor suggested I write",
            "Dr. Maya Okafor"
        ));
        assert!(mentions_name("Dr. Okafor suggested", "Dr. Maya Okafor"));
        assert!(!mentions_name("Someone suggested", "Dr. Maya Okafor"));
        assert_eq!(greeting_name("Dr. Maya Okafor"), "Dr. Okafor");
        assert_eq!(greeting_name("Sam Lee"), "Sam");
        assert_eq!(
            first_sentence("Budget season is brutal. Then calm.").as_deref(),
            Some("budget season is brutal")
        );
        assert_eq!(
            first_sentence("NIH grants matter").as_deref(),
            Some("NIH grants matter")
        );
    }
}
