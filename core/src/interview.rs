//! One practice interview as plain data, changed only through `apply(Action)`. The app and
//! the CLI drive the same reducer; time comes in with each action so it stays pure.

use crate::conversation::{self, Memory, ReplyKind, TimeContext};
use crate::flags::Flag;
use crate::persona::Persona;
use crate::store::MAX_EXCHANGES;
use crate::timing::{reply_seconds, spoken_seconds, told_at_length, TimingPlan, MAX_MINUTES};
use crate::topic::{Segment, Topic};
use crate::understand::Matcher;
use limits::clamp_time;
use serde::{Deserialize, Serialize};

mod limits;
pub(crate) mod read;
mod write;
pub use limits::{Refusal, MAX_QUESTION_CHARS};

/// Which clock the interview runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClockMode {
    /// Wall-clock time, as in a real call.
    Real,
    /// Each exchange advances the clock by its spoken length: the question at 150 words a
    /// minute, the reply as the longer answer it sums up (`timing::reply_seconds`).
    Simulated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Active,
    /// The user pressed End.
    Ended,
    /// The persona closed the call (a busy persona kept past the agreed time).
    EndedByPersona,
}

/// One question and its reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exchange {
    pub question: String,
    pub reply: String,
    /// What the question was understood as.
    pub topic: Topic,
    pub kind: ReplyKind,
    /// The segment the time of this exchange counts toward.
    pub segment: Segment,
    /// Interview clock, seconds from the start, when the question began and the reply ended.
    pub start_s: f64,
    pub end_s: f64,
    #[serde(default)]
    pub nuggets: Vec<String>,
    /// Coach flags on the question (closed, generic, job ask, double), decided once when it
    /// was asked.
    #[serde(default)]
    pub flags: Vec<Flag>,
    /// The words that made the question a job ask, for the coach to name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub job_words: Vec<String>,
    /// Other closing intents in the same line ("Thanks! May I keep in touch?"), answered
    /// and credited too. Schema 6 kept one (stored as a topic id), schema 9 a list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Topic>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    pub id: String,
    pub persona_id: String,
    pub plan: TimingPlan,
    pub clock: ClockMode,
    /// Wall-clock start, milliseconds since the Unix epoch (for the history list).
    pub started_at_ms: f64,
    pub greeting: String,
    pub exchanges: Vec<Exchange>,
    /// Interview clock after the last event, in seconds.
    pub elapsed_s: f64,
    pub status: Status,
    #[serde(default)]
    pub memory: Memory,
    /// Real seconds spent paused so far (the clock stands still while paused).
    #[serde(default)]
    pub paused_total_s: f64,
    /// Real seconds since the start at which the current pause began.
    #[serde(default)]
    pub paused_at_s: Option<f64>,
    /// The question plan shown beside the box when it is not the persona's own: a plan for
    /// a real person, rehearsed with a persona. Left out of the stored text when absent, so
    /// sessions without one read the same in older builds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_plan: Option<String>,
}

/// Everything that can happen to an interview.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The user asks something. `now_s` is real seconds since the start (ignored by the
    /// simulated clock).
    Ask {
        text: String,
        now_s: f64,
    },
    /// The user ends the interview.
    End {
        now_s: f64,
    },
    /// Stops the clock (and asking) until `Resume`.
    Pause {
        now_s: f64,
    },
    Resume {
        now_s: f64,
    },
    /// Adds minutes to the agreed length; the plan is rescaled.
    Extend {
        minutes: u32,
    },
}

impl Interview {
    pub fn new(
        id: impl Into<String>,
        persona: &Persona,
        minutes: u32,
        clock: ClockMode,
        started_at_ms: f64,
    ) -> Interview {
        let greeting = conversation::greeting(persona);
        // A broken clock must not make the session unsavable.
        let started_at_ms = if started_at_ms.is_finite() && started_at_ms > 0.0 {
            started_at_ms
        } else {
            0.0
        };
        let elapsed_s = match clock {
            ClockMode::Simulated => spoken_seconds(&greeting),
            ClockMode::Real => 0.0,
        };
        Interview {
            id: id.into(),
            persona_id: persona.id.clone(),
            plan: TimingPlan::for_minutes(minutes),
            clock,
            started_at_ms,
            greeting,
            exchanges: Vec::new(),
            elapsed_s,
            status: Status::Active,
            memory: Memory::default(),
            paused_total_s: 0.0,
            paused_at_s: None,
            question_plan: None,
        }
    }

    pub fn is_paused(&self) -> bool {
        self.paused_at_s.is_some()
    }

    /// Real seconds since the start, less the time spent paused.
    fn running_s(&self, now_s: f64) -> f64 {
        let current_pause = self.paused_at_s.map_or(0.0, |p| (now_s - p).max(0.0));
        now_s - self.paused_total_s - current_pause
    }

    pub fn is_active(&self) -> bool {
        self.status == Status::Active
    }

    /// The reducer. Returns true when the interview changed; a refused action changes
    /// nothing (use `try_apply` to learn why).
    pub fn apply(&mut self, persona: &Persona, matcher: &Matcher, action: Action) -> bool {
        self.try_apply(persona, matcher, action).unwrap_or(false)
    }

    /// The reducer: Ok(true) when the interview changed, Ok(false) when the action does not
    /// apply (a blank question, asking while paused, an ended interview), and a `Refusal`
    /// for the user when it would take the session past what Askwell stores. Times are
    /// clamped to finite, non-negative values, so a clock set back never stores a negative
    /// or NaN time.
    pub fn try_apply(
        &mut self,
        persona: &Persona,
        matcher: &Matcher,
        action: Action,
    ) -> Result<bool, Refusal> {
        if !self.is_active() {
            return Ok(false);
        }
        Ok(match action {
            Action::Ask { text, now_s } => {
                let text = text.trim();
                if text.is_empty() || self.is_paused() {
                    return Ok(false);
                }
                if text.chars().nth(MAX_QUESTION_CHARS).is_some() {
                    return Err(Refusal::QuestionTooLong {
                        max_chars: MAX_QUESTION_CHARS,
                    });
                }
                if self.exchanges.len() >= MAX_EXCHANGES {
                    return Err(Refusal::SessionFull {
                        max_questions: MAX_EXCHANGES,
                    });
                }
                let text = text.to_string();
                let now_s = self.running_s(clamp_time(now_s));
                let start_s = self.elapsed_s;
                let question_end = match self.clock {
                    ClockMode::Simulated => start_s + spoken_seconds(&text),
                    ClockMode::Real => now_s.max(start_s),
                };
                let answered = self
                    .exchanges
                    .iter()
                    .rev()
                    .find(|e| e.kind == ReplyKind::Answer)
                    .filter(|e| Some(e.topic) == self.memory.last_topic)
                    .map(|e| e.question.as_str());
                let time = TimeContext {
                    elapsed_s: question_end,
                    agreed_s: self.plan.total_seconds() as f64,
                    replies_take_time: self.clock == ClockMode::Simulated,
                };
                let reply = conversation::respond(
                    persona,
                    matcher,
                    &mut self.memory,
                    &text,
                    time,
                    conversation::Earlier {
                        answered,
                        exchanges: &self.exchanges,
                    },
                );
                let end_s = match (self.clock, reply.kind) {
                    // An answer about the work stands for a longer story; a clarifying
                    // question, a deflection or a greeting is said as written.
                    (ClockMode::Simulated, ReplyKind::Answer | ReplyKind::FollowUp)
                        if told_at_length(reply.topic) =>
                    {
                        question_end + reply_seconds(&reply.text)
                    }
                    (ClockMode::Simulated, _) => question_end + spoken_seconds(&reply.text),
                    (ClockMode::Real, _) => question_end,
                };
                let segment = match reply.kind {
                    _ if reply.keeps_segment => None,
                    ReplyKind::Answer | ReplyKind::FollowUp => reply.topic.segment(),
                    _ => None,
                }
                .unwrap_or_else(|| self.current_segment());
                self.exchanges.push(Exchange {
                    flags: reply.understood.flags,
                    job_words: reply.understood.job_words,
                    also: reply.understood.also,
                    question: text,
                    reply: reply.text,
                    topic: reply.topic,
                    kind: reply.kind,
                    segment,
                    start_s,
                    end_s,
                    nuggets: reply.nuggets,
                });
                self.elapsed_s = end_s;
                if reply.ends_interview {
                    self.status = Status::EndedByPersona;
                }
                if reply.more_minutes > 0 {
                    self.extend(reply.more_minutes);
                }
                true
            }
            Action::End { now_s } => {
                let now_s = clamp_time(now_s);
                if self.clock == ClockMode::Real {
                    self.elapsed_s = self.elapsed_s.max(self.running_s(now_s));
                }
                if let Some(p) = self.paused_at_s.take() {
                    self.paused_total_s += (now_s - p).max(0.0);
                }
                self.status = Status::Ended;
                true
            }
            Action::Pause { now_s } => {
                if self.is_paused() {
                    return Ok(false);
                }
                self.paused_at_s = Some(clamp_time(now_s));
                true
            }
            Action::Resume { now_s } => match self.paused_at_s.take() {
                Some(p) => {
                    self.paused_total_s += (clamp_time(now_s) - p).max(0.0);
                    true
                }
                None => false,
            },
            Action::Extend { minutes } => {
                if minutes == 0 {
                    return Ok(false);
                }
                if self.plan.minutes >= MAX_MINUTES {
                    return Err(Refusal::LengthAtLimit {
                        max_minutes: MAX_MINUTES,
                    });
                }
                self.extend(minutes);
                true
            }
        })
    }

    /// More time agreed: the persona answers in full again, and mentions the new end when it
    /// comes. Never past `MAX_MINUTES`.
    fn extend(&mut self, minutes: u32) {
        let total = self.plan.minutes.saturating_add(minutes).min(MAX_MINUTES);
        self.plan = TimingPlan::for_minutes(total);
        self.memory.time_checked = false;
        self.memory.wrapped_up = false;
    }

    /// The segment the conversation is in: that of the last exchange that had one.
    pub fn current_segment(&self) -> Segment {
        self.exchanges
            .last()
            .map(|e| e.segment)
            .unwrap_or(Segment::Opening)
    }

    /// The interview clock now: the simulated clock stands still between exchanges.
    pub fn clock_at(&self, now_s: f64) -> f64 {
        match (self.clock, self.status) {
            (ClockMode::Real, Status::Active) => self.running_s(now_s).max(self.elapsed_s),
            _ => self.elapsed_s,
        }
    }

    /// Actual seconds spent per segment (in `Segment::ALL` order) up to `now_s`. Time with
    /// no question yet (the greeting, a pause before the next question) counts toward the
    /// segment the conversation is in.
    pub fn actual_seconds(&self, now_s: f64) -> [f64; 6] {
        let mut spent = [0.0; 6];
        let mut at = 0.0;
        let mut segment = Segment::Opening;
        for e in &self.exchanges {
            spent[e.segment.index()] += e.end_s - at;
            at = e.end_s;
            segment = e.segment;
        }
        spent[segment.index()] += (self.clock_at(now_s) - at).max(0.0);
        spent
    }

    /// Seconds left in the agreed length (negative when over).
    pub fn remaining_s(&self, now_s: f64) -> f64 {
        self.plan.total_seconds() as f64 - self.clock_at(now_s)
    }

    /// Seconds left in the current segment's planned share (negative when over).
    pub fn segment_remaining_s(&self, now_s: f64) -> f64 {
        let segment = self.current_segment();
        self.plan.planned(segment) as f64 - self.actual_seconds(now_s)[segment.index()]
    }

    /// Number of words the user and the persona said.
    pub fn word_counts(&self) -> (usize, usize) {
        self.exchanges.iter().fold(
            (0, crate::timing::word_count(&self.greeting)),
            |(u, p), e| {
                (
                    u + crate::timing::word_count(&e.question),
                    p + crate::timing::word_count(&e.reply),
                )
            },
        )
    }
}

#[cfg(test)]
mod tests;
