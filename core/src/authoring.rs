//! Reading persona TOML and checking it: what `askwell check` and the content tests run.
//! Only compiled with the `authoring` feature, so no TOML parser ships to the browser.

use crate::persona::{Persona, Reveal, Temperament, FORMAT_VERSION};
use crate::topic::Topic;
use crate::understand::text::normalize;
use std::collections::{BTreeSet, HashSet};

/// Topics every persona must give deeper follow-up answers for.
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

/// Parse one persona file. The error names the line and field when TOML or a field is wrong.
pub fn parse_persona(source: &str) -> Result<Persona, String> {
    // Read the version first, so an old or newer file gets a clear message rather than a
    // confusing field error.
    let raw: toml::Table = source.parse().map_err(|e: toml::de::Error| e.to_string())?;
    match raw.get("format_version").and_then(|v| v.as_integer()) {
        Some(v) if v == i64::from(FORMAT_VERSION) => {}
        Some(v) => {
            return Err(format!(
                "format_version {v} is not supported (this build reads {FORMAT_VERSION})"
            ))
        }
        None => return Err("missing `format_version` (an integer)".into()),
    }
    toml::from_str(source).map_err(|e| e.to_string())
}

/// Everything wrong with a persona, one message per problem. Empty means it is fit to ship.
pub fn check_persona(p: &Persona) -> Vec<String> {
    let mut problems = Vec::new();
    let mut problem = |m: String| problems.push(m);

    if p.id.is_empty()
        || !p
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        problem(format!(
            "id `{}` must be lower-case letters, digits and dashes",
            p.id
        ));
    }
    for (field, value) in [
        ("name", &p.name),
        ("role", &p.role),
        ("organization", &p.organization),
        ("field", &p.field),
        ("bio", &p.bio),
        ("pronouns", &p.pronouns),
    ] {
        if value.trim().is_empty() {
            problem(format!("`{field}` is empty"));
        }
    }
    if p.greeting.iter().all(|g| g.trim().is_empty()) {
        problem("`greeting` needs at least one line".into());
    }

    // Topic coverage.
    let mut seen = HashSet::new();
    for script in &p.topics {
        if !seen.insert(script.topic) {
            problem(format!("topic `{}` is scripted twice", script.topic.id()));
        }
    }
    for topic in Topic::all() {
        match p.script(topic) {
            None => problem(format!("missing topic `{}`", topic.id())),
            Some(s) => {
                let real = s.answers.iter().filter(|a| !a.trim().is_empty()).count();
                if real < 2 {
                    problem(format!(
                        "topic `{}` needs at least two answer variants (has {real})",
                        topic.id()
                    ));
                }
                if s.answers
                    .iter()
                    .chain(&s.follow_ups)
                    .any(|a| a.trim().is_empty())
                {
                    problem(format!("topic `{}` has an empty answer", topic.id()));
                }
            }
        }
    }
    for topic in CORE_TOPICS {
        if p.script(*topic).is_some_and(|s| s.follow_ups.is_empty()) {
            problem(format!("core topic `{}` has no follow_ups", topic.id()));
        }
    }

    // Duplicate lines anywhere in the persona's answers.
    let mut lines = HashSet::new();
    for s in &p.topics {
        for a in s.answers.iter().chain(&s.follow_ups) {
            let key = a.trim().to_lowercase();
            if !key.is_empty() && !lines.insert(key) {
                problem(format!(
                    "duplicate answer in `{}`: \"{}\"",
                    s.topic.id(),
                    preview(a)
                ));
            }
        }
    }

    // Nuggets.
    if p.nuggets.len() < MIN_NUGGETS {
        problem(format!(
            "has {} nuggets; at least {MIN_NUGGETS} expected",
            p.nuggets.len()
        ));
    }
    let mut nugget_ids = HashSet::new();
    for n in &p.nuggets {
        if !nugget_ids.insert(n.id.as_str()) {
            problem(format!("nugget id `{}` is used twice", n.id));
        }
        if n.text.trim().is_empty() {
            problem(format!("nugget `{}` has no text", n.id));
        }
        if matches!(n.topic, Topic::JobAsk | Topic::None) {
            problem(format!(
                "nugget `{}` hangs on `{}`, which should never reward the user",
                n.id,
                n.topic.id()
            ));
        }
        let script = p.script(n.topic);
        let reachable = match n.reveal {
            Reveal::Answer => script.is_some(),
            Reveal::FollowUp => script.is_some_and(|s| !s.follow_ups.is_empty()),
            Reveal::Keywords => {
                script.is_some() && n.keywords.iter().any(|k| !normalize(k).is_empty())
            }
        };
        if !reachable {
            problem(format!(
                "nugget `{}` is never reachable ({:?} on `{}`)",
                n.id,
                n.reveal,
                n.topic.id()
            ));
        }
    }

    // Conversational lines.
    let l = &p.lines;
    for (name, list) in [
        ("clarify", &l.clarify),
        ("rephrase", &l.rephrase),
        ("repeat", &l.repeat),
        ("no_more", &l.no_more),
        ("time_check", &l.time_check),
        ("wrap_up", &l.wrap_up),
    ] {
        if list.iter().all(|x| x.trim().is_empty()) {
            problem(format!("lines.{name} needs at least one line"));
        }
    }
    for c in &l.clarify {
        if !(c.contains("{a}") && c.contains("{b}")) {
            problem(format!(
                "lines.clarify \"{}\" must contain {{a}} and {{b}}",
                preview(c)
            ));
        }
    }
    let needs = match p.temperament {
        Temperament::Warm => None,
        Temperament::Busy => Some(("early_end", &l.early_end)),
        Temperament::Rambling => Some(("tangents", &l.tangents)),
        Temperament::Guarded => Some(("guarded", &l.guarded)),
    };
    if let Some((name, list)) = needs {
        if list.is_empty() {
            problem(format!(
                "a {} persona needs lines.{name}",
                p.temperament.id()
            ));
        }
    }
    for v in &p.vocabulary {
        if v.phrases.iter().all(|x| normalize(x).is_empty()) {
            problem(format!(
                "vocabulary for `{}` has no usable phrase",
                v.topic.id()
            ));
        }
    }
    problems
}

/// Check a set of personas together: each alone, plus unique ids.
pub fn check_library(personas: &[(String, Result<Persona, String>)]) -> Vec<String> {
    let mut out = Vec::new();
    let mut ids = BTreeSet::new();
    for (path, parsed) in personas {
        match parsed {
            Err(e) => out.push(format!("{path}: cannot read: {e}")),
            Ok(p) => {
                if !ids.insert(p.id.clone()) {
                    out.push(format!("{path}: persona id `{}` is used twice", p.id));
                }
                out.extend(check_persona(p).into_iter().map(|m| format!("{path}: {m}")));
            }
        }
    }
    out
}

fn preview(s: &str) -> String {
    let mut p: String = s.chars().take(50).collect();
    if s.chars().count() > 50 {
        p.push('…');
    }
    p
}
