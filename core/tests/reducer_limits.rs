//! Limits at the point of entry: the reducer never makes a session that import refuses. Long
//! questions and full sessions are refused with a sentence for the user; times from a clock
//! set back or broken are clamped.

use askwell_core::content::bundled;
use askwell_core::interview::{Action, ClockMode, Interview, Refusal, MAX_QUESTION_CHARS};
use askwell_core::store::{validate_session, MAX_EXCHANGES, MAX_STRING_CHARS};
use askwell_core::timing::MAX_MINUTES;
use askwell_core::understand::Matcher;
use askwell_core::Persona;

fn maya() -> (Persona, Matcher) {
    let p = bundled()
        .into_iter()
        .find(|p| p.id == "maya-okafor")
        .expect("maya-okafor is bundled");
    let m = Matcher::new(&p.vocabulary);
    (p, m)
}

fn ask(text: String, now_s: f64) -> Action {
    Action::Ask { text, now_s }
}

#[test]
fn questions_over_the_limit_are_refused_and_change_nothing() {
    let (p, m) = maya();
    let mut i = Interview::new("s1", &p, 20, ClockMode::Simulated, 1.0);
    let longest = format!("What {}?", "é".repeat(MAX_QUESTION_CHARS - 6));
    assert_eq!(longest.chars().count(), MAX_QUESTION_CHARS);
    assert_eq!(i.try_apply(&p, &m, ask(longest, 0.0)), Ok(true));
    let before = i.clone();
    let too_long = format!("  {}  ", "a".repeat(MAX_QUESTION_CHARS + 1));
    let refused = i.try_apply(&p, &m, ask(too_long.clone(), 0.0));
    assert_eq!(
        refused,
        Err(Refusal::QuestionTooLong {
            max_chars: MAX_QUESTION_CHARS
        })
    );
    assert_eq!(i, before);
    assert!(!i.apply(&p, &m, ask(too_long, 0.0)));
    assert_eq!(
        refused.unwrap_err().to_string(),
        "That question is very long; keep it under 2,000 characters. It was not asked."
    );
    const { assert!(MAX_QUESTION_CHARS <= MAX_STRING_CHARS) };
}

#[test]
fn a_full_session_refuses_more_questions() {
    let (p, m) = maya();
    let mut i = Interview::new("s1", &p, 20, ClockMode::Simulated, 1.0);
    assert!(i.apply(
        &p,
        &m,
        ask("What does a typical day look like?".into(), 0.0)
    ));
    let one = i.exchanges[0].clone();
    i.exchanges = vec![one; MAX_EXCHANGES];
    let refused = i.try_apply(&p, &m, ask("And then?".into(), 0.0));
    assert_eq!(
        refused,
        Err(Refusal::SessionFull {
            max_questions: MAX_EXCHANGES
        })
    );
    assert_eq!(i.exchanges.len(), MAX_EXCHANGES);
    assert_eq!(validate_session(&i), Ok(()));
    assert_eq!(
        refused.unwrap_err().to_string(),
        "This session has reached its limit of 2,000 questions; end it and start another."
    );
    // Ending still works.
    assert!(i.apply(&p, &m, Action::End { now_s: 10.0 }));
}

#[test]
fn a_clock_set_back_never_stores_negative_or_nan_times() {
    let (p, m) = maya();
    let mut i = Interview::new("s1", &p, 20, ClockMode::Real, -5.0);
    assert_eq!(i.started_at_ms, 0.0);
    assert!(i.apply(&p, &m, Action::Pause { now_s: -3600.0 }));
    assert_eq!(i.paused_at_s, Some(0.0));
    assert!(i.apply(&p, &m, Action::Resume { now_s: f64::NAN }));
    assert_eq!(i.paused_total_s, 0.0);
    assert!(i.apply(&p, &m, ask("What do you do all day?".into(), -100.0)));
    assert!(i.apply(
        &p,
        &m,
        Action::Pause {
            now_s: f64::INFINITY
        }
    ));
    assert!(i.apply(
        &p,
        &m,
        Action::End {
            now_s: f64::NEG_INFINITY
        }
    ));
    assert_eq!(validate_session(&i), Ok(()));
    let times = [i.elapsed_s, i.paused_total_s, i.exchanges[0].start_s];
    assert!(
        times.iter().all(|t| t.is_finite() && *t >= 0.0),
        "{times:?}"
    );
}

#[test]
fn the_agreed_length_stops_at_a_day() {
    let (p, m) = maya();
    let mut i = Interview::new("s1", &p, u32::MAX, ClockMode::Simulated, 1.0);
    assert_eq!(i.plan.minutes, MAX_MINUTES);
    let mut i2 = Interview::new("s2", &p, 60, ClockMode::Simulated, 1.0);
    assert!(i2.apply(&p, &m, Action::Extend { minutes: u32::MAX }));
    assert_eq!(i2.plan.minutes, MAX_MINUTES);
    assert_eq!(validate_session(&i2), Ok(()));
    assert_eq!(
        i.try_apply(&p, &m, Action::Extend { minutes: 5 }),
        Err(Refusal::LengthAtLimit {
            max_minutes: MAX_MINUTES
        })
    );
    assert_eq!(
        Refusal::LengthAtLimit { max_minutes: 1440 }.to_string(),
        "The agreed length cannot go past 24 hours."
    );
}
