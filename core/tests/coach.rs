//! The coach on whole interviews driven through the reducer with a bundled persona.

mod common;

use askwell_core::coach::{self, Etiquette, Review, TipKind};
use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::understand::Matcher;
use askwell_core::{Outcome, Persona};
use common::interviews::{maya, GOOD};

fn run(persona: &Persona, minutes: u32, lines: &[&str]) -> Interview {
    common::practise(persona, minutes, lines)
}

const POOR_PRESENT: &[&str] = &[
    "Do you like your job?",
    "Is it stressful?",
    "What does a typical day look like?",
    "Do you work long hours?",
    "Is the hospital big?",
    "What are your responsibilities?",
    "Do you like your team?",
    "Is your job rewarding?",
    "Is it hard?",
    "What skills do you need?",
];

const POOR_END: &[&str] = &[
    "Are there any openings on your team I could apply for?",
    "Did you always want to be a psychiatrist?",
    "Is the field growing?",
    "Thanks, bye.",
];

fn poor(p: &Persona) -> Interview {
    let matcher = Matcher::new(&p.vocabulary);
    let mut i = Interview::new("poor", p, 20, ClockMode::Simulated, 0.0);
    let mut n = 0;
    while i.elapsed_s < 1300.0 {
        let q = POOR_PRESENT[n % POOR_PRESENT.len()];
        i.apply(
            p,
            &matcher,
            Action::Ask {
                text: q.into(),
                now_s: 0.0,
            },
        );
        n += 1;
    }
    for q in POOR_END {
        i.apply(
            p,
            &matcher,
            Action::Ask {
                text: (*q).into(),
                now_s: 0.0,
            },
        );
    }
    i.apply(p, &matcher, Action::End { now_s: 0.0 });
    i
}

/// A thorough hour: 26 questions with follow-ups, each answer taking its simulated two or
/// three minutes.
fn good(p: &Persona) -> Interview {
    run(p, 60, GOOD)
}

fn failed(r: &Review) -> Vec<Etiquette> {
    r.etiquette
        .iter()
        .filter(|e| !e.passed)
        .map(|e| e.item)
        .collect()
}

fn tips(r: &Review) -> Vec<TipKind> {
    r.next_time.iter().map(|t| t.kind).collect()
}

/// Prints the score for the record (`cargo test -- --nocapture`).
fn show(name: &str, r: &Review) {
    println!("{name}: {}/100", r.score.total);
    for part in &r.score.parts {
        println!(
            "  {:<10} {:>2}/{:<2} {}",
            part.name, part.points, part.max, part.why
        );
    }
    for t in &r.next_time {
        println!("  next time (+{}): {}", t.gain, t.text);
    }
}

#[test]
fn the_good_interview_scores_well() {
    let p = maya();
    let i = good(&p);
    let r = coach::review(&i, &p);
    show("good", &r);
    assert!(r.score.total >= 75, "{:?}", r.score);
    assert!(failed(&r).is_empty(), "{:?}", r.etiquette);
    assert_eq!(r.outcomes.reached(), 5);
    assert!(r.outcomes.nuggets_found >= 5);
    assert!(r.timing.ended_on_time && r.timing.overruns.is_empty());
    assert!(r.listening.healthy);
    assert!(r.questions.open_share >= 0.9);
    assert!(r.questions.follow_ups >= 2);
    assert_eq!(r.questions.job_asks, 0);
    for t in &r.next_time {
        assert!(
            !matches!(
                t.kind,
                TipKind::JobAsk | TipKind::Missed(_) | TipKind::Overrun
            ),
            "{t:?}"
        );
    }
}

#[test]
fn the_poor_interview_scores_low_for_the_right_reasons() {
    let p = maya();
    let i = poor(&p);
    let r = coach::review(&i, &p);
    show("poor", &r);
    assert!(r.score.total <= 45, "{:?}", r.score);
    assert_eq!(
        failed(&r),
        [
            Etiquette::Introduced,
            Etiquette::NoJobAsk,
            Etiquette::AskedContacts,
            Etiquette::AskedOrganizations,
            Etiquette::ThankedSpecifically,
            Etiquette::KeptInTouch,
            Etiquette::EndedOnTime,
        ]
    );
    assert_eq!(r.timing.overruns, [askwell_core::Segment::Present]);
    assert!(!r.outcomes.get(Outcome::Contacts).unwrap().reached);
    assert!(r.questions.open_share < 0.5);
    assert_eq!(r.questions.job_asks, 1);
    assert_eq!(
        tips(&r),
        // The practice ran over, so no tip asks for more questions (walk 13: "follow up more"
        // beside "you ran 18 minutes over"); its yes/no questions come third.
        [TipKind::Overrun, TipKind::JobAsk, TipKind::ClosedQuestions]
    );
    assert!(r.next_time[0]
        .text
        .starts_with("Keep Present near its planned 6½ minutes: it ran"));
    assert!(r.next_time[1].text.starts_with("Never ask for a job"));
    assert!(r.next_time[2]
        .text
        .starts_with("Turn yes/no questions into open ones"));
}

#[test]
fn the_reports_differ_as_expected() {
    let p = maya();
    let (g, b) = (coach::review(&good(&p), &p), coach::review(&poor(&p), &p));
    assert!(g.score.total >= b.score.total + 30);
    let (gs, ga) = coach::summary_figures(&g);
    let (bs, ba) = coach::summary_figures(&b);
    assert_eq!((gs, bs), (g.score.total, b.score.total));
    assert!(ga > ba && (0.0..=1.0).contains(&ga) && (0.0..=1.0).contains(&ba));
    for (gp, bp) in g.score.parts.iter().zip(&b.score.parts) {
        assert!(gp.points >= bp.points, "{gp:?} vs {bp:?}");
    }
    // Plain data both ways.
    let json = serde_json::to_string(&b).unwrap();
    assert_eq!(serde_json::from_str::<Review>(&json).unwrap(), b);
}

#[test]
fn the_transcripts_carry_the_notes() {
    let p = maya();
    let i = poor(&p);
    let md = coach::to_markdown(&i, &p, &coach::review(&i, &p));
    assert!(
        md.contains("**You:** Do you like your job? _(closed question — try: "),
        "{md}"
    );
    // Asking whether there is something "I could apply for" asks them to name it, so the
    // grammar does not call it closed; the job ask is what the note names.
    assert!(
        md.contains(
            "**You:** Are there any openings on your team I could apply for? _(job ask — try: "
        ),
        "{md}"
    );
    let i = good(&p);
    let md = coach::to_markdown(&i, &p, &coach::review(&i, &p));
    assert!(
        md.contains("> 💡 contact: Oh, and one more name: Dr. Helen Marsh"),
        "{md}"
    );
    assert!(md.contains("(on time)"));
}

/// Runs the lines, asking for a nudge after each and recording what shows.
fn nudges(p: &Persona, minutes: u32, lines: &[&str]) -> Vec<(f64, coach::Nudge)> {
    let matcher = Matcher::new(&p.vocabulary);
    let mut i = Interview::new("t", p, minutes, ClockMode::Simulated, 0.0);
    let mut log = coach::NudgeLog::default();
    let mut shown = Vec::new();
    for q in lines {
        i.apply(
            p,
            &matcher,
            Action::Ask {
                text: (*q).into(),
                now_s: 0.0,
            },
        );
        if let Some(n) = coach::next_nudge(&i, 0.0, &log) {
            let at = i.clock_at(0.0);
            coach::record(&mut log, &n, at);
            shown.push((at, n));
        }
    }
    shown
}

#[test]
fn the_poor_interview_gets_nudged_the_good_one_does_not() {
    let p = maya();
    let mut lines: Vec<&str> = Vec::new();
    for n in 0..58 {
        lines.push(POOR_PRESENT[n % POOR_PRESENT.len()]);
        if n == 3 {
            lines.push(POOR_END[0]);
        }
    }
    lines.extend(&POOR_END[1..]);
    let shown = nudges(&p, 20, &lines);
    let kinds: Vec<_> = shown.iter().map(|(_, n)| n.kind).collect();
    let over = shown
        .iter()
        .find(|(_, n)| n.kind == coach::NudgeKind::SegmentOver)
        .expect("Present runs over");
    // Present (6½ minutes planned) is two minutes over: 8½ minutes in at the earliest.
    assert!(over.0 >= 510.0, "{}", over.0);
    assert!(over
        .1
        .text
        .starts_with("Present has run over its planned time — their background is next"));
    use coach::NudgeKind::*;
    assert_eq!(
        kinds,
        [NoAgenda, JobAsked, SegmentOver, AskContacts, TimeUp]
    );
    let ask = shown[3].1.text.as_str();
    // (The answers' yes/no leads make the simulated clock run a little later than before.)
    assert_eq!(ask, "2 minutes left: ask who else you should talk to.");
    // Each kind once, a minute apart at least.
    for (n, k) in kinds.iter().enumerate() {
        assert!(!kinds[..n].contains(k), "{k:?} twice");
    }
    for w in shown.windows(2) {
        assert!(w[1].0 - w[0].0 >= 60.0);
    }

    assert!(nudges(&p, 60, GOOD).is_empty());
}

#[test]
fn the_time_left_is_announced_as_it_really_is() {
    // Walk-through 7: "Five minutes left." while the timer showed 3:02 left (one long answer
    // jumped past the five-minute mark).
    assert_eq!(coach::time_left_band(400.0), 0);
    assert_eq!(coach::time_left_band(182.0), 1);
    assert_eq!(coach::time_left_words(182.0), "About 3 minutes left.");
    assert_eq!(coach::time_left_words(300.0), "About 5 minutes left.");
    assert_eq!(coach::time_left_band(100.0), 2);
    assert_eq!(coach::time_left_words(100.0), "About 2 minutes left.");
    assert_eq!(coach::time_left_words(20.0), "About 1 minute left.");
    assert_eq!(coach::time_left_band(0.0), 3);
    assert_eq!(coach::time_left_words(-5.0), "The agreed time is up.");
}
