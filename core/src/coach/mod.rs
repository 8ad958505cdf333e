//! The coach: a review of a finished practice interview, live nudges while it runs, and the
//! transcript as Markdown.
//!
//! # Score (0-100)
//!
//! Five parts, each bounded by its maximum and rounded to whole points; the score is their sum.
//!
//! | part | max | how |
//! | --- | --- | --- |
//! | Timing | 25 | 15 × timing accuracy (1 − Σ\|actual − planned\| / planned total, floored at 0) + 10 for ending on time: full up to 60 s past the plan, falling linearly to 0 at 5 minutes over, and scaled down, in whole points, when less than half the agreed time was used (to the half minute) |
//! | Outcomes | 25 | 4 for each of the five outcomes reached + 5 × nuggets drawn out / nuggets the persona has |
//! | Questions | 20 | 8 × open share + 7 × share of lines free of flags (closed, generic, double, job ask), both × the share of the expected work questions asked (one per 6 planned minutes, at least 3: the guides' "30 minutes to ask five or six questions"), + 2.5 per follow-up (at most 2) |
//! | Etiquette | 20 | never asked for a job 10, introduced yourself at the start 3, thanked specifically 3, asked to keep in touch 2, asked for contacts 1, asked about organizations or resources 1; 0 after a job ask |
//! | Listening | 10 | full when the user says ≤ 30 % of the words, falling linearly to 0 at 60 %, × the share of the expected work questions asked; 0 with no questions |
//!
//! A job ask costs every etiquette point (it is the one thing never to do) plus its share of
//! the clean-question points. An interview without questions scores 0: timing, questions,
//! "never asked for a job" and listening only count once something was asked. A yes/no line
//! is only a closed question when it asks for information: "May I keep in touch?" or an
//! introduction or thanks are not marked closed.
//!
//! `next_time` lists the three changes that would have gained the most points: each change is
//! applied to a copy of the review (the missed outcome reached with the nuggets its first answer
//! gives, the overrun's time handed to the segments that were short, the flag removed, the
//! etiquette item passed...) and scored again by the same formula.
//!
//! Rules in brief: an outcome is reached by an answered line on one of its topics (not a
//! guarded persona's cautious reply, which holds the answer back), as its first or second
//! intent (present.* → responsibilities, past.* → background, future.* → future,
//! advice.contacts → contacts, advice.organizations and advice.resources → organizations) or
//! by drawing out one of its nuggets; contacts only when the answer names someone or offers an
//! introduction. The lines answered on its topics are also kept (`asked`): the etiquette items
//! for asking about contacts and organizations read them, and contacts asked for with no one
//! named is said so, not as nothing reached. A follow-up is a `FollowUp` reply to a line that
//! asks something (with or without its question mark), an answer to a line with no flag on
//! the topic of the answer just before (another yes/no or web-search question there is the
//! same mistake again), or a question naming that answer's words (any earlier answer's, after
//! "you mentioned"), or a line tied to that answer by its opening (so, and, that makes sense)
//! that names what the answer brought in or stays on its outcome, or a short question about it
//! (was it worth it?) that the persona did not answer with another topic; a line asking an
//! earlier question again, or one a web search answers, is never one (`questions.repeats`).
//! Overruns are said in whole minutes completed (`minutes_over`). A thank-you (a line
//! understood as thanks with a word of thanks or praise, a closing line that thanks, or thanks
//! on the way out that ask nothing but to keep in touch, however they were read) is specific
//! when it echoes something the persona said (a word of 4+ letters beyond courtesy words),
//! names what helped after a word for it ("the tip about X"), or runs to 8+ words with 3
//! beyond courtesy words; questions that do not thank are left out.

mod etiquette;
mod explain;
mod follow_up;
mod markdown;
mod nudge;
mod open_amounts;
mod open_shapes;
mod open_up;
mod review;
mod says;
mod score;
mod tip_words;
mod tips;

pub use explain::explain;
pub(crate) use follow_up::same_question;
pub use markdown::to_markdown;
pub use nudge::{
    next_nudge, record, still_applies, time_left_band, time_left_words, Nudge, NudgeKind, NudgeLog,
};
pub use open_up::{open_part, open_up};
pub(crate) use review::social;
pub use review::{line_notes, review, shown_flags, their_names};
pub use says::skipped;
use says::{minutes, minutes_over};
pub use score::{etiquette_points, pct};

use crate::conversation::ReplyKind;
use crate::flags::FlagNote;
use crate::interview::Exchange;
use crate::topic::{Outcome, Segment, Topic};
use serde::{Deserialize, Serialize};

/// The five outcomes of a good interview, in the model's order.
pub const OUTCOMES: [Outcome; 5] = [
    Outcome::Responsibilities,
    Outcome::Background,
    Outcome::Future,
    Outcome::Contacts,
    Outcome::Organizations,
];

/// Everything the coach says about one interview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub timing: TimingReview,
    pub outcomes: OutcomesReview,
    pub questions: QuestionsReview,
    pub etiquette: Vec<EtiquetteItem>,
    pub listening: Listening,
    pub score: Score,
    /// At most three changes, the most valuable first.
    pub next_time: Vec<Tip>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentTiming {
    pub segment: Segment,
    pub planned_s: f64,
    pub actual_s: f64,
    /// `actual_s - planned_s`: negative when the segment was shorter than planned.
    pub over_s: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimingReview {
    /// In `Segment::ALL` order.
    pub segments: Vec<SegmentTiming>,
    pub planned_s: f64,
    pub actual_s: f64,
    /// Total actual ≤ planned + 60 s.
    pub ended_on_time: bool,
    /// Segments more than 60 s over their plan.
    pub overruns: Vec<Segment>,
    /// 1 − Σ|actual − planned| / planned total, floored at 0.
    pub accuracy: f64,
}

/// Share of the agreed time a practice must use for the score to count all of it used.
pub const FULL_USE_SHARE: f64 = 0.5;

impl TimingReview {
    /// Ended within the time, but with more of it unused than `FULL_USE_SHARE` allows.
    pub fn ended_early(&self) -> bool {
        self.ended_on_time && self.used_share() < 1.0
    }

    /// The share of the time needed for full use (`FULL_USE_SHARE` of the agreed time) that
    /// was used, at most 1. The time used counts to the half minute, as the review shows it,
    /// so that "15 of 30" is never called short nor 14:50 full in one place and not the other.
    pub fn used_share(&self) -> f64 {
        if self.planned_s <= 0.0 {
            return 0.0;
        }
        let shown_s = (self.actual_s / 30.0).round() * 30.0;
        (shown_s / (FULL_USE_SHARE * self.planned_s)).min(1.0)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutcomeReview {
    pub outcome: Outcome,
    pub reached: bool,
    /// Indices of the exchanges that reached it: answered on one of its topics, or that drew
    /// out one of its nuggets.
    pub exchanges: Vec<usize>,
    /// Ids of the nuggets drawn out for it (resource nuggets count under organizations).
    pub nuggets_found: Vec<String>,
    /// Nuggets the persona has for it.
    pub nuggets_total: usize,
    /// Indices of the exchanges the persona answered on one of its topics, reaching it or
    /// not (asked for contacts, told of no one by name): what the etiquette items on asking
    /// for contacts and for organizations or resources read.
    #[serde(default)]
    pub asked: Vec<usize>,
}

impl OutcomeReview {
    /// Asked for and answered, but not reached: contacts asked for, no one named. The review
    /// says so, and not that nothing was reached, beside the etiquette item that ticks it.
    pub fn asked_only(&self) -> bool {
        !self.reached && !self.asked.is_empty()
    }

    /// Up to `n` of the lines that reached it (or that asked for it, when it was only asked),
    /// each question once, as typed.
    pub fn asked_by<'a>(&self, exchanges: &'a [Exchange], n: usize) -> Vec<&'a str> {
        let from = if self.reached {
            &self.exchanges
        } else {
            &self.asked
        };
        let mut out: Vec<&str> = Vec::new();
        for e in from.iter().filter_map(|&i| exchanges.get(i)) {
            let q = e.question.trim();
            if out.len() < n && !out.iter().any(|o| same_question(o, q)) {
                out.push(q);
            }
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutcomesReview {
    /// The five outcomes, in `OUTCOMES` order.
    pub items: Vec<OutcomeReview>,
    pub nuggets_found: usize,
    pub nuggets_total: usize,
}

impl OutcomesReview {
    pub fn get(&self, outcome: Outcome) -> Option<&OutcomeReview> {
        self.items.iter().find(|o| o.outcome == outcome)
    }

    pub fn reached(&self) -> usize {
        self.items.iter().filter(|o| o.reached).count()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlaggedQuestion {
    /// Index of the exchange.
    pub index: usize,
    pub question: String,
    pub notes: Vec<FlagNote>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionsReview {
    /// Every line the user said.
    pub total: usize,
    /// Lines asking about their work: all but greetings, the introduction, thanks, keeping in
    /// touch and "anything else?", whose yes/no form is fine.
    pub asked: usize,
    /// Of those, the ones not flagged as closed questions.
    pub open: usize,
    /// `open / asked` (0 when nothing was asked).
    pub open_share: f64,
    pub flagged: Vec<FlaggedQuestion>,
    /// Follow-ups: a `FollowUp` reply, the same topic as the answer just before, a question
    /// that names words of an answer ("You mentioned X: ..."), or one tied to the answer just
    /// before (see the module's rules).
    pub follow_ups: usize,
    /// Indices of the lines that asked an earlier question again (never follow-ups).
    #[serde(default)]
    pub repeats: Vec<usize>,
    pub job_asks: usize,
}

/// The etiquette checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Etiquette {
    Introduced,
    NoJobAsk,
    AskedContacts,
    AskedOrganizations,
    ThankedSpecifically,
    KeptInTouch,
    EndedOnTime,
}

impl Etiquette {
    pub const ALL: [Etiquette; 7] = [
        Etiquette::Introduced,
        Etiquette::NoJobAsk,
        Etiquette::AskedContacts,
        Etiquette::AskedOrganizations,
        Etiquette::ThankedSpecifically,
        Etiquette::KeptInTouch,
        Etiquette::EndedOnTime,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Etiquette::Introduced => "Introduced yourself at the start",
            Etiquette::NoJobAsk => "Never asked for a job",
            Etiquette::AskedContacts => "Asked who else to talk to",
            Etiquette::AskedOrganizations => "Asked about organizations or resources",
            Etiquette::ThankedSpecifically => "Thanked them specifically",
            Etiquette::KeptInTouch => "Asked to keep in touch",
            Etiquette::EndedOnTime => "Didn't run over", // not "Ended on time": it may end early
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EtiquetteItem {
    pub item: Etiquette,
    pub passed: bool,
    /// One line: what was seen.
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentShare {
    pub segment: Segment,
    pub user_words: usize,
    pub persona_words: usize,
    /// User words / all words in the segment (0 when nobody spoke).
    pub user_share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Listening {
    pub user_words: usize,
    /// The greeting counts for the persona.
    pub persona_words: usize,
    pub user_share: f64,
    pub segments: Vec<SegmentShare>,
    /// The user said at most 30 % of the words.
    pub healthy: bool,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScorePart {
    pub name: String,
    pub points: u8,
    pub max: u8,
    /// One plain coaching sentence, what the review leads with.
    #[serde(default)]
    pub says: String,
    /// How the points were counted, for "How is this scored?".
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// Sum of the parts' points, 0-100.
    pub total: u8,
    pub parts: Vec<ScorePart>,
}

/// What a tip is about, for the app and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TipKind {
    JobAsk,
    /// An outcome the interview did not reach.
    Missed(Outcome),
    Overrun,
    /// A segment well short of its plan.
    ShortSegment,
    LateEnd,
    ClosedQuestions,
    GenericQuestions,
    DoubleQuestions,
    FollowUp,
    Introduce,
    Thanks,
    KeepInTouch,
    Listening,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tip {
    pub kind: TipKind,
    /// Points it would have gained.
    pub gain: f64,
    pub text: String,
}

/// Changes whenever scoring or timing accuracy would come out differently for the same
/// session, so figures cached by an older coach (`store::FiguresCache`) are computed again.
pub const REVIEW_VERSION: u32 = 9;

/// The score and the timing accuracy (0..1), for the history chart.
pub fn summary_figures(review: &Review) -> (u8, f64) {
    (review.score.total, review.timing.accuracy)
}

/// The persona answered the line (rather than asking to clarify or deflecting).
pub(crate) fn answered(e: &Exchange) -> bool {
    matches!(e.kind, ReplyKind::Answer | ReplyKind::FollowUp)
}

/// The outcome a topic serves, if any.
pub fn outcome_of(topic: Topic) -> Option<Outcome> {
    match topic.segment()? {
        Segment::Present => Some(Outcome::Responsibilities),
        Segment::Past => Some(Outcome::Background),
        Segment::Future => Some(Outcome::Future),
        _ => match topic {
            Topic::Contacts => Some(Outcome::Contacts),
            Topic::Organizations | Topic::Resources => Some(Outcome::Organizations),
            _ => None,
        },
    }
}

/// Resource nuggets count under organizations.
fn nugget_outcome(outcome: Outcome) -> Outcome {
    if outcome == Outcome::Resources {
        Outcome::Organizations
    } else {
        outcome
    }
}

/// Hand-built interviews for the coach's tests.
#[cfg(test)]
pub(crate) mod testkit;
