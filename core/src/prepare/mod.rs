//! Before and after the conversation: the people a student means to talk to, the outreach
//! email, the question plan, the log of a real conversation, the thank-you and later notes,
//! what is due next, and a calendar file for any of it.
//!
//! Plain data and pure functions, like the rest of the engine: the records (`People`,
//! `Plans`, `Logs`) change only through their reducers (`apply`), and everything the app
//! shows about them (checks, drafts, due actions, the referral map) is derived on demand
//! and never stored. The checks reuse the practice coach: the same `understand` pass and
//! flags, the same outcomes and segments, so a question reads the same here and in a
//! practice.
//!
//! Facts from the guides (`interview-model.md`): outreach is short and names the referrer,
//! says you are exploring and not job hunting, and asks for 15-30 minutes by phone or video
//! at their convenience; about five or six open questions fill 30 minutes; the introduction
//! is short; the thank-you goes out within 48 hours, brief and specific; later follow-ups
//! come weeks on, and when a referral was contacted.

mod due;
mod followup;
mod ics;
mod log;
mod outreach;
mod people;
mod plan;
mod plan_check;
mod practice_names;
mod read;
mod referrals;
mod rehearse;
mod removal;
mod second_person;
mod tools;
mod words;
mod write;

pub use due::{due_actions, DueAction, DueKind, FOLLOW_UP_AFTER_MS, THANK_YOU_WITHIN_MS};
pub use followup::{
    advice_helped_draft, referral_contacted_draft, thank_you_from_log, thank_you_from_practice,
    THANK_YOU_MAX_WORDS,
};
pub use ics::{ics_file_name, to_ics, utc_stamp};
pub use log::{noted_names, ConversationLog, LogAction, Logs, NotedName, OutcomeNotes};
pub use outreach::{
    check_outreach, draft_outreach, OutreachCheck, OutreachRule, OUTREACH_MAX_WORDS,
    OUTREACH_MIN_WORDS,
};
pub use people::{
    AboutMe, Circle, People, PeopleAction, Person, PersonDetails, ReferredBy, Stage, StageReached,
    INCOMPLETE_EMAIL,
};
pub use plan::{
    draft_introduction, PlanAction, PlanFor, Plans, QuestionPlan, INTRODUCTION_MAX_SECONDS,
    INTRODUCTION_MIN_SECONDS, MINUTES_PER_QUESTION,
};
pub use plan_check::{
    asked_from_plan, check_introduction, check_plan, said_introduction, IntroductionCheck,
    PlanCheck, QuestionCheck, TimeEstimate,
};
pub use practice_names::{practice_names, PracticeName};
pub use referrals::{referral_edges, referral_list, ReferralEdge, ReferralLine, Referrer};
pub use rehearse::closest_persona;
pub use removal::PersonRecords;
pub use tools::PersonTool;
pub use words::{name_in, names_said, word_count};

use serde::{Deserialize, Serialize};

/// An email the user is writing: the outreach to a person, or a thank-you after a talk.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailDraft {
    pub subject: String,
    pub body: String,
}

impl EmailDraft {
    /// A `mailto:` link that opens the draft in the user's mail app (no network request).
    /// The address may be empty: the mail app then asks for it.
    pub fn mailto(&self, to: &str) -> String {
        format!(
            "mailto:{}?subject={}&body={}",
            percent_encode(to.trim()),
            percent_encode(&self.subject),
            percent_encode(&crate::substr::replace(&self.body, "\r\n", "\n").replace('\n', "\r\n"))
        )
    }
}

/// RFC 3986 percent-encoding of everything but the unreserved characters (and `@` in an
/// address, which mail apps expect as it is).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'@') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Everything this part of the app keeps, as one value: what an export carries and an
/// import brings back.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prepared {
    pub people: People,
    pub plans: Plans,
    pub logs: Logs,
}

impl Prepared {
    pub fn is_empty(&self) -> bool {
        self.people.people.is_empty() && self.plans.plans.is_empty() && self.logs.logs.is_empty()
    }

    /// Checks what an import must satisfy (safe, unique ids, sizes, finite times). The
    /// error is a phrase for the user.
    pub fn validate(&self) -> Result<(), String> {
        self.people.validate()?;
        self.plans.validate()?;
        self.logs.validate()
    }

    /// Adds what `other` holds that this does not (by id); a record held by both keeps this
    /// side's copy. Returns how many records were added.
    pub fn merge_missing(&mut self, other: &Prepared) -> usize {
        let mut added = 0;
        for p in &other.people.people {
            if self.people.get(&p.id).is_none() {
                self.people.people.push(p.clone());
                added += 1;
            }
        }
        for p in &other.plans.plans {
            if self.plans.get(&p.id).is_none() {
                self.plans.plans.push(p.clone());
                added += 1;
            }
        }
        for l in &other.logs.logs {
            if self.logs.get(&l.id).is_none() {
                self.logs.logs.push(l.clone());
                added += 1;
            }
        }
        if self.people.me == AboutMe::default() {
            self.people.me = other.people.me.clone();
        }
        added
    }
}

/// One hour and one day, in milliseconds (times are ms since the epoch, as in sessions).
pub const HOUR_MS: f64 = 3_600_000.0;
pub const DAY_MS: f64 = 24.0 * HOUR_MS;

/// Longest name, role, organization, field or address.
pub const MAX_FIELD_CHARS: usize = 200;
/// Longest note, introduction, question or email.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// Most people, plans, or logs one list may hold.
pub const MAX_RECORDS: usize = 2_000;

/// A time that may be stored: finite and not negative (a clock set back is clamped).
fn clamp_time(ms: f64) -> f64 {
    if ms.is_finite() && ms > 0.0 {
        ms
    } else {
        0.0
    }
}

/// Cuts `text` to `max` characters (what the app keeps of an over-long paste).
fn cap(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

fn check_time(ms: f64) -> Result<(), String> {
    if ms.is_finite() && ms >= 0.0 {
        Ok(())
    } else {
        Err("it has a time that is negative or not a number".into())
    }
}

fn check_len(text: &str, max: usize, what: &str) -> Result<(), String> {
    if text.chars().count() > max {
        Err(format!("{what} is longer than {max} characters"))
    } else {
        Ok(())
    }
}

/// Ids must be safe and unique within one list.
fn check_ids<'a>(ids: impl Iterator<Item = &'a str>, what: &str) -> Result<(), String> {
    let mut seen = std::collections::BTreeSet::new();
    for id in ids {
        if !crate::store::is_safe_id(id) {
            return Err(format!("a {what} has an id Askwell does not use"));
        }
        if !seen.insert(id) {
            return Err(format!("two {what}s share the id \"{id}\""));
        }
    }
    if seen.len() > MAX_RECORDS {
        return Err(format!("it holds more than {MAX_RECORDS} {what}s"));
    }
    Ok(())
}
