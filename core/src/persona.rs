//! A persona: the scripted interviewee, as plain data. Authored in
//! `content/personas/*.toml` (see `content/personas/FORMAT.md`), turned into compact JSON at
//! build time for the browser.

use crate::topic::{Outcome, Topic};
use serde::{Deserialize, Serialize};

mod read;
pub use read::persona as persona_from_json;

/// The persona file format this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// How a persona behaves in conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Temperament {
    /// Generous answers, offers contacts readily.
    Warm,
    /// Short answers, watches the clock, may end early when the user runs over.
    Busy,
    /// Long tangents that eat the user's time; tests polite redirection.
    Rambling,
    /// Needs a few good open questions before opening up.
    Guarded,
}

impl Temperament {
    pub fn id(self) -> &'static str {
        match self {
            Temperament::Warm => "warm",
            Temperament::Busy => "busy",
            Temperament::Rambling => "rambling",
            Temperament::Guarded => "guarded",
        }
    }

    /// One line for the persona picker (after "Style: ") and the persona editor's choices.
    pub fn describe(self) -> &'static str {
        match self {
            Temperament::Warm => "Warm. Generous with stories and introductions.",
            Temperament::Busy => "Busy. Brief answers, keeps an eye on the clock.",
            Temperament::Rambling => "Talkative. Wanders off on tangents; steer politely.",
            Temperament::Guarded => "Reserved. Opens up after a few good open questions.",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    pub format_version: u32,
    /// Lower-case, dash-separated, unique (`maya-okafor`).
    pub id: String,
    pub name: String,
    pub pronouns: String,
    pub age: u32,
    pub role: String,
    pub organization: String,
    /// The field as the persona picker shows it (Medicine: adolescent psychiatry).
    pub field: String,
    pub temperament: Temperament,
    /// What the user reads before starting (2-4 sentences, third person).
    pub bio: String,
    /// First words when the call starts.
    pub greeting: Vec<String>,
    /// Words that point to a topic in this persona's world (residency → past.education).
    #[serde(default)]
    pub vocabulary: Vec<VocabularyEntry>,
    pub topics: Vec<TopicScript>,
    #[serde(default)]
    pub nuggets: Vec<Nugget>,
    pub lines: Lines,
    /// The persona's own terms, explained when asked what one means (what's a huddle?).
    /// Left out when empty, so personas stored before schema 11 keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<Term>,
}

/// Persona-specific trigger phrases for a topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabularyEntry {
    pub topic: Topic,
    pub phrases: Vec<String>,
}

/// What the persona says about one canonical topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicScript {
    pub topic: Topic,
    /// Variants of the first answer; each is used once before any repeats.
    pub answers: Vec<String>,
    /// Deeper answers given on tell me more, why? and the like.
    #[serde(default)]
    pub follow_ups: Vec<String>,
}

/// A word of the persona's world and what it means, in their voice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The ways a user may type it (huddle, huddles), matched as normalized words.
    pub words: Vec<String>,
    /// The explanation, said as the reply.
    pub means: String,
}

/// When a hidden fact comes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reveal {
    /// With the first answer on its topic.
    Answer,
    /// Only when the user follows up on its topic.
    FollowUp,
    /// Only when a question on its topic (or any question) uses one of its keywords.
    Keywords,
    /// An answer of its own, said instead of a topic answer to a question that uses one of
    /// its keywords (*could I shadow you?*). Not a detail to draw out: the score leaves it out.
    Asked,
}

/// A fact the persona only gives when asked the right way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nugget {
    pub id: String,
    pub outcome: Outcome,
    pub topic: Topic,
    pub reveal: Reveal,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Said after the answer, in the persona's voice.
    pub text: String,
}

/// The persona's own words for conversational moves that are not topic answers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lines {
    /// Asking which of two things the user meant; `{a}` and `{b}` become the two topics'
    /// short descriptions (what my days look like).
    pub clarify: Vec<String>,
    /// After a second miss: a gentle request to put it another way.
    pub rephrase: Vec<String>,
    /// Prefix when a topic comes up again (As I mentioned, ).
    pub repeat: Vec<String>,
    /// A follow-up asked when the topic has no deeper answer left.
    pub no_more: Vec<String>,
    /// Said a few minutes before the agreed end.
    pub time_check: Vec<String>,
    /// Said once the agreed time is up.
    pub wrap_up: Vec<String>,
    /// Guarded personas, before they trust the user: short, cautious answers.
    #[serde(default)]
    pub guarded: Vec<String>,
    /// Rambling personas: tangents added to answers.
    #[serde(default)]
    pub tangents: Vec<String>,
    /// Busy personas: said when they end the call early because the user ran over.
    #[serde(default)]
    pub early_end: Vec<String>,
    /// The welcome to an introduction that already said what the user wants to cover: the
    /// persona goes along with the plan instead of asking for one. Left out when empty, so
    /// personas stored before schema 10 keep their bytes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda_set: Vec<String>,
}

/// The `lines` lists' names in a persona file, in `LineKind`'s order; those from `guarded`
/// on may be left out.
pub const LINE_NAMES: &str =
    "clarify rephrase repeat no_more time_check wrap_up guarded tangents early_end agenda_set";

/// What the persona picker shows: the persona without its script. Small enough to ship in
/// the app; full scripts are loaded when a practice starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonaInfo {
    pub id: String,
    pub name: String,
    pub pronouns: String,
    pub role: String,
    pub organization: String,
    pub field: String,
    pub temperament: Temperament,
    pub bio: String,
}

impl Persona {
    /// This persona's matcher: its vocabulary, and its organization read as theirs when named.
    pub fn matcher(&self) -> crate::understand::Matcher {
        crate::understand::Matcher::new(&self.vocabulary).working_at(&self.organization)
    }

    pub fn info(&self) -> PersonaInfo {
        PersonaInfo {
            id: self.id.clone(),
            name: self.name.clone(),
            pronouns: self.pronouns.clone(),
            role: self.role.clone(),
            organization: self.organization.clone(),
            field: self.field.clone(),
            temperament: self.temperament,
            bio: self.bio.clone(),
        }
    }

    pub fn script(&self, topic: Topic) -> Option<&TopicScript> {
        self.topics.iter().find(|t| t.topic == topic)
    }

    pub fn nugget(&self, id: &str) -> Option<&Nugget> {
        self.nuggets.iter().find(|n| n.id == id)
    }

    /// The details a user can draw out: not the answers kept for a theme (`Reveal::Asked`),
    /// which are replies themselves and are shown and scored as ones.
    pub fn details(&self) -> impl Iterator<Item = &Nugget> {
        self.nuggets.iter().filter(|n| n.reveal != Reveal::Asked)
    }

    /// One of [`Persona::details`], by id.
    pub fn detail(&self, id: &str) -> Option<&Nugget> {
        self.details().find(|n| n.id == id)
    }

    /// First name for the UI (Dr. Maya Okafor → Maya).
    pub fn short_name(&self) -> &str {
        short_name(&self.name)
    }
}

/// First name, without a title (Dr. Maya Okafor → Maya).
pub fn short_name(name: &str) -> &str {
    name.split_whitespace()
        .find(|w| !w.ends_with('.'))
        .unwrap_or(name)
}
