//! The coach on lines from outside testers' walk-throughs, driven through the reducer with
//! bundled personas (the whole-interview checks are in `coach.rs`).

mod common;

use askwell_core::coach::{self, Etiquette, Review};
use askwell_core::content::bundled;
use askwell_core::interview::Interview;
use askwell_core::Persona;

fn persona(id: &str) -> Persona {
    bundled()
        .into_iter()
        .find(|p| p.id == id)
        .expect("the persona is bundled")
}

fn run(persona: &Persona, lines: &[&str]) -> (Interview, Review) {
    let i = common::practise(persona, 30, lines);
    let r = coach::review(&i, persona);
    (i, r)
}

fn thanked(r: &Review) -> (bool, &str) {
    let it = r
        .etiquette
        .iter()
        .find(|e| e.item == Etiquette::ThankedSpecifically)
        .unwrap();
    (it.passed, &it.detail)
}

const INTRO: &str = "Hi, I'm Sam, a graduate student, and I'd love to hear about your work, \
                     your path and any advice you have.";

#[test]
fn a_question_on_what_they_mentioned_is_a_follow_up() {
    // Scored "You followed up 0 times": the persona asked "skills or responsibilities?".
    let p = persona("tomasz-nowak");
    let (i, r) = run(
        &p,
        &[
            INTRO,
            "What are your main responsibilities?",
            "you mentioned briefing memos — what makes a memo good for a busy official?",
        ],
    );
    assert!(i.exchanges[1].reply.contains("briefing memos"), "{i:?}");
    assert_eq!(r.questions.follow_ups, 1, "{:?}", i.exchanges);
}

#[test]
fn asking_again_is_not_following_up() {
    // "Ask again" on one planned question eight times scored 7 follow-ups (5/5 pts).
    let p = persona("tomasz-nowak");
    let q = "What does a typical day look like for you?";
    let mut lines = vec![INTRO];
    lines.extend([q; 9]);
    let (i, r) = run(&p, &lines);
    assert_eq!(r.questions.follow_ups, 0);
    assert_eq!(r.questions.repeats, (2..=9).collect::<Vec<_>>());
    let why = &r
        .score
        .parts
        .iter()
        .find(|s| s.name == "Questions")
        .unwrap()
        .why;
    assert!(
        why.contains("0 follow-ups (0/5 pts). 8 questions asked again"),
        "{why}"
    );
    let md = coach::to_markdown(&i, &p, &r);
    assert_eq!(md.matches("_(asked before: not a follow-up)_").count(), 8);
}

#[test]
fn thanks_that_name_what_helped_are_specific() {
    // "You didn't thank them before ending" and "only in general" for these.
    for (id, thanks) in [
        (
            "tomasz-nowak",
            "Thank you, Dr. Nowak. Your advice to take a paper and write a one-page summary \
             for a decision-maker is something I'll do this week. Would it be all right to \
             stay in touch by email?",
        ),
        (
            "sam-whitfield",
            "thanks so much sam!! the tip about learning SQL before fancy models is super \
             useful",
        ),
    ] {
        let p = persona(id);
        let (_, r) = run(
            &p,
            &[
                INTRO,
                "What advice would you give someone in my position?",
                thanks,
            ],
        );
        let (passed, detail) = thanked(&r);
        assert!(passed, "{id}: {detail}");
    }
}
