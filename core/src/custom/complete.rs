//! The completeness meter: per topic, how far the answers go, and whether the persona is
//! ready to practise. Recomputed on every edit, so it stays cheap (one `check` pass).

use super::check::{check, Field, Problem, Severity, CORE_TOPICS};
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
    /// The first *Needed* problem's field and its step in a few words ("add a name"), for
    /// "next: add a name"; `None` when the persona is ready.
    pub next: Option<(Field, String)>,
}

impl Completeness {
    /// Topics at each coverage, for the meter: (missing, one, done).
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |c| self.topics.iter().filter(|t| t.state == c).count();
        (n(Coverage::Missing), n(Coverage::One), n(Coverage::Done))
    }

    /// "7 of 26 topics answered": a topic counts once it has one answer (what practice needs).
    pub fn answered(&self) -> String {
        let (missing, _, _) = self.counts();
        let total = self.topics.len();
        format!("{} of {total} topics answered", total - missing)
    }

    /// One line for a list or a preview: "Ready to practise", or how far it is and what to
    /// do next ("7 of 26 topics answered · next: add a name"). The editor and the persona
    /// list said "25 things are still needed", which read as a wall (a design review).
    pub fn summary(&self) -> String {
        match &self.next {
            None => "Ready to practise".into(),
            Some((_, step)) => format!("{} · next: {step}", self.answered()),
        }
    }
}

/// The first *Needed* problem (they come first, in the editor's field order) as a step in a
/// few words: its message up to the first ": ", " (" or ", ", lower-cased at the start and
/// without the full stop ("Add pronouns (for example she/her...)." -> "add pronouns").
pub fn next_step(problems: &[Problem]) -> Option<(Field, String)> {
    let first = problems.iter().find(|p| p.severity == Severity::Needed)?;
    let message = first.message.trim();
    let end = [": ", " (", ", "]
        .iter()
        .filter_map(|cut| message.find(cut))
        .min()
        .unwrap_or(message.len());
    let clause = message[..end].trim_end_matches('.');
    // ASCII only: every message starts with an English word, and `to_lowercase` would bring
    // in Unicode's case tables (NOTES.md section 1).
    let mut step = clause.to_string();
    if let Some(first) = step.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    Some((first.field, step))
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
        next: next_step(&problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::custom::blank;

    fn needed(field: Field, message: &str) -> Problem {
        Problem {
            field,
            severity: Severity::Needed,
            message: message.into(),
        }
    }

    #[test]
    fn a_blank_persona_says_how_far_it_is_and_asks_for_a_name_first() {
        let c = completeness(&blank("my-x".into()));
        let (missing, _, _) = c.counts();
        let line = c.summary();
        assert_eq!(
            line,
            format!(
                "{} of {} topics answered · next: add a name",
                c.topics.len() - missing,
                c.topics.len()
            )
        );
        assert_eq!(c.next.as_ref().map(|n| n.0), Some(Field::Name));
        assert!(!c.ready);
    }

    #[test]
    fn the_step_is_the_first_clause_of_the_first_needed_problem() {
        let cases = [
            ("Add a name.", "add a name"),
            (
                "Add pronouns (for example she/her, he/him or they/them).",
                "add pronouns",
            ),
            (
                "Add the field of work, as the list of interviewees shows it.",
                "add the field of work",
            ),
            (
                "Add a short bio: two to four sentences a student reads before starting.",
                "add a short bio",
            ),
            (
                "Add at least one answer for “a typical day”.",
                "add at least one answer for “a typical day”",
            ),
            (
                "One answer for “rewards” is empty: write it or remove it.",
                "one answer for “rewards” is empty",
            ),
        ];
        for (message, step) in cases {
            let problems = [needed(Field::Bio, message)];
            assert_eq!(next_step(&problems), Some((Field::Bio, step.to_string())));
        }
    }

    #[test]
    fn suggestions_are_never_next_and_a_ready_persona_has_no_next() {
        let suggested = Problem {
            field: Field::Whole,
            severity: Severity::Suggested,
            message: "Add hidden details.".into(),
        };
        assert_eq!(next_step(std::slice::from_ref(&suggested)), None);
        let both = [
            suggested,
            needed(Field::Greeting, "Add a greeting: the first words."),
        ];
        assert_eq!(
            next_step(&both),
            Some((Field::Greeting, "add a greeting".to_string()))
        );
        let mut c = completeness(&blank("my-x".into()));
        c.next = None;
        assert_eq!(c.summary(), "Ready to practise");
    }
}
