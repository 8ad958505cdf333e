//! The shapes Askwell keeps, their keys, and the checks a session must pass before it is
//! accepted from outside (an import).
//!
//! # Changing a stored type
//!
//! Every stored type refuses unknown fields, and an older build reads any name it does not
//! know (a new field, topic, flag, status) as "saved by a newer version" and leaves that
//! record alone. So any change to what is stored needs a new schema version, and
//! `tests/schema_fingerprint.rs` fails until it has one: it compares a description of every
//! stored type (traced with serde-reflection, plus the topic ids) with
//! `tests/fixtures/schema/v<SCHEMA_VERSION>.txt`. When it fails:
//!
//! 1. Bump `SCHEMA_VERSION`.
//! 2. Add `migrate_vN_to_vN1` to `MIGRATIONS` (`migrate.rs`), even if it only changes the
//!    version number, so older builds see the new records as `Newer`.
//! 3. Freeze fixtures of the new version under `tests/fixtures/v<N+1>/` and extend
//!    `tests/store_fixtures.rs` (see `tests/fixtures/README.md`).
//! 4. Regenerate the description: `ASKWELL_BLESS=1 cargo test -p askwell-core --test
//!    schema_fingerprint`, and commit the new `v<N+1>.txt`. Blessing never rewrites the
//!    file of an existing version; the old files stay as a record.

use crate::interview::{ClockMode, Interview, Status};
use crate::small_sort::sort_stable_by;
use crate::timing::MAX_MINUTES;
use serde::{Deserialize, Serialize};

/// The schema version this build writes. Version 2 added `revision` to the envelope; version
/// 3 added four topics and an exchange's `job_words`; version 4 added the records of the
/// loop around the interview (`PEOPLE_KEY`, `PLANS_KEY`, `LOGS_KEY`); version 5 added the
/// user's own personas (`PERSONAS_KEY`); version 7 added the persona memory's
/// `variants_given`; version 8 a session's `question_plan` and a person's `talk_at_ms`;
/// version 9 the persona memory's `follow_ups_picked` and `tangents_told`, and an exchange's
/// `also` as a list; version 10 a persona's `lines.agenda_set`; version 11 a persona's `terms`; version 12 a nugget's `reveal = "asked"`. A stored custom persona is a `Persona`, so any change to the persona
/// format is a change to what is stored, and needs a bump too.
pub const SCHEMA_VERSION: u32 = 12;

/// Key prefix shared by everything Askwell stores.
pub const PREFIX: &str = "askwell.";
/// The list of saved sessions.
pub const INDEX_KEY: &str = "askwell.index";

/// The people to talk to and the user's own details (`prepare::People`).
pub const PEOPLE_KEY: &str = "askwell.people";
/// Question plans for people and personas (`prepare::Plans`).
pub const PLANS_KEY: &str = "askwell.plans";
/// Logs of real conversations (`prepare::Logs`). Each list is one record, so the due
/// actions read it at once and a tab's revision check covers the whole list.
pub const LOGS_KEY: &str = "askwell.logs";
/// The user's own personas (`custom::CustomPersonas`), drafts included, as one record.
pub const PERSONAS_KEY: &str = "askwell.personas";

/// Longest id a session or persona may have.
pub const MAX_ID_LEN: usize = 64;
/// Most exchanges one session may hold.
pub const MAX_EXCHANGES: usize = 2000;

/// The key under which a session is saved.
pub fn session_key(id: &str) -> String {
    format!("{PREFIX}session.{id}")
}

/// Where an unreadable value is moved, with the time it was found.
pub fn backup_key(key: &str, at_ms: f64) -> String {
    format!("{PREFIX}backup.{}.{key}", at_ms as u64)
}

/// The time and original key of a backup key (`backup_key` read back), or None when `key`
/// is not one.
pub fn parse_backup_key(key: &str) -> Option<(u64, &str)> {
    let rest = key.strip_prefix(PREFIX)?.strip_prefix("backup.")?;
    let (at, original) = rest.split_once('.')?;
    Some((at.parse().ok()?, original))
}

/// Every stored value: `{ "version": 3, "revision": N, "data": ... }`. `revision` counts the
/// writes of that one record, so a tab holding an older copy can tell it is stale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope<T> {
    pub version: u32,
    pub revision: u64,
    pub data: T,
}

/// A line in the history list, kept in the index so the home page need not load every
/// session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionSummary {
    pub id: String,
    pub persona_id: String,
    pub persona_name: String,
    pub started_at_ms: f64,
    pub planned_minutes: u32,
    pub actual_s: f64,
    pub questions: u32,
    pub clock: ClockMode,
    pub status: Status,
}

impl SessionSummary {
    pub fn of(interview: &Interview, persona_name: &str) -> SessionSummary {
        SessionSummary {
            id: interview.id.clone(),
            persona_id: interview.persona_id.clone(),
            persona_name: persona_name.to_string(),
            started_at_ms: interview.started_at_ms,
            planned_minutes: interview.plan.minutes,
            actual_s: interview.elapsed_s,
            questions: interview.exchanges.len() as u32,
            clock: interview.clock,
            status: interview.status,
        }
    }
}

/// All saved sessions, newest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionIndex {
    pub sessions: Vec<SessionSummary>,
}

impl SessionIndex {
    /// Adds or replaces a summary, keeping newest first.
    pub fn upsert(&mut self, summary: SessionSummary) {
        self.sessions.retain(|s| s.id != summary.id);
        self.sessions.push(summary);
        sort_stable_by(&mut self.sessions, |a, b| {
            b.started_at_ms.total_cmp(&a.started_at_ms)
        });
    }

    pub fn remove(&mut self, id: &str) {
        self.sessions.retain(|s| s.id != id);
    }
}

/// True for ids safe in a storage key and a URL: 1 to 64 of `A-Z a-z 0-9 _ -`.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Checks what a session from outside must satisfy: safe ids, at most 2000 exchanges,
/// finite non-negative times, and a plan whose parts add up to its length (1 to 1440
/// minutes). The error is a phrase for the user.
pub fn validate_session(s: &Interview) -> Result<(), String> {
    if !is_safe_id(&s.id) {
        return Err("its id is empty, too long or has characters Askwell does not use".into());
    }
    if !is_safe_id(&s.persona_id) {
        return Err("its persona id is empty, too long or has unusual characters".into());
    }
    if s.question_plan.as_deref().is_some_and(|p| !is_safe_id(p)) {
        return Err("its question plan's id is empty, too long or has unusual characters".into());
    }
    if s.exchanges.len() > MAX_EXCHANGES {
        return Err(format!("it has more than {MAX_EXCHANGES} exchanges"));
    }
    let plan = &s.plan;
    let total: u64 = plan.seconds.iter().map(|&x| u64::from(x)).sum();
    if !(1..=MAX_MINUTES).contains(&plan.minutes) || total != u64::from(plan.minutes) * 60 {
        return Err("its timing plan does not add up".into());
    }
    let times = [s.started_at_ms, s.elapsed_s, s.paused_total_s].into_iter();
    let mut times = times
        .chain(s.paused_at_s)
        .chain(s.exchanges.iter().flat_map(|e| [e.start_s, e.end_s]));
    if !times.all(|t| t.is_finite() && t >= 0.0) {
        return Err("it has a time that is negative or not a number".into());
    }
    Ok(())
}
