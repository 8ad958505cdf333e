//! Tests of the review's plain sentences, one per part of the score: what they say, that
//! they never show points, and that the points stay behind them in `why`.

use super::super::testkit::{build, model, model_lines, persona, Build};
use super::super::{review, Etiquette, Review, TipKind};
use crate::topic::Topic;

fn says(r: &Review) -> Vec<&str> {
    r.score.parts.iter().map(|p| p.says.as_str()).collect()
}

/// Every part has a sentence without points, and its points behind it.
fn plain(r: &Review) {
    for p in &r.score.parts {
        assert!(p.says.starts_with("You "), "{}", p.says);
        assert!(p.says.ends_with('.'), "{}", p.says);
        assert!(
            !p.says.contains("pts") && !p.says.contains("/"),
            "{}",
            p.says
        );
        assert!(!p.says.contains("hidden"), "{}", p.says);
        assert!(!p.why.contains("hidden"), "{}", p.why);
    }
}

#[test]
fn the_model_interview_is_said_plainly() {
    let r = review(&model().ended(), &persona());
    plain(&r);
    let s = says(&r);
    assert_eq!(
        s[0],
        "You kept time per part 100% on plan (all 6 parts within a minute) and didn't run over."
    );
    assert_eq!(
        s[1],
        "You reached all 5 outcomes and drew out 6 of 6 details they share when asked well."
    );
    assert_eq!(
        s[2],
        "You asked open questions: 9 of 9, and followed up twice."
    );
    assert_eq!(s[3], "You covered all 6 courtesies.");
    assert_eq!(
        s[4],
        "You said 15% of the words: they did most of the talking."
    );
    // The points are still there, behind "How is this scored?".
    assert!(r.score.parts[..3].iter().all(|p| p.why.contains("pts)")));
    assert!(r
        .score
        .parts
        .iter()
        .all(|p| !p.why.is_empty() && p.why != p.says));
    assert!(r.score.parts[1]
        .why
        .contains("details they share when asked well (5/5 pts)"));
}

#[test]
fn a_late_end_is_said_in_minutes_over() {
    let r = review(&model().wait(300.0).ended(), &persona());
    plain(&r);
    assert_eq!(
        r.score.parts[0].says,
        "You kept time per part 75% on plan (5 of 6 parts within a minute) and ran 5 minutes over."
    );
    assert!(r.score.parts[0]
        .why
        .contains("ended 5 minutes late (0/10 pts)"));
}

#[test]
fn a_short_practice_says_the_minutes_used_and_the_parts_skipped() {
    let p = persona();
    let i = Build::new(20)
        .ask("Do you like your job?", Topic::Rewards, 150.0)
        .ask(
            "What does a typical day look like?",
            Topic::TypicalDay,
            150.0,
        )
        .ask("Is it hard?", Topic::Challenges, 150.0)
        .ended();
    let r = review(&i, &p);
    plain(&r);
    let s = says(&r);
    // Five parts never reached: counted, not listed.
    assert_eq!(
        s[0],
        "You kept time per part 28% on plan (1 of 6 parts within a minute), skipped 5 of them, and used 7.5 of your 20 minutes."
    );
    assert_eq!(
        s[2],
        "You asked open questions: 1 of 3 (a 20-minute call has room for 4), but never followed up on an answer."
    );
    assert!(s[3].starts_with("You covered 1 of the 6 courtesies; missing: introduced yourself"));
    assert!(s[3].ends_with("thanked them specifically, asked to keep in touch."));
    // Not running over passes, and never reads as "ended on time" beside "ended early".
    let over = r
        .etiquette
        .iter()
        .find(|e| e.item == Etiquette::EndedOnTime);
    assert!(over.is_some_and(|e| e.passed));
    assert_eq!(Etiquette::EndedOnTime.label(), "Didn't run over");
    assert!(r.timing.ended_early());
}

#[test]
fn one_or_two_skipped_parts_are_named() {
    let p = persona();
    // The model interview without its one question about the future.
    let mut lines = model_lines();
    lines.retain(|l| l.1 != Topic::Trends);
    let i = build(20, &lines).ended();
    let r = review(&i, &p);
    plain(&r);
    assert_eq!(
        crate::coach::skipped(&r.timing),
        [crate::topic::Segment::Future]
    );
    let timing = &r.score.parts[0].says;
    assert!(timing.contains(", skipped Future, and "), "{timing}");
    // The tip says it was skipped, not that it "took 0:00".
    let tip = r.next_time.iter().find(|t| t.kind == TipKind::ShortSegment);
    let text = tip.map(|t| t.text.as_str()).unwrap_or_default();
    assert_eq!(
        text,
        "Use the time you agreed: you skipped Future and its planned 3½ minutes, room for another question or a follow-up."
    );
    assert!(!text.contains("0:00"), "{text}");
}

#[test]
fn nothing_asked_is_said_as_nothing_asked() {
    let r = review(&Build::new(30).ended(), &persona());
    plain(&r);
    let s = says(&r);
    assert_eq!(
        s[0],
        "You asked no questions, so there was no plan to keep to."
    );
    assert_eq!(s[2], "You asked no questions.");
    assert_eq!(
        s[3],
        "You asked nothing, so there is no etiquette to count yet."
    );
    assert_eq!(
        s[4],
        "You asked no questions, so there were no answers to listen to."
    );
}

#[test]
fn a_job_ask_is_said_first_and_plainly() {
    let i = Build::new(20)
        .ask(
            "What does a typical day look like?",
            Topic::TypicalDay,
            300.0,
        )
        .ask("Are there any openings on your team?", Topic::JobAsk, 60.0)
        .ended();
    let r = review(&i, &persona());
    plain(&r);
    assert!(r.score.parts[3]
        .says
        .starts_with("You asked for a job: the one thing never to do"));
}
