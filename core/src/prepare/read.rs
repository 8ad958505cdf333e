//! The people, question plans and conversation logs read by hand (`crate::json`), not by serde's
//! derived readers: both load with every practice and Home, and serde's readers for them
//! were about 16 KB of `.wasm` (NOTES.md §1). Writing is in `write.rs`. Tests check
//! both readers agree (`core/tests/prepare_store.rs`).

use super::{AboutMe, Circle, People, Person, PersonDetails, ReferredBy, Stage, StageReached};
use super::{ConversationLog, EmailDraft, Logs, OutcomeNotes, PlanFor, Plans, QuestionPlan};
use crate::json::{Reader, Result, Writer};
use crate::store::{by_hand, EncodeError, Envelope, Failure, Stored};

impl Stored for Plans {
    fn parse_envelope(text: &str) -> std::result::Result<Envelope<Self>, Failure> {
        by_hand(text, |r| {
            let mut plans = Vec::new();
            let seen = r.fields("plans", &mut |r, _| {
                plans = r.list(question_plan)?;
                Ok(())
            })?;
            r.require("plans", seen, 1)?;
            Ok(Plans { plans })
        })
    }

    fn write(&self, w: &mut Writer) -> std::result::Result<(), EncodeError> {
        super::write::plans(w, self)
    }
}

impl Stored for Logs {
    fn parse_envelope(text: &str) -> std::result::Result<Envelope<Self>, Failure> {
        by_hand(text, |r| {
            let mut logs = Vec::new();
            let seen = r.fields("logs", &mut |r, _| {
                logs = r.list(conversation_log)?;
                Ok(())
            })?;
            r.require("logs", seen, 1)?;
            Ok(Logs { logs })
        })
    }

    fn write(&self, w: &mut Writer) -> std::result::Result<(), EncodeError> {
        super::write::logs(w, self)
    }
}

pub(super) const PLAN: &str = "id for_whom minutes introduction questions";

fn question_plan(r: &mut Reader) -> Result<QuestionPlan> {
    let mut plan = QuestionPlan {
        id: String::new(),
        for_whom: PlanFor::Person(String::new()),
        minutes: 0,
        introduction: String::new(),
        questions: Vec::new(),
    };
    let seen = r.fields(PLAN, &mut |r, i| {
        match i {
            0 => plan.id = r.string()?,
            1 => plan.for_whom = plan_for(r)?,
            2 => plan.minutes = r.u32()?,
            3 => plan.introduction = r.string()?,
            _ => plan.questions = r.strings()?,
        }
        Ok(())
    })?;
    r.require(PLAN, seen, 0b11111)?;
    Ok(plan)
}

/// `{"person": id}` or `{"persona": id}`, as serde writes a newtype variant.
fn plan_for(r: &mut Reader) -> Result<PlanFor> {
    let mut found = None;
    r.object(&mut |r, key| {
        let make = match key {
            "person" => PlanFor::Person,
            "persona" => PlanFor::Persona,
            _ => return Err(r.unknown_variant(key, FOR_WHOM, true)),
        };
        if found.is_some() {
            return Err(r.error("invalid length 2, expected one person or persona"));
        }
        found = Some(make(r.string()?));
        Ok(())
    })?;
    found.ok_or_else(|| r.error("invalid length 0, expected a person or persona"))
}

pub(super) const LOG: &str = "id person_id at_ms minutes notes thank_you";

fn conversation_log(r: &mut Reader) -> Result<ConversationLog> {
    let mut log = ConversationLog {
        id: String::new(),
        person_id: String::new(),
        at_ms: 0.0,
        minutes: 0,
        notes: OutcomeNotes::default(),
        thank_you: None,
    };
    let seen = r.fields(LOG, &mut |r, i| {
        match i {
            0 => log.id = r.string()?,
            1 => log.person_id = r.string()?,
            2 => log.at_ms = r.f64()?,
            3 => log.minutes = r.u32()?,
            4 => log.notes = outcome_notes(r)?,
            _ => log.thank_you = if r.null() { None } else { Some(email(r)?) },
        }
        Ok(())
    })?;
    // `thank_you` may be left out, as serde allows for an Option.
    r.require(LOG, seen, 0b11111)?;
    Ok(log)
}

pub(super) const NOTES: &str = "work path future contacts organizations";

fn outcome_notes(r: &mut Reader) -> Result<OutcomeNotes> {
    let mut notes = OutcomeNotes::default();
    let seen = r.fields(NOTES, &mut |r, i| {
        let slot = [
            &mut notes.work,
            &mut notes.path,
            &mut notes.future,
            &mut notes.contacts,
            &mut notes.organizations,
        ];
        *slot[i] = r.string()?;
        Ok(())
    })?;
    r.require(NOTES, seen, 0b11111)?;
    Ok(notes)
}

pub(super) const EMAIL: &str = "subject body";

fn email(r: &mut Reader) -> Result<EmailDraft> {
    let mut draft = EmailDraft::default();
    let seen = r.fields(EMAIL, &mut |r, i| {
        *[&mut draft.subject, &mut draft.body][i] = r.string()?;
        Ok(())
    })?;
    r.require(EMAIL, seen, 0b11)?;
    Ok(draft)
}

impl Stored for People {
    fn parse_envelope(text: &str) -> std::result::Result<Envelope<Self>, Failure> {
        by_hand(text, people)
    }

    fn write(&self, w: &mut Writer) -> std::result::Result<(), EncodeError> {
        super::write::people(w, self)
    }
}

pub(super) const PEOPLE: &str = "me people";

fn people(r: &mut Reader) -> Result<People> {
    let mut all = People::default();
    let seen = r.fields(PEOPLE, &mut |r, i| {
        match i {
            0 => all.me = about_me(r)?,
            _ => all.people = r.list(person)?,
        }
        Ok(())
    })?;
    r.require(PEOPLE, seen, 0b11)?;
    Ok(all)
}

/// Reads an object of text fields into `slots`, all of them required.
fn texts(r: &mut Reader, names: &str, slots: &mut [&mut String]) -> Result<()> {
    let seen = r.fields(names, &mut |r, i| {
        *slots[i] = r.string()?;
        Ok(())
    })?;
    r.require(names, seen, (1 << slots.len()) - 1)
}

pub(super) const ME: &str = "name summary exploring";
pub(super) const CIRCLES: &str = "know_well acquaintance not_yet";
pub(super) const STAGES: &str = "to_contact asked scheduled talked thanked keeping_in_touch";
/// A referral's two kinds, then each kind's fields.
pub(super) const REFERRALS: &str = "person practice";
pub(super) const BY_PERSON: &str = "person_id";
pub(super) const BY_PRACTICE: &str = "session_id nugget_id persona_name";
/// A plan's two kinds.
pub(super) const FOR_WHOM: &str = "person persona";

fn about_me(r: &mut Reader) -> Result<AboutMe> {
    let mut me = AboutMe::default();
    texts(
        r,
        ME,
        &mut [&mut me.name, &mut me.summary, &mut me.exploring],
    )?;
    Ok(me)
}

/// Names by index; from `referred_by` on they are options, absent as serde allows.
pub(super) const PERSON: &str = "id details added_at_ms stages \
    referred_by outreach followed_up_at_ms told_referrer_at_ms talk_at_ms";

fn person(r: &mut Reader) -> Result<Person> {
    let mut p = Person::empty(String::new());
    let seen = r.fields(PERSON, &mut |r, i| {
        let time = |r: &mut Reader| {
            if r.null() {
                Ok(None)
            } else {
                r.f64().map(Some)
            }
        };
        match i {
            0 => p.id = r.string()?,
            1 => p.details = details(r)?,
            2 => p.added_at_ms = r.f64()?,
            3 => p.stages = r.list(stage_reached)?,
            4 => {
                p.referred_by = if r.null() {
                    None
                } else {
                    Some(referred_by(r)?)
                }
            }
            5 => p.outreach = if r.null() { None } else { Some(email(r)?) },
            6 => p.followed_up_at_ms = time(r)?,
            7 => p.told_referrer_at_ms = time(r)?,
            _ => p.talk_at_ms = time(r)?,
        }
        Ok(())
    })?;
    r.require(PERSON, seen, 0b1111)?;
    Ok(p)
}

pub(super) const DETAILS: &str = "name role organization field email how_found notes circle";

fn details(r: &mut Reader) -> Result<PersonDetails> {
    let mut d = PersonDetails::default();
    let seen = r.fields(DETAILS, &mut |r, i| {
        if i == 7 {
            d.circle = r.name_in(CIRCLES, &Circle::ALL)?;
            return Ok(());
        }
        let slots = [
            &mut d.name,
            &mut d.role,
            &mut d.organization,
            &mut d.field,
            &mut d.email,
            &mut d.how_found,
            &mut d.notes,
        ];
        *slots.into_iter().nth(i).expect("seven") = r.string()?;
        Ok(())
    })?;
    r.require(DETAILS, seen, 0xff)?;
    Ok(d)
}

pub(super) const REACHED: &str = "stage at_ms";

fn stage_reached(r: &mut Reader) -> Result<StageReached> {
    let mut s = StageReached {
        stage: Stage::ToContact,
        at_ms: 0.0,
    };
    let seen = r.fields(REACHED, &mut |r, i| {
        match i {
            0 => s.stage = r.name_in(STAGES, &Stage::ALL)?,
            _ => s.at_ms = r.f64()?,
        }
        Ok(())
    })?;
    r.require(REACHED, seen, 0b11)?;
    Ok(s)
}

/// `{"person": {"person_id": ...}}` or `{"practice": {...}}`, as serde writes struct
/// variants.
fn referred_by(r: &mut Reader) -> Result<ReferredBy> {
    let mut found = None;
    r.object(&mut |r, key| {
        if found.is_some() {
            return Err(r.key_error("invalid length 2, expected one variant"));
        }
        let (mut a, mut b, mut c) = (String::new(), String::new(), String::new());
        found = Some(match key {
            "person" => {
                texts(r, BY_PERSON, &mut [&mut a])?;
                ReferredBy::Person { person_id: a }
            }
            "practice" => {
                texts(r, BY_PRACTICE, &mut [&mut a, &mut b, &mut c])?;
                ReferredBy::Practice {
                    session_id: a,
                    nugget_id: b,
                    persona_name: c,
                }
            }
            _ => {
                return Err(r.unknown_variant(key, REFERRALS, true));
            }
        });
        Ok(())
    })?;
    found.ok_or_else(|| r.error("invalid length 0, expected one variant"))
}
