//! Past the agreed end: once a persona has said the time is up, questions still get an
//! answer, but the short version, with no tangent; agreeing more time brings full answers
//! back. Driven through the reducer, over every bundled persona.

mod common;

use askwell_core::conversation::ReplyKind;
use askwell_core::interview::{Action, Exchange};
use askwell_core::lexicon::replies;
use common::chat::Chat;

const QUESTIONS: [&str; 10] = [
    "What does a typical day look like for you?",
    "What do you find most rewarding about your work?",
    "How did you get into this field?",
    "What skills matter most in your job?",
    "Where do you see the field going in the next five years?",
    "What is the hardest part of your job?",
    "What advice would you give someone starting out?",
    "How is your organization structured?",
    "What does your career path look like from here?",
    "Who else would you suggest I talk to?",
];

fn said_wrap_up(c: &Chat, e: &Exchange) -> bool {
    (c.persona.lines.wrap_up.iter()).any(|l| e.reply.contains(l.as_str()))
}

fn hurried_lead(e: &Exchange) -> bool {
    replies::hurry()
        .iter()
        .any(|l| e.reply.starts_with(l.as_str()))
}

fn sentences(text: &str) -> usize {
    text.matches(['.', '?', '!']).count()
}

/// Asks the questions in turn until the persona says the time is up; false if it never did.
fn ask_until_wrapped(c: &mut Chat) -> bool {
    for q in QUESTIONS.iter().cycle().take(40) {
        if !c.interview.is_active() {
            return false;
        }
        let e = c.ask(q);
        if said_wrap_up(c, &e) {
            return true;
        }
    }
    false
}

#[test]
fn past_the_agreed_end_answers_are_short_with_no_tangent() {
    for id in common::personas().iter().map(|(p, _)| p.id.clone()) {
        let mut c = Chat::with(&id, 10);
        assert!(ask_until_wrapped(&mut c), "{id} never said the time was up");
        let mut hurried = Vec::new();
        for q in QUESTIONS.iter().rev().take(3) {
            if !c.interview.is_active() {
                break; // a busy persona may end the call instead
            }
            let e = c.ask(q);
            if e.kind == ReplyKind::Answer {
                hurried.push(e);
            }
        }
        assert!(!hurried.is_empty(), "{id}: no answer past the end");
        assert!(hurried_lead(&hurried[0]), "{id}: {}", hurried[0].reply);
        if let Some(second) = hurried.get(1) {
            assert!(
                !hurried_lead(second),
                "{id}, said every time: {}",
                second.reply
            );
        }
        for e in &hurried {
            let tangent = (c.persona.lines.tangents.iter()).any(|t| e.reply.contains(t.as_str()));
            assert!(!tangent, "{id} told a tangent past time: {}", e.reply);
            let mut answer = e.reply.clone();
            // The call ended, or a detail asked for by name, comes on top of the short answer.
            let told = (c.persona.nuggets.iter()).filter(|n| e.nuggets.contains(&n.id));
            for extra in c
                .persona
                .lines
                .early_end
                .iter()
                .chain(told.map(|n| &n.text))
            {
                answer = answer.replace(extra.as_str(), "");
            }
            assert!(sentences(&answer) <= 4, "{id}, not short: {}", e.reply);
        }
    }
}

#[test]
fn more_time_agreed_brings_full_answers_back() {
    let mut c = Chat::with("priya-raman", 10);
    assert!(ask_until_wrapped(&mut c));
    let extend = Action::Extend { minutes: 15 };
    assert!(c.interview.apply(&c.persona, &c.matcher, extend));
    let e = c.ask("What do you wish you had known before starting out?");
    assert_eq!(e.kind, ReplyKind::Answer);
    assert!(!hurried_lead(&e), "{}", e.reply);
    let script = c.persona.script(e.topic).expect("answered from a script");
    let full = (script.answers.iter()).any(|a| e.reply.starts_with(a.as_str()));
    assert!(full, "not the full answer: {}", e.reply);
}

#[test]
fn a_busy_persona_ends_the_call_only_after_saying_the_time_is_up() {
    use askwell_core::coach::{self, Etiquette};
    use askwell_core::interview::Status;
    let mut c = Chat::with("sam-whitfield", 10);
    let mut wrapped_before_end = false;
    for q in QUESTIONS.iter().cycle().take(40) {
        if !c.interview.is_active() {
            break;
        }
        let e = c.ask(q);
        let ended = !c.interview.is_active();
        assert!(
            !(ended && said_wrap_up(&c, &e)),
            "wrap-up and hang-up at once"
        );
        wrapped_before_end |= said_wrap_up(&c, &e);
        assert!(
            !ended || wrapped_before_end,
            "ended unannounced: {}",
            e.reply
        );
    }
    assert_eq!(c.interview.status, Status::EndedByPersona);
    // The review puts the missing thanks down to the time, not to manners.
    let r = coach::review(&c.interview, &c.persona);
    let thanks = (r.etiquette.iter())
        .find(|i| i.item == Etiquette::ThankedSpecifically)
        .expect("thanks item");
    assert!(!thanks.passed);
    assert!(
        thanks.detail.contains("before the agreed end"),
        "{}",
        thanks.detail
    );
}

#[test]
fn a_busy_persona_does_not_hang_up_on_a_thank_you() {
    use askwell_core::interview::Status;
    let mut c = Chat::with("daniel-reyes", 10);
    assert!(ask_until_wrapped(&mut c));
    // Thanks and keeping in touch, long past the end: no remark on the time, no hang-up.
    for line in [
        "Thank you so much, your advice about writing short was really useful.",
        "Could I keep in touch by email and tell you how it goes?",
        "Thanks again for your time, really.",
    ] {
        let e = c.ask(line);
        assert!(c.interview.is_active(), "hung up on: {line} -> {}", e.reply);
        let early_end = (c.persona.lines.early_end.iter()).any(|l| e.reply.contains(l.as_str()));
        assert!(!early_end, "{}", e.reply);
    }
    assert!(c.interview.elapsed_s > 600.0);
    // A question of substance that far past the end ends the call.
    for q in [
        "What does your team look like?",
        "What do you find most rewarding?",
    ] {
        if c.interview.is_active() {
            c.ask(q);
        }
    }
    assert_eq!(c.interview.status, Status::EndedByPersona);
}

#[test]
fn asked_for_more_time_after_the_wrap_up_a_persona_agrees_and_the_time_grows() {
    use askwell_core::persona::Temperament;
    for (p, _) in common::personas() {
        let mut c = Chat::with(&p.id, 10);
        assert!(ask_until_wrapped(&mut c), "{}", p.id);
        if !c.interview.is_active() {
            continue;
        }
        let before = c.interview.exchanges.last().unwrap().segment;
        let ask = c.ask("Would it be okay to go ten minutes over?");
        let added = if p.temperament == Temperament::Busy {
            5
        } else {
            10
        };
        assert_eq!(
            c.interview.plan.minutes,
            10 + added,
            "{}: {}",
            p.id,
            ask.reply
        );
        assert_eq!(
            ask.segment, before,
            "{}: the timeline stays where it was",
            p.id
        );
        let next = c.ask("What advice would you give someone starting out?");
        assert!(!hurried_lead(&next), "{}: {}", p.id, next.reply);
    }
}

#[test]
fn more_time_in_a_question_early_on_is_about_the_work() {
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("Hi, I'm a student curious about health data.");
    c.ask("Do you have more free time now than when you taught?");
    assert_eq!(c.interview.plan.minutes, 30);
}

#[test]
fn a_request_for_more_time_with_another_question_loses_neither_question() {
    let mut c = Chat::with("maya-okafor", 10);
    assert!(ask_until_wrapped(&mut c));
    let e = c.ask("Do you have time for one more question? What advice would you give me?");
    assert_eq!(e.topic, askwell_core::Topic::GeneralAdvice, "{}", e.reply);
    assert_eq!(c.interview.plan.minutes, 10);
}
