//! Tests of the score and of the next-time tips drawn from it.

use super::super::testkit::{build, model, model_lines, persona, Build};
use super::super::tip_words::planned_minutes;
use super::super::{review, summary_figures, Review, TipKind};
use super::questions_expected;
use crate::conversation::ReplyKind;
use crate::topic::{Outcome, Topic};

fn points(r: &Review) -> Vec<(String, u8, u8)> {
    r.score
        .parts
        .iter()
        .map(|p| (p.name.clone(), p.points, p.max))
        .collect()
}

#[test]
fn the_model_interview_scores_full_marks() {
    let i = model().ended();
    let r = review(&i, &persona());
    let parts: Vec<_> = points(&r).into_iter().map(|(_, p, m)| (p, m)).collect();
    assert_eq!(parts, [(25, 25), (25, 25), (20, 20), (20, 20), (10, 10)]);
    assert_eq!(r.score.total, 100);
    assert_eq!(summary_figures(&r), (100, 1.0));
    assert!(r.next_time.is_empty(), "{:?}", r.next_time);
}

#[test]
fn an_empty_interview_scores_zero() {
    let r = review(&Build::new(30).wait(20.0).ended(), &persona());
    assert_eq!(r.score.total, 0, "{:?}", r.score);
    let r = review(&Build::new(30).ended(), &persona());
    assert_eq!(r.score.total, 0);
    // Sitting through the agreed time without a word is no better.
    let r = review(&Build::new(30).wait(1800.0).ended(), &persona());
    assert_eq!(r.score.total, 0);
}

#[test]
fn a_job_ask_costs_at_least_ten_points() {
    let p = persona();
    let clean = review(&model().ended(), &p);
    let mut lines = model_lines();
    lines.insert(
        9,
        (
            "Are there any openings on your team I could apply for?",
            Topic::JobAsk,
            ReplyKind::Answer,
            0.0,
            &[],
        ),
    );
    let i = build(20, &lines).ended();
    let r = review(&i, &p);
    assert!(clean.score.total - r.score.total >= 10, "{}", r.score.total);
    assert_eq!(r.next_time[0].kind, TipKind::JobAsk);
    assert!(r.next_time[0].gain >= 10.0);
    assert!(r.next_time[0]
        .text
        .contains("instead of \"Are there any openings"));
}

#[test]
fn the_formula_on_a_hand_built_interview() {
    // 20-minute plan, 10 minutes long: all in present, two closed questions of four.
    let i = Build::new(20)
        .ask("Do you like your job?", Topic::Rewards, 150.0)
        .ask(
            "What does a typical day look like?",
            Topic::TypicalDay,
            150.0,
        )
        .line(
            "Tell me more about that.",
            Topic::TypicalDay,
            ReplyKind::FollowUp,
            150.0,
            40,
        )
        .ask("Is it hard?", Topic::Challenges, 150.0)
        .ended();
    let r = review(&i, &persona());
    // Timing: present 600 vs 390 (210 over), the rest 810 short: accuracy 1 - 1020/1200
    // = 0.15 → 2.25; on time, 600 s = half the plan → 10. Total 12.
    // Outcomes: responsibilities only → 4; no nuggets → 0.
    // Questions: four work questions, the 4 a 20-minute plan expects (one per 6 minutes);
    // 50 % open → 4; two of four free of flags (closed ones count) → 3.5; one follow-up →
    // 2.5. Total 10.
    // Etiquette: never asked for a job → 10.
    // Listening: few user words against 40-word replies → 10.
    let got: Vec<u8> = r.score.parts.iter().map(|p| p.points).collect();
    assert_eq!(got, [12, 4, 10, 10, 10]);
    assert_eq!(r.score.total, 46);
    assert!(r.score.parts[0].why.contains("Time per part on plan: 15%"));
    assert!(r.score.parts[2].why.contains("50% open"));
}

#[test]
fn late_endings_lose_the_on_time_points_gradually() {
    let p = persona();
    let on_time = |extra: f64| {
        let r = review(&model().wait(extra).ended(), &p);
        (r.score.parts[0].points, r.timing.ended_on_time)
    };
    // The closing runs over, costing accuracy (15 × extra / 1200) and, past the grace
    // minute, on-time points: 10 × (1 - (extra - 60) / 240).
    assert_eq!(on_time(60.0), (24, true));
    assert_eq!(on_time(180.0), (18, false));
    assert_eq!(on_time(300.0), (11, false));
    assert_eq!(on_time(600.0), (8, false));
}

#[test]
fn parts_stay_within_their_maximum() {
    let p = persona();
    let cases = [
        model().ended(),
        model().wait(5000.0).ended(),
        Build::new(20).ended(),
        Build::new(20)
            .line(
                &vec!["me"; 400].join(" "),
                Topic::None,
                ReplyKind::Deflect,
                3000.0,
                1,
            )
            .ended(),
    ];
    for i in cases {
        let r = review(&i, &p);
        let sum: u32 = r.score.parts.iter().map(|p| u32::from(p.points)).sum();
        assert_eq!(sum, u32::from(r.score.total));
        assert!(r.score.total <= 100);
        for part in &r.score.parts {
            assert!(part.points <= part.max, "{part:?}");
            assert!(!part.why.is_empty());
        }
        let maxes: u32 = r.score.parts.iter().map(|p| u32::from(p.max)).sum();
        assert_eq!(maxes, 100);
        assert!(r.next_time.len() <= 3);
        assert!(r.next_time.windows(2).all(|w| w[0].gain >= w[1].gain));
    }
}

#[test]
fn tips_name_the_missing_outcome_and_are_ordered_by_gain() {
    let p = persona();
    // The model without its contacts question: organizations takes its time.
    let mut lines = model_lines();
    lines.remove(7);
    lines[7].3 += 70.0;
    let i = build(20, &lines).ended();
    let r = review(&i, &p);
    let first = &r.next_time[0];
    assert_eq!(first.kind, TipKind::Missed(Outcome::Contacts));
    assert_eq!(
        first.text,
        "Ask who else you should talk to before the closing: it's the one outcome you missed."
    );
    // 4 for the outcome, 5/6 for its nugget, 1 for the etiquette item.
    assert!((first.gain - 5.8).abs() < 1e-9, "{}", first.gain);
    assert_eq!(r.score.total, 94);
}

#[test]
fn closed_questions_and_missing_courtesies_become_tips() {
    let i = Build::new(20)
        .ask("Do you like your job?", Topic::Rewards, 300.0)
        .ask("Is the field growing?", Topic::Trends, 300.0)
        .ask("Did you always want to do this?", Topic::Path, 300.0)
        .ended();
    let r = review(&i, &persona());
    let kinds: Vec<_> = r.next_time.iter().map(|t| t.kind).collect();
    assert_eq!(kinds[0], TipKind::ClosedQuestions, "{:?}", r.next_time);
    assert!(r.next_time[0].text.starts_with(
        "Turn yes/no questions into open ones: instead of \"Do you like your job?\", ask \""
    ));
    // Three work questions of the four a 20-minute plan expects: open (8) and flag-free (7)
    // points count 3/4, so opening all three gains 15 × 0.75 (gains are kept to a tenth).
    assert!(
        (r.next_time[0].gain - 11.3).abs() < 1e-9,
        "{}",
        r.next_time[0].gain
    );
}

#[test]
fn a_few_questions_earn_a_part_of_the_questions_and_listening_points() {
    let p = persona();
    let two = Build::new(30)
        .ask(
            "What does a typical day look like?",
            Topic::TypicalDay,
            120.0,
        )
        .ask("How did you get into this field?", Topic::Path, 120.0)
        .ended();
    let r = review(&two, &p);
    // A 30-minute plan expects five work questions; two were asked: 2/5 of the open (8),
    // flag-free (7) and listening (10) points.
    assert_eq!(questions_expected(30.0 * 60.0), 5);
    assert_eq!(questions_expected(10.0 * 60.0), 3);
    assert_eq!(r.score.parts[2].points, 6, "{:?}", r.score.parts[2]);
    assert_eq!(r.score.parts[4].points, 4, "{:?}", r.score.parts[4]);
    let why = &r.score.parts[2].why;
    assert!(
        why.starts_with("2 work questions where a 30-minute practice calls for 5, so"),
        "{why}"
    );
    // A practice with the questions it calls for earns them in full: the model interview
    // above scores 100.
}

#[test]
fn planned_minutes_read_naturally() {
    assert_eq!(planned_minutes(390.0), "6½ minutes");
    assert_eq!(planned_minutes(600.0), "10 minutes");
    assert_eq!(planned_minutes(60.0), "1 minute");
    assert_eq!(planned_minutes(90.0), "1½ minutes");
}

#[test]
fn time_left_unused_is_judged_one_way_in_the_verdict_and_the_points() {
    // From a walk-through: "used only 15 of 30 (10/10 pts)" beside "You ended early".
    let p = persona();
    for wait in (700..1000).step_by(10) {
        let i = Build::new(30)
            .ask("?", Topic::TypicalDay, 60.0)
            .wait(f64::from(wait))
            .ended();
        let r = review(&i, &p);
        let why = &r.score.parts[0].why;
        let short = why.contains("used only");
        assert_eq!(short, r.timing.ended_early(), "{why}");
        assert_eq!(short, !why.contains("(10/10 pts)"), "{why}");
        assert_eq!(short, r.timing.actual_s < 885.0, "{}", r.timing.actual_s);
    }
}

#[test]
fn an_overrun_made_of_the_persona_s_answers_is_not_put_on_the_user() {
    // From a walk-through: one introduction, a long answer, and "Keep Opening near its
    // planned ...", as if the student had talked too long. The lines' words do not matter.
    let p = persona();
    let theirs = |b: &Build| {
        let r = review(&b.interview.clone(), &p);
        let tip = r.next_time.iter().find(|t| t.kind == TipKind::Overrun);
        let text = tip.map(|t| t.text.clone()).unwrap_or_default();
        assert!(text.starts_with("Keep Opening"), "{text}");
        text.contains(&format!(
            "mostly in {}'s answers. When an answer",
            p.short_name()
        ))
    };
    let line = |b: Build, topic, s| b.ask("?", topic, s);
    let long_answer = line(Build::new(30), Topic::Introduction, 420.0);
    let mut b = line(long_answer, Topic::TypicalDay, 300.0);
    b.interview.status = crate::interview::Status::Ended;
    assert!(theirs(&b));
    // On the real clock the time is the user's own reading and typing.
    b.interview.clock = crate::interview::ClockMode::Real;
    assert!(!theirs(&b));
    let mut b = Build::new(30);
    for _ in 0..3 {
        b = line(b, Topic::SmallTalk, 140.0);
    }
    let mut b = line(b, Topic::TypicalDay, 300.0);
    b.interview.status = crate::interview::Status::Ended;
    assert!(!theirs(&b));
}
