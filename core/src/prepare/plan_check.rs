//! Checking a question plan as a practice would read it: each question's flags and rewrite,
//! coverage of the outcomes and segments, the time against the agreed length, and the
//! self-introduction.

use super::plan::{
    QuestionPlan, INTRODUCTION_MAX_SECONDS, INTRODUCTION_MIN_SECONDS, MINUTES_PER_QUESTION,
};
use super::words::{has_any, normalized, word_count};
use crate::coach::{self, social, OUTCOMES};
use crate::flags::{self, Flag, FlagNote};
use crate::interview::Interview;
use crate::lexicon::prepare as lexicon;
use crate::timing::{TimingPlan, WORDS_PER_MINUTE};
use crate::topic::{Outcome, Segment, Topic};
use crate::understand::Matcher;
use serde::Serialize;

/// One planned question as a practice would read it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionCheck {
    pub text: String,
    pub topic: Topic,
    pub segment: Option<Segment>,
    pub outcome: Option<Outcome>,
    /// The coach's flags with a reason and a rewrite each (empty: a good question).
    pub notes: Vec<FlagNote>,
}

/// Whether the plan fits the agreed length.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimeEstimate {
    pub agreed_minutes: u32,
    /// Opening and closing as planned, plus `MINUTES_PER_QUESTION` per question.
    pub estimated_minutes: u32,
    /// How many questions the agreed length holds.
    pub room_for: u32,
    pub fits: bool,
    pub hint: String,
}

/// A short introduction, spoken at 150 words a minute.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IntroductionCheck {
    pub words: usize,
    pub spoken_seconds: u32,
    pub says_who: bool,
    pub says_why: bool,
    pub passed: bool,
    pub hint: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanCheck {
    pub questions: Vec<QuestionCheck>,
    /// The five outcomes, in `OUTCOMES` order, each with whether a question aims at it.
    pub outcomes: Vec<(Outcome, bool)>,
    /// Questions per segment, in `Segment::ALL` order.
    pub segments: Vec<(Segment, usize)>,
    pub estimate: TimeEstimate,
    pub introduction: IntroductionCheck,
    /// What to change, most useful first (empty: the plan is ready).
    pub hints: Vec<String>,
}

impl PlanCheck {
    pub fn ready(&self) -> bool {
        self.hints.is_empty()
    }
}

/// Checks a plan with `matcher` (a persona's, for a practice plan; `Matcher::new(&[])` for a
/// real person).
pub fn check_plan(plan: &QuestionPlan, matcher: &Matcher) -> PlanCheck {
    let questions: Vec<QuestionCheck> = plan
        .questions
        .iter()
        .map(|q| {
            let u = matcher.understand(q);
            let mut notes = flags::explain(q, u.topic, &u.flags, &u.job_words);
            if social(u.topic) {
                notes.retain(|n| n.flag != Flag::ClosedQuestion);
            }
            QuestionCheck {
                text: q.clone(),
                topic: u.topic,
                segment: u.topic.segment(),
                outcome: coach::outcome_of(u.topic),
                notes,
            }
        })
        .collect();
    let outcomes: Vec<(Outcome, bool)> = OUTCOMES
        .iter()
        .map(|&o| (o, questions.iter().any(|q| q.outcome == Some(o))))
        .collect();
    let segments = Segment::ALL
        .iter()
        .map(|&s| (s, questions.iter().filter(|q| q.segment == Some(s)).count()))
        .collect();
    let estimate = estimate(plan.minutes, questions.len());
    let introduction = check_introduction(&plan.introduction);
    let mut hints = Vec::new();
    let is_job_ask = |q: &QuestionCheck| q.notes.iter().any(|n| n.flag == Flag::JobAsk);
    if questions.iter().any(is_job_ask) {
        hints.push("Take out the job ask: this conversation is for learning.".to_string());
    }
    // A job ask is counted once, above, not again among the questions to rework.
    let flagged = questions
        .iter()
        .filter(|q| !q.notes.is_empty() && !is_job_ask(q))
        .count();
    if flagged > 0 {
        hints.push(format!(
            "Rework {flagged} flagged question{}: each has a suggested rewrite.",
            if flagged == 1 { "" } else { "s" }
        ));
    }
    let missed: Vec<&str> = outcomes
        .iter()
        .filter(|(_, hit)| !hit)
        .map(|(o, _)| o.label())
        .collect();
    if !missed.is_empty() {
        hints.push(format!("Add a question for: {}.", missed.join(", ")));
    }
    if !estimate.fits {
        hints.push(estimate.hint.clone());
    }
    if !introduction.passed {
        hints.push(introduction.hint.clone());
    }
    PlanCheck {
        questions,
        outcomes,
        segments,
        estimate,
        introduction,
        hints,
    }
}

fn estimate(agreed: u32, questions: usize) -> TimeEstimate {
    let timing = TimingPlan::for_minutes(agreed);
    let frame_s = timing.planned(Segment::Opening) + timing.planned(Segment::Closing);
    let frame = frame_s.div_ceil(60);
    let estimated = frame + questions as u32 * MINUTES_PER_QUESTION;
    let room_for = agreed.saturating_sub(frame) / MINUTES_PER_QUESTION;
    let q = questions as u32;
    let (fits, hint) = if q == 0 {
        // "Room for 5 more questions" read oddly beside a plan with none.
        (
            true,
            format!("A {agreed}-minute talk has room for about {room_for} questions."),
        )
    } else if q > room_for {
        (false, format!(
            "About {estimated} minutes of questions for a {agreed}-minute talk: put your best {room_for} first (Move up) and keep the rest as extras if time allows."
        ))
    } else if q + 2 <= room_for {
        (
            true,
            match room_for - q {
                1 => "Room for one more question.".to_string(),
                n => format!("Room for {n} more questions."),
            },
        )
    } else {
        (true, "A good fit for the time you agreed.".to_string())
    };
    TimeEstimate {
        agreed_minutes: agreed,
        estimated_minutes: estimated,
        room_for,
        fits,
        hint,
    }
}

/// Checks a self-introduction: spoken length at 150 words a minute, that it says who you
/// are and why you asked for the conversation.
pub fn check_introduction(text: &str) -> IntroductionCheck {
    let words = word_count(text);
    let spoken_seconds = (words as f64 * 60.0 / WORDS_PER_MINUTE).round() as u32;
    let said = normalized(text);
    let says_who = has_any(&said, lexicon::introduction_who());
    let says_why = has_any(&said, lexicon::introduction_why());
    let hint = if words == 0 {
        "Write two or three sentences: who you are, what you are exploring, and why you asked them."
            .to_string()
    } else if spoken_seconds < INTRODUCTION_MIN_SECONDS {
        format!("About {spoken_seconds} seconds aloud: add what you are exploring and why you asked them.")
    } else if spoken_seconds > INTRODUCTION_MAX_SECONDS {
        format!("About {spoken_seconds} seconds aloud: cut it to under {INTRODUCTION_MAX_SECONDS} so the time stays theirs.")
    } else if !says_who {
        "Start with who you are: what you study or do.".to_string()
    } else if !says_why {
        "Say what you are exploring, so they know why you asked.".to_string()
    } else {
        format!("About {spoken_seconds} seconds aloud: short and clear.")
    };
    IntroductionCheck {
        words,
        spoken_seconds,
        says_who,
        says_why,
        passed: (INTRODUCTION_MIN_SECONDS..=INTRODUCTION_MAX_SECONDS).contains(&spoken_seconds)
            && says_who
            && says_why,
        hint,
    }
}

/// For a practice beside the plan: which planned questions were asked, as planned or in
/// the user's own words (the coach's test for a question asked again: four in five of their
/// words of substance shared).
pub fn asked_from_plan(plan: &QuestionPlan, interview: &Interview) -> Vec<bool> {
    plan.questions
        .iter()
        .map(|q| {
            interview
                .exchanges
                .iter()
                .any(|e| crate::coach::same_question(q, &e.question))
        })
        .collect()
}

/// For a practice beside the plan: whether the introduction was said, as written or adapted
/// (the practice puts it in the box to be changed before it is sent): some line holds at
/// least two-thirds of its words.
pub fn said_introduction(plan: &QuestionPlan, interview: &Interview) -> bool {
    let intro = normalized(&plan.introduction);
    !intro.is_empty()
        && interview.exchanges.iter().any(|e| {
            let said = normalized(&e.question);
            let kept = intro.iter().filter(|w| said.contains(w)).count();
            kept * 3 >= intro.len() * 2
        })
}
