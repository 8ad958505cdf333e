//! The one set of persona rules: what practice cannot work without (*Needed*) and the
//! shipped-persona quality bar (*Suggested*). `askwell check` and the content tests run the
//! same rules through `authoring::check_persona` and refuse both kinds for shipped files; the
//! editor shows each problem at its field and calls a persona with no *Needed* problem ready.

pub use super::fields::{Field, LineKind};
use super::limits::size_problems;
use crate::persona::{Persona, Reveal, Temperament};
use crate::topic::Topic;
use crate::understand::text::normalize;
use std::collections::HashSet;

/// Topics a persona should give deeper follow-up answers for.
pub const CORE_TOPICS: &[Topic] = &[
    Topic::TypicalDay,
    Topic::Responsibilities,
    Topic::Rewards,
    Topic::Challenges,
    Topic::Path,
    Topic::Trends,
    Topic::GeneralAdvice,
];

/// Fewest hidden nuggets a persona should carry.
pub const MIN_NUGGETS: usize = 6;

/// Oldest age a persona may give (0 leaves the age out).
pub const MAX_AGE: u32 = 120;

/// How much a problem matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Practice cannot work without it: the persona is not ready until it is fixed.
    Needed,
    /// The quality bar the shipped personas meet: worth doing, not required.
    Suggested,
}

/// One thing to fix, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: Field,
    pub severity: Severity,
    pub message: String,
}

/// Everything to fix in a persona, *Needed* problems first, in the editor's field order.
pub fn check(p: &Persona) -> Vec<Problem> {
    let mut out = Problems(Vec::new());
    check_profile(p, &mut out);
    check_topics(p, &mut out);
    check_nuggets(p, &mut out);
    check_lines(p, &mut out);
    for (i, v) in p.vocabulary.iter().enumerate() {
        if v.phrases.iter().all(|x| normalize(x).is_empty()) {
            out.suggest(
                Field::Vocabulary(i),
                format!(
                    "The words for “{}” are empty: add a phrase or remove them.",
                    v.topic.label()
                ),
            );
        }
    }
    let blank = |t: &crate::persona::Term| {
        t.means.trim().is_empty() || t.words.iter().all(|w| normalize(w).is_empty())
    };
    if p.terms.iter().any(blank) {
        out.need(Field::Whole, "A term needs its words and what it means.");
    }
    // Compared as typed lines are (case and hyphens aside), or one term would hide the
    // other; one term may spell its word two ways.
    let terms = p.terms.iter().enumerate();
    let words: Vec<(usize, String)> = terms
        .flat_map(|(i, t)| t.words.iter().map(move |w| (i, normalize(w))))
        .collect();
    let twice = |(n, (i, w)): (usize, &(usize, String))| {
        !w.is_empty() && words[..n].iter().any(|(j, x)| j != i && x == w)
    };
    if words.iter().enumerate().any(twice) {
        out.suggest(
            Field::Whole,
            "A word is listed under two terms: keep it in one.",
        );
    }
    out.0.extend(size_problems(p));
    let mut problems = out.0;
    // Stable: keeps the field order within each severity.
    crate::small_sort::sort_stable_by(&mut problems, |a, b| a.severity.cmp(&b.severity));
    problems
}

/// Whether the persona can be practised: no *Needed* problem.
pub fn is_ready(p: &Persona) -> bool {
    check(p).iter().all(|x| x.severity != Severity::Needed)
}

struct Problems(Vec<Problem>);

impl Problems {
    fn need(&mut self, field: Field, message: impl Into<String>) {
        self.push(field, Severity::Needed, message.into());
    }
    fn suggest(&mut self, field: Field, message: impl Into<String>) {
        self.push(field, Severity::Suggested, message.into());
    }
    fn push(&mut self, field: Field, severity: Severity, message: String) {
        self.0.push(Problem {
            field,
            severity,
            message,
        });
    }
}

fn check_profile(p: &Persona, out: &mut Problems) {
    let id_ok = !p.id.is_empty()
        && p.id.len() <= crate::store::MAX_ID_LEN
        && p.id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !p.id.starts_with('-')
        && !p.id.ends_with('-');
    if !id_ok {
        out.need(
            Field::Id,
            "The id may only use lower-case letters, digits and dashes, up to 64 characters.",
        );
    }
    for (field, value, message) in [
        (Field::Name, &p.name, "Add a name."),
        (
            Field::Pronouns,
            &p.pronouns,
            "Add pronouns (for example she/her, he/him or they/them).",
        ),
        (Field::Role, &p.role, "Add the role (the job title)."),
        (
            Field::Organization,
            &p.organization,
            "Add the organization they work for.",
        ),
        (
            Field::FieldOfWork,
            &p.field,
            "Add the field of work, as the list of interviewees shows it.",
        ),
        (
            Field::Bio,
            &p.bio,
            "Add a short bio: two to four sentences a student reads before starting.",
        ),
    ] {
        if value.trim().is_empty() {
            out.need(field, message);
        }
    }
    if p.age > MAX_AGE {
        out.need(Field::Age, "Give an age up to 120, or 0 to leave it out.");
    }
    if p.greeting.is_empty() || p.greeting.iter().any(|g| g.trim().is_empty()) {
        out.need(
            Field::Greeting,
            "Add a greeting: the first words when the call starts.",
        );
    }
}

fn check_topics(p: &Persona, out: &mut Problems) {
    let mut seen = HashSet::new();
    for script in &p.topics {
        if !seen.insert(script.topic) {
            out.need(
                Field::Topic(script.topic),
                format!(
                    "Answers for “{}” are written twice: keep one set.",
                    script.topic.label()
                ),
            );
        }
    }
    let mut said = HashSet::new();
    for topic in Topic::all() {
        let field = Field::Topic(topic);
        let Some(s) = p.script(topic) else {
            out.need(
                field,
                format!("Add at least one answer for “{}”.", topic.label()),
            );
            continue;
        };
        let real = s.answers.iter().filter(|a| !a.trim().is_empty()).count();
        if real == 0 {
            out.need(
                field,
                format!("Add at least one answer for “{}”.", topic.label()),
            );
        } else if s.answers.iter().any(|a| a.trim().is_empty()) {
            out.need(
                field,
                format!(
                    "One answer for “{}” is empty: write it or remove it.",
                    topic.label()
                ),
            );
        }
        if s.follow_ups.iter().any(|a| a.trim().is_empty()) {
            out.need(
                field,
                format!(
                    "One follow-up for “{}” is empty: write it or remove it.",
                    topic.label()
                ),
            );
        }
        if real == 1 {
            out.suggest(
                field,
                format!(
                    "Add a second answer for “{}”, so a question asked again gets a fresh reply.",
                    topic.label()
                ),
            );
        }
        if CORE_TOPICS.contains(&topic) && s.follow_ups.iter().all(|a| a.trim().is_empty()) {
            out.suggest(
                field,
                format!(
                    "Add a follow-up for “{}”: a deeper answer for when the student asks for more.",
                    topic.label()
                ),
            );
        }
        let repeated = s
            .answers
            .iter()
            .chain(&s.follow_ups)
            .map(|a| crate::understand::text::lower(a.trim()))
            .filter(|k| !k.is_empty())
            .any(|k| !said.insert(k));
        if repeated {
            out.suggest(
                field,
                format!(
                    "An answer for “{}” is given word for word elsewhere: make each one different.",
                    topic.label()
                ),
            );
        }
    }
}

fn check_nuggets(p: &Persona, out: &mut Problems) {
    if p.nuggets.len() < MIN_NUGGETS {
        out.suggest(
            Field::Whole,
            format!(
                "Add hidden details (nuggets): {} so far, six or more reward good questions.",
                p.nuggets.len()
            ),
        );
    }
    let mut ids = HashSet::new();
    for (i, n) in p.nuggets.iter().enumerate() {
        let field = Field::Nugget(i);
        let id_ok = !n.id.trim().is_empty();
        if !id_ok {
            out.need(field, "Give this hidden detail a short name.");
        } else if !ids.insert(n.id.as_str()) {
            out.need(
                field,
                format!(
                    "The name “{}” is used by another hidden detail: make it unique.",
                    n.id
                ),
            );
        }
        if n.text.trim().is_empty() {
            out.need(field, "Write what the persona says for this hidden detail.");
        }
        if matches!(n.topic, Topic::JobAsk | Topic::None) {
            out.need(
                field,
                format!(
                    "A hidden detail cannot hang on “{}”: good questions should earn it.",
                    n.topic.label()
                ),
            );
            continue;
        }
        let script = p.script(n.topic);
        let answered = script.is_some_and(|s| s.answers.iter().any(|a| !a.trim().is_empty()));
        let reachable = match n.reveal {
            Reveal::Answer => answered,
            Reveal::FollowUp => {
                answered
                    && script.is_some_and(|s| s.follow_ups.iter().any(|a| !a.trim().is_empty()))
            }
            Reveal::Keywords | Reveal::Asked => {
                answered && n.keywords.iter().any(|k| !normalize(k).is_empty())
            }
        };
        if !reachable {
            let how = match n.reveal {
                Reveal::Answer => format!("“{}” needs an answer", n.topic.label()),
                Reveal::FollowUp => format!("“{}” needs a follow-up", n.topic.label()),
                Reveal::Keywords | Reveal::Asked => format!(
                    "it needs at least one keyword, and “{}” an answer",
                    n.topic.label()
                ),
            };
            out.need(
                field,
                format!("This hidden detail can never come out: {how}."),
            );
        }
    }
}

fn check_lines(p: &Persona, out: &mut Problems) {
    for kind in LineKind::ALL {
        let list = kind.of(&p.lines);
        let field = Field::Line(kind);
        let required = LineKind::REQUIRED.contains(&kind);
        if required && list.iter().all(|x| x.trim().is_empty()) {
            out.need(
                field,
                format!("Add at least one line for {}.", kind.label()),
            );
        } else if list.iter().any(|x| x.trim().is_empty()) {
            out.need(
                field,
                format!(
                    "One line for {} is empty: write it or remove it.",
                    kind.label()
                ),
            );
        }
    }
    if p.lines
        .clarify
        .iter()
        .any(|c| !c.trim().is_empty() && !has_both_slots(c))
    {
        out.need(
            Field::Line(LineKind::Clarify),
            "Each line asking which of two things was meant must contain {a} and {b}, where the \
             two topics go.",
        );
    }
    if let Some(kind) = LineKind::for_temperament(p.temperament) {
        if kind.of(&p.lines).iter().all(|x| x.trim().is_empty()) {
            let who = match p.temperament {
                Temperament::Busy => "A busy persona",
                Temperament::Rambling => "A talkative persona",
                _ => "A reserved persona",
            };
            out.suggest(
                Field::Line(kind),
                format!("{who} needs at least one line for {}.", kind.label()),
            );
        }
    }
}

/// Whether a clarify line has both places the two topics go.
fn has_both_slots(line: &str) -> bool {
    line.contains("{a}") && line.contains("{b}")
}
