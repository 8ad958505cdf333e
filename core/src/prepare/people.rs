//! The people a student means to talk to, the stage each one is at, and who led to whom.
//! Changes go through the reducer (`reducer`).

mod reducer;

pub use reducer::PeopleAction;

use super::EmailDraft;
use serde::{Deserialize, Serialize};

/// How well the user knows someone: the guides start with those known best.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Circle {
    KnowWell,
    Acquaintance,
    #[default]
    NotYet,
}

impl Circle {
    pub const ALL: [Circle; 3] = [Circle::KnowWell, Circle::Acquaintance, Circle::NotYet];

    pub fn label(self) -> &'static str {
        match self {
            Circle::KnowWell => "Know well",
            Circle::Acquaintance => "Acquaintance",
            Circle::NotYet => "Don't know yet",
        }
    }
}

/// Where things stand with a person, in the order they happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    ToContact,
    Asked,
    Scheduled,
    Talked,
    Thanked,
    KeepingInTouch,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::ToContact,
        Stage::Asked,
        Stage::Scheduled,
        Stage::Talked,
        Stage::Thanked,
        Stage::KeepingInTouch,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Stage::ToContact => "To contact",
            Stage::Asked => "Asked",
            Stage::Scheduled => "Scheduled",
            Stage::Talked => "Talked",
            Stage::Thanked => "Thanked",
            Stage::KeepingInTouch => "Keeping in touch",
        }
    }
}

/// A stage and when it was reached (ms since the epoch).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageReached {
    pub stage: Stage,
    pub at_ms: f64,
}

/// Who gave the user this name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ReferredBy {
    /// Someone on the user's list.
    Person { person_id: String },
    /// A contact a persona named in a practice: `nugget_id` is the contact nugget it came
    /// from, or `answer:N` for a name in the N-th exchange's answer.
    Practice {
        session_id: String,
        nugget_id: String,
        persona_name: String,
    },
}

/// What the user types about a person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonDetails {
    pub name: String,
    pub role: String,
    pub organization: String,
    pub field: String,
    /// An address for the `mailto:` link (may be empty).
    pub email: String,
    /// How the user knows or found them ("my lab's alumni list").
    pub how_found: String,
    pub circle: Circle,
    pub notes: String,
}

/// Said when `PersonDetails::email_looks_incomplete` (the add and edit forms check it).
pub const INCOMPLETE_EMAIL: &str = "That email address looks incomplete: it needs a name, an @ \
     and a domain, like sam@example.org. Fix it, or leave it empty.";

impl PersonDetails {
    /// The email typed, when it cannot be an address (no name before an @, or no dotted
    /// domain after it, or a space): a mail link to it would go nowhere. Empty is fine.
    pub fn email_looks_incomplete(&self) -> bool {
        let email = self.email.trim();
        let Some((name, domain)) = email.split_once('@') else {
            return !email.is_empty();
        };
        let dotted = domain.split('.').filter(|part| !part.is_empty()).count() >= 2;
        name.is_empty() || !dotted || email.bytes().any(|b| b == b' ')
    }

    /// The one-line text fields, in stored order (`circle` and `notes` follow).
    pub fn lines(&self) -> [&String; 6] {
        let d = self;
        [
            &d.name,
            &d.role,
            &d.organization,
            &d.field,
            &d.email,
            &d.how_found,
        ]
    }
}

/// The user, as their drafts sign and introduce them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AboutMe {
    pub name: String,
    /// A short description: "a second-year biology student at Leeds".
    pub summary: String,
    /// What they are exploring: "careers in science policy".
    pub exploring: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub details: PersonDetails,
    pub referred_by: Option<ReferredBy>,
    pub added_at_ms: f64,
    /// Stages reached after `ToContact`, in order, each with its date.
    pub stages: Vec<StageReached>,
    /// The outreach email being written.
    pub outreach: Option<EmailDraft>,
    /// When the later note (how their advice helped) was sent.
    pub followed_up_at_ms: Option<f64>,
    /// When the person who referred this one was told they were contacted.
    pub told_referrer_at_ms: Option<f64>,
    /// When the conversation is arranged for (once scheduled, if the user says). Left out of
    /// the stored text when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub talk_at_ms: Option<f64>,
}

impl Person {
    /// A person with only an id: nothing known yet, no stage reached.
    pub fn empty(id: String) -> Person {
        Person {
            id,
            details: PersonDetails::default(),
            referred_by: None,
            added_at_ms: 0.0,
            stages: Vec::new(),
            outreach: None,
            followed_up_at_ms: None,
            told_referrer_at_ms: None,
            talk_at_ms: None,
        }
    }

    /// A name a persona made up in a practice: kept for rehearsing, never someone to write
    /// to or count among the people to talk to.
    pub fn is_made_up(&self) -> bool {
        matches!(self.referred_by, Some(ReferredBy::Practice { .. }))
    }

    /// The stage reached last.
    pub fn stage(&self) -> Stage {
        self.stages.last().map_or(Stage::ToContact, |s| s.stage)
    }

    /// When `stage` was reached (`ToContact`: when they were added), if it was.
    pub fn reached_at(&self, stage: Stage) -> Option<f64> {
        if stage == Stage::ToContact {
            return Some(self.added_at_ms);
        }
        self.stages
            .iter()
            .find(|s| s.stage == stage)
            .map(|s| s.at_ms)
    }

    pub fn name(&self) -> &str {
        &self.details.name
    }
}

/// Everything on the user's list. Stored under `askwell.people`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct People {
    pub me: AboutMe,
    /// In the order they were added.
    pub people: Vec<Person>,
}

impl People {
    pub fn get(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The name of whoever referred `person` (a persona's name for a practice referral).
    pub fn referrer_name(&self, person: &Person) -> Option<String> {
        match person.referred_by.as_ref()? {
            ReferredBy::Person { person_id } => self.get(person_id).map(|p| p.name().to_string()),
            ReferredBy::Practice { persona_name, .. } => Some(persona_name.clone()),
        }
    }

    /// The people `id` referred, in the order they were added.
    pub fn referred_by(&self, id: &str) -> Vec<&Person> {
        self.people
            .iter()
            .filter(|p| matches!(&p.referred_by, Some(ReferredBy::Person { person_id }) if person_id == id))
            .collect()
    }
}
