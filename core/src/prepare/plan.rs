//! A question plan for one conversation (a real person or a practice persona): the user's
//! own questions, checked as a practice would check them, the outcomes and segments they
//! cover, whether they fit the agreed length, and a short introduction.

use super::people::AboutMe;
use super::words::your_work;
use super::{cap, check_ids, check_len, MAX_RECORDS, MAX_TEXT_CHARS};
use crate::timing::MAX_MINUTES;
use serde::{Deserialize, Serialize};

/// Minutes one prepared question takes with its answer and follow-ups: the guides fit five
/// or six questions into the 25 or so minutes of a 30-minute talk left after the opening
/// and closing.
pub const MINUTES_PER_QUESTION: u32 = 5;
/// A short introduction: long enough to say who you are and why you asked, short enough to
/// leave the opening for them (the guides allow a minute or two for it and the agenda).
pub const INTRODUCTION_MIN_SECONDS: u32 = 10;
pub const INTRODUCTION_MAX_SECONDS: u32 = 90;
/// Most questions one plan may hold.
pub const MAX_QUESTIONS: usize = 50;

/// Who the plan is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanFor {
    /// A person on the list (by id).
    Person(String),
    /// A practice persona (by persona id).
    Persona(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionPlan {
    pub id: String,
    pub for_whom: PlanFor,
    /// The agreed length.
    pub minutes: u32,
    pub introduction: String,
    pub questions: Vec<String>,
}

impl QuestionPlan {
    /// Nothing written yet: no question and no introduction (the length alone is no plan).
    pub fn is_blank(&self) -> bool {
        self.questions.is_empty() && self.introduction.trim().is_empty()
    }
}

/// A first introduction drafted from About me, to be made one's own: who you are, what you
/// are exploring, and why you asked them (`role` and `organization` as far as known). None
/// while About me says neither who you are nor what you are exploring.
pub fn draft_introduction(me: &AboutMe, role: &str, organization: &str) -> Option<String> {
    let summary = me.summary.trim().trim_end_matches('.');
    let exploring = me.exploring.trim().trim_end_matches('.');
    let name = me.name.trim();
    // A summary written as a sentence (I study biology at Leeds) is said as it is.
    let as_sentence = summary
        .strip_prefix('I')
        .is_some_and(|r| r.starts_with([' ', '\'']));
    let who = match (name, summary) {
        (_, s) if as_sentence => s.to_string(),
        (n, s) if n.is_empty() || s.is_empty() => format!("I'm {n}{s}"),
        (n, s) => format!("I'm {n}, {s}"),
    };
    let first = match (summary.is_empty(), exploring.is_empty()) {
        (true, true) => return None,
        (true, false) if name.is_empty() => format!("I'm exploring {exploring}"),
        (_, false) => format!("{who}, and I'm exploring {exploring}"),
        (false, true) => who,
    };
    Some(format!(
        "{first}. I asked to talk with you because I'd love to hear how you found your way into {}, and what it is like day to day.",
        your_work(role, organization)
    ))
}

/// Every plan. Stored under `askwell.plans`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plans {
    pub plans: Vec<QuestionPlan>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanAction {
    Create {
        id: String,
        for_whom: PlanFor,
        minutes: u32,
    },
    SetMinutes {
        id: String,
        minutes: u32,
    },
    SetIntroduction {
        id: String,
        text: String,
    },
    AddQuestion {
        id: String,
        text: String,
    },
    EditQuestion {
        id: String,
        index: usize,
        text: String,
    },
    RemoveQuestion {
        id: String,
        index: usize,
    },
    /// Moves a question to another place in the order.
    MoveQuestion {
        id: String,
        from: usize,
        to: usize,
    },
    Delete {
        id: String,
    },
}

impl Plans {
    pub fn get(&self, id: &str) -> Option<&QuestionPlan> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// The plan for a person or persona, if there is one.
    pub fn for_whom(&self, whom: &PlanFor) -> Option<&QuestionPlan> {
        self.plans.iter().find(|p| &p.for_whom == whom)
    }

    /// The plan with this id, or the sentence for a plan that has gone (deleted elsewhere).
    fn plan_mut(&mut self, id: &str) -> Result<&mut QuestionPlan, String> {
        self.plans
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or_else(|| "That plan is no longer here.".to_string())
    }

    /// The reducer. `Ok(true)` when something changed; an `Err` is a sentence for the user.
    pub fn apply(&mut self, action: PlanAction) -> Result<bool, String> {
        let minutes_ok = |m: u32| m.clamp(1, MAX_MINUTES);
        let question = |t: &str| {
            let t = cap(t.trim(), MAX_TEXT_CHARS);
            if t.is_empty() {
                Err("Type a question first.".to_string())
            } else {
                Ok(t)
            }
        };
        match action {
            PlanAction::Create {
                id,
                for_whom,
                minutes,
            } => {
                if !crate::store::is_safe_id(&id) || self.get(&id).is_some() {
                    return Err("That plan could not be made (its id is taken). Try again.".into());
                }
                if self.plans.len() >= MAX_RECORDS {
                    return Err(format!(
                        "You have {MAX_RECORDS} plans, the most Askwell keeps. Delete one first."
                    ));
                }
                self.plans.push(QuestionPlan {
                    id,
                    for_whom,
                    minutes: minutes_ok(minutes),
                    introduction: String::new(),
                    questions: Vec::new(),
                });
                Ok(true)
            }
            PlanAction::Delete { id } => {
                let before = self.plans.len();
                self.plans.retain(|p| p.id != id);
                Ok(before != self.plans.len())
            }
            PlanAction::SetMinutes { id, minutes } => {
                let p = self.plan_mut(&id)?;
                let m = minutes_ok(minutes);
                Ok(std::mem::replace(&mut p.minutes, m) != m)
            }
            PlanAction::SetIntroduction { id, text } => {
                let p = self.plan_mut(&id)?;
                let t = cap(text.trim(), MAX_TEXT_CHARS);
                Ok(std::mem::replace(&mut p.introduction, t.clone()) != t)
            }
            PlanAction::AddQuestion { id, text } => {
                let t = question(&text)?;
                let p = self.plan_mut(&id)?;
                if p.questions.len() >= MAX_QUESTIONS {
                    return Err(format!("A plan holds at most {MAX_QUESTIONS} questions."));
                }
                p.questions.push(t);
                Ok(true)
            }
            PlanAction::EditQuestion { id, index, text } => {
                let t = question(&text)?;
                let p = self.plan_mut(&id)?;
                let q = p
                    .questions
                    .get_mut(index)
                    .ok_or("That question is no longer in the plan.")?;
                Ok(std::mem::replace(q, t.clone()) != t)
            }
            PlanAction::RemoveQuestion { id, index } => {
                let p = self.plan_mut(&id)?;
                if index >= p.questions.len() {
                    return Ok(false);
                }
                p.questions.remove(index);
                Ok(true)
            }
            PlanAction::MoveQuestion { id, from, to } => {
                let p = self.plan_mut(&id)?;
                let n = p.questions.len();
                if from >= n || to >= n || from == to {
                    return Ok(false);
                }
                let q = p.questions.remove(from);
                p.questions.insert(to, q);
                Ok(true)
            }
        }
    }

    pub(super) fn validate(&self) -> Result<(), String> {
        check_ids(self.plans.iter().map(|p| p.id.as_str()), "plan")?;
        for p in &self.plans {
            if !(1..=MAX_MINUTES).contains(&p.minutes) || p.questions.len() > MAX_QUESTIONS {
                return Err("a plan's length or number of questions is out of range".into());
            }
            check_len(&p.introduction, MAX_TEXT_CHARS, "an introduction")?;
            for q in &p.questions {
                check_len(q, MAX_TEXT_CHARS, "a question")?;
            }
        }
        Ok(())
    }
}
