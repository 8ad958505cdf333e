//! The tenth walk-through's first item, over every shipped persona: asked who else to talk
//! to with a kind of person in mind (someone who switched recently, on the nursing side,
//! working with immigrant communities, early in their career, at a startup), a persona that
//! has an answer about that kind gives it; asked openly, it gives one of its contacts
//! answers; a reply never says a name twice, and a contact held back for a stated
//! preference is not lost.

mod common;

use askwell_core::prepare::names_said;
use askwell_core::topic::Topic;
use askwell_core::Persona;
use common::chat::Chat;

/// Two open questions first, as a student would ask them: a guarded persona trusts the
/// user by then, so its answers are whole.
const WARM_UP: &[&str] = &[
    "What does a typical day look like for you?",
    "How did you get into this work?",
];

/// A kind of contact: how an answer about it names it (lower case), and how it is asked.
const KINDS: &[(&[&str], &str)] = &[
    (
        &["switched", "changed careers", "career change"],
        "Is there anyone who switched into this field recently I could talk to?",
    ),
    (&["nurs"], "Do you know someone on the nursing side?"),
    (
        &["immigra", "refugee"],
        "Who could I talk to who works with immigrant communities?",
    ),
    (
        &["early in", "earlier in", "recent grad"],
        "Could you suggest someone earlier in their career, maybe a recent graduate?",
    ),
    (
        &["startup", "agency", "vendor", "consultancy"],
        "Do you know anyone at a startup, a vendor or an agency?",
    ),
];

fn personas() -> impl Iterator<Item = &'static Persona> {
    common::personas().iter().map(|(p, _)| p)
}

fn contacts(p: &Persona) -> &[String] {
    &p.script(Topic::Contacts).expect("a contacts topic").answers
}

/// The reply to `lines` after the warm-up, with the replies before it.
fn ask(p: &Persona, lines: &[&str]) -> Vec<askwell_core::interview::Exchange> {
    let mut chat = Chat::with(&p.id, 30);
    for q in WARM_UP {
        chat.ask(q);
    }
    lines.iter().map(|q| chat.ask(q)).collect()
}

/// Whether `reply` says a sentence of `answer` (a brief reply to a yes/no question may
/// give only the sentences about what was asked).
fn says_part_of(reply: &str, answer: &str) -> bool {
    answer
        .split_inclusive(['.', '?', '!'])
        .map(str::trim)
        .filter(|s| s.len() > 20)
        .any(|s| reply.contains(s))
}

fn no_name_twice(p: &Persona, reply: &str) {
    for name in names_said(reply) {
        assert_eq!(
            reply.matches(name.as_str()).count(),
            1,
            "{}: {name} twice in {reply}",
            p.id
        );
    }
}

#[test]
fn a_stated_preference_gets_the_answer_about_that_kind() {
    let mut checked = 0;
    for p in personas() {
        for (marks, question) in KINDS {
            let about: Vec<&String> = (contacts(p).iter())
                .filter(|a| marks.iter().any(|m| a.to_lowercase().contains(m)))
                .collect();
            if about.is_empty() {
                continue;
            }
            checked += 1;
            let e = ask(p, &[question]).pop().unwrap();
            assert_eq!(e.topic, Topic::Contacts, "{}: {question}", p.id);
            assert!(
                about.iter().any(|a| says_part_of(&e.reply, a)),
                "{}: {question} -> {}",
                p.id,
                e.reply
            );
            no_name_twice(p, &e.reply);
        }
    }
    // Every persona has an answer for each of these kinds, or an honest nearest person.
    assert!(checked >= 28, "kinds with an answer: {checked}");
}

#[test]
fn asked_openly_the_answer_is_one_of_the_contacts_answers() {
    for p in personas() {
        for question in [
            "Who else should I talk to?",
            "Is there anyone else I could reach out to?",
        ] {
            let e = ask(p, &[question]).pop().unwrap();
            assert_eq!(e.topic, Topic::Contacts, "{}: {question}", p.id);
            assert!(
                contacts(p)
                    .iter()
                    .any(|a| e.reply.starts_with(common::first_sentence(a).0)),
                "{}: {question} -> {}",
                p.id,
                e.reply
            );
            no_name_twice(p, &e.reply);
        }
    }
}

/// A contact that comes with any answer but is not the kind asked for waits for a later
/// contacts answer; asked on openly, the user hears it (by the second time: a detail that
/// would say again what the answer says waits too).
#[test]
fn a_contact_kept_back_for_a_preference_comes_later() {
    for p in personas() {
        let with_any: Vec<&str> = (p.nuggets.iter())
            .filter(|n| n.topic == Topic::Contacts)
            .filter(|n| n.reveal == askwell_core::persona::Reveal::Answer)
            .map(|n| n.id.as_str())
            .collect();
        for (_, question) in KINDS {
            let lines = [
                question,
                "Who else would you suggest I talk to?",
                "Anyone else you'd recommend?",
            ];
            let replies = ask(p, &lines);
            let drawn: Vec<&String> = replies.iter().flat_map(|e| &e.nuggets).collect();
            for id in &with_any {
                assert!(
                    drawn.iter().any(|d| d == id),
                    "{}: {id} never said after {question}",
                    p.id
                );
            }
            for e in &replies {
                no_name_twice(p, &e.reply);
            }
        }
    }
}
