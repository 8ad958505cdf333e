//! What the review says first about each part of the score: one plain coaching sentence
//! (*You asked open questions: 6 of 7, and followed up twice.*), its words in
//! `content/lexicon/review.txt`. The points behind it (`ScorePart::why`) are for *How is
//! this scored?*.

use super::review::GRACE_S;
use super::score::{etiquette_points, pct};
use super::{Review, SegmentTiming, TimingReview};
use crate::decimal::fixed;
use crate::lexicon::review::{self as words, fill};
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

/// The minutes used, to the half minute as the review's header gives them (*14.5*).
pub(super) fn used_minutes(actual_s: f64) -> String {
    // One decimal, so at most one ".0" to drop (`strip_suffix`: a `&str` pattern from the end
    // would bring in core's reverse two-way searcher, about 1 KB).
    let used = fixed((actual_s / 30.0).round() / 2.0, 1);
    used.strip_suffix(".0").unwrap_or(&used).to_string()
}

/// *You kept time per part 62% on plan (3 of 6 parts within a minute), skipped Future, and
/// used 13 of your 30 minutes.*
/// The sentences' words are in `content/lexicon/review.txt`.
pub(super) fn timing(r: &Review) -> String {
    let t = &r.timing;
    if r.questions.total == 0 {
        return fill(words::timing_no_questions(), &[]);
    }
    let planned: Vec<&SegmentTiming> = t.segments.iter().filter(|s| s.planned_s > 0.0).collect();
    let kept = (planned.iter())
        .filter(|s| !s.skipped() && s.over_s.abs() <= GRACE_S)
        .count();
    let (kept, all) = (kept.to_string(), planned.len().to_string());
    // The share the points and Progress give, so the sentence and the bar agree.
    let share = pct(t.accuracy).to_string();
    let mut s = if kept == all {
        fill(words::kept_all(), &[&share, &kept])
    } else {
        fill(words::kept_some(), &[&share, &kept, &all])
    };
    // Named up to two; more than that is most of the plan, said as a count.
    let names: Vec<&str> = skipped(t).iter().map(|s| s.label()).collect();
    if names.len() > 2 {
        s.push_str(&fill(words::skipped_counted(), &[&names.len().to_string()]));
    } else if !names.is_empty() {
        let and = fill(words::and_between(), &[]);
        s.push_str(&fill(words::skipped_named(), &[&names.join(&and)]));
    }
    s.push_str(&if t.ended_early() {
        let of = ((t.planned_s / 60.0).round() as u32).to_string();
        fill(words::ended_early(), &[&used_minutes(t.actual_s), &of])
    } else if t.ended_on_time {
        fill(words::ended_on_time(), &[])
    } else {
        fill(
            words::ran_over(),
            &[&minutes_over(t.actual_s - t.planned_s)],
        )
    });
    s
}

/// *You reached 4 of the 5 outcomes and drew out 1 of 8 details they share when asked well.*
pub(super) fn outcomes(r: &Review) -> String {
    let o = &r.outcomes;
    let mut s = match o.reached() {
        5 => fill(words::reached_all(), &[]),
        n => fill(words::reached_some(), &[&n.to_string()]),
    };
    if o.nuggets_total > 0 {
        let (found, all) = (o.nuggets_found.to_string(), o.nuggets_total.to_string());
        s.push_str(&fill(words::details_drawn(), &[&found, &all]));
    }
    s.push('.');
    s
}

/// *once*, *twice*, *3 times*.
fn times(n: usize) -> String {
    let said = words::times();
    match said.get(n.wrapping_sub(1)).filter(|_| n < said.len()) {
        Some(word) => word.clone(),
        None => fill(&said[said.len().saturating_sub(1)..], &[&n.to_string()]),
    }
}

/// *You asked open questions: 6 of 7, and followed up twice.*
pub(super) fn questions(r: &Review, expected: usize, planned_s: f64) -> String {
    let q = &r.questions;
    if q.total == 0 {
        return fill(words::asked_none(), &[]);
    }
    if q.asked == 0 {
        return fill(words::asked_nothing_of_work(), &[]);
    }
    let (open, asked) = (q.open.to_string(), q.asked.to_string());
    let mut s = fill(words::open_share(), &[&open, &asked]);
    if q.asked < expected {
        let call = ((planned_s / 60.0).round() as u32).to_string();
        s.push_str(&fill(
            words::room_for_more(),
            &[&call, &expected.to_string()],
        ));
    }
    s.push_str(&match q.follow_ups {
        0 => fill(words::never_followed_up(), &[]),
        n => fill(words::followed_up(), &[&times(n)]),
    });
    s
}

/// *You covered 4 of the 6 courtesies; missing: thanked them specifically, asked to keep in
/// touch.* Not running over is scored under Timing.
pub(super) fn etiquette(r: &Review) -> String {
    if r.questions.total == 0 {
        return fill(words::etiquette_none(), &[]);
    }
    if r.questions.job_asks > 0 {
        return fill(words::asked_for_a_job(), &[]);
    }
    let scored = || (r.etiquette.iter()).filter(|e| etiquette_points(e.item) > 0.0);
    let all = scored().count();
    let missed: Vec<String> = scored()
        .filter(|e| !e.passed)
        .map(|e| e.item.label().to_ascii_lowercase())
        .collect();
    if missed.is_empty() {
        return fill(words::covered_all(), &[&all.to_string()]);
    }
    let covered = (all - missed.len()).to_string();
    let missing = missed.join(", ");
    fill(
        words::covered_some(),
        &[&covered, &all.to_string(), &missing],
    )
}

/// *You said 11% of the words: they did most of the talking.*
pub(super) fn listening(r: &Review) -> String {
    let l = &r.listening;
    if r.questions.total == 0 {
        return fill(words::listened_none(), &[]);
    }
    let mut s = fill(words::word_share(), &[&pct(l.user_share).to_string()]);
    s.push_str(&fill(
        if l.healthy {
            words::share_healthy()
        } else {
            words::share_high()
        },
        &[],
    ));
    s
}

/// How far past a plan something ran, in whole minutes: the one rule for the live nudge
/// and the review, so they never disagree. Minutes completed, as the timer counts them
/// (4:39 over is 4 minutes, never 5), and at least 1.
pub(super) fn minutes_over(seconds: f64) -> String {
    minutes(((seconds / 60.0).floor() as u32).max(1))
}

/// *1 minute*, *3 minutes*.
pub(super) fn minutes(n: u32) -> String {
    let units = words::minute_units();
    let unit = units.get(usize::from(n != 1)).map_or("", String::as_str);
    n.to_string() + unit
}

#[cfg(test)]
#[path = "says_tests.rs"]
mod tests;
