//! Tests of the interview reducer.

use super::*;
use crate::persona::{Lines, Temperament, TopicScript};

pub(crate) fn tiny_persona(temperament: Temperament) -> Persona {
    let lines = |s: &str| vec![s.to_string()];
    Persona {
        format_version: 1,
        id: "tiny".into(),
        name: "Dr. Tiny Test".into(),
        pronouns: "they/them".into(),
        age: 40,
        role: "Tester".into(),
        organization: "Test Lab".into(),
        field: "Testing".into(),
        temperament,
        bio: "A test persona.".into(),
        greeting: lines("Hello there, happy to help."),
        vocabulary: vec![],
        topics: Topic::all()
            .map(|t| TopicScript {
                topic: t,
                answers: vec![
                    format!("First answer about {}. More words here.", t.id()),
                    format!("Second answer about {}.", t.id()),
                ],
                follow_ups: vec![format!("Deeper on {}.", t.id())],
            })
            .collect(),
        nuggets: vec![],
        lines: Lines {
            clarify: lines("Do you mean {a}, or {b}?"),
            rephrase: lines("Could you put that another way?"),
            repeat: lines("As I said, "),
            no_more: lines("That's all I have on that."),
            time_check: lines("About five minutes left."),
            wrap_up: lines("We're at time."),
            guarded: lines("Hm, it depends."),
            tangents: lines("Anyway, my garden is blooming."),
            early_end: lines("I have to go now."),
            agenda_set: vec![],
        },
        terms: vec![],
    }
}

fn ask(i: &mut Interview, p: &Persona, m: &Matcher, q: &str) {
    assert!(i.apply(
        p,
        m,
        Action::Ask {
            text: q.into(),
            now_s: 0.0
        }
    ));
}

#[test]
fn simulated_clock_advances_by_spoken_length() {
    let p = tiny_persona(Temperament::Warm);
    let m = Matcher::new(&[]);
    let mut i = Interview::new("s1", &p, 30, ClockMode::Simulated, 0.0);
    let after_greeting = i.elapsed_s;
    assert!(after_greeting > 0.0);
    ask(&mut i, &p, &m, "What does a typical day look like for you?");
    let e = &i.exchanges[0];
    let question_words = e.question.split_whitespace().count() as f64;
    let reply_words = e.reply.split_whitespace().count() as f64;
    // The question at 150 words a minute; the answer as the four-times-longer story it sums up.
    let expected = question_words * 0.4 + reply_words * 0.4 * 4.0;
    assert!((e.end_s - after_greeting - expected).abs() < 1e-9);
    assert_eq!(e.segment, Segment::Present);
}

#[test]
fn a_clarifying_reply_takes_only_its_spoken_length() {
    let p = tiny_persona(Temperament::Warm);
    let m = Matcher::new(&[]);
    let mut i = Interview::new("s1", &p, 30, ClockMode::Simulated, 0.0);
    ask(&mut i, &p, &m, "asdf qwer zxcv");
    let e = &i.exchanges[0];
    assert_ne!(e.kind, ReplyKind::Answer);
    let words = e.question.split_whitespace().count() + e.reply.split_whitespace().count();
    assert!((e.end_s - e.start_s - words as f64 * 0.4).abs() < 1e-9);
}

#[test]
fn segments_follow_topics_and_time_adds_up() {
    let p = tiny_persona(Temperament::Warm);
    let m = Matcher::new(&[]);
    let mut i = Interview::new("s1", &p, 30, ClockMode::Simulated, 0.0);
    ask(&mut i, &p, &m, "What does a typical day look like for you?");
    ask(&mut i, &p, &m, "Where did you go to school?");
    ask(&mut i, &p, &m, "Who else should I talk to?");
    let segments: Vec<_> = i.exchanges.iter().map(|e| e.segment).collect();
    assert_eq!(segments, [Segment::Present, Segment::Past, Segment::Advice]);
    assert_eq!(i.current_segment(), Segment::Advice);
    let total: f64 = i.actual_seconds(0.0).iter().sum();
    assert!((total - i.elapsed_s).abs() < 1e-9);
}

#[test]
fn real_clock_uses_the_time_given() {
    let p = tiny_persona(Temperament::Warm);
    let m = Matcher::new(&[]);
    let mut i = Interview::new("s1", &p, 20, ClockMode::Real, 0.0);
    i.apply(
        &p,
        &m,
        Action::Ask {
            text: "What does a typical day look like?".into(),
            now_s: 90.0,
        },
    );
    assert_eq!(i.elapsed_s, 90.0);
    assert_eq!(i.clock_at(200.0), 200.0);
    assert_eq!(i.actual_seconds(200.0)[Segment::Present.index()], 200.0);
    i.apply(&p, &m, Action::End { now_s: 300.0 });
    assert_eq!(i.status, Status::Ended);
    assert_eq!(i.clock_at(999.0), 300.0);
}

#[test]
fn pausing_stops_the_real_clock_and_asking() {
    let p = tiny_persona(Temperament::Warm);
    let m = Matcher::new(&[]);
    let mut i = Interview::new("s1", &p, 20, ClockMode::Real, 0.0);
    assert!(i.apply(&p, &m, Action::Pause { now_s: 60.0 }));
    assert_eq!(i.clock_at(500.0), 60.0);
    assert!(!i.apply(
        &p,
        &m,
        Action::Ask {
            text: "What do you do?".into(),
            now_s: 100.0
        }
    ));
    assert!(i.apply(&p, &m, Action::Resume { now_s: 160.0 }));
    assert_eq!(i.clock_at(200.0), 100.0);
    assert!(i.apply(
        &p,
        &m,
        Action::Ask {
            text: "What do you do?".into(),
            now_s: 220.0
        }
    ));
    assert_eq!(i.exchanges[0].end_s, 120.0);
}

#[test]
fn extending_rescales_the_plan() {
    let p = tiny_persona(Temperament::Warm);
    let m = Matcher::new(&[]);
    let mut i = Interview::new("s1", &p, 20, ClockMode::Simulated, 0.0);
    assert!(i.apply(&p, &m, Action::Extend { minutes: 5 }));
    assert_eq!(i.plan.minutes, 25);
    assert_eq!(i.plan.seconds.iter().sum::<u32>(), 1500);
}

#[test]
fn ended_interviews_ignore_actions() {
    let p = tiny_persona(Temperament::Warm);
    let m = Matcher::new(&[]);
    let mut i = Interview::new("s1", &p, 20, ClockMode::Simulated, 0.0);
    assert!(i.apply(&p, &m, Action::End { now_s: 0.0 }));
    assert!(!i.apply(
        &p,
        &m,
        Action::Ask {
            text: "Hello?".into(),
            now_s: 0.0
        }
    ));
    assert!(i.exchanges.is_empty());
}

#[test]
fn blank_questions_change_nothing() {
    let p = tiny_persona(Temperament::Warm);
    let m = Matcher::new(&[]);
    let mut i = Interview::new("s1", &p, 20, ClockMode::Simulated, 0.0);
    assert!(!i.apply(
        &p,
        &m,
        Action::Ask {
            text: "   ".into(),
            now_s: 0.0
        }
    ));
}

#[test]
fn busy_persona_ends_the_call_when_kept_too_long() {
    let p = tiny_persona(Temperament::Busy);
    let m = Matcher::new(&[]);
    let mut i = Interview::new("s1", &p, 20, ClockMode::Real, 0.0);
    let ask = |now_s| Action::Ask {
        text: "What does a typical day look like?".into(),
        now_s,
    };
    // Well past the end, the persona first says so; asked on, it ends the call.
    i.apply(&p, &m, ask(1500.0));
    assert_eq!(i.status, Status::Active);
    assert!(i.exchanges[0].reply.ends_with("We're at time."));
    i.apply(&p, &m, ask(1510.0));
    assert_eq!(i.status, Status::EndedByPersona);
    assert!(i.exchanges[1].reply.ends_with("I have to go now."));
}
