//! The log of a real conversation: when, how long, and notes for each outcome.

use super::{cap, check_ids, check_len, check_time, clamp_time, EmailDraft};
use super::{MAX_FIELD_CHARS, MAX_RECORDS, MAX_TEXT_CHARS};
use crate::timing::MAX_MINUTES;
use serde::{Deserialize, Serialize};

/// What the user learned, one note per outcome of a good interview.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeNotes {
    /// Their job and organization.
    pub work: String,
    /// How they got there.
    pub path: String,
    /// Where the field is heading.
    pub future: String,
    /// People they suggested talking to.
    pub contacts: String,
    /// Organizations and resources they named.
    pub organizations: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConversationLog {
    pub id: String,
    pub person_id: String,
    /// When the conversation took place (ms since the epoch).
    pub at_ms: f64,
    pub minutes: u32,
    pub notes: OutcomeNotes,
    /// The thank-you being written.
    pub thank_you: Option<EmailDraft>,
}

/// Every logged conversation. Stored under `askwell.logs`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logs {
    pub logs: Vec<ConversationLog>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum LogAction {
    /// Adds a log, or replaces the one with the same id (an edit).
    Save(ConversationLog),
    SaveThankYou {
        id: String,
        draft: Option<EmailDraft>,
    },
    Delete {
        id: String,
    },
}

impl Logs {
    pub fn get(&self, id: &str) -> Option<&ConversationLog> {
        self.logs.iter().find(|l| l.id == id)
    }

    /// The most recent conversation with a person.
    pub fn latest_for(&self, person_id: &str) -> Option<&ConversationLog> {
        self.logs
            .iter()
            .filter(|l| l.person_id == person_id)
            .max_by(|a, b| a.at_ms.total_cmp(&b.at_ms))
    }

    /// The reducer. `Ok(true)` when something changed; an `Err` is a sentence for the user.
    pub fn apply(&mut self, action: LogAction) -> Result<bool, String> {
        match action {
            LogAction::Save(log) => {
                if !crate::store::is_safe_id(&log.id) || !crate::store::is_safe_id(&log.person_id) {
                    return Err(
                        "This conversation could not be saved (its id is not one Askwell uses)."
                            .into(),
                    );
                }
                let n = |s: &str| cap(s.trim(), MAX_TEXT_CHARS);
                let log = ConversationLog {
                    at_ms: clamp_time(log.at_ms),
                    minutes: log.minutes.min(MAX_MINUTES),
                    notes: OutcomeNotes {
                        work: n(&log.notes.work),
                        path: n(&log.notes.path),
                        future: n(&log.notes.future),
                        contacts: n(&log.notes.contacts),
                        organizations: n(&log.notes.organizations),
                    },
                    thank_you: log.thank_you.map(clean_draft),
                    ..log
                };
                let full = self.logs.len() >= MAX_RECORDS;
                match self.logs.iter_mut().find(|l| l.id == log.id) {
                    Some(old) if *old == log => Ok(false),
                    Some(old) => {
                        *old = log;
                        Ok(true)
                    }
                    None if full => Err(format!(
                        "You have {MAX_RECORDS} logged conversations, the most Askwell keeps. Delete one first."
                    )),
                    None => {
                        self.logs.push(log);
                        Ok(true)
                    }
                }
            }
            LogAction::SaveThankYou { id, draft } => {
                let l = self
                    .logs
                    .iter_mut()
                    .find(|l| l.id == id)
                    .ok_or("That conversation is no longer logged.")?;
                let draft = draft.map(clean_draft);
                Ok(std::mem::replace(&mut l.thank_you, draft.clone()) != draft)
            }
            LogAction::Delete { id } => {
                let before = self.logs.len();
                self.logs.retain(|l| l.id != id);
                Ok(before != self.logs.len())
            }
        }
    }

    pub(super) fn validate(&self) -> Result<(), String> {
        check_ids(self.logs.iter().map(|l| l.id.as_str()), "conversation")?;
        for l in &self.logs {
            if !crate::store::is_safe_id(&l.person_id) || l.minutes > MAX_MINUTES {
                return Err("a conversation's person or length is out of range".into());
            }
            check_time(l.at_ms)?;
            let n = &l.notes;
            for note in [&n.work, &n.path, &n.future, &n.contacts, &n.organizations] {
                check_len(note, MAX_TEXT_CHARS, "a note")?;
            }
        }
        Ok(())
    }
}

fn clean_draft(d: EmailDraft) -> EmailDraft {
    EmailDraft {
        subject: cap(&d.subject, MAX_FIELD_CHARS),
        body: cap(&d.body, MAX_TEXT_CHARS),
    }
}
/// A name from the "People they suggested" notes of conversations with `person_id` that is
/// not on the list yet, with the part of the notes about them (the new person's note).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotedName {
    pub name: String,
    pub note: String,
}

/// Names the user wrote down as suggested by `person_id`, oldest conversation first, each once,
/// leaving out anyone already on the list (by name, ignoring case).
pub fn noted_names(logs: &Logs, people: &super::People, person_id: &str) -> Vec<NotedName> {
    let known = |name: &str| {
        let name = crate::understand::text::lower(name);
        people
            .people
            .iter()
            .any(|p| crate::understand::text::lower(p.name()) == name)
    };
    let mut ours: Vec<&ConversationLog> = logs
        .logs
        .iter()
        .filter(|l| l.person_id == person_id)
        .collect();
    crate::small_sort::sort_stable_by(&mut ours, |a, b| a.at_ms.total_cmp(&b.at_ms));
    let mut out: Vec<NotedName> = Vec::new();
    for log in ours {
        let text = &log.notes.contacts;
        let names = super::words::names_in_notes(text);
        for name in &names {
            if known(name) || out.iter().any(|n| n.name == *name) {
                continue;
            }
            let note = super::words::part_about(text, name, &names);
            out.push(NotedName {
                name: name.clone(),
                note,
            });
        }
    }
    out
}
