//! What the review says first about each part of the score: one plain coaching sentence
//! ("You asked open questions: 6 of 7, and followed up twice."). The points behind it
//! (`ScorePart::why`) are for "How is this scored?".

use super::review::GRACE_S;
use super::score::{etiquette_points, pct};
use super::{Review, SegmentTiming, TimingReview};
use crate::decimal::fixed;
use crate::topic::Segment;

impl SegmentTiming {
    /// Planned, but given no time at all (the review would show 0:00).
    pub fn skipped(&self) -> bool {
        self.planned_s > 0.0 && self.actual_s < 0.5
    }
}

/// The segments planned but never reached, in order.
pub fn skipped(t: &TimingReview) -> Vec<Segment> {
    (t.segments.iter())
        .filter(|s| s.skipped())
        .map(|s| s.segment)
        .collect()
}

/// The minutes used, to the half minute as the review's header gives them ("14.5").
pub(super) fn used_minutes(actual_s: f64) -> String {
    // One decimal, so at most one ".0" to drop (`strip_suffix`: a `&str` pattern from the end
    // would bring in core's reverse two-way searcher, about 1 KB).
    let used = fixed((actual_s / 30.0).round() / 2.0, 1);
    used.strip_suffix(".0").unwrap_or(&used).to_string()
}

/// "You kept to the plan in 3 of 6 parts, skipped Future, and used 13 of your 30 minutes."
pub(super) fn timing(r: &Review) -> String {
    let t = &r.timing;
    if r.questions.total == 0 {
        return "You asked no questions, so there was no plan to keep to.".into();
    }
    let planned: Vec<&SegmentTiming> = t.segments.iter().filter(|s| s.planned_s > 0.0).collect();
    let kept = (planned.iter())
        .filter(|s| !s.skipped() && s.over_s.abs() <= GRACE_S)
        .count();
    let mut s = if kept == planned.len() {
        format!("You kept to the plan in all {kept} parts")
    } else {
        format!("You kept to the plan in {kept} of {} parts", planned.len())
    };
    // Named up to two; more than that is most of the plan, said as a count.
    let names: Vec<&str> = skipped(t).iter().map(|s| s.label()).collect();
    if !names.is_empty() {
        s.push_str(", skipped ");
        if names.len() <= 2 {
            s.push_str(&names.join(" and "));
        } else {
            s.push_str(&names.len().to_string());
            s.push_str(" of them");
        }
        s.push(',');
    }
    if t.ended_early() {
        s.push_str(" and used ");
        s.push_str(&used_minutes(t.actual_s));
        s.push_str(" of your ");
        s.push_str(&((t.planned_s / 60.0).round() as u32).to_string());
        s.push_str(" minutes.");
    } else if t.ended_on_time {
        s.push_str(" and didn't run over.");
    } else {
        s.push_str(" and ran ");
        s.push_str(&minutes_over(t.actual_s - t.planned_s));
        s.push_str(" over.");
    }
    s
}

/// "You reached 4 of the 5 outcomes and drew out 1 of 8 details they share when asked well."
pub(super) fn outcomes(r: &Review) -> String {
    let o = &r.outcomes;
    let mut s = match o.reached() {
        5 => "You reached all 5 outcomes".to_string(),
        n => format!("You reached {n} of the 5 outcomes"),
    };
    if o.nuggets_total > 0 {
        s.push_str(&format!(
            " and drew out {} of {} details they share when asked well",
            o.nuggets_found, o.nuggets_total
        ));
    }
    s.push('.');
    s
}

/// "once", "twice", "3 times".
fn times(n: usize) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}

/// "You asked open questions: 6 of 7, and followed up twice."
pub(super) fn questions(r: &Review, expected: usize, planned_s: f64) -> String {
    let q = &r.questions;
    if q.total == 0 {
        return "You asked no questions.".into();
    }
    if q.asked == 0 {
        return "You asked nothing about their work.".into();
    }
    let mut s = format!("You asked open questions: {} of {}", q.open, q.asked);
    if q.asked < expected {
        s.push_str(&format!(
            " (a {}-minute call has room for {expected})",
            (planned_s / 60.0).round() as u32
        ));
    }
    if q.follow_ups == 0 {
        s.push_str(", but never followed up on an answer.");
    } else {
        s.push_str(", and followed up ");
        s.push_str(&times(q.follow_ups));
        s.push('.');
    }
    s
}

/// "You covered 4 of the 6 courtesies; missing: thanked them specifically, asked to keep in
/// touch." Not running over is scored under Timing.
pub(super) fn etiquette(r: &Review) -> String {
    if r.questions.total == 0 {
        return "You asked nothing, so there is no etiquette to count yet.".into();
    }
    if r.questions.job_asks > 0 {
        return "You asked for a job: the one thing never to do in an informational interview."
            .into();
    }
    let scored = || (r.etiquette.iter()).filter(|e| etiquette_points(e.item) > 0.0);
    let all = scored().count();
    let missed: Vec<String> = scored()
        .filter(|e| !e.passed)
        .map(|e| e.item.label().to_ascii_lowercase())
        .collect();
    if missed.is_empty() {
        return format!("You covered all {all} courtesies.");
    }
    format!(
        "You covered {} of the {all} courtesies; missing: {}.",
        all - missed.len(),
        missed.join(", ")
    )
}

/// "You said 11% of the words: they did most of the talking."
pub(super) fn listening(r: &Review) -> String {
    let l = &r.listening;
    if r.questions.total == 0 {
        return "You asked no questions, so there were no answers to listen to.".into();
    }
    let mut s = format!("You said {}% of the words", pct(l.user_share));
    s.push_str(if l.healthy {
        ": they did most of the talking."
    } else {
        "; aim for 30% or less and let them talk."
    });
    s
}

/// How far past a plan something ran, in whole minutes: the one rule for the live nudge
/// and the review, so they never disagree. Minutes completed, as the timer counts them
/// (4:39 over is 4 minutes, never 5), and at least 1.
pub(super) fn minutes_over(seconds: f64) -> String {
    minutes(((seconds / 60.0).floor() as u32).max(1))
}

/// "1 minute", "3 minutes".
pub(super) fn minutes(n: u32) -> String {
    let mut s = n.to_string();
    s.push_str(if n == 1 { " minute" } else { " minutes" });
    s
}

#[cfg(test)]
#[path = "says_tests.rs"]
mod tests;
