//! The score formula (see the module doc of `coach`); the tips drawn from it are in `tips`.

use super::review::{GRACE_S, HEALTHY_SHARE};
use super::says;
use super::{minutes, minutes_over, Etiquette, Review, Score, ScorePart};
use crate::decimal::fixed;

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
/// The guides ask for "30 minutes to ask five or six questions": the questions and listening
/// points are earned in full from one work question per this many planned minutes...
const MINUTES_PER_QUESTION: f64 = 6.0;
/// ... and never from fewer than this many.
const FEWEST_QUESTIONS: usize = 3;

/// The work questions a practice of `planned_s` needs for full questions and listening points.
pub(super) fn questions_expected(planned_s: f64) -> usize {
    ((planned_s / 60.0 / MINUTES_PER_QUESTION).ceil() as usize).max(FEWEST_QUESTIONS)
}

/// Points for one etiquette item (not running over is scored under timing).
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
    /// Work questions asked against those expected, at most 1: two questions in a half-hour
    /// call do not earn the questions and listening points of a whole interview.
    enough: f64,
    expected: usize,
}

impl Values {
    pub(super) fn of(r: &Review) -> Values {
        let t = &r.timing;
        let used = t.used_share();
        let late = (t.actual_s - t.planned_s - GRACE_S).max(0.0);
        let o = &r.outcomes;
        let q = &r.questions;
        // Every flag counts here, closed questions too (they also lower the open share): nine
        // yes/no questions in eleven cost about as much as the guides say they do.
        let unclean = q.flagged.len().max(q.job_asks);
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
        let expected = questions_expected(t.planned_s);
        let enough = (q.asked as f64 / expected as f64).min(1.0);
        Values {
            enough,
            expected,
            accuracy: asked * ACCURACY_PTS * t.accuracy,
            // Time left unused costs whole points: "used only 14.5 of 30" never shows 10/10.
            on_time: asked
                * if used < 1.0 {
                    (ON_TIME_PTS * used).floor()
                } else {
                    ON_TIME_PTS * (1.0 - late / LATE_SPAN_S).max(0.0)
                },
            used,
            reached: OUTCOME_PTS * o.reached() as f64,
            nuggets: if o.nuggets_total == 0 {
                NUGGET_PTS * o.reached() as f64 / 5.0
            } else {
                NUGGET_PTS * o.nuggets_found as f64 / o.nuggets_total as f64
            },
            open: enough * OPEN_PTS * q.open_share,
            clean_lines,
            clean: enough * per_line(CLEAN_PTS, clean_lines),
            follow: if q.total == 0 {
                0.0
            } else {
                FOLLOW_UP_PTS * q.follow_ups.min(FOLLOW_UPS_COUNTED) as f64
            },
            // A job ask is the one thing never to do: it costs every etiquette point.
            etiquette: if q.job_asks > 0 {
                0.0
            } else {
                (r.etiquette.iter())
                    .filter(|e| e.passed)
                    .map(|e| etiquette_points(e.item))
                    .sum()
            },
            listening: if l.user_words == 0 {
                0.0
            } else {
                let falling = (TALKING_LIMIT - l.user_share) / (TALKING_LIMIT - HEALTHY_SHARE);
                enough * LISTENING_PTS * falling.clamp(0.0, 1.0)
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

/// " 2 questions asked again: a repeat is not a follow-up.", or nothing.
fn repeats(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => " 1 question asked again: a repeat is not a follow-up.".into(),
        n => format!(" {n} questions asked again: a repeat is not a follow-up."),
    }
}

/// "2 work questions where a 30-minute practice calls for 5, so these points count 2/5. ", or
/// nothing.
fn too_few(v: &Values, asked: usize, planned_s: f64) -> String {
    if v.enough < 1.0 {
        let planned = (planned_s / 60.0).round() as u32;
        format!(
            "{asked} work question{} where a {planned}-minute practice calls for {}, so these points count {asked}/{}. ",
            if asked == 1 { "" } else { "s" },
            v.expected,
            v.expected
        )
    } else {
        String::new()
    }
}

fn part(name: &str, value: f64, max: u8, says: String, why: String) -> ScorePart {
    ScorePart {
        name: name.into(),
        points: (value.round().max(0.0) as u8).min(max),
        max,
        says,
        why,
    }
}

/// A share as a whole percentage, rounded half up (as everywhere a share is shown).
pub fn pct(x: f64) -> u32 {
    (x * 100.0).round() as u32
}

/// The score of a review, by the documented formula.
pub fn score(r: &Review) -> Score {
    let v = Values::of(r);
    let t = &r.timing;
    let mut why = format!(
        "Time per part on plan: {}% ({}/15 pts); ",
        pct(t.accuracy),
        fixed(v.accuracy, 0)
    );
    if r.questions.total == 0 {
        why = "No questions asked, so no schedule was kept.".into();
    } else if v.used < 1.0 {
        // To the half minute, as the review's header shows it.
        why.push_str(&format!(
            "used only {} of {} ({}/10 pts).",
            says::used_minutes(t.actual_s),
            minutes((t.planned_s / 60.0).round() as u32),
            fixed(v.on_time, 0)
        ));
    } else if t.ended_on_time {
        why.push_str("didn't run over (10/10 pts).");
    } else {
        why.push_str(&format!(
            "ended {} late ({}/10 pts).",
            minutes_over(t.actual_s - t.planned_s),
            fixed(v.on_time, 0)
        ));
    }
    let timing = part("Timing", v.accuracy + v.on_time, 25, says::timing(r), why);

    let o = &r.outcomes;
    let outcomes = part(
        "Outcomes",
        v.reached + v.nuggets,
        25,
        says::outcomes(r),
        format!(
            "Reached {} of 5 outcomes ({}/20 pts); drew out {} of {} details they share when asked well ({}/5 pts).",
            o.reached(),
            fixed(v.reached, 0),
            o.nuggets_found,
            o.nuggets_total,
            fixed(v.nuggets, 0)
        ),
    );

    let q = &r.questions;
    let says_questions = says::questions(r, v.expected, t.planned_s);
    let questions = if q.total == 0 {
        part(
            "Questions",
            0.0,
            20,
            says_questions,
            "No questions asked.".into(),
        )
    } else {
        part(
            "Questions",
            v.open + v.clean + v.follow,
            20,
            says_questions,
            format!(
                "{}{}% open ({}/8 pts); {} of {} lines free of flags ({}/7 pts); {} follow-up{} ({}/5 pts).{}",
                too_few(&v, q.asked, t.planned_s),
                pct(q.open_share),
                fixed(v.open, 0),
                v.clean_lines,
                q.total,
                fixed(v.clean, 0),
                q.follow_ups,
                if q.follow_ups == 1 { "" } else { "s" },
                fixed(v.follow, 0),
                repeats(q.repeats.len()),
            ),
        )
    };

    let job = r.questions.job_asks > 0;
    let mut missed = String::new();
    let failed = (r.etiquette.iter()).filter(|e| !e.passed && e.item != Etiquette::NoJobAsk);
    for e in failed {
        let pts = etiquette_points(e.item);
        if pts > 0.0 {
            missed.push_str(if missed.is_empty() { "" } else { "; " });
            missed.push_str(&e.item.label().to_ascii_lowercase());
            if !job {
                missed.push_str(&format!(" (0/{} pts)", fixed(pts, 0)));
            }
        }
    }
    missed = match (job, missed.is_empty()) {
        (true, true) => "You asked for a job, which costs every etiquette point".into(),
        (true, false) => {
            format!("You asked for a job, which costs every etiquette point. Also missed: {missed}")
        }
        (false, false) => format!("Missed: {missed}"),
        // Not running over is on the checklist but scored under Timing: "every item passed"
        // beside a failed "Didn't run over" read as a contradiction.
        (false, true)
            if (r.etiquette.iter()).any(|e| !e.passed && e.item == Etiquette::EndedOnTime) =>
        {
            "Every item scored here passed (not running over is scored under Timing)".into()
        }
        (false, true) => "Every item passed".into(),
    };
    missed.push('.');
    let etiquette = part("Etiquette", v.etiquette, 20, says::etiquette(r), missed);

    let listening = part(
        "Listening",
        v.listening,
        10,
        says::listening(r),
        format!(
            "You said {}% of the words (full marks up to 30%, none from 60%){}.",
            pct(r.listening.user_share),
            if v.enough < 1.0 {
                ", counted in part for the few questions asked"
            } else {
                ""
            }
        ),
    );

    let parts = vec![timing, outcomes, questions, etiquette, listening];
    Score {
        total: parts.iter().map(|p| p.points).sum(),
        parts,
    }
}

#[cfg(test)]
#[path = "score_tests.rs"]
mod tests;
