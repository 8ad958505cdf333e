//! The people a student means to talk to, the stage each one is at, and who led to whom.

use super::{cap, check_ids, check_len, check_time, clamp_time, EmailDraft};
use super::{MAX_FIELD_CHARS, MAX_RECORDS, MAX_TEXT_CHARS};
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
    /// A contact a persona named in a practice (the nugget it came from).
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
}

impl Person {
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

/// A change to the list. Ids are made by the caller (like session ids) so the reducer stays
/// pure; times are ms since the epoch.
#[derive(Debug, Clone, PartialEq)]
pub enum PeopleAction {
    SetAboutMe(AboutMe),
    Add {
        id: String,
        details: PersonDetails,
        referred_by: Option<ReferredBy>,
        at_ms: f64,
    },
    /// A name someone gave: added as not known yet, remembering who gave it.
    AddReferral {
        id: String,
        name: String,
        note: String,
        from: ReferredBy,
        at_ms: f64,
    },
    Edit {
        id: String,
        details: PersonDetails,
    },
    /// Forward records the date; back (a correction) forgets the later stages.
    MoveToStage {
        id: String,
        stage: Stage,
        at_ms: f64,
    },
    SaveOutreach {
        id: String,
        draft: Option<EmailDraft>,
    },
    MarkFollowedUp {
        id: String,
        at_ms: f64,
    },
    /// On the referred person: their referrer was told.
    MarkReferrerTold {
        id: String,
        at_ms: f64,
    },
    Delete {
        id: String,
    },
}

impl People {
    pub fn get(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    fn get_mut(&mut self, id: &str) -> Result<&mut Person, String> {
        self.people
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or_else(|| "That person is no longer on your list.".to_string())
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

    /// The reducer. `Ok(true)` when the list changed; an `Err` is a sentence for the user and
    /// changes nothing.
    pub fn apply(&mut self, action: PeopleAction) -> Result<bool, String> {
        match action {
            PeopleAction::SetAboutMe(me) => {
                let me = AboutMe {
                    name: cap(me.name.trim(), MAX_FIELD_CHARS),
                    summary: cap(me.summary.trim(), MAX_FIELD_CHARS),
                    exploring: cap(me.exploring.trim(), MAX_FIELD_CHARS),
                };
                let changed = me != self.me;
                self.me = me;
                Ok(changed)
            }
            PeopleAction::Add {
                id,
                details,
                referred_by,
                at_ms,
            } => self.add(id, details, referred_by, at_ms),
            PeopleAction::AddReferral {
                id,
                name,
                note,
                from,
                at_ms,
            } => {
                let how_found = match &from {
                    ReferredBy::Person { person_id } => {
                        let by = self
                            .get(person_id)
                            .ok_or("The person who gave this name is no longer on your list.")?;
                        format!("Suggested by {}", by.name())
                    }
                    ReferredBy::Practice { persona_name, .. } => {
                        format!("Named by {persona_name} in a practice")
                    }
                };
                let details = PersonDetails {
                    name,
                    how_found,
                    notes: note,
                    circle: Circle::NotYet,
                    ..PersonDetails::default()
                };
                self.add(id, details, Some(from), at_ms)
            }
            PeopleAction::Edit { id, details } => {
                let details = clean(details)?;
                let p = self.get_mut(&id)?;
                let changed = p.details != details;
                p.details = details;
                Ok(changed)
            }
            PeopleAction::MoveToStage { id, stage, at_ms } => {
                let p = self.get_mut(&id)?;
                let now = p.stage();
                if stage == now {
                    return Ok(false);
                }
                if stage < now {
                    p.stages.retain(|s| s.stage <= stage);
                } else {
                    p.stages.push(StageReached {
                        stage,
                        at_ms: clamp_time(at_ms),
                    });
                }
                Ok(true)
            }
            PeopleAction::SaveOutreach { id, draft } => {
                let draft = draft.map(|d| EmailDraft {
                    subject: cap(&d.subject, MAX_FIELD_CHARS),
                    body: cap(&d.body, MAX_TEXT_CHARS),
                });
                let p = self.get_mut(&id)?;
                let changed = p.outreach != draft;
                p.outreach = draft;
                Ok(changed)
            }
            PeopleAction::MarkFollowedUp { id, at_ms } => {
                self.get_mut(&id)?.followed_up_at_ms = Some(clamp_time(at_ms));
                Ok(true)
            }
            PeopleAction::MarkReferrerTold { id, at_ms } => {
                self.get_mut(&id)?.told_referrer_at_ms = Some(clamp_time(at_ms));
                Ok(true)
            }
            PeopleAction::Delete { id } => {
                let before = self.people.len();
                self.people.retain(|p| p.id != id);
                Ok(self.people.len() != before)
            }
        }
    }

    fn add(
        &mut self,
        id: String,
        details: PersonDetails,
        referred_by: Option<ReferredBy>,
        at_ms: f64,
    ) -> Result<bool, String> {
        if !crate::store::is_safe_id(&id) || self.get(&id).is_some() {
            return Err("That person could not be added (their id is taken). Try again.".into());
        }
        if self.people.len() >= MAX_RECORDS {
            return Err(format!(
                "Your list already holds {MAX_RECORDS} people, the most Askwell keeps. Remove someone first."
            ));
        }
        let details = clean(details)?;
        self.people.push(Person {
            id,
            details,
            referred_by,
            added_at_ms: clamp_time(at_ms),
            stages: Vec::new(),
            outreach: None,
            followed_up_at_ms: None,
            told_referrer_at_ms: None,
        });
        Ok(true)
    }

    pub(super) fn validate(&self) -> Result<(), String> {
        check_ids(self.people.iter().map(|p| p.id.as_str()), "person")?;
        for p in &self.people {
            let d = &p.details;
            for field in [
                &d.name,
                &d.role,
                &d.organization,
                &d.field,
                &d.email,
                &d.how_found,
            ] {
                check_len(field, MAX_FIELD_CHARS, "a name or field")?;
            }
            check_len(&d.notes, MAX_TEXT_CHARS, "a note")?;
            let times = p.stages.iter().map(|s| s.at_ms).chain([p.added_at_ms]);
            for t in times
                .chain(p.followed_up_at_ms)
                .chain(p.told_referrer_at_ms)
            {
                check_time(t)?;
            }
            if !p.stages.windows(2).all(|w| w[0].stage < w[1].stage)
                || p.stages
                    .first()
                    .is_some_and(|s| s.stage == Stage::ToContact)
            {
                return Err("a person's stages are out of order".into());
            }
        }
        Ok(())
    }
}

/// Trims and caps the typed fields; a person needs a name.
fn clean(d: PersonDetails) -> Result<PersonDetails, String> {
    let field = |s: &str| cap(s.trim(), MAX_FIELD_CHARS);
    let details = PersonDetails {
        name: field(&d.name),
        role: field(&d.role),
        organization: field(&d.organization),
        field: field(&d.field),
        email: field(&d.email),
        how_found: field(&d.how_found),
        circle: d.circle,
        notes: cap(d.notes.trim(), MAX_TEXT_CHARS),
    };
    if details.name.is_empty() {
        return Err("Add a name first: it is the one thing a person needs.".into());
    }
    Ok(details)
}
