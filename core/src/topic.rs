//! Canonical topics and interview segments, as defined in the interview model.
//! Every persona answer, coach rule and test speaks in these ids.

use serde::{Deserialize, Serialize};

/// The six parts of an informational interview, in their planned order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Segment {
    Opening,
    Present,
    Past,
    Future,
    Advice,
    Closing,
}

impl Segment {
    pub const ALL: [Segment; 6] = [
        Segment::Opening,
        Segment::Present,
        Segment::Past,
        Segment::Future,
        Segment::Advice,
        Segment::Closing,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Segment::Opening => "opening",
            Segment::Present => "present",
            Segment::Past => "past",
            Segment::Future => "future",
            Segment::Advice => "advice",
            Segment::Closing => "closing",
        }
    }

    /// Title-case name for people.
    pub fn label(self) -> &'static str {
        match self {
            Segment::Opening => "Opening",
            Segment::Present => "Present",
            Segment::Past => "Past",
            Segment::Future => "Future",
            Segment::Advice => "Advice",
            Segment::Closing => "Closing",
        }
    }

    pub fn index(self) -> usize {
        Segment::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Segment> {
        Segment::ALL.get(self.index() + 1).copied()
    }

    /// What the user asks about in this segment (shown on the timeline).
    pub fn hint(self) -> &'static str {
        match self {
            Segment::Opening => "Introduce yourself and set the agenda",
            Segment::Present => "Their job, a typical day, their organization",
            Segment::Past => "Education, path, how they got the role",
            Segment::Future => "Where the field is heading, advancement",
            Segment::Advice => "Contacts, organizations, resources, advice",
            Segment::Closing => "Thank them specifically, keep in touch",
        }
    }
}

/// Nothing understood yet: the topic of an empty line.
impl Default for Topic {
    fn default() -> Topic {
        Topic::None
    }
}

macro_rules! topics {
    ($( $variant:ident = $id:literal, $segment:ident, $label:literal; )*) => {
        /// A canonical topic id. `JobAsk` and `None` belong to no segment.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Topic { $( $variant, )* }

        impl Topic {
            pub const ALL: &'static [Topic] = &[ $( Topic::$variant, )* ];
            /// Every id, in `ALL` order (what a stored topic may be).
            pub const IDS: &'static [&'static str] = &[ $( $id, )* ];

            pub fn id(self) -> &'static str {
                match self { $( Topic::$variant => $id, )* }
            }

            pub fn parse(id: &str) -> Option<Topic> {
                match id { $( $id => Some(Topic::$variant), )* _ => None }
            }

            /// The segment this topic belongs to; `None` for job asks and off-topic lines.
            pub fn segment(self) -> Option<Segment> {
                match self { $( Topic::$variant => topics!(@seg $segment), )* }
            }

            /// Short description for people.
            pub fn label(self) -> &'static str {
                match self { $( Topic::$variant => $label, )* }
            }
        }
    };
    (@seg any) => { None };
    (@seg $s:ident) => { Some(Segment::$s) };
}

topics! {
    SmallTalk = "opening.small_talk", Opening, "small talk";
    Introduction = "opening.introduction", Opening, "introduction and agenda";
    TypicalDay = "present.typical_day", Present, "a typical day";
    Responsibilities = "present.responsibilities", Present, "responsibilities";
    Organization = "present.organization", Present, "their organization";
    Rewards = "present.rewards", Present, "what is rewarding";
    Challenges = "present.challenges", Present, "what is hard";
    Skills = "present.skills", Present, "skills the role needs";
    Compensation = "present.compensation", Present, "pay and benefits";
    WorkLife = "present.work_life", Present, "hours and balance";
    Education = "past.education", Past, "education";
    Path = "past.path", Past, "career path";
    JobSearch = "past.job_search", Past, "how they found the job";
    Alternatives = "past.alternatives", Past, "other paths";
    Trends = "future.trends", Future, "where the field is heading";
    Advancement = "future.advancement", Future, "advancement";
    GeneralAdvice = "advice.general", Advice, "advice for you";
    Contacts = "advice.contacts", Advice, "further contacts";
    Organizations = "advice.organizations", Advice, "professional organizations";
    Resources = "advice.resources", Advice, "resources";
    Application = "advice.application", Advice, "CV and applications";
    Thanks = "closing.thanks", Closing, "thanks";
    KeepInTouch = "closing.keep_in_touch", Closing, "keeping in touch";
    AnythingElse = "closing.anything_else", Closing, "anything else to ask";
    JobAsk = "job_ask", any, "a job ask";
    None = "none", any, "off topic";
}

/// A count per topic (a persona's answers given, follow-ups given, answers used).
pub type TopicCounts = crate::sorted_map::SortedMap<Topic, u32>;

impl Topic {
    /// Topics a persona must answer in its own words (every canonical id).
    pub fn all() -> impl Iterator<Item = Topic> {
        Topic::ALL.iter().copied()
    }
}

impl Serialize for Topic {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl Topic {
    /// Reads a topic id with the small JSON reader; an unknown id is serde's "unknown
    /// variant" error, so a topic added by a newer build is told from damage.
    pub fn read(r: &mut crate::json::Reader) -> crate::json::Result<Topic> {
        let id = r.string()?;
        Topic::parse(&id).ok_or_else(|| Topic::unknown(r, &id, false))
    }

    /// The error for an unknown topic id read last (`as_key`: as an object key).
    pub fn unknown(r: &crate::json::Reader, id: &str, as_key: bool) -> crate::json::Error {
        let first = Topic::all().next().map_or("", Topic::id);
        let message = format!("unknown variant `{id}`, expected a topic such as `{first}`");
        if as_key {
            r.key_error(message)
        } else {
            r.error(message)
        }
    }
}

impl<'de> Deserialize<'de> for Topic {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = String::deserialize(d)?;
        // Reported as serde's unknown variant, so a topic added by a newer build is told
        // apart from damaged data (`store::DecodeError::NewerBuild`).
        Topic::parse(&id).ok_or_else(|| serde::de::Error::unknown_variant(&id, Topic::IDS))
    }
}

/// The five outcomes of a good interview, plus the kinds of fact a nugget can carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Responsibilities,
    Background,
    Future,
    Contacts,
    Organizations,
    Resources,
}

impl Outcome {
    pub const ALL: [Outcome; 6] = [
        Outcome::Responsibilities,
        Outcome::Background,
        Outcome::Future,
        Outcome::Contacts,
        Outcome::Organizations,
        Outcome::Resources,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Outcome::Responsibilities => "responsibilities",
            Outcome::Background => "background",
            Outcome::Future => "future",
            Outcome::Contacts => "contacts",
            Outcome::Organizations => "organizations",
            Outcome::Resources => "resources",
        }
    }

    /// Title-case name for people.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Responsibilities => "Responsibilities",
            Outcome::Background => "Background",
            Outcome::Future => "Future of the field",
            Outcome::Contacts => "Contacts",
            Outcome::Organizations => "Organizations and resources",
            Outcome::Resources => "Resources",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for t in Topic::all() {
            assert_eq!(Topic::parse(t.id()), Some(t));
        }
        assert_eq!(Topic::ALL.len(), 26);
    }

    #[test]
    fn only_job_ask_and_none_lack_a_segment() {
        let without: Vec<_> = Topic::all().filter(|t| t.segment().is_none()).collect();
        assert_eq!(without, vec![Topic::JobAsk, Topic::None]);
    }

    #[test]
    fn every_segment_has_a_topic() {
        for s in Segment::ALL {
            assert!(Topic::all().any(|t| t.segment() == Some(s)), "{s:?}");
        }
    }
}
