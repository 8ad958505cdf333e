//! The eighth walk-through's items 9, 10 and 14 (`/work/brief/walk8.md`), over every shipped
//! persona: a hidden detail added to an answer never says again what the answer said;
//! thanks said with something else is acknowledged first, and what a thanks names is said
//! back; every person a persona names for the user to talk to is offered to add.

mod common;

use askwell_core::prepare::{names_said, practice_names};
use askwell_core::topic::Topic;

/// Three-word runs with two words of three letters or more that are not grammar words, in
/// plain lower case (the test's own reading, not the engine's).
fn runs(text: &str) -> Vec<String> {
    const GRAMMAR: &[&str] = &[
        "the", "and", "for", "you", "your", "our", "are", "was", "who", "with", "that", "this",
        "but", "not", "she", "her", "his", "him", "they", "them",
    ];
    let words: Vec<String> = text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    let substance = |w: &String| w.len() > 2 && !GRAMMAR.contains(&w.as_str());
    words
        .windows(3)
        .filter(|w| w.iter().filter(|x| substance(x)).count() >= 2)
        .map(|w| w.join(" "))
        .collect()
}

const ASKED: &[&str] = &[
    "Hi, I'm a student exploring the field. I'd like to ask about your work, your path and your advice.",
    "What are your main responsibilities?",
    "Could you tell me more about that?",
    "What does a typical week look like?",
    "How did you get this job?",
    "How did you get the job, the real story?",
    "What was the hiring process like?",
    "Where do you think the field is heading?",
    "Tell me more about that.",
    "What other trends should I watch?",
    "Are there professional organizations you'd recommend?",
    "Any other organizations or conferences worth joining?",
    "Can you tell me more about that?",
    "Any newsletters, podcasts or books you'd recommend?",
    "Who else would you suggest I talk to?",
    "Is there anyone else I should talk to?",
    "Could you say more about who else?",
    "What skills does the job need?",
    "What is the hardest part of the job?",
    "How did you get into this field?",
];

/// Item 9: the details a reply draws out never repeat a three-word run of the reply they are
/// added to (Daniel's former lab mate, Maya's mentorship with a child psychiatrist, Priya's
/// "I wasn't a stranger" were each said twice).
#[test]
fn a_detail_added_to_a_reply_never_says_it_again() {
    let mut found = Vec::new();
    let mut drawn = 0;
    for (p, _) in common::personas() {
        let i = common::practise(p, 60, ASKED);
        for e in &i.exchanges {
            for id in &e.nuggets {
                drawn += 1;
                let text = &p.nugget(id).expect("a nugget of the persona").text;
                let rest = e.reply.replace(text.as_str(), "");
                let mine = runs(text);
                if let Some(r) = runs(&rest).into_iter().find(|r| mine.contains(r)) {
                    found.push(format!("{} {id}: \"{r}\" in {}", p.id, e.reply));
                }
            }
        }
    }
    assert!(drawn >= 12, "the questions draw out details ({drawn})");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Item 10: thanks with a wish to keep in touch, either read first, gets the thanks
/// answer's acknowledgement before the answer on keeping in touch, and its goodbye after it.
#[test]
fn thanks_with_keeping_in_touch_is_acknowledged_first() {
    for (p, _) in common::personas() {
        let goodbyes = &p.script(Topic::Thanks).unwrap().answers;
        for line in [
            "Thank you so much for your time today. Could I keep in touch by email?",
            "Could we stay in touch on LinkedIn? Thanks again for all of this.",
        ] {
            let i = common::practise(p, 30, &["What are your main responsibilities?", line]);
            let e = &i.exchanges[1];
            assert!(
                [Topic::Thanks, Topic::KeepInTouch].contains(&e.topic)
                    && [Topic::Thanks, Topic::KeepInTouch]
                        .iter()
                        .all(|t| e.topic == *t || e.also.contains(t)),
                "{} read {line:?} as {:?} {:?}",
                p.id,
                e.topic,
                e.also
            );
            // The thanks answer's first sentence (you're welcome) first, its goodbye last.
            let around = |g: &String| {
                let (first, rest) = common::first_sentence(g);
                e.reply.starts_with(first) && e.reply.ends_with(rest) && e.reply.len() > g.len()
            };
            assert!(
                goodbyes.iter().any(around),
                "{}: {line:?} -> {}",
                p.id,
                e.reply
            );
        }
    }
}

/// Item 10: thanks on the way to a question, once the talk is under way, is acknowledged
/// before the answer ("Happy to help." used to come after it).
#[test]
fn thanks_before_a_question_is_acknowledged_before_the_answer() {
    let acks = askwell_core::lexicon::replies::thanks_in_passing();
    for (p, _) in common::personas() {
        let i = common::practise(
            p,
            30,
            &[
                "What are your main responsibilities?",
                "Thanks, that's really helpful. What is the hardest part of your job?",
            ],
        );
        let e = &i.exchanges[1];
        assert_eq!(e.topic, Topic::Challenges, "{}", p.id);
        assert!(
            acks.iter().any(|a| e.reply.starts_with(a.as_str())),
            "{}: {}",
            p.id,
            e.reply
        );
    }
}

/// Item 10: a thanks that names what helped, in words the persona used, is said back; one
/// that names a person ("the story about you...") or a thing never said is not.
#[test]
fn a_specific_thanks_is_answered_with_what_it_named() {
    for (p, _) in common::personas() {
        let i = common::practise(p, 30, &["What skills does the job need?"]);
        let said = &i.exchanges[0].reply;
        // A word of the answer, as the user would pick it up.
        let word = (said.split(|c: char| !c.is_alphabetic()))
            .find(|w| w.len() >= 7 && w.chars().all(|c| c.is_lowercase()))
            .expect("a long word");
        let line = format!("Thank you so much, the advice about {word} was really useful.");
        let i = common::practise(p, 30, &["What skills does the job need?", &line]);
        let e = &i.exchanges[1];
        let named = format!("the advice about {word}");
        assert!(e.reply.contains(&named), "{}: {line} -> {}", p.id, e.reply);
        for line in [
            "Thanks, the story about you sitting on the unit was really useful.",
            "Thanks, the tip about volcanic geology was really useful.",
        ] {
            let i = common::practise(p, 30, &["What skills does the job need?", line]);
            let reply = &i.exchanges[1].reply;
            assert!(!reply.contains("the story about"), "{}: {reply}", p.id);
            assert!(!reply.contains("volcanic"), "{}: {reply}", p.id);
        }
    }
}

/// Item 14: everyone a persona names in an answer or follow-up on whom to talk to, or in a
/// contact detail, is offered to add once said (Rosa's Luz Marina Ortiz is in her answer, not
/// a hidden detail; Maya's Keisha Brown was the second name of an answer and left out).
#[test]
fn every_person_named_for_contacts_is_offered() {
    let mut missed = Vec::new();
    let mut named = 0;
    for (p, _) in common::personas() {
        let script = p.script(Topic::Contacts).unwrap();
        let details = p.nuggets.iter().filter(|n| n.id.starts_with("contact-"));
        let texts = (script.answers.iter().chain(&script.follow_ups))
            .map(|t| (None, t))
            .chain(details.map(|n| (Some(n.id.clone()), &n.text)));
        for (nugget, text) in texts {
            let mut i = common::practise(p, 30, &[]);
            i.exchanges.push(askwell_core::interview::Exchange {
                question: "Who else should I talk to?".into(),
                reply: if nugget.is_some() {
                    "Sure.".into()
                } else {
                    text.clone()
                },
                topic: Topic::Contacts,
                kind: askwell_core::conversation::ReplyKind::Answer,
                segment: askwell_core::Segment::Advice,
                start_s: 0.0,
                end_s: 10.0,
                nuggets: nugget.iter().cloned().collect(),
                flags: Vec::new(),
                job_words: Vec::new(),
                also: Vec::new(),
            });
            let offered: Vec<String> = practice_names(&i, p, &i.exchanges[0].nuggets)
                .into_iter()
                .map(|n| n.name)
                .collect();
            for name in names_said(text) {
                named += 1;
                if !offered.contains(&name) {
                    missed.push(format!("{}: {name}", p.id));
                }
            }
        }
    }
    assert!(named >= 20, "names found in the personas' text: {named}");
    assert!(missed.is_empty(), "{}", missed.join("\n"));
}
