//! The coach on walk-through 6's practices, replayed through the reducer with the bundled
//! personas: Daniel's whole conversation and the end of Tomasz's.

mod common;

use askwell_core::coach::{Etiquette, Review};
use askwell_core::flags::Flag;
use askwell_core::topic::{Outcome, Segment};

use common::practised as run;

fn contacts(r: &Review) -> bool {
    r.outcomes
        .get(Outcome::Contacts)
        .expect("an outcome")
        .reached
}

fn asked_contacts(r: &Review) -> bool {
    (r.etiquette.iter()).any(|e| e.item == Etiquette::AskedContacts && e.passed)
}

/// Daniel Reyes, as the tester typed it (16 lines).
const DANIEL: &[&str] = &[
    "Hi Dr. Reyes, thanks for taking the time. I'm Priya Nair, i just finished my PhD in cell \
     biology at Carrow and I'm looking at careers outside the bench, regulatory affairs keeps \
     coming up. I'd love to hear what your role involves, how you made the switch, and any \
     advice. I know you're busy so I'll keep it to 30 minutes",
    "ok so what does your day actually look like? like how much is writing vs meetings",
    "what's a CMC sync? sorry if thats a dumb question",
    "you mentioned a labeling review - what are you actually reviewing in that, and what's the \
     hardest part of your job overall?",
    "what's the hardest or most frustrating part of the job?",
    "do you like working at a smaller biotech?",
    "how did you make the jump from your postdoc into regulatory? did the certificate course \
     actually matter",
    "so the night course - was it worth it?",
    "how did the hiring process work for your first regulatory associate job? what did they \
     ask you in the interviews",
    "where do you think regulatory affairs for gene therapy is heading in the next 5-10 yrs?",
    "that makes sense. how does that change what companies like Halden need from their \
     regulatory people?",
    "if i eventually apply for regulatory associate roles, what would make a PhD's CV stand out?",
    "r there any professional orgs or resources you'd recommend for someone starting out?",
    "and professional associations specifically? like is there a society people in RA join",
    "this has been really helpful. is there anyone else you think I should talk to?",
    "thank you so much Dr Reyes. the point about putting protocols and ethics submissions at \
     the top of my CV was super useful, I'm going to redo mine this week. would it be alright \
     if I kept in touch?",
];

/// Tomasz Nowak, as the tester typed it (17 lines): he was asked for names and gave none.
const TOMASZ: &[&str] = &[
    "hi dr nowak thanks for agreeing to talk w me. im alex, 2nd year physics phd student \
     and im curious about science policy as a career. hoping to hear about your work, your \
     path from physics, and advice",
    "what does a normal week look like for you?",
    "could you walk me through what you worked on yesterday, for example?",
    "what kinds of briefing memos do you write, and who reads them?",
    "that 5 minute thing is interesting. what was the hardest part of learning to write \
     like that coming from physics?",
    "how did u end up leaving the postdoc for the congressional fellowship?",
    "the discussion group sounds like where it started. what did you actually do there?",
    "was the fellowship application competitive?",
    "where do you think science policy careers are heading over the next 5-10 years?",
    "what kinds of roles do PhDs usually start in at agencies like yours?",
    "neither exactly, more like how ppl get their first policy job after a phd",
    "what advice would you give a 2nd year phd student who wants to keep this door open?",
    "are there organizations or fellowships i should look at now, even as a student?",
    "is there anyone else you'd suggest i talk to?",
    "probably someone in a science society's policy office, since i could do that while \
     still in my phd",
    "thank you so much, i know we're at time. the exercise of cutting a paper summary by a \
     third is something im going to try this week. could i stay in touch, and maybe follow \
     up about a contact in a society policy office?",
    "staying in touch",
];

#[test]
fn the_double_questions_try_only_their_first_question() {
    // Walk-through 6, A6: "Try:" gave the whole turn back for 4 of 6 double questions.
    let (_, _, r) = run("daniel-reyes", DANIEL);
    let mut tries = Vec::new();
    for f in &r.questions.flagged {
        for n in f.notes.iter().filter(|n| n.flag == Flag::DoubleQuestion) {
            assert!(!n.rewrite.contains(f.question.as_str()), "{}", n.rewrite);
            tries.push(n.rewrite.split(" (then").next().unwrap_or_default());
        }
    }
    assert_eq!(
        tries,
        [
            "you mentioned a labeling review - what are you actually reviewing in that?",
            "how did you make the jump from your postdoc into regulatory?",
            "how did the hiring process work for your first regulatory associate job?",
        ]
    );
}

#[test]
fn contacts_are_reached_only_when_someone_is_named() {
    // Tomasz said he knew people but named no one: "✓ Contacts reached" was wrong. (Told
    // which kind interests the student, he now names Hannah Brenner: without that reply.)
    let no_reply: Vec<&str> = (TOMASZ.iter().copied())
        .filter(|l| !l.starts_with("probably someone"))
        .collect();
    let (_, i, r) = run("tomasz-nowak", &no_reply);
    assert!(asked_contacts(&r), "{:?}", r.etiquette);
    assert!(!contacts(&r), "{:?}", i.exchanges);
    // The tip asks for a name, not for what they already asked.
    let tips: Vec<&str> = r.next_time.iter().map(|t| t.text.as_str()).collect();
    let said = |start: &str| tips.iter().any(|t| t.starts_with(start));
    assert!(!said("Ask who else you should talk to"), "{tips:?}");
    assert!(
        said("When they say they know people but name no one"),
        "{tips:?}"
    );
    // Daniel named Irene Castellanos; Tomasz, told which kind, Hannah Brenner.
    let (_, _, r) = run("daniel-reyes", DANIEL);
    assert!(asked_contacts(&r) && contacts(&r));
    let (_, _, r) = run("tomasz-nowak", TOMASZ);
    assert!(asked_contacts(&r) && contacts(&r));
}

#[test]
fn the_review_counts_an_overrun_in_minutes_completed_as_the_nudge_does() {
    // Walk 6: "Advice has run 4 minutes over" live, "it ran 5 minutes over" in the review,
    // for the same 4:39. Both now count the minutes completed.
    // Replies' lengths change as the personas' words do, so more advice questions go before
    // the ask for names until the overrun ends in the second half of a minute, where counting
    // minutes completed and rounding differ.
    let more = [
        "what skills should i be building now?",
        "how much does networking matter for policy jobs?",
        "what would you do differently if you were starting out now?",
        "any books or newsletters you'd recommend?",
    ];
    let over = |r: &Review| {
        (r.timing.segments.iter())
            .find(|s| s.segment == Segment::Advice)
            .expect("advice")
            .over_s
    };
    let r = (0..=more.len())
        .map(|n| {
            let mut lines = TOMASZ.to_vec();
            lines.splice(13..13, more[..n].iter().copied());
            run("tomasz-nowak", &lines).2
        })
        .find(|r| over(r) / 60.0 - (over(r) / 60.0).floor() >= 0.5)
        .expect("an overrun in the second half of a minute");
    let whole = (over(&r) / 60.0).floor();
    let said = format!("Keep Advice near its planned 5 minutes: it ran {whole} minutes over");
    assert!(
        r.next_time.iter().any(|t| t.text.starts_with(&said)),
        "{:?}",
        r.next_time
    );
}

#[test]
fn lines_tied_to_the_last_answer_are_follow_ups() {
    // Walk 6, A7: "1 follow-up" for Daniel, where these five pick up what he had just said:
    // "what's a CMC sync?", "you mentioned a labeling review - ...", "so the night course -
    // was it worth it?", "that makes sense. how does that change ...", "and professional
    // associations specifically? ...".
    let (_, _, r) = run("daniel-reyes", DANIEL);
    assert_eq!(r.questions.follow_ups, 5, "{:?}", r.score.parts);
    // The tip no longer says Daniel had more to say about professional organizations,
    // which the student had just followed up on.
    assert!(
        !r.next_time
            .iter()
            .any(|t| t.text.contains("had more to say about")),
        "{:?}",
        r.next_time
    );
}

#[test]
fn a_connective_alone_does_not_make_a_follow_up() {
    // "so" before a new subject, on another outcome, with none of the answer's words.
    let (_, i, r) = run(
        "daniel-reyes",
        &[
            DANIEL[0],
            "what does a typical day look like for you?",
            "so where do you think the field is heading over the next decade?",
        ],
    );
    assert_eq!(r.questions.follow_ups, 0, "{:?}", i.exchanges);
}
