//! Changes to the list of people: `PeopleAction` and the reducer `People::apply`, with the
//! checks an import must pass (`People::validate`).

use super::{AboutMe, Circle, People, Person, PersonDetails, ReferredBy, Stage, StageReached};
use crate::prepare::{cap, check_ids, check_len, check_time, clamp_time, EmailDraft};
use crate::prepare::{MAX_FIELD_CHARS, MAX_RECORDS, MAX_TEXT_CHARS};

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
    /// When the conversation is arranged for; `None` forgets it.
    SetTalkTime {
        id: String,
        at_ms: Option<f64>,
    },
    Delete {
        id: String,
    },
}

impl People {
    fn get_mut(&mut self, id: &str) -> Result<&mut Person, String> {
        self.people
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or_else(|| "That person is no longer on your list.".to_string())
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
                    // Back before Scheduled (a correction): no talk is arranged any more.
                    if stage < Stage::Scheduled {
                        p.talk_at_ms = None;
                    }
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
            PeopleAction::SetTalkTime { id, at_ms } => {
                let at_ms = at_ms.filter(|t| t.is_finite() && *t > 0.0).map(clamp_time);
                let p = self.get_mut(&id)?;
                let changed = p.talk_at_ms != at_ms;
                p.talk_at_ms = at_ms;
                Ok(changed)
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
            talk_at_ms: None,
        });
        Ok(true)
    }

    pub(in crate::prepare) fn validate(&self) -> Result<(), String> {
        check_ids(self.people.iter().map(|p| p.id.as_str()), "person")?;
        for p in &self.people {
            for field in p.details.lines() {
                check_len(field, MAX_FIELD_CHARS, "a name or field")?;
            }
            check_len(&p.details.notes, MAX_TEXT_CHARS, "a note")?;
            let times = p.stages.iter().map(|s| s.at_ms).chain([p.added_at_ms]);
            for t in times
                .chain(p.followed_up_at_ms)
                .chain(p.told_referrer_at_ms)
                .chain(p.talk_at_ms)
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
