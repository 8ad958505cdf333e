//! The completeness meter: per topic, how far the answers go, and whether the persona is
//! ready to practise. Recomputed on every edit, so it stays cheap (one `check` pass).

use super::check::{check, Severity, CORE_TOPICS};
use crate::persona::Persona;
use crate::topic::Topic;

/// How far one topic is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Coverage {
    /// No answer yet: the persona is not ready.
    Missing,
    /// Enough to practise, below the suggested bar.
    One,
    /// Meets the suggested bar: two answers, and a follow-up on the core topics.
    Done,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicStatus {
    pub topic: Topic,
    /// Non-empty answers.
    pub answers: usize,
    /// Non-empty follow-ups.
    pub follow_ups: usize,
    pub state: Coverage,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completeness {
    /// Every canonical topic, in `Topic::ALL` order.
    pub topics: Vec<TopicStatus>,
    /// No *Needed* problem: the persona can be practised.
    pub ready: bool,
    /// How many *Needed* problems there are.
    pub needed: usize,
    /// How many *Suggested* problems there are.
    pub suggested: usize,
}

impl Completeness {
    /// Topics at each coverage, for the meter: (missing, one, done).
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |c| self.topics.iter().filter(|t| t.state == c).count();
        (n(Coverage::Missing), n(Coverage::One), n(Coverage::Done))
    }
}

pub fn completeness(p: &Persona) -> Completeness {
    let topics = Topic::all()
        .map(|topic| {
            let filled = |list: &[String]| list.iter().filter(|a| !a.trim().is_empty()).count();
            let (answers, follow_ups) = p
                .script(topic)
                .map_or((0, 0), |s| (filled(&s.answers), filled(&s.follow_ups)));
            let state = if answers == 0 {
                Coverage::Missing
            } else if answers >= 2 && (follow_ups > 0 || !CORE_TOPICS.contains(&topic)) {
                Coverage::Done
            } else {
                Coverage::One
            };
            TopicStatus {
                topic,
                answers,
                follow_ups,
                state,
            }
        })
        .collect();
    let problems = check(p);
    let needed = problems
        .iter()
        .filter(|x| x.severity == Severity::Needed)
        .count();
    Completeness {
        topics,
        ready: needed == 0,
        needed,
        suggested: problems.len() - needed,
    }
}
