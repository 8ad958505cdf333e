//! Live nudges: one short hint at a time while the interview runs.

use super::review::is_job_ask;
use super::{answered, minutes};
use crate::interview::Interview;
use crate::topic::{Segment, Topic};
use serde::{Deserialize, Serialize};

/// Interview seconds between two nudges.
pub const NUDGE_GAP_S: f64 = 60.0;
/// How far over its plan a segment runs before the coach says so.
pub const SEGMENT_OVER_S: f64 = 120.0;
/// A reply this long (forty seconds and more aloud) is a rambling one, and steering it back is
/// the interviewer's job: the nudge about time says how.
pub const LONG_REPLY_WORDS: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NudgeKind {
    /// No introduction after two lines or two minutes.
    NoAgenda,
    /// The current segment is two minutes or more over its plan.
    SegmentOver,
    /// Five minutes left (three in a 20-minute plan) and no one asked about contacts.
    AskContacts,
    /// The agreed time is up and the closing hasn't started.
    TimeUp,
    /// The last line asked for a job.
    JobAsked,
}

impl NudgeKind {
    /// In the order they are considered when several apply.
    pub const ALL: [NudgeKind; 5] = [
        NudgeKind::JobAsked,
        NudgeKind::TimeUp,
        NudgeKind::AskContacts,
        NudgeKind::SegmentOver,
        NudgeKind::NoAgenda,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Nudge {
    pub kind: NudgeKind,
    pub text: String,
}

/// The nudges shown so far in one interview. Saved with it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NudgeLog {
    #[serde(default)]
    pub shown: Vec<NudgeKind>,
    /// Interview clock when the last nudge was shown.
    #[serde(default)]
    pub last_at_s: Option<f64>,
}

/// Notes that `nudge` was shown at interview clock `at_s` (`interview.clock_at(now)`).
pub fn record(log: &mut NudgeLog, nudge: &Nudge, at_s: f64) {
    if !log.shown.contains(&nudge.kind) {
        log.shown.push(nudge.kind);
    }
    log.last_at_s = Some(at_s);
}

/// The nudge to show now, if any: at most one a minute, each kind once, only while the
/// interview runs. `now_s` is real seconds since the start (the simulated clock ignores it).
pub fn next_nudge(interview: &Interview, now_s: f64, log: &NudgeLog) -> Option<Nudge> {
    if !interview.is_active() {
        return None;
    }
    let now = interview.clock_at(now_s);
    if log.last_at_s.is_some_and(|t| now - t < NUDGE_GAP_S) {
        return None;
    }
    NudgeKind::ALL
        .into_iter()
        .filter(|k| !log.shown.contains(k))
        // Each hint is a sentence in the Coach box and in the screen reader's status line.
        .find_map(|kind| {
            check(interview, now, kind).map(|text| Nudge {
                kind,
                text: text + ".",
            })
        })
}

/// Whether a nudge shown earlier is still true (the segment that ran over has not ended, who
/// else to talk to is still unasked): one that is not leaves the screen.
pub fn still_applies(interview: &Interview, now_s: f64, nudge: &Nudge) -> bool {
    interview.is_active() && check(interview, interview.clock_at(now_s), nudge.kind).is_some()
}

/// The stretch of time left that the screen reader's status line announces on entering it:
/// 0 before the last five minutes, 1 within them, 2 within the last two, 3 past the agreed
/// time. Announced once per stretch, never every tick.
pub fn time_left_band(left_s: f64) -> u8 {
    match left_s {
        l if l <= 0.0 => 3,
        l if l <= 120.0 => 2,
        l if l <= 300.0 => 1,
        _ => 0,
    }
}

/// What the status line says of `left_s` seconds left, when a stretch begins. It names the time
/// really left: one long answer can jump from 6 minutes left to 3, past the five-minute mark.
pub fn time_left_words(left_s: f64) -> String {
    if time_left_band(left_s) == 3 {
        return "The agreed time is up.".into();
    }
    let n = ((left_s / 60.0).round() as u32).max(1);
    format!("About {} left.", minutes(n))
}

fn asked(interview: &Interview, topics: &[Topic]) -> bool {
    interview.exchanges.iter().any(|e| {
        answered(e) && (topics.contains(&e.topic) || e.also.iter().any(|t| topics.contains(t)))
    })
}

/// What comes after a segment that ran long, in plain words.
fn after(segment: Segment) -> &'static str {
    match segment {
        Segment::Opening => "their current work is next",
        Segment::Present => "their background is next",
        Segment::Past => "where the field is heading is next",
        Segment::Future => "advice and contacts are next",
        Segment::Advice => "time to thank them and close",
        Segment::Closing => "time to say goodbye",
    }
}

/// The text of `kind` when it applies now.
fn check(interview: &Interview, now: f64, kind: NudgeKind) -> Option<String> {
    let remaining = interview.remaining_s(now);
    match kind {
        NudgeKind::JobAsked => interview
            .exchanges
            .last()
            .filter(|e| is_job_ask(e))
            .map(|_| "Asking for a job shifts the conversation: steer back to learning".into()),
        NudgeKind::TimeUp => (remaining <= 0.0
            && !asked(interview, &[Topic::Thanks, Topic::KeepInTouch]))
        .then(|| "You're at the agreed time: thank them and close".into()),
        NudgeKind::AskContacts => {
            let window = if interview.plan.minutes <= 20 {
                180.0
            } else {
                300.0
            };
            if remaining > window || asked(interview, &[Topic::Contacts]) {
                return None;
            }
            let mut s = if remaining <= 0.0 {
                String::from("Before you close")
            } else if remaining <= 60.0 {
                String::from("A minute left")
            } else {
                let mut s = minutes((remaining / 60.0).ceil() as u32);
                s.push_str(" left");
                s
            };
            s.push_str(": ask who else you should talk to");
            Some(s)
        }
        NudgeKind::SegmentOver => {
            let segment = interview.current_segment();
            let over = interview.actual_seconds(now)[segment.index()]
                - f64::from(interview.plan.planned(segment));
            (over >= SEGMENT_OVER_S).then(|| {
                // No number: the timeline above counts the overrun live, and a number said
                // once went stale beside it ("3 minutes over" under "5:57 over").
                let mut s = String::from(segment.label());
                s.push_str(" has run over its planned time — ");
                s.push_str(after(segment));
                let long = interview
                    .exchanges
                    .last()
                    .is_some_and(|e| crate::timing::word_count(&e.reply) >= LONG_REPLY_WORDS);
                if long {
                    s.push_str(". Long answers are yours to steer: thank them, then ask your next question");
                }
                s
            })
        }
        NudgeKind::NoAgenda => {
            let late = interview.exchanges.len() >= 2 || now >= 120.0;
            (late && !asked(interview, &[Topic::Introduction])).then(|| {
                "You haven't set an agenda yet: say who you are and what you'd like to cover".into()
            })
        }
    }
}

#[cfg(test)]
#[path = "nudge_tests.rs"]
mod tests;
