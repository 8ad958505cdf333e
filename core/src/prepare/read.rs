//! The question plans and conversation logs read by hand (`crate::json`), not by serde's
//! derived readers: both load with every practice and Home, and serde's readers for them
//! were about 16 KB of `.wasm` (NOTES.md §1). Writing still goes through serde. Tests check
//! both readers agree (`core/tests/prepare_store.rs`).

use super::{ConversationLog, EmailDraft, Logs, OutcomeNotes, PlanFor, Plans, QuestionPlan};
use crate::json::{Reader, Result};
use crate::store::{by_hand, Envelope, Failure, Stored};

impl Stored for Plans {
    fn parse_envelope(text: &str) -> std::result::Result<Envelope<Self>, Failure> {
        by_hand(text, |r| {
            let mut plans = Vec::new();
            let seen = r.fields(&["plans"], &mut |r, _| {
                plans = r.list(question_plan)?;
                Ok(())
            })?;
            r.require(&["plans"], seen, 1)?;
            Ok(Plans { plans })
        })
    }
}

impl Stored for Logs {
    fn parse_envelope(text: &str) -> std::result::Result<Envelope<Self>, Failure> {
        by_hand(text, |r| {
            let mut logs = Vec::new();
            let seen = r.fields(&["logs"], &mut |r, _| {
                logs = r.list(conversation_log)?;
                Ok(())
            })?;
            r.require(&["logs"], seen, 1)?;
            Ok(Logs { logs })
        })
    }
}

const PLAN: [&str; 5] = ["id", "for_whom", "minutes", "introduction", "questions"];

fn question_plan(r: &mut Reader) -> Result<QuestionPlan> {
    let mut plan = QuestionPlan {
        id: String::new(),
        for_whom: PlanFor::Person(String::new()),
        minutes: 0,
        introduction: String::new(),
        questions: Vec::new(),
    };
    let seen = r.fields(&PLAN, &mut |r, i| {
        match i {
            0 => plan.id = r.string()?,
            1 => plan.for_whom = plan_for(r)?,
            2 => plan.minutes = r.u32()?,
            3 => plan.introduction = r.string()?,
            _ => plan.questions = r.strings()?,
        }
        Ok(())
    })?;
    r.require(&PLAN, seen, 0b11111)?;
    Ok(plan)
}

/// `{"person": id}` or `{"persona": id}`, as serde writes a newtype variant.
fn plan_for(r: &mut Reader) -> Result<PlanFor> {
    let mut found = None;
    r.object(&mut |r, key| {
        let make = match key {
            "person" => PlanFor::Person,
            "persona" => PlanFor::Persona,
            _ => {
                let why = format!("unknown variant `{key}`, expected `person` or `persona`");
                return Err(r.error(why));
            }
        };
        if found.is_some() {
            return Err(r.error("invalid length 2, expected one person or persona"));
        }
        found = Some(make(r.string()?));
        Ok(())
    })?;
    found.ok_or_else(|| r.error("invalid length 0, expected a person or persona"))
}

const LOG: [&str; 6] = ["id", "person_id", "at_ms", "minutes", "notes", "thank_you"];

fn conversation_log(r: &mut Reader) -> Result<ConversationLog> {
    let mut log = ConversationLog {
        id: String::new(),
        person_id: String::new(),
        at_ms: 0.0,
        minutes: 0,
        notes: OutcomeNotes::default(),
        thank_you: None,
    };
    let seen = r.fields(&LOG, &mut |r, i| {
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
    r.require(&LOG, seen, 0b11111)?;
    Ok(log)
}

const NOTES: [&str; 5] = ["work", "path", "future", "contacts", "organizations"];

fn outcome_notes(r: &mut Reader) -> Result<OutcomeNotes> {
    let mut notes = OutcomeNotes::default();
    let seen = r.fields(&NOTES, &mut |r, i| {
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
    r.require(&NOTES, seen, 0b11111)?;
    Ok(notes)
}

const EMAIL: [&str; 2] = ["subject", "body"];

fn email(r: &mut Reader) -> Result<EmailDraft> {
    let mut draft = EmailDraft::default();
    let seen = r.fields(&EMAIL, &mut |r, i| {
        *[&mut draft.subject, &mut draft.body][i] = r.string()?;
        Ok(())
    })?;
    r.require(&EMAIL, seen, 0b11)?;
    Ok(draft)
}
