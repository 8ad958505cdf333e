//! The score formula (see the module doc of `coach`); the tips drawn from it are in `tips`.

use super::review::{GRACE_S, HEALTHY_SHARE};
use super::{minutes, Etiquette, Review, Score, ScorePart};
use crate::flags::Flag;

const ACCURACY_PTS: f64 = 15.0;
const ON_TIME_PTS: f64 = 10.0;
/// How far past the grace minute the on-time points fall to 0.
const LATE_SPAN_S: f64 = 240.0;
const OUTCOME_PTS: f64 = 4.0;
const NUGGET_PTS: f64 = 5.0;
const OPEN_PTS: f64 = 8.0;
const CLEAN_PTS: f64 = 7.0;
const FOLLOW_UP_PTS: f64 = 2.5;
pub(super) const FOLLOW_UPS_COUNTED: usize = 2;
const LISTENING_PTS: f64 = 10.0;
/// The user's share of the words at which the listening points reach 0.
const TALKING_LIMIT: f64 = 0.60;

/// Points for one etiquette item (ended on time is scored under timing).
pub fn etiquette_points(item: Etiquette) -> f64 {
    match item {
        Etiquette::NoJobAsk => 10.0,
        Etiquette::Introduced | Etiquette::ThankedSpecifically => 3.0,
        Etiquette::KeptInTouch => 2.0,
        Etiquette::AskedContacts | Etiquette::AskedOrganizations => 1.0,
        Etiquette::EndedOnTime => 0.0,
    }
}

/// The unrounded points of every ingredient of the formula.
pub(super) struct Values {
    accuracy: f64,
    on_time: f64,
    /// Share of the agreed time used, half or more counting as all.
    used: f64,
    reached: f64,
    nuggets: f64,
    open: f64,
    clean_lines: usize,
    clean: f64,
    follow: f64,
    etiquette: f64,
    listening: f64,
}

impl Values {
    pub(super) fn of(r: &Review) -> Values {
        let t = &r.timing;
        let used = if t.planned_s > 0.0 {
            (t.actual_s / (0.5 * t.planned_s)).min(1.0)
        } else {
            0.0
        };
        let late = (t.actual_s - t.planned_s - GRACE_S).max(0.0);
        let o = &r.outcomes;
        let q = &r.questions;
        let unclean = q
            .flagged
            .iter()
            .filter(|f| f.notes.iter().any(|n| n.flag != Flag::ClosedQuestion))
            .count()
            .max(q.job_asks);
        let clean_lines = q.total.saturating_sub(unclean);
        let per_line = |pts: f64, n: usize| {
            if q.total == 0 {
                0.0
            } else {
                pts * n as f64 / q.total as f64
            }
        };
        let l = &r.listening;
        // Nothing asked, no schedule kept.
        let asked = if q.total == 0 { 0.0 } else { 1.0 };
        Values {
            accuracy: asked * ACCURACY_PTS * t.accuracy,
            on_time: asked * ON_TIME_PTS * used * (1.0 - late / LATE_SPAN_S).max(0.0),
            used,
            reached: OUTCOME_PTS * o.reached() as f64,
            nuggets: if o.nuggets_total == 0 {
                NUGGET_PTS * o.reached() as f64 / 5.0
            } else {
                NUGGET_PTS * o.nuggets_found as f64 / o.nuggets_total as f64
            },
            open: per_line(OPEN_PTS, q.open),
            clean_lines,
            clean: per_line(CLEAN_PTS, clean_lines),
            follow: if q.total == 0 {
                0.0
            } else {
                FOLLOW_UP_PTS * q.follow_ups.min(FOLLOW_UPS_COUNTED) as f64
            },
            etiquette: r
                .etiquette
                .iter()
                .filter(|e| e.passed)
                .map(|e| etiquette_points(e.item))
                .sum(),
            listening: if l.user_words == 0 {
                0.0
            } else {
                let falling = (TALKING_LIMIT - l.user_share) / (TALKING_LIMIT - HEALTHY_SHARE);
                LISTENING_PTS * falling.clamp(0.0, 1.0)
            },
        }
    }

    pub(super) fn total(&self) -> f64 {
        self.accuracy
            + self.on_time
            + self.reached
            + self.nuggets
            + self.open
            + self.clean
            + self.follow
            + self.etiquette
            + self.listening
    }
}

fn part(name: &str, value: f64, max: u8, why: String) -> ScorePart {
    ScorePart {
        name: name.into(),
        points: (value.round().max(0.0) as u8).min(max),
        max,
        why,
    }
}

pub(super) fn pct(x: f64) -> u32 {
    (x * 100.0).round() as u32
}

/// The score of a review, by the documented formula.
pub fn score(r: &Review) -> Score {
    let v = Values::of(r);
    let t = &r.timing;
    let mut why = format!(
        "Segments {} % on plan ({:.0}/15); ",
        pct(t.accuracy),
        v.accuracy
    );
    if r.questions.total == 0 {
        why = "No questions asked, so no schedule was kept.".into();
    } else if v.used < 1.0 {
        why.push_str(&format!(
            "used only {:.0} of {} ({:.0}/10).",
            t.actual_s / 60.0,
            minutes((t.planned_s / 60.0).round() as u32),
            v.on_time
        ));
    } else if t.ended_on_time {
        why.push_str("ended on time (10/10).");
    } else {
        why.push_str(&format!(
            "ended {} late ({:.0}/10).",
            minutes(((t.actual_s - t.planned_s) / 60.0).round() as u32),
            v.on_time
        ));
    }
    let timing = part("Timing", v.accuracy + v.on_time, 25, why);

    let o = &r.outcomes;
    let outcomes = part(
        "Outcomes",
        v.reached + v.nuggets,
        25,
        format!(
            "Reached {} of 5 outcomes ({:.0}/20); drew out {} of {} nuggets ({:.0}/5).",
            o.reached(),
            v.reached,
            o.nuggets_found,
            o.nuggets_total,
            v.nuggets
        ),
    );

    let q = &r.questions;
    let questions = if q.total == 0 {
        part("Questions", 0.0, 20, "No questions asked.".into())
    } else {
        part(
            "Questions",
            v.open + v.clean + v.follow,
            20,
            format!(
                "{} % open ({:.0}/8); {} of {} free of generic, double or job-ask flags ({:.0}/7); {} follow-up{} ({:.0}/5).",
                pct(q.open_share),
                v.open,
                v.clean_lines,
                q.total,
                v.clean,
                q.follow_ups,
                if q.follow_ups == 1 { "" } else { "s" },
                v.follow
            ),
        )
    };

    let mut missed = String::new();
    for e in r.etiquette.iter().filter(|e| !e.passed) {
        let pts = etiquette_points(e.item);
        if pts > 0.0 {
            missed.push_str(if missed.is_empty() { "Missed: " } else { "; " });
            missed.push_str(&e.item.label().to_lowercase());
            missed.push_str(&format!(" (0/{pts:.0})"));
        }
    }
    if missed.is_empty() {
        missed.push_str("Every item passed");
    }
    missed.push('.');
    let etiquette = part("Etiquette", v.etiquette, 20, missed);

    let listening = part(
        "Listening",
        v.listening,
        10,
        format!(
            "You said {} % of the words (full marks up to 30 %, none from 60 %).",
            pct(r.listening.user_share)
        ),
    );

    let parts = vec![timing, outcomes, questions, etiquette, listening];
    Score {
        total: parts.iter().map(|p| p.points).sum(),
        parts,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{build, model, model_lines, persona, Build};
    use super::super::tips::planned_minutes;
    use super::super::{review, summary_figures, Review, TipKind};
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
        // Questions: 50 % open → 4; all clean → 7; one follow-up → 2.5. Total 13.5 → 14.
        // Etiquette: never asked for a job → 10.
        // Listening: few user words against 40-word replies → 10.
        let got: Vec<u8> = r.score.parts.iter().map(|p| p.points).collect();
        assert_eq!(got, [12, 4, 14, 10, 10]);
        assert_eq!(r.score.total, 50);
        assert!(r.score.parts[0].why.contains("15 % on plan"));
        assert!(r.score.parts[2].why.contains("50 % open"));
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
        assert!((r.next_time[0].gain - 8.0).abs() < 1e-9);
    }

    #[test]
    fn planned_minutes_read_naturally() {
        assert_eq!(planned_minutes(390.0), "6½ minutes");
        assert_eq!(planned_minutes(600.0), "10 minutes");
        assert_eq!(planned_minutes(60.0), "1 minute");
        assert_eq!(planned_minutes(90.0), "1½ minutes");
    }
}
