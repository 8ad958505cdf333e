//! Hand-built interviews for the coach's tests.

use crate::conversation::ReplyKind;
use crate::interview::{ClockMode, Exchange, Interview, Status};
use crate::persona::{Lines, Nugget, Persona, Reveal, Temperament};
use crate::topic::{Outcome, Topic};

fn nugget(id: &str, outcome: Outcome, topic: Topic, reveal: Reveal) -> Nugget {
    Nugget {
        id: id.into(),
        outcome,
        topic,
        reveal,
        keywords: vec![],
        text: format!("Nugget {id} text."),
    }
}

/// A persona with six nuggets: contacts, organizations, resources, responsibilities (on
/// a follow-up), background (on a follow-up) and future.
pub fn persona() -> Persona {
    let lines = |s: &str| vec![s.to_string()];
    Persona {
        format_version: 1,
        id: "tess".into(),
        name: "Dr. Tess Tiny".into(),
        pronouns: "she/her".into(),
        age: 40,
        role: "Marine biologist".into(),
        organization: "Harbor Lab".into(),
        field: "Science".into(),
        temperament: Temperament::Warm,
        bio: "A test persona.".into(),
        greeting: lines("Hello there, happy to help today."),
        vocabulary: vec![],
        topics: vec![],
        nuggets: vec![
            nugget("c", Outcome::Contacts, Topic::Contacts, Reveal::Answer),
            nugget(
                "o",
                Outcome::Organizations,
                Topic::Organizations,
                Reveal::Answer,
            ),
            nugget("r", Outcome::Resources, Topic::Resources, Reveal::Answer),
            nugget(
                "p",
                Outcome::Responsibilities,
                Topic::Responsibilities,
                Reveal::FollowUp,
            ),
            nugget("b", Outcome::Background, Topic::Path, Reveal::FollowUp),
            nugget("f", Outcome::Future, Topic::Trends, Reveal::Answer),
        ],
        lines: Lines {
            clarify: lines("{a} or {b}?"),
            rephrase: lines("Say again?"),
            repeat: lines("As I said, "),
            no_more: lines("That's all."),
            time_check: lines("Five minutes left."),
            wrap_up: lines("We're at time."),
            guarded: vec![],
            tangents: vec![],
            early_end: vec![],
            agenda_set: vec![],
        },
        terms: vec![],
    }
}

/// An interview built line by line on a hand-set clock.
pub struct Build {
    pub interview: Interview,
}

impl Build {
    /// A new interview; the greeting takes no time.
    pub fn new(minutes: u32) -> Build {
        let mut interview = Interview::new("t", &persona(), minutes, ClockMode::Simulated, 0.0);
        interview.elapsed_s = 0.0;
        Build { interview }
    }

    /// A line answered on `topic`, taking `seconds`, with a reply of `reply_words` words.
    pub fn ask(self, q: &str, topic: Topic, seconds: f64) -> Build {
        self.line(q, topic, ReplyKind::Answer, seconds, 40)
    }

    pub fn line(
        mut self,
        q: &str,
        topic: Topic,
        kind: ReplyKind,
        seconds: f64,
        reply_words: usize,
    ) -> Build {
        let i = &mut self.interview;
        let segment = match kind {
            ReplyKind::Answer | ReplyKind::FollowUp => topic.segment(),
            _ => None,
        }
        .unwrap_or_else(|| i.current_segment());
        let start_s = i.elapsed_s;
        let understood = crate::understand::Matcher::new(&[]).understand(q);
        i.exchanges.push(Exchange {
            question: q.into(),
            reply: vec!["word"; reply_words].join(" "),
            topic,
            kind,
            segment,
            start_s,
            end_s: start_s + seconds,
            nuggets: vec![],
            flags: understood.flags,
            job_words: understood.job_words,
            also: understood.also,
        });
        i.elapsed_s = start_s + seconds;
        self
    }

    /// Nuggets revealed by the last line.
    pub fn nuggets(mut self, ids: &[&str]) -> Build {
        if let Some(e) = self.interview.exchanges.last_mut() {
            e.nuggets.extend(ids.iter().map(|s| s.to_string()));
        }
        self
    }

    /// The last line's reply, word for word.
    pub fn reply(mut self, text: &str) -> Build {
        if let Some(e) = self.interview.exchanges.last_mut() {
            e.reply = text.into();
        }
        self
    }

    /// Time passing without a question.
    pub fn wait(mut self, seconds: f64) -> Build {
        self.interview.elapsed_s += seconds;
        self
    }

    pub fn ended(mut self) -> Interview {
        self.interview.status = Status::Ended;
        self.interview
    }
}

/// One line of a scripted interview: question, topic, reply kind, seconds, nuggets.
pub type Line = (&'static str, Topic, ReplyKind, f64, &'static [&'static str]);

/// The lines of a 20-minute interview that does everything right, on plan to the second
/// (plan: opening 90, present 390, past 240, future 210, advice 210, closing 60).
pub fn model_lines() -> Vec<Line> {
    use ReplyKind::{Answer, FollowUp};
    vec![
        (
            "Hi, I'm Sam, a biology student, and I'd love to hear about your work and path.",
            Topic::Introduction,
            Answer,
            90.0,
            &[],
        ),
        (
            "What does a typical week look like for you?",
            Topic::TypicalDay,
            Answer,
            130.0,
            &[],
        ),
        (
            "What are you responsible for?",
            Topic::Responsibilities,
            Answer,
            130.0,
            &[],
        ),
        (
            "Tell me more about that.",
            Topic::Responsibilities,
            FollowUp,
            130.0,
            &["p"],
        ),
        (
            "How did you get into marine biology?",
            Topic::Path,
            Answer,
            120.0,
            &[],
        ),
        ("Why was that?", Topic::Path, FollowUp, 120.0, &["b"]),
        (
            "Where is the field heading?",
            Topic::Trends,
            Answer,
            210.0,
            &["f"],
        ),
        (
            "Who else would you suggest I talk to?",
            Topic::Contacts,
            Answer,
            70.0,
            &["c"],
        ),
        (
            "Which organizations would you recommend?",
            Topic::Organizations,
            Answer,
            70.0,
            &["o"],
        ),
        (
            "Which books or sites would you recommend?",
            Topic::Resources,
            Answer,
            70.0,
            &["r"],
        ),
        (
            "Thank you, the tip about the field station was really useful.",
            Topic::Thanks,
            Answer,
            30.0,
            &[],
        ),
        (
            "What's the best way to keep in touch?",
            Topic::KeepInTouch,
            Answer,
            30.0,
            &[],
        ),
    ]
}

pub fn build(minutes: u32, lines: &[Line]) -> Build {
    lines.iter().fold(
        Build::new(minutes),
        |b, &(q, topic, kind, seconds, nuggets)| {
            b.line(q, topic, kind, seconds, 40).nuggets(nuggets)
        },
    )
}

pub fn model() -> Build {
    build(20, &model_lines())
}
