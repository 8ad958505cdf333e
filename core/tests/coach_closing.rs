//! The coach on how an interview closes: thanks, keeping in touch and the names a persona
//! gave, on whole interviews driven through the reducer with a bundled persona.

mod common;

use askwell_core::coach::{self, Etiquette, Review};
use askwell_core::interview::Interview;
use askwell_core::{Outcome, Persona};
use common::interviews::{maya, GOOD};

fn run(persona: &Persona, minutes: u32, lines: &[&str]) -> Interview {
    common::practise(persona, minutes, lines)
}

fn failed(r: &Review) -> Vec<Etiquette> {
    r.etiquette
        .iter()
        .filter(|e| !e.passed)
        .map(|e| e.item)
        .collect()
}

/// Whether `reply` begins with one of the thanks `answers`' first sentence and ends with the
/// rest of that answer: the whole answer said, around what else the line asked.
fn thanked_around(answers: &[String], reply: &str) -> bool {
    answers.iter().any(|a| {
        let (first, rest) = common::first_sentence(a);
        reply.starts_with(first) && reply.ends_with(rest)
    })
}

#[test]
fn thanks_and_keeping_in_touch_in_one_line_are_both_answered_and_credited() {
    let p = maya();
    let mut lines: Vec<&str> = GOOD[..GOOD.len() - 2].to_vec();
    lines.push(
        "Thank you so much, what you said about the mentorship program really helped. Would it be okay if I kept in touch with you?",
    );
    let i = run(&p, 60, &lines);
    let last = i.exchanges.last().unwrap();
    let second = if last.topic == askwell_core::Topic::Thanks {
        askwell_core::Topic::KeepInTouch
    } else {
        askwell_core::Topic::Thanks
    };
    assert_eq!(last.also, [second], "{last:?}");
    // The persona answers both: its reply holds a keep-in-touch answer and a thanks answer,
    // the thanks answer's acknowledgement first and the rest of it (the goodbye) last.
    let answers = |t| p.script(t).unwrap().answers.clone();
    let said = |t| answers(t).iter().any(|a| last.reply.contains(a.as_str()));
    assert!(said(askwell_core::Topic::KeepInTouch), "{}", last.reply);
    assert!(
        thanked_around(&answers(askwell_core::Topic::Thanks), &last.reply),
        "{}",
        last.reply
    );
    let r = coach::review(&i, &p);
    assert!(failed(&r).is_empty(), "{:?}", r.etiquette);
}

#[test]
fn thanks_a_referral_and_keeping_in_touch_in_one_line_are_all_credited() {
    // From a walk-through: read as the referral alone, so the review said the student never
    // thanked and never asked to keep in touch.
    let p = maya();
    let mut lines: Vec<&str> = GOOD[..GOOD.len() - 4].to_vec();
    lines.push("Which professional organizations would you recommend?");
    lines.push(
        "This has been so helpful, especially the part about the mentorship program. Is there anyone else you'd suggest I talk to, and could I keep in touch?",
    );
    let i = run(&p, 60, &lines);
    let last = i.exchanges.last().unwrap();
    let mut said = last.also.clone();
    said.push(last.topic);
    for t in [
        askwell_core::Topic::Thanks,
        askwell_core::Topic::KeepInTouch,
        askwell_core::Topic::Contacts,
    ] {
        assert!(said.contains(&t), "{t:?} in {last:?}");
    }
    // Each request is answered, so none is lost: not a double question.
    assert!(
        !last
            .flags
            .contains(&askwell_core::flags::Flag::DoubleQuestion),
        "{last:?}"
    );
    // The goodbye to the thanks comes last (its acknowledgement first).
    let thanks = &p.script(askwell_core::Topic::Thanks).unwrap().answers;
    assert!(thanked_around(thanks, &last.reply), "{}", last.reply);
    let r = coach::review(&i, &p);
    assert!(failed(&r).is_empty(), "{:?}", r.etiquette);
}

#[test]
fn the_people_a_persona_names_in_its_answers_can_be_added_after_the_review() {
    // From an outside walk-through: Maya named Dr. Farah Haddad in her answer about whom to
    // talk to, but the review offered only the contact nuggets' names.
    let p = maya();
    let i = run(
        &p,
        30,
        &[
            "Hi, I'm Jordan, a biology student exploring medicine.",
            "Who else would you recommend I talk to?",
            "Is there anyone else you'd suggest?",
        ],
    );
    let r = coach::review(&i, &p);
    let found = r
        .outcomes
        .get(Outcome::Contacts)
        .map(|o| o.nuggets_found.clone())
        .unwrap_or_default();
    let names = askwell_core::prepare::practice_names(&i, &p, &found);
    let answered: Vec<_> = i
        .exchanges
        .iter()
        .filter(|e| e.topic == askwell_core::Topic::Contacts)
        .collect();
    assert!(!answered.is_empty());
    for e in answered {
        let name = askwell_core::prepare::name_in(&e.reply).expect("each answer names someone");
        assert!(
            names.iter().any(|n| n.name == name),
            "{name} missing from {names:?}"
        );
    }
    // Each name once, each with where it came from.
    let mut seen: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), names.len(), "{names:?}");
    assert!(names
        .iter()
        .all(|n| !n.key.is_empty() && !n.said.is_empty()));
}
