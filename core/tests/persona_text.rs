//! Slips in the shipped personas' text that no reader of one answer alone would notice (the
//! seventh walk-through, A17): an answer that leans on another not yet heard, and a full
//! name said twice in one reply.

use askwell_core::content::bundled;
use askwell_core::persona::Reveal;

/// Any answer can come first (the one sharing most words with the question is chosen), so
/// no answer's first sentence may lean on another: "a medical writer would be worth talking
/// to as well", "there are also paths outward", "I'll keep repeating this".
#[test]
fn each_answer_opens_without_leaning_on_another() {
    let leans = |sentence: &str| {
        let lower = sentence.to_ascii_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        words.contains(&"also")
            || lower.contains("as well")
            || lower.contains("keep repeating")
            || [" too.", " too,", " too!", " too?"]
                .iter()
                .any(|t| lower.contains(t))
    };
    let mut found = Vec::new();
    for p in bundled() {
        for script in &p.topics {
            for answer in &script.answers {
                let first = answer.split_inclusive(['.', '!', '?']).next().unwrap_or("");
                if leans(first) {
                    found.push(format!("{} {:?}: {first}", p.id, script.topic));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Maya's first typical-day answer was about her outpatient weeks before any word of the
/// inpatient ones: an answer that speaks of one kind of week sets up the other.
#[test]
fn maya_names_both_kinds_of_week_before_the_calmer_one() {
    let maya = bundled()
        .into_iter()
        .find(|p| p.id == "maya-okafor")
        .unwrap();
    let day = maya.script(askwell_core::Topic::TypicalDay).unwrap();
    for answer in &day.answers {
        let first = answer.split_inclusive('.').next().unwrap_or("");
        if first.contains("outpatient weeks") || first.contains("outpatient ones") {
            assert!(first.contains("inpatient"), "{first}");
        }
    }
}

/// Runs of three or more words, two of them capitalised, joined by "of", "for", "and" or
/// "the": the full names of people and organizations ("Society for Child and Adolescent
/// Psychiatry", "Dr. Helen Marsh").
fn full_names(text: &str) -> Vec<String> {
    const JOINS: [&str; 4] = ["of", "for", "and", "the"];
    const TITLES: [&str; 5] = ["Dr.", "St.", "Mr.", "Ms.", "Mrs."];
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut Vec<String>| {
        while run.last().is_some_and(|w| JOINS.contains(w)) {
            run.pop();
        }
        let capitals = run
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        if run.len() >= 3 && capitals >= 2 {
            out.push(run.join(" "));
        }
        run.clear();
    };
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let word = word.strip_suffix("'s").unwrap_or(word);
        let bare = word.trim_end_matches('.');
        if bare.starts_with(char::is_uppercase) {
            run.push(if TITLES.contains(&word) { word } else { bare });
        } else if !run.is_empty() && JOINS.contains(&bare) {
            run.push(bare);
        } else {
            flush(&mut run, &mut out);
            continue;
        }
        // A sentence or clause ends the name.
        let ends = raw.ends_with([',', ';', ':', '!', '?']) || raw.ends_with("'s");
        if ends || (raw.ends_with('.') && !TITLES.contains(&word)) {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

#[test]
fn full_names_are_found() {
    assert_eq!(
        full_names(
            "It is the Society for Child and Adolescent Psychiatry. I asked Dr. Helen Marsh."
        ),
        [
            "Society for Child and Adolescent Psychiatry",
            "Dr. Helen Marsh"
        ]
    );
    assert!(full_names("I see Maya on Tuesdays and eat with Sam.").is_empty());
}

/// An answer and the nuggets said with it make one reply: a full name is said once in it,
/// then shortened ("the Society for Child and Adolescent Psychiatry" twice in one reply).
#[test]
fn a_reply_names_each_person_or_organization_in_full_once() {
    let mut found = Vec::new();
    for p in bundled() {
        for script in &p.topics {
            let with_answer = p
                .nuggets
                .iter()
                .filter(|n| n.topic == script.topic && n.reveal == Reveal::Answer);
            let mut replies: Vec<String> = script.answers.clone();
            for n in with_answer {
                replies.extend(script.answers.iter().map(|a| format!("{a} {}", n.text)));
            }
            replies.extend(script.follow_ups.iter().cloned());
            for reply in replies {
                let names = full_names(&reply);
                for (i, name) in names.iter().enumerate() {
                    if names[..i].contains(name) {
                        found.push(format!("{} {:?}: {name}", p.id, script.topic));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
